"""The encrypted vault: one SQLCipher file holding every case.

Create, open, lock, change passphrase, check. The file is never modified by a
failed open: it is opened read-write only after the key is proven, and nothing
is written before the schema version is known to be ours.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from locator.deadlines.timers import RULES_CHANGED
from locator.model.cases import Case
from locator.model.dates import format_utc, utc_now
from locator.model.paths import data_dir
from locator.storage.deadlines import DeadlineStore, sync_deadlines
from locator.storage.errors import (
    DamagedVault,
    EmptyFile,
    NewerVault,
    NotEncrypted,
    PlainDatabase,
    StorageFull,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultReadOnly,
    WrongPassphrase,
)
from locator.storage.files import (
    make_private,
    part_names,
    private_folder,
    remove_leftover_parts,
    written_whole,
)
from locator.storage.instance import InstanceLock, use_lock
from locator.storage.kdf import SALT_SIZE, derive_key, new_salt
from locator.storage.leftovers import (
    backup_folder,
    backup_names,
    interrupted_restore,
    restore_marker,
    settle_interrupted_restore,
)
from locator.storage.readers import Readers
from locator.storage.rows import decision_from_row
from locator.storage.schema import MIGRATIONS, SCHEMA_VERSION
from locator.storage.search import fill_sort_keys
from locator.storage.sender import SenderStore
from locator.storage.store import CaseStore

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"
Connection = Any  # sqlcipher3 ships no type information

_log_silenced = False


def _silence_sqlcipher_log() -> None:
    """SQLCipher prints to stderr on a wrong key; its log level is process-wide."""
    global _log_silenced
    if not _log_silenced:
        con = sqlcipher3.connect(":memory:")
        con.execute("PRAGMA cipher_log_level = NONE")
        con.close()
        _log_silenced = True


def _key_pragma(key: bytes, salt: bytes | None = None) -> str:
    blob = key.hex() + (salt.hex() if salt else "")
    return f"PRAGMA key = \"x'{blob}'\""


def read_salt(path: Path) -> bytes:
    """The vault's salt (the first 16 bytes), after checks a file can fail without a key."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise VaultMissing() from None
    if not stat.S_ISREG(st.st_mode):
        raise VaultMissing()
    if st.st_size == 0:
        raise EmptyFile()
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_SIZE)
    except PermissionError:
        raise VaultReadOnly() from None
    if head == SQLITE_HEADER:
        raise PlainDatabase()
    if st.st_size < PAGE_SIZE or st.st_size % PAGE_SIZE:
        raise DamagedVault(reason="the file is cut short")
    return head


class Vault(CaseStore, DeadlineStore, SenderStore):
    """An open vault. Use :meth:`create` or :meth:`open`; :meth:`lock` when done."""

    def __init__(self, path: Path, con: Connection, key: bytes,
                 held: InstanceLock | None = None) -> None:
        self.path = path
        self._con: Connection | None = con
        #: the hold on the file that keeps another window off it while this is open
        self._held = held
        if held is not None:
            weakref.finalize(self, held.release)
        #: the derived key, kept to offer "remember on this device" after unlocking
        self.key = key
        self._identity = _file_identity(path)
        #: a draft brought back by take_draft and not yet saved, discarded or kept again
        self._draft_shown = False
        self._draft_case: object = None
        #: the full check's verdict: None until it ran (:meth:`full_check`), then the
        #: problems it found. Any problem locks every write (:meth:`transaction`).
        self.damage: list[str] | None = None
        #: held for each write transaction (:meth:`transaction`), re-entrant
        self._write_lock = threading.RLock()
        self._readers: Readers | None = None

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """Make a new, empty vault. Refuses to overwrite anything."""
        if not passphrase:
            raise WrongPassphrase("Choose a passphrase: the vault cannot be created without one.")
        path = Path(path)
        if path.exists():
            raise VaultExists()
        salt = new_salt()
        key = derive_key(passphrase, salt)
        try:
            private_folder(path.parent, own=_is_own_folder(path.parent))
        except OSError as err:
            raise os_error(err) from None
        if not os.access(path.parent, os.W_OK):
            raise VaultReadOnly()
        try:
            # 0600 before SQLCipher writes its first page; renamed into place when complete
            with written_whole(path) as part:
                con = _connect(part, create=True)
                try:
                    con.execute(_key_pragma(key, salt))
                    _assert_encrypted(con)
                    _configure(con)
                    con.execute("PRAGMA journal_mode = DELETE")
                    _migrate(con, 0)
                finally:
                    con.close()
        except sqlcipher3.OperationalError as err:
            raise storage_error(err) from None
        except OSError as err:
            raise os_error(err) from None
        return cls.open(path, key)

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str) -> Vault:
        """Derive the key (slow) and open. Run off the UI thread."""
        with use_lock(Path(path)):  # refused before the slow part when a window has it
            return cls.open(path, derive_key(passphrase, read_salt(Path(path))))

    @classmethod
    def open(cls, path: Path, key: bytes) -> Vault:
        """Open with the derived key; every refusal leaves the file untouched."""
        path = Path(path)
        read_salt(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise VaultReadOnly()
        held = use_lock(path)  # VaultInUse when another process has a window on the file
        try:
            con = _connect(path)
        except BaseException:
            held.release()
            raise
        try:
            con.execute(_key_pragma(key))
            _assert_encrypted(con)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
            except sqlcipher3.DatabaseError:
                raise WrongPassphrase() from None
            if version > SCHEMA_VERSION:
                raise NewerVault(found=version, known=SCHEMA_VERSION)
            if _open_problems(con, path):
                raise DamagedVault(reason="an integrity check failed")
            if version < SCHEMA_VERSION and _integrity_problems(con, full=True):
                # a migration rewrites tables: only over a file found sound all through
                raise DamagedVault(reason="an integrity check failed")
            _keep_private(path)  # the key is proven: before anything is written
            _remove_leftovers(path)
            _configure(con)
            if version < SCHEMA_VERSION:
                _backup_before_migration(con, path, version)
                _migrate(con, version)
        except BaseException:
            con.close()
            held.release()
            raise
        return cls(path, con, key, held)

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def lock(self) -> None:
        """Close the connection. The object cannot be used again."""
        if self._readers is not None:
            self._readers.close()
            self._readers = None
        if self._con is not None:
            if self._draft_shown:  # brought back, then saved, discarded or kept again
                with contextlib.suppress(Exception):  # locking always succeeds
                    self.discard_draft()
            self._con.close()
            self._con = None
        if self._held is not None:
            self._held.release()
            self._held = None
        self.key = b""

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @property
    def con(self) -> Connection:
        if self._con is None:
            raise VaultLocked()
        return self._con

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write = one transaction: all of it is saved, or none of it. Refused once
        the full check found damage: nothing more is written over it."""
        con = self.con
        if self.damage:
            raise DamagedVault(reason="the full check found damage, so editing is locked")
        if _file_identity(self.path) != self._identity:
            raise VaultMissing("The vault file was moved, renamed or deleted while Locator was "
                               "open. Nothing more was saved. Lock Locator and open the vault "
                               "where it is now, or restore a backup.")
        # one writer at a time on this connection: the team's sync writes from a worker
        # thread while the window may save (a second BEGIN would fail, not wait)
        with self._write_lock:
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as err:
                raise storage_error(err) from None
            try:
                yield con
                con.execute("COMMIT")
            except BaseException as err:
                with contextlib.suppress(sqlcipher3.Error):
                    con.execute("ROLLBACK")
                if isinstance(err, sqlcipher3.OperationalError):
                    raise storage_error(err) from None
                raise

    # -- secrets and checks -------------------------------------------------

    def rekey(self, new_passphrase: str) -> bytes:
        """Change the passphrase; returns the new key. The old one stops working."""
        if not new_passphrase:
            raise WrongPassphrase("The new passphrase cannot be empty.")
        key = derive_key(new_passphrase, read_salt(self.path))
        try:
            self.con.execute(_key_pragma(key).replace("PRAGMA key", "PRAGMA rekey"))
        except sqlcipher3.OperationalError as err:
            raise storage_error(err) from None
        return key

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite and SQLCipher both find the file sound."""
        return _integrity_problems(self.con, full=True)

    def reader(self) -> Callable[[], Connection]:
        """A function that opens a read-only connection of its own on this vault, for a
        query on another thread (the case list's, the full check); the caller closes it.
        It holds the key: made while the vault is open, dropped after use."""
        path, key = self.path, bytes(self.key)
        if not key:
            raise VaultLocked()

        def connect() -> Connection:
            con = _connect(path)
            try:
                con.execute(_key_pragma(key))
                con.execute("PRAGMA query_only = ON")
                con.execute("PRAGMA temp_store = MEMORY")
            except BaseException:
                con.close()
                raise
            return con
        return connect

    @property
    def readers(self) -> Readers:
        """Reader connections kept open for queries on other threads (the case list's),
        closed at :meth:`lock`."""
        if self._readers is None:
            self._readers = Readers(self.reader())
        return self._readers

    def full_check(self) -> Callable[[], list[str]]:
        """The full check of the whole file, to run on another thread (its own read-only
        connection, so the open vault stays free for the screen): a function returning the
        problems found. Give them to :meth:`checked`. Writes meanwhile wait for it (the
        connection's busy timeout) rather than fail."""
        connect = self.reader()

        def check() -> list[str]:
            try:
                con = connect()
            except sqlcipher3.Error as err:
                return [str(err)]
            try:
                return _integrity_problems(con, full=True)
            except sqlcipher3.Error as err:
                return [str(err)]
            finally:
                con.close()
        return check

    def checked(self, problems: list[str]) -> None:
        """The full check's result: any problem locks every write from now on."""
        self.damage = list(problems)

    def require_sound(self) -> None:
        """Before a backup, a merge or a migration: the full check, unless it passed
        already; raises :class:`DamagedVault` on any problem."""
        if self.damage is None:
            self.checked(self.integrity_problems())
        if self.damage:
            raise DamagedVault(reason="an integrity check failed")

    def setting(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def save_draft(self, draft: dict[str, Any]) -> None:
        """Unsaved edits kept encrypted inside the vault (at lock), until they are saved or
        discarded (see :meth:`take_draft`)."""
        text = json.dumps(draft, ensure_ascii=False)
        with self.transaction() as con:
            con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('draft', ?)", (text,))
        self._draft_shown = False  # a new draft: kept until it is brought back and done with

    def take_draft(self) -> dict[str, Any] | None:
        """The saved draft, to show again; None when there is none.

        It stays in the vault while it is on screen (a crash or a kill then loses nothing)
        and goes when it is done with: when its case is saved (a new case: when a new
        case is saved), when :meth:`discard_draft` is called (the person opened another
        case), or at :meth:`lock` unless :meth:`save_draft` kept it again."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'draft'").fetchone()
        if row is None:
            return None
        draft: dict[str, Any] = json.loads(row[0])
        self._draft_shown = True
        self._draft_case = draft.get("case_id")
        return draft

    def discard_draft(self) -> None:
        """Remove the draft (the person chose not to keep it)."""
        with self.transaction() as con:
            con.execute("DELETE FROM meta WHERE key = 'draft'")
        self._draft_shown = False

    def _saved(self, con: Connection, case_id: int | None) -> None:
        if self._draft_shown and self._draft_case == case_id:
            con.execute("DELETE FROM meta WHERE key = 'draft'")  # in the save's transaction
            self._draft_shown = False

    def centre_note(self, centre_id: str) -> str:
        row = self.con.execute("SELECT note FROM centre_notes WHERE centre = ?",
                               (centre_id,)).fetchone()
        return "" if row is None else str(row[0])

    def set_centre_note(self, centre_id: str, note: str) -> None:
        with self.transaction() as con:
            if note.strip():
                con.execute("INSERT OR REPLACE INTO centre_notes(centre, note, updated_at)"
                            " VALUES (?, ?, ?)", (centre_id, note, format_utc(utc_now())))
            else:
                con.execute("DELETE FROM centre_notes WHERE centre = ?", (centre_id,))

    def pragma(self, name: str) -> Any:
        return self.con.execute(f"PRAGMA {name}").fetchone()[0]


def _is_own_folder(folder: Path) -> bool:
    """Locator's data folder (the default vault's): private even if something else made it."""
    try:
        return folder.resolve() == data_dir().resolve()
    except OSError:
        return False


def _keep_private(path: Path) -> None:
    """A vault opened: it, its journal and its folder (when Locator's own) private, even if
    an older Locator made them readable by others."""
    for file in (path, path.with_name(f"{path.name}-journal")):
        if file.exists():
            make_private(file)
    if _is_own_folder(path.parent):
        make_private(path.parent)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _connect(path: Path, create: bool = False) -> Connection:
    _silence_sqlcipher_log()
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        con = sqlcipher3.connect(uri, uri=True, isolation_level=None,
                                 check_same_thread=False)
    except sqlcipher3.OperationalError:
        raise (VaultReadOnly() if path.exists() else VaultMissing()) from None
    con.row_factory = sqlcipher3.Row
    return con


def _assert_encrypted(con: Connection) -> None:
    row = con.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise NotEncrypted()


def _configure(con: Connection) -> None:
    for pragma in ("foreign_keys = ON", "secure_delete = ON", "temp_store = MEMORY",
                   "synchronous = FULL", "cache_size = -65536"):
        con.execute(f"PRAGMA {pragma}")


#: a vault file up to this size is checked whole before it opens (tens of milliseconds);
#: a bigger one, in the background after the first paint (:meth:`Vault.full_check`)
FULL_CHECK_AT_OPEN = 4 * 1024 * 1024


def _open_problems(con: Connection, path: Path) -> list[str]:
    """What is checked before the vault opens, in a time that does not grow with it.

    The key is proven already (page 1 decrypted and its HMAC verified). Here: the header's
    page count matches the file's size (a file cut short, or grown by junk, is refused),
    and the schema is read whole (every page of it decrypts and verifies). That is enough
    to write safely: SQLCipher verifies the HMAC of every page it reads, so a write never
    builds on a damaged page (it fails, and the rollback journal undoes the transaction),
    and the pages a write touches are the ones it read. The rest of the file, pages no
    write reads, is checked by the full check after the first paint; a small file, all of
    it here.
    """
    try:
        # one read transaction: its shared lock keeps another process (the command line,
        # a second writer) from writing the file while it is checked (a page read half
        # written would look damaged)
        con.execute("BEGIN")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            pages = int(con.execute("PRAGMA page_count").fetchone()[0])
            size = int(con.execute("PRAGMA page_size").fetchone()[0])
            on_disk = path.stat().st_size
            if pages * size != on_disk:
                return [f"{pages} pages in the header, {on_disk} bytes in the file"]
            if on_disk <= FULL_CHECK_AT_OPEN:
                return _integrity_problems(con)
            return []
        finally:
            con.execute("COMMIT")
    except sqlcipher3.DatabaseError as err:
        return [str(err)]


def _integrity_problems(con: Connection, full: bool = False) -> list[str]:
    """The checks, in one read transaction: its shared lock keeps other processes from
    writing the file meanwhile (a page caught half written would look damaged)."""
    own = not con.in_transaction
    try:
        if own:
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the shared lock
        try:
            problems = [str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check")]
            check = "integrity_check" if full else "quick_check"
            rows = [str(r[0]) for r in con.execute(f"PRAGMA {check}")]
            if full:
                rows += [str(r) for r in con.execute("PRAGMA foreign_key_check")]
        finally:
            if own:
                con.execute("COMMIT")
    except sqlcipher3.DatabaseError as err:
        return [str(err)]
    return problems + [r for r in rows if r != "ok"]


def _migrate(con: Connection, version: int) -> None:
    for target in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[target]:
                con.execute(statement)
            if target in _DATA_STEPS:
                _DATA_STEPS[target](con)
            if target == 1:
                con.execute("INSERT INTO meta(key, value) VALUES ('created_at', ?)",
                            (format_utc(utc_now()),))
            con.execute(f"PRAGMA user_version = {target}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _start_deadlines_of_existing_decisions(con: Connection, reason: str = "") -> None:
    """Version 2 brought deadlines: start them for decisions recorded before."""
    now = utc_now()
    for (case_id,) in con.execute("SELECT DISTINCT case_id FROM decisions").fetchall():
        rows = con.execute("SELECT * FROM decisions WHERE case_id = ? ORDER BY position, id",
                           (case_id,)).fetchall()
        case = Case(decisions=[decision_from_row(r) for r in rows])
        sync_deadlines(con, case_id, case, [r["id"] for r in rows], now, "",
                       **({"reason": reason} if reason else {}))


def _apply_the_timer_table(con: Connection) -> None:
    """Version 5 (issue 14): decisions start the timers of resources/decision_timers.yaml;
    open deadlines of earlier decisions follow it (started, counted again or set aside)."""
    _start_deadlines_of_existing_decisions(con, RULES_CHANGED)


#: Python steps that run inside a migration's transaction, after its statements.
_DATA_STEPS: dict[int, Callable[[Connection], None]] = {
    2: _start_deadlines_of_existing_decisions,
    5: _apply_the_timer_table,
    7: fill_sort_keys,
}


def _backup_before_migration(con: Connection, path: Path, version: int) -> None:
    """A copy of the vault as it was, before a migration changes it: written to a hidden
    ``.part`` file, made durable, then given its name (a complete copy or none). One left
    by an earlier try is kept, unless it is no whole database (an older Locator wrote it
    in place, and a kill could leave it empty)."""
    if version == 0:
        return
    target = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak")
    try:
        size = target.stat().st_size
    except FileNotFoundError:
        size = None
    if size is not None:
        if size >= PAGE_SIZE and size % PAGE_SIZE == 0:
            return
        target.unlink()  # not a whole copy: made again
    # VACUUM INTO fills the empty hidden file, keeping its mode (0600)
    with written_whole(target) as part:
        con.execute("VACUUM INTO ?", (str(part),))


def _remove_leftovers(path: Path) -> None:
    """What a killed Locator left beside the vault and in its backup folder: the hidden
    ``.part`` files of a new vault, a backup, a pre-migration copy, a restore's marker or
    its copy of the old vault. Only files of those names, and none a process is writing."""
    if interrupted_restore(path) is not None:
        settle_interrupted_restore(path)  # the vault here is whole: finish or undo the rest
    name = re.escape(path.name)
    remove_leftover_parts(path.parent, part_names(
        rf"\.{name}\.restoring|{name}(?:\.before-v\d+\.bak|\.before-restore-[0-9-]+)?"))
    remove_leftover_parts(backup_folder(path), part_names(backup_names(path)))
    if not restore_marker(path).exists():  # else a restore is running: its copy is in use
        with contextlib.suppress(OSError):  # a restore's copy of the backup, killed
            path.with_name(f".{path.name}.part").unlink()


def os_error(err: OSError) -> Exception:
    """A file-system error as the user needs to hear it."""
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultReadOnly()
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull()
    return DamagedVault(reason="the file could not be read or written")


def storage_error(err: Exception) -> Exception:
    text = str(err).lower()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "full" in text or "disk i/o" in text or getattr(err, "errno", None) == errno.ENOSPC:
        return StorageFull()
    if "locked" in text or "busy" in text:
        return VaultExists("The vault is in use by another copy of Locator. Close it there first.")
    return DamagedVault(reason="the file could not be read or written")
