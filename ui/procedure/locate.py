"""Plugs the guided procedure into the main window: the current step, its actions, the
calling round, the emails, the centre view and readable timeline entries.

Every window of this feature drops its case data when the window locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from locator.brief.emails import ACTIONS
from locator.centres.load import load_centres
from locator.model.cases import LAWYER_COLUMNS, Case
from locator.model.events import StepMarked, record
from locator.procedure.guide import Mark, load_procedure, next_steps
from ui.procedure.browser import ProcedureBrowser
from ui.procedure.calling_round import CallingRound
from ui.procedure.centre_view import CentreView, VisitDialog, centre_action
from ui.procedure.emails_dialog import EmailsDialog
from ui.procedure.step_panel import StepPanel

#: actions other features add to the window, found by objectName; the fallback edits the field
DELEGATED = {"record_decision": "decisions",
             "record_deportation_attempt": "deportation_attempts",
             "lawyer_brief": ""}
ACTION_NAMES = {"lawyer_brief": "brief_action"}
FIELD_WIDGET = {"lawyer": LAWYER_COLUMNS["name"]}


class Locate:
    """The feature's state for one window: its panel and its open dialogs."""

    def __init__(self, window: Any, lang: str = "en") -> None:
        self.window, self.lang = window, lang
        self.procedure = load_procedure()
        self.directory = load_centres()
        self.panel = StepPanel(self.procedure)
        self.panel.window_ref = window
        self.panel.action.connect(self.run)
        self.panel.browse.connect(self.browse)
        self.dialogs: dict[str, QWidget] = {}
        window.add_case_header(self.panel)
        window.case_shown.connect(self.case_shown)
        window.locked.connect(self.locked)
        window.vault_opened.connect(lambda _vault: self.centres_action.setEnabled(True))
        self.centres_action: QAction = centre_action(window)
        self.centres_action.setEnabled(False)
        self.centres_action.triggered.connect(self.open_centres)
        window.add_tool_action(self.centres_action, "view")

    # -- following the window --------------------------------------------------------------

    def case_shown(self, case: Case | None) -> None:
        self.panel.show_case(self.window.vault, case)
        if case is None:
            self._close_case_dialogs()

    def locked(self) -> None:
        self.panel.clear()
        for dialog in list(self.dialogs.values()):
            clear = getattr(dialog, "clear", None)
            if callable(clear):
                clear()
            dialog.close()
            dialog.deleteLater()
        self.dialogs.clear()
        self.centres_action.setEnabled(False)

    def _close_case_dialogs(self) -> None:
        for key in [k for k in self.dialogs if k != "centres"]:
            dialog = self.dialogs.pop(key)
            clear = getattr(dialog, "clear", None)
            if callable(clear):
                clear()
            dialog.close()
            dialog.deleteLater()

    def changed(self) -> None:
        """After something was written to the vault: show the case as stored now."""
        window = self.window
        if window.vault is None:
            return
        window.reload_current_case()
        dialog = self.dialogs.get("round")
        if isinstance(dialog, CallingRound) and window.current_case_id is not None:
            dialog.show_case(window.vault, window.current_case_id)

    # -- actions -------------------------------------------------------------------------------

    def run(self, action: str) -> None:
        """Do one action of the current step."""
        window, case_id = self.window, self.window.current_case_id
        if window.vault is None or case_id is None:
            return
        if action == "calling_round":
            self.open_round(case_id)
        elif action in ACTIONS:
            self.open_email(case_id, action)
        elif action == "log_visit":
            case = window.vault.get_case(case_id)
            dialog = VisitDialog(window, case_id, case.centre)
            dialog.accepted.connect(self.changed)
            self._keep("visit", dialog)
        elif action in ("mark_done", "mark_skipped"):
            step = self.panel.progress.current if self.panel.progress else None
            if step is not None:
                state = Mark.DONE if action == "mark_done" else Mark.SKIPPED
                record(window.vault, case_id, StepMarked(step.id, state))
                self.changed()
        elif action == "add_attachment":
            window.editor.tabs.setCurrentWidget(window.attachments)
            window.attachments.add_file()
        elif action == "add_note":
            window.editor.tabs.setCurrentWidget(window.timeline)
            window.timeline.note.setFocus()
        elif action in DELEGATED:
            found = window.findChild(QAction, ACTION_NAMES.get(action, action))
            if found is not None and found.isEnabled():
                found.trigger()
            elif DELEGATED[action]:
                window.editor.focus_field(DELEGATED[action])
        elif action.startswith("edit_field:"):
            field = action.removeprefix("edit_field:")
            window.editor.focus_field(FIELD_WIDGET.get(field, field))

    def _keep(self, key: str, dialog: QWidget) -> None:
        old = self.dialogs.pop(key, None)
        if old is not None and old is not dialog:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()

    def open_round(self, case_id: int) -> CallingRound:
        dialog = self.dialogs.get("round")
        if not isinstance(dialog, CallingRound):
            dialog = CallingRound(self.window, self.lang, self.directory)
            dialog.changed.connect(self.changed)
            dialog.request.connect(self.run)
        dialog.show_case(self.window.vault, case_id)
        self._keep("round", dialog)
        return dialog

    def open_email(self, case_id: int, action: str) -> EmailsDialog | None:
        if not self.window.resolve_unsaved():  # consent typed but not saved must count
            return None
        dialog = EmailsDialog(self.window, case_id, action)
        dialog.sent.connect(self.changed)
        self._keep("email", dialog)
        return dialog

    def browse(self) -> None:
        window, case_id = self.window, self.window.current_case_id
        if window.vault is None or case_id is None:
            return
        dialog = self.dialogs.get("browser")
        if not isinstance(dialog, ProcedureBrowser):
            dialog = ProcedureBrowser(self.procedure, window)
            dialog.changed.connect(self._browser_marked)
        dialog.show_progress(window.vault, case_id, next_steps(
            window.vault.get_case(case_id), window.vault.events(case_id),
            procedure=self.procedure))
        self._keep("browser", dialog)

    def _browser_marked(self) -> None:
        self.changed()
        if self.window.current_case_id is not None:
            self.browse()

    def open_centres(self) -> CentreView | None:
        if self.window.vault is None:
            return None
        dialog = self.dialogs.get("centres")
        if not isinstance(dialog, CentreView):
            dialog = CentreView(self.window, self.lang, self.directory)
            dialog.changed.connect(self.changed)
        dialog.show_vault(self.window.vault)
        self._keep("centres", dialog)
        return dialog



def install(window: Any) -> Locate:
    """Add the procedure to a main window (called once, before any vault is opened)."""
    feature = Locate(window, getattr(window, "lang", "en"))
    window.locate = feature  # keeps it alive with the window; tests reach it here
    return feature


__all__ = ["Locate", "install"]
