"""Issue 13: "Record a decision" must not pre-fill the notification with now.

In the real app (Xvfb, AT-SPI): open a case, open "Record a decision", the date it was
handed over is empty; the save button refuses with a message naming the date, and the
message about the date goes once a date is typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import marker_case
from tests.session.conftest import StartApp
from tests.session.harness.app import Cli
from tests.session.harness.atspi import Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring

pytestmark = pytest.mark.session

DIALOG = "Record a decision"
DATE = "Date it was handed over"
SAVE = "Save and start the timers"


def test_notification_date_is_empty_and_ok_refuses_without_it(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, probe: Probe, cli: Cli,
        vault_path: Path) -> None:
    marker = "QzDecision" + desktop.tag[:8]
    cli.init()
    case = marker_case(marker)
    case.pop("decisions", None)
    cli.add([case])
    app = start_app()
    app.unlock(PASSPHRASE)
    app.close_windows_but_main()
    app.open_case(marker)
    probe.press(app.pid, "Record a decision…")
    app.wait_window(DIALOG)

    field = app.wait_find(lambda nodes: nodes, 15, "the date field", name=DATE, role="text")
    assert field[0].text == "", f"the date is pre-filled: {field[0].text!r}"

    probe.press(app.pid, SAVE, role="push button")
    app.wait_tree(lambda t: "date it was handed over" in " ".join(t.texts()).lower()
                  and t.window(DIALOG) is not None, 15,
                  "the dialog to stay open and ask for the date")

    app.type_into(DATE, "2026-12-01", f"^{DIALOG}")
    probe.press(app.pid, SAVE, role="push button")
    app.wait_tree(lambda t: t.window(DIALOG) is not None
                  and "give the date it was handed over" not in " ".join(t.texts()).lower(), 15,
                  "the message about the date to go once a date is given")
    typed = app.find(name=DATE, role="text")
    assert typed and typed[0].text == "2026-12-01"
