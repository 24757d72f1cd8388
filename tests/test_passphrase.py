"""The passphrase rule (core, shared by the CLI and the GUI) and generated passphrases."""

from __future__ import annotations

import io
import secrets
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from locator.cli.main import main
from locator.model import passphrase as rule


@pytest.mark.parametrize("weak", ["a", "abdi123", "password1", "qwertyuiop", "1990"])
def test_weak_passphrases_are_refused_with_a_reason(weak: str) -> None:
    verdict = rule.check(weak)
    assert not verdict.accepted
    assert verdict.reason and verdict.reason in verdict.explanation
    assert "zxcvbn" not in verdict.explanation


def test_reasons_follow_the_weakness() -> None:
    assert "most" in (rule.check("password1").reason or "")
    assert "short" in (rule.check("a").reason or "")
    assert "year" in (rule.check("1990").reason or "")


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_generated_passphrase_is_six_list_words_and_accepted(lang: str) -> None:
    words = rule.generate(lang).split()
    assert len(words) == 6 and len(set(words)) == 6
    assert set(words) <= set(rule.wordlist(lang))
    assert rule.check(" ".join(words)).accepted


def test_lists_are_the_published_ones() -> None:
    assert len(rule.wordlist("en")) == 7776 and "abacus" in rule.wordlist("en")  # EFF large
    assert len(rule.wordlist("fr")) == 7776 and "abaisse" in rule.wordlist("fr")
    assert len(rule.wordlist("nl")) == 8192 and "aardig" in rule.wordlist("nl")
    assert not any(w.startswith("#") for w in rule.wordlist("nl"))  # the header is skipped


def test_draws_differ_and_come_from_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    draws = {rule.generate("en") for _ in range(6)}
    assert len(draws) == 6
    calls: list[int] = []
    real = secrets.choice

    def counting(seq):
        calls.append(1)
        return real(seq)

    monkeypatch.setattr(secrets, "choice", counting)
    rule.generate("fr")
    assert len(calls) >= 6


def test_five_distinct_list_words_count_as_generated() -> None:
    five = " ".join(rule.wordlist("nl")[100:105])
    assert rule.check(five).list_words
    assert not rule.is_list_words(" ".join([rule.wordlist("en")[0]] * 6))


def _cli(*args: str, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("LOCATOR_PASSPHRASE", passphrase)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize("weak", ["a", "abdi123", "password1"])
def test_cli_init_refuses_a_weak_passphrase(weak: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "weak.locator"
    code, text = _cli("--vault", str(path), "init", passphrase=weak, monkeypatch=monkeypatch)
    assert code != 0
    assert "too easy to guess" in text and "Nothing was created" in text
    assert not path.exists()


def test_cli_init_accepts_generated_words(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ok.locator"
    code, _ = _cli("--vault", str(path), "init", passphrase=rule.generate("en"),
                   monkeypatch=monkeypatch)
    assert code == 0 and path.exists()
