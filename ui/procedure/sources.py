"""Public facts of centres.yaml in plain words: who says so, how old, which number this is.

No source tag, id or "undated source" reaches the screen: the person calling reads "the
Immigration Office's number" and, in the folded part, "Not confirmed: found only in the
Getting the Voice Out guide". The full titles and addresses of the sources are in the
tooltips.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from locator.centres.load import Phone, Provenance, Publisher
from locator.model.dates import PartialDate
from ui.common.i18n import translate


def publisher_name(publisher: Publisher) -> str:
    """``the Immigration Office`` / ``Getting the Voice Out``."""
    return {Publisher.IMMIGRATION_OFFICE: translate("CentreFacts", "the Immigration Office"),
            Publisher.GVO: translate("CentreFacts", "Getting the Voice Out")}[publisher]


def said_by(provenance: Provenance) -> str:
    """Who says so: ``according to the Immigration Office``, ``according to Getting the
    Voice Out``, else ``according to other published pages``."""
    for publisher in (Publisher.IMMIGRATION_OFFICE, Publisher.GVO):
        if provenance.published_by(publisher):
            return translate("CentreFacts", "according to {who}").format(
                who=publisher_name(publisher))
    return translate("CentreFacts", "according to other published pages")


def partial_date_words(when: PartialDate) -> str:
    """``2025`` / ``November 2025`` / ``3 November 2025``, in the app's language."""
    if when.month is None:
        return str(when.year)
    day = QDate(when.year, when.month, when.day or 1)
    return QLocale().toString(day, "d MMMM yyyy" if when.day else "MMMM yyyy")


def day_words(day: date) -> str:
    """``3 December 2026``, in the app's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def fact_age(provenance: Provenance) -> str:
    """How old a public fact is: ``as of November 2025``, or that its page gives no date."""
    if provenance.date is not None:
        return translate("CentreFacts", "as of {date}").format(
            date=partial_date_words(provenance.date))
    if provenance.not_before is not None:
        return translate("CentreFacts", "the page gives no date; written after {date}").format(
            date=partial_date_words(provenance.not_before))
    return translate("CentreFacts", "the page gives no date")


def sources_tooltip(provenance: Provenance) -> str:
    """The sources in full (titles and addresses), for a tooltip."""
    lines = [translate("CentreFacts", "Where this comes from:")]
    for source in provenance.sources:
        lines.append(f"• {source.title}" + (f"\n  {source.url}" if source.url else ""))
    lines.append(fact_age(provenance))
    return "\n".join(lines)


def phone_name(phone: Phone) -> str:
    """What an official number is, in plain words: ``the Immigration Office's number``."""
    if phone.provenance.published_by(Publisher.IMMIGRATION_OFFICE):
        name = translate("CentreFacts", "the Immigration Office's number")
    else:
        name = translate("CentreFacts", "an official number")
    if phone.label:
        name += f" ({translate('centres', phone.label)})"
    return name


__all__ = ["day_words", "fact_age", "partial_date_words", "phone_name", "publisher_name",
           "said_by", "sources_tooltip"]
