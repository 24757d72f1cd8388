"""Desktop notifications for deadlines, while the vault is open.

A notification may show on a locked screen or be seen by others, so it never
carries a name or any case data: only "A deadline needs attention" and how to
see which. What was already shown is kept in memory only and forgotten on lock.
Without a system tray (e.g. the offscreen platform), the message goes to the
main window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from locator.deadlines.alerts import Alert, alerts_due
from locator.model.dates import utc_now
from ui.common.i18n import translate
from ui.host import Host

CHECK_MS = 60_000
STARTUP_DELAY_MS = 1_500  # let the window appear first
SHOW_MS = 15_000



def alert_message(alerts: list[Alert]) -> tuple[str, str]:
    """Title and body of a notification: a count and a hint, nothing about any case."""
    count = len(alerts)
    title = (translate("Notifier", "A deadline needs attention") if count == 1
             else translate("Notifier", "{n} deadlines need attention").format(n=count))
    body = translate("Notifier", "Open Locator to see which.")
    if any(alert.conditional for alert in alerts):
        body += " " + (
            translate("Notifier", "It may apply only in certain cases — the lawyer decides.")
            if count == 1 else
            translate("Notifier", "Some may apply only in certain cases — the lawyer decides."))
    return title, body


class DeadlineNotifier(QObject):
    """``deadline_notifier``: checks every minute while a vault is open."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("deadline_notifier")
        self.host = host
        self.clock: Callable[[], datetime] = utc_now
        self.sent: set[tuple[int, str]] = set()  # in memory only
        self.shown: list[tuple[str, str]] = []  # the last messages (title, body): for tests
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()

    def _make_tray(self) -> QSystemTrayIcon:
        icon = self.host.window().windowIcon()
        if icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("deadline_tray")
        tray.setToolTip("Locator")
        menu = QMenu()
        show = menu.addAction(translate("Notifier", "Show Locator"))
        show.triggered.connect(self.show_window)
        self.lock_entry = menu.addAction(translate("Notifier", "Lock"))
        self.lock_entry.triggered.connect(self.host.lock_action.trigger)
        self._menu = menu  # a QMenu cannot have a QObject parent that is not a widget
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.show_window())
        tray.messageClicked.connect(self.show_window)
        tray.show()
        return tray

    def show_window(self) -> None:
        if self.host.vault is None:
            return  # locked: the unlock window is already showing
        window = self.host.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def opened(self, _vault: object = None) -> None:
        self.sent.clear()
        self.shown.clear()
        self.timer.start()
        if self.tray is not None:
            self.lock_entry.setEnabled(True)
        QTimer.singleShot(STARTUP_DELAY_MS, self, self.check)

    def locked(self) -> None:
        self.timer.stop()
        self.sent.clear()
        self.shown.clear()
        if self.tray is not None:
            self.lock_entry.setEnabled(False)

    def check(self) -> list[Alert]:
        vault = self.host.vault
        if vault is None:
            return []
        alerts = alerts_due(vault.deadlines(open_only=True), self.clock(), self.sent)
        if not alerts:
            return []
        self.sent.update((alert.deadline_id, alert.threshold.value) for alert in alerts)
        title, body = alert_message(alerts)
        self.shown.append((title, body))
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, SHOW_MS)
        else:
            self.host.show_status(f"{title}. {body}", SHOW_MS)
        QApplication.alert(self.host.window())
        return alerts


def install(host: Host, filed: SignalInstance | None = None) -> DeadlineNotifier:
    """``filed``: emitted when a deadline was filed or set aside (the deadlines panel's
    ``changed``): check again then."""
    notifier = DeadlineNotifier(host)
    host.vault_opened.connect(notifier.opened)
    host.locked.connect(notifier.locked)
    if filed is not None:
        filed.connect(lambda _changes: notifier.check())
    return notifier
