"""Long work off the GUI thread (STYLE.md 3): a pure function in a QThreadPool, callbacks on the GUI.

The work function gets a :class:`TaskControl` to report progress and to check for cancellation;
it never touches widgets. Callbacks run on the main thread.

The signals object a worker emits from lives on the GUI thread, and must die there: deleted from
the worker (when the pool deletes the runnable that still refers to it, after the GUI has let it
go) it would vanish while the GUI thread delivers its queued signals, and the app would crash
(seen about once in fifteen runs of the import dialog's tests). So an ended task's signals are
kept on the GUI side until no worker of the pool is running any more.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class CancelledError(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskControl:
    def __init__(self, signals: "_Signals") -> None:
        self._signals = signals
        self.cancelled = False

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises CancelledError if the user cancelled meanwhile."""
        if self.cancelled:
            raise CancelledError
        self._signals.progress.emit(done, total)

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[[TaskControl], Any], signals: _Signals, control: TaskControl
    ) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.control = control

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except CancelledError:
            self.signals.cancelled.emit()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task:
    """A running task: cancel() it, or connect to its signals."""

    def __init__(self, signals: _Signals, control: TaskControl) -> None:
        self.signals = signals
        self.control = control

    def cancel(self) -> None:
        self.control.cancelled = True


class _Relay(QObject):
    """Lives on the GUI thread: its methods are the receivers, so Qt queues the worker's signals
    to the GUI thread (a plain lambda would run in the worker thread)."""

    def __init__(self, callbacks: dict[str, Callable[..., None] | None]) -> None:
        super().__init__()
        self.callbacks = callbacks

    def _call(self, name: str, *args: Any) -> None:
        callback = self.callbacks.get(name)
        if name != "progress":
            _running.discard(self)
            _retired.append(self.keep)  # type: ignore[attr-defined]
            _reap(self.pool)  # type: ignore[attr-defined]
        if callback is not None:
            callback(*args)

    @Slot(object)
    def finished(self, result: object) -> None:
        self._call("done", result)

    @Slot(object)
    def failed(self, exc: object) -> None:
        self._call("error", exc)

    @Slot()
    def cancelled(self) -> None:
        self._call("cancelled")

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self._call("progress", done, total)


_running: set[_Relay] = set()  # keeps relays alive until their task ends
_retired: list[object] = []  # ended tasks' signals, until no worker can still hold them


def _reap(pool: QThreadPool) -> None:
    """Let the retired signals go, on the GUI thread, once the pool runs nothing: every
    runnable, and its reference to its signals, is gone by then."""
    if pool.activeThreadCount() == 0:
        _retired.clear()


def running_tasks() -> int:
    """How many tasks have not reported back yet (tests wait for zero)."""
    return len(_running)


def run_task(
    fn: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(control)`` in the pool; exactly one of on_done/on_error/on_cancelled follows."""
    signals = _Signals()
    control = TaskControl(signals)
    relay = _Relay(
        {"done": on_done, "error": on_error, "cancelled": on_cancelled, "progress": on_progress}
    )
    pool = pool or QThreadPool.globalInstance()
    _reap(pool)
    relay.keep = (signals, control)  # type: ignore[attr-defined]  # alive as long as the relay
    relay.pool = pool  # type: ignore[attr-defined]
    _running.add(relay)
    signals.finished.connect(relay.finished)
    signals.failed.connect(relay.failed)
    signals.cancelled.connect(relay.cancelled)
    signals.progress.connect(relay.progress)
    task = Task(signals, control)
    pool.start(_Runnable(fn, signals, control))
    return task
