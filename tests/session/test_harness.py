"""The harness itself: Xvfb, D-Bus, GNOME Keyring and the AT-SPI probe answer."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from tests.session.harness import procs
from tests.session.harness.atspi import Probe
from tests.session.harness.desktop import Desktop
from tests.session.harness.keyring import Keyring
from tests.session.harness.procs import wait_until

pytestmark = pytest.mark.session

TRIVIAL_APP = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Harness check")
    layout = QVBoxLayout(window)
    field = QLineEdit()
    field.setAccessibleName("Field")
    layout.addWidget(field)
    result = QLabel("nothing yet")
    layout.addWidget(result)
    button = QPushButton("Press me")
    button.clicked.connect(lambda: result.setText("pressed: " + field.text()))
    layout.addWidget(button)
    window.show()
    app.exec()
""")


def test_desktop_keyring_and_probe(desktop: Desktop, keyring: Keyring, probe: Probe,
                                   tmp_path: Path) -> None:
    # X and D-Bus are private to this test
    assert desktop.display.startswith(":")
    assert desktop.run(["xwininfo", "-root"]).returncode == 0
    assert desktop.bus_name_owned("org.freedesktop.secrets")
    from tests.session.harness.dbus import activatable

    names = activatable(desktop.bus_address)
    assert "org.a11y.Bus" in names
    assert "org.gnome.keyring.SystemPrompter" in names

    # the keyring: a default, unlocked login collection that keeps a secret
    stored = desktop.run(["secret-tool", "store", "--label=harness", "service", "harness",
                          "user", "u"], input_bytes=b"s3cret", timeout=20)
    assert stored.returncode == 0, stored.stderr
    assert keyring.items("harness").unlocked
    found = keyring.secret_tool_search("harness")
    assert [(item["service"], item["user"]) for item in found] == [("harness", "u")]
    keyring.lock()
    assert keyring.items("harness").locked  # listed without a prompt while locked
    # something asks for the secret: gcr-prompter asks on the display; cancel it
    env = dict(desktop.env)
    lookup = desktop.spawn("lookup", ["secret-tool", "lookup", "service", "harness"], env=env)
    keyring.cancel_prompt(timeout=30)
    assert lookup.wait(20) != 0  # dismissed: no secret
    assert keyring.is_locked()
    keyring.unlock()
    assert not keyring.is_locked()

    # a trivial Qt app on the accessibility bus, driven by keyboard and by AT-SPI
    script = tmp_path / "trivial.py"
    script.write_text(TRIVIAL_APP, encoding="utf-8")
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = desktop.spawn("trivial", [sys.executable, str(script)], env=env)
    tree = wait_until(lambda: (t := probe.tree(app.pid)) is not None
                      and t.window("Harness check") is not None and t, 40,
                      "the trivial app on the accessibility bus")
    assert tree.find("Field", role="text") is not None
    window = wait_until(lambda: desktop.windows("^Harness check$", pid=app.pid), 10,
                        "its X window")[0]
    desktop.focus(window)
    desktop.type_text("typed")
    wait_until(lambda: (t := probe.tree(app.pid)) is not None
               and (f := t.find("Field")) is not None and f.text == "typed", 10,
               "the typed text in the field")
    probe.press(app.pid, "Press me")
    wait_until(lambda: (t := probe.tree(app.pid)) is not None
               and t.find("pressed: typed", role="label") is not None, 10,
               "the label changed by the button")
    desktop.close_window(window)
    assert app.wait(20) == 0

    # every process of the session carries the tag: the sweep finds them
    assert desktop.xvfb.pid in procs.tagged_pids(desktop.tag)
