"""A private, real Secret Service for the tests that are about the keyring.

``secret_service`` (session-scoped) starts its own D-Bus session bus and ``gnome-keyring-daemon
--unlock --components=secrets`` with HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR in a
temporary folder, so no test ever reaches the developer's keyring, and kills both at the end.

The bus configuration lists no service directories: nothing is ever D-Bus-activated from the host
(no second gnome-keyring with the real HOME, no graphical prompter). With no prompter, every unlock
prompt the daemon opens is dismissed at once, which is exactly the "user refused" path; tests that
need the collection unlocked again use gnome-keyring's prompt-less unlock with the known password.

Skips (with the apt-get line) only when the programs are not installed, and fails instead under CI
(AMELI_DESKTOP_CI, set by .ci/run); any other failure to start is an error, with the daemons'
output, because the tests would otherwise pass by not running.
"""

import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.keyring_prompter import PROMPTER_BUS_NAME

REQUIRED_PROGRAMS = ("dbus-daemon", "gnome-keyring-daemon")
INSTALL_HINT = "apt-get install dbus dbus-x11 gnome-keyring libsecret-tools"
# The login keyring's password, given to the daemon on stdin by --unlock.
LOGIN_KEYRING_PASSWORD = "test-login-keyring-password"
SECRETS_BUS_NAME = "org.freedesktop.secrets"
STARTUP_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 5.0
DBUS_CALL_TIMEOUT_SECONDS = 10.0

GNOME_KEYRING_INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
SECRETS_PATH = "/org/freedesktop/secrets"
DEFAULT_COLLECTION_PATH = "/org/freedesktop/secrets/aliases/default"

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class SecretServiceProcess:
    """The running bus and daemon, and helpers to look inside them from a test."""

    root: Path
    bus_address: str
    env: dict[str, str]  # the environment of the daemons, for secret-tool and other children
    bus: subprocess.Popen[bytes]
    daemon: subprocess.Popen[bytes] | None = None
    _logs: list[Path] = field(default_factory=list)

    # ------------------------------------------------------------ looking inside
    def secret_tool(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run ``secret-tool`` (libsecret, not our code) against this service."""
        if shutil.which("secret-tool") is None:
            skip_or_fail(f"secret-tool is not installed ({INSTALL_HINT})")
        return subprocess.run(
            ["secret-tool", *args],
            input=stdin,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=DBUS_CALL_TIMEOUT_SECONDS,
            check=False,
        )

    def connection(self) -> Any:
        """A new jeepney connection to the private bus (close it: ``with closing(...)``)."""
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(self.bus_address)

    def _secretstorage_connection(self) -> Any:
        import secretstorage.util

        connection = self.connection()
        secretstorage.util.add_match_rules(connection)
        return connection

    def collection_locked(self, path: str = DEFAULT_COLLECTION_PATH) -> bool:
        import secretstorage

        with closing(self._secretstorage_connection()) as connection:
            return secretstorage.Collection(connection, path).is_locked()

    def lock(self, path: str = DEFAULT_COLLECTION_PATH) -> None:
        """Lock a collection, as the desktop does after a timeout or on screen lock."""
        import secretstorage

        with closing(self._secretstorage_connection()) as connection:
            collection = secretstorage.Collection(connection, path)
            collection.lock()
            assert collection.is_locked()

    def unlock(self, path: str = DEFAULT_COLLECTION_PATH) -> None:
        """Unlock a collection with its password, without a prompt (gnome-keyring's own way)."""
        import secretstorage
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with closing(self._secretstorage_connection()) as connection:
            collection = secretstorage.Collection(connection, path)
            if not collection.is_locked():
                return
            real_path = self._resolve(connection, path)
            session = open_session(connection)
            master = format_secret(session, LOGIN_KEYRING_PASSWORD.encode(), "text/plain")
            internal = DBusAddressWrapper(SECRETS_PATH, GNOME_KEYRING_INTERNAL, connection)
            internal.call("UnlockWithMasterPassword", "o(oayays)", real_path, master)
            assert not collection.is_locked()

    def create_collection(self, label: str) -> str:
        """A new collection with the known password, created without a prompt; its path."""
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with closing(self._secretstorage_connection()) as connection:
            session = open_session(connection)
            master = format_secret(session, LOGIN_KEYRING_PASSWORD.encode(), "text/plain")
            internal = DBusAddressWrapper(SECRETS_PATH, GNOME_KEYRING_INTERNAL, connection)
            properties = {"org.freedesktop.Secret.Collection.Label": ("s", label)}
            (path,) = internal.call("CreateWithMasterPassword", "a{sv}(oayays)", properties, master)
            return str(path)

    def items(self, attributes: dict[str, str]) -> list[dict[str, Any]]:
        """Every item matching ``attributes`` in every collection: label, attributes, secret."""
        import secretstorage

        found = []
        with closing(self._secretstorage_connection()) as connection:
            for collection in secretstorage.get_all_collections(connection):
                for item in collection.search_items(attributes):
                    found.append(
                        {
                            "collection": collection.collection_path,
                            "label": item.get_label(),
                            "attributes": item.get_attributes(),
                            "locked": item.is_locked(),
                            "secret": None if item.is_locked() else item.get_secret().decode(),
                        }
                    )
        return found

    def delete_items(self, attributes: dict[str, str]) -> None:
        """Remove every item matching ``attributes`` (test isolation)."""
        import secretstorage

        with closing(self._secretstorage_connection()) as connection:
            for collection in secretstorage.get_all_collections(connection):
                if collection.is_locked():
                    continue
                for item in list(collection.search_items(attributes)):
                    item.delete()

    @staticmethod
    def _resolve(connection: Any, path: str) -> str:
        """The real object path of an alias such as ``aliases/default``."""
        from secretstorage.util import DBusAddressWrapper

        if "/aliases/" not in path:
            return path
        service = DBusAddressWrapper(SECRETS_PATH, "org.freedesktop.Secret.Service", connection)
        (real,) = service.call("ReadAlias", "s", path.rsplit("/", 1)[1])
        return str(real)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')}"
            for path in self._logs
            if path.exists()
        )


def skip_or_fail(reason: str) -> None:
    """Skip where the programs are simply not installed; in CI (.ci/run installs them, and sets
    AMELI_DESKTOP_CI) their absence is a failure, so the keyring tests can never silently vanish."""
    if os.environ.get("AMELI_DESKTOP_CI"):
        pytest.fail(f"{reason}: .ci/run should have installed it")
    pytest.skip(reason)


def missing_programs() -> list[str]:
    return [program for program in REQUIRED_PROGRAMS if shutil.which(program) is None]


def _read_bus_address(bus: subprocess.Popen[bytes], deadline: float) -> str:
    assert bus.stdout is not None
    line = b""
    while not line.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or bus.poll() is not None:
            raise RuntimeError("dbus-daemon did not print its address")
        ready, _, _ = select.select([bus.stdout], [], [], remaining)
        if ready:
            chunk = os.read(bus.stdout.fileno(), 4096)
            if not chunk:
                raise RuntimeError("dbus-daemon closed its output without an address")
            line += chunk
    return line.decode().strip()


def _wait_for_name(process: SecretServiceProcess, name: str, deadline: float) -> None:
    from jeepney import DBus
    from jeepney.io.blocking import Proxy

    with closing(process.connection()) as connection:
        bus = Proxy(DBus(), connection, timeout=DBUS_CALL_TIMEOUT_SECONDS)
        while True:
            (has_owner,) = bus.NameHasOwner(name)
            if has_owner:
                return
            if process.daemon is not None and process.daemon.poll() is not None:
                raise RuntimeError(f"gnome-keyring-daemon exited with {process.daemon.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not appear on the bus in time")
            time.sleep(0.05)


def start_secret_service(root: Path) -> SecretServiceProcess:
    """Start a private bus and gnome-keyring's Secret Service under ``root``; stop it with
    :func:`stop_secret_service` (also on failure, which this function does itself)."""
    for sub in ("home", "data", "config", "cache", "run", "bus"):
        (root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    config = root / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket_dir=root / "bus"))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "XDG_RUNTIME_DIR": str(root / "run"),
        "LANG": "C.UTF-8",
        # gnome-keyring asks this bus name (not the desktop's gcr-prompter) to show its prompts;
        # nobody owns it unless a test runs tests.keyring_prompter.FakePrompter.
        "GNOME_KEYRING_TEST_PROMPTER": PROMPTER_BUS_NAME,
    }
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    bus_log = root / "dbus-daemon.log"
    with bus_log.open("wb") as log:  # the child keeps its own descriptor
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--nopidfile",
                "--print-address=1",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            start_new_session=True,  # a Ctrl+C in the terminal reaches pytest, which stops them
        )
    process = SecretServiceProcess(root=root, bus_address="", env=env, bus=bus, _logs=[bus_log])
    try:
        process.bus_address = _read_bus_address(bus, deadline)
        env["DBUS_SESSION_BUS_ADDRESS"] = process.bus_address
        daemon_log = root / "gnome-keyring-daemon.log"
        process._logs.append(daemon_log)
        with daemon_log.open("wb") as log:
            process.daemon = subprocess.Popen(
                [
                    "gnome-keyring-daemon",
                    "--foreground",
                    "--unlock",
                    "--components=secrets",
                    f"--control-directory={root / 'run' / 'keyring'}",
                ],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        assert process.daemon.stdin is not None
        process.daemon.stdin.write(LOGIN_KEYRING_PASSWORD.encode())
        process.daemon.stdin.close()
        _wait_for_name(process, SECRETS_BUS_NAME, deadline)
        # The login collection is created on the first request; make sure it is the default.
        process.unlock()
    except BaseException as error:
        logs = process.logs()
        stop_secret_service(process)
        raise RuntimeError(
            f"could not start the private Secret Service: {error}\n{logs}"
        ) from error
    return process


def _stop(child: subprocess.Popen[bytes] | None) -> None:
    if child is None or child.poll() is not None:
        return
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(timeout=STOP_TIMEOUT_SECONDS)


def stop_secret_service(process: SecretServiceProcess) -> None:
    """Kill the daemon, then the bus; waits for both so no process outlives the tests."""
    _stop(process.daemon)
    _stop(process.bus)
    if process.bus.stdout is not None:
        process.bus.stdout.close()


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretServiceProcess]:
    """A real Secret Service for the whole session; this process talks to it through the
    environment (``DBUS_SESSION_BUS_ADDRESS``), as the app does on a desktop."""
    missing = missing_programs()
    if missing:
        skip_or_fail(f"{', '.join(missing)} not installed ({INSTALL_HINT})")
    process = start_secret_service(tmp_path_factory.mktemp("secret-service"))
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("DBUS_SESSION_BUS_ADDRESS", process.bus_address)
            yield process
    finally:
        stop_secret_service(process)


@pytest.fixture
def secret_service_keyring(secret_service: SecretServiceProcess) -> Iterator[Any]:
    """keyring's Secret Service backend on the private service, made keyring's default for the
    test, with the default collection unlocked and no ``ameli-desktop`` entry left over."""
    import keyring
    import keyring.core
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    from ameli_desktop.secrets import SERVICE_NAME

    secret_service.unlock()
    secret_service.delete_items({"service": SERVICE_NAME})
    previous = keyring.core._keyring_backend  # None until keyring chose one
    backend = SecretServiceKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous
        assert secret_service.daemon is not None
        if secret_service.daemon.poll() is not None:
            pytest.fail(f"gnome-keyring-daemon died during the test\n{secret_service.logs()}")
        secret_service.unlock()
        secret_service.delete_items({"service": SERVICE_NAME})
