"""Faults: the disk fills up, the vault vanishes while open. The previous state survives.

Disk full is real: a small tmpfs is mounted for the test (root only; skipped
elsewhere). Nothing is mocked at the storage layer.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from locator.brief.content import build_brief
from locator.brief.pdf import write_pdf
from locator.model.caseio import case_from_dict, case_to_dict
from locator.storage.backup import backup_to
from locator.storage.errors import CopyNotWritten, StorageFull, VaultMissing, VaultReadOnly
from locator.storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system, leaving about ``leave`` bytes free."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with (folder / "filler").open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def test_disk_full_during_save_keeps_the_previous_state(tiny_fs: Path) -> None:
    vault = Vault.create(tiny_fs / "v.locator", PASSPHRASE)
    saved = vault.save_case(case_from_dict({"alias": "before", "notes": "n" * 1000}))
    before = case_to_dict(saved)
    fill(tiny_fs, leave=8 * 1024)
    big = case_from_dict({"alias": "after", "notes": "x" * 200_000})
    with pytest.raises(StorageFull):
        vault.save_case(big)
    changed = vault.get_case(saved.id or 0)
    changed.notes = "y" * 300_000
    with pytest.raises(StorageFull):
        vault.save_case(changed)
    vault.lock()
    (tiny_fs / "filler").unlink()
    with Vault.open_with_passphrase(tiny_fs / "v.locator", PASSPHRASE) as again:
        assert [case_to_dict(again.get_case(c.id)) for c in again.list_cases()] == [before]
        assert again.integrity_problems() == []


def test_disk_full_during_backup_leaves_no_partial_copy(vault: Vault, tiny_fs: Path) -> None:
    vault.add_cases([case_from_dict({"alias": f"p{i}", "notes": "z" * 4000})
                     for i in range(300)])
    with pytest.raises(CopyNotWritten) as caught:
        backup_to(vault, tiny_fs / "backup.locator")
    # the copy's disk is full: said so, and not blamed on the vault (issue 19)
    assert "the disk is full." in caught.value.message
    assert "damaged" not in caught.value.message
    assert list(tiny_fs.iterdir()) == []
    assert vault.integrity_problems() == []


def test_disk_full_during_pdf_export_leaves_nothing(tiny_fs: Path) -> None:
    brief = build_brief(case_from_dict({"alias": "Sami", "notes": "n"}))
    fill(tiny_fs, leave=2 * 1024)
    with pytest.raises(OSError):
        write_pdf(brief, tiny_fs / "brief.pdf")
    assert sorted(p.name for p in tiny_fs.iterdir()) == ["filler"]


def test_vault_deleted_while_open_is_refused_and_not_recreated(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    vault.save_case(case_from_dict({"alias": "kept"}))
    vault_path.unlink()
    with pytest.raises(VaultMissing):
        vault.save_case(case_from_dict({"alias": "lost?"}))
    vault.lock()
    assert not vault_path.exists()


def test_vault_replaced_while_open_is_refused(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    moved = vault_path.with_name("moved.locator")
    os.replace(vault_path, moved)
    vault_path.write_bytes(moved.read_bytes())  # another file now has that name
    with pytest.raises(VaultMissing):
        vault.save_case(case_from_dict({"alias": "x"}))
    vault.lock()


def test_read_only_file_system_is_refused_with_its_message(tiny_fs: Path) -> None:
    Vault.create(tiny_fs / "v.locator", PASSPHRASE).lock()
    before = (tiny_fs / "v.locator").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs)], check=True)
    try:
        with pytest.raises(VaultReadOnly):
            Vault.open_with_passphrase(tiny_fs / "v.locator", PASSPHRASE)
        with pytest.raises(VaultReadOnly):
            Vault.create(tiny_fs / "new.locator", PASSPHRASE)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs)], check=True)
    assert (tiny_fs / "v.locator").read_bytes() == before
    assert sorted(p.name for p in tiny_fs.iterdir()) == ["v.locator"]
