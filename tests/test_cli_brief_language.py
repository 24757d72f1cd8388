"""The command line's brief speaks the brief's language to the end: the deadline rules'
titles come from the same catalogue as the app's (issue 13, point 7)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from locator.brief.rule_words import catalogue_rule_words
from locator.deadlines.rules import load_rules
from locator.model.dates import utc_now
from tests.test_cli import Cli, cli  # noqa: F401  (fixture)

RULE = "be-annulment-detained"


def test_every_rule_title_has_its_french_and_dutch() -> None:
    for rule in load_rules().values():
        for lang in ("fr", "nl"):
            assert catalogue_rule_words(rule.title, lang) != rule.title, (rule.id, lang)
    assert catalogue_rule_words("not a rule's words", "fr") == "not a rule's words"


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_a_french_or_dutch_brief_has_its_rule_titles_in_that_language(
        cli: Cli, tmp_path: Path, lang: str) -> None:  # noqa: F811
    path = tmp_path / "b.locator"
    assert cli("init", vault=path).returncode == 0
    when = (utc_now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")
    added = cli("add", vault=path, stdin=json.dumps({
        "alias": "Sami", "status": "detained", "decisions": [
            {"kind": "oqt", "annexe": "13septies", "notified_at": when,
             "notification_method": "hand", "earlier_removal": "no"}]}))
    assert added.returncode == 0, added.stderr
    result = cli("brief", added.stdout.strip(), "--pdf", str(tmp_path / "b.pdf"), "--text",
                 "--lang", lang, vault=path)
    assert result.returncode == 0, result.stderr
    title = load_rules()[RULE].title
    assert title not in result.stdout
    assert catalogue_rule_words(title, lang) in result.stdout
