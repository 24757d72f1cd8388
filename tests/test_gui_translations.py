"""The app in French, in Dutch and pseudo-translated: the main window, a procedure step,
a core error message, Qt's own buttons and the dates all follow the language."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from locator.model.caseio import case_from_dict
from locator.storage.keystore import Keystore
from locator.storage.vault import Vault
from tools.ts_file import read_ts
from ui.app import Controller
from ui.common.i18n import (
    LANGUAGE_KEY,
    install_translations,
    language_setting,
    remove_translators,
    resolve_language,
    translate,
)

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PHONE = ("this is not a phone number we can read (try the international form, e.g. "
         "+32 470 12 34 56)")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Today's .ts files compiled the way `make` does (never a stale .qm)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(TS_DIR.glob("locator_*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm",
                        str(folder / f"{ts.stem}.qm")], check=True)
    return folder


@pytest.fixture
def speak(qm_dir: Path, qapp: Any) -> Iterator[Callable[..., str]]:
    """Switch the app's language; English and the old default locale come back after."""
    before = QLocale()

    def switch(lang: str, pseudo: bool = False) -> str:
        return install_translations(lang, folder=qm_dir, pseudo=pseudo)

    yield switch
    remove_translators()
    QLocale.setDefault(before)


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    return {(e.context, e.source): e.translation
            for e in read_ts(TS_DIR / f"locator_{lang}.ts")[1] if e.active and not e.numerus}


def open_window(qtbot: QtBot, tmp_path: Path, keystore: Keystore, lang: str,
                **fields: Any) -> Any:
    """The main window in ``lang`` with a case open (by default a missing person's)."""
    vault = Vault.create(tmp_path / f"{lang}.locator", "translation test words")
    controller = Controller(vault.path, keystore, lang)
    qtbot.addWidget(controller.window)
    controller.unlocked(vault)
    window = controller.window
    case = vault.save_case(case_from_dict(fields or {
        "alias": "Sami", "status": "missing", "last_contact_at": "2025-08-01T18:30"}))
    assert case.id is not None
    window.open_case(case.id)
    window.resize(1200, 760)  # the window's default size
    window.show()
    qtbot.waitExposed(window)
    return window


def action(window: Any, name: str) -> str:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return str(found.text())


def menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_main_window_step_and_errors_in_the_language(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, speak: Callable[..., str],
        lang: str) -> None:
    assert speak(lang) == lang
    words = catalogue(lang)
    window = open_window(qtbot, tmp_path, keystore, lang)

    # toolbar actions, the search field, the menus, the editor's tabs
    for name, context, source in (("new_case", "MainWindow", "New case"),
                                  ("save_case", "MainWindow", "Save"),
                                  ("lock", "MainWindow", "Lock"),
                                  ("deadlines_action", "Deadlines", "Deadlines"),
                                  ("brief_action", "BriefWindow", "Lawyer brief…")):
        assert action(window, name) == words[(context, source)] != source
    placeholder = window.case_filter.placeholderText()
    assert placeholder == words[("MainWindow", "Search names, nationality, centre, notes")]
    assert menu_titles(window) == [words[("VaultMenu", "&Vault")], words[("CaseMenu", "&Case")],
                                   words[("MainWindow", "Vie&w")], words[("HelpMenu", "&Help")]]
    keys = [title[title.index("&") + 1].lower() for title in menu_titles(window)]
    assert len(set(keys)) == len(keys)  # one Alt+letter per menu, in every language
    tabs = window.editor.tabs
    assert tabs.tabText(0) == words[("CaseEditor", "Identity")] != "Identity"
    headers = [window.model.headerData(i, _horizontal()) for i in range(2)]
    # the name, then the nearest deadline (issue 13: the list shows urgency)
    assert headers == [words[("CaseListModel", "Name")], words[("CaseListModel",
                                                                 "Deadline")]]

    # the step to do now: a text of procedure.yaml, in the language
    panel = window.locate.panel
    step = panel.progress.current
    assert step is not None
    assert panel.title.text() == words[("procedure", step.title)] != step.title
    assert panel.do.text() == words[("procedure", step.do)]
    assert panel.phase.text().startswith(words[("StepPanel", "NOW · {phase}")].split("{")[0])
    assert panel.browse_button.text() == words[("StepPanel", "See the whole procedure")]

    # a core message shown next to its field, in the language
    window.editor.widgets["phone_in_centre"].setText("abc")
    assert window.save_case() is False
    error = window.findChild(QLabel, "phone_in_centre_error")
    assert error is not None and error.isVisible()
    assert error.text() == words[("errors", PHONE)] != PHONE
    assert window.editor.summary_error.text() != "" and "Not saved" not in \
        window.editor.summary_error.text()

    # Qt's own buttons (qtbase_*.qm) and dates with the language's day and month names
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == {
        "fr": "Annuler", "nl": "Annuleren"}[lang]
    box.deleteLater()
    from ui.deadlines.text import long_date

    assert long_date(date(2025, 8, 18)) == {"fr": "lundi 18 août 2025",
                                            "nl": "maandag 18 augustus 2025"}[lang]
    window.editor.clear()
    window.close()


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_plural_forms_in_english_and_french(speak: Callable[..., str]) -> None:
    text = "Not saved: %n field(s) need attention. What you typed is kept."
    speak("en")
    assert translate("CaseEditor", text, "", 1).startswith("Not saved: 1 field needs")
    assert translate("CaseEditor", text, "", 3).startswith("Not saved: 3 fields need")
    speak("fr")
    assert "1 champ demande" in translate("CaseEditor", text, "", 1)
    assert "2 champs demandent" in translate("CaseEditor", text, "", 2)


def test_a_missing_catalogue_leaves_the_app_in_english(qapp: Any, tmp_path: Path) -> None:
    before = QLocale()
    try:
        assert install_translations("nl", folder=tmp_path / "nothing-here") == "nl"
        assert translate("MainWindow", "New case") == "New case"
        assert QLocale().language() == QLocale.Language.Dutch
    finally:
        remove_translators()
        QLocale.setDefault(before)


def test_the_language_follows_the_setting_or_the_system(qapp: Any) -> None:
    settings = QSettings()
    try:
        settings.remove(LANGUAGE_KEY)
        assert language_setting() == "system"
        assert resolve_language(system=QLocale("fr_BE")) == "fr"
        assert resolve_language(system=QLocale("nl_BE")) == "nl"
        assert resolve_language(system=QLocale("de_DE")) == "en"
        settings.setValue(LANGUAGE_KEY, "nl")
        assert resolve_language(system=QLocale("fr_BE")) == "nl"
        settings.setValue(LANGUAGE_KEY, "klingon")
        assert language_setting() == "system"
    finally:
        settings.remove(LANGUAGE_KEY)
        settings.sync()


def test_settings_dialog_offers_the_languages(qtbot: QtBot, tmp_path: Path,
                                              keystore: Keystore) -> None:
    from ui.vault.settings import SettingsDialog

    vault = Vault.create(tmp_path / "s.locator", "settings test words")
    vault.lock()
    dialog = SettingsDialog(None, keystore, vault.path)
    qtbot.addWidget(dialog)
    try:
        combo = dialog.findChild(QComboBox, "language")
        assert combo is not None
        assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "fr", "nl"]
        assert combo.currentData() == "system"
        combo.setCurrentIndex(combo.findData("fr"))
        dialog.accept()
        assert language_setting() == "fr"
        notes = [label.text() for label in dialog.findChildren(QLabel)]
        assert any("next time Locator starts" in text for text in notes)
    finally:
        QSettings().remove(LANGUAGE_KEY)
        QSettings().sync()


# -- pseudo-translation ---------------------------------------------------------------------


def visible_texts(window: Any) -> list[tuple[str, str]]:
    """(where, text) of every word the main window shows that the app wrote itself."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text() and widget.buddy() is None \
                and widget.pixmap().isNull():
            found.append((name, widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((f"label of {widget.buddy().objectName()}", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            found.append((name, widget.text()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable() \
                and widget.currentText():
            found.append((f"{name} choice", widget.currentText()))
        elif isinstance(widget, QTabWidget):
            found += [(f"{name} tab", widget.tabText(i)) for i in range(widget.count())]
    found += [(a.objectName(), a.text()) for a in window.toolbar.actions() if a.text()]
    for entry in window.menuBar().actions():
        menu = entry.menu()
        assert isinstance(menu, QMenu)
        found.append((menu.objectName(), menu.title()))
        found += [(a.objectName(), a.text()) for a in menu.actions() if a.text()]
    from PySide6.QtCore import Qt

    model = window.model
    found += [("case list header", model.headerData(i, Qt.Orientation.Horizontal))
              for i in range(model.columnCount())]
    return found


def test_pseudo_translation_changes_every_visible_text(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, speak: Callable[..., str]) -> None:
    speak("en", pseudo=True)
    window = open_window(qtbot, tmp_path, keystore, "en")
    user_data = {"Sami"}
    texts = [(where, text) for where, text in visible_texts(window)
             if text not in user_data]
    assert len(texts) > 80
    untouched = [(where, text) for where, text in texts if "~~" not in text]
    assert untouched == []
    # placeholders still work: a step title with {…} would have raised on .format()
    assert window.locate.panel.phase.text().count("~") >= 4
    window.editor.clear()
    window.close()


def test_pseudo_keeps_placeholders_markup_and_accelerators() -> None:
    from ui.common.pseudo import pseudo

    text = pseudo('Ends {date}, {time} · <a href="{url}">source</a> · %n · &Help')
    assert "{date}" in text and "{time}" in text and '<a href="{url}">' in text
    assert "%n" in text and "&Ĥéĺp" in text
    assert text.startswith("[") and len(text) > 1.3 * len("Ends {date}, {time}")
    assert text.format(date="d", time="t", url="u").count("~") >= 2
    assert pseudo("") == "" and pseudo("  ") == "  "


def shown_whole(label: QLabel, area: QWidget) -> list[str]:
    """What keeps ``label`` from being read whole inside ``area`` (what clips it): nothing
    past ``area``'s edges, the size its text needs (its height for its width when it
    wraps), and no single word wider than the label. Empty when it is readable."""
    name = label.objectName() or label.text()[:30]
    problems = []
    top_left = label.mapTo(area, QPoint(0, 0))
    if top_left.x() < 0 or top_left.x() + label.width() > area.width():
        problems.append(f"{name}: outside its area ({top_left.x()} + {label.width()} > "
                        f"{area.width()})")
    if label.wordWrap():
        if label.height() < label.heightForWidth(label.width()):
            problems.append(f"{name}: {label.height()} high, needs "
                            f"{label.heightForWidth(label.width())}")
        if label.textFormat() is Qt.TextFormat.PlainText:
            metrics = label.fontMetrics()
            room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent()
            wide = [w for w in label.text().split() if metrics.horizontalAdvance(w) > room]
            if wide:
                problems.append(f"{name}: {wide} wider than {room}")
    else:
        hint = label.sizeHint()
        if label.width() < hint.width() or label.height() < hint.height():
            problems.append(f"{name}: {label.size()} smaller than its text ({hint})")
    return problems


def test_longer_words_are_never_cut_in_the_case_header(
        qtbot: QtBot, tmp_path: Path, keystore: Keystore, speak: Callable[..., str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Pseudo-translated (40 % longer): the deadline buttons stay in sight, and every text
    of the deadlines and of the step gets the room it needs, inside the window. (Whether
    the end and the time left sit side by side or one under the other depends on the
    fonts of the machine: either is right as long as nothing is cut.)"""
    import ui.common.pseudo
    from locator.model.dates import utc_now

    # The pseudo text's padding is one run of tildes (100 for the step's longest text):
    # no language has such a word, and no wrapping can fit it. Cut it into words of 10.
    grow = ui.common.pseudo.pseudo
    monkeypatch.setattr(ui.common.pseudo, "pseudo", lambda text: re.sub(
        "~{11,}", lambda run: " ".join(textwrap.wrap(run[0], 10)), grow(text)))
    speak("en", pseudo=True)
    window = open_window(qtbot, tmp_path, keystore, "en", alias="Sami", status="detained",
                         centre="127bis", consent_lawyer="yes", decisions=[{
                             "kind": "removal", "notified_at": utc_now().strftime(
                                 "%Y-%m-%dT%H:%M"), "earlier_removal": "yes"}])
    qtbot.wait(50)
    panel = window.findChild(QWidget, "deadlines_panel")
    assert panel is not None and panel.rows
    # what clips the case's headers: their own scroll area (it never scrolls sideways),
    # inside the window; the deadlines panel's scroll area is inside it
    headers = window.findChild(QAbstractScrollArea, "case_headers_scroll")
    assert headers is not None
    area = headers.viewport()
    assert area.mapTo(window, QPoint(area.width(), 0)).x() <= window.width()
    problems: list[str] = []
    for row in panel.rows.values():
        assert row.mapTo(area, QPoint(row.width(), 0)).x() <= area.width(), "row cut"
        for button in (row.done_button, row.na_button):
            corner = button.mapTo(area, QPoint(button.width(), button.height()))
            assert corner.x() <= area.width(), button.text()  # not clipped
            assert button.width() >= button.sizeHint().width(), button.text()
        labels = [label for label in row.findChildren(QLabel)
                  if label.isVisibleTo(window) and label.text()]
        assert {row.due, row.left} <= set(labels)
        for label in labels:
            problems += shown_whole(label, area)
    step = window.locate.panel
    labels = [label for label in step.findChildren(QLabel) if label.isVisible()
              and label.wordWrap() and label.text()]
    assert labels
    for label in labels:
        problems += shown_whole(label, area)
    assert problems == []
    window.editor.clear()
    window.close()
