"""The recovery story: a forgotten passphrase cannot be recovered, so prepare now.

Two ways are offered: an encrypted copy under a second passphrase kept elsewhere
(the "Export encrypted copy" of the Vault menu), and a printable recovery sheet —
a plain page with where the vault is, the date, and blank lines to write the
passphrase by hand. The sheet never holds the passphrase or anything about a case.
Its texts are translated here; :mod:`locator.brief.recovery` draws them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from locator.brief.recovery import write_recovery_sheet
from ui.common.i18n import translate, window_language
from ui.common.prompts import error_text
from ui.deadlines.text import plain_date


def sheet_lines(vault_path: Path, made: datetime) -> list[tuple[str, str]]:
    """(style, text) lines of the sheet; style is "title", "text" or "line" (to write on)."""
    return [
        ("title", translate("Recovery", "Locator — recovery sheet")),
        ("text", translate("Recovery", "Made on {date}.").format(date=plain_date(made.date()))),
        ("text", translate("Recovery", "Vault file: {path}").format(path=vault_path)),
        ("text", translate("Recovery", "Backups made by Locator: the folder “{name}” next to "
                           "it.").format(name=f"{vault_path.stem}-backups")),
        ("text", translate(
            "Recovery", "Write the passphrase below by hand, exactly (capital letters, spaces). "
            "Keep this sheet somewhere safe, away from the computer: together with the "
            "vault file it opens every case. Without the passphrase nobody — not the "
            "makers of Locator, not anyone — can open the vault.")),
        ("line", translate("Recovery", "Passphrase:")), ("line", ""), ("line", ""),
        ("text", translate("Recovery",
                           "If you made an encrypted copy with a second passphrase:")),
        ("line", translate("Recovery", "Where the copy is:")),
        ("line", translate("Recovery", "Its passphrase:")), ("line", ""),
    ]


class RecoveryDialog(QDialog):
    """Says plainly what a forgotten passphrase means, and offers the two ways to prepare."""

    def __init__(self, parent: QWidget | None, vault_path: Path, prompts: Any,
                 export_copy: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recovery"))
        self.vault_path = vault_path
        self.prompts = prompts
        self.last_sheet: Path | None = None
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "If you forget your passphrase, the vault cannot be opened again. Nobody can "
            "recover it — not the makers of Locator, not anyone. This is what keeps the people "
            "you help safe if the computer is taken.\n\nPrepare now, in one or both ways:"))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        copy = QPushButton(self.tr("Make an encrypted copy with a second passphrase…"))
        copy.setObjectName("recovery_copy")
        copy.setToolTip(self.tr("Keep the copy and its passphrase somewhere else (a trusted "
                                "person, a safe place)."))
        copy.clicked.connect(self.accept)
        copy.clicked.connect(export_copy)
        sheet = QPushButton(self.tr("Save a recovery sheet to print (PDF)…"))
        sheet.setObjectName("recovery_sheet")
        sheet.setToolTip(self.tr("A page with where the vault is and blank lines to write the "
                                 "passphrase by hand. It holds nothing about any case."))
        sheet.clicked.connect(self.save_sheet)
        layout.addWidget(copy)
        layout.addWidget(sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def save_sheet(self) -> Path | None:
        target = self.prompts.ask_save_file(self, self.tr("Save the recovery sheet"),
                                            "locator-recovery-sheet.pdf",
                                            self.tr("PDF files (*.pdf)"))
        if target is None:
            return None
        try:
            self.last_sheet = write_recovery_sheet(
                target, sheet_lines(self.vault_path, datetime.now()), lang=window_language())
        except (OSError, ValueError) as err:
            self.prompts.warn(self, self.tr("Not saved"), error_text(err))
            return None
        self.prompts.inform(self, self.tr("Recovery sheet saved"), self.tr(
            "Saved here:\n{path}\n\nPrint it, write the passphrase on it by hand, then delete "
            "the file.").format(path=self.last_sheet))
        return self.last_sheet
