"""Fixtures shared by every test."""

# The private Secret Service (`secret_service`, `secret_service_keyring`): see keyring_service.py.
pytest_plugins = ["tests.keyring_service"]
