"""The brief in its own language (rule titles from the catalogues), the sender's details
kept in the vault (never in the settings), "detained since" read back from a real PDF."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings

from locator.brief.case import brief_for_case
from locator.brief.pdf import write_pdf
from locator.brief.text import brief_text
from locator.model.caseio import case_from_dict
from locator.storage.backup import export_copy
from locator.storage.sender import SenderDetails
from locator.storage.vault import Vault
from tests.helpers import HOSTILE
from ui.common.i18n import translated_in

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
TRICKY = f"عبد الله 🙂 {HOSTILE} <&\""


def rule_words(text: str, lang: str) -> str:
    return translated_in(lang, "deadline_rules", text)


def test_a_french_brief_has_french_rule_titles_and_labels(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.locator", "six words for this test vault")
    case = vault.save_case(case_from_dict({
        "alias": TRICKY, "registered_last_name": TRICKY, "languages": [TRICKY, "Tigrinya"],
        "centre": "merksplas", "centre_since": "2026-12-03", "arrest_date": "2026-11-30",
        "decisions": [{"kind": "detention", "notified_at": "2026-12-01T09:00"},
                      {"kind": "oqt", "annexe": "13septies",
                       "notified_at": "2026-12-01T09:00"}]}, now=NOW))
    assert case.id is not None
    english = brief_for_case(vault, case.id, lang="en", now=NOW)
    titles = [row[0] for row in english.sections[0].rows]
    assert titles, "an order to leave starts deadlines"
    french = brief_for_case(vault, case.id, default_lang="fr", rule_words=rule_words, now=NOW)
    assert french.lang == "fr"  # the case's language is not known: the window's
    for title, row in zip(titles, french.sections[0].rows, strict=True):
        base = title.split(" — ")[0]
        assert rule_words(base, "fr") != base and row[0].startswith(rule_words(base, "fr"))
    text = brief_text(french)
    assert "Recours" in text and "Langues parlées (pour un interprète)" in text
    assert "Détenu·e depuis le 2026-12-01" in text
    assert "Retrouvé·e dans ce centre le 2026-12-03" in text
    assert TRICKY in text  # every character as stored, in the text output
    target = tmp_path / "brief.pdf"
    write_pdf(french, target)
    pdf = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "2026-12-01" in pdf and "Recours" in pdf
    vault.lock()


def test_sender_details_survive_lock_and_stay_out_of_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "v.locator"
    vault = Vault.create(path, "six words for this test vault")
    details = SenderDetails(TRICKY, "0470 12 34 56", "marie@example.org")
    vault.set_sender_details(details)
    vault.lock()
    again = Vault.open_with_passphrase(path, "six words for this test vault")
    assert again.sender_details() == details
    copy = export_copy(again, tmp_path / "copy.locator", "other words for the copy")
    other = Vault.open_with_passphrase(copy, "other words for the copy")
    assert other.sender_details() == SenderDetails()  # another referent is not the writer
    other.lock()
    again.set_sender_details(SenderDetails())
    assert again.sender_details() == SenderDetails()
    again.lock()
    settings = QSettings()
    settings.sync()
    stored = Path(settings.fileName())
    if stored.is_file():
        assert "marie@example.org" not in stored.read_text(errors="replace")
    assert b"marie@example.org" not in path.read_bytes()  # encrypted in the vault
