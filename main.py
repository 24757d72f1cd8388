"""Locator: start the desktop app.  ``python main.py [--vault PATH]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from locator import __version__
from locator.model.paths import default_vault_path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="locator-app",
        description="Locator: find a friend held in immigration detention in Belgium.")
    parser.add_argument("--version", action="version", version=f"Locator {__version__}")
    parser.add_argument("--vault", type=Path, default=None,
                        help="the vault file to open (default: $LOCATOR_VAULT or the app's "
                             "own vault)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from locator.storage.process import keep_memory_private

    keep_memory_private()  # an unlocked vault's cases never reach a core dump
    from ui.app import run  # Qt is imported only when a window is really wanted

    return run((args.vault or default_vault_path()).expanduser())


if __name__ == "__main__":
    raise SystemExit(main())
