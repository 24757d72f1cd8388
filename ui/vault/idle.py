"""Lock after a few minutes without use — time asleep counts.

Activity is any key or mouse event in the app. Elapsed time is measured on the
wall clock, which keeps running while a laptop sleeps: one that slept past the
limit locks as soon as it wakes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5
AUTO_LOCK_KEY = "security/auto_lock_minutes"  # written by ui.vault.settings
MAX_MINUTES = 240
CHECK_EVERY_MS = 5000
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


def idle_minutes() -> int:
    """The setting (UI state only, never case data); 0 turns auto-lock off."""
    value = QSettings().value(AUTO_LOCK_KEY, DEFAULT_MINUTES)
    try:
        return max(0, min(MAX_MINUTES, int(str(value))))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


class IdleLock(QObject):
    """Calls ``lock`` after ``minutes`` without activity while ``active()`` is true."""

    def __init__(self, lock: Callable[[], object], active: Callable[[], bool],
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self._lock = lock
        self._active = active
        self._clock = clock
        self.last_activity = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self._clock()
        return False

    def check(self) -> None:
        minutes = idle_minutes()
        if not minutes or not self._active():
            self.last_activity = self._clock()
            return
        if self._clock() - self.last_activity >= minutes * 60:
            self.last_activity = self._clock()
            self._lock()
