"""A date that stays empty until it is typed or picked, and calendars that mark the days
the law does not count.

Qt's own date edits always hold a date, so a form built from them says "today" for a fact
nobody gave. :class:`DateField` is a line for ``YYYY-MM-DD`` with a calendar button: empty
means not given, and what is typed is never replaced (the core checks it on save).
:func:`mark_non_working_days` colours Saturdays, Sundays and the Belgian legal public
holidays (``resources/be_legal_holidays.yaml``) in any QCalendarWidget, with a tooltip
naming the holiday.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from locator.deadlines.holidays import load_holiday_calendar
from ui.common.i18n import translate
from ui.common.theme import colours


def _language() -> str:
    name = QLocale().name()[:2]
    return name if name in ("fr", "nl") else "en"


def holiday_names(year: int) -> dict[date, str]:
    """The Belgian legal public holidays of ``year``, named in the app's language."""
    lang = _language()
    found: dict[date, str] = {}
    for holiday in load_holiday_calendar().holidays:
        day = holiday.date_in(year)
        if day is None:
            continue
        name = {"fr": holiday.name_fr, "nl": holiday.name_nl}.get(lang, holiday.name)
        found[day] = f"{found[day]} · {name}" if day in found else name
    return found


def day_format(day: date) -> QTextCharFormat | None:
    """How a calendar shows a day the law does not count (None: a working day)."""
    holiday = holiday_names(day.year).get(day)
    if holiday is not None:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor(colours().warning_bg)))  # the theme's, both schemes
        fmt.setForeground(QBrush(QColor(colours().warning_fg)))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(translate("DateField", "{name}: a legal public holiday (not a "
                                 "working day)").format(name=holiday))
        return fmt
    if day.weekday() >= 5:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor(colours().banner_bg)))
        fmt.setForeground(QBrush(QColor(colours().danger_fg)))
        fmt.setToolTip(translate("DateField", "Saturday: not a working day")
                       if day.weekday() == 5
                       else translate("DateField", "Sunday: not a working day"))
        return fmt
    return None


def mark_non_working_days(widget: QCalendarWidget) -> None:
    """Mark weekends and holidays on the page shown, and again on every page turned to."""
    def mark(year: int, month: int) -> None:
        first = date(year, month, 1) - timedelta(days=14)  # the days of the weeks around it
        last = date(year, month, _calendar.monthrange(year, month)[1]) + timedelta(days=14)
        day = first
        while day <= last:
            fmt = day_format(day)
            if fmt is not None:
                widget.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
            day += timedelta(days=1)

    widget.currentPageChanged.connect(mark)
    mark(widget.yearShown(), widget.monthShown())


def marked_calendar(parent: QWidget | None = None) -> QCalendarWidget:
    """A calendar that starts on Monday and marks the days the law does not count."""
    widget = QCalendarWidget(parent)
    widget.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    widget.setGridVisible(True)
    mark_non_working_days(widget)
    return widget


def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        return None


class DateField(QWidget):
    """A date typed as ``YYYY-MM-DD`` or picked in a calendar; empty until given.

    The line carries the field's objectName (the project's one vocabulary);
    :meth:`text` is what the core reads and checks."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_field")
        self.line = QLineEdit()
        self.line.setObjectName(name)
        self.line.setPlaceholderText(translate("DateField", "YYYY-MM-DD"))
        self.line.textChanged.connect(lambda _text: self.changed.emit())
        self.button = QToolButton()
        self.button.setObjectName(f"{name}_pick")
        self.button.setText(translate("DateField", "Calendar…"))
        self.button.setToolTip(translate("DateField", "Pick the date in a calendar "
                                         "(weekends and legal holidays are marked)"))
        self.button.setAccessibleName(translate("DateField", "Pick the date in a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.calendar = marked_calendar(self.menu)
        self.calendar.setObjectName(f"{name}_calendar")
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._show_typed)
        self.button.setMenu(self.menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """The name is the line's too: a screen reader says it when the line has the focus
        (form rows name the field, and the field is this container)."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        return self.line.text().strip()

    def day(self) -> date | None:
        """The date typed, or None when empty or not a real date."""
        return _parse(self.line.text())

    def set_day(self, day: date | None) -> None:
        self.line.setText("" if day is None else day.isoformat())

    def clear(self) -> None:
        self.line.clear()

    def _show_typed(self) -> None:
        typed = self.day()
        if typed is not None:
            self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))

    def _picked(self, picked: QDate) -> None:
        self.set_day(date(picked.year(), picked.month(), picked.day()))
        self.menu.hide()
        self.line.setFocus()
