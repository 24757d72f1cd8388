"""The first-run guide, shown over "Create your vault" when there is no vault yet.

What the app is for, the passphrase (and why nobody can recover it), what
"Remember on this device" really means, and where to get help. Whether it shows
is decided by the vault file alone: no vault file, guide; a vault file, never.
Nothing is written to QSettings or anywhere else.

``install(window)`` watches the application's windows during start-up (an event
filter that removes itself once the first door or the main window is shown):

* the vault dialog opening in "create" mode for a path with no file gets the
  guide on top of it (its child window, not modal: nothing the dialog does is
  blocked; Skip or Continue close the guide and the passphrase field has focus);
* with ``LOCATOR_SMOKE_TEST=1`` in the environment, the app prints how long it
  took from process start until that first window was painted, then (when the app
  builds its main window behind the door, see :mod:`ui.app`) until the main window was
  built, and quits (``tests/test_packaging.py`` uses it on the bundled app and on
  ``main.py``).

:func:`watch_start_up` starts the watcher before the door opens (the main window, and
so :func:`install`, come after the door).
"""

from __future__ import annotations

import html
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from locator import GVO_EMAIL
from ui.common.a11y import named
from ui.common.screens import fit_to_screen, room, scrolling
from ui.help.about import ICON_FILE
from ui.host import MenuHost

SMOKE_ENV = "LOCATOR_SMOKE_TEST"
DOOR_WINDOWS = frozenset({"vault_dialog", "main_window"})
WATCHED_FROM_START = "locator_watched_from_start"  # an application property


def should_show(vault_path: Path) -> bool:
    """The guide is for people without a vault: decided by the file, nothing stored."""
    return not vault_path.exists()


def process_age() -> float | None:
    """Seconds since this process started (Linux: from /proc), None where unknown."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def scaled_bold(font: QFont, factor: float) -> QFont:
    """A bold copy of ``font``, ``factor`` times larger (follows the user's font size)."""
    bigger = QFont(font)
    bigger.setBold(True)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    return bigger


class FirstRunGuide(QDialog):
    """A short page before the vault is created. ``first_run`` False: reread from Help."""

    def __init__(self, parent: QWidget | None = None, first_run: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_guide")
        self.setWindowTitle(self.tr("Welcome to Locator"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        layout.setContentsMargins(0, 0, 8, 0)

        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(ICON_FILE)).scaled(
            56, 56, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        header.addWidget(icon)
        title = QLabel(self.tr("Welcome to Locator"))
        title.setObjectName("first_run_title")
        title.setFont(scaled_bold(title.font(), 1.8))
        header.addWidget(title, 1)
        layout.addLayout(header)

        self._section(layout, "first_run_purpose", self.tr("What Locator is for"), self.tr(
            "Locator helps you find and support a friend held in immigration detention in "
            "Belgium. It keeps a case file for each person, shows the next step to take "
            "(which centre to call, visits, a lawyer) and counts the legal deadlines."))
        self._section(layout, "first_run_passphrase", self.tr("Your passphrase"), self.tr(
            "Everything is kept in one encrypted file, the vault. You will now choose the "
            "passphrase that opens it. Nobody can recover a forgotten passphrase — not us, not "
            "anyone — and without it the vault cannot be opened again. Use five to seven "
            "random words. Write them down and keep them somewhere safe, away from this "
            "computer."))
        self._section(layout, "first_run_remember", self.tr("“Remember on this device”"),
                      self.tr(
            "You can let this computer keep the vault key in its keyring, so you do not type "
            "the passphrase each time. Then anyone who can use this computer while you are "
            "logged in can open the vault too. Leave it off on a shared computer, or on one "
            "that could be searched or taken away."))
        help_text = html.escape(self.tr(
            "Getting the Voice Out (GVO) knows the centres, the visitors and the lawyers. "
            "Write to them by email — never through Facebook or private messages:"))
        self._section(layout, "first_run_help", self.tr("Where to get help"),
                      f'{help_text} <a href="mailto:{GVO_EMAIL}">{GVO_EMAIL}</a><br>'
                      + html.escape(self.tr("In Locator, press F1 for the steps and the "
                                            "deadline rules.")), rich=True)

        buttons = QDialogButtonBox()
        self.help_button = QPushButton(self.tr("Open the Help"))
        self.help_button.setObjectName("first_run_open_help")
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self._open_help)
        buttons.addButton(self.help_button, QDialogButtonBox.ButtonRole.HelpRole)
        if first_run:
            self.skip_button = buttons.addButton(self.tr("Skip"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
            self.skip_button.setObjectName("first_run_skip")
            self.continue_button = buttons.addButton(self.tr("Continue: create my vault"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
            self.continue_button.setObjectName("first_run_continue")
        else:
            self.continue_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.continue_button.setObjectName("first_run_close")
        self.continue_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # a small screen (200 % scaling): the texts scroll, the buttons stay in sight
        outer.addWidget(named(scrolling(page, "first_run_page", width=560),
                              self.tr("Welcome to Locator")), 1)
        outer.addSpacing(8)
        outer.addWidget(buttons)
        self.setMinimumWidth(min(600, room(parent).width()))
        fit_to_screen(self, 600, self.sizeHint().height())
        self.continue_button.setFocus()

    def _section(self, layout: QVBoxLayout, name: str, heading: str, body: str,
                 rich: bool = False) -> None:
        head = QLabel(heading)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setFont(scaled_bold(head.font(), 1.2))
        text = QLabel(body)
        text.setObjectName(name)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        text.setOpenExternalLinks(rich)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction if rich
                                     else Qt.TextInteractionFlag.TextSelectableByMouse)
        head.setBuddy(text)
        layout.addSpacing(10)
        layout.addWidget(head)
        layout.addWidget(text)

    def _open_help(self) -> None:
        from ui.help.window import show_help

        show_help()


def show_guide(parent: QWidget | None = None, first_run: bool = False) -> FirstRunGuide:
    guide = FirstRunGuide(parent, first_run)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def guide_over(door: QWidget) -> FirstRunGuide | None:
    """The guide on top of the "create" door (unless the door is gone already)."""
    if not isValid(door) or not door.isVisible():
        return None
    guide = show_guide(door, first_run=True)
    passphrase = door.findChild(QWidget, "passphrase")
    if passphrase is not None:
        def back_to_door(_result: int) -> None:  # the keyboard goes on where it is needed
            door.activateWindow()
            passphrase.setFocus()

        guide.finished.connect(back_to_door)
    return guide


class DoorWatcher(QObject):
    """Start-up only: puts the guide over a "create" door, and times the smoke test."""

    def __init__(self, app: QApplication, smoke: bool) -> None:
        super().__init__(app)
        self.app = app
        self.smoke = smoke
        self.first: QWidget | None = None
        # smoke test: called with a "report and quit" callback once the door is painted
        # (the app calls it back when its main window is built); None: quit at once
        self.after_paint: Callable[[Callable[[], None]], object] | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched.objectName() in DOOR_WINDOWS \
                and isinstance(watched, QWidget) and watched.isWindow():
            self._door_shown(watched)
        elif kind == QEvent.Type.Paint and watched is self.first:
            self._painted()
        return False

    def _door_shown(self, door: QWidget) -> None:
        path = getattr(door, "path", None)
        if getattr(door, "creating", False) and isinstance(path, Path) and should_show(path):
            QTimer.singleShot(0, lambda: guide_over(door))
        if self.smoke and self.first is None:
            self.first = door
        elif not self.smoke:
            self.stop()

    def _painted(self) -> None:
        door = self.first
        after = self.after_paint
        self.stop()
        name = door.objectName() if door is not None else "?"
        smoke_report(f"{name} shown")
        if after is None:
            QTimer.singleShot(0, QCoreApplication.quit)
        else:
            after(report_built_and_quit)

    def stop(self) -> None:
        """Start-up is over: stop looking at every event (and let a new watcher start)."""
        self.app.removeEventFilter(self)
        self.first = None
        self.setParent(None)
        self.deleteLater()


def smoke_report(what: str) -> None:
    age = process_age()
    when = f"{age:.3f} s after process start" if age is not None else "(start time unknown)"
    print(f"{SMOKE_ENV}: {what} {when}", flush=True)
    sys.stdout.flush()


def report_built_and_quit() -> None:
    smoke_report("main window built")
    QTimer.singleShot(0, QCoreApplication.quit)


def watch_start_up(app: QApplication) -> DoorWatcher:
    """The start-up watcher, before the app's first door is shown (:func:`ui.app.run`: the
    main window, and so :func:`install`, come after the door and add no other watcher)."""
    app.setProperty(WATCHED_FROM_START, True)
    watcher = app.findChild(DoorWatcher)
    return watcher if watcher is not None else DoorWatcher(
        app, smoke=os.environ.get(SMOKE_ENV) == "1")


def install(host: MenuHost) -> None:
    """Help ▸ Getting started, and the start-up watcher (call before any door opens)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property(WATCHED_FROM_START) \
            and app.findChild(DoorWatcher) is None:
        DoorWatcher(app, smoke=os.environ.get(SMOKE_ENV) == "1")
    window = host.window()
    if window.findChild(QAction, "first_run_action") is not None:
        return  # installed already
    action = QAction(QCoreApplication.translate("HelpMenu", "&Getting started"), window)
    action.setObjectName("first_run_action")
    action.triggered.connect(lambda: show_guide(window, first_run=False))
    host.help_menu().addAction(action)
