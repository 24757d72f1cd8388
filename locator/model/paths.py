"""Where Locator keeps its vault by default, and where its own files are (no Qt here; the
UI uses the same)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Locator"
VAULT_FILENAME = "vault.locator"
# The shipped data keeps the source tree's layout in the PyInstaller bundle too
# (packaging/locator.spec): the folder holding the ``locator`` package, the checkout or
# _internal/. Every shipped file is found from here.
ROOT = Path(__file__).resolve().parents[2]
RESOURCES_DIR = ROOT / "resources"
CENTRES_FILE = ROOT / "centres.yaml"
FONTS_DIR = RESOURCES_DIR / "fonts"


def data_dir() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME.lower()


def default_vault_path() -> Path:
    """``LOCATOR_VAULT`` when set, else the vault in the app's data folder."""
    env = os.environ.get("LOCATOR_VAULT")
    return Path(env).expanduser() if env else data_dir() / VAULT_FILENAME
