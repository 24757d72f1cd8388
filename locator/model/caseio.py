"""Case <-> plain dict (JSON), with validation that names the field.

Each field is read by the converter of its declared kind (:data:`_FROM_JSON`,
:mod:`locator.model.fieldinfo`). ``case_from_dict`` collects every problem before failing, so a
form or a JSON file gets all its messages at once. Messages never repeat the value typed:
they may reach a terminal or a log, and case data stays in the vault.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from locator.model.cases import (
    CASE_FIELDS,
    KEPT_FIELDS,
    LAWYER_INFO,
    SCALAR_FIELDS,
    AttemptOutcome,
    Case,
    Contact,
    ContactRole,
    Decision,
    DecisionKind,
    DeportationAttempt,
    Lawyer,
    NotificationMethod,
    Tristate,
)
from locator.model.countries import normalise_country
from locator.model.dates import (
    PartialDate,
    brussels_minute,
    format_local,
    not_in_future,
    parse_date,
    parse_datetime,
    to_utc,
    today_brussels,
    utc_now,
)
from locator.model.errors import FieldError, ValidationFailed
from locator.model.fieldinfo import FieldInfo, Kind, require_every_kind
from locator.model.phones import normalise_phone

E = TypeVar("E", bound=StrEnum)

#: keys of an export that are not facts people give: ignored when reading
READ_ONLY_KEYS = frozenset({"id", *KEPT_FIELDS, "events", "deadlines", "attachments",
                            "display_name"})
MAX_TEXT = 1_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_REFERENCE = re.compile(r"^[\w ./-]*$")
_DAY_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Collector:
    """Runs conversions, keeping every FieldError instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except FieldError as err:
            self.errors.append(err)


def _text(value: Any, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(field, "must be text")
    if len(value) > MAX_TEXT:
        raise FieldError(field, "is too long (at most one million characters)")
    return value.strip()


def _enum(kind: type[E], value: Any, field: str) -> E:
    if value is None or value == "":
        return next(iter(kind))
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise FieldError(field, "choose one of: {choices}", choices=choices) from None


def _opt(value: Any, field: str, parse: Callable[[str, str], Any]) -> Any:
    if value is None or value == "":
        return None
    return parse(_text(value, field), field)


def _past_date(value: Any, field: str, now: datetime) -> date | None:
    day: date | None = _opt(value, field, parse_date)
    if day is not None:
        not_in_future(day, field, now)
    return day


def _past_datetime(value: Any, field: str, now: datetime) -> datetime | None:
    moment: datetime | None = _opt(value, field, parse_datetime)
    if moment is not None:
        not_in_future(today_brussels(moment), field, now)
    return moment


def _partial(value: Any, field: str, now: datetime) -> PartialDate | None:
    partial: PartialDate | None = _opt(value, field, PartialDate.parse)
    if partial is not None:
        not_in_future(partial.earliest(), field, now)
    return partial


def _email(value: Any, field: str) -> str:
    text = _text(value, field)
    if text and not _EMAIL.match(text):
        raise FieldError(field, "this is not an email address (it needs a @ and a domain)")
    return text


def _text_list(value: Any, field: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [part for part in re.split(r"[\n,;]", value)]
    if not isinstance(value, list):
        raise FieldError(field, "must be a list of text")
    out: list[str] = []
    for index, item in enumerate(value):
        text = _text(item, f"{field}[{index}]")
        if text and text not in out:
            out.append(text)
    return out


def _reference(value: Any, field: str) -> str:
    text = _text(value, field)
    if not _REFERENCE.match(text):
        raise FieldError(field, "use only letters, digits, spaces, / . and -")
    return text


def _centre(value: Any, field: str) -> str:
    text = _text(value, field)
    return "" if text.lower() == "unknown" else text


def _country(value: Any, field: str) -> str:
    return normalise_country(_text(value, field), field)


def _phone(value: Any, field: str) -> str:
    return normalise_phone(_text(value, field), field)


#: reads one field: (its declaration, the JSON value, the field's path, now) → its value
Converter = Callable[[FieldInfo, Any, str, datetime], Any]


def _plain(convert: Callable[[Any, str], Any]) -> Converter:
    return lambda _info, value, field, _now: convert(value, field)


def _past(convert: Callable[[Any, str, datetime], Any]) -> Converter:
    return lambda _info, value, field, now: convert(value, field, now)


def _enum_of(info: FieldInfo, value: Any, field: str, _now: datetime) -> StrEnum:
    assert info.enum is not None  # FieldInfo checks it
    return _enum(info.enum, value, field)


#: JSON value → field value, one converter per kind
_FROM_JSON: dict[Kind, Converter] = {
    Kind.TEXT: _plain(_text), Kind.LONG_TEXT: _plain(_text),
    Kind.TEXT_LIST: _plain(_text_list), Kind.REFERENCE: _plain(_reference),
    Kind.DATE: _past(_past_date), Kind.PARTIAL_DATE: _past(_partial),
    Kind.DATETIME: _past(_past_datetime), Kind.ENUM: _enum_of,
    Kind.COUNTRY: _plain(_country), Kind.CENTRE: _plain(_centre),
    Kind.PHONE: _plain(_phone), Kind.EMAIL: _plain(_email),
}
require_every_kind(_FROM_JSON, "locator.model.caseio (reading JSON)")


def field_from_json(info: FieldInfo, value: Any, field: str, now: datetime) -> Any:
    """The value of one declared field from JSON-like data; raises a FieldError naming
    ``field`` (its path: ``arrest_date``, ``lawyer.email``)."""
    return _FROM_JSON[info.kind](info, value, field, now)


def _record(value: Any, field: str, allowed: Collection[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FieldError(field, "must be an object with named fields")
    for key in value:
        if key not in allowed:
            raise FieldError(f"{field}.{key}", "is not a field we know")
    return value


def _id(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise FieldError(field, "must be a whole number")
    return value


def _lawyer(value: Any, now: datetime, out: _Collector) -> Lawyer:
    data = _record(value or {}, "lawyer", LAWYER_INFO)
    lawyer = Lawyer()

    def put(name: str, info: FieldInfo) -> None:
        out.run(lambda: setattr(lawyer, name, field_from_json(
            info, data.get(name), f"lawyer.{name}", now)))

    for name, info in LAWYER_INFO.items():
        put(name, info)
    return lawyer


def _items(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise FieldError(field, "must be a list")
    return value


def _contact(value: Any, field: str, out: _Collector) -> Contact:
    data = _record(value, field, {f.name for f in fields(Contact)})
    item = Contact()

    def phones() -> None:
        raw = data.get("phones")
        raw = [raw] if isinstance(raw, str) else (raw or [])
        if not isinstance(raw, list):
            raise FieldError(f"{field}.phones", "must be a list of phone numbers")
        found = [normalise_phone(_text(p, f"{field}.phones[{i}]"), f"{field}.phones[{i}]")
                 for i, p in enumerate(raw)]
        item.phones = [p for p in found if p]

    out.run(lambda: setattr(item, "name", _text(data.get("name"), f"{field}.name")))
    out.run(lambda: setattr(item, "role", _enum(ContactRole, data.get("role"), f"{field}.role")))
    out.run(phones)
    out.run(lambda: setattr(item, "email", _email(data.get("email"), f"{field}.email")))
    out.run(lambda: setattr(item, "id", _id(data.get("id"), f"{field}.id")))
    return item


def _decision(value: Any, field: str, now: datetime, out: _Collector) -> Decision:
    data = _record(value, field, {f.name for f in fields(Decision)})
    item = Decision()

    def notified() -> None:
        raw = data.get("notified_at")
        moment = _past_datetime(raw, f"{field}.notified_at", now)
        if moment is None:
            raise FieldError(f"{field}.notified_at", "the date of notification is needed")
        known = data.get("notified_time_known", True)
        if not isinstance(known, bool):
            raise FieldError(f"{field}.notified_time_known", "must be true or false")
        # a day without a time (2026-12-01) says by itself that the time is not known
        if not known or (isinstance(raw, str) and _DAY_ONLY.fullmatch(raw.strip())):
            item.notified_at = to_utc(datetime.combine(today_brussels(moment), time(0)))
            item.notified_time_known = False
        else:
            item.notified_at = moment

    out.run(lambda: setattr(item, "kind", _enum(DecisionKind, data.get("kind"), f"{field}.kind")))
    out.run(notified)
    out.run(lambda: setattr(item, "annexe", _text(data.get("annexe"), f"{field}.annexe")))
    out.run(lambda: setattr(item, "notification_method", _enum(
        NotificationMethod, data.get("notification_method"), f"{field}.notification_method")))
    out.run(lambda: setattr(item, "earlier_removal", _enum(
        Tristate, data.get("earlier_removal"), f"{field}.earlier_removal")))
    out.run(lambda: setattr(item, "subsequent_asylum_in_detention", _enum(
        Tristate, data.get("subsequent_asylum_in_detention"),
        f"{field}.subsequent_asylum_in_detention")))
    out.run(lambda: setattr(item, "note", _text(data.get("note"), f"{field}.note")))
    out.run(lambda: setattr(item, "attachment_id",
                            _id(data.get("attachment_id"), f"{field}.attachment_id")))
    out.run(lambda: setattr(item, "id", _id(data.get("id"), f"{field}.id")))
    return item


def _attempt(value: Any, field: str, now: datetime, out: _Collector) -> DeportationAttempt:
    data = _record(value, field, {f.name for f in fields(DeportationAttempt)})
    item = DeportationAttempt()
    out.run(lambda: setattr(item, "date", _past_date(data.get("date"), f"{field}.date", now)))
    out.run(lambda: setattr(item, "flight", _text(data.get("flight"), f"{field}.flight")))
    out.run(lambda: setattr(item, "destination",
                            _text(data.get("destination"), f"{field}.destination")))
    out.run(lambda: setattr(item, "outcome",
                            _enum(AttemptOutcome, data.get("outcome"), f"{field}.outcome")))
    out.run(lambda: setattr(item, "note", _text(data.get("note"), f"{field}.note")))
    out.run(lambda: setattr(item, "id", _id(data.get("id"), f"{field}.id")))
    return item


def _nested(name: str, value: Any, now: datetime, out: _Collector) -> list[Any]:
    items: list[Any] = []
    for index, raw in enumerate(_items(value, name)):
        field = f"{name}[{index}]"
        try:
            if name == "contacts":
                items.append(_contact(raw, field, out))
            elif name == "decisions":
                items.append(_decision(raw, field, now, out))
            else:
                items.append(_attempt(raw, field, now, out))
        except FieldError as err:
            out.errors.append(err)
    return items


def case_from_dict(
    data: Mapping[str, Any],
    base: Case | None = None,
    *,
    centres: Collection[str] | None = None,
    now: datetime | None = None,
) -> Case:
    """Build a case from JSON-like data, over ``base`` when updating.

    Keys absent from ``data`` keep the value of ``base``. Raises
    :class:`ValidationFailed` listing every invalid field; ``base`` is never changed.
    """
    now = now or utc_now()
    case = copy.deepcopy(base) if base is not None else Case()
    out = _Collector()
    if not isinstance(data, Mapping):
        raise ValidationFailed([FieldError("case", "must be a JSON object with named fields")])
    for key, value in data.items():
        if key in READ_ONLY_KEYS:
            continue
        try:
            if key in SCALAR_FIELDS:
                setattr(case, key, field_from_json(CASE_FIELDS[key], value, key, now))
            elif key == "lawyer":
                case.lawyer = _lawyer(value, now, out)
            elif key in {"contacts", "decisions", "deportation_attempts"}:
                setattr(case, key, _nested(key, value, now, out))
            else:
                out.errors.append(FieldError(str(key), "is not a field we know"))
        except FieldError as err:
            out.errors.append(err)
    out.errors.extend(check_case(case, centres=centres))
    if out.errors:
        raise ValidationFailed(out.errors)
    return case


def check_case(case: Case, *, centres: Collection[str] | None = None) -> list[FieldError]:
    """Rules that involve more than one field."""
    errors: list[FieldError] = []
    if not any((case.alias, case.registered_last_name, case.registered_first_name,
                case.real_name)):
        errors.append(FieldError("alias", "give at least an alias or a name"))
    if centres is not None and case.centre and case.centre not in centres:
        errors.append(FieldError("centre", "not a centre in the directory; choose one or unknown"))
    if case.arrest_date and case.centre_since and case.centre_since < case.arrest_date:
        errors.append(FieldError("centre_since", "cannot be before the date of arrest"))
    for index, decision in enumerate(case.decisions):
        notified = decision.notified_at
        if case.arrest_date and notified and today_brussels(notified) < case.arrest_date:
            errors.append(FieldError(f"decisions[{index}].notified_at",
                                     "cannot be before the date of arrest"))
    return errors


def _json_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return format_local(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _json_value(getattr(value, f.name)) for f in fields(value)}
    return value


def notified_text(decision: Decision) -> str:
    """A decision's notification as typed in a form: ``2026-12-01 09:10`` (Belgian time), or
    ``2026-12-01`` when only the day is known (a time the user did not give is never
    shown); "" when not notified."""
    if decision.notified_at is None:
        return ""
    if not decision.notified_time_known:
        return today_brussels(decision.notified_at).isoformat()
    return brussels_minute(decision.notified_at)


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as JSON-ready data, under the canonical field names."""
    out: dict[str, Any] = {"id": case.id}
    out.update({f.name: _json_value(getattr(case, f.name)) for f in fields(case)})
    return out
