"""Emergency erase: the vault, its backups in the default place, and its keyring entry.

The vault is encrypted, so destroying the key material is what counts; files
are also overwritten once with random bytes before they are removed (it helps
on spinning disks; on SSDs only the encryption protects).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from locator.backup import backup_folder
from locator.keystore import vault_id
from locator.vault import read_salt


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
        found += sorted(p for p in folder.iterdir() if p.is_file())
    return found


def _shred(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(os.urandom(min(size, 64 * 1024 * 1024)))
            handle.flush()
            os.fsync(handle.fileno())
    path.unlink(missing_ok=True)


def erase_vault(path: Path, keystore: Any | None = None) -> list[Path]:
    """Erase everything; returns what was removed. The vault must be locked first."""
    path = Path(path)
    with contextlib.suppress(Exception):
        if keystore is not None:
            keystore.forget(vault_id(read_salt(path)))
    removed = vault_files(path)
    for file in removed:
        _shred(file)
    folder = backup_folder(path)
    with contextlib.suppress(OSError):
        folder.rmdir()
    return removed
