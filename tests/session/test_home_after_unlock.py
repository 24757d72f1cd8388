"""After unlocking, the home screen (Today) is what the person sees: the running deadline
with the name of the person whose case it is, its last day and the time left — read
from the screen through the accessibility bus, in the real app."""

from __future__ import annotations

from datetime import timedelta

import pytest

from locator.model.dates import utc_now
from tests.conftest import PASSPHRASE
from tests.session.conftest import StartApp
from tests.session.harness.app import Cli
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring

pytestmark = pytest.mark.session

NAME = "Habtom"


def test_today_shows_the_running_deadline_and_whose_it_is(
        desktop: Desktop, keyring: Keyring, start_app: StartApp, cli: Cli) -> None:
    cli.init()
    notified = (utc_now() - timedelta(hours=30)).astimezone().strftime("%Y-%m-%dT%H:%M")
    cli.add([{"alias": NAME, "status": "detained", "centre": "127bis",
              "consent_lawyer": "yes",
              "decisions": [{"kind": "removal", "annexe": "13septies", "notified_at": notified,
                             "earlier_removal": "yes"}]}])
    app = start_app()
    app.unlock(PASSPHRASE)
    heading = app.wait_find(lambda nodes: any(n.showing for n in nodes), 30,
                            "the heading of Today, showing", name="Deadlines running")
    assert heading
    names = app.wait_find(lambda nodes: any(n.showing for n in nodes), 15,
                          "the person's name on Today", contains=NAME)
    assert any(n.showing for n in names)
    last_day = app.wait_find(lambda nodes: any(n.showing for n in nodes), 15,
                             "the deadline's last day on Today", contains="Last day:")
    assert any("24:00" in n.words for n in last_day)
    left = app.find(contains="left")
    assert any(n.showing and "left" in n.words for n in left)
    # nothing of the grey, empty form: no case is open
    assert not [n for n in app.find(name="Alias (what friends call them)") if n.showing]
