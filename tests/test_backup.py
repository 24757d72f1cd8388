"""Backups: same secret, checked before restoring, never overwriting the only copy."""

from __future__ import annotations

import os
import resource
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from locator.model.caseio import case_from_dict, case_to_dict
from locator.storage.backup import automatic_backup, backup_folder, backup_to, export_copy, restore
from locator.storage.errors import CopyNotWritten, VaultExists, WrongPassphrase
from locator.storage.kdf import derive_key, new_salt
from locator.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers import digest, files_containing, marker_case


def snapshot(vault: Vault) -> list[dict[str, object]]:
    return [case_to_dict(vault.get_case(c.id)) for c in vault.list_cases()]


def test_backup_change_restore_identical(vault: Vault, tmp_path: Path) -> None:
    vault.save_case(case_from_dict(marker_case("BKMARK")))
    target = backup_to(vault, tmp_path / "b" / "copy.locator")
    before = snapshot(vault)
    vault.save_case(case_from_dict({"alias": "added after the backup"}))
    path, key = vault.path, vault.key
    vault.lock()

    aside = restore(path, target, key)
    with Vault.open(path, key) as restored:
        assert snapshot(restored) == before
        assert restored.integrity_problems() == []
    with Vault.open(aside, key) as kept:  # the replaced vault was kept aside
        assert kept.case_count() == 2
    assert files_containing(tmp_path / "b", "BKMARK") == []


def test_restore_with_a_wrong_secret_is_refused_and_changes_nothing(vault: Vault,
                                                                  tmp_path: Path) -> None:
    target = backup_to(vault, tmp_path / "copy.locator")
    path = vault.path
    vault.lock()
    before = digest(path)
    wrong = derive_key("not it", new_salt())
    with pytest.raises(WrongPassphrase):
        restore(path, target, wrong)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_backup_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "copy.locator"
    target.write_bytes(b"the only copy")
    with pytest.raises(VaultExists):
        backup_to(vault, target)
    assert target.read_bytes() == b"the only copy"


def test_backup_opens_with_the_passphrase(vault: Vault, tmp_path: Path) -> None:
    target = backup_to(vault, tmp_path / "copy.locator")
    Vault.open_with_passphrase(target, PASSPHRASE).lock()


def test_export_copy_has_its_own_passphrase(vault: Vault, tmp_path: Path) -> None:
    vault.save_case(case_from_dict({"alias": "handed over"}))
    target = export_copy(vault, tmp_path / "for-referent.locator", "another secret")
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(target, PASSPHRASE)
    with Vault.open_with_passphrase(target, "another secret") as copy:
        assert [c.display_name for c in copy.list_cases()] == ["handed over"]
        assert copy.list_cases("handed")  # the search index came along
        assert copy.integrity_problems() == []


def test_automatic_backups_daily_keeping_the_newest(vault: Vault) -> None:
    start = datetime(2026, 1, 1, 20, 0, tzinfo=UTC)
    assert automatic_backup(vault, start) is not None
    assert automatic_backup(vault, start + timedelta(hours=1)) is None  # same day
    for day in range(1, 10):
        automatic_backup(vault, start + timedelta(days=day), keep=3)
    names = sorted(p.name for p in backup_folder(vault.path).iterdir())
    assert len(names) == 3 and names[-1].startswith(f"{vault.path.stem}-20260110")


def test_a_new_vault_and_its_copies_are_written_whole(vault: Vault, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Each goes through locator.storage.files.written_whole: hidden file, rename, and the
    rename made durable (the folder flushed); a failed rename leaves nothing behind."""
    import locator.storage.files as files

    flushed: list[Path] = []
    monkeypatch.setattr(files, "fsync_folder", flushed.append)
    Vault.create(tmp_path / "new" / "v.locator", PASSPHRASE).lock()
    backup_to(vault, tmp_path / "b" / "copy.locator")
    (tmp_path / "e").mkdir()
    export_copy(vault, tmp_path / "e" / "copy.locator", "another one")
    assert flushed == [tmp_path / "new", tmp_path / "b", tmp_path / "e"]
    for folder in ("new", "b", "e"):
        assert [p.name for p in (tmp_path / folder).iterdir()] == [
            "v.locator" if folder == "new" else "copy.locator"]

    def no_rename(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(Exception):  # noqa: B017 - each says it its own way
        backup_to(vault, tmp_path / "b2" / "copy.locator")
    assert list((tmp_path / "b2").iterdir()) == []


# -- a copy that cannot be written blames its place, never the vault (issue 19) --------


def _copy_to(vault: Vault, target: Path, how: str) -> None:
    if how == "backup":
        backup_to(vault, target)
    else:
        export_copy(vault, target, "another referent's passphrase")


@pytest.mark.parametrize("how", ["backup", "export"])
@pytest.mark.parametrize("where", ["inside a file", "missing folder under a file"])
def test_a_copy_to_an_impossible_place_says_why_and_the_vault_is_unchanged(
        vault: Vault, tmp_path: Path, how: str, where: str) -> None:
    vault.save_case(case_from_dict(marker_case("Copyplace")))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "copy.locator" if where == "inside a file" else blocker / "x" / "c"
    before = digest(vault.path)
    with pytest.raises(CopyNotWritten) as caught:
        _copy_to(vault, target, how)
    message = caught.value.message
    assert "not a folder" in message and "damaged" not in message
    assert "The vault was not changed." in message
    assert "Copyplace" not in message
    assert digest(vault.path) == before
    assert vault.integrity_problems() == []


@pytest.mark.parametrize("how", ["backup", "export"])
def test_a_copy_that_runs_out_of_room_says_so_and_leaves_nothing(
        vault: Vault, tmp_path: Path, how: str) -> None:
    """The file-size limit of the process stands in for a full USB stick: the write of the
    copy fails halfway, as SQLite sees it on a full disk."""
    for number in range(20):
        vault.save_case(case_from_dict({**marker_case(f"Roomy{number}"), "notes": "x" * 4000}))
    folder = tmp_path / "stick"
    folder.mkdir()
    before = digest(vault.path)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, hard))
    try:
        with pytest.raises(CopyNotWritten) as caught:
            _copy_to(vault, folder / "copy.locator", how)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    assert "damaged" not in caught.value.message
    assert "The vault was not changed." in caught.value.message
    assert list(folder.iterdir()) == []  # no half copy, no .part
    assert digest(vault.path) == before
    assert vault.integrity_problems() == []
