"""A fake mail program of the test's own, registered as the desktop's ``mailto:`` (and
``tel:``) handler the way a real one is: a ``.desktop`` file in XDG_DATA_HOME/applications
and ``xdg-mime default fake-mail.desktop x-scheme-handler/mailto`` (which writes
XDG_CONFIG_HOME/mimeapps.list).

When started (by ``xdg-open``), it appends its argv to a record file outside the scanned
sandbox, then sleeps a few seconds: meanwhile a test can read ``/proc/*/cmdline`` of every
process, as any local user can.
"""

from __future__ import annotations

import json
from typing import Any

from tests.session.harness.desktop import SYSTEM_PYTHON, Desktop
from tests.session.harness.procs import wait_until

DESKTOP_FILE = "fake-mail.desktop"
SLEEP_S = 4.0

SCRIPT = '''#!{python}
import json, os, sys, time
with open({record!r}, "a", encoding="utf-8") as out:
    out.write(json.dumps({{"argv": sys.argv, "pid": os.getpid(), "at": time.time()}}) + "\\n")
time.sleep({sleep})
'''

ENTRY = """[Desktop Entry]
Type=Application
Name=Fake Mail
Exec={script} %u
Terminal=false
NoDisplay=true
MimeType={mimes}
"""


class MailHandler:
    def __init__(self, desktop: Desktop, schemes: tuple[str, ...] = ("mailto", "tel"),
                 sleep_s: float = SLEEP_S) -> None:
        self.desktop = desktop
        self.schemes = schemes
        self.record = desktop.instruments / "fake-mail-calls.jsonl"
        folder = desktop.data_home / "fake-mail"
        folder.mkdir(parents=True, exist_ok=True)
        self.script = folder / "fake-mail"
        self.script.write_text(SCRIPT.format(python=SYSTEM_PYTHON, record=str(self.record),
                                             sleep=sleep_s), encoding="utf-8")
        self.script.chmod(0o755)
        applications = desktop.data_home / "applications"
        applications.mkdir(parents=True, exist_ok=True)
        mimes = "".join(f"x-scheme-handler/{s};" for s in schemes)
        (applications / DESKTOP_FILE).write_text(
            ENTRY.format(script=self.script, mimes=mimes), encoding="utf-8")
        for scheme in schemes:
            desktop.run(["xdg-mime", "default", DESKTOP_FILE, f"x-scheme-handler/{scheme}"],
                        timeout=20, check=True)
        for scheme in schemes:
            answer = desktop.run(["xdg-mime", "query", "default", f"x-scheme-handler/{scheme}"],
                                 timeout=20).stdout.decode().strip()
            assert answer == DESKTOP_FILE, f"xdg-mime did not register {scheme}: {answer!r}"

    def calls(self) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text(encoding="utf-8")
                .splitlines() if line.strip()]

    def wait_calls(self, count: int, timeout: float) -> list[dict[str, Any]]:
        return wait_until(lambda: (c := self.calls()) and len(c) >= count and c, timeout,
                          f"{count} start(s) of the fake mail program")
