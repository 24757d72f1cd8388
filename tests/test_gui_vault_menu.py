"""The Vault and Case menus, driven on the real app with real vaults.

Questions are answered through ``menu.prompts`` (plain callables), never by
patching Qt; the vault, SQLCipher, the key derivation (fast in tests) and the
file system are the real ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict, case_to_dict
from locator.storage.backup import backup_folder, backup_to
from locator.storage.errors import WrongPassphrase
from locator.storage.keystore import Keystore, vault_id
from locator.storage.merge import MergePlan
from locator.storage.vault import Vault, read_salt
from tests.helpers import digest, files_containing, marker_case
from tests.host_fixtures import child_of, editor_field
from tests.memkeyring import LockableKeyring, memory_keystore
from ui.app import Controller
from ui.common.worker import wait_for_background
from ui.vault import menu as vault_menu
from ui.vault.idle import AUTO_LOCK_KEY
from ui.vault.settings import QUIT_ON_LOCK_KEY, set_quit_on_lock

pytestmark = pytest.mark.gui
SECRET = "five random words are best"
OTHER = "another referent's own words"


class Answers:
    """Stands in for the person at the keyboard: answers every question of the menus."""

    def __init__(self, prompts: Any) -> None:
        self.informed: list[tuple[str, str]] = []
        self.warned: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str, str]] = []
        self.yes = True
        self.word = "ERASE"
        self.open_file: Path | None = None
        self.save_file: Path | None = None
        self.passphrase: str | None = None
        self.plans: list[MergePlan] = []
        self.choices: dict[int, Any] | None = {}
        prompts.confirm = self.confirm
        prompts.inform = lambda _parent, title, text: self.informed.append((title, text))
        prompts.warn = lambda _parent, title, text: self.warned.append((title, text))
        prompts.ask_word = lambda _parent, _title, _text, word, _action: self.word == word
        prompts.ask_open_file = lambda *_args: self.open_file
        prompts.ask_save_file = lambda *_args: self.save_file
        prompts.ask_passphrase = lambda *_args: self.passphrase
        prompts.ask_new_passphrase = lambda *_args: self.passphrase
        prompts.choose_resolutions = self.choose

    def confirm(self, _parent: Any, title: str, text: str, _action: str,
                details: str = "") -> bool:
        self.asked.append((title, text, details))
        return self.yes

    def choose(self, _parent: Any, plan: MergePlan) -> dict[int, Any] | None:
        self.plans.append(plan)
        return self.choices


class App:
    def __init__(self, controller: Controller, menu: vault_menu.VaultMenu) -> None:
        self.controller = controller
        self.window = controller.window
        self.menu = menu
        self.answers = Answers(menu.prompts)

    @property
    def vault(self) -> Vault:
        assert self.window.vault is not None
        return self.window.vault

    def trigger(self, name: str) -> None:
        from PySide6.QtGui import QAction

        action = self.window.findChild(QAction, name)
        assert action is not None, name
        assert action.isEnabled(), name
        action.trigger()

    def wait(self, qtbot: QtBot, condition: Any) -> None:
        qtbot.waitUntil(lambda: bool(condition()) and not self.menu.jobs.running, timeout=20000)


def snapshot(vault: Vault) -> list[dict[str, object]]:
    return [case_to_dict(vault.get_case(c.id)) for c in vault.list_cases(include_closed=True)]


@pytest.fixture(autouse=True)
def clean_settings() -> Iterator[None]:
    yield
    settings = QSettings()
    settings.remove(QUIT_ON_LOCK_KEY)
    settings.remove(AUTO_LOCK_KEY)
    settings.sync()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, keystore: Keystore) -> Iterator[App]:
    path = tmp_path / "vaults" / "menu.locator"
    Vault.create(path, SECRET).lock()
    controller = Controller(path, keystore)
    qtbot.addWidget(controller.window)
    menu = getattr(controller.window, "vault_menu", None) or vault_menu.install(
        controller.window, controller)
    controller.unlocked(Vault.open_with_passphrase(path, SECRET))
    yield App(controller, menu)
    wait_for_background()
    if controller.dialog is not None:
        controller.dialog.reject()
    if controller.window.vault is not None:
        controller.window.editor.clear()
        controller.window.close()


def test_menu_and_toolbar(app: App) -> None:

    menu = child_of(app.window, QMenu, "vault_menu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["lock", "action_team", "backup_now", "restore_backup", "export_copy",
                     "import_cases", "recovery", "settings", "erase_vault", "quit"]
    assert app.menu.backup_action in app.window.toolbar.actions()
    case_menu = child_of(app.window, QMenu, "case_menu")
    assert [a.objectName() for a in case_menu.actions() if not a.isSeparator()] == [
        "new_case", "save_case", "brief_action", "record_decision", "action_share_case",
        "close_case",
        "reopen_case", "purge_case", "show_closed"]
    view_menu = child_of(app.window, QMenu, "view_menu")
    assert [a.objectName() for a in view_menu.actions() if not a.isSeparator()] == [
        "home_action", "search_cases", "centre_view", "deadlines_action"]
    # the keyboard reaches every toolbar button through a menu too (Alt, then arrows)
    in_menus = {a for m in (menu, case_menu, view_menu) for a in m.actions()}
    assert set(app.window.toolbar.actions()) <= in_menus
    bar = [a.text() for a in app.window.menuBar().actions()]
    keys = [t[t.index("&") + 1].lower() for t in bar]
    assert len(set(keys)) == len(keys), bar  # one Alt+letter per menu


def test_backup_now_change_restore_identical(app: App, qtbot: QtBot) -> None:
    vault = app.vault
    vault.save_case(case_from_dict(marker_case("RESTOREMARK")))
    app.window.refresh_list()
    before = snapshot(vault)
    app.trigger("backup_now")
    app.wait(qtbot, lambda: app.answers.informed)
    made = app.menu.last_backup
    assert made is not None and made.parent == backup_folder(vault.path)
    assert made.name.startswith("manual-menu-")
    assert "same passphrase" in app.answers.informed[-1][1] and str(made) in \
        app.answers.informed[-1][1]
    Vault.open_with_passphrase(made, SECRET).lock()
    assert files_containing(made.parent, "RESTOREMARK") == []

    changed = vault.get_case(vault.list_cases()[0].id)
    changed.notes = "written after the backup"
    vault.save_case(changed)
    vault.save_case(case_from_dict({"alias": "added after the backup"}))
    assert snapshot(vault) != before

    app.answers.open_file = made
    app.trigger("restore_backup")
    app.wait(qtbot, lambda: len(app.answers.informed) == 2)
    assert app.answers.warned == []
    assert "before-restore" in app.answers.asked[-1][2]
    assert app.window.vault is not None and app.window.vault is not vault
    assert app.window.isVisible() and app.window.model.rowCount() == 1
    assert snapshot(app.vault) == before
    asides = list(app.vault.path.parent.glob("menu.locator.before-restore-*"))
    assert len(asides) == 1 and str(asides[0]) in app.answers.informed[-1][1]
    with Vault.open_with_passphrase(asides[0], SECRET) as kept:
        assert kept.case_count() == 2  # what was there before the restore is kept
    assert not list(app.vault.path.parent.glob(".menu.locator.checking*"))
    assert not list(app.vault.path.parent.glob(".menu.locator.part*"))


@pytest.mark.parametrize("kind", ["other passphrase", "random bytes", "cut short", "bit flip",
                                  "plain sqlite", "empty"])
def test_restore_refuses_what_does_not_open_and_changes_nothing(app: App, qtbot: QtBot,
                                                                tmp_path: Path,
                                                                kind: str) -> None:
    import sqlite3

    vault = app.vault
    vault.save_case(case_from_dict({"alias": "ours"}))
    bad = tmp_path / "elsewhere" / "bad.locator"
    bad.parent.mkdir()
    if kind == "other passphrase":
        with Vault.create(tmp_path / "other.locator", OTHER) as other:
            other.save_case(case_from_dict({"alias": "theirs"}))
            backup_to(other, bad)
    elif kind in {"cut short", "bit flip"}:
        for number in range(30):
            vault.save_case(case_from_dict({"alias": f"case {number}", "notes": "x" * 2000}))
        data = bytearray(backup_to(vault, tmp_path / "good.locator").read_bytes())
        if kind == "cut short":
            data = data[:len(data) - 1000]
        else:
            data[len(data) // 2] ^= 0x10
        bad.write_bytes(bytes(data))
    elif kind == "random bytes":
        bad.write_bytes(os.urandom(8192))
    elif kind == "plain sqlite":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE t(x)")
        con.commit()
        con.close()
    else:
        bad.write_bytes(b"")
    folder_before = sorted(p.name for p in vault.path.parent.iterdir())
    before = digest(vault.path)
    app.answers.open_file = bad
    app.trigger("restore_backup")
    app.wait(qtbot, lambda: app.answers.warned)
    title, text = app.answers.warned[-1]
    assert title == "Not restored" and "Your vault was not changed." in text
    expected = {"other passphrase": "does not open with your vault's passphrase",
                "random bytes": "not a Locator backup at all", "cut short": "damaged (",
                "bit flip": "damaged (", "plain sqlite": "ordinary, unencrypted",
                "empty": "empty"}[kind]
    assert expected in text
    assert app.window.vault is vault and vault.is_open  # never closed
    assert digest(vault.path) == before
    assert sorted(p.name for p in vault.path.parent.iterdir()) == folder_before
    assert "ours" in [c.display_name for c in vault.list_cases()]


def test_export_copy_opens_only_with_its_own_passphrase(app: App, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    app.vault.save_case(case_from_dict({"alias": "handed over"}))
    target = tmp_path / "exports" / "for-referent.locator"
    target.parent.mkdir()
    app.answers.save_file, app.answers.passphrase = target, SECRET
    app.trigger("export_copy")
    app.wait(qtbot, lambda: app.answers.warned)
    assert "different from your vault's" in app.answers.warned[-1][1]
    assert not target.exists()

    app.answers.passphrase = OTHER
    app.trigger("export_copy")
    app.wait(qtbot, lambda: app.answers.informed)
    assert str(target) in app.answers.informed[-1][1]
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(target, SECRET)
    with Vault.open_with_passphrase(target, OTHER) as copy:
        assert snapshot(copy) == snapshot(app.vault)
    assert sorted(p.name for p in target.parent.iterdir()) == ["for-referent.locator"]


def test_import_merges_without_overwriting(app: App, qtbot: QtBot, tmp_path: Path) -> None:
    vault = app.vault
    shared = vault.save_case(case_from_dict(marker_case("MERGEMARK")))
    copy_path = tmp_path / "from-anna.locator"
    from locator.storage.backup import export_copy

    export_copy(vault, copy_path, OTHER)
    with Vault.open_with_passphrase(copy_path, OTHER) as theirs:
        case = theirs.get_case(shared.id or 0)
        case.notes = "Anna's notes"
        theirs.save_case(case)
        theirs.save_case(case_from_dict({"alias": "Only in Anna's copy"}))
    ours = vault.get_case(shared.id or 0)
    ours.notes = "our notes"
    vault.save_case(ours)
    ours_before = case_to_dict(vault.get_case(shared.id or 0))

    app.answers.open_file, app.answers.passphrase = copy_path, "not the passphrase"
    app.trigger("import_cases")
    app.wait(qtbot, lambda: app.answers.warned)
    assert "does not open the copy" in app.answers.warned[-1][1]
    assert vault.case_count() == 1

    app.answers.passphrase = OTHER
    app.trigger("import_cases")
    app.wait(qtbot, lambda: app.answers.informed)
    (plan,) = app.answers.plans
    assert [(i.mine_id, i.conflict) for i in plan.conflicts] == [(shared.id, True)]
    report = app.menu.transfer.last_report
    assert report is not None
    assert [name for _id, name in report.added] == ["Only in Anna's copy"]
    assert [old for _new, old, _name in report.kept_both] == [shared.id]
    text = app.answers.informed[-1][1]
    assert "New cases added: 1" in text and f"same person as case {shared.id}" in text
    assert case_to_dict(app.vault.get_case(shared.id or 0)) == ours_before  # not overwritten
    assert app.vault.case_count() == 3
    assert app.window.model.rowCount() == 3  # the list shows them
    assert [c.display_name for c in app.vault.list_cases("Only")] == ["Only in Anna's copy"]
    new_id = report.kept_both[0][0]
    assert app.vault.get_case(new_id).notes == "Anna's notes"


def select(app: App, case_id: int) -> None:
    app.window.refresh_list()
    app.window.open_case(case_id)


def test_close_hide_show_closed_reopen(app: App) -> None:
    case = app.vault.save_case(case_from_dict({"alias": "Sami"}))
    select(app, case.id or 0)
    banner = app.window.case_menu.banner
    assert not banner.isVisibleTo(app.window)
    app.trigger("close_case")
    assert app.window.model.rowCount() == 0
    assert banner.isVisibleTo(app.window)  # still shown, with a way back
    app.trigger("show_closed")
    assert app.window.model.rowCount() == 1
    app.trigger("reopen_case")
    assert not banner.isVisibleTo(app.window)
    app.trigger("show_closed")
    assert app.window.model.rowCount() == 1
    assert [c.closed for c in app.vault.list_cases()] == [False]


def test_purge_is_gone_for_good_also_from_search(app: App, qtbot: QtBot) -> None:
    gone = app.vault.save_case(case_from_dict({"alias": "PURGEME Sami", "notes": "PURGEME"}))
    kept = app.vault.save_case(case_from_dict({"alias": "kept"}))
    select(app, gone.id or 0)
    assert not app.window.case_menu.purge_action.isEnabled()  # only a closed case
    app.trigger("close_case")
    app.answers.yes = False
    app.trigger("purge_case")
    assert app.vault.case_count() == 2
    title, text, details = app.answers.asked[-1]
    assert "cannot be undone" in details and "Backups" in details
    app.answers.yes = True
    app.trigger("purge_case")
    app.wait(qtbot, lambda: app.vault.case_count() == 1)
    assert [c.id for c in app.vault.list_cases(include_closed=True)] == [kept.id]
    assert app.vault.list_cases("PURGEME", include_closed=True) == []
    assert app.window.current_case_id is None
    assert editor_field(app.window, "alias", QLineEdit).text() == ""
    assert app.vault.integrity_problems() == []


def test_erase_after_double_confirmation(app: App, qtbot: QtBot, keystore: Keystore) -> None:
    path = app.vault.path
    salt = read_salt(path)
    keystore.remember(vault_id(salt), app.vault.key)
    app.trigger("backup_now")
    app.wait(qtbot, lambda: app.answers.informed)
    app.answers.word = "erase please"  # the word typed wrong: nothing happens
    app.trigger("erase_vault")
    assert path.exists() and app.window.vault is not None
    title, text, details = app.answers.asked[-1]
    assert str(path) in details and "1 backup(s)" in details and "keyring" in details
    assert "not deleted" in details

    app.answers.word = "ERASE"
    app.trigger("erase_vault")
    qtbot.waitUntil(lambda: app.controller.dialog is not None, timeout=20000)
    assert app.controller.dialog is not None and app.controller.dialog.creating
    assert not path.exists()
    assert not backup_folder(path).exists()
    assert keystore.recall(vault_id(salt)) is None
    assert [p.name for p in path.parent.iterdir()] == []
    assert app.window.vault is None and not app.window.isVisible()
    assert "erased" in app.answers.informed[-1][1]


def test_erase_with_quit_on_lock_quits(app: App, qtbot: QtBot) -> None:
    quits: list[bool] = []
    app.controller.quit_app = lambda: quits.append(True)
    set_quit_on_lock(True)
    path = app.vault.path
    app.trigger("erase_vault")
    qtbot.waitUntil(lambda: quits == [True], timeout=20000)
    assert not path.exists() and app.controller.dialog is None
    assert not backup_folder(path).exists()  # no automatic backup of a vault being erased


def test_quit_on_lock_saves_the_draft_backs_up_and_quits(app: App, tmp_path: Path) -> None:
    quits: list[bool] = []
    app.controller.quit_app = lambda: quits.append(True)
    set_quit_on_lock(True)
    case = app.vault.save_case(case_from_dict({"alias": "Sami"}))
    select(app, case.id or 0)
    editor_field(app.window, "notes", QPlainTextEdit).setPlainText("typed, not saved")
    path = app.vault.path
    app.window.lock_action.trigger()
    assert quits == [True]
    assert app.controller.dialog is None  # no door: the app quits
    assert app.window.vault is None
    automatic = [p for p in backup_folder(path).iterdir() if p.name.startswith("menu-")]
    assert len(automatic) == 1  # the daily automatic backup, as on close
    with Vault.open_with_passphrase(path, SECRET) as again:
        draft = again.take_draft()
    assert draft is not None and draft["form"]["notes"] == "typed, not saved"


def test_lock_without_quit_on_lock_goes_to_the_door(app: App) -> None:
    quits: list[bool] = []
    app.controller.quit_app = lambda: quits.append(True)
    app.window.lock_action.trigger()
    assert quits == [] and app.controller.dialog is not None
    assert not backup_folder(app.controller.vault_path).exists()  # a lock is not a close


def test_closing_the_app_makes_the_daily_backup(app: App) -> None:
    path = app.vault.path
    app.window.close()
    assert [p.name[:len("menu-")] for p in backup_folder(path).iterdir()] == ["menu-"]


def test_screen_lock_and_sleep_lock_the_window(app: App) -> None:
    watcher = app.window.session_lock
    watcher.screensaver_active_changed(False)
    assert app.window.vault is not None  # the screen saver went off: nothing to do
    watcher.screensaver_active_changed(True)
    assert app.window.vault is None and app.controller.dialog is not None
    watcher.prepare_for_sleep(True)  # already locked: nothing happens twice
    watcher.session_locked()
    assert app.window.vault is None


def test_sleep_and_session_lock_slots(qtbot: QtBot) -> None:
    from ui.vault.session_lock import SessionLockWatcher

    locks: list[str] = []
    watcher = SessionLockWatcher(lambda: locks.append("lock"))
    watcher.prepare_for_sleep(False)
    watcher.prepare_for_sleep(True)
    watcher.session_locked()
    assert locks == ["lock", "lock"]
    assert watcher.watch() == [] or os.environ.get("DBUS_SESSION_BUS_ADDRESS")


@pytest.mark.skipif(shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
                    reason="needs dbus-daemon and dbus-send")
def test_screen_lock_over_a_real_session_bus(app: App, qtbot: QtBot) -> None:
    from PySide6.QtDBus import QDBusConnection

    from ui.vault.session_lock import SessionLockWatcher

    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork",
                               "--nopidfile"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        owner = QDBusConnection.connectToBus(address, "locator-test-screensaver")
        assert owner.registerService("org.freedesktop.ScreenSaver")
        bus = QDBusConnection.connectToBus(address, "locator-test-watcher")
        watcher = SessionLockWatcher(app.window.lock, app.window)
        assert watcher.watch(session_bus=bus) == ["org.freedesktop.ScreenSaver"]
        subprocess.run(["dbus-send", "--session", "--type=signal", "/ScreenSaver",
                        "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                       env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}, check=True,
                       timeout=20)
        qtbot.waitUntil(lambda: app.window.vault is None, timeout=10000)
    finally:
        QDBusConnection.disconnectFromBus("locator-test-watcher")
        QDBusConnection.disconnectFromBus("locator-test-screensaver")
        daemon.kill()
        daemon.wait()
        if daemon.stdout is not None:
            daemon.stdout.close()


def test_settings_dialog(app: App, keystore: Keystore, qtbot: QtBot) -> None:
    from ui.vault.idle import idle_minutes
    from ui.vault.settings import quit_on_lock

    path = app.vault.path
    keystore.remember(vault_id(read_salt(path)), app.vault.key)
    dialog = app.menu.settings()
    assert dialog.objectName() == "settings_dialog"
    assert dialog.auto_lock.value() == 5 and not dialog.quit_on_lock.isChecked()
    qtbot.waitUntil(dialog.forget_key.isEnabled)  # the keyring is asked off the UI thread
    assert "remembers the vault key" in dialog.key_note.text()
    dialog.forget_key.click()
    qtbot.waitUntil(lambda: "Forgotten" in dialog.key_note.text())
    assert keystore.recall(vault_id(read_salt(path))) is None
    assert not dialog.forget_key.isEnabled()
    dialog.auto_lock.setValue(0)
    dialog.quit_on_lock.setChecked(True)
    dialog.accept()
    assert idle_minutes() == 0 and quit_on_lock()
    dialog = app.menu.settings()
    assert dialog.auto_lock.text() == "Off" and dialog.quit_on_lock.isChecked()
    dialog.reject()


def test_recovery_sheet_holds_no_case_and_no_passphrase(app: App, tmp_path: Path) -> None:
    from pypdf import PdfReader

    app.vault.save_case(case_from_dict(marker_case("SHEETMARK")))
    dialog = app.menu.recovery()
    assert dialog.objectName() == "recovery_dialog"
    target = tmp_path / "sheet" / "recovery.pdf"
    target.parent.mkdir()
    app.answers.save_file = target
    assert dialog.save_sheet() == target
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "recovery sheet" in text and "Passphrase:" in text
    assert app.vault.path.name in text
    assert "SHEETMARK" not in text and SECRET not in text
    assert files_containing(target.parent, "SHEETMARK") == []
    assert sorted(p.name for p in target.parent.iterdir()) == ["recovery.pdf"]
    dialog.reject()


def test_a_lock_while_the_backup_is_checked_restores_nothing(app: App, qtbot: QtBot) -> None:
    app.trigger("backup_now")
    app.wait(qtbot, lambda: app.answers.informed)
    path = app.vault.path
    before = digest(path)
    app.answers.open_file = app.menu.last_backup
    app.trigger("restore_backup")
    app.window.lock()  # the idle lock fires while the check runs
    app.wait(qtbot, lambda: app.answers.warned)
    assert "locked while the backup was being checked" in app.answers.warned[-1][1]
    assert app.window.vault is None and app.controller.dialog is not None  # still locked
    assert digest(path) == before
    assert not list(path.parent.glob("*.before-restore-*"))


def test_import_and_export_leave_no_plaintext(app: App, qtbot: QtBot, tmp_path: Path,
                                              sandbox: Path) -> None:
    marker = "LEAKMERGEQ7"
    app.vault.save_case(case_from_dict(marker_case(marker)))
    target = tmp_path / "out" / "copy.locator"
    target.parent.mkdir()
    app.answers.save_file, app.answers.passphrase = target, OTHER
    app.trigger("export_copy")
    app.wait(qtbot, lambda: app.answers.informed)
    with Vault.open_with_passphrase(target, OTHER) as theirs:
        case = theirs.get_case(theirs.list_cases()[0].id)
        case.notes = f"{marker} changed there"
        theirs.save_case(case)
    app.answers.open_file = target
    app.trigger("import_cases")
    app.wait(qtbot, lambda: len(app.answers.informed) == 2)
    app.trigger("backup_now")
    app.wait(qtbot, lambda: len(app.answers.informed) == 3)
    QSettings().sync()
    assert files_containing(sandbox, marker) == []
    assert files_containing(tmp_path, marker) == []


def test_the_real_question_dialogs(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from locator.storage.merge import Incoming, Resolution
    from ui.common.prompts import PassphraseDialog, WordDialog, confirm_box
    from ui.vault.merge_dialog import MergeChoicesDialog

    box = confirm_box(None, "Erase", "Erase <b>all</b>?", "Continue…", "path <i>x</i>")
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "&lt;b&gt;" in box.text()  # shown as typed, never as markup

    word = WordDialog(None, "Erase", "Type ERASE", "ERASE", "Erase for good")
    qtbot.addWidget(word)
    word.field.setText("ERAS")
    assert not word.go.isEnabled()
    word.field.setText("ERASE")
    assert word.go.isEnabled()

    twice = PassphraseDialog(None, "Copy", "Choose", twice=True)
    qtbot.addWidget(twice)
    twice.first.setText("correct horse battery staple words")
    assert twice.strength.value() >= 3 and "Strength" in twice.hint.text()
    twice.second.setText("something else")
    twice._check()
    assert twice.error.isVisibleTo(twice) and twice.result() == 0
    twice.second.setText("correct horse battery staple words")
    twice._check()
    assert twice.result() == 1
    assert twice.take() == "correct horse battery staple words"
    assert twice.first.text() == twice.second.text() == ""

    plan = MergePlan((Incoming(7, "Sami", 3, "Sami T.", None, False, True),
                      Incoming(8, "New one")))
    choices = MergeChoicesDialog(None, plan)
    qtbot.addWidget(choices)
    assert choices.table.rowCount() == 1
    assert choices.resolutions() == {7: Resolution.KEEP_BOTH}  # the default
    choices.choices[7].setCurrentIndex(2)
    assert choices.resolutions() == {7: Resolution.TAKE_THEIRS}
    choices.clear()
    assert choices.table.rowCount() == 0


def test_logind_session_path_is_escaped_like_sd_bus() -> None:
    from ui.vault.session_lock import session_path

    assert session_path("") == ""
    assert session_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert session_path("a-1") == "/org/freedesktop/login1/session/a_2d1"


def test_a_lock_closes_every_question_and_window_of_the_menus(app: App, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    from ui.common.prompts import ask_new_passphrase, confirm

    QTimer.singleShot(50, app.window.lock)
    assert confirm(app.window, "Erase", "Erase?", "Continue…") is False
    assert app.window.vault is None
    app.controller.dialog.reject()  # type: ignore[union-attr]
    app.controller.unlocked(Vault.open_with_passphrase(app.controller.vault_path, SECRET))

    def type_then_lock() -> None:
        from PySide6.QtWidgets import QApplication, QLineEdit

        for field in QApplication.instance().allWidgets():  # type: ignore[union-attr]
            if isinstance(field, QLineEdit) and field.objectName() == "new_passphrase":
                field.setText("half typed secret")
        app.window.lock()

    QTimer.singleShot(50, type_then_lock)
    assert ask_new_passphrase(app.window, "Copy", "Choose") is None
    app.controller.dialog.reject()  # type: ignore[union-attr]
    app.controller.unlocked(Vault.open_with_passphrase(app.controller.vault_path, SECRET))

    settings, recovery = app.menu.settings(), app.menu.recovery()
    assert settings.isVisible() and recovery.isVisible()
    app.window.lock()
    assert not settings.isVisible() and not recovery.isVisible()


def test_help_stays_the_last_menu(app: App) -> None:

    bar = app.window.menuBar()
    names = [a.menu().objectName() for a in bar.actions() if a.menu() is not None]
    assert names.index("vault_menu") < names.index("case_menu")
    if "help_menu" in names:
        assert names[-1] == "help_menu"
    assert child_of(app.window, QMenu, "vault_menu") is app.menu.menu


def test_settings_with_a_locked_keyring_never_claim_the_key_is_gone(app: App,
                                                                   qtbot: QtBot) -> None:
    keyring = LockableKeyring()
    keystore = memory_keystore(keyring)
    app.controller.keystore = keystore
    key_id = vault_id(read_salt(app.vault.path))
    keystore.remember(key_id, app.vault.key)
    keyring.locked = True  # and its prompt is up, nobody answering it yet
    keyring.prompt_up.clear()
    dialog = app.menu.settings()
    assert "Checking" in dialog.key_note.text()
    dialog.auto_lock.setValue(7)  # the window answers meanwhile
    assert dialog.auto_lock.value() == 7
    keyring.prompt_up.set()  # the prompt is dismissed: still locked
    qtbot.waitUntil(lambda: "locked" in dialog.key_note.text())
    assert dialog.forget_key.isEnabled()
    dialog.forget_key.click()
    qtbot.waitUntil(lambda: "could not be asked" in dialog.key_note.text())
    assert "Forgotten" not in dialog.key_note.text()
    keyring.locked = False
    assert keystore.recall(key_id) == app.vault.key  # still there, as the window says
    dialog.reject()


def test_erase_with_a_locked_keyring_says_the_key_may_still_be_kept(app: App,
                                                                    qtbot: QtBot) -> None:
    keyring = LockableKeyring()
    keystore = memory_keystore(keyring)
    app.controller.keystore = keystore
    path = app.vault.path
    key_id = vault_id(read_salt(path))
    keystore.remember(key_id, app.vault.key)
    key = bytes(app.vault.key)
    keyring.locked = True  # its prompt will be dismissed
    app.trigger("erase_vault")
    qtbot.waitUntil(lambda: bool(app.answers.warned), timeout=20000)
    assert not path.exists()
    title, text = app.answers.warned[-1]
    assert "may still keep it" in text and "Locator vault" in text
    assert not any("its key were erased" in t for _title, t in app.answers.informed)
    keyring.locked = False
    assert keystore.recall(key_id) == key  # the truth: it is still kept
