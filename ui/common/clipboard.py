"""Copy case text to the clipboard for a short, announced time, hidden from managers.

The data is flagged for clipboard managers (KDE/Klipper, CopyQ, macOS, Windows
history) and cleared after :data:`CLEAR_AFTER_S` seconds if it is still ours.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_S = 60
_pending: list[QTimer] = []


def copy_sensitive(text: str, clear_after_s: int = CLEAR_AFTER_S) -> None:
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    mime.setData("application/x-nspasteboard-concealed-type", QByteArray(b"secret"))
    mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
    mime.setData("CanIncludeInClipboardHistory", QByteArray(b"\x00\x00\x00\x00"))
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(mime)
    timer = QTimer(QGuiApplication.instance())  # owned by the app: dies on the UI thread
    timer.setSingleShot(True)
    timer.setInterval(clear_after_s * 1000)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        if timer in _pending:
            _pending.remove(timer)
            timer.deleteLater()

    timer.timeout.connect(clear)
    _pending.append(timer)
    timer.start()


def clear_now() -> None:
    """On lock or quit: drop whatever we put there that is still there."""
    for timer in list(_pending):
        timer.timeout.emit()
        timer.stop()
