"""Emergency erase: the vault, its backups in the default place, and its keyring entry.

The vault is encrypted, so destroying the key material is what counts; files
are also overwritten once with random bytes before they are removed (it helps
on spinning disks; on SSDs only the encryption protects).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from locator.model.errors import LocatorError
from locator.storage.backup import backup_folder, backup_names
from locator.storage.files import part_names
from locator.storage.keystore import KeystoreUnavailable, vault_id
from locator.storage.vault import read_salt


@dataclass(frozen=True)
class Erased:
    """What an erase did, as it happened."""

    #: the files overwritten and removed
    removed: list[Path]
    #: the remembered key: True removed, False none was kept (or no keyring was asked),
    #: None the keyring could not be asked (locked, not answering): it may still keep it
    key_removed: bool | None


def vault_files(path: Path) -> list[Path]:
    """Every file Locator made for this vault: itself, journal, migration and restore copies,
    automatic backups."""
    found = [p for p in (path, path.with_name(path.name + "-journal"),
                         path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
             if p.exists()]
    found += sorted(path.parent.glob(f"{path.name}.before-*"))
    # temporary copies beside the vault (not the single-instance lock of the running app)
    found += sorted(p for p in path.parent.glob(f".{path.name}.*") if p.suffix != ".lock")
    folder = backup_folder(path)
    if folder.is_dir():
        # only what Locator names there (its backups and their half-written copies): a file
        # the person put in that folder is theirs, and stays
        ours = re.compile(backup_names(path))
        halves = part_names(backup_names(path))
        found += sorted(p for p in folder.iterdir() if p.is_file()
                        and (ours.fullmatch(p.name) or halves.fullmatch(p.name)))
    return found


def _shred(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(os.urandom(min(size, 64 * 1024 * 1024)))
            handle.flush()
            os.fsync(handle.fileno())
    path.unlink(missing_ok=True)


def erase_vault(path: Path, keystore: Any | None = None) -> Erased:
    """Erase everything; says what was removed. The vault must be locked first.

    The files go first (they hold the cases); the keyring is asked afterwards, since it may
    wait for the person to unlock it, and what it answered is reported as it is.
    """
    path = Path(path)
    key_id: str | None = None
    with contextlib.suppress(LocatorError, OSError):
        key_id = vault_id(read_salt(path))
    removed = _erase_files(path)
    key_removed: bool | None = False
    if keystore is not None and key_id is not None:
        try:
            key_removed = bool(keystore.forget(key_id))
        except KeystoreUnavailable:
            key_removed = None
    return Erased(removed, key_removed)


def _erase_files(path: Path) -> list[Path]:
    removed = vault_files(path)
    for file in removed:
        _shred(file)
    folder = backup_folder(path)
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when nothing else is left in it
    return removed
