"""The right-hand side of the main window: the case's header panels above its editor.

The headers (the step to do now, the open deadlines, the closed-case banner) can need
more height than a small screen has: 1366×768, or 200 % scaling on 1920×1080 (960×540
for Qt). They sit in a scroll area, in a vertical splitter above the editor, and get the
height they need up to a share of the side (55 % unless the person drags the handle; the
dragged share is kept while the app runs, nowhere else). The editor keeps at least
:data:`EDITOR_MIN` pixels, so a few of its fields stay in sight.

The most urgent deadline comes first and a case opens at the top. When the step's main
button is scrolled out of sight (a small screen, a long language, several deadlines), a
bar under the headers (``now_bar``) carries the same action, so what to do now is always
one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.screens import scrolling

TOP_HOLD_MS = 400  # how long a case just opened keeps its headers at the top while they settle
HEADER_SHARE = 0.55  # of the side's height, at most, unless the person drags the handle
HEADER_MIN = 90  # a step's title and a line of text
EDITOR_MIN = 170  # the tabs and about three fields


class CaseArea(QSplitter):
    """``case_area``: header panels (``case_headers``, scrolling) over ``editor``."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("case_area")
        self.setChildrenCollapsible(False)
        self.headers = QWidget()
        self.headers.setObjectName("case_headers")
        self._layout = QVBoxLayout(self.headers)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch()
        self.headers_scroll = scrolling(self.headers, "case_headers_scroll")
        self.headers_scroll.setMinimumHeight(HEADER_MIN)
        self.headers_scroll.setAccessibleName(self.tr("What to do now and deadlines"))
        self.now_bar = QFrame()
        self.now_bar.setObjectName("now_bar")
        self.now_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.now_bar.setAccessibleName(self.tr("To do now"))
        bar = QHBoxLayout(self.now_bar)
        bar.setContentsMargins(10, 4, 10, 4)
        self.now_label = QLabel(self.tr("To do now:"))
        self.now_label.setObjectName("now_bar_title")
        self.now_action = QPushButton()
        self.now_action.setObjectName("now_bar_action")
        font = QFont(self.now_action.font())
        font.setBold(True)
        self.now_action.setFont(font)
        self.now_action.clicked.connect(self._do_now)
        self.now_label.setBuddy(self.now_action)
        bar.addWidget(self.now_label)
        bar.addWidget(self.now_action)
        bar.addStretch()
        self.now_bar.hide()
        self.top = QWidget()  # the headers, and the bar under them
        self.top.setObjectName("case_headers_top")
        top = QVBoxLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(2)
        top.addWidget(self.headers_scroll, 1)
        top.addWidget(self.now_bar)
        self.editor = editor
        editor.setMinimumHeight(EDITOR_MIN)
        self.addWidget(self.top)
        self.addWidget(editor)
        self.setStretchFactor(1, 1)
        self.share = HEADER_SHARE
        self._fitting = False
        self._reorder = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self.splitterMoved.connect(self._moved)
        self._top_timer = QTimer(self)  # while active: every fit scrolls back to the top
        self._top_timer.setSingleShot(True)
        self._top_timer.setInterval(TOP_HOLD_MS)
        self._bar_timer = QTimer(self)
        self._bar_timer.setSingleShot(True)
        self._bar_timer.setInterval(0)
        self._bar_timer.timeout.connect(self.update_now_bar)
        bar_scroll = self.headers_scroll.verticalScrollBar()
        bar_scroll.valueChanged.connect(self._bar_timer.start)
        bar_scroll.rangeChanged.connect(self._bar_timer.start)
        self.headers.installEventFilter(self)
        self.headers_scroll.hide()
        self.top.hide()

    def add_header(self, widget: QWidget, first: bool = False) -> None:
        """Below the headers already there, or above them (``first``); a panel shows and
        hides itself."""
        self._layout.insertWidget(0 if first else self._layout.count() - 1, widget)
        widget.installEventFilter(self)
        self._reorder = True
        self.fit_later()

    def to_top(self) -> None:
        """The headers scrolled to their top (a case just opened: the most urgent deadline
        first), now and while the panels settle (their rows are laid out later)."""
        self.headers_scroll.verticalScrollBar().setValue(0)
        self._top_timer.start()
        self.fit_later()

    def hold_top(self, hold: bool) -> None:
        """Stop keeping the top (something below is brought into view on purpose)."""
        if not hold:
            self._top_timer.stop()

    def step_button(self) -> QPushButton | None:
        """The main action of the headers (the step's first button), when shown."""
        for header in self.header_widgets():
            for button in header.findChildren(QPushButton):
                if button.property("primary") and button.isVisibleTo(self):
                    return button
        return None

    def header_widgets(self) -> list[QWidget]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShowToParent and watched is not self.headers:
            self.headers_scroll.show()  # at once: a panel that shows itself is visible now
            self.top.show()
        if kind in (QEvent.Type.LayoutRequest, QEvent.Type.ShowToParent,
                    QEvent.Type.HideToParent):
            self._reorder = True  # panels or rows came or went: the Tab order too
            self.fit_later()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit_later()

    def fit_later(self) -> None:
        if not self._fitting:
            self._fit_timer.start()

    def need(self) -> int:
        """The headers' full height at the current width."""
        layout = self.headers.layout()
        width = max(self.headers_scroll.viewport().width(), 200)
        assert layout is not None
        layout.activate()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        return max(height, layout.totalMinimumSize().height())

    def fit(self) -> None:
        """Headers as tall as they need, within their share; the editor gets the rest."""
        shown = any(not w.isHidden() for w in self.header_widgets())
        self._fitting = True
        try:
            self.headers_scroll.setVisible(shown)
            self.top.setVisible(shown)
            total = self.height() - self.handleWidth()
            if not shown or total <= 0:
                return
            frame = 2 * self.headers_scroll.frameWidth()
            if not self.now_bar.isHidden():
                frame += self.now_bar.sizeHint().height() + 2
            header = min(self.need() + frame, int(total * self.share))
            header = max(HEADER_MIN, min(header, total - EDITOR_MIN))
            self.setSizes([header, max(EDITOR_MIN, total - header)])
            if self._top_timer.isActive():
                self.headers_scroll.verticalScrollBar().setValue(0)
        finally:
            self._fitting = False
        self._bar_timer.start()
        if self._reorder:  # not on a mere resize
            self._reorder = False
            self.order_focus()

    # -- the bar "To do now" ---------------------------------------------------------------

    def in_view(self, widget: QWidget) -> bool:
        """``widget`` (in the headers) wholly inside the visible part of the headers."""
        viewport = self.headers_scroll.viewport()
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    def update_now_bar(self) -> None:
        """The bar shows exactly while the step's main button is out of sight."""
        button = self.step_button() if self.top.isVisible() else None
        hidden = button is not None and not self.in_view(button)
        if button is not None and hidden:
            self.now_action.setText(button.text())
            self.now_action.setToolTip(button.toolTip())
            self.now_action.setEnabled(button.isEnabled())
        if self.now_bar.isHidden() == hidden:
            self.now_bar.setVisible(hidden)
            if not hidden:
                self.now_action.setText("")
            self.fit_later()  # its height comes from or goes back to the headers

    def _do_now(self) -> None:
        button = self.step_button()  # the step's buttons are remade with each case
        if button is not None and button.isEnabled():
            button.click()

    def order_focus(self) -> None:
        """Tab goes through the headers before the editor, as they are read (top down):
        panels and rows made later would otherwise come last in the focus chain."""
        chain: list[QWidget] = []
        widget = self.headers.nextInFocusChain()
        while widget is not None and widget is not self.headers and len(chain) < 10_000:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.headers_scroll
        for header in self.header_widgets():
            for widget in chain:
                if header.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        QWidget.setTabOrder(previous, self.editor)

    def _moved(self, position: int, _index: int) -> None:
        """The person dragged the handle: keep their share for the next cases."""
        total = self.height() - self.handleWidth()
        if total > 0 and not self._fitting:
            self.share = min(0.85, max(0.15, position / total))
