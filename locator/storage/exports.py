"""Where an export may be written: never over the vault, its backups or a file that is
not an earlier export, and over an earlier export only when the user says so.

An export (the lawyer brief, the recovery sheet) is written unencrypted. Written over the
vault, it would destroy every case; over a backup, the only way back. So the vault's own
file (whatever path names it: a symbolic or hard link included) and anything in its
backup folder are refused always; an existing file is replaced only when it is a PDF (an
earlier export) and the user asked for that file to be replaced.
"""

from __future__ import annotations

import os
from pathlib import Path

from locator.model.errors import N_, LocatorError
from locator.storage.backup import backup_folder

PDF_MAGIC = b"%PDF-"


class ExportRefused(LocatorError):
    """The export was not written; the file named is left as it was."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(PDF_MAGIC)) == PDF_MAGIC
    except OSError:
        return False


def check_export_target(target: Path, vault_path: Path | None, *,
                        replace: bool = False) -> Path:
    """The file an export may be written to, or :class:`ExportRefused` saying why not in
    plain words. ``replace``: the user confirmed that this existing file may go."""
    target = Path(target)
    name = target.name or str(target)
    if target.is_dir():
        raise ExportRefused(N_("“{name}” is a folder. Give a file name, such as brief.pdf."),
                            name=name)
    folder = target.parent
    if not folder.is_dir():
        raise ExportRefused(N_("The folder for “{name}” does not exist. Choose a folder "
                               "that does."), name=name)
    if vault_path is not None:
        vault_path = Path(vault_path)
        if _same_file(target, vault_path) or target.resolve() == vault_path.resolve():
            raise ExportRefused(N_("“{name}” is the vault itself: an export never replaces "
                                   "it. Choose another name."), name=name)
        backups = backup_folder(vault_path)
        if backups.is_dir() and (_same_file(folder, backups)
                                 or folder.resolve() == backups.resolve()):
            raise ExportRefused(N_("“{name}” would be in the vault's backup folder, which "
                                   "holds only backups. Choose another folder."), name=name)
    if target.exists() or target.is_symlink():
        if not _is_pdf(target):
            raise ExportRefused(N_("“{name}” exists and is not a PDF: it is left as it is. "
                                   "Choose another name."), name=name)
        if not replace:
            raise ExportRefused(N_("“{name}” exists already. Choose another name, or say "
                                   "that it may be replaced."), name=name)
        if target.is_symlink():
            raise ExportRefused(N_("“{name}” is a link to another file: it is left as it "
                                   "is. Choose another name."), name=name)
    if not os.access(folder, os.W_OK):
        raise ExportRefused(N_("Locator may not write in the folder of “{name}”. Choose "
                               "another folder."), name=name)
    return target
