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
import errno
import json
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from locator.model.dates import utc_now
from locator.model.errors import N_, LocatorError
from locator.storage.errors import (
    CopyNotWritten,
    DamagedVault,
    VaultExists,
    VaultMissing,
    write_reason,
)
from locator.storage.files import (
    copy_private,
    fsync_folder,
    make_private,
    part_names,
    private_folder,
    remove_leftover_parts,
    written_whole,
)
from locator.storage.kdf import derive_key, new_salt
from locator.storage.leftovers import (
    backup_folder,
    backup_names,
    file_identity,
    interrupted_restore,
    remove_restore_copy,
    restore_copy,
    restore_marker,
    restore_running,
    settle_interrupted_restore,
)
from locator.storage.sender import SENDER_KEY
from locator.storage.vault import Vault, storage_error

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

KEEP_AUTOMATIC = 7

__all__ = ["automatic_backup", "backup_folder", "backup_names", "backup_to", "check_backup",
           "export_copy", "interrupted_restore", "restore", "restore_marker",
           "settle_interrupted_restore"]


def backup_to(vault: Vault, target: Path) -> Path:
    """An encrypted copy of the open vault (same secret). Never overwrites a file.

    What an earlier copy to the same name, or to the backup folder, left when it was
    killed halfway (its hidden ``.part`` file) is removed first."""
    target = Path(target)
    if target.exists():
        raise VaultExists()
    vault.require_sound()  # never copy damage over a good backup (issue 18)
    own = target.parent == backup_folder(vault.path)
    with _copy_errors(vault, target):
        private_folder(target.parent, own=own)
        remove_leftover_parts(target.parent, part_names(
            backup_names(vault.path) if own else re.escape(target.name)))
        # VACUUM INTO fills the empty file, keeping its mode
        with written_whole(target) as part:
            vault.con.execute("VACUUM INTO ?", (str(part),))
    return target


@contextlib.contextmanager
def _copy_errors(vault: Vault, target: Path) -> Iterator[None]:
    """A copy that fails says whose fault it is: the copy's place (missing, read-only,
    full: :class:`CopyNotWritten`), or the vault, only when its full check finds damage."""
    try:
        yield
    except OSError as err:
        raise CopyNotWritten(name=target.name, reason=write_reason(err)) from None
    except LocatorError:
        raise
    except Exception as err:
        if vault.integrity_problems():
            raise storage_error(err) from None
        raise CopyNotWritten(name=target.name,
                             reason=_copy_reason(err, target.parent)) from None


def _copy_reason(err: Exception, folder: Path) -> str:
    """Why SQLite could not write a copy into ``folder``, in :func:`write_reason`'s words."""
    text = str(err).lower()
    if "full" in text:
        return write_reason(OSError(errno.ENOSPC, text))
    if not os.access(folder, os.W_OK):
        return write_reason(OSError(errno.EACCES, text))
    return N_("the disk may be full or removed, or the system refused the file.")


def export_copy(vault: Vault, target: Path, passphrase: str) -> Path:
    """A copy that opens with another passphrase (for another referent)."""
    target = Path(target)
    if target.exists():
        raise VaultExists()
    if not passphrase:
        raise VaultExists("Choose a passphrase for the copy.")
    vault.require_sound()
    salt = new_salt()
    key = derive_key(passphrase, salt)
    con = vault.con
    with _copy_errors(vault, target):
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
    return target


def check_backup(path: Path, key: bytes) -> None:
    """Raise unless ``path`` opens with ``key`` and is sound. Leaves the file as it is."""
    with Vault.open(path, key) as copy:
        if copy.integrity_problems():
            raise DamagedVault(reason="the backup failed its integrity check")


def restore(vault_path: Path, backup: Path, key: bytes) -> Path:
    """Replace the vault by a checked backup; returns where the old file was kept.

    The vault must be locked (closed) by the caller first. Killed at any moment, it leaves
    the old vault or the restored one at ``vault_path``, never none: the backup is copied
    beside the vault and made durable (``fsync`` of the copy and of the folder) and
    checked; the old file gets a second name (the ``before-restore`` one: a hard link, or
    a complete copy where the disk has none); only then is the copy renamed over the vault
    in one step. A marker beside the vault says a restore is under way until it is done:
    :func:`interrupted_restore` finds it, :func:`settle_interrupted_restore` finishes or
    undoes it.
    """
    vault_path, backup = Path(vault_path), Path(backup)
    if not backup.exists():
        raise VaultMissing()
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.name}.before-restore-{stamp}")
    work = restore_copy(vault_path)
    marker = restore_marker(vault_path)
    if marker.exists() and restore_running(marker):
        raise VaultExists("Another restore of this vault is running. Wait for it to end.")
    settle_interrupted_restore(vault_path)  # an earlier one, killed: finished or undone
    with _marked(marker, file_identity(vault_path), aside, work):
        try:
            copy_private(backup, work)  # fsynced
            fsync_folder(vault_path.parent)
            check_backup(work, key)  # on a copy: the backup itself is never touched
        except BaseException:
            remove_restore_copy(work)
            raise
        remove_restore_copy(work, keep=True)  # a migration's copy of the check, if any
        if vault_path.exists():
            _settle_journal(vault_path, aside, key)
            _second_name(vault_path, aside)
        os.replace(work, vault_path)  # the one step: the old file, or the backup
        fsync_folder(vault_path.parent)
    return aside


@contextlib.contextmanager
def _marked(marker: Path, vault: tuple[int, int] | None, aside: Path,
            work: Path) -> Iterator[None]:
    """The marker, held (``flock``) for the whole restore and removed at its end, whatever
    the end: a marker left behind is a restore that was killed."""
    # written as written_whole does, but held (flock) from before it has its name
    fd, name = tempfile.mkstemp(prefix=f".{marker.name}.", suffix=".part", dir=marker.parent)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, json.dumps({"vault": vault, "aside": aside.name,
                                 "work": work.name}).encode())
        os.fsync(fd)
        os.replace(name, marker)
        fsync_folder(marker.parent)
        try:
            yield
        finally:
            marker.unlink(missing_ok=True)
            fsync_folder(marker.parent)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)


def _second_name(vault_path: Path, aside: Path) -> None:
    """The old vault under the ``before-restore`` name too: a hard link (no copy), or a
    complete, durable copy on a disk without hard links."""
    try:
        os.link(vault_path, aside)
    except OSError:
        with written_whole(aside) as part:
            copy_private(vault_path, part)
    else:
        make_private(aside)  # kept aside: as private as the vault it was
    fsync_folder(vault_path.parent)


def _settle_journal(vault_path: Path, aside: Path, key: bytes) -> None:
    """A journal left beside the old vault (a crash in a write) belongs to the old file:
    opening it once rolls the journal back; if it cannot be opened, the journal goes with
    the old file under its new name, so the restored file never takes it."""
    journal = vault_path.with_name(f"{vault_path.name}-journal")
    if not journal.exists():
        return
    with contextlib.suppress(Exception):
        Vault.open(vault_path, key).lock()
    if journal.exists():
        os.replace(journal, aside.with_name(f"{aside.name}-journal"))


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
