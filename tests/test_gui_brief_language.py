"""The brief window in a French window: the missing-fact buttons in French, the brief in
French when the case's language is not known, the sender's details prefilled from the
vault; the language-of-the-case field explained where it is asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.storage.keystore import Keystore
from locator.storage.sender import SenderDetails
from locator.storage.vault import Vault
from tests.helpers import HOSTILE
from ui.common.i18n import install_translations, remove_translators

pytestmark = pytest.mark.gui
SECRET = "six words for this test vault"


@pytest.fixture
def french(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[tuple[object, Vault]]:
    from ui.app import Controller

    install_translations("fr")
    vault = Vault.create(tmp_path / "b.locator", SECRET)
    controller = Controller(vault.path, keystore, "fr")
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    yield controller.window, vault
    controller.window.close()
    remove_translators()
    install_translations("en")


def test_a_french_window_makes_a_french_brief_with_french_buttons(
        qtbot: QtBot, french: tuple[object, Vault]) -> None:
    from ui.brief.window import BriefWindow

    window, vault = french
    case = vault.save_case(case_from_dict({"alias": "Sami", "consent_share_gvo": "yes"}))
    assert case.id is not None
    vault.set_sender_details(SenderDetails(f"Marie {HOSTILE} 🙂", "0470 12 34 56", ""))
    window.open_case(case.id)  # type: ignore[attr-defined]
    dialog = BriefWindow(window, case.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.brief is not None and dialog.brief.lang == "fr"
    assert "Langue de la procédure" in dialog.preview.toPlainText()
    button = dialog.findChild(QPushButton, "missing_case_language")
    assert button is not None and button.text() == "Langue du dossier"  # the field, in French
    assert dialog.writer_name.text() == f"Marie {HOSTILE} 🙂"  # prefilled from the vault
    dialog.writer_email.setText("marie@example.org")
    dialog.writer_email.editingFinished.emit()
    assert vault.sender_details().email == "marie@example.org"
    dialog.close()


def test_language_of_the_case_is_explained_where_it_is_asked(
        qtbot: QtBot, french: tuple[object, Vault]) -> None:
    window, _vault = french
    combo = window.editor.widgets.get("case_language")  # type: ignore[attr-defined]
    assert isinstance(combo, QComboBox) and combo.objectName() == "case_language"
    assert combo.toolTip() and combo.whatsThis() == combo.toolTip()
    assert combo.accessibleDescription() == combo.toolTip()
