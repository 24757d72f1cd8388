"""Drive the real app: create a vault, add a case, lock, unlock, find it again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from locator.storage.keystore import Keystore
from tests.host_fixtures import top_item, vault_of
from tests.memkeyring import LockableKeyring, memory_keystore
from ui.app import Controller
from ui.vault.unlock import VaultDialog

pytestmark = pytest.mark.gui
SECRET = "five random words are best"


def child(parent: QWidget, cls: type, name: str):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def open_door(qtbot: QtBot, controller: Controller, passphrase: str,
              confirm: bool = False) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, VaultDialog)
    qtbot.waitUntil(lambda: dialog.remember_note.text() != "" and dialog.isVisible())
    child(dialog, QLineEdit, "passphrase").setText(passphrase)
    if confirm:
        child(dialog, QLineEdit, "passphrase_confirm").setText(passphrase)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: controller.window.isVisible(), timeout=20000)


def test_create_fill_lock_unlock(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    path = tmp_path / "gui.locator"
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    assert controller.dialog is not None and controller.dialog.creating
    open_door(qtbot, controller, SECRET, confirm=True)
    window = controller.window
    assert path.exists()
    assert window.windowTitle() == "Locator[*]"

    window.new_action.trigger()
    editor = window.editor
    child(editor, QLineEdit, "alias").setText("Sami 🙂")
    child(editor, QLineEdit, "registered_last_name").setText("Tesfaye <b>&")
    child(editor, QLineEdit, "registered_first_name").setText("Amanuel")
    nationality = child(editor, QComboBox, "nationality_recorded")
    nationality.setEditText("Eritrea")
    phone = child(editor, QLineEdit, "phone_in_centre")
    phone.setText("12345 not a phone")

    assert not window.save_case()
    error = child(editor, QLabel, "phone_in_centre_error")
    assert error.isVisibleTo(window) and "phone" in error.text()
    assert phone.text() == "12345 not a phone"  # nothing typed is lost
    assert child(editor, QLineEdit, "alias").text() == "Sami 🙂"
    assert vault_of(window).case_count() == 0

    phone.setText("0470 12 34 56")
    assert window.save_case()
    assert not error.isVisibleTo(window)
    assert phone.text() == "+32470123456"
    case_list = child(window, QTableView, "case_list")
    assert case_list.model().rowCount() == 1

    window.lock_action.trigger()
    assert not window.isVisible() and window.vault is None
    assert case_list.model().rowCount() == 0
    assert child(editor, QLineEdit, "alias").text() == ""
    assert controller.dialog is not None and not controller.dialog.creating

    open_door(qtbot, controller, SECRET)
    assert case_list.model().rowCount() == 1
    case_list.selectRow(0)
    qtbot.waitUntil(lambda: child(editor, QLineEdit, "alias").text() == "Sami 🙂")
    assert child(editor, QLineEdit, "registered_last_name").text() == "Tesfaye <b>&"
    assert nationality.currentData() == "ER"
    window.close()


def test_wrong_passphrase_shows_message_and_waits(qtbot: QtBot, tmp_path: Path,
                                                  keystore: Keystore) -> None:
    from locator.storage.vault import Vault

    path = tmp_path / "v.locator"
    Vault.create(path, SECRET).lock()
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = dialog

    def failed(times: int) -> Callable[[], bool]:
        return lambda: shown.error.isVisible() and shown.failures == times

    for attempt in range(3):
        dialog.passphrase.setText(f"wrong {attempt}")
        dialog.ok_button.click()
        qtbot.waitUntil(failed(attempt + 1), timeout=20000)
    assert "passphrase" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()  # slowed down after repeated failures
    assert not controller.window.isVisible()
    dialog.reject()


def test_remember_on_this_device(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    path = tmp_path / "r.locator"
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.remember.isEnabled())
    dialog.remember.setChecked(True)
    open_door(qtbot, controller, SECRET, confirm=True)
    controller.window.lock_action.trigger()
    controller.window.close()

    second = Controller(path, keystore)
    qtbot.addWidget(second.window)
    second.start()  # opens straight from the keyring (off the UI thread)
    qtbot.waitUntil(second.window.isVisible, timeout=20000)
    assert second.window.isVisible() and second.dialog is None
    second.window.close()


def _vault_with_remembered_key(path: Path) -> tuple[LockableKeyring, Keystore, str, bytes]:
    from locator.storage.keystore import vault_id
    from locator.storage.vault import Vault, read_salt

    vault = Vault.create(path, SECRET)
    keyring = LockableKeyring()
    keystore = memory_keystore(keyring)
    key_id, key = vault_id(read_salt(path)), bytes(vault.key)
    keystore.remember(key_id, key)
    vault.lock()
    return keyring, keystore, key_id, key


def test_the_door_answers_while_the_keyring_prompt_is_up_and_keeps_the_key(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "locked.locator"
    keyring, keystore, key_id, key = _vault_with_remembered_key(path)
    keyring.locked = True
    keyring.prompt_up.clear()  # the keyring's own prompt is up; nobody answers it yet
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, VaultDialog)
    qtbot.waitUntil(lambda: "Waiting for this computer's keyring" in
                    dialog.remember_note.text(), timeout=10000)
    # the person types the passphrase meanwhile and unlocks: the vault opens
    open_door(qtbot, controller, SECRET)
    assert controller.window.vault is not None
    keyring.prompt_up.set()  # now the prompt is dismissed
    qtbot.wait(200)
    assert "delete" not in keyring.calls  # nobody asked to forget the key
    keyring.locked = False
    assert keystore.recall(key_id) == key
    controller.window.close()


def test_a_dismissed_keyring_prompt_falls_back_to_the_passphrase_and_deletes_nothing(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dismissed.locator"
    keyring, keystore, key_id, key = _vault_with_remembered_key(path)
    keyring.locked = True  # its prompt is dismissed at once
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, VaultDialog)
    qtbot.waitUntil(lambda: "locked" in dialog.remember_note.text(), timeout=10000)
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.passphrase.isEnabled()  # the passphrase is asked, as usual
    open_door(qtbot, controller, SECRET)
    qtbot.wait(200)
    assert keyring.calls.count("delete") == 0 and dialog.key_action is None
    keyring.locked = False
    assert keystore.recall(key_id) == key
    controller.window.close()


def test_unticking_a_kept_key_forgets_it_off_the_ui_thread(qtbot: QtBot, tmp_path: Path
                                                           ) -> None:
    path = tmp_path / "untick.locator"
    keyring, keystore, key_id, _key = _vault_with_remembered_key(path)
    keyring.store.clear()  # not kept: the door asks for the passphrase
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, VaultDialog)
    qtbot.waitUntil(dialog.remember.isEnabled)
    dialog.remember.setChecked(True)
    open_door(qtbot, controller, SECRET)
    qtbot.waitUntil(lambda: keystore.recall(key_id) is not None)
    qtbot.waitUntil(lambda: "now kept" in controller.window.statusBar().currentMessage())
    controller.window.lock()
    door = controller.dialog
    assert isinstance(door, VaultDialog) and door is not dialog
    qtbot.waitUntil(lambda: door.remember.isChecked())  # it says it is kept
    door.remember.setChecked(False)  # the person asks to forget it
    open_door(qtbot, controller, SECRET)
    qtbot.waitUntil(lambda: keystore.recall(key_id) is None)
    qtbot.waitUntil(lambda: "no longer remembers" in
                    controller.window.statusBar().currentMessage())
    controller.window.close()


def test_remember_disabled_with_reason_without_keyring(qtbot: QtBot, tmp_path: Path) -> None:
    import keyring.backends.fail

    controller = Controller(tmp_path / "k.locator", Keystore(keyring.backends.fail.Keyring()))
    qtbot.addWidget(controller.window)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Not available" in dialog.remember_note.text())
    assert not dialog.remember.isEnabled()
    assert QApplication.instance() is not None
    dialog.reject()


def test_timeline_is_append_only(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> None:
    from locator.model.caseio import case_from_dict
    from locator.model.cases import EventKind
    from locator.storage.vault import Vault

    vault = Vault.create(tmp_path / "t.locator", SECRET)
    case = vault.save_case(case_from_dict({"alias": "Sami"}))
    case.status = case.status.__class__("detained")
    vault.save_case(case)
    controller = Controller(tmp_path / "t.locator", keystore)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    window = controller.window
    window.open_case(case.id or 0)
    panel = window.timeline
    assert panel.tree.topLevelItemCount() == 2
    assert "Detained" in top_item(panel.tree, 1).text(2)
    panel.note.setText("Called the host")
    panel._add_note()
    panel.tree.setCurrentItem(top_item(panel.tree, 2))
    panel.note.setText("It was the cousin, not the host")
    panel._add_correction()
    events = vault.events(case.id or 0)
    assert [e.kind for e in events][-2:] == [EventKind.NOTE, EventKind.CORRECTION]
    assert events[-1].corrects == events[-2].id
    assert events[-2].summary == "Called the host"  # the original is untouched
    window.close()


def test_app_entry_point_version_and_help() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    for flag in ("--version", "--help"):
        result = subprocess.run([sys.executable, "main.py", flag], cwd=root,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and result.stdout and not result.stderr


def test_lock_keeps_unsaved_edits_as_an_encrypted_draft(qtbot: QtBot, tmp_path: Path,
                                                        keystore: Keystore,
                                                        sandbox: Path) -> None:
    from tests.helpers import files_containing

    path = tmp_path / "d.locator"
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    controller.start()
    open_door(qtbot, controller, SECRET, confirm=True)
    window = controller.window
    window.new_action.trigger()
    child(window.editor, QLineEdit, "alias").setText("DRAFTMARKER saved")
    assert window.save_case()
    child(window.editor, QLineEdit, "arrest_place").setText("DRAFTMARKER unsaved edit")
    assert window.editor.dirty

    window.lock_action.trigger()  # no question asked, nothing lost
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    assert not any("DRAFTMARKER" in t for t in texts)
    assert files_containing(tmp_path, "DRAFTMARKER") == []
    assert files_containing(sandbox, "DRAFTMARKER") == []

    open_door(qtbot, controller, SECRET)
    assert child(window.editor, QLineEdit, "arrest_place").text() == "DRAFTMARKER unsaved edit"
    assert window.editor.dirty
    assert window.save_case()
    assert vault_of(window).take_draft() is None
    window.close()


def test_idle_lock_counts_time_asleep(qtbot: QtBot) -> None:
    from ui.vault.idle import IdleLock

    now = [1000.0]
    locked: list[bool] = []
    idle = IdleLock(lambda: locked.append(True), lambda: True, clock=lambda: now[0])
    idle.timer.stop()
    now[0] += 4 * 60
    idle.check()
    assert locked == []
    now[0] += 60 * 60  # the laptop slept for an hour
    idle.check()
    assert locked == [True]


def test_the_idle_lock_ends_with_its_window(qtbot: QtBot, tmp_path: Path,
                                            keystore: Keystore) -> None:
    """The idle lock filters every event of the app: it must not outlive its window (left
    behind, each one slowed every later event and could lock a window it never knew)."""
    from tests.gui_windows import open_case_window

    controller, window, _case_id = open_case_window(qtbot, tmp_path, keystore)
    qtbot.waitUntil(lambda: getattr(controller, "idle", None) is not None, timeout=10_000)
    idle = controller.idle
    assert idle.parent() is window  # Qt deletes it with the window
