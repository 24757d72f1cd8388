"""File dialogs that leave no trace: no history, no last folder, no recent list.

Qt's own dialog is used (not the desktop's, which may add the file to a
"recently used" list), and the ``FileDialog`` group Qt writes into
``QtProject.conf`` is removed as soon as the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def _scrub_qt_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt/filedialog")
    settings.sync()


def _run(dialog: QFileDialog) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.setHistory([])
        # Qt writes its history when the dialog is destroyed: destroy it now, then scrub.
        shiboken6.delete(dialog)
        _scrub_qt_history()


def ask_open_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    dialog = QFileDialog(parent, title, str(Path.home()), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def ask_save_file(parent: QWidget | None, title: str, suggested_name: str,
                  name_filter: str = "") -> Path | None:
    dialog = QFileDialog(parent, title, str(Path.home() / suggested_name), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder (the team folder), through the same dialog that leaves no history."""
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)
