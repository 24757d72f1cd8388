"""Scenario 4: the email and call actions leak nothing about the person.

Two cases whose every text field holds a unique marker: one still missing (its step is
the calling round), one detained (its step is "ask GVO for a lawyer"). In three set-ups —
no mail program at all (no ``xdg-open`` on PATH), ``xdg-open`` without a ``mailto:``
handler, and a registered (fake) mail program — the test presses the lawyer brief's
"Email to GVO", the Emails window's "Open in my mail program" (and its Copy), and a
"Call …" button of the calling round. Then no marker may be found

* in the output of the app or of anything it started (stdout / stderr: Qt's and
  ``xdg-open``'s warnings print the URL they could not open),
* in any file under the test's HOME, XDG folders, TMPDIR or XDG_RUNTIME_DIR (the vault
  lives elsewhere and is encrypted),
* in the command line (``/proc/PID/cmdline``, readable by every local user) of any
  process, watched all along and while the mail program runs,
* for the call: the centre's number handed to another program (``tel:``) or printed.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import marker_case
from tests.session.conftest import StartApp
from tests.session.harness import leaks
from tests.session.harness.app import MAIN_TITLE, Cli, LocatorApp, app_env
from tests.session.harness.atspi import Node, Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring
from tests.session.harness.mail import SLEEP_S, MailHandler
from tests.session.harness.procs import Timeout

pytestmark = pytest.mark.session

SETUPS = ["no-mail-program", "xdg-open-without-handler", "fake-mail-program"]
PHONES = {  # the phone numbers marker_case() holds, in the forms they may take
    "phone_in_centre": ["+32470123456", "32470123456", "0470123456", "0470 12 34 56",
                        "+32 470 12 34 56"],
    "lawyer": ["+3225111111", "025111111", "02 511 11 11", "+32 2 511 11 11"],
    "contact": ["+32470987654", "0470987654", "0470 98 76 54", "+32 470 98 76 54"],
}


def missing_case(marker: str) -> dict[str, Any]:
    case = marker_case(marker)
    case.update(status="missing", centre="", last_contact_at="2025-08-01T18:30",
                decisions=[], deportation_attempts=[])
    case.pop("centre_since", None)
    return case


def detained_case(marker: str) -> dict[str, Any]:
    case = marker_case(marker)
    case.update(status="detained", centre="127bis", decisions=[], deportation_attempts=[])
    return case


def number_forms(shown: str) -> list[str]:
    digits = re.sub(r"\D", "", shown)
    national = "0" + digits[2:] if shown.strip().startswith("+") else digits
    e164 = "+32" + national[1:]
    return sorted({shown, digits, national, e164, e164[1:], "tel:" + e164})


class CmdlineWatch:
    """Reads every process's command line every 20 ms, in a thread, and keeps the hits."""

    def __init__(self, markers: Iterable[str], skip_pids: Iterable[int] = ()) -> None:
        self.markers = list(markers)
        self.skip = set(skip_pids)
        self.hits: dict[int, tuple[str, list[str]]] = {}
        self.looks = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cmdline-watch", daemon=True)

    def add_markers(self, markers: Iterable[str]) -> None:
        self.markers = [*self.markers, *markers]

    def __enter__(self) -> CmdlineWatch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def look(self) -> None:
        self.hits.update(leaks.cmdlines_with(self.markers, self.skip))
        self.looks += 1

    def _run(self) -> None:
        while not self._stop.is_set():
            self.look()
            self._stop.wait(0.02)


def after_action(handler: MailHandler | None, calls_before: int, watch: CmdlineWatch) -> None:
    """Give what the action started time to run; with the fake mail program, look at
    every command line while it runs."""
    if handler is None:
        time.sleep(2.0)  # xdg-open, when there is one, has given up by then
        return
    try:
        handler.wait_calls(calls_before + 1, 6)
    except Timeout:
        return  # nothing was handed over (the fixed call action, for one)
    watch.look()
    time.sleep(SLEEP_S)


@pytest.mark.parametrize("setup", SETUPS)
def test_email_and_call_actions_leak_nothing(
        setup: str, request: pytest.FixtureRequest, desktop: Desktop, keyring: Keyring,
        start_app: StartApp, probe: Probe, cli: Cli, vault_path: Path) -> None:
    marker_a, marker_b = "QzMissing" + desktop.tag[:8], "QzDetained" + desktop.tag[:8]
    cli.init()
    missing_id, detained_id = cli.add([missing_case(marker_a), detained_case(marker_b)])
    markers = [marker_a, marker_b] + [form for forms in PHONES.values() for form in forms]

    handler: MailHandler | None = None
    extra: dict[str, str] = {}
    if setup == "no-mail-program":
        empty = desktop.instruments / "empty-bin"
        empty.mkdir()
        extra["PATH"] = str(empty)
        assert shutil.which("xdg-open", path=extra["PATH"]) is None
    elif setup == "xdg-open-without-handler":
        answer = desktop.run(["xdg-mime", "query", "default", "x-scheme-handler/mailto"])
        assert not answer.stdout.strip(), f"a mailto handler is installed: {answer.stdout!r}"
    else:
        handler = request.getfixturevalue("mail_handler")
    app = start_app(env=app_env(desktop, extra))
    app.unlock(PASSPHRASE)

    called: list[str] = []
    with CmdlineWatch(markers, skip_pids=[app.pid]) as watch:
        # 1. the Emails window of the step "ask GVO for a lawyer": open, then copy
        open_case(app, marker_b)
        probe.press(app.pid, "Write the lawyer request to GVO", role="push button")
        app.wait_window("Ask GVO for a lawyer", 30)
        before = len(handler.calls()) if handler else 0
        probe.press(app.pid, "Open in my mail program", role="push button")
        after_action(handler, before, watch)
        copy = next((n.name for n in app.find(role="push button", window="Ask GVO for a lawyer")
                     if n.name in ("Copy the text", "Copy")), None)
        if copy is not None:
            probe.press(app.pid, copy, role="push button")
        app.close_windows_but_main()

        # 2. the lawyer brief's "Email to GVO" (the step's email is sent: the brief still can)
        app.focus(f"^{MAIN_TITLE}")
        app.key("ctrl+b")
        app.wait_window("Lawyer brief", 30)
        before = len(handler.calls()) if handler else 0
        probe.press(app.pid, "Email to GVO", role="push button")
        # the lawyer's agreement is not recorded: the one question of every way out
        app.wait_window("Their agreement is not recorded", 30)
        probe.press(app.pid, "Email to GVO", role="push button",
                    window="Their agreement is not recorded")
        after_action(handler, before, watch)
        app.close_windows_but_main()

        # 3. a "Call …" button of the calling round (the missing person's step)
        open_case(app, marker_a)
        probe.press(app.pid, "Call the centres", role="push button")
        buttons = app.wait_find(call_buttons, 30, "the calling round's Call buttons",
                                role="push button", window="Call the centres")
        button = call_buttons(buttons)[0]
        shown = re.sub(r"^Call\s+", "", button).split(" (")[0].split(" —")[0]
        called = number_forms(shown)
        watch.add_markers(called)
        before = len(handler.calls()) if handler else 0
        probe.press(app.pid, button, role="push button")
        after_action(handler, before, watch)
        app.close_windows_but_main()
        assert app.alive(), app.logs()
    app.stop()

    problems: list[str] = []
    for pid, (line, found) in sorted(watch.hits.items()):
        problems.append(f"the command line of process {pid} holds {found}: {line!r}")
    logs = {log.name: log.read_bytes() for log in sorted(desktop.logs.iterdir())}
    for name, data in logs.items():
        found = leaks.found_in(data, [*markers, *called])
        if found:
            problems.append(f"{name} holds {found}: {excerpt(data, found[0])!r}")
    roots = [desktop.sandbox, desktop.runtime]
    for path, found in sorted(leaks.files_with(roots, [*markers, *called]).items()):
        problems.append(f"the file {path} holds {found}")
    if handler is not None:
        for call in handler.calls():
            args = " ".join(call["argv"][1:])
            found = leaks.found_in(args.encode(), [*markers, *called])
            if found:
                problems.append(f"the mail program was started with {found}: {args[:200]!r}")
            if "tel:" in args:
                problems.append(f"the number to call was handed to another program: {args!r}")
        if not any("mailto:" in " ".join(c["argv"]) for c in handler.calls()):
            problems.append("the mail program was never asked for a new message")
    assert watch.looks > 10, "the command lines were not watched"
    assert missing_id and detained_id
    listed = [line if len(line) < 400 else line[:400] + "…" for line in problems[:20]]
    if len(problems) > 20:
        listed.append(f"… and {len(problems) - 20} more")
    assert not problems, f"[{setup}]\n" + "\n".join(listed)


def call_buttons(nodes: list[Node]) -> list[str]:
    return [n.name for n in nodes if n.role == "push button" and re.match(r"Call \+?\d", n.name)]


def open_case(app: LocatorApp, marker: str) -> None:
    app.close_windows_but_main()
    app.open_case(marker)


def excerpt(data: bytes, marker: str, width: int = 160) -> str:
    text = data.decode("utf-8", errors="replace")
    at = text.lower().find(marker.lower())
    if at < 0:
        return text[:width]
    return text[max(0, at - width // 2):at + width // 2]
