"""The command line never loses or exposes the vault (issue 19): an export never replaces
the vault, a backup or a file that is not an earlier PDF; odd input gives one plain line,
exit 1 and an unchanged vault, never a traceback; case text cannot drive the terminal;
the process keeps its memory out of core dumps."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from locator.storage.backup import backup_folder
from locator.storage.exports import ExportRefused, check_export_target
from tests.test_cli import ROOT, SECRET, Cli, cli, cli_vault  # noqa: F401 - the fixtures


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_plain_line(text: str) -> None:
    assert "Traceback" not in text
    assert len(text.strip().splitlines()) == 1, text


@pytest.fixture
def case_id(cli: Cli, cli_vault: Path) -> str:  # noqa: F811
    added = cli("add", vault=cli_vault, stdin=json.dumps({"alias": "Abdi"}))
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def test_a_brief_never_replaces_the_vault_whatever_names_it(
        cli: Cli, cli_vault: Path, case_id: str, tmp_path: Path) -> None:  # noqa: F811
    before = _digest(cli_vault)
    link = tmp_path / "link.locator"
    link.symlink_to(cli_vault)
    hard = tmp_path / "hard.locator"
    os.link(cli_vault, hard)
    for target in (cli_vault, link, hard):
        for extra in ((), ("--replace",)):
            result = cli("brief", case_id, "--pdf", str(target), *extra, vault=cli_vault)
            assert result.returncode == 1
            _one_plain_line(result.stderr)
            assert "vault itself" in result.stderr
    assert _digest(cli_vault) == before
    assert cli("check", vault=cli_vault).returncode == 0


def test_a_brief_is_never_written_among_the_backups_or_over_a_file_that_is_not_a_pdf(
        cli: Cli, cli_vault: Path, case_id: str, tmp_path: Path) -> None:  # noqa: F811
    assert cli("backup", str(tmp_path / "copy.locator"), vault=cli_vault).returncode == 0
    copy = tmp_path / "copy.locator"
    kept = _digest(copy)
    result = cli("brief", case_id, "--pdf", str(copy), "--replace", vault=cli_vault)
    assert result.returncode == 1 and "not a PDF" in result.stderr
    assert _digest(copy) == kept
    folder = backup_folder(cli_vault)
    folder.mkdir()
    result = cli("brief", case_id, "--pdf", str(folder / "b.pdf"), vault=cli_vault)
    assert result.returncode == 1 and "backup folder" in result.stderr
    assert not (folder / "b.pdf").exists()


def test_an_earlier_brief_is_replaced_only_when_asked(
        cli: Cli, cli_vault: Path, case_id: str, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "brief.pdf"
    assert cli("brief", case_id, "--pdf", str(target), vault=cli_vault).returncode == 0
    first = _digest(target)
    again = cli("brief", case_id, "--pdf", str(target), vault=cli_vault)
    assert again.returncode == 1 and "exists already" in again.stderr
    assert _digest(target) == first
    replaced = cli("brief", case_id, "--pdf", str(target), "--replace", vault=cli_vault)
    assert replaced.returncode == 0, replaced.stderr
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("where", ["missing folder", "a folder", "read-only folder"])
def test_a_brief_that_cannot_be_written_says_why_in_one_line(
        cli: Cli, cli_vault: Path, case_id: str, tmp_path: Path, where: str) -> None:  # noqa: F811
    if where == "missing folder":
        target = tmp_path / "nowhere" / "b.pdf"
    elif where == "a folder":
        target = tmp_path
    else:
        if os.geteuid() == 0:
            pytest.skip("root may write in a read-only folder")
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
        target = folder / "b.pdf"
    result = cli("brief", case_id, "--pdf", str(target), vault=cli_vault)
    assert result.returncode == 1
    _one_plain_line(result.stderr)
    assert "Abdi" not in result.stderr


def test_check_export_target_refuses_the_vault_by_any_path(tmp_path: Path) -> None:
    vault = tmp_path / "v.locator"
    vault.write_bytes(b"not a pdf, a vault")
    with pytest.raises(ExportRefused):
        check_export_target(tmp_path / "." / "v.locator", vault, replace=True)
    assert check_export_target(tmp_path / "new.pdf", vault) == tmp_path / "new.pdf"


BAD_INPUTS = {
    "invalid UTF-8": b'{"alias": "\xff\xfe"}',
    "duplicate keys": b'{"alias": "a", "alias": "b"}',
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "lone surrogate": b'{"alias": "x\\ud800"}',
    "year 0001 datetime": json.dumps({"alias": "x", "decisions": [
        {"kind": "oqt", "notified_at": "0001-01-01T00:00"}]}).encode(),
    "year 0001 date": json.dumps({"alias": "x", "arrest_date": "0001-01-01"}).encode(),
    "huge attachment id": json.dumps({"alias": "x", "decisions": [
        {"kind": "oqt", "notified_at": "2026-12-01T10:00",
         "attachment_id": 10 ** 30}]}).encode(),
    "dangling attachment id": json.dumps({"alias": "x", "decisions": [
        {"kind": "oqt", "notified_at": "2026-12-01T10:00", "attachment_id": 7}]}).encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_odd_json_gives_one_line_exit_1_and_the_vault_unchanged(
        cli: Cli, cli_vault: Path, case_id: str, tmp_path: Path, name: str) -> None:  # noqa: F811
    source = tmp_path / "in.json"
    source.write_bytes(BAD_INPUTS[name])
    before = _digest(cli_vault)
    for command in (("add", "--json", str(source)), ("update", case_id, "--json", str(source))):
        result = cli(*command, vault=cli_vault)
        assert result.returncode == 1, (name, command, result.stderr)
        _one_plain_line(result.stderr)
        assert "damaged" not in result.stderr
    assert _digest(cli_vault) == before


def test_a_passphrase_that_is_not_utf8_is_one_plain_line(cli_vault: Path) -> None:  # noqa: F811
    env = {**os.environb, b"LOCATOR_PASSPHRASE": b"ab\xffc"}
    result = subprocess.run([sys.executable, "-m", "locator", "--vault", str(cli_vault), "list"],
                            capture_output=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 1
    _one_plain_line(result.stderr.decode())
    assert b"UTF-8" in result.stderr


def test_case_text_cannot_drive_the_terminal(cli: Cli, cli_vault: Path) -> None:  # noqa: F811
    sneaky = "Abdi\x1b[2J\x1b]0;owned\x07\u202e"
    added = cli("add", vault=cli_vault, stdin=json.dumps({"alias": sneaky, "notes": sneaky}))
    assert added.returncode == 0, added.stderr
    case = added.stdout.strip()
    for output in (cli("list", vault=cli_vault).stdout, cli("show", case, vault=cli_vault).stdout):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert "Abdi\\x1b[2J" in output
    # JSON keeps the text exactly (escaped by JSON itself)
    shown = json.loads(cli("show", case, "--json", vault=cli_vault).stdout)
    assert shown["alias"] == sneaky


def test_the_real_process_writes_no_core_dump_and_cannot_be_read() -> None:
    probe = ("import ctypes, ctypes.util, resource, runpy, sys\n"
             "sys.argv = ['locator', '--version']\n"
             "from locator.cli.main import run\n"
             "import locator.cli.main as m\n"
             "m.main = lambda argv=None: 0\n"
             "run()\n"
             "libc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
             "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=True)
    assert result.stdout.split() == ["(0,", "0)", "0"]
    app = (ROOT / "main.py").read_text()
    assert "keep_memory_private()" in app.split("from ui.app import run")[0]
