"""Names for screen readers: what a sighted user reads next to a widget, said out loud.

Qt names a widget from a label only when that label is its buddy *and* a sibling; many
of our fields sit in a box with their error message, so they are named here instead.
``tests/test_gui_accessibility.py`` walks every window and dialog and fails on a widget
that takes keyboard focus without a name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


def plain(text: str) -> str:
    """A caption without its ``&`` mnemonic (``&&`` is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def named(widget: W, text: str, description: str = "") -> W:
    """``widget`` with an accessible name (and description), for chaining."""
    widget.setAccessibleName(plain(text))
    if description:
        widget.setAccessibleDescription(description)
    return widget


class NamedTabs(QTabWidget):
    """Tabs whose pages are named after their tab, as a screen reader should say them."""

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        page = self.widget(index)
        if page is not None and not page.accessibleName():
            page.setAccessibleName(plain(self.tabText(index)))


def form_row(form: QFormLayout, caption: str, widget: QWidget, *below: QWidget,
             wrap: bool = False) -> QLabel:
    """A row of ``form``: the caption, the buddy and sibling of ``widget`` (so a screen
    reader says it: on Linux a combo box is named by its value and *labelled by* its
    caption), and ``below`` it (a hint, an error message) rows of their own under the
    field; a hidden one takes no room."""
    label = QLabel(caption)
    label.setWordWrap(wrap)
    label.setBuddy(widget)
    form.addRow(label, widget)
    named(widget, caption)
    for extra in below:
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, extra)
    return label
