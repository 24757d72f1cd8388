"""Old vaults still open: fixtures made by earlier versions are migrated in place."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from locator.storage import schema
from locator.storage.vault import Vault
from tests.helpers import digest

FIXTURES = Path(__file__).parent / "fixtures"
# the fixtures' decision, an annexe 13septies (earlier removal unknown), starts since
# schema v5 the urgent appeal (5 days; 10 conditional), the annulment appeal, the release
# request and the detention maximum (issue 14, point 4)
AFTER_V5 = ["be-annulment-detained", "be-detention-cap", "be-detention-max",
            "be-release-request", "be-udn-first", "be-udn-subsequent"]
V1_PASSPHRASE = "fixture passphrase v1"  # made with the tests' fast KDF


def test_v1_vault_opens_migrates_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.locator"
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    original = digest(path)
    with Vault.open_with_passphrase(path, V1_PASSPHRASE) as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
        (case,) = vault.list_cases()
        full = vault.get_case(case.id)
        assert full.registered_last_name == "FIXTUREV1-Tesfaye"
        assert full.decisions[0].annexe == "13septies"
        # decisions recorded before deadlines existed now have their timers
        rules = sorted(d.rule for d in vault.deadlines(case.id))
        assert rules == AFTER_V5
        assert vault.integrity_problems() == []
    backup = path.with_name(f"{path.name}.before-v{schema.SCHEMA_VERSION}.bak")
    assert backup.exists()
    with Vault.open_with_passphrase(backup, V1_PASSPHRASE) as old:
        assert old.case_count() == 1  # the backup was itself migrated on open, a copy
    assert original != digest(path)


def test_interrupted_migration_leaves_the_old_version(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.locator"
    shutil.copy(FIXTURES / "vault-v1.locator", path)
    broken = [*schema.MIGRATIONS[2], "THIS IS NOT SQL"]
    with monkeypatch.context() as patch:
        patch.setitem(schema.MIGRATIONS, 2, broken)
        with pytest.raises(Exception):  # noqa: B017 - the failure itself does not matter
            Vault.open_with_passphrase(path, V1_PASSPHRASE)
    with Vault.open_with_passphrase(path, V1_PASSPHRASE) as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
        assert vault.case_count() == 1


# -- every released schema version, as its own code wrote it ----------------------------------
#: the text of every shipped migration, pinned: a shipped version never changes (add the next)
SHIPPED = {1: "57cf8ecc0bdc", 2: "f9243a1ce217", 3: "fe2fbe91a4be", 4: "5a5156fcac9d"}


def _sha(statements: list[str]) -> str:
    return hashlib.sha256("\n;\n".join(statements).encode()).hexdigest()[:12]


def test_shipped_migrations_never_change() -> None:
    for version, digest_ in SHIPPED.items():
        assert _sha(schema.MIGRATIONS[version]) == digest_, (
            f"schema v{version} shipped; never edit it: add migration "
            f"v{schema.SCHEMA_VERSION + 1} instead")
    assert set(SHIPPED) <= set(schema.MIGRATIONS)


def test_a_new_field_changes_no_shipped_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trap: schema v1 used to be built from the live field list, so a field added to
    the dataclass silently changed v1 and the next migration's ADD COLUMN broke create."""
    import importlib.util

    import locator.model.cases

    before = {v: list(m) for v, m in schema.MIGRATIONS.items()}
    monkeypatch.setattr(locator.model.cases, "SCALAR_FIELDS",
                        (*locator.model.cases.SCALAR_FIELDS, "future_field"))
    spec = importlib.util.spec_from_file_location("schema_again", schema.__file__)
    assert spec is not None and spec.loader is not None
    again = importlib.util.module_from_spec(spec)  # a fresh copy, sys.modules untouched
    spec.loader.exec_module(again)
    assert again.MIGRATIONS == before


def test_the_next_migration_does_not_break_create(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import locator.storage.vault

    nxt = schema.SCHEMA_VERSION + 1
    monkeypatch.setitem(schema.MIGRATIONS, nxt,
                        ["ALTER TABLE cases ADD COLUMN future_field TEXT NOT NULL DEFAULT ''"])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)
    monkeypatch.setattr(locator.storage.vault, "SCHEMA_VERSION", nxt)
    with Vault.create(tmp_path / "new.locator", "passphrase for the future") as vault:
        assert vault.pragma("user_version") == nxt
        assert "future_field" in _as_dict(_columns(vault))["cases"]
    old = tmp_path / "old.locator"
    shutil.copy(FIXTURES / f"vault-v{max(SHIPPED)}.locator", old)
    with Vault.open_with_passphrase(old, f"fixture passphrase v{max(SHIPPED)}") as vault:
        assert vault.pragma("user_version") == nxt
        assert "future_field" in _as_dict(_columns(vault))["cases"]


def _columns(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Each table's columns (name, type, not null, default, key) and each index's name."""
    con = vault.con
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'case_search_%'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    shape: dict[str, list[tuple[object, ...]]] = {
        t: sorted(tuple(row[1:]) for row in con.execute(f"PRAGMA table_info('{t}')"))
        for t in tables}
    shape["indexes"] = [tuple(r) for r in con.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE "
        "'sqlite_autoindex_%' ORDER BY name")]
    return shape


def _as_dict(shape: dict[str, list[tuple[object, ...]]]) -> dict[str, dict[object, object]]:
    return {t: {c[0]: c for c in cols} for t, cols in shape.items()}


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_every_released_version_opens_migrates_and_equals_a_new_vault(
        tmp_path: Path, version: int) -> None:
    """tests/fixtures/vault-vN.locator was written by the code that shipped schema vN
    (tests/fixtures/README.md says how): each opens, keeps every fact, and ends up with the
    very tables a vault created today has."""
    path = tmp_path / f"v{version}.locator"
    shutil.copy(FIXTURES / f"vault-v{version}.locator", path)
    marker = f"FIXTUREV{version}"
    with Vault.open_with_passphrase(path, f"fixture passphrase v{version}") as vault:
        assert vault.pragma("user_version") == schema.SCHEMA_VERSION
        assert vault.integrity_problems() == []
        cases = [vault.get_case(c.id) for c in vault.list_cases(include_closed=True)]
        main = next(c for c in cases if "closed" not in c.alias)
        assert main.registered_last_name == f"{marker}-Tesfaye"
        assert main.registered_first_name == "Amanuel ተስፋይ"
        assert main.real_name == f"{marker} محمد" and main.alias == f"{marker} Sami 🙂"
        assert main.other_spellings == [f"{marker}-Mohamed", "Muhammad"]
        assert "<font color=white>" in main.notes
        assert main.lawyer is not None and main.lawyer.name == f"{marker} Maître Dupont"
        assert [c.phones for c in main.contacts] == [["+32470987654"]]
        assert main.decisions[0].annexe == "13septies"
        assert sorted(d.rule for d in vault.deadlines(main.id)) == AFTER_V5
        assert main.decisions[0].subsequent_asylum_in_detention.value == "unknown"
        assert main.id in [c.id for c in vault.list_cases(marker)]  # the search index too
        if version >= 2:
            assert len(cases) == 2
        if version >= 3:  # the second case was closed, and stays closed
            assert [c.id for c in vault.list_cases()] == [main.id]
        if version >= 4:
            assert vault.centre_note("merksplas") == f"{marker} centre note: ring twice ☎"
        migrated = _columns(vault)
    with Vault.create(tmp_path / "today.locator", "a vault made today") as new:
        today = _columns(new)
    assert _as_dict(migrated) == _as_dict(today)


def test_every_field_of_a_case_has_its_column() -> None:
    """A field added to the dataclass without a migration fails here, not in a user's vault."""
    from locator.model.cases import SCALAR_FIELDS

    tables: dict[str, set[str]] = {"cases": set()}
    for statements in schema.MIGRATIONS.values():
        for sql in statements:
            low = sql.lower()
            if low.startswith("create table cases"):
                tables["cases"] |= {line.split()[0] for line in sql.splitlines()[1:-1]}
            elif low.startswith("alter table cases add column"):
                tables["cases"].add(sql.split()[5])
    assert set(SCALAR_FIELDS) <= tables["cases"]


def test_v5_applies_the_timer_table_to_the_deadlines_of_a_v4_vault(tmp_path: Path) -> None:
    path = tmp_path / "v4.locator"
    shutil.copy(FIXTURES / "vault-v4.locator", path)
    with Vault.open_with_passphrase(path, "fixture passphrase v4") as vault:
        main = next(c for c in vault.list_cases() if "closed" not in c.display_name)
        found = {d.rule: d for d in vault.deadlines(main.id)}
        # the v4 timers are kept (never deleted), the 10-day one still conditional
        assert found["be-udn-first"].conditional and not found["be-udn-subsequent"].conditional
        started = [e.data["rule"] for e in vault.events(main.id)
                   if e.data.get("action") == "started"]
        assert sorted(set(started) - {"be-udn-first", "be-udn-subsequent"}) == [
            "be-annulment-detained", "be-detention-cap", "be-detention-max",
            "be-release-request"]
