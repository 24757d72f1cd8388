"""In-app Help (F1): the procedure and the legal deadlines in plain words.

Rendered from the shipped data — the steps of ``resources/procedure.yaml``, the rules
of ``resources/deadline_rules.yaml`` and the holidays of
``resources/be_legal_holidays.yaml`` — so the Help always says what the app does.
Texts from those files go through Qt translation (contexts ``procedure`` and
``deadline_rules``, as elsewhere in the app). No case data is ever shown here.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from locator.deadlines.rules import Counting, Rule, Unit
from locator.model.cases import NotificationMethod
from locator.model.dates import BRUSSELS
from ui.common.a11y import NamedTabs, named
from ui.common.screens import fit_to_screen, room
from ui.common.theme import colours, follow, styled
from ui.help.what_if import WhatIf, result_text
from ui.host import MenuHost

e = html.escape
_WINDOW: list[HelpWindow] = []  # the one Help window, made on first use


def ptr(text: str) -> str:
    return QCoreApplication.translate("procedure", text)


def rtr(text: str) -> str:
    return QCoreApplication.translate("deadline_rules", text)


def _language() -> str:
    name = QLocale().name()
    return name[:2] if name[:2] in ("fr", "nl") else "en"


class HelpWindow(QWidget):
    """Four pages: the steps to take, the deadline rules, the legal holidays, the keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Locator Help"))
        from ui.deadlines.text import confirm_line

        banner = QLabel(self.tr("Deadlines are an alarm, not legal advice.") + " "
                        + confirm_line())
        banner.setObjectName("help_lawyer_warning")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        styled(banner, "background: $danger_bg; color: $danger_fg; font-weight: bold; "
                       "padding: 8px; border-left: 4px solid $danger_edge;")
        self.tabs = named(NamedTabs(), self.tr("Help"))
        self.tabs.setObjectName("help_tabs")
        self.procedure_page = self._page("help_procedure")
        self.deadlines_page = self._page("help_deadlines")
        self.holidays_page = self._page("help_holidays")
        self.tabs.addTab(self.procedure_page, self.tr("The steps to take"))
        self.tabs.addTab(self.deadlines_page, self.tr("Legal deadlines"))
        self.tabs.addTab(self.holidays_page, self.tr("Legal holidays"))
        self.keys_page = self._page("help_keyboard")
        self.tabs.addTab(self.keys_page, self.tr("Keyboard"))
        self.what_if = WhatIf()
        holder = QScrollArea()  # scrolls inside on a small screen, never cut
        holder.setObjectName("help_what_if_scroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(self.what_if)
        self.tabs.addTab(holder, self.tr("What if…"))
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setObjectName("help_close")
        close.activated.connect(self.close)
        self.fit()
        follow(self, self._fill)  # now, and again in a new colour scheme

    def fit(self) -> None:
        """Never taller or wider than the screen's free area: the pages scroll inside."""
        fit_to_screen(self, 820, 680)
        limit = room(self)
        self.setMaximumSize(limit.expandedTo(QSize(200, 150)))
        self.resize(self.size().boundedTo(limit))

    def showEvent(self, event: QShowEvent) -> None:
        self.fit()  # the screen it opens on may be another one
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # when the shortcut did not see it
            self.close()
            return
        super().keyPressEvent(event)

    def _page(self, name: str) -> QTextBrowser:
        page = QTextBrowser()
        page.setObjectName(name)
        page.setOpenExternalLinks(True)
        return page

    def _fill(self) -> None:
        for page, body in ((self.procedure_page, self.procedure_html),
                           (self.deadlines_page, self.deadlines_html),
                           (self.holidays_page, self.holidays_html),
                           (self.keys_page, self.keyboard_html)):
            position = page.verticalScrollBar().value()
            page.setHtml(body())
            page.verticalScrollBar().setValue(position)

    # -- the procedure --------------------------------------------------------------

    def procedure_html(self) -> str:
        from locator.procedure.guide import load_procedure

        procedure = load_procedure()
        out = ["<h2>" + e(self.tr("The steps to take")) + "</h2><p>" + e(self.tr(
            "For each case Locator shows the one step to do now. Here are all of them, phase "
            "by phase. Everyone does what they can: no step is an obligation.")) + "</p>"]
        for phase in procedure.phases:
            out.append(f"<h3>{phase.number}. {e(ptr(phase.title))}</h3>"
                       f"<p><i>{e(ptr(phase.summary))}</i></p>")
            for step in procedure.steps_in(phase.id):
                title = e(ptr(step.title))
                if step.anytime:
                    title += " <small>(" + e(self.tr("at any time")) + ")</small>"
                out.append(f"<p><b>{title}</b><br>{e(ptr(step.do))}<br>"
                           f'<span style="color:{colours().muted}">'
                           + e(self.tr("Why: {why}").format(why=ptr(step.why)))
                           + "</span></p>")
                if step.checklist:
                    out.append("<ul>" + "".join(f"<li>{e(ptr(item.text))}</li>"
                                                for item in step.checklist) + "</ul>")
                for caution in step.cautions:
                    out.append(f'<p style="color:{colours().warning_fg}">'
                               f"⚠ {e(ptr(caution.text))}</p>")
        source = procedure.source
        out.append("<hr><p><small>" + e(self.tr(
            "From “{title}” by {publisher}, republished by {republisher}; checked on {date}.")
            .format(title=source.title, publisher=source.publisher,
                    republisher=source.republished_by, date=_plain(source.checked)))
            + f' <a href="{e(source.web, quote=True)}">{e(source.web)}</a></small></p>')
        return "".join(out)

    # -- the deadline rules ---------------------------------------------------------

    def counting_text(self, counting: Counting) -> str:
        texts: dict[Counting, Callable[[], str]] = {
            Counting.BE_CALENDAR_DAYS: lambda: self.tr(
                "Belgian periods in days: the day the decision is handed over does not count; "
                "day 1 is the next day. Every calendar day counts, weekends and holidays "
                "included. If the last day is a Saturday, a Sunday or a legal public holiday, "
                "the deadline moves to the next day that is none of these. It ends at "
                "midnight (24:00), Brussels time. Sent by registered letter with "
                "acknowledgment of receipt: counting starts the day after the letter was first "
                "presented at the address. Sent by registered letter without acknowledgment or "
                "by ordinary post: counting starts on the third working day after the letter "
                "was handed to the post."),
            Counting.BE_DAYS_NOT_EXTENDED: lambda: self.tr(
                "Belgian periods whose counting was not checked: day 1 is the day after the "
                "decision was handed over, and the last day is never moved for a weekend or a "
                "holiday. Locator counts this shorter reading; the lawyer may count more."),
            Counting.FR_DAYS_FROM_NOTIFICATION_DAY: lambda: self.tr(
                "French periods that count the day of notification: day 1 is the day the "
                "decision was handed over; the period ends at midnight (24:00) on the last "
                "day, never extended for a weekend or a holiday."),
            Counting.FR_DAYS_NOT_EXTENDED: lambda: self.tr(
                "French periods the courts count in different ways: Locator counts the shorter "
                "reading. Day 1 is the day after notification; the period ends at midnight "
                "(24:00) on the last day, never extended for a weekend or a holiday."),
            Counting.AT_ONCE: lambda: self.tr(
                "No deadline and no waiting time: the request can be filed at once."),
            Counting.HOURS: lambda: self.tr(
                "Periods in hours: counted hour by hour from the moment the decision was "
                "handed over, and never extended for a weekend or a holiday."),
            Counting.MONTHLY: lambda: self.tr(
                "No deadline: a new request can be filed again a set number of months after "
                "the last decision. Locator shows the next possible date."),
            Counting.INDICATIVE: lambda: self.tr(
                "A legal maximum, shown for information only: it is not a deadline to act."),
        }
        return texts[counting]()

    def period_text(self, rule: Rule) -> str:
        if rule.period is None or rule.unit is None:
            return self.tr("no deadline")
        if rule.unit is Unit.DAYS:
            text = self.tr("{n} days").format(n=rule.period)
        elif rule.unit is Unit.HOURS:
            text = self.tr("{n} hours").format(n=rule.period)
        else:
            text = self.tr("{n} months").format(n=rule.period)
        if rule.unit is Unit.DAYS and rule.period % 7 == 0 and rule.counting is Counting.INDICATIVE:
            text = self.tr("{n} weeks ({days} days)").format(n=rule.period // 7, days=rule.period)
        if rule.period_if_not_detained is not None:
            text += " " + self.tr("({n} days if the person is not detained)").format(
                n=rule.period_if_not_detained)
        return text

    def example_text(self, rule: Rule) -> str:
        """Worked examples, computed now by the counting engine for fixed dates (never
        written by hand): handed over at a known time, on a day whose last day is not a
        working day, by post, and with the time not known."""
        # a maximum counts from a date that is not a handing over (a detention decision, an
        # acceptance): the example names that date as the rule does
        first = (rtr(rule.date_label) + ": {when}" if rule.counting is Counting.INDICATIVE
                 else self.tr("Handed over on {when}"))
        lines = [self._example(rule, EXAMPLE_MOMENT, NotificationMethod.HAND, first)]
        if rule.counting is Counting.BE_CALENDAR_DAYS:
            rolled = _rolling_example(rule.id)
            if rolled is not None:
                lines.append(self._example(rule, rolled, NotificationMethod.HAND,
                                           self.tr("Handed over on {when}")))
            lines.append(self._example(rule, EXAMPLE_POSTED, NotificationMethod.ORDINARY_POST,
                                       self.tr("Handed to the post on {when}")))
        if rule.counting is Counting.HOURS:
            lines.append(self._example(rule, EXAMPLE_MOMENT.date(), NotificationMethod.HAND,
                                       self.tr("Handed over on {when}, time not known")))
        return "\n".join(line for line in lines if line)

    def _example(self, rule: Rule, when: datetime | date, method: NotificationMethod,
                 caption: str) -> str:
        from locator.deadlines.counting import compute_due

        due = compute_due(rule.id, when, method, allow_future=True)
        shown = (_long(when.date()) + f", {when.hour:02d}:{when.minute:02d}"
                 if isinstance(when, datetime) else _long(when))
        return caption.format(when=shown) + " → " + result_text(due)

    def deadlines_html(self) -> str:
        from locator.deadlines.rules import load_rules

        rules = list(load_rules().values())
        out = ["<h2>" + e(self.tr("Legal deadlines")) + "</h2><p>" + e(self.tr(
            "When you record a decision, Locator starts the legal timers that apply to it. "
            "Only a lawyer can file these appeals: your part is to get the decision and the "
            "facts to a lawyer in time, through GVO if you have none.")) + "</p>",
            "<h3>" + e(self.tr("How the time is counted")) + "</h3><ul>"]
        for counting in Counting:
            if any(rule.counting is counting for rule in rules):
                out.append(f"<li>{e(self.counting_text(counting))}</li>")
        out.append("</ul>")
        countries = {"BE": self.tr("Belgium"), "FR": self.tr("France (for information)")}
        for country in dict.fromkeys(rule.country for rule in rules):
            out.append(f"<h3>{e(countries.get(country, country))}</h3>")
            for rule in (r for r in rules if r.country == country):
                out.append(self._rule_html(rule, {r.id: r for r in rules}))
        return "".join(out)

    def _rule_html(self, rule: Rule, rules: dict[str, Rule]) -> str:
        from ui.deadlines.text import basis_html

        out = [f"<h4>{e(rtr(rule.title))}</h4><p>{e(rtr(rule.description))}</p><p>",
               e(self.tr("Period: {period}.").format(period=self.period_text(rule))), "<br>",
               e(self.tr("The date you enter: {what}.").format(what=rtr(rule.date_label)))]
        out.append("</p>")
        example = self.example_text(rule)
        if example:
            out.append("<p><b>" + e(self.tr("Worked examples (computed by Locator):"))
                       + "</b><br>" + "<br>".join(e(line) for line in example.splitlines())
                       + "</p>")
        if rule.note:
            out.append(f'<p style="color:{colours().warning_fg}">⚠ {e(rtr(rule.note))}</p>')
        if rule.if_unsure_use and rule.if_unsure_use in rules:
            out.append("<p>" + e(self.tr(
                "Not sure whether this applies? Then Locator counts the shorter period: "
                "{title}.").format(
                title=rtr(rules[rule.if_unsure_use].title))) + "</p>")
        out.append(f"<p><small>{basis_html(rule)}</small></p>")
        return "".join(out)

    # -- the holidays ---------------------------------------------------------------

    def holidays_html(self, year: int | None = None) -> str:
        from locator.deadlines.holidays import load_holiday_calendar
        from locator.model.dates import today_brussels

        calendar = load_holiday_calendar()
        first = year or today_brussels().year
        lang = _language()
        out = ["<h2>" + e(self.tr("The {n} legal public holidays").format(
            n=len(calendar.holidays))) + "</h2><p>" + e(self.tr(
                "Besides Saturdays and Sundays, only these days move the last day of a "
                "Belgian deadline. Regional and community holidays (such as 11 July, "
                "27 September or 15 November) and 26 December do not.")) + "</p>",
               '<table cellpadding="4" cellspacing="0" border="1" '
               f'style="border-color:{colours().rule}">'
               f"<tr><th>{e(self.tr('Holiday'))}</th><th>{first}</th><th>{first + 1}</th></tr>"]
        for holiday in calendar.holidays:
            name = {"fr": holiday.name_fr, "nl": holiday.name_nl}.get(lang, holiday.name)
            cells = []
            for y in (first, first + 1):
                day = holiday.date_in(y)
                cells.append(e(_long(day)) if day is not None else "—")
            out.append(f"<tr><td>{e(name)}</td><td>{cells[0]}</td><td>{cells[1]}</td></tr>")
        out.append("</table>")
        source = calendar.source
        out.append("<p><small>" + e(self.tr("Source: {title}. Last checked on {date}.").format(
            title=source.title, date=_plain(source.last_verified)))
            + f' <a href="{e(source.url, quote=True)}">{e(source.url)}</a></small></p>')
        return "".join(out)

    # -- the keyboard -----------------------------------------------------------------

    def keyboard_html(self) -> str:
        """Every shortcut, with its keys as this system writes them (Ctrl or ⌘…)."""
        def keys(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
            return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)

        def mtr(text: str) -> str:
            return QCoreApplication.translate("MainWindow", text)

        standard = QKeySequence.StandardKey
        rows = [
            (keys(standard.New), mtr("New case")),
            (keys(standard.Save), mtr("Save")),
            (keys(standard.Find), self.tr("Search the cases; then Down or Enter opens the "
                                          "first case found")),
            (keys("Ctrl+L"), mtr("Lock")),
            (keys("Ctrl+B"), QCoreApplication.translate("BriefWindow", "Lawyer brief…")),
            (keys("Ctrl+H"), QCoreApplication.translate("Today", "Today")),
            (keys("Ctrl+D"), QCoreApplication.translate("Deadlines", "Deadlines")),
            (keys("Ctrl+Shift+B"), QCoreApplication.translate("VaultMenu", "Back up now")),
            (keys(QKeySequence.keyBindings(standard.Quit)[0]) if QKeySequence.keyBindings(
                standard.Quit) else keys("Ctrl+Q"), QCoreApplication.translate("VaultMenu",
                                                                              "Quit")),
            (keys("F1"), self.tr("Locator Help")),
            (keys("Alt") + " + " + self.tr("underlined letter"),
             self.tr("Open a menu: every button of the toolbar is in a menu too")),
            (keys("Tab") + " / " + keys("Shift+Tab"), self.tr("Next / previous field or "
                                                               "button")),
            (keys("Ctrl+Tab") + " / " + keys("Ctrl+Shift+Tab"),
             self.tr("Next / previous page of the case")),
            (keys("Space"), self.tr("Press the button or tick the box that has the focus")),
            (keys("Return"), self.tr("The main button of a window")),
            (keys("Esc"), self.tr("Close a window without saving")),
        ]
        out = ["<h2>" + e(self.tr("Using the keyboard")) + "</h2><p>" + e(self.tr(
            "Everything in Locator can be done without a mouse.")) + "</p>",
            '<table cellpadding="4" cellspacing="0" border="1" '
            f'style="border-color:{colours().rule}">']
        for shortcut, what in rows:
            out.append(f"<tr><td><b>{e(shortcut)}</b></td><td>{e(what)}</td></tr>")
        out.append("</table>")
        return "".join(out)


#: the fixed dates of the worked examples (Tuesday 1 December 2026, 09:10; a letter posted
#: on Monday 7 December 2026), so Help shows the same examples every day
EXAMPLE_MOMENT = datetime(2026, 12, 1, 9, 10, tzinfo=BRUSSELS)
EXAMPLE_POSTED = date(2026, 12, 7)


def _rolling_example(rule_id: str) -> date | None:
    """The first day from 1 December 2026 whose last day falls on a day that is not a
    working day (so the example shows the move forward), or None."""
    from locator.deadlines.counting import compute_due

    for offset in range(60):
        day = EXAMPLE_MOMENT.date() + timedelta(days=offset)
        if compute_due(rule_id, day, allow_future=True).rolled_over:
            return day
    return None


def _long(day: date) -> str:
    """"Monday 18 August 2025" (a day to act on: with its weekday)."""
    from ui.deadlines.text import long_date

    return long_date(day)


def _plain(day: date) -> str:
    """"27 November 2025" (when something was checked)."""
    from ui.deadlines.text import plain_date

    return plain_date(day)


def show_help(page: int = 0) -> HelpWindow:
    """Show the Help window (one for the whole app, kept until the app quits)."""
    if not _WINDOW:
        _WINDOW.append(HelpWindow())
    window = _WINDOW[0]
    window.tabs.setCurrentIndex(page)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def install(host: MenuHost) -> None:
    """Help ▸ Help (F1)."""
    window = host.window()
    if window.findChild(QAction, "help_action") is not None:
        return  # installed already
    action = QAction(QCoreApplication.translate("HelpMenu", "Locator &Help"), window)
    action.setObjectName("help_action")
    keys = [QKeySequence(Qt.Key.Key_F1)]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
             if k not in keys]  # F1 everywhere; also the platform's own key (macOS: Cmd+?)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: show_help())
    host.help_menu().addAction(action)
    window.addAction(action)
