"""``python -m locator``: the headless command line."""

from locator.cli.main import run

raise SystemExit(run())
