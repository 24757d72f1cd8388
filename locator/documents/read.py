"""Reading one photo or scan: the machine-readable zone if it has one, else the labels of
an order or decision (a page whose labels are not an order's is searched for a zone
everywhere, turned every way, before its labels are proposed). Everything in memory;
``should_stop`` is asked between steps (a Cancel), ``progress`` told how far it got
(0 … 100)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from locator.documents.errors import ReadingCancelled
from locator.documents.forms import read_form
from locator.documents.mrz import proposals, read_zone
from locator.documents.prep import Adjust, prepared
from locator.documents.proposals import Reading


def _never() -> bool:
    return False


def _ignore(_: int) -> None:
    return None


#: no turn, no crop
AS_IT_IS = Adjust()


def read_document(data: bytes, adjust: Adjust = AS_IT_IS, *,
                  should_stop: Callable[[], bool] = _never,
                  progress: Callable[[int], None] = _ignore,
                  today: date | None = None) -> Reading:
    """The proposals a photo or scan gives, weakest first. Raises
    :class:`~locator.documents.errors.NotAnImage`, :class:`~.errors.NoTesseract`, or
    :class:`~.errors.ReadingCancelled` when ``should_stop`` said so."""

    def step(percent: int) -> None:
        if should_stop():
            raise ReadingCancelled()
        progress(percent)

    step(0)
    image = prepared(data, adjust)
    step(20)
    zone = read_zone(image, should_stop, thorough=False)
    step(50)
    if zone is not None:
        progress(100)
        return proposals(zone, today)
    form = read_form(image, should_stop, today)
    step(70)
    if form.get("decision_annexe") or form.get("decision_notified_on"):  # an order
        progress(100)
        return form
    zone = read_zone(image, should_stop, thorough=True)
    step(100)
    return proposals(zone, today) if zone is not None else form
