"""The current step of the procedure, shown big above the case: what to do now, and why.

Texts of steps come from ``resources/procedure.yaml`` and pass through Qt's
translation with the context ``procedure``. The panel holds case data only
while a case is shown; :meth:`StepPanel.clear` drops it (on lock, and when no
case is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from locator.model.cases import Case, Event, field_info, flat_name
from locator.model.dates import BRUSSELS, utc_now
from locator.procedure.checklist import checked_items, checklist_event
from locator.procedure.guide import Procedure, Progress, Step, load_procedure, next_steps
from locator.storage.vault import Vault
from ui.common.flow import FlowLayout
from ui.common.i18n import core_text, translate
from ui.common.theme import follow, qss, set_sheet, styled
from ui.host import Host

PANEL_STYLE = """
#step_panel { background: $surface; border: 1px solid $surface_border; border-radius: 8px; }
#step_phase { color: $muted; font-weight: bold; }
#step_title { font-size: 20pt; font-weight: bold; color: $text; }
#step_reason { color: $muted; font-style: italic; }
#step_do { font-size: 12pt; color: $text; }
#step_why { color: $muted; }
#step_panel QCheckBox, #step_checklist { color: $text; }
QLabel[caution="true"] { background: $warning_bg; color: $warning_fg;
                         border-left: 4px solid $warning_edge; padding: 4px 8px; }
QPushButton[primary="true"] { font-size: 12pt; font-weight: bold; padding: 6px 14px; }
#procedure_browser_button { color: $link; text-decoration: underline; }
"""


WAIT_RUNNING = ("QLabel { background: $info_bg; color: $info_fg; font-size: 12pt; "
                "padding: 6px 8px; border-radius: 4px; }")
WAIT_OVER = "QLabel { color: $muted; }"


def ptr(text: str) -> str:
    """A text of the procedure file, translated (context ``procedure``)."""
    return QCoreApplication.translate("procedure", text)


def action_text(action: str, window: Host | None = None) -> str:
    """The button text of a step action."""
    fixed = {
        "calling_round": translate("StepPanel", "Call the centres"),
        "email_gvo_alias": translate("StepPanel", "Write the email to GVO"),
        "email_gvo_detained": translate("StepPanel", "Write the email to GVO"),
        "email_gvo_lawyer": translate("StepPanel", "Write the lawyer request to GVO"),
        "email_gvo_outcome": translate("StepPanel", "Write the news to GVO"),
        "email_gvo_flight_support": translate("StepPanel", "Ask GVO for support at the flight"),
        "email_lawyer_flight": translate("StepPanel", "Write to the lawyer now"),
        "log_visit": translate("StepPanel", "Write down a visit"),
        "add_attachment": translate("StepPanel", "Add a photo or scan"),
        "add_note": translate("StepPanel", "Write a note"),
        "record_decision": translate("StepPanel", "Write down a paper they received"),
        "record_deportation_attempt": translate("StepPanel", "Write down a flight or attempt"),
        "lawyer_brief": translate("StepPanel", "Prepare the lawyer brief"),
        "mark_done": translate("StepPanel", "I did this"),
        "mark_skipped": translate("StepPanel", "Skip this step"),
    }
    if action in fixed:
        return fixed[action]
    field = action.removeprefix("edit_field:")
    return translate("StepPanel", "Fill in: {field}").format(field=field_label(field, window))


def field_label(field: str, window: Host | None = None) -> str:
    """The declared label of a case field (as the editor captions it), else the editor
    widget's accessible name, else the field's name."""
    nested = {"lawyer": translate("StepPanel", "the lawyer"),
              "contacts": translate("StepPanel", "people"),
              "decisions": translate("StepPanel", "decisions"),
              "deportation_attempts": translate("StepPanel", "deportation attempts")}
    if field in nested:
        return nested[field]
    info = field_info(field)
    if info is not None and info.label:
        return core_text(info.label)
    caption = None
    if window is not None:
        caption = window.field_caption(field)
        if caption is None:
            caption = window.field_caption(flat_name(field))
    return caption if caption is not None else field.replace("_", " ")


def plain_label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def blank_texts(root: QWidget) -> None:
    """Empty every text a widget and its children hold."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            widget.setText("")
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.clear()
        widget.setToolTip("")


def clear_layout(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            blank_texts(widget)  # it lives on until the next event loop: hold no case data
            widget.setParent(None)  # out of the widget tree now, not at the next event loop
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def duration(delta: timedelta) -> str:
    """``"3 h 05 min"`` / ``"2 days 4 h"``: how long, in plain words."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("StepPanel", "{d} d {h} h").format(d=days, h=hours)
    return translate("StepPanel", "{h} h {m:02d} min").format(h=hours, m=mins)


def local_time(moment: datetime) -> str:
    """"Mon 18 Aug, 11:00", Brussels time, with the app's day and month names."""
    local = moment.astimezone(BRUSSELS)
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)), "ddd d MMM, HH:mm")


class StepPanel(QFrame):
    """The one step to do now for the shown case. Emits :attr:`action` with an action name."""

    action = Signal(str)
    browse = Signal()

    def __init__(self, procedure: Procedure | None = None,
                 now: Callable[[], datetime] = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_panel")
        styled(self, PANEL_STYLE)
        self.procedure = procedure or load_procedure()
        self.now = now
        self.window_ref: Host | None = None
        self.case: Case | None = None
        self.events: list[Event] = []
        self.vault: Vault | None = None
        self.progress: Progress | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.phase = plain_label("step_phase", wrap=False)
        top.addWidget(self.phase, 1)
        self.browse_button = QPushButton(self.tr("See the whole procedure"))
        self.browse_button.setObjectName("procedure_browser_button")
        self.browse_button.setFlat(True)
        self.browse_button.clicked.connect(self.browse)
        top.addWidget(self.browse_button)
        layout.addLayout(top)
        self.title = plain_label("step_title")
        self.reason = plain_label("step_reason")
        self.do = plain_label("step_do")
        self.why = plain_label("step_why")
        self.wait = plain_label("step_wait")
        for widget in (self.title, self.reason, self.do):
            layout.addWidget(widget)
        # the step's buttons right under what to do (its main action stays near the top on
        # a small screen); why, the cautions and the checklist follow
        self.buttons = FlowLayout()  # wraps on a narrow window, never cut off
        layout.addLayout(self.buttons)
        for widget in (self.why, self.wait):
            layout.addWidget(widget)
        self.cautions = QVBoxLayout()
        self.cautions.setSpacing(4)
        layout.addLayout(self.cautions)
        self.checklist_box = QVBoxLayout()
        layout.addLayout(self.checklist_box)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        follow(self, self._show_wait)  # its colours, in a new colour scheme
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the wrapped texts need at this width: the window's layout cannot know
        it (a splitter ignores height-for-width), and a long step must not be squeezed."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(max(self.width(), 1))
            if need != self.minimumHeight():
                self.setMinimumHeight(need)

    # -- data ---------------------------------------------------------------------------------

    def show_case(self, vault: Vault | None, case: Case | None) -> None:
        """Show the step to do now for a saved case; None hides the panel."""
        if vault is None or case is None or case.id is None:
            self.clear()
            return
        self.vault, self.case = vault, case
        self.events = vault.events(case.id)
        self.progress = next_steps(case, self.events, now=self.now(),
                                   procedure=self.procedure)
        self._fill(self.progress)
        self.show()
        self.fit_height()

    def refresh(self) -> None:
        if self.vault is not None and self.case is not None and self.case.id is not None:
            self.show_case(self.vault, self.vault.get_case(self.case.id))

    def clear(self) -> None:
        """Drop every piece of case data (on lock, or when no case is shown)."""
        self.timer.stop()
        self.vault, self.case, self.events, self.progress = None, None, [], None
        for label in (self.phase, self.title, self.reason, self.do, self.why, self.wait):
            label.clear()
        self.wait.hide()
        for layout in (self.cautions, self.checklist_box, self.buttons):
            clear_layout(layout)
        self.hide()

    # -- showing ---------------------------------------------------------------------------------

    def _fill(self, progress: Progress) -> None:
        for layout in (self.cautions, self.checklist_box, self.buttons):
            clear_layout(layout)
        step = progress.current
        reason = self.procedure.reasons.get(progress.reason, "")
        self.reason.setText(ptr(reason) if reason else "")
        if step is None:
            self.phase.setText(self.tr("Nothing to do right now"))
            self.title.setText(self.tr("This case is closed.") if progress.closed
                               else self.tr("Nothing to do right now."))
            self.do.clear()
            self.why.clear()
            self._show_wait()
            return
        phase = self.procedure.phase(step.phase)
        self.phase.setText(self.tr("NOW · {phase}").format(phase=ptr(phase.title)))
        self.title.setText(ptr(step.title))
        self.do.setText(ptr(step.do))
        self.why.setText(self.tr("Why: {why}").format(why=ptr(step.why)))
        for caution in step.cautions:
            label = plain_label(f"caution_{caution.id}")
            label.setProperty("caution", True)
            label.setText("⚠ " + ptr(caution.text))
            self.cautions.addWidget(label)
        self._fill_checklist(step)
        self._fill_buttons(step)
        self._show_wait()

    def _fill_checklist(self, step: Step) -> None:
        if not step.checklist:
            return
        heading = plain_label("step_checklist")
        heading.setText(self.tr("Who did you ask? Tick what you did:"))
        self.checklist_box.addWidget(heading)
        ticked = checked_items(self.events, step.id)
        for item in step.checklist:
            box = QCheckBox(ptr(item.text))
            box.setObjectName(f"check_{item.id}")
            box.setChecked(item.id in ticked)
            box.toggled.connect(lambda _on, s=step: self._save_checklist(s))
            self.checklist_box.addWidget(box)

    def _save_checklist(self, step: Step) -> None:
        if self.vault is None or self.case is None or self.case.id is None:
            return
        ticked = [item.id for item in step.checklist
                  if (box := self.findChild(QCheckBox, f"check_{item.id}")) is not None
                  and box.isChecked()]
        self.events.append(self.vault.add_event(self.case.id, checklist_event(step.id, ticked)))

    def _fill_buttons(self, step: Step) -> None:
        first = True
        for name in step.actions:
            button = QPushButton(action_text(name, self.window_ref))
            button.setObjectName("action_" + name.replace("edit_field:", "edit_"))
            if first and not name.startswith("mark_"):
                button.setProperty("primary", True)
                button.setDefault(True)
                first = False
            button.clicked.connect(lambda _c=False, n=name: self.action.emit(n))
            self.buttons.addWidget(button)

    def _show_wait(self) -> None:
        """While missing: time since the last contact and when 24 hours are reached."""
        progress, case = self.progress, self.case
        if progress is None or case is None or progress.waiting_until is None:
            self.wait.hide()
            self.timer.stop()
            return
        now = self.now()
        since = now - (progress.waiting_until - timedelta(
            hours=self.procedure.waiting_period_hours))
        if now >= progress.waiting_until:
            text = self.tr("Last contact {ago} ago. The 24 hours are over since {when}.")
        else:
            text = self.tr("Last contact {ago} ago. 24 hours are reached on {when}, "
                           "in {left}.")
        self.wait.setText(text.format(ago=duration(since),
                                      when=local_time(progress.waiting_until),
                                      left=duration(progress.waiting_until - now)))
        set_sheet(self.wait, qss(WAIT_OVER if now >= progress.waiting_until else WAIT_RUNNING))
        self.wait.show()
        if now < progress.waiting_until and not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        until = self.progress.waiting_until if self.progress is not None else None
        if until is not None and self.now() >= until:
            self.timer.stop()
            self.refresh()  # the wait is over: the next step opens by itself
        else:
            self._show_wait()
            self.fit_height()
