"""Plugs the guided procedure into the main window: the current step, its actions, the
calling round, the emails, the centre view and readable timeline entries.

Every window of this feature drops its case data when the window locks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from locator.centres.load import load_centres
from locator.model.cases import LAWYER_COLUMNS, Case
from locator.model.events import Mark, StepMarked
from locator.procedure.guide import load_procedure, next_steps
from ui.host import ActionName, Host
from ui.ops import Changes, record_event
from ui.procedure.browser import ProcedureBrowser
from ui.procedure.centre_view import CentreView, VisitDialog, centre_action
from ui.procedure.step_panel import StepPanel

if TYPE_CHECKING:  # imported when first opened (the window paints sooner: issue 18)
    from ui.procedure.calling_round import CallingRound
    from ui.procedure.emails_dialog import EmailsDialog

#: step actions done by other features' actions (named on the host), each with its fallback
#: field to edit (none: nothing)
DELEGATED: dict[str, tuple[ActionName | None, str]] = {
    "record_decision": ("record_decision", "decisions"),
    "record_deportation_attempt": (None, "deportation_attempts"),
    "lawyer_brief": ("lawyer_brief", "")}
FIELD_WIDGET = {"lawyer": LAWYER_COLUMNS["name"]}


class Locate:
    """The feature's state for one window: its panel and its open dialogs."""

    def __init__(self, host: Host, lang: str = "en") -> None:
        self.window, self.lang = host, lang
        self.procedure = load_procedure()
        self.directory = load_centres()
        self.panel = StepPanel(self.procedure)
        self.panel.window_ref = host
        self.panel.action.connect(self.run)
        self.panel.browse.connect(self.browse)
        self.dialogs: dict[str, QWidget] = {}
        host.add_case_header(self.panel)
        host.case_shown.connect(self.case_shown)
        host.changed.connect(self.refresh)
        host.locked.connect(self.locked)
        host.vault_opened.connect(lambda _vault: self.centres_action.setEnabled(True))
        self.centres_action: QAction = centre_action(host.window())
        self.centres_action.setEnabled(False)
        self.centres_action.triggered.connect(self.open_centres)
        host.add_tool_action(self.centres_action, "view")

    # -- following the window --------------------------------------------------------------

    def case_shown(self, case: Case | None) -> None:
        self.panel.show_case(self.window.vault, case)
        if case is None:
            self._close_case_dialogs()

    def refresh(self, changes: Changes) -> None:
        """After a write: the current step and the calling round, as stored now."""
        window, case_id = self.window, self.window.current_case_id
        if window.vault is None or case_id is None or not changes.touches(case_id):
            return
        if changes.timeline or changes.case:
            self.panel.show_case(window.vault, window.current_case)
        dialog = self.dialogs.get("round")
        if dialog is not None:  # the calling round is open (so imported already)
            from ui.procedure.calling_round import CallingRound

            if isinstance(dialog, CallingRound):
                dialog.show_case(window.vault, case_id)

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

    def _report(self, changes: Callable[[int], Changes]) -> Callable[[], None]:
        """A slot for a dialog's "written" signal: report ``changes`` of the current case."""
        def report() -> None:
            case_id = self.window.current_case_id
            self.window.report(changes(case_id) if case_id is not None
                               else Changes(case_list=True))
        return report

    # -- actions -------------------------------------------------------------------------------

    def run(self, action: str) -> None:
        """Do one action of the current step."""
        window, case_id = self.window, self.window.current_case_id
        if window.vault is None or case_id is None:
            return
        if action == "calling_round":
            self.open_round(case_id)
        elif action in email_actions():
            self.open_email(case_id, action)
        elif action == "log_visit":
            case = window.vault.get_case(case_id)
            dialog = VisitDialog(window, case_id, case.centre)
            dialog.accepted.connect(self._report(Changes.everything))
            self._keep("visit", dialog)
        elif action in ("mark_done", "mark_skipped"):
            step = self.panel.progress.current if self.panel.progress else None
            if step is not None:
                state = Mark.DONE if action == "mark_done" else Mark.SKIPPED
                marked = StepMarked(step.id, state)
                window.run(lambda vault: record_event(vault, case_id, marked))
        elif action == "add_attachment":
            window.add_attachment()
        elif action == "add_note":
            window.add_note()
        elif action in DELEGATED:
            name, field = DELEGATED[action]
            found = window.named_action(name) if name is not None else None
            if found is not None and found.isEnabled():
                found.trigger()
            elif field:
                window.focus_field(field)
        elif action.startswith("edit_field:"):
            field = action.removeprefix("edit_field:")
            window.focus_field(FIELD_WIDGET.get(field, field))

    def _keep(self, key: str, dialog: QWidget) -> None:
        old = self.dialogs.pop(key, None)
        if old is not None and old is not dialog:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()

    def open_round(self, case_id: int) -> CallingRound:
        from ui.procedure.calling_round import CallingRound

        vault = self.window.vault
        assert vault is not None  # asked for from a case shown, so unlocked
        dialog = self.dialogs.get("round")
        if not isinstance(dialog, CallingRound):
            dialog = CallingRound(self.window, self.lang, self.directory)
            # a call recorded, and the case located when found
            dialog.changed.connect(self._report(Changes.everything))
            dialog.request.connect(self.run)
        dialog.show_case(vault, case_id)
        self._keep("round", dialog)
        return dialog

    def open_email(self, case_id: int, action: str) -> EmailsDialog | None:
        if not self.window.resolve_unsaved():  # consent typed but not saved must count
            return None
        from ui.procedure.emails_dialog import EmailsDialog

        dialog = EmailsDialog(self.window, case_id, action)
        dialog.sent.connect(self._report(Changes.events))
        self._keep("email", dialog)
        return dialog

    def browse(self) -> None:
        window, case_id = self.window, self.window.current_case_id
        if window.vault is None or case_id is None:
            return
        dialog = self.dialogs.get("browser")
        if not isinstance(dialog, ProcedureBrowser):
            dialog = ProcedureBrowser(self.procedure, window.window())
            dialog.changed.connect(self._browser_marked)
        dialog.show_progress(window.vault, case_id, next_steps(
            window.vault.get_case(case_id), window.vault.events(case_id),
            procedure=self.procedure))
        self._keep("browser", dialog)

    def _browser_marked(self) -> None:
        self._report(Changes.events)()
        if self.window.current_case_id is not None:
            self.browse()

    def open_centres(self) -> CentreView | None:
        if self.window.vault is None:
            return None
        dialog = self.dialogs.get("centres")
        if not isinstance(dialog, CentreView):
            dialog = CentreView(self.window, self.lang, self.directory)
            # visits logged there, for any case
            dialog.changed.connect(lambda: self.window.report(Changes.everything()))
        dialog.show_vault(self.window.vault)
        self._keep("centres", dialog)
        return dialog



def install(host: Host) -> Locate:
    """Add the procedure to a main window (called once, before any vault is opened). The
    caller keeps the feature alive (:mod:`ui.features`: on the window)."""
    return Locate(host, host.lang)


__all__ = ["Locate", "install"]


def email_actions() -> frozenset[str]:
    """The step actions that write an e-mail (:data:`locator.brief.emails.ACTIONS`)."""
    from locator.brief.emails import ACTIONS

    return frozenset(ACTIONS)
