"""``read-document CASE ATTACHMENT [--json]`` on a real vault holding a generated
passport photo and order page; nothing it prints goes to stderr, and nothing is saved."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import locator.cli.main as cli_main
from locator.cli import documents as cli_documents
from locator.model.cases import Case
from locator.storage.vault import Vault
from tests.documents_fixtures import (
    ORDERS,
    PEOPLE,
    degraded,
    identity_page,
    image_bytes,
    order_page,
)
from tests.test_cli import SECRET, Cli, cli, cli_vault  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command registered as locator/cli/main.py registers it (request h17)."""
    build = cli_main.build_parser

    def with_documents() -> argparse.ArgumentParser:
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "read-document" not in sub.choices:
            cli_documents.register(sub)
        return parser

    monkeypatch.setattr(cli_main, "build_parser", with_documents)


def _case_with_photos(path: Path) -> tuple[int, int, int]:
    vault = Vault.open_with_passphrase(path, SECRET)
    try:
        case = vault.save_case(Case(alias="reader"))
        assert case.id is not None
        passport = vault.add_attachment(case.id, "passport.jpg", "image/jpeg", image_bytes(
            degraded(identity_page(PEOPLE[0]), seed=3), "JPEG"))
        order = vault.add_attachment(case.id, "order.png", "image/png",
                                     image_bytes(order_page(ORDERS[1])))
        return case.id, passport.id, order.id
    finally:
        vault.lock()


def test_read_document_json(cli: Cli, cli_vault: Path) -> None:  # noqa: F811
    case_id, passport, order = _case_with_photos(cli_vault)
    result = cli("read-document", str(case_id), str(passport), "--json", vault=cli_vault)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["kind"] == "td3" and data["attachment"] == passport
    values = {p["field"]: p["value"] for p in data["proposals"]}
    assert values["registered_last_name"] == "VAN DER BERGHE"
    assert values["birth_date_recorded"] == "1999-03-12"
    assert {"confidence", "certain", "source", "reason"} <= set(data["proposals"][0])
    certain = [p["certain"] for p in data["proposals"]]
    assert certain == sorted(certain)  # weakest first
    form = json.loads(cli("read-document", str(case_id), str(order), "--json",
                          vault=cli_vault).stdout)
    assert {p["field"]: p["value"] for p in form["proposals"]}["case_language"] == "nl"
    vault = Vault.open_with_passphrase(cli_vault, SECRET)
    try:
        assert vault.get_case(case_id).registered_last_name == ""  # nothing saved
    finally:
        vault.lock()


def test_read_document_text_and_errors(cli: Cli, cli_vault: Path) -> None:  # noqa: F811
    case_id, passport, _ = _case_with_photos(cli_vault)
    text = cli("read-document", str(case_id), str(passport), vault=cli_vault)
    assert text.returncode == 0 and "Registered LAST NAME" in text.stdout
    other = cli("read-document", str(case_id), "999", vault=cli_vault)
    assert other.returncode == 1 and "no attachment number 999" in other.stderr
    assert "BERGHE" not in other.stderr
    missing = cli("read-document", "4242", str(passport), vault=cli_vault)
    assert missing.returncode == 1 and missing.stdout == ""
    vault = Vault.open_with_passphrase(cli_vault, SECRET)
    try:
        pdf = vault.add_attachment(case_id, "order.pdf", "application/pdf", b"%PDF-1.7 x").id
    finally:
        vault.lock()
    not_photo = cli("read-document", str(case_id), str(pdf), "--json", vault=cli_vault)
    assert not_photo.returncode == 1 and "not a photo or scan" in not_photo.stderr
    assert not_photo.stdout == ""
