"""Qt's own messages, kept free of case data before they reach stderr.

On a desktop, stderr ends up in the journal or ``~/.xsession-errors``, unencrypted,
and Qt writes user text into some of its messages: ``qt.qpa.services: Launch of
' mailto:…' failed`` carries a whole link, the offscreen platform repeats the link
it cannot open, text layout, accessibility and input categories log what is
shown or typed, file warnings name the file. :func:`install_message_handler` puts
:func:`filter_message` in front of whatever handled Qt's messages before:

- categories that carry user text (:data:`HIDDEN_CATEGORIES`): a warning keeps
  its category and gets a fixed text instead of its own; debug and info lines are
  dropped;
- any other message that holds a link (a ``mailto:``, ``tel:``, ``file:`` link,
  anything with ``://`` or a query), an email address, or is one of the
  warnings known to quote user text (:data:`KNOWN`): the same fixed text, after
  the ``Class::method:`` it starts with, so a developer still knows which
  warning it was;
- everything else, with what could still be user text replaced by ``<hidden>``:
  quoted words, paths, runs of digits (phones, dates, file numbers) and words
  with letters outside ASCII (Qt's own messages are plain ASCII English).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]

#: what replaces a message, or a part of one, that may carry case data
HIDDEN = "<hidden>"
#: the fixed text of a hidden message
REASON = "details hidden: they may contain case data"

#: categories (and every category under them) whose messages may quote user text
HIDDEN_CATEGORIES = (
    "qt.qpa.services",  # openUrl: the whole link
    "qt.qpa.portalfiletransfer",  # file paths
    "qt.qpa.clipboard", "qt.gui.clipboard", "qt.qpa.mime",  # what was copied
    "qt.qpa.xdnd", "qt.gui.dnd",  # what was dragged
    "qt.qpa.input", "qt.qpa.events", "qt.qpa.keymapper", "qt.qpa.xkeyboard",  # keys typed
    "qt.gui.shortcutmap", "qt.gui.virtualkeyboard", "qt.qpa.menu", "qt.qpa.tray",
    "qt.text",  # layout, fonts, markdown, the text browser: the text itself
    "qt.accessibility",  # names and values read out: the case's fields
    "qt.widgets.qabstractspinbox", "qt.widgets.qdoublespinbox",  # values typed
    "qt.core.filesystemwatcher", "qt.core.qstorageinfo",  # paths
    "qt.gui.imageio", "qt.pdf", "qt.printsupport",  # file names, documents
    "qt.network", "qt.dbus",  # links and whole D-Bus messages (the portal's openUrl)
)

#: (a message's beginning, what it is about): Qt warnings that quote user text
KNOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), reason) for pattern, reason in (
        (r"^Launch of .* failed", "launching a link failed (link hidden)"),
        (r"^This plugin does not support QPlatformServices::(openUrl|openDocument)",
         "this platform cannot open links (link hidden)"),
        (r"^QTextBrowser:", "QTextBrowser: a link could not be opened (link hidden)"),
        (r"^QString::arg", "QString::arg: arguments missing (text hidden)"),
        (r"^QFont::fromString", "QFont::fromString: invalid description (hidden)"),
        (r"^(QFile|QSaveFile|QLockFile|QTemporary\w*|QFSFileEngine|QIODevice|QDir|QFileInfo|"
         r"QImageReader|QImageWriter|QPixmap|QImage|QMimeDatabase)\b",
         "a file could not be used (file name hidden)"),
    ))

_LINK = re.compile(r"(?i)\b(?:mailto|tel|sms|callto|sip|file|data|xmpp|geo|im|https?|ftp)\s*:"
                   r"|://|\?[^\s?]*=")
_EMAIL = re.compile(r"[^\s'\"<>]+@[^\s'\"<>]+")
_PREFIX = re.compile(r"^(?:Q[A-Z]\w*|\w+::\w+)(?:::\w+)*(?:\(\))?:")  # QFile::open:
_QUOTED = re.compile(r"(?<!\w)(['\"“‘«])[^\n]*?(['\"”’»])(?!\w)")
_PATH = re.compile(r"(?<![\w/])(?:~|\.{1,2})?/[^\s'\"]+|\b[A-Za-z]:\\[^\s'\"]*")
_DIGITS = re.compile(r"\+?\d[\d .\-/]{3,}\d")
_NOT_ASCII = re.compile(r"\S*[^\x00-\x7f]\S*")


def _hidden_category(category: str) -> bool:
    return any(category == c or category.startswith(c + ".") for c in HIDDEN_CATEGORIES)


def reduced(text: str) -> str:
    """The fixed text for a message that may carry case data: what kind of warning it
    was, never what it said."""
    for pattern, reason in KNOWN:
        if pattern.search(text):
            return reason
    prefix = _PREFIX.match(text)
    return f"{prefix.group(0)} {REASON}" if prefix else REASON


def scrubbed(text: str) -> str:
    """``text`` with whatever could still be user text replaced by :data:`HIDDEN`."""
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{HIDDEN}{m.group(2)}", text)
    for pattern in (_PATH, _DIGITS, _NOT_ASCII):
        text = pattern.sub(HIDDEN, text)
    return text


def filter_message(kind: QtMsgType, category: str | None, text: str) -> str | None:
    """What may be written of one Qt message: a text without case data, or None to drop
    it. ``category`` is the logging category (``default`` for plain ``qWarning``)."""
    category = category or "default"
    if _hidden_category(category):
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return None
        return reduced(text)
    if _LINK.search(text) or _EMAIL.search(text) or any(p.search(text) for p, _r in KNOWN):
        return reduced(text)
    return scrubbed(text)


class _Handler:
    """Filters, then hands on to the handler it replaced (or writes to stderr as Qt's
    default handler does, honouring ``QT_MESSAGE_PATTERN``)."""

    def __init__(self, previous: Handler | None) -> None:
        self.previous = previous

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        try:
            safe = filter_message(kind, context.category, text)
        except Exception:  # never let a message through because the filter failed
            safe = REASON
        if safe is None:
            return
        if self.previous is not None:
            self.previous(kind, context, safe)
            return
        stream = sys.stderr
        if stream is None:  # a windowed build without a console
            return
        try:
            stream.write(qFormatLogMessage(kind, context, safe) + "\n")
            stream.flush()
        except Exception:  # a closed stderr: nothing to say it with
            pass


def install_message_handler() -> Handler | None:
    """Filter Qt's messages from now on; returns the handler it replaced (give it back
    to ``qInstallMessageHandler`` to undo). Installing it twice filters once."""
    handler = _Handler(None)
    previous = qInstallMessageHandler(handler)
    handler.previous = previous.previous if isinstance(previous, _Handler) else previous
    _alive[:] = [handler]  # Qt holds it by a pointer only
    return previous


_alive: list[_Handler] = []
