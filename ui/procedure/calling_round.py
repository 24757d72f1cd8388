"""The calling round: Caricole first, then every other centre, each answer on the timeline.

The three things a centre asks (LAST NAME, first name, nationality) are shown
big, ready to read out. Each answer is a ``call`` event
``{"centre", "number", "answer"}``; "found" also sets the case to detained at
that centre, since today, in the same click. A "Call" button shows the number in
a :class:`~ui.procedure.phone_dialog.PhoneDialog` (big, with Copy): no ``tel:`` link goes to
another program.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from locator.centres.fit import PersonRound, case_round
from locator.centres.load import Centre, CentreDirectory, Holds, Kind, load_centres
from locator.model.cases import Case, Event, EventKind, Sex, Status, Tristate
from locator.model.countries import country_name
from locator.model.dates import today_brussels
from locator.model.events import Answer, CallMade, record
from locator.procedure.events import data_text, effective_events
from locator.procedure.guide import (
    RoundState,
    calling_round_state,
    load_procedure,
    round_state,
)
from locator.procedure.visits import HELD
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.i18n import translate
from ui.common.screens import fit_to_screen
from ui.common.theme import styled
from ui.host import Host
from ui.procedure.phone_dialog import PhoneDialog
from ui.procedure.sources import day_words, phone_name, said_by, sources_tooltip
from ui.procedure.step_panel import clear_layout, field_label, local_time, plain_label, ptr

STYLE = """
#read_out { background: $readout_bg; border-radius: 8px; }
#read_out QLabel { color: $readout_fg; }
QLabel[readout="label"] { font-size: 11pt; color: $readout_label; }
QLabel[readout="value"] { font-size: 22pt; font-weight: bold; }
QLabel[readout="missing"] { font-size: 14pt; color: $readout_missing; }
#round_status { font-size: 13pt; font-weight: bold; padding: 6px; border-radius: 4px;
                background: $info_bg; color: $info_fg; }
#round_warning { background: $warning_bg; color: $warning_fg;
                 border-left: 4px solid $warning_edge; padding: 4px 8px; }
QFrame[card="true"] { border: 1px solid $card_border; border-radius: 6px;
                      background: $card_bg; }
QFrame[next="true"] { border: 2px solid $next_border; background: $next_bg; }
QFrame[card="true"] QLabel { color: $text; }
QLabel[lastanswer="true"] { font-weight: bold; color: $text; }
QPushButton[answer="found"] { font-weight: bold; color: $ok; }
QLabel[readout="other"] { font-size: 11pt; color: $readout_label; }
QLabel[cardtitle="true"] { font-size: 13pt; font-weight: bold; color: $text; }
QFrame[card="true"] QLabel[muted="true"], QLabel[muted="true"] { color: $muted; }
"""


def answer_labels() -> dict[Answer, str]:
    return {Answer.FOUND: translate("CallingRound", "Found ✓"),
            Answer.NOT_FOUND: translate("CallingRound", "Not found"),
            Answer.NO_ANSWER: translate("CallingRound", "No answer"),
            Answer.REFUSED: translate("CallingRound", "Refused to say"),
            Answer.CALL_BACK: translate("CallingRound", "Call back later")}


def who_words(person: PersonRound) -> str:
    """Whom the list is for, in plain words."""
    if Holds.FAMILIES in person.who:
        return translate("CallingRound", "Families with children under 18 are held in the "
                                         "family units: these come first.")
    if person.who == {Holds.MEN}:
        return translate("CallingRound", "The places that hold men.")
    if person.who == {Holds.WOMEN}:
        return translate("CallingRound", "The places that hold women.")
    return translate("CallingRound", "The case does not say whether they are a man or a "
                                     "woman: the closed centres are shown.")


def folded_words(folded: tuple[Centre, ...], lang: str) -> str:
    """``Show the 5 other places (family units)``."""
    names = [c.display_name(lang) for c in folded if c.kind is not Kind.FAMILY_UNITS]
    if any(c.kind is Kind.FAMILY_UNITS for c in folded):
        names.append(translate("CallingRound", "family units"))
    if len(folded) == 1:
        return translate("CallingRound", "Show the other place ({what})").format(
            what=", ".join(names))
    return translate("CallingRound", "Show the {n} other places ({what})").format(
        n=len(folded), what=", ".join(names))


class CallingRound(QDialog):
    """One case's calling round. Emits :attr:`changed` after anything was recorded."""

    changed = Signal()
    request = Signal(str)  # an action of the procedure asked for from here (email GVO)

    def __init__(self, window: Host, lang: str = "en", directory: CentreDirectory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window.window())
        self.setObjectName("calling_round")
        self.setWindowTitle(self.tr("Call the centres"))
        styled(self, STYLE)
        self.main, self.lang = window, lang
        self.directory = directory or load_centres()
        self.centres: tuple[Centre, ...] = ()  # the places shown for this person
        self.person: PersonRound | None = None
        self.expanded = False  # the other places shown
        self.others_open: set[str] = set()  # centres whose other numbers are shown
        self.vault: Vault | None = None
        self.case: Case | None = None
        self.chosen: dict[str, str] = {}  # centre id → the number last opened
        self.phone: PhoneDialog | None = None  # the number being called, shown big
        layout = QVBoxLayout(self)
        self.read_out = QFrame()
        self.read_out.setObjectName("read_out")
        self.read_grid = QGridLayout(self.read_out)
        self.read_grid.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.read_out)
        self.who = plain_label("round_who")
        self.who_row = QHBoxLayout()
        self.who_row.addWidget(self.who, 1)
        layout.addLayout(self.who_row)
        self.status = plain_label("round_status")
        layout.addWidget(self.status)
        self.next_row = QHBoxLayout()
        layout.addLayout(self.next_row)
        self.warning = plain_label("round_warning")
        layout.addWidget(self.warning)
        self.cards_widget = QWidget()
        self.cards = QVBoxLayout(self.cards_widget)
        scroll = named(QScrollArea(), self.tr("Centres to call"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_widget)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        saved = plain_label("round_done_hint")
        saved.setText(self.tr("Each answer is saved when you press it. Done closes this "
                              "window and writes nothing else."))
        saved.setProperty("muted", True)
        bottom.addWidget(saved, 1)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("round_done")
        self.done_button.clicked.connect(self.close)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)
        fit_to_screen(self, 900, 860)

    # -- data -------------------------------------------------------------------------------

    def show_case(self, vault: Vault, case_id: int) -> None:
        self.vault = vault
        self.case = vault.get_case(case_id)
        self.person = case_round(self.directory, self.case)
        self.centres = self.person.shown
        events = vault.events(case_id)
        self._fill_read_out(self.case)
        self._fill_who(self.case, self.person)
        self._fill_status(self.case, events)
        clear_layout(self.cards)
        latest = self._latest_calls(events)
        states = calling_round_state(events, [c.id for c in self.centres])
        located = self.case.status in HELD and bool(self.case.centre)
        upcoming = None if located else next((s.centre for s in states if s.to_call), None)
        for number, centre in enumerate(self.centres, start=1):
            card = self._card(number, centre, latest.get(centre.id))
            card.setProperty("next", centre.id == upcoming)
            self.cards.addWidget(card)
        folded = self.person.folded
        if folded:
            more = QPushButton()
            more.setObjectName("round_more")
            more.setCheckable(True)
            more.setChecked(self.expanded)
            more.setText(self.tr("Hide the other places") if self.expanded
                         else folded_words(folded, self.lang))
            more.toggled.connect(self._toggle_more)
            row = QHBoxLayout()
            row.addWidget(more)
            row.addStretch()
            self.cards.addLayout(row)
            box = QWidget()
            box.setObjectName("round_folded")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            hint = plain_label("round_folded_hint")
            hint.setProperty("muted", True)
            hint.setText(self.tr("By what the centres publish, these places do not hold "
                                 "people like them, or the case does not say enough to know. "
                                 "Call them if the others have not found them."))
            inner.addWidget(hint)
            for number, centre in enumerate(folded, start=len(self.centres) + 1):
                inner.addWidget(self._card(number, centre, latest.get(centre.id)))
            self.cards.addWidget(box)
            box.setVisible(self.expanded)  # after it has its parent (setParent hides)
        self.cards.addStretch()

    def _toggle_more(self, checked: bool) -> None:
        self.expanded = checked
        if self.vault is not None and self.case is not None and self.case.id is not None:
            self.show_case(self.vault, self.case.id)

    def _toggle_others(self, centre_id: str, checked: bool) -> None:
        box = self.cards_widget.findChild(QWidget, f"others_box_{centre_id}")
        if checked:
            self.others_open.add(centre_id)
        else:
            self.others_open.discard(centre_id)
        if box is not None:
            box.setVisible(checked)

    def clear(self) -> None:
        """Drop the case (on lock)."""
        self.vault, self.case, self.chosen = None, None, {}
        self._close_phone()
        clear_layout(self.read_grid)
        clear_layout(self.next_row)
        clear_layout(self.cards)
        self._clear_who()
        self.status.clear()
        self.warning.clear()

    def answer(self, centre_id: str, answer: Answer) -> None:
        """Record what a centre said; "found" also locates the case there."""
        case = self.case
        if self.vault is None or case is None or case.id is None:
            return
        number = self.chosen.get(centre_id, "")  # only a number shown here is known to be used
        record(self.vault, case.id, CallMade(centre_id, number, answer))
        if answer is Answer.FOUND:
            self._locate(case.id, centre_id)
        self.show_case(self.vault, case.id)
        self.changed.emit()

    def _locate(self, case_id: int, centre_id: str) -> None:
        if self.vault is None or not self.main.resolve_unsaved():
            return
        case = self.vault.get_case(case_id)
        case.status, case.centre, case.centre_since = Status.DETAINED, centre_id, today_brussels()
        self.vault.save_case(case)

    def call(self, centre_id: str, e164: str) -> None:
        """Show the number to dial (nothing is handed to another program)."""
        self.chosen[centre_id] = e164
        centre = self.directory.get(centre_id)
        shown = next((p.display for p in centre.phone_lines() if p.e164 == e164), e164)
        if self.phone is None:
            self.phone = PhoneDialog(self)
        self.phone.show_number(centre.display_name(self.lang), shown, e164)

    def _close_phone(self) -> None:
        if self.phone is not None:
            self.phone.clear()
            self.phone.close()

    # -- building ---------------------------------------------------------------------------

    def _fill_read_out(self, case: Case) -> None:
        clear_layout(self.read_grid)
        heading = plain_label("read_out_heading")
        heading.setText(self.tr("They will ask for these three things. Read them out exactly:"))
        heading.setProperty("readout", "label")
        self.read_grid.addWidget(heading, 0, 0, 1, 3)
        rows = (("registered_last_name", self.tr("LAST NAME"), case.registered_last_name.upper()),
                ("registered_first_name", self.tr("First name"), case.registered_first_name),
                ("nationality_recorded", self.tr("Nationality"),
                 country_name(case.nationality_recorded, self.lang)))
        for row, (field, title, value) in enumerate(rows, start=1):
            name = plain_label(f"read_{field}_label", wrap=False)
            name.setText(title)
            name.setProperty("readout", "label")
            shown = plain_label(f"read_{field}")
            shown.setText(value or self.tr("not known yet"))
            shown.setProperty("readout", "value" if value else "missing")
            self.read_grid.addWidget(name, row, 0)
            self.read_grid.addWidget(shown, row, 1)
            if field == "nationality_recorded" and value:
                other = plain_label("read_nationality_other")
                other.setProperty("readout", "other")
                names = [(self.tr("In French"), country_name(case.nationality_recorded, "fr")),
                         (self.tr("In Dutch"), country_name(case.nationality_recorded, "nl"))]
                other.setText("  ·  ".join(f"{code}: {text}" for code, text in names))
                self.read_grid.addWidget(other, row + 1, 1)
            if not value:
                fill = QPushButton(self.tr("Fill in"))
                fill.setObjectName(f"fill_{field}")
                fill.clicked.connect(lambda _c=False, f=field: self._fill_in(f))
                self.read_grid.addWidget(fill, row, 2)
        self.read_grid.setColumnStretch(1, 1)

    def _fill_in(self, field: str) -> None:
        self.close()
        self.main.focus_field(field)

    def _clear_who(self) -> None:
        while self.who_row.count() > 1:
            item = self.who_row.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.who.clear()

    def _fill_who(self, case: Case, person: PersonRound) -> None:
        self._clear_who()
        self.who.setText(who_words(person))
        missing = []
        if case.sex is Sex.UNKNOWN and case.with_children is not Tristate.YES:
            missing.append("sex")
        if case.with_children is Tristate.UNKNOWN:
            missing.append("with_children")
        for field in missing:
            fill = QPushButton(self.tr("Fill in: {field}").format(
                field=field_label(field, self.main)))
            fill.setObjectName(f"fill_{field}")
            fill.clicked.connect(lambda _c=False, f=field: self._fill_in(f))
            self.who_row.addWidget(fill)

    def _fill_status(self, case: Case, events: list[Event]) -> None:
        clear_layout(self.next_row)
        ids = [c.id for c in self.centres]
        state = round_state(events, ids)
        names = {c.id: c.display_name(self.lang) for c in self.directory.centres}
        caution = next((c for c in load_procedure().cautions if c.id == "social-worker"), None)
        self.warning.setText("⚠ " + self.tr("“Not found” at Caricole does not mean they are not "
                                            "held: call every centre.")
                             + (f"\n⚠ {ptr(caution.text)}" if caution else ""))
        if case.status in HELD and case.centre:
            since = day_words(case.centre_since) if case.centre_since else "?"
            text = self.tr("Found: held at {centre} since {since}. The case says so now; "
                           "you do not need to call the other centres.").format(
                centre=names.get(case.centre, case.centre), since=since)
        elif state is RoundState.NOT_STARTED:
            text = self.tr("Start with Caricole. Then call every other centre, one by one.")
        elif state is RoundState.IN_PROGRESS:
            states = calling_round_state(events, ids)
            answered = sum(1 for s in states if not s.to_call)
            todo = next(s.centre for s in states if s.to_call)
            text = self.tr("{n} of {total} centres answered. Next: {centre}.").format(
                n=answered, total=len(ids), centre=names.get(todo, todo))
        elif state is RoundState.FOUND:
            text = self.tr("A centre said they hold them. Write it in the case.")
        else:
            text = (self.tr("Every centre said “not found”.") if state is RoundState.ALL_NOT_FOUND
                    else self.tr("Every centre answered; none said they hold them, some would "
                                 "not say."))
            text += " " + self.tr("This does not mean they are free. Wait a day and call "
                                  "again, and email GVO: they compare calls and may know more.")
            button = QPushButton(self.tr("Write the email to GVO"))
            button.setObjectName("round_email_gvo")
            button.clicked.connect(lambda: self.request.emit("email_gvo_alias"))
            self.next_row.addWidget(button)
            self.next_row.addStretch()
        self.status.setText(text)

    @staticmethod
    def _latest_calls(events: list[Event]) -> dict[str, tuple[Event, int]]:
        latest: dict[str, tuple[Event, int]] = {}
        for event in effective_events(events):
            centre = data_text(event.data, "centre") if event.kind is EventKind.CALL else None
            if centre is not None:
                latest[centre] = (event, latest.get(centre, (event, 0))[1] + 1)
        return latest

    def _card(self, number: int, centre: Centre, latest: tuple[Event, int] | None) -> QFrame:
        card = QFrame()
        card.setObjectName(f"centre_{centre.id}")
        card.setProperty("card", True)
        layout = QVBoxLayout(card)
        top = QHBoxLayout()
        title = plain_label(f"title_{centre.id}", wrap=False)
        title.setProperty("cardtitle", True)
        first = " — " + self.tr("call first") if number == 1 else ""
        title.setText(f"{number}. {centre.display_name(self.lang)}{first}")
        top.addWidget(title, 1)
        last = plain_label(f"last_{centre.id}", wrap=False)
        last.setProperty("lastanswer", latest is not None)
        last.setText(self._last_text(latest))
        top.addWidget(last)
        layout.addLayout(top)
        lines = centre.phone_lines()
        official = [(i, p) for i, p in enumerate(lines) if p.confirmed]
        others = [(i, p) for i, p in enumerate(lines) if not p.confirmed]
        for index, phone in official:
            layout.addLayout(self._phone_row(centre, index, phone.display,
                                             phone_name(phone), sources_tooltip(phone.provenance)))
        if not official:
            none = plain_label(f"nophone_{centre.id}")
            none.setText(self.tr("No phone number is published for this place.") if not lines
                         else self.tr("No confirmed number is published for this place."))
            layout.addWidget(none)
        if others:
            toggle = QPushButton(self.tr("Other numbers ({n})").format(n=len(others)))
            toggle.setObjectName(f"others_{centre.id}")
            toggle.setCheckable(True)
            toggle.setFlat(True)
            opened = centre.id in self.others_open
            toggle.setChecked(opened)
            toggle.toggled.connect(lambda checked, c=centre.id: self._toggle_others(c, checked))
            row = QHBoxLayout()
            row.addWidget(toggle)
            row.addStretch()
            layout.addLayout(row)
            box = QWidget()
            box.setObjectName(f"others_box_{centre.id}")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(16, 0, 0, 0)
            for index, phone in others:
                note = (translate("centres", phone.note) if phone.note
                        else self.tr("Not confirmed."))
                inner.addLayout(self._phone_row(centre, index, phone.display, note,
                                                sources_tooltip(phone.provenance)))
            layout.addWidget(box)
            box.setVisible(opened)
        for index, hours in enumerate(centre.hours):
            text = f"{translate('centres', hours.value)} ({said_by(hours.provenance)}"
            text += f"; {translate('centres', hours.note)})" if hours.note else ")"
            label = plain_label(f"hours_{centre.id}_{index}")
            label.setText(text)
            label.setToolTip(sources_tooltip(hours.provenance))
            layout.addWidget(label)
        answers = QHBoxLayout()
        for answer, text in answer_labels().items():
            button = QPushButton(text)
            button.setObjectName(f"answer_{centre.id}_{answer.value}")
            button.setProperty("answer", answer.value)
            button.clicked.connect(lambda _c=False, c=centre.id, a=answer: self.answer(c, a))
            answers.addWidget(button)
        answers.addStretch()
        layout.addLayout(answers)
        return card

    def _phone_row(self, centre: Centre, index: int, shown: str, words: str,
                   tip: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = plain_label(f"number_{centre.id}_{index}")
        label.setText(f"{shown} — {words}")
        label.setToolTip(tip)
        row.addWidget(label, 1)
        button = QPushButton(self.tr("Call"))
        button.setObjectName(f"phone_{centre.id}_{index}")
        named(button, self.tr("Call {number}").format(number=shown))
        e164 = centre.phone_lines()[index].e164
        button.clicked.connect(lambda _c=False, c=centre.id, n=e164: self.call(c, n))
        row.addWidget(button)
        return row

    def _last_text(self, latest: tuple[Event, int] | None) -> str:
        if latest is None:
            return self.tr("not called yet")
        event, count = latest
        answer = data_text(event.data, "answer")
        try:
            said = answer_labels()[Answer(answer or "")]
        except ValueError:
            said = self.tr("no answer written down")
        return self.tr("{answer} · {when} · calls: {count}").format(
            answer=said, when=local_time(event.at), count=count)
