"""A second start with the same data folder brings the running window forward.

The data folder's lock (storage/lock.py) says whether an app is running; a local socket named after
the folder lets the second start ask the first to raise its window.
"""

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
TIMEOUT_MS = 1500
RETRY_S = 0.05  # between tries to reach a running app that does not listen yet


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"ameli-desktop-{digest}"


def ask_running_instance_to_raise(data_dir: Path) -> bool:
    """True when a running app for this folder received the request.

    The running app listens from its first paint on (ui/app.py: DESIGN.md 9), a moment after it
    took the data folder's lock: a start in between tries again until TIMEOUT_MS have passed.
    """
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        left_ms = int((deadline - time.monotonic()) * 1000)
        if socket.waitForConnected(max(left_ms, 0)):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(RETRY_S)
    socket.write(RAISE)
    ok = socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for "raise" requests from later starts."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self.server.listen(name):
            # A socket file left by a crash: we hold the data-folder lock, so it is stale.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()
