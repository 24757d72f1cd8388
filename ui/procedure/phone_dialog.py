"""A number to call, shown big with a Copy button, instead of a ``tel:`` link.

A desktop rarely has anything that answers ``tel:`` (the button then silently did
nothing), and handing the link over puts the number on another program's command
line (``xdg-open tel:…``), readable by any local user, and in its messages. So
the number stays in this window: big enough to read while dialling on a phone,
selectable, and copied with :func:`~ui.common.clipboard.copy_sensitive` (cleared after
:data:`~ui.common.clipboard.CLEAR_AFTER_S` seconds, hidden from clipboard managers).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.common.a11y import named
from ui.common.clipboard import CLEAR_AFTER_S, copy_sensitive
from ui.common.theme import styled
from ui.procedure.step_panel import plain_label

STYLE = """
#phone_number { font-size: 40pt; font-weight: bold; padding: 8px 4px; }
#phone_heading { font-size: 13pt; font-weight: bold; }
"""


class PhoneDialog(QDialog):
    """The number to call, shown big; :meth:`show_number` shows another one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone_dialog")
        self.setWindowTitle(self.tr("Call this number"))
        styled(self, STYLE)
        self.dial = ""
        layout = QVBoxLayout(self)
        self.heading = plain_label("phone_heading")
        layout.addWidget(self.heading)
        self.number = plain_label("phone_number", wrap=False)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.number.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.number)
        self.hint = plain_label("phone_hint")
        self.hint.setText(self.tr(
            "This computer does not make the call: dial this number on your phone. When "
            "the call is over, come back here and press what they answered.\nThe number is "
            "also copied, for a calling program."))
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy the number"))
        self.copy_button.setObjectName("phone_copy")
        self.copy_button.clicked.connect(self.copy)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("phone_close")
        self.close_button.clicked.connect(self.close)
        self.close_button.setDefault(True)
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.status = plain_label("phone_status")
        layout.addWidget(self.status)
        self.setTabOrder(self.number, self.copy_button)
        self.setTabOrder(self.copy_button, self.close_button)

    def show_number(self, who: str, shown: str, dial: str) -> None:
        """Show ``shown`` (as people write it) to call ``who``; Copy copies ``dial``
        (E.164, what any phone or calling program understands)."""
        self.dial = dial
        self.heading.setText(self.tr("Call {who} from your phone:").format(who=who))
        self.number.setText(shown)
        named(self.number, self.tr("Phone number: {number}").format(number=shown))
        self.copy()
        self.show()
        self.raise_()
        self.activateWindow()
        self.number.setFocus()  # a screen reader says the number first

    def copy(self) -> None:
        copy_sensitive(self.dial)
        self.status.setText(self.tr("The number is copied to the clipboard. It is cleared in "
                                    "{s} seconds.").format(s=CLEAR_AFTER_S))

    def clear(self) -> None:
        """Drop what it shows (on lock)."""
        for label in (self.heading, self.number, self.status):
            label.clear()
        self.number.setAccessibleName("")
        self.dial = ""
