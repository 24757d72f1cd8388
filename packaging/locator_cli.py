"""Entry point of the bundled ``locator-cli`` program (the same as ``python -m locator``)."""

from locator.cli.main import run

if __name__ == "__main__":
    raise SystemExit(run())
