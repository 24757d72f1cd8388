"""Windows that fit the screen they open on: a 1366×768 laptop, or 200 % scaling.

At 200 % a 1920×1080 screen is 960×540 for Qt: a dialog asking for 900×860 would open
with its buttons below the bottom edge. :func:`fit_to_screen` asks for the size a window
would like, bounded by what the screen has (leaving room for the title bar and a panel);
:func:`scrolling` puts tall content in a scroll area so it can always be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# room left on the screen for the window's title bar and frame, and a desktop panel
FRAME_ROOM = QSize(16, 48)


def available(widget: QWidget | None = None) -> QRect:
    """The free area (without panels) of the screen ``widget`` is on, or the main one."""
    # QWidget.screen(): the screen of the widget's window (the primary one before it shows)
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def room(widget: QWidget | None = None) -> QSize:
    """The largest window size that fits on that screen, frame and title bar included."""
    free = available(widget).size()
    return QSize(max(200, free.width() - FRAME_ROOM.width()),
                 max(150, free.height() - FRAME_ROOM.height()))


def fit_to_screen(window: QWidget, width: int, height: int) -> QSize:
    """Resize ``window`` to ``width`` × ``height``, or less where the screen is smaller
    (never less than the window needs to show its content). Returns the size."""
    limit = room(window.parentWidget() or window)
    size = QSize(min(width, limit.width()), min(height, limit.height()))
    size = size.expandedTo(window.minimumSizeHint())
    window.resize(size)
    return size


class FittingScroll(QScrollArea):
    """Asks for its content's full height (at ``width``, or at its own width once shown):
    on a big screen nothing scrolls; on a small one the window is made smaller and the
    content scrolls instead of being cut."""

    def __init__(self, width: int = 0) -> None:
        super().__init__()
        self.preferred_width = width

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        width = max(self.viewport().width() if self.isVisible() else self.preferred_width,
                    inner.minimumSizeHint().width())
        layout = inner.layout()
        height = inner.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        frame = 2 * self.frameWidth()
        return QSize(width + frame, height + frame)


def scrolling(content: QWidget, name: str = "", width: int = 0) -> FittingScroll:
    """``content`` in a frameless scroll area that scrolls up and down only, as tall as
    the content at ``width`` when there is room."""
    scroll = FittingScroll(width)
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
