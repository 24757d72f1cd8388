"""The case editor: every field of one case, inline validation, nothing typed lost.

The form tabs hold the fields declared on :class:`locator.model.cases.Case` (and the lawyer's,
on :class:`locator.model.cases.Lawyer`), each in its declared section and order, captioned
with its declared label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from locator.model.caseio import case_from_dict, case_to_dict, notified_text
from locator.model.cases import CASE_FIELDS, LAWYER_COLUMNS, LAWYER_INFO, flat_name
from locator.model.dates import brussels_minute
from locator.model.errors import FieldError, ValidationFailed
from locator.model.fieldinfo import Kind, Section
from ui.case.fields import (
    FieldSpec,
    change_signal,
    field_spec,
    make_widget,
    read_value,
    write_value,
)
from ui.case.nested_tables import NestedTable, attempt_columns, contact_columns, decision_columns
from ui.common.a11y import NamedTabs, form_row, named
from ui.common.i18n import error_text
from ui.common.theme import error_label, styled

NESTED = ("contacts", "decisions", "deportation_attempts")
#: widget name → (record, key) of its value in the JSON-like data: ("", "alias"),
#: ("lawyer", "name") for the widget ``lawyer_name``
_PATHS: dict[str, tuple[str, str]] = {
    **{name: ("", name) for name, info in CASE_FIELDS.items() if info.section is not None},
    **{column: ("lawyer", key) for key, column in LAWYER_COLUMNS.items()}}
_KINDS: dict[str, Kind] = {
    **{name: info.kind for name, info in CASE_FIELDS.items()},
    **{LAWYER_COLUMNS[key]: info.kind for key, info in LAWYER_INFO.items()}}


class CaseEditor(QWidget):
    """Edits one :class:`locator.model.cases.Case`. Emits :attr:`dirty_changed`."""

    dirty_changed = Signal(bool)

    def __init__(self, centres: Sequence[tuple[str, str]] = (), lang: str = "en",
                 parent: QWidget | None = None, *, in_parts: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("case_editor")
        self.base: Any = None
        self.dirty = False
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._tables: dict[str, NestedTable] = {}
        self._tabs = named(NamedTabs(), self.tr("Case details"))
        self._tabs.setObjectName("case_tabs")
        # every tab's title whole ("Photos and scans", not "Photos an…"): the bar scrolls
        self._tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._tabs.setUsesScrollButtons(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_error = QLabel()
        self.summary_error.setObjectName("case_error")
        self.summary_error.setWordWrap(True)
        self.summary_error.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.summary_error, "color: $error; font-weight: bold;")
        self.summary_error.hide()
        layout.addWidget(self.summary_error)
        layout.addWidget(self._tabs)
        parts: list[tuple[str, Callable[[], object]]] = [
            (title, partial(self._add_form_tab, title, specs, centres, lang))
            for title, specs in self._sections()]
        parts += [("lawyer", partial(self._lawyer_tab, lang)), ("tables", self._add_tables)]
        #: the editor's own tabs still to build when made with ``in_parts``: after the main
        #: window is painted, one per turn of the event loop (:meth:`build_next`), or all
        #: at once on first use (:meth:`finish`; every way in to the fields goes through it)
        self.parts: list[tuple[str, Callable[[], object]]] = parts
        self._building = False
        self._own_tabs = 0  # the editor's own tabs built (the window's come after them)
        if not in_parts:
            self.finish()
        self.setEnabled(False)

    # -- built in parts ---------------------------------------------------------

    def build_next(self) -> None:
        """The next of the editor's own tabs (nothing when all are built)."""
        if self._building or not self.parts:
            return
        _name, part = self.parts.pop(0)
        self._building = True
        try:
            part()
        finally:
            self._building = False
        if not self.parts and self._tabs.count() > self._own_tabs:
            self._order_focus()  # the last one, built after the window's tabs

    def finish(self) -> None:
        """Every tab built now: a case shown, typed into or read always has all its
        fields (a part of the form missing would drop what the case holds there)."""
        while self.parts and not self._building:
            self.build_next()

    @property
    def widgets(self) -> dict[str, QWidget]:
        """Each field's widget, by the field's one name (built first if need be)."""
        self.finish()
        return self._widgets

    @property
    def errors(self) -> dict[str, QLabel]:
        self.finish()
        return self._errors

    @property
    def tables(self) -> dict[str, NestedTable]:
        self.finish()
        return self._tables

    @property
    def tabs(self) -> NamedTabs:
        self.finish()
        return self._tabs

    def add_page(self, page: QWidget, title: str) -> None:
        """A tab of the window's (the timeline, photos…), after the editor's own ones,
        whether they are built yet or not."""
        self._tabs.addTab(page, title)

    def _add_own(self, page: QWidget, title: str) -> None:
        """One of the editor's own tabs, in its place before the window's."""
        self._tabs.insertTab(self._own_tabs, page, title)
        self._own_tabs += 1
        if self._own_tabs == 1:
            self._tabs.setCurrentIndex(0)  # a case opens at its first tab, not the timeline

    def _order_focus(self) -> None:
        """Tab through the pages in the order of their tabs, as in an editor built whole:
        a widget made after the window comes last in the window's focus chain."""
        bar = self._tabs.tabBar()
        pages = [self._tabs.widget(i) for i in range(self._tabs.count())]
        blocks: list[list[QWidget]] = [[] for _ in pages]
        start = self.window()
        widget = start.nextInFocusChain()
        while widget is not None and widget is not start:
            reached = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) \
                and widget.focusProxy() is None  # what Tab stops at
            for block, page in zip(blocks, pages, strict=True):
                if reached and page is not None and page.isAncestorOf(widget):
                    block.append(widget)
                    break
            widget = widget.nextInFocusChain()
        previous: QWidget = bar
        for block in blocks:
            for widget in block:
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _add_tables(self) -> None:
        for name, title, columns in (
            ("contacts", self.tr("People"), contact_columns()),
            ("decisions", self.tr("Decisions"), decision_columns()),
            ("deportation_attempts", self.tr("Deportation attempts"), attempt_columns()),
        ):
            table = NestedTable(name, columns)
            named(table.table, title)
            table.changed.connect(self._mark_dirty)
            self._tables[name] = table
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(table)
            page_layout.addWidget(self._error_label(name))
            self._add_own(page, title)

    # -- building -------------------------------------------------------------

    def _kind_hints(self) -> dict[Kind, str]:
        """What an empty widget says, by kind (a field may declare a hint of its own)."""
        return {Kind.DATE: self.tr("YYYY-MM-DD"),
                Kind.PARTIAL_DATE: self.tr("YYYY, YYYY-MM or YYYY-MM-DD"),
                Kind.DATETIME: self.tr("YYYY-MM-DD HH:MM"),
                Kind.COUNTRY: self.tr("type to search"),
                Kind.TEXT_LIST: self.tr("one per line"),
                Kind.PHONE: self.tr("e.g. +32 470 12 34 56")}

    def _sections(self) -> list[tuple[str, list[FieldSpec]]]:
        """The form tabs, each with its declared fields in declaration order."""
        titles = {Section.IDENTITY: self.tr("Identity"),
                  Section.ARREST: self.tr("Arrest and detention"),
                  Section.CONSENT: self.tr("Consent")}
        untitled = {info.section for info in CASE_FIELDS.values()} - {None, *titles}
        assert not untitled, f"a form tab needs a title: {untitled}"
        hints = self._kind_hints()
        return [(title, [field_spec(name, info, hints.get(info.kind, ""))
                         for name, info in CASE_FIELDS.items() if info.section is section])
                for section, title in titles.items()]

    def _error_label(self, name: str) -> QLabel:
        error = self._errors[name] = error_label(name)
        return error

    def _add_field(self, form: QFormLayout, spec: FieldSpec,
                   centres: Sequence[tuple[str, str]], lang: str) -> None:
        widget = make_widget(spec, lang, centres)
        change_signal(widget).connect(self._mark_dirty)
        self._widgets[spec.name] = widget
        form_row(form, spec.label, widget, self._error_label(spec.name))

    def _add_form_tab(self, title: str, specs: list[FieldSpec],
                      centres: Sequence[tuple[str, str]], lang: str) -> None:
        page = QWidget()
        form = QFormLayout(page)
        # narrow (200 % scaling, a long French or Dutch caption): the caption goes above
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            self._add_field(form, spec, centres, lang)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self._add_own(scroll, title)

    def _lawyer_tab(self, lang: str) -> None:
        box = self.lawyer_box = QGroupBox(self.tr("Chosen lawyer"))
        form = QFormLayout(box)
        hints = self._kind_hints()
        for key, info in LAWYER_INFO.items():
            self._add_field(form, field_spec(LAWYER_COLUMNS[key], info,
                                             hints.get(info.kind, "")), (), lang)
        self._add_own(box, self.tr("Lawyer"))

    # -- data in and out ----------------------------------------------------------

    def load(self, case: Any) -> None:
        """Show a case (a fresh ``Case()`` for a new one)."""
        self.base = case
        data = case_to_dict(case)
        for name, widget in self.widgets.items():
            record, key = _PATHS[name]
            value = data[record][key] if record else data[key]
            moment = getattr(case.lawyer if record else case, key)
            if _KINDS[name] is Kind.DATETIME and moment is not None:
                value = brussels_minute(moment)  # typed as the Brussels minute
            write_value(widget, value if value is not None else "")
        for decision, row in zip(case.decisions, data["decisions"], strict=True):
            # the day alone when its time is not known: the cell's text says which
            row["notified_at"] = notified_text(decision)
            row.pop("notified_time_known", None)
        for name in NESTED:
            self.tables[name].set_rows(data[name])
        self.clear_errors()
        self.to_top()
        self.setEnabled(True)
        self._set_dirty(False)

    def to_top(self) -> None:
        """Every form page scrolled to its first field (a case opens at its top)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, QScrollArea):
                page.verticalScrollBar().setValue(0)

    def form_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"lawyer": {}}
        for name, widget in self.widgets.items():
            record, key = _PATHS[name]
            (data[record] if record else data)[key] = read_value(widget)
        for name in NESTED:
            data[name] = self.tables[name].rows()
        return data

    def load_form_data(self, data: dict[str, Any]) -> None:
        """Put back what was typed (a draft from :meth:`form_data`), marking it unsaved."""
        for name, widget in self.widgets.items():
            record, key = _PATHS[name]
            value = (data.get(record, {}) if record else data).get(key, "")
            write_value(widget, value if value is not None else "")
        for name in NESTED:
            self.tables[name].set_rows(data.get(name, []))
        self._set_dirty(True)

    def validated_case(self, centres: Any = None) -> Any | None:
        """The case as typed, or None after showing every error next to its field."""
        self.clear_errors()
        try:
            return case_from_dict(self.form_data(), self.base, centres=centres)
        except ValidationFailed as failed:
            self.show_errors(failed.errors)
            return None

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        first: QWidget | None = None
        for err in errors:
            key = flat_name(err.field.split("[")[0])
            label = self.errors.get(key)
            if label is None:
                continue
            text = error_text(err)
            if key in NESTED:  # "Row 1, Date (YYYY-MM-DD): …", the cell marked, kept as typed
                text = self.tables[key].mark(err.field, text)
                text = f"{label.text()}\n{text}" if label.isVisibleTo(self) else text
            label.setText(text)
            label.show()
            first = first or self.widgets.get(key) or self.tables.get(key)
        self.summary_error.setText(self.tr(
            "Not saved: %n field(s) need attention. What you typed is kept.", "", len(errors)))
        self.summary_error.show()
        if first is not None:
            self.focus_field(first.objectName())

    def focus_field(self, name: str) -> None:
        widget: QWidget | None = self.widgets.get(name) or self.findChild(QWidget, name)
        if widget is None:
            return
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus()

    def clear_errors(self) -> None:
        for label in self._errors.values():  # a tab not built yet has none to clear
            label.hide()
            label.clear()
        for table in self._tables.values():
            table.clear_marks()
        self.summary_error.hide()

    def clear(self) -> None:
        """Forget the case: empty every widget (on lock; a tab not built yet holds
        nothing)."""
        for widget in self._widgets.values():
            write_value(widget, "")
        for table in self._tables.values():
            table.set_rows([])
        self.clear_errors()
        self.base = None
        self.setEnabled(False)
        self._set_dirty(False)

    def _mark_dirty(self, *_args: object) -> None:
        if self.base is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)


