"""Each person's ameli.fr login and password, kept in the operating system's keyring.

The only module that talks to ``keyring`` (an import-linter contract enforces it). keyring is
imported on first use, never at start-up: importing it costs about 50 ms (``python -X importtime``,
mostly ``jaraco.context`` pulling in ``urllib.request``) and choosing a backend talks to D-Bus.

Layout in the keyring, service ``ameli-desktop``, two entries per person keyed by the person's
``uid`` (a UUID hex that never changes, so renaming a person or correcting a NIR keeps the entry):

- username ``<uid>``: the password, as is. This is the entry people see in Seahorse, Keychain Access
  or the Windows Credential Manager, and its secret is the password itself (no JSON wrapper), so it
  can be copied from there too and ``secret-tool lookup`` prints it.
- username ``<uid>:login``: the ameli.fr login (the NIR, 13 or 15 characters) as typed. It sits in
  the keyring beside the password rather than only in the database, so the pair stays together and
  forgetting the account removes both.

keyring's portable API knows only (service, username) -> secret, hence two entries rather than one
entry with extra attributes. The login is written first and restored if the password write fails,
so a failed save leaves the keyring as it was.

Nothing here ever writes a secret anywhere else: no database, no log line, no exception message;
every password saved or read is registered with ``logging_setup.register_secret`` so that logs and
crash reports blank it out even if it turns up in an error's text.
When no safe backend exists the state says why in plain words and every operation raises that
explanation; there is no plain-text fallback (keyrings.alt file backends are refused).
"""

import logging
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.domain.identifiers import mask_nir, normalize_ameli_login
from ameli_desktop.logging_setup import register_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "ameli-desktop"
LOGIN_SUFFIX = ":login"
# How long Save/Copy waits for the keyring's unlock prompt before giving up (the prompt stays
# open: see _prompt_unlock). Long enough to type a password; the GUI calls this off its thread.
UNLOCK_TIMEOUT_SECONDS = 120.0
# A forget removes duplicates an outside tool may have added; bounded so that a backend whose
# delete does nothing cannot loop forever.
MAX_DUPLICATE_ENTRIES = 16

_UID = re.compile(r"[0-9a-f]{32}")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Backends whose secret lands in a file we would have to trust; keyring itself calls anything
# under priority 1 "not recommended".
_REFUSED_MODULE_PREFIXES = ("keyrings.alt",)
_MINIMUM_PRIORITY = 1


# ---------------------------------------------------------------- messages
class KeyringUnavailableError(UserError):
    """Passwords can't be saved on this computer; everything else keeps working."""


class KeyringLockedError(UserError):
    """The keyring stayed locked: the unlock prompt was refused, closed or left unanswered."""


class KeyringOperationError(UserError):
    """The keyring answered an operation with an error (the D-Bus service went away...)."""


NO_KEYRING = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because no system keyring was found."
    " Everything else works; ameli.fr passwords are simply not kept.",
)
NO_SECRET_SERVICE = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because no keyring service (such as GNOME Keyring"
    " or KWallet) is running. Start or install one, then restart Ameli Desktop.",
)
NO_DBUS = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because the desktop session's message bus (D-Bus),"
    " through which the keyring is reached, could not be found.",
)
NO_SECRETSTORAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because the SecretStorage component, which talks"
    " to the keyring, is not installed.",
)
NULL_KEYRING = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because the keyring is switched off in keyring's"
    " settings (its “null” backend is chosen).",
)
PLAIN_FILE_KEYRING = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because the only keyring available ({backend})"
    " would keep them in a file, which Ameli Desktop refuses to do.",
)
KEYRING_BROKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Passwords can't be saved on this computer because the keyring reported an error: {detail}",
)
LOCKED_NOTICE = QT_TRANSLATE_NOOP(
    "Errors",
    "The keyring is locked. Saving or copying a password will ask you to unlock it.",
)
NO_COLLECTION_NOTICE = QT_TRANSLATE_NOOP(
    "Errors",
    "The keyring has no default collection yet. Saving a password will ask you to create one.",
)
UNLOCK_TIMED_OUT = QT_TRANSLATE_NOOP(
    "Errors",
    "The keyring's unlock prompt got no answer within {seconds} seconds, so nothing was done."
    " If the prompt is still open, answer it, then try again.",
)
EMPTY_PASSWORD = QT_TRANSLATE_NOOP("Errors", "Enter the ameli.fr password to save.")
PASSWORD_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Errors",
    "The password contains a line break or another invisible control character; remove it"
    " (it usually comes from copying and pasting).",
)


class Action(Enum):
    """What was being done with the keyring, to pick the right sentence."""

    SAVE = "save"
    READ = "read"
    FORGET = "forget"


_LOCKED = {
    Action.SAVE: QT_TRANSLATE_NOOP(
        "Errors",
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " was not saved.",
    ),
    Action.READ: QT_TRANSLATE_NOOP(
        "Errors",
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " could not be read.",
    ),
    Action.FORGET: QT_TRANSLATE_NOOP(
        "Errors",
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " was not removed.",
    ),
}
_FAILED = {
    Action.SAVE: QT_TRANSLATE_NOOP(
        "Errors", "The password could not be saved in the keyring: {detail}"
    ),
    Action.READ: QT_TRANSLATE_NOOP(
        "Errors", "The password could not be read from the keyring: {detail}"
    ),
    Action.FORGET: QT_TRANSLATE_NOOP(
        "Errors", "The password could not be removed from the keyring: {detail}"
    ),
}


# ---------------------------------------------------------------- values
class KeyringStatus(StrEnum):
    """Whether passwords can be kept right now."""

    READY = "ready"
    LOCKED = "locked"  # usable: saving asks the OS to unlock it first
    UNAVAILABLE = "unavailable"  # passwords can't be saved; the notice says why


@dataclass(frozen=True)
class KeyringState:
    """What the GUI shows in the ameli.fr account section and ``credentials status`` prints.

    ``notice`` is a UserError so the GUI translates it like any other message: for UNAVAILABLE it
    says why passwords can't be saved, for LOCKED what will happen on Save; None when READY.
    ``notice.params["detail"]``, when present, is the technical cause, for a tooltip or a log.
    """

    status: KeyringStatus
    backend_name: str
    notice: UserError | None = None

    @property
    def can_save(self) -> bool:
        return self.status is not KeyringStatus.UNAVAILABLE

    @property
    def message(self) -> str:
        """The notice in English ("" when ready)."""
        return str(self.notice) if self.notice is not None else ""

    def to_json(self) -> dict[str, str]:
        return {"status": self.status.value, "backend": self.backend_name, "message": self.message}


@dataclass(frozen=True, repr=False)
class AmeliCredential:
    """One person's ameli.fr login and password; its repr never shows the password."""

    login: str
    password: str

    def __repr__(self) -> str:
        return f"AmeliCredential(login={mask_nir(self.login)!r}, password='•••')"


@dataclass(frozen=True)
class SaveOutcome:
    """What Save did, for the message shown afterwards."""

    replaced: bool  # a password was already stored for this person and has been overwritten
    unlocked: bool  # the keyring was locked and the user unlocked it for this save


# ---------------------------------------------------------------- checks
def login_username(uid: str) -> str:
    """The keyring username of a person's login entry (the password entry's is the uid itself)."""
    return uid + LOGIN_SUFFIX


def _check_uid(uid: str) -> str:
    """A programming error, not the user's: uids come from the database."""
    if not isinstance(uid, str) or not _UID.fullmatch(uid):
        raise ValueError(f"a person uid is 32 lower-case hex digits, not {uid!r}")
    return uid


def check_password(password: str) -> str:
    """Refuse what cannot be a password typed on ameli.fr (checked before anything is stored)."""
    if not password:
        raise UserError(EMPTY_PASSWORD, field="password")
    if _CONTROL_CHARACTERS.search(password):
        raise UserError(PASSWORD_CONTROL_CHARACTER, field="password")
    return password


# ---------------------------------------------------------------- backend inspection
def _backend_name(backend: object) -> str:
    try:
        name = getattr(backend, "name", None)
    except Exception:  # a third-party classproperty may raise; the name is cosmetic
        name = None
    return str(name) if name else type(backend).__name__


def _describe(error: BaseException) -> str:
    """A one-line technical cause (type and message; keyring messages never contain secrets)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _chained_members(backend: "KeyringBackend") -> list["KeyringBackend"] | None:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return None


def _effective_backend(backend: "KeyringBackend") -> "KeyringBackend | None":
    """The backend that ``set_password`` really writes to (a chainer writes to its first)."""
    members = _chained_members(backend)
    if members is None:
        return backend
    return members[0] if members else None


def _secret_service(backend: "KeyringBackend") -> Any | None:
    """keyring's Secret Service backend behind ``backend``, or None (macOS, Windows, KWallet...)."""
    try:
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring
    except ImportError:  # pragma: no cover - part of keyring on every platform
        return None
    effective = _effective_backend(backend)
    return effective if isinstance(effective, SecretServiceKeyring) else None


def _collection_path(secret_service: Any) -> str:
    from secretstorage.collection import DEFAULT_COLLECTION

    return str(getattr(secret_service, "preferred_collection", DEFAULT_COLLECTION))


def _secretstorage_errors() -> tuple[type[BaseException], ...]:
    """Errors secretstorage and jeepney raise from D-Bus (empty where they are not installed)."""
    errors: list[type[BaseException]] = []
    try:
        from secretstorage.exceptions import SecretStorageException

        errors.append(SecretStorageException)
    except ImportError:
        pass
    try:
        from jeepney.wrappers import DBusErrorResponse

        errors.append(DBusErrorResponse)
    except ImportError:
        pass
    return tuple(errors)


def _probe_secret_service(collection_path: str | None) -> tuple[KeyringStatus, UserError | None]:
    """Ask the Secret Service, without any prompt, whether it runs and is locked."""
    try:
        import secretstorage
        from secretstorage.collection import DEFAULT_COLLECTION
        from secretstorage.exceptions import (
            ItemNotFoundException,
            SecretServiceNotAvailableException,
        )
    except ImportError as error:
        return KeyringStatus.UNAVAILABLE, KeyringUnavailableError(
            NO_SECRETSTORAGE, detail=_describe(error)
        )
    try:
        connection = secretstorage.dbus_init()
    except (SecretServiceNotAvailableException, OSError) as error:  # OSError: no socket there
        return KeyringStatus.UNAVAILABLE, KeyringUnavailableError(NO_DBUS, detail=_describe(error))
    with closing(connection):
        try:
            if not secretstorage.check_service_availability(connection):
                return KeyringStatus.UNAVAILABLE, KeyringUnavailableError(
                    NO_SECRET_SERVICE, detail="org.freedesktop.secrets is not on the session bus"
                )
            collection = secretstorage.Collection(connection, collection_path or DEFAULT_COLLECTION)
            locked = collection.is_locked()
        except ItemNotFoundException:
            return KeyringStatus.LOCKED, UserError(NO_COLLECTION_NOTICE)
        except (*_secretstorage_errors(), OSError) as error:
            return KeyringStatus.UNAVAILABLE, KeyringUnavailableError(
                KEYRING_BROKEN, detail=_describe(error)
            )
    if locked:
        return KeyringStatus.LOCKED, KeyringLockedError(LOCKED_NOTICE)
    return KeyringStatus.READY, None


def _why_no_keyring() -> UserError:
    """keyring found nothing usable: say the most useful reason for this platform."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        status, notice = _probe_secret_service(None)
        if status is KeyringStatus.UNAVAILABLE and notice is not None:
            return notice
    return KeyringUnavailableError(NO_KEYRING)


def _refusal(backend: "KeyringBackend") -> UserError | None:
    """Why ``backend`` must not hold passwords (None when it is a real system keyring)."""
    from keyring.backends import fail, null

    if isinstance(backend, fail.Keyring):
        return _why_no_keyring()
    if isinstance(backend, null.Keyring):
        return KeyringUnavailableError(NULL_KEYRING, backend=_backend_name(backend))
    name = _backend_name(backend)
    if type(backend).__module__.startswith(_REFUSED_MODULE_PREFIXES):
        return KeyringUnavailableError(PLAIN_FILE_KEYRING, backend=name)
    if _secret_service(backend) is not None:
        return None  # its priority raises when D-Bus is missing; the probe explains that instead
    try:
        priority = float(backend.priority)
    except Exception as error:  # a backend's priority raises when it cannot work
        return KeyringUnavailableError(KEYRING_BROKEN, detail=_describe(error))
    if priority < _MINIMUM_PRIORITY:
        return KeyringUnavailableError(PLAIN_FILE_KEYRING, backend=name)
    return None


def probe_keyring(backend: "KeyringBackend") -> KeyringState:
    """The state of ``backend``: ready, locked (saving will prompt) or unavailable (and why).

    Never prompts and never raises: a broken keyring must not stop the app from starting.
    """
    try:
        effective = _effective_backend(backend)
        if effective is None:
            return KeyringState(
                KeyringStatus.UNAVAILABLE, _backend_name(backend), _why_no_keyring()
            )
        refusal = _refusal(effective)
        if refusal is not None:
            return KeyringState(KeyringStatus.UNAVAILABLE, _backend_name(effective), refusal)
        secret_service = _secret_service(backend)
        if secret_service is not None:
            status, notice = _probe_secret_service(
                getattr(secret_service, "preferred_collection", None)
            )
            return KeyringState(status, _backend_name(effective), notice)
        return KeyringState(KeyringStatus.READY, _backend_name(effective))
    except Exception as error:  # any failure here means "no keyring", said plainly
        log.warning("keyring probe failed: %s", _describe(error))
        return KeyringState(
            KeyringStatus.UNAVAILABLE,
            _backend_name(backend),
            KeyringUnavailableError(KEYRING_BROKEN, detail=_describe(error)),
        )


def default_backend() -> "KeyringBackend":
    """keyring's choice for this computer (its settings, environment and installed backends)."""
    import keyring

    return keyring.get_keyring()


# ---------------------------------------------------------------- the store
class CredentialStore:
    """Each person's ameli.fr login and password in the keyring: the port services are given.

    Args:
        backend: a keyring backend; None means keyring's own choice, looked up on first use (not
            at construction, so building the app's services stays cheap) and followed if it
            changes.
        service: the keyring service name.
        unlock_timeout: seconds to wait for the OS unlock prompt (None waits for ever).
    """

    def __init__(
        self,
        backend: "KeyringBackend | None" = None,
        *,
        service: str = SERVICE_NAME,
        unlock_timeout: float | None = UNLOCK_TIMEOUT_SECONDS,
    ) -> None:
        self._backend = backend
        self._follows_default = backend is None
        self.service = service
        self.unlock_timeout = unlock_timeout
        self._state: KeyringState | None = None
        self._lock = threading.RLock()

    # ------------------------------------------------------------ state
    def state(self, *, refresh: bool = False) -> KeyringState:
        """The keyring's state, probed on first call and after ``refresh=True`` or an error."""
        with self._lock:
            if self._state is not None and not refresh and self._follows_default:
                refresh = self._default_changed()
            if self._state is None or refresh:
                self._state = self._probe()
                notice = self._state.notice
                log.info(
                    "keyring backend %s: %s %s",
                    self._state.backend_name,
                    self._state.status.value,
                    notice.params.get("detail", "") if notice is not None else "",
                )
            return self._state

    def _default_changed(self) -> bool:
        """keyring's default was replaced (``keyring.set_keyring``; tests do it between tests)."""
        try:
            return default_backend() is not self._backend
        except Exception:  # reported by the probe that follows
            return True

    def _probe(self) -> KeyringState:
        if self._follows_default:
            try:
                self._backend = default_backend()
            except Exception as error:  # a bad keyringrc must not stop the app
                return KeyringState(
                    KeyringStatus.UNAVAILABLE,
                    "keyring",
                    KeyringUnavailableError(KEYRING_BROKEN, detail=_describe(error)),
                )
        return probe_keyring(self._backend)

    def _usable_backend(self) -> "KeyringBackend":
        """The backend, or the reason passwords can't be saved (re-probed: it may have started)."""
        state = self.state()
        if state.status is KeyringStatus.UNAVAILABLE:
            state = self.state(refresh=True)
        if state.status is KeyringStatus.UNAVAILABLE:
            assert state.notice is not None
            raise state.notice.with_traceback(None)  # a shared instance: no stale frames
        assert self._backend is not None
        return self._backend

    def _set_status(self, status: KeyringStatus, notice: UserError | None) -> None:
        with self._lock:
            if self._state is not None:
                self._state = KeyringState(status, self._state.backend_name, notice)

    # ------------------------------------------------------------ operations
    def save(self, uid: str, *, login: str, password: str) -> SaveOutcome:
        """Store (or replace) the person's login and password; unlock the keyring if needed.

        Raises:
            UserError: a bad login (field ``login``) or password (field ``password``).
            KeyringUnavailableError: passwords can't be saved on this computer (and why).
            KeyringLockedError: the keyring stayed locked; nothing was written.
            KeyringOperationError: the keyring failed; what was there before is kept.
        """
        _check_uid(uid)
        login = normalize_ameli_login(login, field="login")
        check_password(password)
        register_secret(password)
        backend = self._usable_backend()
        unlocked = self._unlock_if_locked(backend, Action.SAVE)
        with self._keyring_errors(Action.SAVE):
            replaced = self._exists(backend, uid)
            previous_login = backend.get_password(self.service, login_username(uid))
            backend.set_password(self.service, login_username(uid), login)
            try:
                backend.set_password(self.service, uid, password)
            except BaseException:
                self._restore_login(backend, uid, previous_login)
                raise
        self._set_status(KeyringStatus.READY, None)
        log.info("ameli.fr password saved in the keyring for person %s", uid)
        return SaveOutcome(replaced=replaced, unlocked=unlocked)

    def read(self, uid: str) -> AmeliCredential | None:
        """The person's login and password, or None when none is stored (may prompt to unlock).

        The login is "" when only the password entry exists (saved by an outside tool).
        """
        _check_uid(uid)
        backend = self._usable_backend()
        with self._keyring_errors(Action.READ):
            if not self._exists(backend, uid):
                return None  # nothing to read: no reason to ask for an unlock
        self._unlock_if_locked(backend, Action.READ)
        with self._keyring_errors(Action.READ):
            password = backend.get_password(self.service, uid)
            if password is None:
                return None
            login = backend.get_password(self.service, login_username(uid)) or ""
        register_secret(password)
        return AmeliCredential(login=login, password=password)

    def has_password(self, uid: str) -> bool:
        """Whether a password is stored for the person, without unlocking where possible.

        The Secret Service lets us search a locked collection, so the GUI and ``credentials status``
        can list who has a password without an unlock prompt at start-up.
        """
        _check_uid(uid)
        backend = self._usable_backend()
        with self._keyring_errors(Action.READ):
            return self._exists(backend, uid)

    def forget(self, uid: str) -> bool:
        """Remove the person's password and login from the keyring; True if a password was there.

        Every matching entry goes, including duplicates another tool may have created.
        """
        _check_uid(uid)
        backend = self._usable_backend()
        with self._keyring_errors(Action.FORGET):
            if not self._exists(backend, uid) and not self._exists(backend, login_username(uid)):
                return False  # nothing to remove: no reason to ask for an unlock
        self._unlock_if_locked(backend, Action.FORGET)
        with self._keyring_errors(Action.FORGET):
            removed = self._delete_all(backend, uid)
            self._delete_all(backend, login_username(uid))
        self._set_status(KeyringStatus.READY, None)
        if removed:
            log.info("ameli.fr password removed from the keyring for person %s", uid)
        return removed

    def stored_login(self, uid: str) -> str | None:
        """The login saved with the person's password; None when there is none or when reading
        it would need an unlock prompt (a locked Secret Service collection)."""
        _check_uid(uid)
        backend = self._usable_backend()
        with self._keyring_errors(Action.READ):
            secret_service = _secret_service(backend)
            if secret_service is not None and self._collection_locked(secret_service):
                return None
            return backend.get_password(self.service, login_username(uid))

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _collection_locked(secret_service: Any) -> bool:
        """True when the collection is locked or missing (keyring would prompt to make it)."""
        import secretstorage
        from secretstorage.exceptions import ItemNotFoundException

        with closing(secretstorage.dbus_init()) as connection:
            try:
                collection = secretstorage.Collection(connection, _collection_path(secret_service))
            except ItemNotFoundException:
                return True
            return bool(collection.is_locked())

    def _exists(self, backend: "KeyringBackend", username: str) -> bool:
        secret_service = _secret_service(backend)
        if secret_service is None:
            return backend.get_password(self.service, username) is not None
        import secretstorage
        from secretstorage.exceptions import ItemNotFoundException

        scheme = secret_service.schemes[secret_service.scheme]
        attributes = {scheme["service"]: self.service, scheme["username"]: username}
        with closing(secretstorage.dbus_init()) as connection:
            try:
                collection = secretstorage.Collection(connection, _collection_path(secret_service))
            except ItemNotFoundException:
                return False  # no collection yet, hence no password
            return any(True for _ in collection.search_items(attributes))

    def _delete_all(self, backend: "KeyringBackend", username: str) -> bool:
        from keyring.errors import PasswordDeleteError

        removed = 0
        for _ in range(MAX_DUPLICATE_ENTRIES):
            if removed and not self._exists(backend, username):
                break
            try:
                backend.delete_password(self.service, username)
            except PasswordDeleteError:
                break
            removed += 1
        return removed > 0

    def _restore_login(self, backend: "KeyringBackend", uid: str, previous: str | None) -> None:
        """Best effort: put the login entry back as it was before a failed save."""
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            if previous is None:
                backend.delete_password(self.service, login_username(uid))
            else:
                backend.set_password(self.service, login_username(uid), previous)
        except PasswordDeleteError:
            pass
        except (KeyringError, *_secretstorage_errors(), OSError) as error:
            log.warning("could not restore the ameli.fr login entry: %s", _describe(error))

    def _unlock_if_locked(self, backend: "KeyringBackend", action: Action) -> bool:
        """Ask the Secret Service to unlock (the OS prompt) when locked; True if it was unlocked.

        keyring's own backend would prompt too, but without a time limit; this one gives up after
        ``unlock_timeout`` seconds (the prompt stays open). Other backends prompt on their own
        (macOS) or are never locked (Windows); their refusal arrives as KeyringLocked.
        """
        secret_service = _secret_service(backend)
        if secret_service is None:
            return False
        import secretstorage
        from secretstorage.exceptions import ItemNotFoundException

        with self._keyring_errors(action), closing(secretstorage.dbus_init()) as connection:
            try:
                collection = secretstorage.Collection(connection, _collection_path(secret_service))
            except ItemNotFoundException:
                return False  # keyring creates the default collection (and prompts) on save
            if not collection.is_locked():
                self._set_status(KeyringStatus.READY, None)  # unlocked by the desktop meanwhile
                return False
            log.info("keyring locked: asking the Secret Service to unlock it")
            dismissed = self._prompt_unlock(connection, collection.collection_path, action)
            if dismissed or collection.is_locked():
                self._set_status(KeyringStatus.LOCKED, KeyringLockedError(LOCKED_NOTICE))
                raise KeyringLockedError(_LOCKED[action])
        self._set_status(KeyringStatus.READY, None)
        return True

    def _prompt_unlock(self, connection: Any, collection_path: str, action: Action) -> bool:
        """Run the Secret Service's Unlock prompt; True if it was dismissed."""
        from secretstorage.defines import SS_PATH, SS_PREFIX
        from secretstorage.util import DBusAddressWrapper, exec_prompt

        service = DBusAddressWrapper(SS_PATH, SS_PREFIX + "Service", connection)
        _unlocked, prompt = service.call("Unlock", "ao", [collection_path])
        if len(prompt) <= 1:  # "/" means no prompt was needed
            return False
        try:
            dismissed, _result = exec_prompt(connection, prompt, timeout=self.unlock_timeout)
        except TimeoutError:
            # The prompt is left open, not dismissed: gnome-keyring 42 aborts on an assertion
            # (gkd-secret-unlock.c perform_next_unlock) when an unlock prompt being shown is
            # dismissed, which would take the user's whole keyring down.
            raise KeyringLockedError(UNLOCK_TIMED_OUT, seconds=f"{self.unlock_timeout:g}") from None
        return bool(dismissed)

    @contextmanager
    def _keyring_errors(self, action: Action) -> Iterator[None]:
        """Turn keyring, secretstorage and D-Bus failures into sentences the user can act on."""
        from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

        locked_errors: tuple[type[BaseException], ...] = (KeyringLocked,)
        gone_errors: tuple[type[BaseException], ...] = (NoKeyringError, OSError)
        try:
            from secretstorage.exceptions import (
                LockedException,
                PromptDismissedException,
                SecretServiceNotAvailableException,
            )
        except ImportError:
            pass
        else:
            locked_errors += (LockedException, PromptDismissedException)
            gone_errors += (SecretServiceNotAvailableException,)
        try:
            yield
        except UserError:
            raise
        except locked_errors as error:
            log.warning("keyring %s refused, locked: %s", action.value, _describe(error))
            self._set_status(KeyringStatus.LOCKED, KeyringLockedError(LOCKED_NOTICE))
            raise KeyringLockedError(_LOCKED[action], detail=_describe(error)) from None
        except gone_errors as error:
            # The keyring went away (the daemon quit, the session bus closed): say why, plainly;
            # if it is back already, this was a passing failure, reported as such.
            log.warning("keyring %s: no keyring any more: %s", action.value, _describe(error))
            state = self.state(refresh=True)
            if state.status is KeyringStatus.UNAVAILABLE and state.notice is not None:
                raise state.notice.with_traceback(None) from None
            raise KeyringOperationError(_FAILED[action], detail=_describe(error)) from None
        except (KeyringError, *_secretstorage_errors()) as error:
            log.warning("keyring %s failed: %s", action.value, _describe(error))
            with self._lock:
                self._state = None  # probe again next time: the service may have gone away
            raise KeyringOperationError(_FAILED[action], detail=_describe(error)) from None


_default_store: CredentialStore | None = None
_default_store_lock = threading.Lock()


def default_store() -> CredentialStore:
    """The process's store over keyring's own backend, shared so its state is probed once."""
    global _default_store  # noqa: PLW0603 - one store per process, made on first use
    with _default_store_lock:
        if _default_store is None:
            _default_store = CredentialStore()
        return _default_store
