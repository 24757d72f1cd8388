"""Start-up in small steps: the vault door is painted first, the main window is built
afterwards, a few small steps per turn of the event loop.

Between two steps Qt paints and handles the keyboard, so typing the passphrase never
waits long for the window being built behind the door. The modules are imported in an
order where each step costs little (leaves first): importing the main window at once
would hold the UI thread for several hundred milliseconds on a slow laptop.

:meth:`StepBuilder.finish_now` runs what is left at once (a test or a caller that needs
the window now); :meth:`StepBuilder.then` runs a callback once everything is built. What
the first paint of the list does not need (the case editor's tabs, the modules of dialogs,
:data:`WARM_LATER`) comes after that paint, so that a keyring unlock paints the list
without waiting for it.
"""

from __future__ import annotations

import gc
import importlib
import time
from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.common.worker import hold_gc

Step = tuple[str, Callable[[], object]]

#: ms: a turn of the event loop runs steps until it has spent this much (then the next
#: step waits for the next turn); a step over ~35 ms is split (the longest turn ≤ 50 ms)
SLICE_MS = 6.0
#: ms after everything is built: the later steps start then if no first paint came first
LATER_FALLBACK_MS = 500

# imported one per step, leaves before the modules that need them (each ≲ 60 ms on a
# 2-core VM; ``python -X importtime main.py`` shows the costs)
IMPORTS = (
    "sqlcipher3",
    "locator.model.cases",
    "locator.model.dates",
    "locator.deadlines.holidays",
    "locator.deadlines.rules",
    "locator.storage.deadlines",
    "locator.storage.store",
    "locator.storage.vault",
    "pycountry",
    "locator.model.countries",
    "locator.model.phones",
    "locator.model.caseio",
    "ui.case.fields",
    "ui.case.nested_tables",
    "ui.case.editor",
    "locator.model.events",
    "locator.procedure.model",
    "locator.centres.load",
    "locator.timeline.describe",
    "ui.case.timeline",
    "ui.common.screens",
    "ui.case.area",
    "ui.main_window",
    "locator.procedure.guide",
    "locator.centres.search",
    "ui.procedure.step_panel",
    "ui.procedure.centre_view",
    "ui.procedure.browser",
    "ui.procedure.locate",
    "locator.storage.backup",
    "ui.common.prompts",
    "ui.case.menu",
    "ui.vault.menu",
    "ui.deadlines.text",
    "ui.deadlines.view",
    "ui.deadlines.decision_dialog",
    "ui.deadlines.panel",
    "ui.help.window",
    "ui.help.first_run",
    "ui.vault.idle",
)


# imported after the window is shown, one per turn of the event loop: modules of dialogs
# the window does not need to be painted (each is imported again, at once, where used)
WARM_LATER = (
    "locator.brief.content",
    "locator.brief.case",
    "ui.brief.window",
    "ui.procedure.calling_round",
    "locator.brief.emails",
    "ui.procedure.emails_dialog",
    "locator.team.members",
    "ui.team.dialog",
)


def import_steps(names: Iterable[str] = IMPORTS) -> list[Step]:
    return [(f"import {name}", partial(importlib.import_module, name)) for name in names]


def _let_go(holding: list[bool], *_destroyed: object) -> None:
    if holding[0]:
        holding[0] = False
        hold_gc(False)


class FirstPaint(QObject):
    """Calls ``then()`` once, in the turn after ``widget`` is first painted (what follows
    never delays that paint)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


class StepBuilder(QObject):
    """Runs ``steps`` in turns of the event loop of about :data:`SLICE_MS` each. A step
    may add steps (:meth:`push`)."""

    finished = Signal()

    def __init__(self, steps: Iterable[Step], parent: QObject | None = None,
                 later: Iterable[Step] = ()) -> None:
        super().__init__(parent)
        self._steps: list[Step] = list(steps)
        #: run after everything is built, once :meth:`start_later` is called (the window's
        #: first paint) or :data:`LATER_FALLBACK_MS` later, one per turn of the event loop;
        #: never by :meth:`finish_now`: nothing waits on them (what they build is built at
        #: once where it is needed first)
        self._later: list[Step] = list(later)
        self._after: list[Callable[[], object]] = []
        self._scheduled = False
        self._running = False
        self._started = False
        self._holding = [False]  # the garbage collector held off while building
        self._later_started = False
        self.done = False
        #: (step name, milliseconds): what each step cost (the benchmark prints them)
        self.durations: list[tuple[str, float]] = []

    def push(self, steps: Iterable[Step]) -> None:
        """Run these next, before the steps still waiting."""
        self._steps[0:0] = list(steps)

    def push_later(self, steps: Iterable[Step]) -> None:
        """Run these once everything is built and shown, before the warm-up imports."""
        self._later[0:0] = list(steps)

    @property
    def started(self) -> bool:
        """Building in steps (:meth:`start` was called)."""
        return self._started

    def start(self) -> None:
        """Build in the background of the event loop (idempotent)."""
        if not self._started and not self.done:
            hold_gc(True)  # see _finish; let go also if this builder is dropped unfinished
            self.destroyed.connect(partial(_let_go, self._holding))
            self._holding[0] = True
        self._started = True
        if not self.done and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        self._scheduled = False
        if self._running or self.done:
            return
        # small steps share a turn: each turn costs the event loop's own work (timers,
        # the door's paint), which 60 steps one per turn added up to ~80 ms of the unlock
        started = time.perf_counter()
        while self._steps:
            self._run(self._steps.pop(0))
            if (time.perf_counter() - started) * 1000 >= SLICE_MS:
                break
        if self._steps:
            self.start()
        else:  # in a turn of its own: what waits for the window (an unlock) is not short
            QTimer.singleShot(0, self, self._finish)

    def finish_now(self) -> None:
        """Everything that is left, now."""
        if self._running:
            raise RuntimeError("a build step asked for the finished window")
        while self._steps:
            self._run(self._steps.pop(0))
        self._finish()

    def then(self, callback: Callable[[], object]) -> None:
        """``callback()`` once everything is built (at once if it is)."""
        if self.done:
            callback()
        else:
            self._after.append(callback)

    def _run(self, step: Step) -> None:
        name, work = step
        started = time.perf_counter()
        self._running = True
        try:
            work()
        finally:
            self._running = False
            self.durations.append((name, (time.perf_counter() - started) * 1000))

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self._holding[0]:
            self._holding[0] = False
            # no collection ran while the window was built (one over all the imports and
            # widgets took ~30 ms inside whichever step it fell in); nearly all of them are
            # kept for the session: out of every later collection's scan, which would
            # otherwise go over them all at the first allocation from here
            gc.freeze()
            hold_gc(False)
        self.finished.emit()
        after, self._after = self._after, []
        for callback in after:
            callback()
        # the later steps once the window is painted (:meth:`start_later`), or at the
        # latest after this much: a window that is not shown (the door still asks)
        QTimer.singleShot(LATER_FALLBACK_MS, self, self.start_later)

    def start_later(self) -> None:
        """Start the later steps (idempotent; once everything is built)."""
        if self.done and not self._later_started:
            self._later_started = True
            if self._later:
                QTimer.singleShot(0, self, self._warm)

    def _warm(self) -> None:
        if self._later:
            self._run(self._later.pop(0))
        if self._later:
            QTimer.singleShot(0, self, self._warm)
