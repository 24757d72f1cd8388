"""One widget per case field, named by the field (the project's one vocabulary).

``make_widget`` builds the widget for a kind of widget: text, multiline, lines, choice,
country, centre. :data:`WIDGETS` says which one edits each kind of field
(:class:`locator.model.fieldinfo.Kind`), and :func:`field_spec` makes the spec from a field's
declaration. Values go in and out as the JSON-like strings that ``locator.model.caseio`` reads,
so validation happens in one place, and what was typed is never replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QSignalBlocker, Qt, SignalInstance
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from locator.model.countries import countries, country_name
from locator.model.fieldinfo import FieldInfo, Kind, require_every_kind
from ui.common.i18n import core_text
from ui.common.labels import enum_labels


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # text | multiline | lines | choice | country | centre
    placeholder: str = ""
    enum: type[StrEnum] | None = None
    help: str = ""  # what the field means (its declared help), translated


#: the widget that edits each kind of field (dates, numbers, addresses: a line typed)
WIDGETS: dict[Kind, str] = {
    Kind.TEXT: "text", Kind.LONG_TEXT: "multiline", Kind.TEXT_LIST: "lines",
    Kind.REFERENCE: "text", Kind.DATE: "text", Kind.PARTIAL_DATE: "text",
    Kind.DATETIME: "text", Kind.ENUM: "choice", Kind.COUNTRY: "country",
    Kind.CENTRE: "centre", Kind.PHONE: "text", Kind.EMAIL: "text",
}
require_every_kind(WIDGETS, "ui.case.fields (the editor's widgets)")


def field_spec(name: str, info: FieldInfo, kind_hint: str = "") -> FieldSpec:
    """The spec of the widget named ``name`` that edits a declared field: its label
    translated, its own hint or else ``kind_hint`` (the hint of its kind)."""
    hint = core_text(info.hint) if info.hint else kind_hint
    return FieldSpec(name, core_text(info.label), WIDGETS[info.kind], hint, info.enum,
                     core_text(info.help) if info.help else "")


def make_widget(spec: FieldSpec, lang: str, centres: Sequence[tuple[str, str]]) -> QWidget:
    widget: QWidget
    if spec.kind in {"multiline", "lines"}:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(spec.placeholder)
        edit.setFixedHeight(64 if spec.kind == "lines" else 96)
        edit.setProperty("lines", spec.kind == "lines")
        widget = edit
    elif spec.kind == "choice" and spec.enum is not None:
        combo = QComboBox()
        for value, text in enum_labels(spec.enum).items():
            combo.addItem(text, value)
        widget = combo
    elif spec.kind == "country":
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")
        names = sorted(((country_name(code, lang), code) for code, _ in countries()),
                       key=lambda item: item[0].casefold())
        for text, code in names:
            combo.addItem(text, code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText(spec.placeholder)
        widget = combo
    elif spec.kind == "centre":
        combo = QComboBox()
        combo.addItem("", "")
        for centre_id, text in centres:
            combo.addItem(text, centre_id)
        widget = combo
    else:
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder)
        widget = line
    widget.setObjectName(spec.name)
    if spec.help:  # where the fact is asked: hover, Shift+F1, screen readers
        widget.setToolTip(spec.help)
        widget.setWhatsThis(spec.help)
        widget.setAccessibleDescription(spec.help)
    return widget


def read_value(widget: QWidget) -> str | list[str]:
    """What the widget holds, as text for ``case_from_dict``."""
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        if widget.property("lines"):
            return [line for line in text.splitlines() if line.strip()]
        return text
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            typed = widget.currentText().strip()
            index = widget.findText(typed, Qt.MatchFlag.MatchFixedString)
            return str(widget.itemData(index)) if index >= 0 else typed
        return str(widget.currentData() or "")
    assert isinstance(widget, QLineEdit)
    return widget.text()


def write_value(widget: QWidget, value: str | list[str]) -> None:
    blocker = QSignalBlocker(widget)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText("\n".join(value) if isinstance(value, list) else value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value:
            widget.addItem(str(value), value)  # keep what is stored, even if unknown here
            index = widget.count() - 1
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    del blocker


def change_signal(widget: QWidget) -> SignalInstance:
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    assert isinstance(widget, QLineEdit)
    return widget.textChanged
