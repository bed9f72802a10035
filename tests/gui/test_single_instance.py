"""A later start asks the running app to come forward; the running app listens from its first
paint on (ui/app.py), so a start just before that tries again for a moment."""

import socket
import threading
import time
from pathlib import Path

from PySide6.QtCore import QDir

from ameli_desktop.ui import single_instance
from ameli_desktop.ui.single_instance import ask_running_instance_to_raise, server_name


def listen_later(path: Path, delay: float, received: list[bytes]) -> threading.Thread:
    """A plain Unix socket where the running app's server would be, bound after ``delay``."""

    def serve() -> None:
        time.sleep(delay)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(str(path))
            server.listen(1)
            server.settimeout(5)
            connection, _ = server.accept()
            with connection:
                received.append(connection.recv(64))

    thread = threading.Thread(target=serve)
    thread.start()
    return thread


def test_a_start_just_before_the_running_app_listens_still_reaches_it(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = Path(QDir.tempPath()) / server_name(tmp_path)
    path.unlink(missing_ok=True)
    received: list[bytes] = []
    thread = listen_later(path, 0.3, received)
    try:
        assert ask_running_instance_to_raise(tmp_path)
    finally:
        thread.join()
        path.unlink(missing_ok=True)
    assert received == [single_instance.RAISE]


def test_a_start_gives_up_when_nothing_listens(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(single_instance, "TIMEOUT_MS", 200)
    started = time.monotonic()
    assert not ask_running_instance_to_raise(tmp_path)
    assert 0.2 <= time.monotonic() - started < 2
