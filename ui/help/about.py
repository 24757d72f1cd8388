"""About Locator: version, licence, the public data it ships and how fresh that data is.

Everything shown comes from the shipped files (centres.yaml, the procedure, the
deadline rules, the holiday list, the font licence), never from a vault.
``install(window)`` adds Help ▸ About and gives the application its icon.
"""

from __future__ import annotations

import html
import platform
from datetime import date

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from locator import GVO_EMAIL, __version__
from locator.model.paths import ROOT
from ui.common.a11y import NamedTabs, named
from ui.common.screens import fit_to_screen
from ui.host import MenuHost

#: The licence in pyproject.toml (a test keeps the two the same).
LICENCE = "GPL-3.0-or-later"
#: The app's files: the repository in a checkout, the bundle's _internal/ once frozen.
ICON_FILE = ROOT / "packaging" / "icons" / "locator.png"
FONT_LICENCE_FILE = ROOT / "resources" / "fonts" / "OFL.txt"
THIRD_PARTY_DIR = ROOT / "licenses"  # filled by the PyInstaller build only


def app_icon() -> QIcon:
    return QIcon(str(ICON_FILE)) if ICON_FILE.is_file() else QIcon()


def _date(day: date) -> str:
    """A calendar date in the app's language ("27 November 2025")."""
    from ui.deadlines.text import plain_date

    return plain_date(day)


class AboutBox(QDialog):
    """Version, licence, the sources of the public data with their dates, the font licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_box")
        self.setWindowTitle(self.tr("About Locator"))
        tabs = named(NamedTabs(), self.tr("About Locator"))
        tabs.setObjectName("about_tabs")
        tabs.addTab(self._about_tab(), self.tr("Locator"))
        self.data_view = QTextBrowser()
        self.data_view.setObjectName("about_public_data")
        self.data_view.setOpenExternalLinks(True)
        self.data_view.setHtml(self.public_data_html())
        tabs.addTab(self.data_view, self.tr("Public data and sources"))
        tabs.addTab(self._licences_tab(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, 700, 560)

    # -- tabs ----------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        icon = QLabel()
        icon.setPixmap(QPixmap(str(ICON_FILE)).scaled(
            96, 96, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        text = QLabel(self.about_html())
        text.setObjectName("about_text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setOpenExternalLinks(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        row.addWidget(text, 1)
        return page

    def about_html(self) -> str:
        e = html.escape
        parts = [
            f"<h2>Locator {e(__version__)}</h2>",
            "<p>" + e(self.tr("Find a friend held in immigration detention in Belgium: an "
                              "encrypted case file, the steps to take, the legal deadlines "
                              "and the brief a lawyer needs.")) + "</p>",
            "<p>" + e(self.tr("Free software under the GNU General Public License, version 3 "
                              "or any later version ({licence}). You may use, study, share "
                              "and change it. It comes with no warranty.")
                      .format(licence=LICENCE)) + "</p>",
            "<p>" + e(self.tr("The deadlines are an alarm, not legal advice: confirm with a "
                              "lawyer today — a late appeal is lost.")) + "</p>",
            "<p>" + e(self.tr("Help for the people you support: Getting the Voice Out (GVO), "
                              "by email only, never through Facebook or private messages:"))
            + f' <a href="mailto:{e(GVO_EMAIL)}">{e(GVO_EMAIL)}</a></p>',
            "<p><small>" + e(self.tr("Built with Qt {qt} (PySide6 {pyside}) and Python "
                                     "{python}.").format(qt=qVersion(), pyside=pyside_version,
                                                         python=platform.python_version()))
            + "</small></p>",
        ]
        return "".join(parts)

    def public_data_html(self) -> str:
        """The shipped data files, each with its sources and the date it was checked."""
        from locator.centres.load import load_centres
        from locator.deadlines.holidays import load_holiday_calendar
        from locator.deadlines.rules import load_rules
        from locator.procedure.guide import load_procedure
        from ui.deadlines.text import confidence_word

        e = html.escape
        centres = load_centres()
        procedure = load_procedure().source
        calendar = load_holiday_calendar().source
        out = ["<p>" + e(self.tr("Locator ships public information with the date it was last "
                                 "checked. Laws, phone numbers and visiting rules change: "
                                 "call a centre before a visit and ask a lawyer about any "
                                 "deadline.")) + "</p>"]

        out.append("<h3>" + e(self.tr("The steps to take")) + "</h3><p>")
        out.append(e(self.tr("From “{title}”, published by {publisher}, republished by "
                             "{republisher}. Checked on {date}.").format(
            title=procedure.title, publisher=procedure.publisher,
            republisher=procedure.republished_by, date=_date(procedure.checked))))
        out.append(f' <a href="{e(procedure.web, quote=True)}">{e(procedure.web)}</a></p>')

        out.append("<h3>" + e(self.tr("Legal deadlines")) + "</h3><ul>")
        for rule in load_rules().values():
            out.append("<li><b>{title}</b><br>{basis}<br>{checked}</li>".format(
                title=e(QCoreApplication.translate("deadline_rules", rule.title)),
                basis=e(QCoreApplication.translate("deadline_rules", rule.legal_basis)),
                checked=e(self.tr("Source: {link} · confidence: {confidence} · last checked "
                                  "on {date}")).format(
                    link=f'<a href="{e(rule.source_url, quote=True)}">'
                         f"{e(rule.source_url)}</a>",
                    confidence=e(confidence_word(rule)),
                    date=e(_date(rule.last_verified)))))
        out.append("</ul>")

        out.append("<h3>" + e(self.tr("Belgian legal public holidays")) + "</h3><p>")
        out.append(e(self.tr("{title}. Last checked on {date}.").format(
            title=calendar.title, date=_date(calendar.last_verified))))
        out.append(f' <a href="{e(calendar.url, quote=True)}">{e(calendar.url)}</a></p>')

        out.append("<h3>" + e(self.tr("Detention centres")) + "</h3><p>")
        out.append(e(self.tr("The directory of centres was last checked against its sources "
                             "on {date}. Its sources, with each page's own date:")
                     .format(date=_date(centres.verified_on))) + "</p><ul>")
        for source in centres.sources:
            if source.date is not None:
                when = self.tr("dated {date}").format(date=str(source.date))
            elif source.not_before is not None:
                when = self.tr("undated, written after {date}").format(date=str(source.not_before))
            else:
                when = self.tr("undated")
            # A URL shortened with "..." in the research notes is shown, not linked.
            if source.url and "..." not in source.url:
                link = f' <a href="{e(source.url, quote=True)}">{e(source.url)}</a>'
            else:
                link = f" {e(source.url)}" if source.url else ""
            out.append(f"<li>{e(source.title)} — {e(when)}{link}</li>")
        out.append("</ul>")
        return "".join(out)

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.licences_text())
        intro.setObjectName("about_licences")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        fonts = QPlainTextEdit()
        fonts.setObjectName("font_licence")
        fonts.setReadOnly(True)
        fonts.setAccessibleName(self.tr("SIL Open Font License"))
        try:
            fonts.setPlainText(FONT_LICENCE_FILE.read_text(encoding="utf-8"))
        except OSError:
            fonts.setPlainText(self.tr("The font licence file is missing from this "
                                       "installation: {path}").format(path=FONT_LICENCE_FILE))
        layout.addWidget(fonts, 1)
        return page

    def licences_text(self) -> str:
        text = self.tr(
            "Locator: {licence}. The source code is free software: you may share and change it "
            "under the terms of the GNU General Public License, version 3 or later.\n\n"
            "The lawyer brief uses the Noto Sans fonts (Latin, Arabic, Ethiopic, symbols), "
            "under the SIL Open Font License 1.1, printed below.\n\n"
            "Locator is built on free software: Qt and PySide6 (LGPL-3.0), SQLCipher "
            "(BSD-style licence), Python (PSF licence), reportlab, pypdf, keyring, "
            "phonenumbers, pycountry, PyYAML, zxcvbn and others.").format(licence=LICENCE)
        if THIRD_PARTY_DIR.is_dir():
            text += " " + self.tr("Their licence texts are in this folder: {path}").format(
                path=THIRD_PARTY_DIR)
        return text


def show_about(parent: QWidget | None = None) -> AboutBox:
    box = AboutBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    box.raise_()
    return box


def install(host: MenuHost) -> None:
    """Help ▸ About Locator, and the app's icon on every window."""
    window = host.window()
    app = QApplication.instance()
    if isinstance(app, QGuiApplication) and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
        app.setDesktopFileName("locator")  # packaging/linux/locator.desktop (Wayland)
    if window.findChild(QAction, "about_action") is not None:
        return  # installed already
    action = QAction(QCoreApplication.translate("HelpMenu", "&About Locator"), window)
    action.setObjectName("about_action")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window))
    host.help_menu().addAction(action)
