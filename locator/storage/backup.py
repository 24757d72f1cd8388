"""Backups and moving a vault: encrypted copies, checked before anything is replaced.

* ``backup_to``: a copy under the same secret (``VACUUM INTO``: consistent even
  while the vault is open, and encrypted with the same key and salt).
* ``export_copy``: a copy under a *different* passphrase, to hand to another
  referent (``sqlcipher_export`` into a database keyed with the new secret).
* ``restore``: check the backup opens with the current key and is sound, keep
  the current file aside, then put the backup in its place.

Every file is written beside its target and renamed into place
(:func:`locator.storage.files.written_whole`): a complete copy or nothing. Every copy is
private to the user from its first byte (0600), and so are the folders made for them
(0700; the backup folder always).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from locator.model.dates import utc_now
from locator.storage.errors import DamagedVault, VaultExists, VaultMissing
from locator.storage.files import copy_private, make_private, private_folder, written_whole
from locator.storage.kdf import derive_key, new_salt
from locator.storage.sender import SENDER_KEY
from locator.storage.vault import Vault, storage_error

KEEP_AUTOMATIC = 7


def _part(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def backup_to(vault: Vault, target: Path) -> Path:
    """An encrypted copy of the open vault (same secret). Never overwrites a file."""
    target = Path(target)
    if target.exists():
        raise VaultExists()
    private_folder(target.parent, own=target.parent == backup_folder(vault.path))
    try:
        # VACUUM INTO fills the empty file, keeping its mode
        with written_whole(target) as part:
            vault.con.execute("VACUUM INTO ?", (str(part),))
    except OSError:
        raise
    except Exception as err:
        raise storage_error(err) from None
    return target


def export_copy(vault: Vault, target: Path, passphrase: str) -> Path:
    """A copy that opens with another passphrase (for another referent)."""
    target = Path(target)
    if target.exists():
        raise VaultExists()
    if not passphrase:
        raise VaultExists("Choose a passphrase for the copy.")
    salt = new_salt()
    key = derive_key(passphrase, salt)
    con = vault.con
    try:
        # an empty file: SQLite makes it a database, keeping its mode
        with written_whole(target) as part:
            con.execute(f"ATTACH DATABASE ? AS export KEY \"x'{key.hex()}{salt.hex()}'\"",
                        (str(part),))
            try:
                con.execute("SELECT sqlcipher_export('export')")
                # the copy is for another referent: the sender's own details stay here
                con.execute("DELETE FROM export.meta WHERE key = ?", (SENDER_KEY,))
                version = con.execute("PRAGMA user_version").fetchone()[0]
                con.execute(f"PRAGMA export.user_version = {int(version)}")
            finally:
                con.execute("DETACH DATABASE export")
    except Exception as err:
        raise storage_error(err) from None
    return target


def check_backup(path: Path, key: bytes) -> None:
    """Raise unless ``path`` opens with ``key`` and is sound. Leaves the file as it is."""
    with Vault.open(path, key) as copy:
        if copy.integrity_problems():
            raise DamagedVault(reason="the backup failed its integrity check")


def restore(vault_path: Path, backup: Path, key: bytes) -> Path:
    """Replace the vault by a checked backup; returns where the old file was kept.

    The vault must be locked (closed) by the caller first.
    """
    if not backup.exists():
        raise VaultMissing()
    work = _part(vault_path)
    copy_private(backup, work)
    try:
        check_backup(work, key)  # on a copy: the backup itself is never touched
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
    if vault_path.exists():
        os.replace(vault_path, aside)
        make_private(aside)  # kept aside: as private as the vault it was
    os.replace(work, vault_path)
    return aside


def backup_folder(vault_path: Path) -> Path:
    return vault_path.with_name(f"{vault_path.stem}-backups")


def automatic_backup(vault: Vault, now: datetime | None = None,
                     keep: int = KEEP_AUTOMATIC) -> Path | None:
    """At most one a day, keeping the newest ``keep``; None when today's exists."""
    now = now or utc_now()
    folder = backup_folder(vault.path)
    day = now.strftime("%Y%m%d")
    if any(p.name.startswith(f"{vault.path.stem}-{day}") for p in _backups(folder, vault)):
        return None
    target = folder / f"{vault.path.stem}-{now.strftime('%Y%m%d-%H%M%S')}.locator"
    made = backup_to(vault, target)
    for old in _backups(folder, vault)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _backups(folder: Path, vault: Vault) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{vault.path.stem}-*.locator") if p.is_file())
