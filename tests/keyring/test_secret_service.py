"""secrets.py against a real Secret Service (gnome-keyring-daemon on a private D-Bus session).

Every write goes through ``CredentialStore``; every check reads the keyring with something else:
the keyring library directly, ``secret-tool`` (libsecret) or secretstorage item by item.
"""

import time
import uuid
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from ameli_desktop.secrets import (
    SERVICE_NAME,
    CredentialStore,
    KeyringLockedError,
    KeyringStatus,
    KeyringUnavailableError,
    login_username,
)
from tests.keyring_prompter import FakePrompter, running_prompter
from tests.keyring_service import (
    LOGIN_KEYRING_PASSWORD,
    SecretServiceProcess,
    missing_programs,
    skip_or_fail,
    start_secret_service,
    stop_secret_service,
)

pytestmark = pytest.mark.keyring

NIR = "284057512345672"  # 2840575123456 mod 97 = 25, key 97 - 25 = 72
PASSWORD = "Correct-Horse-42"


def new_uid() -> str:
    return uuid.uuid4().hex


def lookup(service: SecretServiceProcess, username: str) -> str | None:
    """The secret as libsecret's command-line tool sees it (None when there is none)."""
    result = service.secret_tool("lookup", "service", SERVICE_NAME, "username", username)
    return result.stdout if result.returncode == 0 else None


def test_the_private_service_is_ready(secret_service_keyring: Any) -> None:
    state = CredentialStore(secret_service_keyring).state()
    assert state.status is KeyringStatus.READY
    assert state.backend_name == "SecretService Keyring"
    assert state.message == ""


def test_save_puts_the_password_in_the_keyring(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring)
    uid = new_uid()
    outcome = store.save(uid, login="2 84 05 75 123 456 72", password=PASSWORD)
    assert (outcome.replaced, outcome.unlocked) == (False, False)

    # Read back through the app...
    credential = store.read(uid)
    assert credential is not None
    assert (credential.login, credential.password) == (NIR, PASSWORD)
    # ...through the keyring library, with keyring's default and with a fresh backend...
    assert keyring.get_password(SERVICE_NAME, uid) == PASSWORD
    assert SecretServiceKeyring().get_password(SERVICE_NAME, login_username(uid)) == NIR
    # ...and through libsecret, which shares nothing with our code.
    assert lookup(secret_service, uid) == PASSWORD
    assert lookup(secret_service, login_username(uid)) == NIR
    items = secret_service.items({"service": SERVICE_NAME, "username": uid})
    assert [item["secret"] for item in items] == [PASSWORD]
    assert items[0]["collection"] == "/org/freedesktop/secrets/collection/login"
    assert items[0]["label"] == f"Password for '{uid}' on '{SERVICE_NAME}'"


def test_save_again_replaces_without_duplicates(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    outcome = store.save(uid, login=NIR[:13], password="the new one")
    assert outcome.replaced is True
    assert lookup(secret_service, uid) == "the new one"
    assert lookup(secret_service, login_username(uid)) == NIR[:13]
    assert len(secret_service.items({"service": SERVICE_NAME, "username": uid})) == 1
    assert len(secret_service.items({"service": SERVICE_NAME})) == 2


def test_forget_removes_it_from_the_keyring(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring)
    uid, other = new_uid(), new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    store.save(other, login=NIR, password="someone else's")
    assert store.forget(uid) is True
    assert lookup(secret_service, uid) is None
    assert lookup(secret_service, login_username(uid)) is None
    assert keyring.get_password(SERVICE_NAME, uid) is None
    assert store.read(uid) is None
    assert store.forget(uid) is False
    assert lookup(secret_service, other) == "someone else's"


def test_forget_also_removes_copies_made_by_other_tools(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    stored = secret_service.secret_tool(
        "store", "--label=copy", "service", SERVICE_NAME, "username", uid, "origin", "by hand",
        stdin="copied password",
    )  # fmt: skip
    assert stored.returncode == 0, stored.stderr
    assert len(secret_service.items({"service": SERVICE_NAME, "username": uid})) == 2
    assert store.forget(uid) is True
    assert secret_service.items({"service": SERVICE_NAME, "username": uid}) == []


def test_the_default_backend_is_keyrings_choice(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore()  # as the app builds it
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    assert store.state().backend_name == "SecretService Keyring"
    assert lookup(secret_service, uid) == PASSWORD


# ---------------------------------------------------------------- locked collection
def test_locked_keyring_is_seen_without_prompting(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    secret_service.lock()
    state = store.state(refresh=True)
    assert state.status is KeyringStatus.LOCKED
    assert state.can_save is True
    assert state.message == (
        "The keyring is locked. Saving or copying a password will ask you to unlock it."
    )
    # Who has a password can be listed while locked: the search needs no unlock.
    assert store.has_password(uid) is True
    assert store.has_password(new_uid()) is False
    assert secret_service.collection_locked() is True


def test_save_while_locked_without_any_prompter_is_refused(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    """No prompter owns the daemon's prompter name (as on a desktop-less session), so its unlock
    prompt is dismissed at once: the same answer as a user pressing Cancel."""
    store = CredentialStore(secret_service_keyring, unlock_timeout=10)
    uid = new_uid()
    store.save(uid, login=NIR, password="before")
    secret_service.lock()
    with pytest.raises(KeyringLockedError) as caught:
        store.save(uid, login=NIR, password="after")
    assert str(caught.value) == (
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " was not saved."
    )
    assert store.state().status is KeyringStatus.LOCKED
    with pytest.raises(KeyringLockedError, match="could not be read"):
        store.read(uid)
    with pytest.raises(KeyringLockedError, match="was not removed"):
        store.forget(uid)
    secret_service.unlock()
    assert lookup(secret_service, uid) == "before"
    # Once unlocked (by the desktop), the next save goes through and the state follows.
    assert store.save(uid, login=NIR, password="after").unlocked is False
    assert store.state().status is KeyringStatus.READY
    assert lookup(secret_service, uid) == "after"


def test_save_while_locked_unlocks_through_the_prompt_then_saves(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    """The user types a wrong password, is asked again, then types the right one."""
    store = CredentialStore(secret_service_keyring, unlock_timeout=10)
    uid = new_uid()
    secret_service.lock()
    assert store.state(refresh=True).status is KeyringStatus.LOCKED
    user = FakePrompter(answers=["not the password", LOGIN_KEYRING_PASSWORD])
    with running_prompter(secret_service.bus_address, user):
        outcome = store.save(uid, login=NIR, password=PASSWORD)
    assert (outcome.replaced, outcome.unlocked) == (False, True)
    assert [prompt["title"] for prompt in user.prompts] == ["Unlock Login Keyring"] * 2
    assert user.prompts[1]["warning"] == "The unlock password was incorrect"
    assert store.state().status is KeyringStatus.READY
    assert secret_service.collection_locked() is False
    assert lookup(secret_service, uid) == PASSWORD


def test_save_while_locked_reports_a_cancelled_prompt_and_writes_nothing(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring, unlock_timeout=10)
    uid = new_uid()
    secret_service.lock()
    user = FakePrompter(answers=[None])  # Cancel
    with running_prompter(secret_service.bus_address, user), pytest.raises(KeyringLockedError):
        store.save(uid, login=NIR, password=PASSWORD)
    assert len(user.prompts) == 1
    assert secret_service.collection_locked() is True
    assert store.state().status is KeyringStatus.LOCKED
    secret_service.unlock()
    assert secret_service.items({"service": SERVICE_NAME}) == []


def test_an_unanswered_prompt_gives_up_and_a_late_answer_still_counts(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    store = CredentialStore(secret_service_keyring, unlock_timeout=0.5)
    uid = new_uid()
    secret_service.lock()
    user = FakePrompter(answers=[FakePrompter.IGNORE])  # the user is away from the keyboard
    with running_prompter(secret_service.bus_address, user):
        with pytest.raises(KeyringLockedError) as caught:
            store.save(uid, login=NIR, password=PASSWORD)
        assert str(caught.value) == (
            "The keyring's unlock prompt got no answer within 0.5 seconds, so nothing was done."
            " If the prompt is still open, answer it, then try again."
        )
        assert secret_service.collection_locked() is True
        # The prompt was left open (dismissing it crashes gnome-keyring 42): the user comes
        # back, types the password into it, and the next Save needs no prompt.
        user.answer_open_prompt(LOGIN_KEYRING_PASSWORD)
        deadline = time.monotonic() + 10
        while secret_service.collection_locked():
            assert time.monotonic() < deadline, "the late answer did not unlock the keyring"
            time.sleep(0.05)
        assert store.save(uid, login=NIR, password=PASSWORD).unlocked is False
    assert len(user.prompts) == 1
    assert lookup(secret_service, uid) == PASSWORD
    assert secret_service.daemon is not None
    assert secret_service.daemon.poll() is None  # still running


def test_reading_while_locked_unlocks_too(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    """Copy password on a locked keyring: the same prompt, then the password."""
    store = CredentialStore(secret_service_keyring, unlock_timeout=10)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    secret_service.lock()
    with running_prompter(secret_service.bus_address, FakePrompter([LOGIN_KEYRING_PASSWORD])):
        credential = store.read(uid)
    assert credential is not None
    assert credential.password == PASSWORD


def test_keyrings_preferred_collection_is_the_one_probed_and_used(
    secret_service: SecretServiceProcess, secret_service_keyring: Any
) -> None:
    path = secret_service.create_collection("Ameli tests")
    backend = SecretServiceKeyring()
    backend.preferred_collection = path
    store = CredentialStore(backend)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    items = secret_service.items({"service": SERVICE_NAME, "username": uid})
    assert [(item["collection"], item["secret"]) for item in items] == [(path, PASSWORD)]
    secret_service.lock(path)
    assert store.state(refresh=True).status is KeyringStatus.LOCKED
    assert CredentialStore(secret_service_keyring).state().status is KeyringStatus.READY
    assert store.has_password(uid) is True
    secret_service.unlock(path)


# ---------------------------------------------------------------- no service
@pytest.fixture
def short_lived_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A second private service this test may kill, with keyring pointed at it."""
    if missing_programs():
        skip_or_fail("gnome-keyring-daemon or dbus-daemon not installed")
    process = start_secret_service(tmp_path / "service")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", process.bus_address)
    try:
        yield process
    finally:
        stop_secret_service(process)


def test_a_session_without_a_keyring_service_is_explained(short_lived_service: Any) -> None:
    assert short_lived_service.daemon is not None
    short_lived_service.daemon.terminate()
    short_lived_service.daemon.wait(timeout=10)
    # keyring itself falls back to its fail backend when nobody owns org.freedesktop.secrets.
    state = CredentialStore(fail.Keyring()).state()
    assert state.status is KeyringStatus.UNAVAILABLE
    assert state.message == (
        "Passwords can't be saved on this computer because no keyring service (such as GNOME"
        " Keyring or KWallet) is running. Start or install one, then restart Ameli Desktop."
    )
    # A Secret Service backend chosen explicitly (keyringrc) gets the same explanation.
    assert CredentialStore(SecretServiceKeyring()).state().message == state.message


def test_the_service_going_away_mid_session_is_an_error_not_a_crash(
    short_lived_service: Any,
) -> None:
    store = CredentialStore(SecretServiceKeyring())
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    assert short_lived_service.daemon is not None
    short_lived_service.daemon.terminate()
    short_lived_service.daemon.wait(timeout=10)
    for operation in (store.read, store.forget, store.has_password):
        with pytest.raises(KeyringUnavailableError) as caught:
            operation(uid)
        assert str(caught.value).startswith(
            "Passwords can't be saved on this computer because no keyring service (such as GNOME"
            " Keyring or KWallet) is running."
        )
    assert store.state().status is KeyringStatus.UNAVAILABLE
    with pytest.raises(KeyringUnavailableError, match="no keyring service"):
        store.save(uid, login=NIR, password=PASSWORD)


def test_removing_a_person_forgets_their_password(
    secret_service: SecretServiceProcess, secret_service_keyring: Any, ctx: Any
) -> None:
    """The household removal also empties the keyring of that person (when it is open)."""
    from ameli_desktop.domain.people import PersonDetails
    from ameli_desktop.services.credentials import CredentialsService
    from ameli_desktop.services.household import PeopleService

    people = PeopleService(ctx)
    ana = people.add(PersonDetails("Ana", nir=NIR))
    bob = people.add(PersonDetails("Bob", nir=NIR))
    credentials = CredentialsService(ctx, CredentialStore(secret_service_keyring))
    credentials.save(ana.id, PASSWORD)
    credentials.save(bob.id, "bob's")
    people.remove(ana.id)
    assert lookup(secret_service, ana.uid) is None
    assert lookup(secret_service, login_username(ana.uid)) is None
    assert lookup(secret_service, bob.uid) == "bob's"
