"""A restore or a migration killed at any moment leaves a whole vault at its path (issue 19).

Real processes killed with SIGKILL at random moments of their work:

* a restore: the old vault or the restored one opens at the path after every kill, never
  none; a marker says a restore was cut short, and settling it leaves no marker and no
  restore copy behind (the door then never offers to make a new vault there);
* the copy made before a migration (``.before-vN.bak``): complete or absent after every
  kill, never an empty file standing for it; the next opening makes it again;
* a backup killed halfway: its hidden ``.part`` file is gone after the next opening, and
  nothing else in the folder is touched.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from locator.model.cases import Case
from locator.storage import schema
from locator.storage.backup import (
    backup_folder,
    backup_to,
    interrupted_restore,
    restore,
    restore_marker,
    settle_interrupted_restore,
)
from locator.storage.kdf import derive_key
from locator.storage.vault import Vault, read_salt
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_migrations import FIXTURES, V1_PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
RUNS = 30
PHOTO = 3 * 1024 * 1024  # a scan in each vault: the copy and its check take a while

PRELUDE = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    import locator.storage.kdf as kdf
    kdf.DEFAULT_PARAMS = kdf.KdfParams(n={FAST_KDF.n}, r={FAST_KDF.r}, p={FAST_KDF.p})
    from locator.storage.backup import restore, backup_to
    from locator.storage.vault import Vault
""")

RESTORE = PRELUDE + textwrap.dedent("""
    vault, backup, key = Path(sys.argv[1]), Path(sys.argv[2]), bytes.fromhex(sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()
    restore(vault, backup, key)
    print("done", flush=True)
""")

OPEN = PRELUDE + textwrap.dedent("""
    vault, secret = Path(sys.argv[1]), sys.argv[2]
    print("ready", flush=True)
    sys.stdin.readline()
    Vault.open_with_passphrase(vault, secret).lock()
    print("done", flush=True)
""")

BACKUP = PRELUDE + textwrap.dedent("""
    vault, secret, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    opened = Vault.open_with_passphrase(vault, secret)
    opened.require_sound()  # the full check before a backup, done here: the kill hits the copy
    print("ready", flush=True)
    sys.stdin.readline()
    backup_to(opened, target)
    print("done", flush=True)
""")


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _go(proc: subprocess.Popen[str]) -> float:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    return time.monotonic()


def _finish(proc: subprocess.Popen[str]) -> bool:
    """Wait for it; True when it ended its work."""
    out, _ = proc.communicate(timeout=120)
    return "done" in out


def _timed(script: str, *args: str) -> float:
    proc = _start(script, *args)
    started = _go(proc)
    assert _finish(proc)
    return time.monotonic() - started


def _kill_after(script: str, delay: float, *args: str) -> bool:
    """Run ``script`` and SIGKILL it ``delay`` seconds after it starts its work; True when
    it had finished before the kill."""
    proc = _start(script, *args)
    _go(proc)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    return _finish(proc)


def _cases(path: Path, key: bytes) -> int:
    with Vault.open(path, key) as vault:
        assert vault.integrity_problems() == []
        return vault.case_count()


def _leftovers(folder: Path, vault: Path) -> list[str]:
    """Files of a restore or a copy in progress beside the vault."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(f".{vault.name}") or p.name.endswith(".part"))


def test_a_restore_killed_at_any_moment_leaves_a_vault_at_its_path(tmp_path: Path) -> None:
    path = tmp_path / "v" / "vault.locator"
    with Vault.create(path, PASSPHRASE) as vault:
        first = vault.save_case(Case(alias="in the backup"))
        assert first.id is not None
        vault.add_attachment(first.id, "scan.png", "image/png", os.urandom(PHOTO))
        backup = backup_to(vault, tmp_path / "backup.locator")
        vault.save_case(Case(alias="added after the backup"))
        key = vault.key
    pristine = tmp_path / "pristine.locator"
    shutil.copy(path, pristine)
    took = _timed(RESTORE, str(path), str(backup), key.hex())
    rng = random.Random(19)
    counts = {"old": 0, "restored": 0, "cut short": 0}
    for run in range(RUNS):
        for leftover in path.parent.iterdir():
            leftover.unlink()
        shutil.copy(pristine, path)
        _kill_after(RESTORE, rng.uniform(0, took * 1.2), str(path), str(backup), key.hex())
        assert path.exists(), f"run {run}: no vault at its path"
        cut_short = interrupted_restore(path) is not None
        found = _cases(path, key)  # opens: a whole, sound vault, the old one or the backup
        assert found in (1, 2), f"run {run}"
        counts["old" if found == 2 else "restored"] += 1
        counts["cut short"] += cut_short
        # opening it settled any cut-short restore: no marker, no copy left
        assert interrupted_restore(path) is None and not restore_marker(path).exists()
        assert not path.with_name(f".{path.name}.part").exists()
        assert not [n for n in _leftovers(path.parent, path) if n.endswith(".part")]
        asides = sorted(path.parent.glob(f"{path.name}.before-restore-*"))
        if found == 1:  # restored: the old vault is kept aside, whole
            assert [_cases(a, key) for a in asides] == [2]
        else:
            assert asides == []  # undone: no second name of the old vault left
    print(f"\nrestore killed at random: {RUNS} runs, {RUNS} left a vault that opens "
          f"({counts})")
    assert counts["cut short"] > 0, "no kill landed inside a restore"


def test_settling_a_cut_short_restore_before_the_door(tmp_path: Path) -> None:
    """What the door does first: settle, then decide; a vault is always there to unlock."""
    path = tmp_path / "vault.locator"
    with Vault.create(path, PASSPHRASE) as vault:
        vault.save_case(Case(alias="one"))
        backup = backup_to(vault, tmp_path / "b.locator")
        vault.save_case(Case(alias="two"))
        key = vault.key
    restore(path, backup, key)  # done: the old vault kept aside
    assert interrupted_restore(path) is None and settle_interrupted_restore(path) is None
    # an older Locator's restore killed between its two renames: no vault at the path
    aside = next(path.parent.glob(f"{path.name}.before-restore-*"))
    path.unlink()
    assert interrupted_restore(path) == aside
    assert settle_interrupted_restore(path) is None
    assert path.exists() and _cases(path, key) == 2 and interrupted_restore(path) is None


def test_a_migration_killed_at_any_moment_leaves_no_empty_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.locator"
    bak = path.with_name(f"{path.name}.before-v{schema.SCHEMA_VERSION}.bak")
    took = _timed(OPEN, str(_fresh_v1(path)), V1_PASSPHRASE)
    key = derive_key(V1_PASSPHRASE, read_salt(path))
    rng = random.Random(53)
    empties = 0
    for run in range(RUNS):
        for leftover in path.parent.iterdir():
            leftover.unlink()
        _kill_after(OPEN, rng.uniform(0, took * 1.2), str(_fresh_v1(path)), V1_PASSPHRASE)
        if bak.exists():
            empties += bak.stat().st_size == 0
            assert _cases(bak, key) == 1, f"run {run}: the copy does not open"
        assert _cases(path, key) == 1  # the vault itself: migrated or not, whole
        assert bak.exists(), f"run {run}: the copy was not made again"
        assert not [n for n in os.listdir(path.parent) if n.endswith(".part")]
    print(f"\nmigration killed at random: {RUNS} runs, {empties} empty copies")
    assert empties == 0


def test_an_empty_copy_of_an_older_locator_is_made_again(tmp_path: Path) -> None:
    path = _fresh_v1(tmp_path / "old.locator")
    bak = path.with_name(f"{path.name}.before-v{schema.SCHEMA_VERSION}.bak")
    bak.write_bytes(b"")  # what a killed copy of an older Locator left
    Vault.open_with_passphrase(path, V1_PASSPHRASE).lock()
    assert bak.stat().st_size > 0
    with Vault.open_with_passphrase(bak, V1_PASSPHRASE) as copy:
        assert copy.case_count() == 1


def test_a_killed_backup_leaves_no_part_after_the_next_opening(tmp_path: Path) -> None:
    path = tmp_path / "vault.locator"
    with Vault.create(path, PASSPHRASE) as vault:
        first = vault.save_case(Case(alias="big"))
        assert first.id is not None
        vault.add_attachment(first.id, "scan.png", "image/png", os.urandom(8 * PHOTO))
    folder = backup_folder(path)
    folder.mkdir()
    theirs = [folder / ".notes.txt.abcdefgh.part", folder / "mine.part",
              folder / ".vault-20250101-000000.locator.part"]
    for file in theirs:
        file.write_text("not Locator's")
    target = folder / "vault-20261204-120000.locator"
    for _attempt in range(20):
        if not _kill_after(BACKUP, 0.05, str(path), PASSPHRASE, str(target)):
            break
        target.unlink()
    parts = [p for p in folder.iterdir() if p.name.startswith(".vault-2026")]
    assert parts, "the backup was never killed halfway"
    assert not target.exists()
    with Vault.open_with_passphrase(path, PASSPHRASE) as vault:
        assert not [p for p in folder.iterdir() if p.name.startswith(".vault-2026")]
        assert sorted(folder.iterdir()) == sorted(theirs)  # nothing else touched
        backup_to(vault, target)
    assert sorted(folder.iterdir()) == sorted([*theirs, target])


def _fresh_v1(path: Path) -> Path:
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    return path
