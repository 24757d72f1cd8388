"""The encrypted vault, end to end, against a real SQLCipher file."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from locator.model.caseio import case_from_dict, case_to_dict
from locator.model.cases import EventKind, Status
from locator.storage.errors import (
    DamagedVault,
    EmptyFile,
    NewerVault,
    PlainDatabase,
    VaultExists,
    VaultMissing,
    VaultReadOnly,
    WrongPassphrase,
)
from locator.storage.kdf import derive_key
from locator.storage.vault import Vault, read_salt
from tests.conftest import PASSPHRASE
from tests.helpers import digest, files_containing, marker_case

MARKER = "ZQXMARKER7"


def test_create_add_close_reopen_identical(vault_path: Path, sandbox: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    saved = vault.save_case(case_from_dict(marker_case(MARKER)))
    before = case_to_dict(saved)
    events_before = vault.events(saved.id or 0)
    vault.lock()

    reopened = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    assert saved.id is not None
    assert case_to_dict(reopened.get_case(saved.id)) == before
    assert reopened.events(saved.id) == events_before
    assert [e.kind for e in events_before][:2] == [EventKind.CREATED, EventKind.DECISION]
    reopened.lock()

    # Nothing readable anywhere: vault, its journal, the temp and config folders.
    for root in (vault_path.parent, sandbox):
        assert files_containing(root, MARKER) == []
    assert vault_path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_values_survive_exactly(vault: Vault) -> None:
    data = marker_case(MARKER)
    case = vault.save_case(case_from_dict(data))
    assert case.alias == data["alias"]
    assert case.real_name == data["real_name"]
    assert case.notes == data["notes"]
    assert case.phone_in_centre == "+32470123456"
    assert case.contacts[0].phones == ["+32470987654"]
    assert str(case.birth_date_recorded) == "1994-05"


def test_wrong_passphrase_refused_quietly(vault_path: Path,
                                          capfd: pytest.CaptureFixture[str]) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    before = digest(vault_path)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open_with_passphrase(vault_path, "not the passphrase")
    assert "passphrase" in caught.value.message
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert digest(vault_path) == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def test_nfc_and_nfd_passphrases_open_the_same_vault(vault_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "café mémé")
    Vault.create(vault_path, nfc).lock()
    Vault.open_with_passphrase(vault_path, unicodedata.normalize("NFD", nfc)).lock()


def test_encryption_pragmas(vault: Vault) -> None:
    assert vault.pragma("cipher_version")
    assert vault.pragma("temp_store") == 2
    assert vault.pragma("secure_delete") == 1
    assert vault.pragma("foreign_keys") == 1
    assert vault.pragma("synchronous") == 2
    assert vault.integrity_problems() == []


def test_rekey(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    case_id = vault.save_case(case_from_dict({"alias": MARKER})).id
    vault.rekey("a brand new passphrase")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_path, PASSPHRASE)
    with Vault.open_with_passphrase(vault_path, "a brand new passphrase") as again:
        assert again.get_case(case_id or 0).alias == MARKER


def test_plain_sqlite_file_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(PlainDatabase):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert digest(path) == before


@pytest.mark.parametrize("content, error", [
    (b"", EmptyFile),
    (b"\x00" * 1000, DamagedVault),
    (os.urandom(4096 * 3 + 17), DamagedVault),
    (os.urandom(4096 * 4), WrongPassphrase),  # random pages look like a wrong key
])
def test_not_a_vault(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    path = tmp_path / "x.locator"
    path.write_bytes(content)
    with pytest.raises(error):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_truncated_vault_refused(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    vault.add_cases([case_from_dict({"alias": f"p{i}", "notes": "x" * 2000}) for i in range(50)])
    vault.lock()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2 - 100])
    cut = vault_path.read_bytes()
    with pytest.raises(DamagedVault):
        Vault.open_with_passphrase(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == cut


def test_tampered_vault_refused(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    vault.add_cases([case_from_dict({"alias": f"p{i}", "notes": "y" * 3000}) for i in range(20)])
    vault.lock()
    data = bytearray(vault_path.read_bytes())
    data[4096 * 3 + 100] ^= 0x01  # one bit, inside an encrypted page
    vault_path.write_bytes(bytes(data))
    with pytest.raises(DamagedVault):
        Vault.open_with_passphrase(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == bytes(data)


def test_newer_schema_refused_untouched(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    key = derive_key(PASSPHRASE, read_salt(vault_path))
    con = sqlcipher3.connect(str(vault_path))
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    before = digest(vault_path)
    with pytest.raises(NewerVault) as caught:
        Vault.open(vault_path, key)
    assert "99" in caught.value.message
    assert digest(vault_path) == before


def test_missing_vault_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "vault.locator"
    with pytest.raises(VaultMissing):
        Vault.open_with_passphrase(path, PASSPHRASE)
    assert not path.exists() and not path.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_vault(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    vault_path.chmod(0o400)
    with pytest.raises(VaultReadOnly):
        Vault.open_with_passphrase(vault_path, PASSPHRASE)


def test_read_only_folder(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    mode = vault_path.parent.stat().st_mode
    vault_path.chmod(0o444)
    vault_path.parent.chmod(0o555)
    try:
        if os.access(vault_path, os.W_OK):
            pytest.skip("this user can write anywhere")
        with pytest.raises(VaultReadOnly):
            Vault.open_with_passphrase(vault_path, PASSPHRASE)
    finally:
        vault_path.parent.chmod(mode)


def test_create_never_overwrites(vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes(b"precious")
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == b"precious"


@pytest.mark.real_kdf
def test_shipped_key_derivation_opens(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).lock()
    with Vault.open_with_passphrase(vault_path, PASSPHRASE) as vault:
        assert vault.case_count() == 0


def test_status_change_is_on_the_timeline(vault: Vault) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami"}))
    case.status = Status.DETAINED
    case.centre = "vottem"
    case = vault.save_case(case)
    kinds = [e.kind for e in vault.events(case.id or 0)]
    assert kinds == [EventKind.CREATED, EventKind.STATUS_CHANGE]
    change = vault.events(case.id or 0)[-1].data
    assert change["from"] == "missing" and change["to"] == "detained"
    assert change["centre_to"] == "vottem"


def test_attachments_are_inside_the_vault(vault: Vault, vault_path: Path) -> None:
    case = vault.save_case(case_from_dict({"alias": "Sami"}))
    blob = b"\x89PNG fake " + MARKER.encode() * 100
    info = vault.add_attachment(case.id or 0, "oqt.png", "image/png", blob)
    assert vault.attachment_data(info.id) == blob
    assert [a.filename for a in vault.attachments(case.id or 0)] == ["oqt.png"]
    assert files_containing(vault_path.parent, MARKER) == []


def test_failed_write_leaves_nothing(vault: Vault) -> None:
    vault.save_case(case_from_dict({"alias": "kept"}))
    broken = case_from_dict({"alias": "half"})
    broken.contacts = [case_from_dict({"alias": "x"}).contacts, 1]  # type: ignore[list-item]
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
        vault.save_case(broken)
    assert [c.display_name for c in vault.list_cases()] == ["kept"]
    assert vault.integrity_problems() == []


# -- the lock's draft stays until its case is saved (issue 19) ------------------------------


def test_a_draft_brought_back_stays_until_its_case_is_saved(vault: Vault) -> None:
    saved = vault.save_case(case_from_dict({"alias": "Drafted"}))
    other = vault.save_case(case_from_dict({"alias": "Other"}))
    assert saved.id is not None and other.id is not None
    vault.save_draft({"case_id": saved.id, "form": {"alias": "typed before the lock"}})
    path, key = vault.path, vault.key
    assert vault.take_draft() == {"case_id": saved.id,
                                  "form": {"alias": "typed before the lock"}}
    # on screen, not saved yet: a crash now (another opening reads the file) loses nothing
    with Vault.open(path, key) as after_a_crash:
        assert after_a_crash.setting("draft") is not None
    vault.save_case(case_from_dict({"alias": "Other, changed"}, vault.get_case(other.id)))
    with Vault.open(path, key) as look:
        assert look.setting("draft") is not None  # another case's save: kept
    vault.save_case(case_from_dict({"alias": "typed before the lock"},
                                   vault.get_case(saved.id)))
    with Vault.open(path, key) as reopened:
        assert reopened.setting("draft") is None  # its case saved: gone, in the same write


def test_a_draft_brought_back_and_left_goes_at_lock_unless_kept_again(
        vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    key = vault.key
    vault.save_draft({"case_id": None, "form": {"alias": "a new case"}})
    vault.lock()
    again = Vault.open(vault_path, key)
    assert again.take_draft() is not None
    again.save_draft({"case_id": None, "form": {"alias": "still typing"}})  # kept again
    again.lock()
    third = Vault.open(vault_path, key)
    assert third.take_draft() == {"case_id": None, "form": {"alias": "still typing"}}
    third.lock()  # shown, then neither saved nor kept: the person moved on
    fourth = Vault.open(vault_path, key)
    assert fourth.take_draft() is None
    fourth.save_draft({"case_id": None, "form": {}})
    fourth.discard_draft()
    assert fourth.take_draft() is None
    fourth.lock()
