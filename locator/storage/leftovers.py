"""What a killed Locator may leave beside a vault, and how it is put right: a restore cut
short (its marker, :func:`interrupted_restore`, :func:`settle_interrupted_restore`), and the
names of the backups (:func:`backup_folder`). Needs no key and opens no vault: the vault
calls it when it opens, the door before it offers anything."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
from pathlib import Path
from typing import Any

from locator.storage.files import fsync_folder

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def restore_copy(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def restore_marker(vault_path: Path) -> Path:
    """The file that says a restore of ``vault_path`` is under way."""
    return vault_path.with_name(f".{vault_path.name}.restoring")


def interrupted_restore(vault_path: Path) -> Path | None:
    """Where a restore of this vault was interrupted (its marker; or, from an earlier
    Locator, the old vault moved aside with no vault in its place); None when there is
    none, or when a restore is running right now in another process."""
    vault_path = Path(vault_path)
    marker = restore_marker(vault_path)
    if marker.exists():
        return None if restore_running(marker) else marker
    if not vault_path.exists():
        asides = _asides(vault_path)
        if asides:
            return asides[-1]
    return None


def settle_interrupted_restore(vault_path: Path) -> Path | None:
    """Finish or undo an interrupted restore (see :func:`interrupted_restore`), before the
    vault is opened. Returns where the vault as it was before the restore is kept when the
    restore had put the backup in place (it is finished), None when it had not (it is
    undone: the vault is as it was, the restore's copy removed). Nothing when there is no
    interrupted restore. An older Locator's restore that left no vault at the path: the
    vault moved aside goes back to it."""
    vault_path = Path(vault_path)
    found = interrupted_restore(vault_path)
    if found is None:
        return None
    marker = restore_marker(vault_path)
    if found != marker:  # an older Locator's: the vault moved aside, none in its place
        os.replace(found, vault_path)
        fsync_folder(vault_path.parent)
        remove_restore_copy(restore_copy(vault_path))
        return None
    said = _read_marker(marker)
    before = said.get("vault")
    name = str(said.get("aside", ""))
    aside = vault_path.with_name(name) if name.startswith(f"{vault_path.name}.before-") \
        else None
    now = file_identity(vault_path)
    kept: Path | None = None
    if now is None:  # no vault at the path: cannot happen with this Locator; be safe
        if aside is not None and aside.exists():
            os.replace(aside, vault_path)
    elif before is None or list(now) != list(before):  # the backup was put in place: done
        kept = aside if aside is not None and aside.exists() else None
    elif aside is not None and aside.exists():
        aside.unlink()  # undone: the old vault's second name (or copy) is not needed
    remove_restore_copy(restore_copy(vault_path))
    marker.unlink(missing_ok=True)
    fsync_folder(vault_path.parent)
    return kept


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _asides(vault_path: Path) -> list[Path]:
    return sorted(p for p in vault_path.parent.glob(f"{vault_path.name}.before-restore-*")
                  if p.is_file() and not p.name.endswith("-journal"))


def restore_running(marker: Path) -> bool:
    """Whether a running restore holds ``marker``."""
    if fcntl is None:
        return False
    try:
        fd = os.open(marker, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False


def _read_marker(marker: Path) -> dict[str, Any]:
    try:
        said = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return said if isinstance(said, dict) else {}


def remove_restore_copy(work: Path, keep: bool = False) -> None:
    """The restore's copy (unless ``keep``) and what checking it may have left beside it."""
    leftovers = list(work.parent.glob(f"{glob.escape(work.name)}.before-*"))
    leftovers += [work.with_name(f"{work.name}-journal")]
    for leftover in ([] if keep else [work]) + leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()


def backup_folder(vault_path: Path) -> Path:
    return vault_path.with_name(f"{vault_path.stem}-backups")


def backup_names(vault_path: Path) -> str:
    """The names Locator gives backups in :func:`backup_folder` (automatic ones, and the
    Vault menu's ``manual-`` ones), as a regular expression."""
    return rf"(?:manual-)?{re.escape(vault_path.stem)}-[0-9-]+\.locator"
