"""Help's "what if" calculator: choose a decision, how it was given, the answers to its
questions and a notification date — past or future — and see which timers it would start
and their last days. Nothing is saved; a date in the future is marked "hypothetical"
(``compute_due(..., allow_future=True)``, as ``locator deadline`` does). Recording a
decision still refuses a future date.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.counting import START_OF_DAY_NOTE, Due, compute_due
from locator.deadlines.rules import Counting, DueKind, Rule, load_rules
from locator.deadlines.table import (
    QUESTION_TEXTS,
    QUESTIONS,
    counted_from,
    questions_for,
    timers_for,
)
from locator.model.cases import Decision, DecisionKind, NotificationMethod, Tristate
from locator.model.errors import LocatorError
from ui.common.dates import DateField
from ui.common.i18n import core_text, error_text, translate
from ui.common.labels import enum_labels

_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
e = html.escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatIf", text)


def result_text(due: Due) -> str:
    """One timer's end in words: "last day Monday 14 December 2026, until 24:00"."""
    from ui.deadlines.text import long_date

    if due.kind is DueKind.NEXT_FILING:
        text = translate("WhatIf", "can be filed from {date}").format(
            date=long_date(due.due))
    elif due.kind is DueKind.INDICATIVE:
        text = translate("WhatIf", "maximum reached on {date}").format(
            date=long_date(due.due))
    elif due.counting is Counting.HOURS and due.ends_at is not None:
        local = due.ends_at.astimezone(due.notified.tzinfo)
        text = translate("WhatIf", "ends {date} at {time}").format(
            date=long_date(local.date()), time=f"{local.hour:02d}:{local.minute:02d}")
    else:
        text = translate("WhatIf", "last day {date}, until 24:00").format(
            date=long_date(due.due))
    if due.rolled_over:
        text += " " + translate(
            "WhatIf", "(moved forward from {date}, not a working day)").format(
            date=long_date(due.naive_last_day))
    if due.counted_from_start_of_day:
        text += " " + core_text(START_OF_DAY_NOTE)
    return text


class WhatIf(QWidget):
    """The calculator page of Help (objectName ``help_what_if``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_what_if")
        intro = QLabel(self.tr("Try a decision to see which timers it starts and their last "
                               "days. Nothing is saved. A date in the future gives a "
                               "hypothetical result, to plan ahead."))
        intro.setWordWrap(True)
        self.kind = self._choice("what_if_kind", DecisionKind)
        self.annexe = QLineEdit()
        self.annexe.setObjectName("what_if_annexe")
        self.annexe.setPlaceholderText(self.tr("e.g. 13septies, 26quater"))
        self.method = self._choice("what_if_method", NotificationMethod)
        self.questions = {name: self._choice(f"what_if_{name}", Tristate) for name in QUESTIONS}
        self.day = DateField("what_if_date")
        self.clock = QLineEdit()
        self.clock.setObjectName("what_if_time")
        self.clock.setPlaceholderText(self.tr("HH:MM — empty: time not known"))
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.kind)
        form.addRow(self.tr("Annexe number"), self.annexe)
        form.addRow(self.tr("How it was given"), self.method)
        for name, combo in self.questions.items():
            caption = QLabel(core_text(QUESTION_TEXTS[name]))
            caption.setWordWrap(True)
            form.addRow(caption, combo)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Time (optional)"), self.clock)
        self.form = form
        self.count = QPushButton(self.tr("Count"))
        self.count.setObjectName("what_if_count")
        self.count.clicked.connect(self.compute)
        self.result = QTextBrowser()
        self.result.setObjectName("what_if_result")
        self.result.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result, 1)
        self.kind.currentIndexChanged.connect(self.update_questions)
        self.annexe.textChanged.connect(self.update_questions)
        self.update_questions()

    def _choice(self, name: str, kind: type) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in enum_labels(kind).items():
            combo.addItem(text, value)
        combo.setCurrentIndex(-1)  # nothing preselected
        return combo

    def asked(self) -> tuple[str, ...]:
        kind = self.kind.currentData()
        return () if kind is None else questions_for(DecisionKind(kind), self.annexe.text())

    def update_questions(self) -> None:
        asked = self.asked()
        for name, combo in self.questions.items():
            self.form.setRowVisible(combo, name in asked)

    def moment(self) -> datetime | date | None:
        """The date and time typed (a date alone: time not known); None if not usable."""
        day, clock = self.day.day(), self.clock.text().strip()
        if day is None:
            return None
        if not clock:
            return day
        found = _CLOCK.fullmatch(clock)
        return None if found is None else datetime.combine(
            day, time(int(found[1]), int(found[2])))

    def compute(self) -> None:
        """Show the timers of the decision described, or what is missing."""
        from ui.deadlines.text import basis_html, conditional_line, rule_title

        kind, method = self.kind.currentData(), self.method.currentData()
        missing = [text for text, value in ((self.tr("the decision"), kind),
                                            (self.tr("how it was given"), method))
                   if value is None]
        missing += [self.tr("the answer to each question") for name in self.asked()
                    if self.questions[name].currentData() is None][:1]
        moment = self.moment()
        if moment is None:
            missing.append(self.tr("a date (YYYY-MM-DD; a time as HH:MM, or none)"))
        if missing:
            self.result.setHtml("<p>" + e(self.tr("To count, give: {what}.").format(
                what=", ".join(missing))) + "</p>")
            return
        assert moment is not None
        decision = Decision(kind=DecisionKind(kind), annexe=self.annexe.text(),
                            notification_method=NotificationMethod(method))
        for name in self.asked():
            setattr(decision, name, Tristate(self.questions[name].currentData()))
        out: list[str] = []
        hypothetical = False
        elsewhere = counted_from(decision)
        for rule_id, conditional in timers_for(decision):
            if rule_id in elsewhere:  # a maximum counted from the detention decision
                out.append(f"<p><b>{e(rule_title(_rule(rule_id)))}</b>: " + e(self.tr(
                    "counted from the detention decision this one extends, not from this "
                    "date. In a case, Locator counts it once that detention decision is "
                    "recorded; the Deadlines page of Help shows worked examples.")) + "</p>")
                continue
            try:
                due = compute_due(rule_id, moment, decision.notification_method,
                                  allow_future=True)
            except LocatorError as err:
                out.append(f"<p><b>{e(rule_title(_rule(rule_id)))}</b>: {e(error_text(err))}"
                           "</p>")
                continue
            hypothetical = hypothetical or due.hypothetical
            line = f"<p><b>{e(rule_title(_rule(rule_id)))}</b>: {e(result_text(due))}"
            if conditional:
                line += "<br><i>" + e(conditional_line()) + "</i>"
            line += f"<br><small>{basis_html(_rule(rule_id))}</small></p>"
            out.append(line)
        head = ""
        if hypothetical:
            head = ("<p><b>" + e(self.tr("HYPOTHETICAL: this date is in the future. This is "
                                         "a plan, not a running deadline.")) + "</b></p>")
        if not out:
            out.append("<p>" + e(self.tr("This decision starts no timer in Locator. Ask a "
                                         "lawyer what applies.")) + "</p>")
        self.result.setHtml(head + "".join(out) + "<p>" + e(self.tr(
            "An alarm, not legal advice: confirm with a lawyer today.")) + "</p>")


def _rule(rule_id: str) -> Rule:
    return load_rules()[rule_id]
