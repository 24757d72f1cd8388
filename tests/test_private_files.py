"""The vault and every copy of it are the user's alone: files 0600, folders 0700, whatever
the umask (here the usual 022, which would leave them readable by everyone)."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from locator.model.caseio import case_from_dict
from locator.model.paths import data_dir
from locator.storage import backup, schema
from locator.storage.files import copy_private, new_private_file, private_folder, written_whole
from locator.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
FIXTURES = Path(__file__).parent / "fixtures"
V1_PASSPHRASE = "fixture passphrase v1"  # tests/fixtures/vault-v1.locator


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def not_private(root: Path) -> list[str]:
    """Every file under ``root`` that is not 0600 and every folder that is not 0700."""
    found = []
    for path in sorted([root, *root.rglob("*")]):
        want = 0o700 if path.is_dir() else 0o600
        if mode(path) != want:
            found.append(f"{path.relative_to(root.parent)}: {mode(path):o}")
    return found


def test_a_new_vault_and_the_folders_made_for_it(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "cases.locator"
    with Vault.create(path, PASSPHRASE) as vault:
        vault.save_case(case_from_dict({"alias": "Sami", "status": "missing"}))
        vault.save_draft({"alias": "Sam"})
        with vault.transaction() as con:  # the journal exists while a write is under way
            con.execute("INSERT INTO meta(key, value) VALUES ('probe', ?)", ("x" * 9000,))
            journal = path.with_name(f"{path.name}-journal")
            assert not journal.exists() or mode(journal) == 0o600
        assert not_private(tmp_path / "new") == []
    assert not_private(tmp_path / "new") == []
    assert sorted(p.name for p in path.parent.iterdir()) == ["cases.locator"]


def test_the_default_data_folder_is_made_private_even_if_made_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = data_dir()
    folder.mkdir(parents=True)  # as the single-instance guard does, umask 022: 0755
    assert mode(folder) == 0o755
    Vault.create(folder / "vault.locator", PASSPHRASE).lock()
    assert not_private(folder) == []
    (tmp_path / "elsewhere").mkdir()
    Vault.create(tmp_path / "elsewhere" / "mine.locator", PASSPHRASE).lock()
    assert mode(tmp_path / "elsewhere") == 0o755  # a folder the user chose stays theirs
    assert mode(tmp_path / "elsewhere" / "mine.locator") == 0o600


def test_backups_exports_and_restores_are_private(tmp_path: Path) -> None:
    path = tmp_path / "vaults" / "cases.locator"
    vault = Vault.create(path, PASSPHRASE)
    vault.save_case(case_from_dict({"alias": "Sami", "status": "missing"}))
    folder = backup.backup_folder(path)
    folder.mkdir()  # made by something else, 0755: still Locator's backup folder
    made = backup.automatic_backup(vault, now=datetime(2025, 8, 1, 12, tzinfo=UTC))
    assert made is not None
    manual = backup.backup_to(vault, folder / "manual-cases-2025-08-02.locator")
    handover = tmp_path / "handover"
    handover.mkdir()
    copy = backup.export_copy(vault, handover / "copy.locator", "another long passphrase")
    key = vault.key
    vault.lock()
    assert mode(made) == mode(manual) == mode(copy) == 0o600
    assert mode(handover) == 0o755  # the user's own folder is left as it was
    path.chmod(0o644)  # as an older Locator left it
    aside = backup.restore(path, made, key)
    assert not_private(tmp_path / "vaults") == []
    assert aside.parent == path.parent and mode(aside) == 0o600
    with Vault.open(path, key) as again:
        assert again.case_count() == 1


def test_an_older_vault_is_made_private_on_open_and_so_is_its_migration_copy(
        tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    path = folder / "old.locator"
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    path.chmod(0o644)
    with Vault.open_with_passphrase(path, V1_PASSPHRASE) as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
    assert path.with_name(f"{path.name}.before-v{schema.SCHEMA_VERSION}.bak").exists()
    assert not_private(folder) == []


def test_the_helpers_ignore_the_umask(tmp_path: Path) -> None:
    os.umask(0o277)  # would take the owner's write bit too
    made = new_private_file(tmp_path / "a")
    assert mode(made) == 0o600
    with pytest.raises(FileExistsError):
        new_private_file(made)
    os.umask(0o000)  # would give everything to everyone
    assert mode(private_folder(tmp_path / "x" / "y")) == 0o700
    assert mode(tmp_path / "x") == 0o700
    assert mode(copy_private(made, tmp_path / "x" / "b")) == 0o600
    with written_whole(tmp_path / "x" / "c") as part:
        part.write_bytes(b"brief")
    assert not_private(tmp_path / "x") == []
    before = mode(tmp_path)
    private_folder(tmp_path)
    assert mode(tmp_path) == before
