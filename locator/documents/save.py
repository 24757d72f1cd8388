"""Saving what a person accepted from a document: the case's fields through the vault's
normal save (field by field, validated as typed values are), a new decision when the
paper is one, and a timeline entry saying the values came from the document."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from locator.model.caseio import case_from_dict
from locator.model.cases import SCALAR_FIELDS, Case, Decision, DecisionKind, NotificationMethod
from locator.model.dates import start_of_day_brussels, to_utc
from locator.model.errors import FieldError, ValidationFailed
from locator.model.events import DocumentRead, record
from locator.storage.vault import Vault

#: the kind of decision an annexe is (resources/decision_timers.yaml starts its timers)
ANNEXE_KINDS = {"13": DecisionKind.OQT, "13septies": DecisionKind.OQT,
                "13sexies": DecisionKind.ENTRY_BAN, "26quater": DecisionKind.DUBLIN_TRANSFER,
                "11": DecisionKind.ENTRY_REFUSAL, "11ter": DecisionKind.ENTRY_REFUSAL}
_METHODS = {"hand": NotificationMethod.HAND, "registered": NotificationMethod.REGISTERED_ACK}


def _decision(values: Mapping[str, str], attachment_id: int) -> Decision | None:
    annexe = values.get("decision_annexe", "")
    notified = values.get("decision_notified_on", "")
    if not annexe and not notified:
        return None
    decision = Decision(kind=ANNEXE_KINDS.get(annexe, DecisionKind.OTHER), annexe=annexe,
                        attachment_id=attachment_id)
    if notified:
        try:
            day = date.fromisoformat(notified)
        except ValueError:
            raise ValidationFailed([FieldError("decision_notified_on",
                                               "write the date as YYYY-MM-DD")]) from None
        decision.notified_at = to_utc(start_of_day_brussels(day))
        decision.notified_time_known = False
    method = values.get("decision_notification_method", "")
    if method in _METHODS:
        decision.notification_method = _METHODS[method]
    return decision


def save_accepted(vault: Vault, case_id: int, attachment_id: int, document: str,
                  values: Mapping[str, str], corrected: Collection[str] = ()) -> Case:
    """Write the accepted ``values`` (field → text, as proposed or corrected) on the case,
    then the timeline entry. Raises :class:`ValidationFailed` (naming the field) and saves
    nothing when a value cannot be a value of its field."""
    current = vault.get_case(case_id)
    scalars = {k: v for k, v in values.items() if k in SCALAR_FIELDS}
    case = case_from_dict(scalars, current)
    decision = _decision(values, attachment_id)
    if decision is not None:
        case.decisions.append(decision)
    saved = vault.save_case(case)
    payload = DocumentRead(attachment_id, document, tuple(values.items()),
                           tuple(c for c in corrected if c in values))
    record(vault, case_id, payload)
    return saved
