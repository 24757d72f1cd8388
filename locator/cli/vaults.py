"""Opening the vault for a command: the passphrase, and the one-line errors a user can fix."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from locator.storage.vault import Vault


class UserError(Exception):
    """A problem the user can fix: printed as one line, exit status 1."""


def passphrase(confirm: bool = False) -> str:
    env = os.environ.get("LOCATOR_PASSPHRASE")
    if env is not None:
        return _readable(env)
    if not sys.stdin.isatty():
        raise UserError("No passphrase: set LOCATOR_PASSPHRASE or run in a terminal.")
    first = _readable(getpass.getpass("Vault passphrase: "))
    if confirm and getpass.getpass("Type it again: ") != first:
        raise UserError("The two passphrases are not the same. Nothing was created.")
    return first


def new_passphrase() -> str:
    """A passphrase for a new vault: typed twice, and strong enough (the GUI's rule)."""
    chosen = passphrase(confirm=True)
    from locator.model.passphrase import check, generate

    verdict = check(chosen)
    if not verdict.accepted:
        raise UserError(f"This passphrase is too easy to guess. {verdict.explanation} "
                        f"For example: {generate('en')}. Nothing was created.")
    return chosen


def _readable(secret: str) -> str:
    """The passphrase, if it is text: a byte the system could not read as UTF-8 (kept by
    Python as a lone surrogate) would give a key no other program could ever type."""
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("The passphrase holds a character that is not UTF-8 text: check the "
                        "terminal's or LOCATOR_PASSPHRASE's encoding.") from None
    return secret


def open_vault(args: argparse.Namespace) -> Vault:
    vault = Vault.open_with_passphrase(args.vault, passphrase())
    from locator.centres.search import centre_search_text

    vault.centre_text = centre_search_text
    return vault
