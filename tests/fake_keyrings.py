"""Stand-ins for keyring backends (the outside world), for tests that are not about D-Bus.

They subclass keyring's own base class, so ``CredentialStore`` drives them exactly as it drives
the real ones. The real Secret Service is in ``keyring_service.py``.
"""

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: (service, username) -> secret. Counts writes for assertions."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring classproperty, given the class
        return 1  # a real, recommended keyring as far as keyring's scale goes

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError("No such password!")
        del self.entries[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keyring whose user refuses every unlock prompt: keyring raises KeyringLocked."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class PasswordWriteFailsKeyring(MemoryKeyring):
    """Stores logins but refuses to store passwords, as a service that dies mid-save would."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if not username.endswith(":login"):
            raise PasswordSetError("the keyring service went away")
        super().set_password(service, username, password)


class PlainFileKeyring(MemoryKeyring):
    """Looks like keyrings.alt's PlaintextKeyring: keyring ranks it 0.5, "not recommended"."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring classproperty, given the class
        return 0.5
