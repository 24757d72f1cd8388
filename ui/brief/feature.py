"""The lawyer brief in the main window: "Lawyer brief…" (Ctrl+B) for the open case.

The brief's window and the code that writes the brief are imported when it is first
opened, or after the main window is shown (:data:`ui.startup.WARM_LATER`), not before the
first paint of the case list (issue 18: ~25 ms of the unlock)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from locator.model.cases import Case
from ui.host import Host

WINDOW_MODULE = "ui.brief.window"


def install(host: Host) -> None:
    window = host.window()
    action = QAction(QCoreApplication.translate("BriefWindow", "Lawyer brief…"), window)
    action.setObjectName("brief_action")
    action.setShortcut(QKeySequence("Ctrl+B"))
    action.setEnabled(False)
    host.add_tool_action(action)
    host.name_action("lawyer_brief", action)

    def shown(case: Case | None) -> None:
        action.setEnabled(case is not None and case.id is not None)

    def open_brief() -> None:
        from ui.brief.window import BriefWindow

        case_id = host.current_case_id
        if host.vault is None or case_id is None or not host.resolve_unsaved():
            return
        dialog = BriefWindow(host, case_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def locked() -> None:  # every brief open, not only the last one
        if WINDOW_MODULE not in sys.modules:
            return  # never imported: no brief was ever opened
        from ui.brief.window import BriefWindow

        for dialog in window.findChildren(BriefWindow):
            dialog.clear()
            dialog.close()

    host.case_shown.connect(shown)
    host.locked.connect(locked)
    action.triggered.connect(open_brief)
