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
        return env
    if not sys.stdin.isatty():
        raise UserError("No passphrase: set LOCATOR_PASSPHRASE or run in a terminal.")
    first = getpass.getpass("Vault passphrase: ")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise UserError("The two passphrases are not the same. Nothing was created.")
    return first


def open_vault(args: argparse.Namespace) -> Vault:
    vault = Vault.open_with_passphrase(args.vault, passphrase())
    from locator.centres.search import centre_search_text

    vault.centre_text = centre_search_text
    return vault
