"""Run slow work (key derivation, import, PDF) off the UI thread.

One small helper with success and failure callbacks, called back on the UI
thread (the habit of Anki's ``QueryOp``).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


_gc_lock = threading.Lock()
_gc_holders = 0


def hold_gc(hold: bool) -> None:
    """Keep Python's garbage collector off while a job runs (or the start-up builds
    the window: :mod:`ui.startup`); each ``hold_gc(True)`` is ended by one
    ``hold_gc(False)``.

    A collection started in a worker thread would destroy unreachable Qt
    objects there, and Qt objects must die in their own thread (timers
    warn; worse can crash). Garbage is collected on the UI thread afterwards.
    """
    global _gc_holders
    with _gc_lock:
        _gc_holders += 1 if hold else -1
        if _gc_holders == 1 and hold:
            gc.disable()
        elif _gc_holders == 0:
            gc.enable()


def _collect() -> None:
    if gc.isenabled():  # not while another job runs
        # a full collection: the start-up's objects are frozen out of its scan
        # (ui.startup), so it goes over the session's own (the longest search event at
        # 100,000 cases ~15 ms, against ~40 before);
        # a young one only let garbage pile up until Python's own full one (the lock and
        # unlock cycles then grew ~3x as much)
        gc.collect()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as err:  # reported to the UI thread, never lost
            self._report("failed", err)
        else:
            self._report("succeeded", result)

    def _report(self, signal: str, value: Any) -> None:
        # the application quit while the job ran (its relay deleted with it): nobody
        # waits for the answer, and a traceback on stderr would only alarm
        if shiboken6.isValid(self._relay):
            with contextlib.suppress(RuntimeError):  # deleted between the two lines
                getattr(self._relay, signal).emit(value)


_running: set[_Relay] = set()


def _job(work: Callable[[], Any], on_success: Callable[[Any], None],
         on_failure: Callable[[BaseException], None]) -> _Job:
    """``work`` wrapped to report back on the calling thread, garbage collection held off
    while it runs and done afterwards on the UI thread."""
    relay = _Relay()
    _running.add(relay)

    def done(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def finish(value: Any) -> None:
            _running.discard(relay)
            hold_gc(False)
            owner = getattr(callback, "__self__", None)
            if not (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
                callback(value)  # (an answer to a window deleted meanwhile reaches nobody)
            if gc.isenabled():  # here, on the UI thread, in a turn of its own
                QTimer.singleShot(0, _collect)

        return finish

    relay.succeeded.connect(done(on_success))
    relay.failed.connect(done(on_failure))
    hold_gc(True)
    return _Job(work, relay)


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Run ``work()`` on the thread pool; call back on the thread that called this."""
    QThreadPool.globalInstance().start(_job(work, on_success, on_failure))


def run_in_thread(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Like :func:`run_in_background`, on a thread of its own instead of the pool.

    For work that may wait on a person for a long time (the keyring's own unlock prompt):
    it never holds one of the pool's few threads, so the key derivation, an import or a
    PDF still run meanwhile. Such work must bound its own wait (the keystore does).
    """
    job = _job(work, on_success, on_failure)
    threading.Thread(target=job.run, name="locator-keyring", daemon=True).start()


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """For clean shutdown and tests: wait until no job is running."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
