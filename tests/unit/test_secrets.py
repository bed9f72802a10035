"""secrets.py driven through keyring backends that are not a Secret Service.

The real Secret Service tests are in tests/keyring/. Here: keyring's own fail and null backends,
a backend that raises KeyringLocked, file-style backends that must be refused, the login rollback,
input checks, and that keyring is not imported at start-up.
"""

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backends import chainer, fail, null

from ameli_desktop import secrets
from ameli_desktop.domain.errors import UserError
from ameli_desktop.secrets import (
    SERVICE_NAME,
    CredentialStore,
    KeyringLockedError,
    KeyringOperationError,
    KeyringStatus,
    KeyringUnavailableError,
    login_username,
    probe_keyring,
)
from tests.fake_keyrings import (
    LockedKeyring,
    MemoryKeyring,
    PasswordWriteFailsKeyring,
    PlainFileKeyring,
)

# 2840575123456 mod 97 = 25, so the key is 97 - 25 = 72.
NIR = "284057512345672"
NIR_13 = "2840575123456"
PASSWORD = "Correct-Horse-42"
WORKTREE = Path(__file__).resolve().parents[2]


def new_uid() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture(autouse=True)
def _own_secret_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords registered for scrubbing here (hypothesis makes "0", " "...) stay here."""
    from ameli_desktop import logging_setup

    monkeypatch.setattr(logging_setup, "_secrets", set())


@pytest.fixture
def no_session_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like a machine without a desktop session: keyring's fail backend is all there is."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


# ---------------------------------------------------------------- store, read, replace, forget
def test_save_then_read_returns_login_and_password(memory: MemoryKeyring) -> None:
    store = CredentialStore(memory)
    uid = new_uid()
    outcome = store.save(uid, login="2 84 05 75 123 456 72", password=PASSWORD)
    assert outcome.replaced is False
    assert outcome.unlocked is False
    credential = store.read(uid)
    assert credential is not None
    assert credential.login == NIR  # compacted
    assert credential.password == PASSWORD
    # Two entries under the service, keyed by the uid: the password itself and the login.
    assert memory.entries == {(SERVICE_NAME, uid): PASSWORD, (SERVICE_NAME, f"{uid}:login"): NIR}


def test_save_again_replaces_and_says_so(memory: MemoryKeyring) -> None:
    store = CredentialStore(memory)
    uid = new_uid()
    store.save(uid, login=NIR, password=PASSWORD)
    outcome = store.save(uid, login=NIR_13, password="another one")
    assert outcome.replaced is True
    credential = store.read(uid)
    assert credential is not None
    assert (credential.login, credential.password) == (NIR_13, "another one")
    assert len(memory.entries) == 2


def test_people_do_not_share_entries(memory: MemoryKeyring) -> None:
    store = CredentialStore(memory)
    first, second = new_uid(), new_uid()
    store.save(first, login=NIR, password="first's")
    store.save(second, login=NIR_13, password="second's")
    assert store.read(first).password == "first's"  # type: ignore[union-attr]
    assert store.read(second).password == "second's"  # type: ignore[union-attr]
    assert store.forget(first) is True
    assert store.read(first) is None
    assert store.read(second).password == "second's"  # type: ignore[union-attr]


def test_forget_removes_both_entries_and_reports_whether_there_was_one(
    memory: MemoryKeyring,
) -> None:
    store = CredentialStore(memory)
    uid = new_uid()
    assert store.forget(uid) is False
    store.save(uid, login=NIR, password=PASSWORD)
    assert store.has_password(uid) is True
    assert store.forget(uid) is True
    assert memory.entries == {}
    assert store.has_password(uid) is False
    assert store.read(uid) is None


def test_read_of_a_password_saved_without_login_gives_an_empty_login(
    memory: MemoryKeyring,
) -> None:
    uid = new_uid()
    memory.entries[(SERVICE_NAME, uid)] = PASSWORD  # e.g. stored with secret-tool by hand
    credential = CredentialStore(memory).read(uid)
    assert credential is not None
    assert (credential.login, credential.password) == ("", PASSWORD)


def test_failed_password_write_puts_the_previous_login_back() -> None:
    backend = PasswordWriteFailsKeyring()
    uid = new_uid()
    backend.entries[(SERVICE_NAME, login_username(uid))] = NIR_13
    backend.entries[(SERVICE_NAME, uid)] = "old password"
    with pytest.raises(KeyringOperationError) as caught:
        CredentialStore(backend).save(uid, login=NIR, password=PASSWORD)
    assert str(caught.value) == (
        "The password could not be saved in the keyring: PasswordSetError:"
        " the keyring service went away"
    )
    assert backend.entries == {
        (SERVICE_NAME, login_username(uid)): NIR_13,
        (SERVICE_NAME, uid): "old password",
    }


def test_failed_first_save_leaves_no_login_behind() -> None:
    backend = PasswordWriteFailsKeyring()
    with pytest.raises(KeyringOperationError):
        CredentialStore(backend).save(new_uid(), login=NIR, password=PASSWORD)
    assert backend.entries == {}


# ---------------------------------------------------------------- input checks
@pytest.mark.parametrize("password", ["", "line\nbreak", "tab\there", "nul\x00"])
def test_unusable_passwords_are_refused_before_anything_is_stored(
    memory: MemoryKeyring, password: str
) -> None:
    with pytest.raises(UserError) as caught:
        CredentialStore(memory).save(new_uid(), login=NIR, password=password)
    assert caught.value.field == "password"
    assert memory.writes == 0


def test_a_login_that_is_not_a_nir_is_refused_with_its_field(memory: MemoryKeyring) -> None:
    with pytest.raises(UserError) as caught:
        CredentialStore(memory).save(new_uid(), login="jean@example.fr", password=PASSWORD)
    assert caught.value.field == "login"
    assert "“jean@example.fr” is not an ameli.fr login" in str(caught.value)
    assert memory.writes == 0


@pytest.mark.parametrize("uid", ["", "Bob", "A" * 32, uuid.uuid4().hex + ":login", "1234"])
def test_uids_are_checked_because_they_name_the_entries(memory: MemoryKeyring, uid: str) -> None:
    with pytest.raises(ValueError, match="32 lower-case hex digits"):
        CredentialStore(memory).save(uid, login=NIR, password=PASSWORD)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, exclude_characters="\x7f"), min_size=1))
def test_any_printable_password_round_trips(password: str) -> None:
    store = CredentialStore(MemoryKeyring())
    uid = uuid.uuid4().hex
    store.save(uid, login=NIR, password=password)
    assert store.read(uid).password == password  # type: ignore[union-attr]


def test_the_credential_repr_never_shows_the_password() -> None:
    credential = secrets.AmeliCredential(login=NIR, password=PASSWORD)
    assert PASSWORD not in repr(credential)
    assert NIR not in repr(credential)
    assert repr(credential).endswith("password='•••')")


def test_crash_reports_blank_out_every_password_handled(memory: MemoryKeyring) -> None:
    """A password that turns up in an error's text (a bug) is masked in the copyable report."""
    from ameli_desktop.crash import format_report

    store = CredentialStore(memory)
    uid = new_uid()
    store.save(uid, login=NIR, password="s3cret-for-scrub")
    error = ValueError('bad value "s3cret-for-scrub" in form')
    report = format_report(ValueError, error, None)
    assert "s3cret-for-scrub" not in report
    assert 'ValueError: bad value "[secret]" in form' in report

    other = new_uid()
    memory.entries[(SERVICE_NAME, other)] = "read-back-secret"
    assert store.read(other).password == "read-back-secret"  # type: ignore[union-attr]
    assert "read-back-secret" not in format_report(ValueError, ValueError("read-back-secret"), None)


# ---------------------------------------------------------------- no usable keyring
def test_fail_backend_without_a_session_bus_says_why_in_plain_words(
    no_session_bus: None,
) -> None:
    state = CredentialStore(fail.Keyring()).state()
    assert state.status is KeyringStatus.UNAVAILABLE
    assert state.can_save is False
    assert state.message == (
        "Passwords can't be saved on this computer because the desktop session's message bus"
        " (D-Bus), through which the keyring is reached, could not be found."
    )
    assert state.notice is not None
    assert "DBUS_SESSION_BUS_ADDRESS" in state.notice.params["detail"]


def test_a_session_bus_that_does_not_answer_is_a_dbus_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")
    state = CredentialStore(fail.Keyring()).state()
    assert state.status is KeyringStatus.UNAVAILABLE
    assert "message bus (D-Bus)" in state.message
    assert state.notice is not None
    assert state.notice.params["detail"].startswith("FileNotFoundError")


def test_without_secretstorage_the_missing_piece_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "secretstorage", None)  # import now raises ImportError
    state = CredentialStore(fail.Keyring()).state()
    assert state.status is KeyringStatus.UNAVAILABLE
    assert state.message == (
        "Passwords can't be saved on this computer because the SecretStorage component, which"
        " talks to the keyring, is not installed."
    )


def test_a_secret_service_chosen_without_secretstorage_names_the_missing_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    monkeypatch.setitem(sys.modules, "secretstorage", None)
    monkeypatch.setitem(sys.modules, "secretstorage.collection", None)
    state = probe_keyring(SecretServiceKeyring())
    assert state.status is KeyringStatus.UNAVAILABLE
    assert "the SecretStorage component, which talks to the keyring, is not installed" in (
        state.message
    )


def test_fail_backend_refuses_every_operation_and_writes_nothing_anywhere(
    no_session_bus: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No silent fallback: HOME and the XDG folders are empty after trying to save."""
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    store = CredentialStore(fail.Keyring())
    uid = new_uid()
    with pytest.raises(KeyringUnavailableError) as caught:
        store.save(uid, login=NIR, password=PASSWORD)
    assert str(caught.value).startswith("Passwords can't be saved on this computer because")
    for operation in (store.read, store.has_password, store.forget):
        with pytest.raises(KeyringUnavailableError):
            operation(uid)
    assert list(tmp_path.rglob("*")) == []


def test_null_backend_is_the_keyring_switched_off() -> None:
    state = probe_keyring(null.Keyring())
    assert state.status is KeyringStatus.UNAVAILABLE
    assert state.message == (
        "Passwords can't be saved on this computer because the keyring is switched off in"
        " keyring's settings (its “null” backend is chosen)."
    )
    with pytest.raises(KeyringUnavailableError):
        CredentialStore(null.Keyring()).save(new_uid(), login=NIR, password=PASSWORD)


def test_a_not_recommended_file_keyring_is_refused() -> None:
    backend = PlainFileKeyring()
    state = probe_keyring(backend)
    assert state.status is KeyringStatus.UNAVAILABLE
    assert "would keep them in a file, which Ameli Desktop refuses to do" in state.message
    with pytest.raises(KeyringUnavailableError):
        CredentialStore(backend).save(new_uid(), login=NIR, password=PASSWORD)
    assert backend.entries == {}


def test_keyrings_alt_backends_are_refused_whatever_their_priority() -> None:
    keyrings_alt_like = type(
        "PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"}
    )
    state = probe_keyring(keyrings_alt_like())
    assert state.status is KeyringStatus.UNAVAILABLE
    assert "(file PlaintextKeyring) would keep them in a file" in state.message


def test_a_chain_is_judged_by_the_keyring_it_writes_to(monkeypatch: pytest.MonkeyPatch) -> None:
    memory, plain = MemoryKeyring(), PlainFileKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory, plain])
    assert probe_keyring(chainer.ChainerBackend()).status is KeyringStatus.READY
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, memory])
    assert probe_keyring(chainer.ChainerBackend()).status is KeyringStatus.UNAVAILABLE


def test_a_keyring_that_cannot_be_loaded_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_configuration() -> None:
        raise ValueError("unknown backend 'nonsense' in keyringrc.cfg")

    monkeypatch.setattr(secrets, "default_backend", broken_configuration)
    state = CredentialStore().state()
    assert state.status is KeyringStatus.UNAVAILABLE
    assert state.message == (
        "Passwords can't be saved on this computer because the keyring reported an error:"
        " ValueError: unknown backend 'nonsense' in keyringrc.cfg"
    )


# ---------------------------------------------------------------- locked
def test_locked_keyring_refusal_is_reported_and_remembered() -> None:
    store = CredentialStore(LockedKeyring())
    assert store.state().status is KeyringStatus.READY  # keyring cannot tell before trying
    uid = new_uid()
    with pytest.raises(KeyringLockedError) as caught:
        store.save(uid, login=NIR, password=PASSWORD)
    assert str(caught.value) == (
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " was not saved."
    )
    assert store.state().status is KeyringStatus.LOCKED
    assert store.state().can_save is True  # the next Save asks again
    with pytest.raises(KeyringLockedError, match="could not be read"):
        store.read(uid)
    with pytest.raises(KeyringLockedError, match="was not removed"):
        store.forget(uid)


def test_state_serialises_for_the_cli(memory: MemoryKeyring) -> None:
    assert CredentialStore(memory).state().to_json() == {
        "status": "ready",
        "backend": "fake keyrings MemoryKeyring",  # keyring names backends by module
        "message": "",
    }


# ---------------------------------------------------------------- start-up cost
def test_keyring_is_not_imported_until_a_credential_is_needed() -> None:
    """DESIGN.md 9: importing keyring costs ~50 ms; the app must not pay it at start-up."""
    code = (
        "import sys\n"
        "from ameli_desktop.secrets import CredentialStore\n"
        "store = CredentialStore()\n"
        "assert 'keyring' not in sys.modules, 'imported at start'\n"
        "assert 'secretstorage' not in sys.modules\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=WORKTREE,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_main_window_starts_without_importing_keyring(tmp_path: Path) -> None:
    """The painted main window, as at start-up: keyring waits until a record is opened."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ameli_desktop.services.context import AppContext\n"
        "from ameli_desktop.ui.app import build_main_window, open_settings\n"
        f"ctx = AppContext.open({str(tmp_path / 'data')!r})\n"
        "window = build_main_window(ctx, open_settings(ctx.paths))\n"
        "window.show(); app.processEvents()\n"
        "assert 'keyring' not in sys.modules, 'keyring imported at start-up'\n"
        "from ameli_desktop.ui.dialogs.person import PersonDialog\n"
        "assert 'keyring' not in sys.modules, 'keyring imported with the record dialog'\n"
        "window.close(); ctx.close()\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=WORKTREE,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
