"""Compose the procedure's email for one step, check consent, then open it or copy it.

Nothing leaves while the person's agreement to share is not recorded as "yes":
the dialog says why and offers to fill in the agreement. A mail program that
could be started, or the text copied, records an ``email`` event
``{"to", "purpose"}``; a mail program that could not be started records nothing.

The case never travels in the link handed to the desktop: the ``mailto:`` link
holds only the address and a subject that names nobody (another process's
command line and its messages are readable by others, and long links are cut).
The text goes to the clipboard, flagged for clipboard managers and cleared after
:data:`~ui.common.clipboard.CLEAR_AFTER_S` seconds, and the window says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from locator.brief.case import brief_for_case, centre_name
from locator.brief.emails import ACTIONS, Blocker, Email, blocker, compose, email_language
from locator.model.cases import Case
from locator.model.events import EmailPurpose, Handover, Recipient, record
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.clipboard import CLEAR_AFTER_S, copy_sensitive
from ui.common.i18n import translate, translated_in
from ui.common.labels import enum_labels
from ui.common.screens import fit_to_screen
from ui.common.sent_dialog import SentDialog
from ui.common.theme import styled
from ui.host import Host
from ui.procedure.step_panel import field_label, plain_label

STYLE = """
#email_reminder { background: $info_bg; color: $info_fg; padding: 6px 8px; font-weight: bold; }
#email_blocked { background: $danger_bg; color: $danger_fg; border-left: 4px solid $danger_edge;
                 padding: 8px; font-size: 12pt; }
#email_title { font-size: 16pt; font-weight: bold; }
#email_status[problem="true"] { background: $warning_bg; color: $warning_fg;
                                border-left: 4px solid $warning_edge; padding: 6px 8px; }
"""


def paste_keys() -> str:
    """The paste shortcut as this platform writes it (Ctrl+V, ⌘V)."""
    return QKeySequence(QKeySequence.StandardKey.Paste).toString(
        QKeySequence.SequenceFormat.NativeText) or "Ctrl+V"


def hand_to_mail_program(opener: Callable[[QUrl], object], email: Email) -> bool:
    """Put the email's text on the clipboard (for :data:`CLEAR_AFTER_S` seconds, hidden
    from clipboard managers), then ask the desktop for a new message: the link holds the
    address and the subject, which names nobody. True when a mail program could be
    started (what :meth:`QDesktopServices.openUrl` says; it cannot tell whether a new
    message really opened, so that is not "sent" either)."""
    copy_sensitive(email.body)
    return bool(opener(QUrl(email.mailto)))


def block_text(block: Blocker, case: Case, recipient: Recipient) -> str:
    """Why nothing may go, in plain words (this dialog, and the brief's "Email to GVO")."""
    if block.reason == "no_address":
        return translate("EmailsDialog", "There is no email address for their lawyer in this "
                         "case. Add it, or tell GVO instead.")
    who = (translate("EmailsDialog", "GVO") if recipient is Recipient.GVO
           else translate("EmailsDialog", "a lawyer"))
    answer = enum_labels(type(getattr(case, block.field)))
    return translate(
        "EmailsDialog", "Nothing can be sent yet. This case does not record that they agree "
        "to share their details with {who} (recorded answer: “{answer}”).\n\nAsk them first "
        "— or, if they told you before that you may do this, write down their agreement. "
        "Share their details only if they agree, and only to help them.").format(
        who=who, answer=answer.get(block.answer, block.answer))


class EmailsDialog(QDialog):
    """One email of the procedure for one case. Emits :attr:`sent` once a mail program was
    started with it or its text was copied (what the timeline records)."""

    sent = Signal()
    #: opens the mailto: link (address and subject only) and says whether a mail program
    #: could be started; tests replace it (never start a mail program from a test)
    opener: Callable[[QUrl], object] = staticmethod(QDesktopServices.openUrl)

    def __init__(self, window: Host, case_id: int, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window.window())
        self.setObjectName("emails_dialog")
        styled(self, STYLE)
        self.main, self.case_id, self.action = window, case_id, action
        self.vault: Vault | None = window.vault
        self.recipient, self.purpose = ACTIONS[action]
        self.email: Email | None = None
        self.block: Blocker | None = None
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        title = plain_label("email_title")
        title.setText(self._title())
        layout.addWidget(title)
        self.reminder = plain_label("email_reminder")
        self.reminder.setText(self.tr("Send this by email only — never through Facebook or "
                                      "private messages."))
        layout.addWidget(self.reminder)
        self.blocked = plain_label("email_blocked")
        layout.addWidget(self.blocked)
        self.fix = QPushButton()
        self.fix.setObjectName("email_fix")
        self.fix.clicked.connect(self._fix)
        layout.addWidget(self.fix)
        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.setObjectName("email_lang")
        for code, text in (("en", "English"), ("fr", "Français"), ("nl", "Nederlands")):
            self.lang.addItem(text, code)
        self.to = QLineEdit()
        self.to.setObjectName("email_to")
        self.subject = QLineEdit()
        self.subject.setObjectName("email_subject")
        for edit in (self.to, self.subject):
            edit.setReadOnly(True)
        form.addRow(self.tr("Language of the email"), self.lang)
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        layout.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setObjectName("email_body")
        named(self.body, self.tr("Text of the email"))
        self.body.setReadOnly(True)
        layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open in my mail program"))
        self.open_button.setObjectName("email_open")
        self.open_button.clicked.connect(self.open_mail)
        self.copy_button = QPushButton(self.tr("Copy the text"))
        self.copy_button.setObjectName("email_copy")
        self.copy_button.clicked.connect(self.copy)
        self.copy_address_button = QPushButton(self.tr("Copy the address"))
        self.copy_address_button.setObjectName("email_copy_address")
        self.copy_address_button.clicked.connect(self.copy_address)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("email_close")
        close.clicked.connect(self.close)
        # prepared is not sent: only the user can say it went out
        self.sent_button = QPushButton(self.tr("I have sent it…"))
        self.sent_button.setObjectName("email_mark_sent")
        self.sent_button.setToolTip(self.tr("Copying or opening the mail program only "
                                            "prepares the email. Say here when it was "
                                            "really sent."))
        self.sent_button.clicked.connect(self.mark_sent)
        self.sent_button.hide()  # shown once the email was prepared
        self._prepared: int | None = None
        for button in (self.open_button, self.copy_button, self.copy_address_button,
                       self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status = plain_label("email_status")
        layout.addWidget(self.status)
        case = self._vault().get_case(case_id)
        self.lang.setCurrentIndex(max(0, self.lang.findData(email_language(case, window.lang))))
        self.lang.currentIndexChanged.connect(lambda _i: self.rebuild())
        fit_to_screen(self, 760, 720)
        self.rebuild()

    def _title(self) -> str:
        titles = {
            EmailPurpose.ALIAS_CROSS_REFERENCE: self.tr("Ask GVO to look for them"),
            EmailPurpose.DETAINED_AT: self.tr("Tell GVO where they are held"),
            EmailPurpose.LAWYER_REQUEST: self.tr("Ask GVO for a lawyer"),
            EmailPurpose.OUTCOME: self.tr("Tell GVO what happened"),
            EmailPurpose.FLIGHT_SUPPORT: self.tr("Ask GVO for support at the flight"),
            EmailPurpose.FLIGHT: self.tr("Tell the lawyer about the flight, now"),
        }
        return titles[self.purpose]

    def rebuild(self) -> None:
        case = self._vault().get_case(self.case_id)
        self.block = blocker(case, self.recipient, self.purpose)
        lang = str(self.lang.currentData())
        if self.block is not None and not self.block.soft:
            self.email = None
            for widget in (self.to, self.subject, self.body):
                widget.clear()
            self.blocked.setText(self._block_text(self.block))
            self.fix.setText(self.tr("Fill in: {field}").format(
                field=field_label(self.block.field, self.main)))
        else:
            brief = (brief_for_case(self.vault, self.case_id, lang=lang, rule_words=lambda t, lg:
                                    translated_in(lg, "deadline_rules", t))
                     if self.purpose is EmailPurpose.LAWYER_REQUEST else None)
            self.email = compose(self.action, case, events=self._vault().events(self.case_id),
                                 lang=lang, centre_name=centre_name, brief=brief)
            self.to.setText(self.email.to)
            self.subject.setText(self.email.subject)
            self.body.setPlainText(self.email.body)
        if self.block is not None and self.block.soft:
            self.blocked.setText(self.tr(
                "They could not be asked whether they agree: they are missing. Asking GVO to "
                "look for them is in their interest, so you may send this — share only what "
                "is needed. Record their answer as soon as you can ask them."))
            self.fix.setText(self.tr("Record their answer"))
        self.blocked.setVisible(self.block is not None)
        self.fix.setVisible(self.block is not None)
        for button in (self.open_button, self.copy_button, self.copy_address_button):
            button.setEnabled(self.email is not None)

    def _block_text(self, block: Blocker) -> str:
        return block_text(block, self._vault().get_case(self.case_id), self.recipient)

    def _fix(self) -> None:
        if self.block is None:
            return
        field = self.block.field
        self.close()
        self.main.focus_field(field)

    def _vault(self) -> Vault:
        """The open vault (a lock clears and closes this window first)."""
        assert self.vault is not None
        return self.vault

    def _record(self, how: Handover) -> None:
        """The email *prepared* (never sent: see :meth:`mark_sent`)."""
        assert self.email is not None
        self._prepared = record(self._vault(), self.case_id, self.email.prepared(how)).id
        self.sent_button.show()
        self.sent.emit()

    def mark_sent(self) -> None:
        """The user says the email went out: by whom and on which day (nothing assumed).
        Only this moves the procedure on."""
        if self.email is None:
            return
        dialog = SentDialog(self, self.tr("Record that this email was really sent. Only "
                                          "this moves the procedure on."),
                            self._vault().sender_details().name)
        dialog.exec()
        answer = dialog.answer()
        if answer is None:
            return
        by, day = answer
        record(self._vault(), self.case_id,
               self.email.sent(by=by, on=day.isoformat(), prepared=self._prepared))
        self.sent_button.hide()
        self._say(self.tr("Recorded: the email was sent by {by}.").format(by=by))
        self.sent.emit()

    def _confirmed(self) -> bool:
        """A soft block (missing person, consent not asked) needs a yes from the user."""
        if self.block is None or not self.block.soft:
            return True
        answer = QMessageBox.question(
            self, self.tr("Send without their agreement?"),
            self.tr("They have not been asked yet. Send this to GVO to help find them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        if self.status.property("problem") != problem:
            self.status.setProperty("problem", problem)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def open_mail(self) -> None:
        """A new message to the address in the mail program, its text on the clipboard."""
        self.rebuild()  # consent is checked again, on the case as stored now
        if self.email is None or not self._confirmed():
            return
        email = self.email
        if not hand_to_mail_program(type(self).opener, email):
            self._say(self.tr(
                "No mail program could be started on this computer, so nothing has been "
                "sent.\nThe text of the email is on the clipboard for {s} seconds. Open your "
                "usual email (for example in your web browser), write a new message to {to} "
                "and paste the text into it ({paste}).\n“Copy the address” and “Copy the "
                "text” copy them again.").format(s=CLEAR_AFTER_S, to=email.to,
                                                 paste=paste_keys()), problem=True)
            return
        self._record(Handover.MAIL_PROGRAM)
        self._say(self.tr(
            "Your mail program should now show a new message to {to}.\nThe text of the email "
            "is on the clipboard for {s} seconds: click in the message, paste it ({paste}), "
            "check it, then send it.\nNo new message? Press “Copy the address” and write to "
            "that address from your usual email (for example in your web browser), then "
            "press “Copy the text” and paste it.").format(to=email.to, s=CLEAR_AFTER_S,
                                                          paste=paste_keys()))

    def copy(self) -> None:
        self.rebuild()
        if self.email is None or not self._confirmed():
            return
        copy_sensitive(self.email.text)
        self._record(Handover.COPIED)
        self._say(self.tr("Copied. Paste it into an email. The clipboard is cleared "
                          "in {s} seconds.").format(s=CLEAR_AFTER_S))

    def copy_address(self) -> None:
        """Only the address (a lawyer's address is case data too): nothing is recorded."""
        self.rebuild()
        if self.email is None:
            return
        copy_sensitive(self.email.to)
        self._say(self.tr("The address is on the clipboard for {s} seconds: paste it into "
                          "“To” in a new message, then press “Copy the text”.").format(
            s=CLEAR_AFTER_S))

    def clear(self) -> None:
        """Drop the case's text (on lock)."""
        self.email = None
        for widget in (self.to, self.subject, self.body):
            widget.clear()
        self.blocked.clear()
        self.status.clear()
        self.vault = None
