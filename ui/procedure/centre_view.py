"""For centre referents: one centre, its open cases, their visits, and people seen there.

Pick a centre: its public facts (with how old each is), the cases held there
with their last visit and next step, a visit log per case, and a name search
over every case and every person noted at a visit (a ranked list with scores:
checking and merging is left to people).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from locator.centres.load import Centre, CentreDirectory, load_centres
from locator.procedure.guide import next_steps
from locator.procedure.names import LIKELY
from locator.procedure.visits import SeenAt, Visit, cases_at, record_visit, search_names, visits
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.i18n import translate
from ui.common.screens import fit_to_screen
from ui.common.theme import ERROR_STYLE, styled
from ui.host import Host
from ui.procedure.sources import day_words, fact_age, phone_name
from ui.procedure.step_panel import plain_label, ptr

CASE_ROLE = Qt.ItemDataRole.UserRole


class VisitForm(QWidget):
    """Date, visitor, belongings, phone delivered, notes, people seen. Emits :attr:`saved`."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.case_id: int | None = None
        self.centre = ""
        form = QFormLayout(self)
        self.day = QLineEdit()
        self.day.setObjectName("visit_date")
        self.day.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.visitor = QLineEdit()
        self.visitor.setObjectName("visit_visitor")
        self.belongings = QLineEdit()
        self.belongings.setObjectName("visit_belongings")
        self.phone = QCheckBox(self.tr("A phone was handed over"))
        self.phone.setObjectName("visit_phone")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("visit_notes")
        self.notes.setFixedHeight(60)
        self.people = QPlainTextEdit()
        self.people.setObjectName("visit_people")
        self.people.setPlaceholderText(self.tr("one per line: the name, then a comma and "
                                               "anything else (Yusuf, Sudan, 2nd floor)"))
        self.people.setFixedHeight(60)
        self.save = QPushButton(self.tr("Save the visit"))
        self.save.setObjectName("visit_save")
        self.save.clicked.connect(self.save_visit)
        self.error = plain_label("visit_error")
        styled(self.error, ERROR_STYLE)
        for text, widget in ((self.tr("Date of the visit"), self.day),
                             (self.tr("Who went"), self.visitor),
                             (self.tr("Belongings brought"), self.belongings),
                             ("", self.phone), (self.tr("Notes"), self.notes),
                             (self.tr("Other people seen or mentioned"), self.people)):
            form.addRow(text, widget)
        form.addRow("", self.save)
        form.addRow("", self.error)
        self.set_case(None, None, "")

    def set_case(self, vault: Vault | None, case_id: int | None, centre: str) -> None:
        self.vault, self.case_id, self.centre = vault, case_id, centre
        for edit in (self.visitor, self.belongings):
            edit.clear()
        self.notes.clear()
        self.people.clear()
        self.phone.setChecked(False)
        self.error.clear()
        self.day.clear()  # the day of the visit is given, never assumed
        self.setEnabled(case_id is not None)

    def save_visit(self) -> None:
        if self.vault is None or self.case_id is None:
            return
        try:
            day = date.fromisoformat(self.day.text().strip())
            visit = Visit(day, self.centre, self.visitor.text().strip(),
                          self.belongings.text().strip(), self.phone.isChecked(),
                          self.notes.toPlainText().strip(),
                          tuple(p.strip() for p in self.people.toPlainText().splitlines()
                                if p.strip()))
            record_visit(self.vault, self.case_id, visit)
        except ValueError:
            self.error.setText(self.tr("Give the day of the visit as YYYY-MM-DD, today or "
                                       "earlier."))
            return
        self.set_case(self.vault, self.case_id, self.centre)
        self.saved.emit()


class VisitDialog(QDialog):
    """Write down a visit for one case (from the step panel)."""

    def __init__(self, window: Host, case_id: int, centre: str) -> None:
        super().__init__(window.window())
        self.setObjectName("visit_dialog")
        self.setWindowTitle(self.tr("Write down a visit"))
        self.form = VisitForm()
        self.form.set_case(window.vault, case_id, centre)
        self.form.saved.connect(self.accept)
        QVBoxLayout(self).addWidget(self.form)


class CentreView(QDialog):
    """The referent's view of one centre. Emits :attr:`changed` after a visit was saved."""

    changed = Signal()

    def __init__(self, window: Host, lang: str = "en",
                 directory: CentreDirectory | None = None) -> None:
        super().__init__(window.window())
        self.setObjectName("centre_view")
        self.setWindowTitle(self.tr("Centres"))
        self.main, self.lang = window, lang
        self.directory = directory or load_centres()
        self.vault: Vault | None = None
        self.pick = QComboBox()
        self.pick.setObjectName("centre_pick")
        for centre in self.directory.locations():
            self.pick.addItem(centre.display_name(lang), centre.id)
        self.facts = plain_label("centre_facts")
        self.note = QPlainTextEdit()
        self.note.setObjectName("centre_note")
        named(self.note, self.tr("Your note about this centre"))
        self.note.setPlaceholderText(self.tr("Your own note about this centre (kept in the "
                                             "vault): visiting tips, who answered the phone…"))
        self.note.setFixedHeight(70)
        save_note = QPushButton(self.tr("Save note"))
        save_note.setObjectName("centre_note_save")
        save_note.clicked.connect(self.save_note)
        self.cases = QTreeWidget()
        self.cases.setObjectName("centre_cases")
        named(self.cases, self.tr("Open cases at this centre"))
        self.cases.setHeaderLabels([self.tr("Person"), self.tr("Since"), self.tr("Last visit"),
                                    self.tr("Next step")])
        self.cases.setColumnWidth(0, 220)
        self.cases.setRootIsDecorated(False)
        self.cases.currentItemChanged.connect(lambda _n, _o: self._case_selected())
        self.cases.itemActivated.connect(lambda _i, _c: self._open_case())
        self.log = QListWidget()
        self.log.setObjectName("visit_log")
        named(self.log, self.tr("Visits of the selected person"))
        self.log.itemActivated.connect(self._search_person)
        self.form = VisitForm()
        self.form.saved.connect(self._visit_saved)
        self.search = QLineEdit()
        self.search.setObjectName("name_search")
        named(self.search, self.tr("A name seen or heard"))
        self.search.setPlaceholderText(self.tr("A name seen or heard (any spelling or script)"))
        self.search.returnPressed.connect(self.run_search)
        find = QPushButton(self.tr("Search every case"))
        find.setObjectName("name_search_button")
        find.clicked.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("name_results")
        named(self.results, self.tr("Possible matches, best first"))
        self.results.itemActivated.connect(self._open_result)
        hint = plain_label("name_hint")
        hint.setText(self.tr("Possible matches, best first. Check before you act: nothing is "
                             "merged."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.pick)
        left_layout.addWidget(self.facts)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(save_note)
        left_layout.addLayout(note_row)
        left_layout.addWidget(self.cases, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(find)
        left_layout.addLayout(search_row)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.results, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        heading = plain_label("visit_heading")
        heading.setText(self.tr("Visits of the selected person (double-click a name to "
                                "search it)"))
        right_layout.addWidget(heading)
        right_layout.addWidget(self.log, 1)
        right_layout.addWidget(self.form)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        QVBoxLayout(self).addWidget(splitter)
        self.pick.currentIndexChanged.connect(lambda _i: self.refresh())
        fit_to_screen(self, 1200, 800)

    def centre(self) -> Centre:
        return self.directory.get(str(self.pick.currentData()))

    def show_vault(self, vault: Vault | None) -> None:
        self.vault = vault
        self.refresh()

    def save_note(self) -> None:
        if self.vault is not None:
            self.vault.set_centre_note(self.centre().id, self.note.toPlainText())

    def refresh(self) -> None:
        centre = self.centre()
        self._show_facts(centre)
        self.note.setPlainText(self.vault.centre_note(centre.id) if self.vault else "")
        self.cases.clear()
        self.log.clear()
        self.form.set_case(None, None, "")
        if self.vault is None:
            return
        for held in cases_at(self.vault, centre.id):
            case = held.case
            progress = next_steps(case, held.events)
            step = ptr(progress.current.title) if progress.current else ""
            last = held.last_visit.day.isoformat() if held.last_visit else self.tr("never")
            since = case.centre_since.isoformat() if case.centre_since else ""
            item = QTreeWidgetItem([case.display_name(), since, last, step])
            item.setData(0, CASE_ROLE, case.id)
            self.cases.addTopLevelItem(item)

    def _show_facts(self, centre: Centre) -> None:
        lines = []
        if centre.address is not None:
            lines.append(f"{centre.address.one_line()} ({fact_age(centre.address.provenance)})")
        lines += [f"{p.display} — {phone_name(p)}" for p in centre.phone_lines() if p.confirmed]
        lines += [f"• {translate('centres', v.value)} ({fact_age(v.provenance)})"
                  for v in centre.visits]
        oldest = centre.oldest_fact_date()
        undated = len(centre.undated_facts())
        lines.append(self.tr("The oldest dated fact is from {oldest}; for {n} facts the page "
                             "gives no date. Call before a visit: arrangements change.").format(
            oldest=day_words(oldest.earliest()) if oldest else "—", n=undated))
        self.facts.setText("\n".join(lines))

    def _selected_case(self) -> int | None:
        item = self.cases.currentItem()
        value = item.data(0, CASE_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _case_selected(self) -> None:
        case_id = self._selected_case()
        self.log.clear()
        if self.vault is None or case_id is None:
            self.form.set_case(None, None, "")
            return
        self.form.set_case(self.vault, case_id, self.centre().id)
        for visit in reversed(visits(self.vault.events(case_id))):
            parts = [visit.day.isoformat(), visit.visitor or "?"]
            if visit.belongings:
                parts.append(translate("CentreView", "brought: {what}").format(
                    what=visit.belongings))
            if visit.phone_delivered:
                parts.append(translate("CentreView", "phone handed over"))
            if visit.notes:
                parts.append(visit.notes)
            self.log.addItem(" · ".join(parts))
            for person in visit.people:
                item = QListWidgetItem("    " + translate("CentreView", "seen: {name}").format(
                    name=person))
                item.setData(CASE_ROLE, person)
                self.log.addItem(item)

    def _visit_saved(self) -> None:
        selected = self._selected_case()
        self.refresh()
        for index in range(self.cases.topLevelItemCount()):
            item = self.cases.topLevelItem(index)
            if item is not None and item.data(0, CASE_ROLE) == selected:
                self.cases.setCurrentItem(item)
        self.changed.emit()

    def _search_person(self, item: QListWidgetItem) -> None:
        name = item.data(CASE_ROLE)
        if isinstance(name, str):
            self.search.setText(re.split(r"[,(;:]| - ", name)[0].strip())
            self.run_search()

    def run_search(self) -> None:
        self.results.clear()
        if self.vault is None:
            return
        for match in search_names(self.vault, self.search.text()):
            percent = round(match.score * 100)
            strength = (translate("CentreView", "likely") if match.score >= LIKELY
                        else translate("CentreView", "maybe"))
            if isinstance(match.item, SeenAt):
                seen = match.item
                text = translate(
                    "CentreView", "{p} % ({s}) — “{name}”, seen on {day} at a visit for "
                    "case {case}").format(p=percent, s=strength, name=match.name,
                                          day=seen.day.isoformat(), case=seen.case_id)
                case_id = seen.case_id
            else:
                text = translate("CentreView", "{p} % ({s}) — case {case}: {name}").format(
                    p=percent, s=strength, case=match.item, name=match.name)
                case_id = match.item
            item = QListWidgetItem(text)
            item.setData(CASE_ROLE, case_id)
            self.results.addItem(item)
        if self.results.count() == 0:
            self.results.addItem(translate("CentreView", "No name sounds like this."))

    def _open_result(self, item: QListWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if isinstance(case_id, int):
            self._open(case_id)

    def _open_case(self) -> None:
        case_id = self._selected_case()
        if case_id is not None:
            self._open(case_id)

    def _open(self, case_id: int) -> None:
        if self.main.vault is not None and self.main.resolve_unsaved():
            self.main.open_case(case_id)
            self.main.refresh_list()

    def clear(self) -> None:
        """Drop every case (on lock)."""
        self.vault = None
        self.note.clear()
        self.cases.clear()
        self.log.clear()
        self.results.clear()
        self.search.clear()
        self.form.set_case(None, None, "")


def centre_action(window: QWidget) -> QAction:
    action = QAction(QCoreApplication.translate("CentreView", "Centres"), window)
    action.setObjectName("centre_view")
    action.setToolTip(QCoreApplication.translate("CentreView", "Cases at each centre, visits, "
                                                 "people seen"))
    return action
