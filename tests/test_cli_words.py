"""The command line's text output in plain words (issue 13, points 9 and 11): a header on
``list``, labels instead of field keys, centres and statuses by name, dates in words, a
warning when the same registered name is added twice, and problems named by label."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.test_cli import Cli, cli, cli_vault  # noqa: F401 - the fixtures

CASE = {"registered_last_name": "ABDI", "registered_first_name": "Ali", "centre": "merksplas",
        "status": "detained", "nationality_recorded": "SO",
        "decisions": [{"kind": "oqt", "notified_at": "2026-12-01T10:00"}]}
#: what must never reach a reader of the text output: keys, ids, ISO stamps
TECHNICAL = re.compile(r"registered_last_name|nationality_recorded|consent_\w+|\bmerksplas\b|"
                       r"\d{4}-\d\d-\d\dT\d\d:\d\d|detained_centre|oe_number|case_language")


def _add(run: Cli, vault: Path, case: object) -> str:
    result = run("add", vault=vault, stdin=json.dumps(case))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_list_has_a_header_and_names_the_centre_and_situation(cli: Cli,  # noqa: F811
                                                              cli_vault: Path) -> None:  # noqa: F811
    _add(cli, cli_vault, CASE)
    lines = cli("list", vault=cli_vault).stdout.splitlines()
    assert lines[0].split() == ["Case", "Name", "Situation", "Centre"]
    assert "Merksplas" in lines[1]
    assert "detained" in lines[1]
    assert not TECHNICAL.search("\n".join(lines))


def test_an_empty_list_says_so(cli: Cli, cli_vault: Path) -> None:  # noqa: F811
    assert cli("list", vault=cli_vault).stdout.strip() == "The vault has no case yet."
    _add(cli, cli_vault, CASE)
    found = cli("list", "--query", "nobody-like-this", vault=cli_vault)
    assert found.stdout.strip() == "No case matches."


def test_show_reads_as_words_and_json_keeps_the_contract(cli: Cli,  # noqa: F811
                                                         cli_vault: Path) -> None:  # noqa: F811
    case_id = _add(cli, cli_vault, CASE).strip()
    text = cli("show", case_id, vault=cli_vault).stdout
    assert "Registered LAST NAME: ABDI" in text
    assert "Centre: Centre pour illégaux de Merksplas" in text
    assert "Agrees to share with a lawyer: not asked yet" in text
    assert "notified Tuesday 1 December 2026 at 10:00" in text
    # the 10-day appeal: from Wednesday 2 December, the 10th day is Friday 11 December
    assert ("Appeal to cancel an order to leave (while detained): last day Friday "
            "11 December 2026, until 24:00 (Belgian time)") in text
    assert "Case created" in text
    assert not TECHNICAL.search(text), TECHNICAL.search(text)
    shown = json.loads(cli("show", case_id, "--json", vault=cli_vault).stdout)
    assert shown["registered_last_name"] == "ABDI"
    assert shown["centre"] == "merksplas"


def test_the_brief_names_what_is_missing_by_label(cli: Cli, cli_vault: Path,  # noqa: F811
                                                  tmp_path: Path) -> None:
    case_id = _add(cli, cli_vault, CASE).strip()
    result = cli("brief", case_id, "--pdf", str(tmp_path / "b.pdf"), vault=cli_vault)
    assert result.returncode == 0, result.stderr
    assert "still to find:" in result.stdout
    assert "OE / IBZ / SP number" in result.stdout
    assert not TECHNICAL.search(result.stdout)


def test_the_same_registered_name_twice_is_kept_with_a_warning(cli: Cli,  # noqa: F811
                                                              cli_vault: Path) -> None:  # noqa: F811
    first = _add(cli, cli_vault, CASE).strip()
    # the centres compare names without case, accents or word order
    again = cli("add", vault=cli_vault, stdin=json.dumps(
        {"registered_last_name": "Ali", "registered_first_name": "ABDÏ"}))
    assert again.returncode == 0
    second = again.stdout.strip()
    assert f"Case {second} has the same registered name as case {first}" in again.stderr
    assert "ABD" not in again.stderr.upper()  # ids only: no case data on stderr
    assert "Ali" not in again.stderr
    other = cli("add", vault=cli_vault, stdin=json.dumps(
        {"registered_last_name": "OMAR", "registered_first_name": "Ali"}))
    assert other.returncode == 0 and other.stderr == ""
    listed = json.loads(cli("list", "--json", vault=cli_vault).stdout)
    assert len(listed) == 3


def test_the_same_name_twice_in_one_file_is_warned_about(cli: Cli,  # noqa: F811
                                                         cli_vault: Path) -> None:  # noqa: F811
    result = cli("add", vault=cli_vault, stdin=json.dumps([CASE, CASE]))
    first, second = result.stdout.split()
    assert f"Case {second} has the same registered name as case {first}" in result.stderr


def test_bad_json_values_are_named_by_label_and_key(cli: Cli, cli_vault: Path) -> None:  # noqa: F811
    result = cli("add", vault=cli_vault, stdin=json.dumps(
        {"alias": "x", "status": "nope", "lawyer": {"email": "not-an-address"}}))
    assert result.returncode == 1
    assert 'Status ("status"): choose one of:' in result.stderr
    assert "Lawyer's email (\"lawyer.email\"): this is not an email address" in result.stderr
    update = cli("update", "1", "--json", "-", vault=cli_vault, stdin="{}")
    assert update.returncode == 1  # no case 1: nothing was added
