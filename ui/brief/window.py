"""The lawyer brief window: preview, completeness, then Save PDF / Email / Copy.

Sending anything records a ``brief_sent`` event on the timeline. The PDF is
built off the UI thread and written beside its target, then renamed. "Email to
GVO" puts the text on the clipboard and asks for a new message whose link holds
GVO's address and a subject that names nobody (see :mod:`ui.procedure.emails_dialog`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from locator.brief.case import brief_for_case
from locator.brief.consent import BRIEF_RECIPIENTS, ShareCheck, share_check
from locator.brief.content import Brief, Writer
from locator.brief.text import brief_text
from locator.model.cases import field_info
from locator.model.events import (
    BriefRecorded,
    Delivery,
    EmailPurpose,
    Handover,
    Payload,
    Recipient,
    record,
)
from locator.storage.sender import SenderDetails
from locator.storage.vault import Vault
from ui.common.a11y import named
from ui.common.clipboard import CLEAR_AFTER_S, copy_sensitive
from ui.common.consent import agreement_words, confirm_share
from ui.common.filedialogs import ask_save_file
from ui.common.i18n import core_text, error_text, translated_in
from ui.common.prompts import confirm
from ui.common.screens import fit_to_screen
from ui.common.sent_dialog import SentDialog
from ui.common.theme import colours, follow, qss, styled
from ui.common.worker import run_in_background
from ui.host import Host
from ui.ops import Changes


def brief_html(brief: Brief, note: str | None = None) -> str:
    """The preview: the same content as the PDF, every value escaped; a missing fact in
    the colour ``note`` (default: the colour scheme's)."""
    e = html.escape
    note = note or colours().note
    out = [f"<h2>{e(brief.title)}</h2><p>{e(brief.subtitle)}<br><small>{e(brief.generated)}"
           "</small></p>", f"<h3>{e(brief.key_heading)}</h3><table cellpadding='4'>"]
    for item in brief.key_items:
        value = "<br>".join(e(line) for line in item.lines)
        style = "" if item.known else f" style='color:{note}'"
        out.append(f"<tr><td><b>{item.number}. {e(item.label)}</b></td>"
                   f"<td{style}>{value}</td></tr>")
    out.append("</table>")
    for section in brief.sections:
        out.append(f"<h3>{e(section.title)}</h3>")
        if not section.rows:
            out.append(f"<p><i>{e(section.empty)}</i></p>")
            continue
        out.append("<table cellpadding='3'>")
        if section.columns:
            out.append("<tr>" + "".join(f"<th align='left'>{e(c)}</th>"
                                        for c in section.columns) + "</tr>")
        for row in section.rows:
            out.append("<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>")
        out.append("</table>")
        if section.note:
            out.append(f"<p><small>{e(section.note)}</small></p>")
    out.append(f"<p><small>{e(brief.confidentiality)}</small></p>")
    return "".join(out)


class BriefWindow(QDialog):
    """One case's brief. Emits :attr:`sent` after anything left the app (recorded on the
    timeline through the host, which reports the change)."""

    sent = Signal()

    def __init__(self, host: Host, case_id: int) -> None:
        super().__init__(host.window())
        self.setObjectName("brief_window")
        self.setWindowTitle(self.tr("Lawyer brief"))
        self.main = host
        self.vault: Vault | None = host.vault
        self.case_id = case_id
        self.brief: Brief | None = None
        layout = QVBoxLayout(self)

        self.score = QLabel()
        self.score.setObjectName("brief_completeness")
        self.score.setWordWrap(True)
        layout.addWidget(self.score)
        self.missing_row = QHBoxLayout()
        layout.addLayout(self.missing_row)
        self.consent_note = QLabel()
        self.consent_note.setObjectName("brief_consent")
        self.consent_note.setWordWrap(True)
        styled(self.consent_note, "color: $note; font-weight: bold;")
        layout.addWidget(self.consent_note)

        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.setObjectName("brief_lang")
        for code, text in (("", self.tr("Language of the case")), ("en", "English"),
                           ("fr", "Français"), ("nl", "Nederlands")):
            self.lang.addItem(text, code)
        self.writer_name = QLineEdit()
        self.writer_name.setObjectName("writer_name")
        self.writer_phone = QLineEdit()
        self.writer_phone.setObjectName("writer_phone")
        self.writer_email = QLineEdit()
        self.writer_email.setObjectName("writer_email")
        form.addRow(self.tr("Labels in"), self.lang)
        form.addRow(self.tr("Your name"), self.writer_name)
        form.addRow(self.tr("Your phone"), self.writer_phone)
        form.addRow(self.tr("Your email"), self.writer_email)
        layout.addLayout(form)

        self.preview = QTextBrowser()
        self.preview.setObjectName("brief_preview")
        named(self.preview, self.tr("Preview of the brief"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        layout.addWidget(self.preview, 1)

        buttons = QHBoxLayout()
        self.password = QLineEdit()
        self.password.setObjectName("brief_password")
        named(self.password, self.tr("Optional password for the PDF"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional password for the PDF"))
        buttons.addWidget(self.password)
        for name, text, slot in (("brief_save_pdf", self.tr("Save PDF…"), self.save_pdf),
                                 ("brief_email", self.tr("Email to GVO"), self.email),
                                 ("brief_copy", self.tr("Copy"), self.copy)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.copy_address_button = QPushButton(self.tr("Copy GVO’s address"))
        self.copy_address_button.setObjectName("brief_copy_address")
        self.copy_address_button.clicked.connect(self.copy_address)
        self.copy_address_button.hide()  # shown once an email was asked for
        buttons.addWidget(self.copy_address_button)
        # prepared is not sent: only the user can say it went out
        self.sent_button = QPushButton(self.tr("I have sent it…"))
        self.sent_button.setObjectName("brief_mark_sent")
        self.sent_button.setToolTip(self.tr("Saving, copying or opening the mail program "
                                            "only prepares the brief. Say here when it "
                                            "was really sent."))
        self.sent_button.clicked.connect(self.mark_sent)
        self.sent_button.hide()  # shown once the brief was prepared
        buttons.addWidget(self.sent_button)
        layout.addLayout(buttons)
        self._prepared: tuple[Recipient | None, int | None] = (None, None)
        self.status = QLabel()
        self.status.setObjectName("brief_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # the user's own details, kept in the vault from one brief to the next
        if self.vault is not None:
            kept = self.vault.sender_details()
            self.writer_name.setText(kept.name)
            self.writer_phone.setText(kept.phone)
            self.writer_email.setText(kept.email)
        for edit in (self.writer_name, self.writer_phone, self.writer_email):
            edit.editingFinished.connect(self.keep_sender)
            edit.editingFinished.connect(self.rebuild)
        self.lang.currentIndexChanged.connect(lambda _i: self.rebuild())
        fit_to_screen(self, 820, 900)
        self.rebuild()
        follow(self, self._recolour, now=False)

    def writer(self) -> Writer:
        from locator.model.errors import FieldError
        from locator.model.phones import normalise_phone

        try:
            phone = normalise_phone(self.writer_phone.text(), "writer_phone")
        except FieldError:
            phone = ""
        return Writer(name=self.writer_name.text().strip(), phone=phone,
                      email=self.writer_email.text().strip())

    def keep_sender(self) -> None:
        """Keep what the user typed about themselves in the vault (never in the settings)."""
        vault = self.main.vault
        details = SenderDetails(self.writer_name.text().strip(),
                                self.writer_phone.text().strip(),
                                self.writer_email.text().strip())
        if vault is not None and vault.is_open and details != vault.sender_details():
            vault.set_sender_details(details)

    def rebuild(self) -> None:
        # the case's language; when it is not known, the window's (not English)
        lang = self.lang.currentData() or None
        self.brief = brief_for_case(
            self.vault, self.case_id, writer=self.writer(), lang=lang,
            default_lang=self.main.lang,
            rule_words=lambda text, in_lang: translated_in(in_lang, "deadline_rules", text))
        known, total, missing = self.brief.completeness
        self.score.setText(self.tr("{known} of {total} key facts known.").format(
            known=known, total=total) + (" " + self.tr("Missing (click to fill in):")
                                         if missing else ""))
        while self.missing_row.count():
            item = self.missing_row.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for field in missing:
            info = field_info(field)  # its label in the window's language, as in the editor
            button = QPushButton(core_text(info.label) if info is not None else field)
            button.setObjectName(f"missing_{field}")
            button.setFlat(True)
            button.setProperty("missing_fact", True)
            button.clicked.connect(lambda _c=False, f=field: self.jump_to(f))
            self.missing_row.addWidget(button)
        self.missing_row.addStretch()
        self._recolour()
        check = self._share_check()
        self.consent_note.setVisible(check is not None and not check.clear)
        if check is not None and not check.clear:
            self.consent_note.setText(self.tr(
                "Recorded about sharing their details: {answers}. Send this only with their "
                "agreement and only in their interest.").format(answers=agreement_words(check)))

    def _recolour(self) -> None:
        """A new colour scheme: the same brief (the vault is not asked again, it may be
        locked), in its colours."""
        for button in self.findChildren(QPushButton):
            if button.property("missing_fact"):
                button.setStyleSheet(qss("color: $link; text-decoration: underline;"))
        if self.brief is not None:
            self.preview.setHtml(brief_html(self.brief))

    def jump_to(self, field: str) -> None:
        self.close()
        self.main.focus_field(field)

    def _share_check(self) -> ShareCheck | None:
        """What the case records *now* about sharing with GVO and a lawyer (who the brief
        is for), or None when the vault is locked."""
        vault = self.main.vault
        if vault is None or not vault.is_open:
            return None
        return share_check(vault.get_case(self.case_id), BRIEF_RECIPIENTS)

    def _consent_ok(self, action: str) -> bool:
        """The one question every way out asks (:mod:`ui.common.consent`), on the case as
        stored now."""
        check = self._share_check()
        return check is not None and confirm_share(self, [check], action)

    def _record(self, to: Recipient | None, how: Handover, *first: Payload) -> None:
        """Record ``first`` then the brief *prepared* (never sent: see :meth:`mark_sent`),
        on the timeline (one change reported)."""
        case_id = self.case_id
        made: list[int | None] = []

        def op(vault: Vault) -> Changes:
            for payload in first:
                record(vault, case_id, payload)
            made.append(record(vault, case_id, BriefRecorded(
                to=to, state=Delivery.PREPARED, how=how)).id)
            return Changes.events(case_id)

        self.main.run(op)
        self._prepared = (to, made[0] if made else None)
        self.sent_button.show()
        self.sent.emit()

    def mark_sent(self) -> None:
        """The user says the brief went out: by whom and on which day (nothing assumed)."""
        if self.vault is None:
            return
        to, prepared = self._prepared
        dialog = SentDialog(self, self.tr("Record that the brief was really sent. Only "
                                          "this moves the procedure on."),
                            self.writer_name.text().strip())
        dialog.exec()
        answer = dialog.answer()
        if answer is None:
            return
        by, day = answer
        case_id = self.case_id

        def op(vault: Vault) -> Changes:
            record(vault, case_id, BriefRecorded(to=to, state=Delivery.SENT, by=by,
                                                 on=day.isoformat(), prepared=prepared))
            return Changes.events(case_id)

        self.main.run(op)
        self.sent_button.hide()
        self.status.setText(self.tr("Recorded: the brief was sent by {by}.").format(by=by))
        self.sent.emit()

    def save_pdf(self) -> None:
        if self.brief is None or not self._consent_ok(self.tr("Save PDF…")):
            return
        password = self.password.text() or None
        # Cancel is the default (Enter never writes a plain file); a lock meanwhile closes it
        if password is None and not confirm(
                self.main.window(), self.tr("The PDF will not be encrypted"),
                self.tr("Anyone who gets the file can read it. Add a password above to "
                        "protect it, or save it only to send it and delete it after."),
                self.tr("Save PDF…")):
            return
        if self.brief is None or self.main.vault is None:
            return
        target = ask_save_file(self, self.tr("Save the lawyer brief"), "brief.pdf",
                               self.tr("PDF (*.pdf)"))
        if target is None or self.brief is None or self.main.vault is None:
            return
        from locator.storage.exports import ExportRefused, check_export_target

        try:  # the file dialog asked before replacing a file; never the vault or a backup
            target = check_export_target(target, self.main.vault.path, replace=True)
        except ExportRefused as err:
            self.status.setText(error_text(err))
            return
        self.write_pdf_to(target, password)

    def write_pdf_to(self, target: Path, password: str | None) -> None:
        from locator.brief.pdf import write_pdf

        brief = self.brief
        assert brief is not None
        self.status.setText(self.tr("Writing the PDF…"))

        def done(_result: object) -> None:
            self.status.setText(self.tr("Saved. The file is outside the vault: delete it "
                                        "when it has been sent."))
            self._record(None, Handover.PDF)

        def failed(_err: BaseException) -> None:
            self.status.setText(self.tr("The PDF could not be written there (disk full or "
                                        "no permission). Nothing was left behind."))

        run_in_background(lambda: write_pdf(brief, target, password=password), done, failed)

    def email(self) -> None:
        """The procedure's "ask GVO for a lawyer" email with this brief: the same consent
        rule as the Emails window (agreement to share with GVO recorded as yes, checked on
        the case as stored now) and the same timeline event (the step is then done)."""
        from locator.brief.emails import blocker, compose
        from ui.procedure.emails_dialog import (
            EmailsDialog,
            block_text,
            hand_to_mail_program,
            paste_keys,
        )

        vault = self.main.vault
        if self.brief is None or vault is None:
            return
        case = vault.get_case(self.case_id)
        block = blocker(case, Recipient.GVO, EmailPurpose.LAWYER_REQUEST)
        if block is not None:
            self.status.setText(block_text(block, case, Recipient.GVO))
            return
        if not self._consent_ok(self.tr("Email to GVO")):  # GVO passes it to a lawyer
            return
        mail = compose("email_gvo_lawyer", case, lang=self.brief.lang, brief=self.brief)
        self.copy_address_button.show()
        if not hand_to_mail_program(EmailsDialog.opener, mail):
            self.status.setText(self.tr(
                "No mail program could be started on this computer, so nothing has been "
                "sent.\nThe text of the brief is on the clipboard for {s} seconds. Open your "
                "usual email (for example in your web browser), write a new message to {to} "
                "and paste the text into it ({paste}).").format(
                s=CLEAR_AFTER_S, to=mail.to, paste=paste_keys()))
            return
        self._record(Recipient.GVO, Handover.MAIL_PROGRAM,
                     mail.prepared(Handover.MAIL_PROGRAM))
        self.status.setText(self.tr(
            "Your mail program should now show a new message to {to}.\nThe text of the brief "
            "is on the clipboard for {s} seconds: click in the message, paste it ({paste}), "
            "check it, then send it — by email only, never through Facebook or private "
            "messages.\nNo new message? Write to {to} from your usual email (for example in "
            "your web browser) and paste the text there.").format(
            to=mail.to, s=CLEAR_AFTER_S, paste=paste_keys()))

    def copy_address(self) -> None:
        from locator import GVO_EMAIL

        copy_sensitive(GVO_EMAIL)
        self.status.setText(self.tr("GVO’s address is on the clipboard for {s} seconds: paste "
                                    "it into “To” in a new message, then press “Copy” and "
                                    "paste the text.").format(s=CLEAR_AFTER_S))

    def copy(self) -> None:
        if self.brief is None or not self._consent_ok(self.tr("Copy")):
            return
        copy_sensitive(f"{self.brief.subject}\n\n{brief_text(self.brief)}")
        self._record(None, Handover.COPIED)
        self.status.setText(self.tr("Copied. The clipboard will be cleared in 60 seconds."))

    def clear(self) -> None:
        for edit in (self.writer_name, self.writer_phone, self.writer_email, self.password):
            edit.clear()
        self.preview.clear()
        self.score.clear()
        self.brief = None

