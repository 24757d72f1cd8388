"""The door's passphrase: refused when weak (with a reason), suggested words in the window's
language, show/hide, a mismatch message that goes away, a meter that is not a box; plain
keyring words; the language notice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from locator.model import passphrase as rule
from locator.storage.keystore import Keystore
from ui.common.i18n import install_translations, remove_translators
from ui.vault.settings import SettingsDialog
from ui.vault.unlock import VaultDialog

pytestmark = pytest.mark.gui


def door(qtbot: QtBot, path: Path, keystore: Keystore, create: bool = True) -> VaultDialog:
    dialog = VaultDialog(path, keystore, create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.remember_note.text() != "")
    return dialog


@pytest.mark.parametrize("weak", ["a", "abdi123", "password1"])
def test_weak_passphrase_refused_with_reason(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
                                             weak: str) -> None:
    path = tmp_path / "v.locator"
    dialog = door(qtbot, path, keystore)
    dialog.passphrase.setText(weak)
    dialog.passphrase_confirm.setText(weak)
    dialog.ok_button.click()
    assert dialog.error.isVisible()
    assert "too easy to guess" in dialog.error.text()
    assert (rule.check(weak).reason or "?") in dialog.error.text()  # English window: the reason
    assert "Not accepted" in dialog.strength_label.text()
    qtbot.wait(200)
    assert not path.exists()


def test_suggested_passphrase_creates_the_vault(qtbot: QtBot, tmp_path: Path,
                                                keystore: Keystore) -> None:
    path = tmp_path / "v.locator"
    dialog = door(qtbot, path, keystore)
    dialog.form.suggest_button.click()  # type: ignore[union-attr]
    words = dialog.form.words.text()  # type: ignore[union-attr]
    assert len(words.split()) == 6 and dialog.passphrase.text() == words
    assert dialog.passphrase_confirm.text() == ""  # typed again from the paper
    assert "recovery sheet" in dialog.form.advice.text()  # type: ignore[union-attr]
    dialog.form.copy_button.click()  # type: ignore[union-attr]
    assert QApplication.clipboard().text() == words
    assert "60 seconds" in dialog.form.copy_note.text()  # type: ignore[union-attr]
    dialog.passphrase_confirm.setText(words)
    opened: list[object] = []
    dialog.opened.connect(opened.append)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    opened[0].lock()  # type: ignore[attr-defined]
    assert path.exists()
    assert dialog.form.words.text() == ""  # type: ignore[union-attr]


@pytest.fixture
def french() -> Iterator[None]:
    install_translations("fr")
    yield
    remove_translators()
    install_translations("en")


def test_suggestion_in_the_window_language(qtbot: QtBot, tmp_path: Path, keystore: Keystore,
                                           french: None) -> None:
    dialog = door(qtbot, tmp_path / "v.locator", keystore)
    draws: set[str] = set()
    for _ in range(6):
        dialog.form.other_button.click() if draws else dialog.form.suggest_button.click()  # type: ignore[union-attr]
        words = dialog.form.words.text().split()  # type: ignore[union-attr]
        assert set(words) <= set(rule.wordlist("fr"))
        draws.add(" ".join(words))
    assert len(draws) == 6


def test_show_hide_on_every_field(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    create = door(qtbot, tmp_path / "v.locator", keystore)
    create.show_passphrase.setChecked(True)
    assert create.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert create.passphrase_confirm.echoMode() == QLineEdit.EchoMode.Normal
    create.show_passphrase.setChecked(False)
    assert create.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert create.passphrase_confirm.echoMode() == QLineEdit.EchoMode.Password
    path = tmp_path / "u.locator"
    from locator.storage.vault import Vault

    Vault.create(path, "x").lock()
    unlock = door(qtbot, path, keystore, create=False)
    unlock.show_passphrase.setChecked(True)
    assert unlock.passphrase.echoMode() == QLineEdit.EchoMode.Normal


def test_mismatch_message_goes_when_fixed(qtbot: QtBot, tmp_path: Path,
                                          keystore: Keystore) -> None:
    dialog = door(qtbot, tmp_path / "v.locator", keystore)
    good = rule.generate("en")
    dialog.passphrase.setText(good)
    dialog.passphrase_confirm.setText(good + "x")
    dialog.ok_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The two passphrases are not the same."
    dialog.passphrase_confirm.setText(good)
    assert not dialog.error.isVisible() and dialog.error.text() == ""


def test_strength_meter_hidden_until_typing(qtbot: QtBot, tmp_path: Path,
                                            keystore: Keystore) -> None:
    dialog = door(qtbot, tmp_path / "v.locator", keystore)
    assert dialog.strength.isHidden()
    assert dialog.strength_label.text()  # says what makes a strong passphrase
    dialog.passphrase.setText("abc")
    assert dialog.strength.isVisible()
    assert dialog.strength.height() < dialog.passphrase.height()  # a meter, not a box
    dialog.passphrase.clear()
    assert dialog.strength.isHidden()


def _texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_no_class_names_with_a_fail_keyring(qtbot: QtBot, tmp_path: Path) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        keystore = Keystore()
        dialog = door(qtbot, tmp_path / "v.locator", keystore)
        qtbot.waitUntil(lambda: "No safe place" in dialog.remember_note.text())
        path = tmp_path / "s.locator"
        from locator.storage.vault import Vault

        Vault.create(path, "x").lock()
        settings = SettingsDialog(None, keystore, path)
        qtbot.addWidget(settings)
        qtbot.waitUntil(lambda: "Checking" not in settings.key_note.text())
        texts = _texts(dialog) + _texts(settings)
        assert any("No safe place for the key" in t for t in texts)
        for text in texts:
            assert "keyring.backends" not in text and "Keyring" not in text, text
    finally:
        keyring.set_keyring(before)


def test_language_change_says_restart(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    path = tmp_path / "s.locator"
    from locator.storage.vault import Vault

    Vault.create(path, "x").lock()
    settings = SettingsDialog(None, keystore, path)
    qtbot.addWidget(settings)
    settings.show()
    notice = settings.language_notice
    assert notice.isHidden()
    settings.language.setCurrentIndex(settings.language.findData("fr"))
    assert notice.isVisible()
    assert "Restart Locator" in notice.text() and "Redémarrez Locator" in notice.text()
    settings.language.setCurrentIndex(settings.language.findData("nl"))
    assert "Start Locator opnieuw" in notice.text()


def test_tab_goes_from_the_fields_to_the_keyring_box(qtbot: QtBot, tmp_path: Path,
                                                     keystore: Keystore) -> None:
    dialog = door(qtbot, tmp_path / "v.locator", keystore)
    assert dialog.passphrase.nextInFocusChain() is dialog.passphrase_confirm
    assert dialog.passphrase_confirm.nextInFocusChain() is dialog.remember
    assert dialog.remember.nextInFocusChain() is dialog.show_passphrase
