"""Qt's messages reach stderr (the journal, ~/.xsession-errors) without case data."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qCWarning,
    qInfo,
    qWarning,
)
from PySide6.QtCore import qInstallMessageHandler as install_qt_handler

from ui.common import qtlog as filters
from ui.common.qtlog import HIDDEN, filter_message, install_message_handler

ROOT = Path(__file__).resolve().parent.parent
MARKER = "QTLOG5E1D7A3B"  # fixed: parallel workers must collect the same test ids
W, D, INFO = QtMsgType.QtWarningMsg, QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg
LAUNCH = (f"Launch of ' mailto:gettingthevoiceout@riseup.net?subject=Looking for {MARKER} "
          f"Haile&body=Centre: Vottem, born 1994-05-12, host +32 470 98 76 54' failed")


def test_a_failed_launch_keeps_its_category_and_loses_the_link() -> None:
    said = filter_message(W, "qt.qpa.services", LAUNCH)
    assert said == "launching a link failed (link hidden)"
    assert filter_message(W, "qt.qpa.services", f"anything at all {MARKER}") == filters.REASON
    assert filter_message(D, "qt.qpa.services", f"debug {MARKER}") is None


@pytest.mark.parametrize("text", [
    LAUNCH,  # in the default category (another platform plugin)
    f"This plugin does not support QPlatformServices::openUrl() for 'mailto:x@y.org?subject="
    f"{MARKER}&body=…'.",
    f"This plugin does not support QPlatformServices::openUrl() for 'tel:+32470{MARKER}'.",
    f"QTextBrowser: No document for {MARKER}",
    f"QString::arg: Argument missing: {MARKER} Haile, 1",
    f"something about https://example.org/?q={MARKER} here",
    f"a link file:///home/me/{MARKER}.pdf",
    f"write to host-{MARKER}@example.org please",
    f"QFile::open: File (/home/me/brief-{MARKER}.pdf) already open",
    f"took {MARKER}?name=x",
])
def test_messages_with_links_or_user_text_are_reduced(text: str) -> None:
    said = filter_message(W, "default", text)
    assert said is not None and MARKER not in said and "Haile" not in said
    assert "hidden" in said  # a neutral reason, for the developer


@pytest.mark.parametrize("category", [
    "qt.text.layout", "qt.text.font.db", "qt.accessibility.atspi", "qt.qpa.input.events",
    "qt.qpa.clipboard", "qt.dbus.integration", "qt.widgets.qabstractspinbox", "qt.gui.imageio"])
def test_categories_that_log_user_text_say_nothing_of_it(category: str) -> None:
    assert filter_message(D, category, f"key event text={MARKER}") is None
    assert filter_message(INFO, category, f"{MARKER}") is None
    assert filter_message(W, category, f"QTextEngine: {MARKER} Élodie") == (
        f"QTextEngine: {filters.REASON}")


def test_what_could_still_be_user_text_is_hidden_word_by_word() -> None:
    said = filter_message(W, "default", f"QWidget::setTabOrder: '{MARKER}' and \"Sami X\" must "
                                        "be in the same window")
    assert said == (f"QWidget::setTabOrder: '{HIDDEN}' and \"{HIDDEN}\" must be in the same "
                    "window")
    said = filter_message(W, "default", "Élodie ተስፋይ born 1994-05-12 at /home/me/notes, "
                                        "call +32 470 98 76 54")
    assert said == f"{HIDDEN} {HIDDEN} born {HIDDEN} at {HIDDEN} call {HIDDEN}"


@pytest.mark.parametrize(("category", "text"), [
    ("default", "This plugin does not support propagateSizeHints()"),
    ("default", "QPainter::begin: Paint device returned engine == 0, type: 3"),
    ("qt.qpa.xcb", "QXcbConnection: XCB error: 3 (BadWindow), sequence: 917, resource id: 42"),
    ("qt.qpa.fonts", "Populating font family aliases took 153 ms."),
    ("default", "Widget doesn't have a layout"),
])
def test_harmless_messages_pass_as_they_are(category: str, text: str) -> None:
    assert filter_message(W, category, text) == text


@pytest.mark.qt_log_level_fail("CRITICAL")  # the warnings below are on purpose
def test_installed_before_pytest_qts_handler_and_restored(qtlog: object) -> None:
    """The filter hands what it keeps to the handler it replaced (here pytest-qt's, which
    still sees a warning as a warning), and restoring that handler undoes it."""
    # cast: the stubs say bytes for these char * arguments; PySide6 takes only str
    services = QLoggingCategory(cast(bytes, "qt.qpa.services"))
    previous = install_message_handler()
    assert previous is not None  # pytest-qt's capture
    try:
        assert install_message_handler() is not previous  # twice: filtered once
        qCWarning(services, cast(bytes, LAUNCH))
        qWarning("This plugin does not support propagateSizeHints()")
        qInfo(f"QTextBrowser: No document for {MARKER}")
    finally:
        ours = install_qt_handler(previous)
    assert isinstance(ours, filters._Handler) and ours.previous is previous
    records = qtlog.records  # type: ignore[attr-defined]
    texts = [(r.type, r.context.category, r.message) for r in records]
    assert texts[-3:] == [(W, "qt.qpa.services", "launching a link failed (link hidden)"),
                          (W, "default", "This plugin does not support propagateSizeHints()"),
                          (INFO, "default",
                           "QTextBrowser: a link could not be opened (link hidden)")]
    qInfo(f"after {MARKER}")  # restored: pytest-qt sees it unfiltered again
    assert qtlog.records[-1].message == f"after {MARKER}"  # type: ignore[attr-defined]


def test_without_a_previous_handler_it_writes_to_stderr(
        capsys: pytest.CaptureFixture[str]) -> None:
    handler = filters._Handler(None)
    handler(W, QMessageLogContext(), f"QTextBrowser: No document for {MARKER}")
    handler(D, QMessageLogContext(), "plain debug line")
    assert capsys.readouterr().err == ("QTextBrowser: a link could not be opened (link hidden)"
                                       "\nplain debug line\n")


def test_a_real_launch_failure_never_reaches_stderr() -> None:
    """The offscreen platform repeats the link it cannot open, as a desktop's Qt logs a
    failed launch: with the handler, stderr has the reason and not the link."""
    code = ("import sys\n"
            "from PySide6.QtCore import QUrl\n"
            "from PySide6.QtGui import QDesktopServices, QGuiApplication\n"
            "if sys.argv[1] == 'filtered':\n"
            "    from ui.common.qtlog import install_message_handler\n"
            "    install_message_handler()\n"
            "app = QGuiApplication(['x'])\n"
            f"print(QDesktopServices.openUrl(QUrl('mailto:a@b.org?subject={MARKER}&body=x')))\n"
            f"print(QDesktopServices.openUrl(QUrl('tel:+32470{MARKER}')))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_MESSAGE_PATTERN", None)
    runs = {how: subprocess.run([sys.executable, "-c", code, how], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60, check=True)
            for how in ("plain", "filtered")}
    assert MARKER in runs["plain"].stderr  # what Qt says without the handler
    assert MARKER not in runs["filtered"].stderr
    assert runs["filtered"].stderr.count("this platform cannot open links (link hidden)") == 2
    assert runs["filtered"].stdout == "False\nFalse\n"


def test_the_app_installs_it_first() -> None:
    import ui.app

    body = inspect.getsource(ui.app.run).split('"""')[-1]
    lines = [line.strip() for line in body.splitlines()[1:] if line.strip()]
    assert lines[:2] == ["from ui.common.qtlog import install_message_handler",
                         "install_message_handler()  # first: no case data in Qt's messages "
                         "on stderr"]


def test_pytest_qt_still_fails_a_test_that_warns(tmp_path: Path) -> None:
    """pytest-qt's own rule (qt_log_level_fail) still holds with the filter installed,
    and its report shows the reduced message."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n"
                                         "qt_log_level_fail = WARNING\n", encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(
        "from PySide6.QtCore import QLoggingCategory, qCWarning\n"
        "from ui.common.qtlog import install_message_handler\n"
        "def test_warns(qtbot):\n"
        "    install_message_handler()\n"
        f"    qCWarning(QLoggingCategory('qt.qpa.services'), \"Launch of ' mailto:{MARKER}' "
        "failed\")\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                          "-c", str(tmp_path / "pytest.ini"), str(tmp_path / "test_inner.py")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "1 failed" in run.stdout
    assert "launching a link failed (link hidden)" in run.stdout and MARKER not in run.stdout
