"""The editor is built from the fields' declarations: a widget per declared field, named by
it, in its section, captioned with its label; values go in and out through the lawyer's
one bridge (``lawyer.<name>`` in JSON, the widget ``lawyer_<name>``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.model.cases import CASE_FIELDS, KEPT_FIELDS, LAWYER_COLUMNS, LAWYER_INFO, SCALAR_FIELDS
from locator.model.fieldinfo import Kind
from tests.helpers import typical_case
from ui.case.editor import CaseEditor
from ui.case.fields import WIDGETS
from ui.common.i18n import core_text

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_every_kind_has_its_widget() -> None:
    assert set(WIDGETS) == set(Kind)


def test_a_widget_for_every_declared_field_and_none_for_what_the_vault_keeps(
        qtbot: QtBot) -> None:
    editor = CaseEditor(centres=[("merksplas", "Merksplas")])
    qtbot.addWidget(editor)
    expected = [*SCALAR_FIELDS, *LAWYER_COLUMNS.values()]
    assert sorted(editor.widgets) == sorted(expected)
    assert not set(KEPT_FIELDS) & set(editor.widgets)
    for name in SCALAR_FIELDS:
        widget = editor.widgets[name]
        assert widget.objectName() == name
        assert widget.accessibleName() == core_text(CASE_FIELDS[name].label)
    for key, column in LAWYER_COLUMNS.items():
        assert editor.widgets[column].accessibleName() == core_text(LAWYER_INFO[key].label)


def test_every_field_goes_through_the_form_unchanged(qtbot: QtBot) -> None:
    editor = CaseEditor(centres=[("merksplas", "Merksplas")])
    qtbot.addWidget(editor)
    case = case_from_dict(typical_case("FORM"), now=NOW)
    editor.load(case)
    again = editor.validated_case()
    assert again is not None, [label.text() for label in editor.errors.values()
                               if label.text()]
    assert again == case
    editor.widgets["lawyer_email"].setText("not-an-email")  # type: ignore[attr-defined]
    assert editor.validated_case() is None
    assert editor.errors["lawyer_email"].text()
    editor.clear()


def test_what_a_table_does_not_show_is_kept_through_the_form(qtbot: QtBot) -> None:
    """A decision's photo (attachment_id) has no column: saving the form keeps it."""
    editor = CaseEditor(centres=[("merksplas", "Merksplas")])
    qtbot.addWidget(editor)
    data = typical_case("KEPT")
    data["decisions"] = [{"kind": "oqt", "annexe": "13septies", "attachment_id": 7,
                          "notified_at": "2026-11-20T10:00:00+00:00", "notes": ""}]
    data["decisions"][0].pop("notes")
    case = case_from_dict(data, now=NOW)
    assert case.decisions[0].attachment_id == 7
    editor.load(case)
    again = editor.validated_case()
    assert again is not None
    assert again.decisions[0].attachment_id == 7
    assert again == case
