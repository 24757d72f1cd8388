"""The headless command line: ``locator.cli.main.main`` in-process (fast test KDF), plus two
smoke tests that run the real ``python -m locator`` as its own process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from locator.cli.main import main
from locator.storage.vault import Vault
from tests.helpers import files_containing, marker_case

ROOT = Path(__file__).resolve().parent.parent
SECRET = "a cli passphrase for tests"


@dataclass(frozen=True)
class Result:
    """What one CLI call gave, as :class:`subprocess.CompletedProcess` would."""

    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``cli(*args, vault=, stdin=, passphrase=)``: one call of ``main`` with its own
    environment passphrase, stdin and captured stdout/stderr; argparse's exits (usage
    errors, ``--version``) come back as the exit status."""

    def run(*args: str, vault: Path | None = None, stdin: str = "",
            passphrase: str | None = SECRET) -> Result:
        if passphrase is None:
            monkeypatch.delenv("LOCATOR_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("LOCATOR_PASSPHRASE", passphrase)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))  # not a terminal
        argv = ["--vault", str(vault)] if vault is not None else []
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                status = main([*argv, *args])
            except SystemExit as exit_:
                code = exit_.code
                status = code if isinstance(code, int) else (0 if code is None else 1)
        return Result(status, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def cli_vault(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "cli" / "v.locator"
    path.parent.mkdir()
    assert cli("init", vault=path).returncode == 0
    return path


def test_add_list_show_update_check(cli: Cli, cli_vault: Path) -> None:
    added = cli("add", "--json", "-", vault=cli_vault, stdin=json.dumps(marker_case("CLIM1")))
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.strip()
    many = cli("add", vault=cli_vault,
               stdin=json.dumps([{"alias": "Two"}, {"registered_last_name": "Three"}]))
    assert many.returncode == 0 and len(many.stdout.split()) == 2

    listed = json.loads(cli("list", "--json", vault=cli_vault).stdout)
    assert listed[-1]["display_name"].startswith("CLIM1")
    found = json.loads(cli("list", "--query", "clim1", "--json", vault=cli_vault).stdout)
    assert [r["id"] for r in found] == [int(case_id)]

    updated = cli("update", case_id, "--json", "-", vault=cli_vault,
                  stdin='{"status": "released"}')
    assert updated.returncode == 0, updated.stderr
    shown = json.loads(cli("show", case_id, "--json", vault=cli_vault).stdout)
    assert shown["status"] == "released"
    assert shown["alias"] == marker_case("CLIM1")["alias"]
    assert [e["kind"] for e in shown["events"]][-1] == "status_change"

    assert cli("check", vault=cli_vault).returncode == 0
    assert files_containing(cli_vault.parent, "CLIM1") == []


@pytest.mark.parametrize("args, stdin, needle", [
    (("show", "999"), "", "999"),
    (("add",), "{not json", "line 1"),
    (("add",), '{"alias": "SECRETALIAS", "phone_in_centre": "SECRETPHONE"}', "phone_in_centre"),
    (("update", "1", "--json", "-"), '{"arrest_date": "2999-01-01"}', "arrest_date"),
])
def test_user_errors_exit_1_one_line_no_case_data(cli: Cli, cli_vault: Path,
                                                  args: tuple[str, ...], stdin: str,
                                                  needle: str) -> None:
    seeded = cli("add", vault=cli_vault, stdin='{"alias": "Seed"}')  # case 1, for `update`
    assert seeded.returncode == 0 and seeded.stdout.strip() == "1", seeded.stderr
    result = cli(*args, vault=cli_vault, stdin=stdin)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert needle in result.stderr
    assert "SECRET" not in result.stderr and "Traceback" not in result.stderr


def test_wrong_passphrase(cli: Cli, cli_vault: Path) -> None:
    result = cli("list", vault=cli_vault, passphrase="wrong")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "passphrase" in result.stderr
    assert "hmac" not in result.stderr.lower()


def test_missing_vault(cli: Cli, tmp_path: Path) -> None:
    result = cli("list", vault=tmp_path / "none.locator")
    assert result.returncode == 1 and "no vault" in result.stderr.lower()
    assert not (tmp_path / "none.locator").exists()


def test_no_passphrase_without_terminal(cli: Cli, cli_vault: Path) -> None:
    result = cli("list", vault=cli_vault, passphrase=None)
    assert result.returncode == 1 and "LOCATOR_PASSPHRASE" in result.stderr


def test_usage_error_exit_2(cli: Cli) -> None:
    assert cli("frobnicate").returncode == 2
    assert cli("show", "not-a-number").returncode == 2


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.returncode == 0 and "Locator" in result.stdout


@pytest.mark.parametrize("rule, notified, due", [
    ("be-udn-subsequent", "2025-08-10", "2025-08-18"),
    ("be-udn-first", "2025-01-03", "2025-01-13"),
    ("be-udn-first", "2025-11-05", "2025-11-17"),
    ("be-udn-subsequent", "2025-12-20", "2025-12-26"),
    ("be-udn-subsequent", "2026-05-09T15:30", "2026-05-15"),
])
def test_deadline_worked_examples(cli: Cli, rule: str, notified: str, due: str) -> None:
    result = cli("deadline", "--rule", rule, "--notified", notified, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["rule"], data["due"]) == (rule, due)
    assert data["basis"] and data["notified"].startswith(notified[:10])


@pytest.mark.parametrize("args, field", [
    (("--rule", "be-nope", "--notified", "2025-08-10"), "rule"),
    (("--rule", "be-udn-first", "--notified", "2025-02-30"), "Notification date"),
    (("--rule", "be-udn-first", "--notified", "tomorrow"), "Notification date"),
])
def test_deadline_bad_input(cli: Cli, args: tuple[str, ...], field: str) -> None:
    result = cli("deadline", *args)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and field in result.stderr


def test_deadline_for_a_future_date_is_hypothetical(cli: Cli) -> None:
    data = json.loads(cli("deadline", "--rule", "be-udn-first", "--notified", "2999-01-01",
                          "--json").stdout)
    assert (data["due"], data["hypothetical"]) == ("2999-01-11", True)
    text = cli("deadline", "--rule", "be-udn-first", "--notified", "2999-01-01").stdout
    assert text.startswith("HYPOTHETICAL")
    past = cli("deadline", "--rule", "be-udn-first", "--notified", "2025-01-03").stdout
    assert "HYPOTHETICAL" not in past
    # posted Monday 7 December 2026: 5 days end Monday 14 December (issue 14)
    posted = json.loads(cli("deadline", "--rule", "be-udn-subsequent", "--notified",
                            "2026-12-07", "--method", "post", "--json").stdout)
    assert posted["due"] == "2026-12-14"


def test_recording_a_decision_refuses_a_future_date(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "f.locator"
    assert cli("init", vault=path).returncode == 0
    future = [{"alias": "A", "decisions": [{"kind": "removal", "notified_at": "2999-01-01"}]}]
    result = cli("add", vault=path, stdin=json.dumps(future))
    assert result.returncode == 1 and "notified_at" in result.stderr


def test_deadlines_across_cases(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "d.locator"
    assert cli("init", vault=path).returncode == 0
    cases = [{"alias": "A", "decisions": [{"kind": "removal", "earlier_removal": "yes",
                                           "notified_at": "2025-08-10T11:00"}]},
             {"alias": "B", "decisions": [{"kind": "removal", "earlier_removal": "no",
                                           "notified_at": "2025-08-01T11:00"}]}]
    assert cli("add", vault=path, stdin=json.dumps(cases)).returncode == 0
    listed = json.loads(cli("deadlines", "--json", vault=path).stdout)
    # a removal measure also starts the 10-day annulment appeal (issue 14, point 4)
    assert [(d["case"], d["rule"], d["due"]) for d in listed] == [
        ("B", "be-udn-first", "2025-08-11"), ("B", "be-annulment-detained", "2025-08-11"),
        ("A", "be-udn-subsequent", "2025-08-18"), ("A", "be-annulment-detained", "2025-08-20")]
    assert all(d["basis"] and d["source_url"] for d in listed)
    shown = json.loads(cli("show", str(listed[0]["case_id"]), "--json", vault=path).stdout)
    assert [d["rule"] for d in shown["deadlines"]] == ["be-udn-first", "be-annulment-detained"]
    text = cli("deadlines", vault=path).stdout
    assert "late appeal is lost" in text


def test_backup_command(cli: Cli, cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.locator"
    result = cli("backup", str(out), vault=cli_vault)
    assert result.returncode == 0, result.stderr
    assert cli("check", vault=out).returncode == 0
    again = cli("backup", str(out), vault=cli_vault)
    assert again.returncode == 1 and "overwrite" in again.stderr


def test_brief_command(cli: Cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = tmp_path / "b.locator"
    assert cli("init", vault=path).returncode == 0
    data = marker_case("BRIEFM")
    added = cli("add", vault=path, stdin=json.dumps(data))
    case_id = added.stdout.strip()
    out = tmp_path / "brief.pdf"
    result = cli("brief", case_id, "--pdf", str(out), "--text", vault=path)
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert data["registered_last_name"].upper() in text
    assert data["registered_last_name"].upper() in result.stdout
    assert "Subject:" in result.stdout
    assert "BRIEFM" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.locator", "brief.pdf"]


# --- the real product: `python -m locator` as its own process, shipped scrypt ---------


def run_process(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOCATOR_PASSPHRASE": SECRET}
    return subprocess.run([sys.executable, "-m", "locator", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


@pytest.mark.real_kdf
def test_process_adds_a_case_from_stdin(tmp_path: Path) -> None:
    path = tmp_path / "p.locator"
    Vault.create(path, SECRET).lock()  # the shipped KDF, as the process derives the key
    result = run_process("--vault", str(path), "add", "--json", "-",
                         stdin=json.dumps(marker_case("PROCM")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1" and result.stderr == ""
    with Vault.open_with_passphrase(path, SECRET) as vault:
        assert vault.get_case(1).alias == marker_case("PROCM")["alias"]


def test_process_user_error_exit_1_one_line_no_case_data(tmp_path: Path) -> None:
    result = run_process("--vault", str(tmp_path / "none.locator"), "add",
                         stdin='{"alias": "SECRETALIAS", "phone_in_centre": "SECRETPHONE"}')
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "phone_in_centre" in result.stderr
    assert "SECRET" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("rule, notified, said", [
    ("be-udn-first", "2025-08-01T11:00",
     "last day Monday 11 August 2025, until 24:00 (Belgian time)"),
    ("be-chamber-appeal", "2025-08-01T10:30",
     "ends Saturday 2 August 2025 at 10:30 (Belgian time)"),
    ("be-release-request", "2025-08-01", "can be filed from Friday 1 August 2025"),
    ("fr-retention-placement", "2025-08-01T15:00",
     "last day Monday 4 August 2025, until 24:00 (French time)"),
])
def test_deadline_text_says_the_day_in_words(cli: Cli, rule: str, notified: str,
                                             said: str) -> None:
    text = cli("deadline", "--rule", rule, "--notified", notified).stdout
    assert said in text.splitlines()[0]
    assert "T00:00" not in text and "+01:00" not in text and "+02:00" not in text


def test_deadlines_says_when_nothing_is_due(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "none.locator"
    assert cli("init", vault=path).returncode == 0
    assert cli("deadlines", vault=path).stdout.strip() == "No open deadline."
    assert cli("deadlines", "--within", "7", vault=path).stdout.strip() == (
        "No open deadline ends in the next 7 days.")
