"""Screenshots of the screens a host sees first, at 1366×768, in English, French and Dutch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots OUT_FOLDER

writes, per language: ``home_<lang>.png`` (the "Today" screen after unlock), ``case_<lang>.png``
(a detained person with a removal order handed over 30 hours ago: its deadlines and the step
to do now), ``round_<lang>.png`` (the calling round for a missing adult man) and
``brief_<lang>.png`` (the lawyer brief). Every case is made up, in a throw-away vault in a
temporary folder (no keyring is touched: the key is kept in memory only).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from locator.model.caseio import case_from_dict
from locator.model.dates import utc_now
from locator.storage.vault import Vault
from tests.memkeyring import memory_keystore
from ui.common.i18n import install_translations, remove_translators

SIZE = QSize(1366, 768)
LANGUAGES = ("en", "fr", "nl")


def settle(app: QApplication, ms: int = 700) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(widget: QWidget, target: Path) -> None:
    if not widget.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(target)


def screens(app: QApplication, lang: str, folder: Path, out: Path) -> None:
    from ui.app import Controller
    from ui.brief.window import BriefWindow
    from ui.common.screens import FRAME_ROOM

    install_translations(lang)
    vault = Vault.create(folder / f"screens-{lang}.locator", "screenshots only, made-up cases")
    when = (utc_now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")
    detained = vault.save_case(case_from_dict({
        "alias": "Sami", "registered_last_name": "TESFAYE", "registered_first_name": "Amanuel",
        "nationality_recorded": "ER", "status": "detained", "centre": "127bis",
        "sex": "male", "with_children": "no", "languages": ["Tigrinya", "Arabic"],
        "consent_share_gvo": "yes", "consent_share_lawyer": "not_asked",
        "decisions": [{"kind": "oqt", "annexe": "13septies", "notified_at": when,
                       "notification_method": "hand", "earlier_removal": "no"}]}))
    missing = vault.save_case(case_from_dict({
        "alias": "Yusuf", "registered_last_name": "ABDI", "registered_first_name": "Yusuf",
        "nationality_recorded": "SO", "status": "missing", "sex": "male",
        "with_children": "no",
        "last_contact_at": (utc_now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")}))
    vault.save_case(case_from_dict({"alias": "Amina", "status": "missing", "sex": "female"}))
    assert detained.id is not None and missing.id is not None
    controller = Controller(vault.path, memory_keystore(), lang)
    window = controller.window
    window.resize(SIZE - FRAME_ROOM)
    window.show()
    controller.unlocked(vault)
    settle(app)
    shoot(window, out / f"home_{lang}.png")

    window.open_case(detained.id)
    window._select(detained.id)
    settle(app)
    shoot(window, out / f"case_{lang}.png")

    window.open_case(missing.id)
    window._select(missing.id)
    settle(app)
    round_dialog = window.locate.open_round(missing.id)
    round_dialog.resize(min(round_dialog.width(), SIZE.width() - 100),
                        min(round_dialog.height(), SIZE.height() - 100))
    settle(app)
    shoot(round_dialog, out / f"round_{lang}.png")
    round_dialog.close()

    window.open_case(detained.id)
    brief = BriefWindow(window, detained.id)
    brief.resize(min(brief.width(), SIZE.width() - 100), min(brief.height(), SIZE.height() - 80))
    brief.show()
    settle(app)
    shoot(brief, out / f"brief_{lang}.png")
    brief.close()
    window.editor.clear()
    window.lock()
    window.close()
    remove_translators()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Locator-screenshots")  # its own settings, not the user's
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            screens(app, lang, Path(folder), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
