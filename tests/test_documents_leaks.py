"""Reading a document leaves no plaintext behind: a passport photo and an order whose
names are unique markers are read (through the dialog, off the UI thread, and directly),
accepted and saved; then the temp, config, data and cache folders, QSettings and the logs
are grepped for the markers, and no other process was started (nothing on a command
line). Only the photo the person picked, in its own folder, may hold them."""

from __future__ import annotations

import logging
import random
import string
import subprocess
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from locator.documents.read import read_document
from locator.model.cases import Case
from locator.storage.vault import Vault
from tests.documents_fixtures import (
    Order,
    Person,
    degraded,
    identity_page,
    image_bytes,
    order_page,
)
from tests.helpers import files_containing
from ui.case.timeline import AttachmentsPanel, TimelinePanel

pytestmark = pytest.mark.gui
T = TypeVar("T", bound=QObject)


def _child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def _marker(rng: random.Random) -> str:
    return "LEAK" + "".join(rng.choice(string.ascii_uppercase) for _ in range(8))


def test_reading_a_document_leaves_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path,
                                           sandbox: Path, caplog: pytest.LogCaptureFixture,
                                           capfd: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    rng = random.Random()
    surname, given, order_name = _marker(rng), _marker(rng), _marker(rng)
    started: list[Any] = []

    def no_process(*args: Any, **kwargs: Any) -> Any:
        started.append(args)
        raise AssertionError("reading started another process")

    picked = tmp_path / "picked-by-the-user"
    picked.mkdir()
    photo = picked / "passport.jpg"
    person = Person("td3", "BEL", surname, given, "EH123456", "MAR", "990312", "M", "300101")
    photo.write_bytes(image_bytes(degraded(identity_page(person), seed=2), "JPEG"))
    order = Order("fr", order_name, "Youssef", "Maroc", "12/03/1990", "8.123.456",
                  "13septies", "02/12/2026", "hand")
    monkeypatch.setattr(subprocess, "Popen", no_process)

    case = vault.save_case(Case(alias="someone"))
    assert case.id is not None
    vault.add_attachment(case.id, "order.png", "image/png", image_bytes(order_page(order)))
    monkeypatch.setattr("ui.case.timeline.ask_open_file", lambda *_a, **_k: photo)
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show_case(vault, case.id)
    qtbot.mouseClick(panel.findChild(QPushButton, "attachment_add"), Qt.MouseButton.LeftButton)
    dialog = panel.read_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=30000)
    for name in ("registered_last_name", "registered_first_name"):
        _child(dialog, QRadioButton, f"accept_{name}").click()
    dialog.save_button.click()
    saved = vault.get_case(case.id)
    assert saved.registered_last_name == surname  # the markers really went through

    order_id = vault.attachments(case.id)[0].id
    reading = read_document(vault.attachment_data(order_id))
    read_name = reading.get("registered_last_name").value  # type: ignore[union-attr]
    assert read_name.startswith("LEAK")  # a letter of random text may be misread: the
    # name as read is looked for too
    timeline = TimelinePanel()
    qtbot.addWidget(timeline)
    timeline.show_case(vault, case.id)
    QSettings().sync()
    vault.lock()

    assert started == []
    out, err = capfd.readouterr()
    for marker in {surname, given, order_name, read_name}:
        leaks = [p for root in (sandbox, tmp_path) for p in files_containing(root, marker)
                 if picked not in p.parents]
        assert leaks == [], marker
        assert marker not in caplog.text
        assert marker not in out and marker not in err
