"""Words shown for the core's values (enums, field names), through Qt translation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType

from locator.model.cases import (
    AttemptOutcome,
    CaseLanguage,
    Consent,
    ContactRole,
    DecisionKind,
    EventKind,
    NotificationMethod,
    Sex,
    Status,
    Tristate,
)
from ui.common.i18n import translate, translators_generation


def enum_labels(kind: type[StrEnum]) -> Mapping[str, str]:
    """value → shown text, in the enum's order (context ``labels``); made once per language
    (a sort of 50,000 cases by status asks for it once per row)."""
    key = (kind, translators_generation())
    found = _made.get(key)
    if found is None:
        if len(_made) > 4 * len(_TABLES):  # languages switched (tests): forget the old ones
            _made.clear()
        found = _made[key] = MappingProxyType(_TABLES[kind]())
    return found


_made: dict[tuple[type[StrEnum], int], Mapping[str, str]] = {}


def _status() -> dict[str, str]:
    return {
        "missing": translate("labels", "Missing"),
        "at_police_station": translate("labels", "At a police station"),
        "detained": translate("labels", "Detained in a centre"),
        "released": translate("labels", "Released"),
        "deported": translate("labels", "Deported"),
        "transferred": translate("labels", "Transferred"),
        "unknown": translate("labels", "Unknown"),
    }


def _consent() -> dict[str, str]:
    return {"not_asked": translate("labels", "Not asked yet"),
            "yes": translate("labels", "Yes"), "no": translate("labels", "No")}


def _case_language() -> dict[str, str]:
    return {"unknown": translate("labels", "Not known yet"),
            "fr": translate("labels", "French"), "nl": translate("labels", "Dutch")}


def _decision_kind() -> dict[str, str]:
    return {
        "oqt": translate("labels", "Order to leave (OQT, e.g. annexe 13 or 13septies)"),
        "detention": translate("labels", "Detention decision"),
        "removal": translate("labels", "Removal measure with imminent execution"),
        "dublin_transfer": translate("labels", "Dublin transfer (annexe 26quater)"),
        "dublin_detention": translate("labels",
                                      "Dublin: detention while another country is asked"),
        "dublin_acceptance": translate(
            "labels", "Dublin: the other country accepted (date on the annexe 26quater)"),
        "asylum_refusal": translate("labels", "Asylum refused"),
        "entry_refusal": translate("labels", "Entry refused"),
        "detention_extension": translate("labels",
                                         "Detention extended: first extension (2 months)"),
        "detention_extension_second": translate(
            "labels", "Detention extended again: second extension (1 month, by the minister)"),
        "detention_extension_public_order": translate(
            "labels", "Detention extended beyond 5 months (public order or national security)"),
        "entry_ban": translate("labels", "Entry ban (annexe 13sexies)"),
        "chamber_order": translate("labels", "Council chamber's order on the detention"),
        "indictment_chamber": translate("labels",
                                        "Chamber of indictment's decision on the detention"),
        "cce_judgment": translate("labels", "Judgment of the CCE/RvV"),
        "fr_oqtf_cra": translate("labels", "France: OQTF in a detention centre (CRA)"),
        "fr_oqtf_house_arrest_prison": translate("labels",
                                                 "France: OQTF with house arrest or in prison"),
        "fr_retention_placement": translate("labels",
                                            "France: placement in a detention centre (CRA)"),
        "fr_judge_order": translate("labels", "France: the judge's order on the detention"),
        "fr_oqtf_cra_placement": translate(
            "labels", "France: OQTF notified earlier, still open when placed in a CRA"),
        "fr_dublin_transfer_cra": translate(
            "labels", "France: Dublin transfer decision in a detention centre (CRA)"),
        "other": translate("labels", "Other decision"),
    }


def _notification_method() -> dict[str, str]:
    return {"hand": translate("labels", "Handed over"),
            "registered": translate("labels", "Registered letter with acknowledgment of receipt"),
            "registered_no_ack": translate("labels",
                                           "Registered letter without acknowledgment of receipt"),
            "post": translate("labels", "Ordinary post")}


def _tristate() -> dict[str, str]:
    return {"unknown": translate("labels", "Don't know"),
            "yes": translate("labels", "Yes"), "no": translate("labels", "No")}


def _sex() -> dict[str, str]:
    return {"unknown": translate("labels", "Not known"), "male": translate("labels", "Man"),
            "female": translate("labels", "Woman")}


def _attempt_outcome() -> dict[str, str]:
    return {"unknown": translate("labels", "Not known"),
            "refused_boarding": translate("labels", "Refused to board"),
            "brought_back": translate("labels", "Brought back"),
            "deported": translate("labels", "Deported")}


def _contact_role() -> dict[str, str]:
    return {
        "other": translate("labels", "Other"), "host": translate("labels", "Host"),
        "friend": translate("labels", "Friend"), "family": translate("labels", "Family"),
        "referent": translate("labels", "Centre referent"),
        "lawyer": translate("labels", "Lawyer"),
        "fellow_detainee": translate("labels", "Fellow detainee"),
        "visitor": translate("labels", "Visitor"),
    }


def _event_kind() -> dict[str, str]:
    return {
        "created": translate("labels", "Case opened"), "call": translate("labels", "Call"),
        "visit": translate("labels", "Visit"), "email": translate("labels", "Email"),
        "message": translate("labels", "Message"),
        "status_change": translate("labels", "Status changed"),
        "decision": translate("labels", "Decision recorded"),
        "deportation_attempt": translate("labels", "Deportation attempt"),
        "note": translate("labels", "Note"), "correction": translate("labels", "Correction"),
        "attachment": translate("labels", "Attachment added"),
        "brief_sent": translate("labels", "Lawyer brief sent"),
        "step": translate("labels", "Step"), "deadline": translate("labels", "Deadline"),
        "document_read": translate("labels", "Read from a document"),
    }


_TABLES: dict[type[StrEnum], Callable[[], dict[str, str]]] = {
    Status: _status, Consent: _consent, CaseLanguage: _case_language,
    DecisionKind: _decision_kind, NotificationMethod: _notification_method,
    Tristate: _tristate, Sex: _sex, AttemptOutcome: _attempt_outcome, ContactRole: _contact_role,
    EventKind: _event_kind,
}


def label(value: StrEnum) -> str:
    return enum_labels(type(value)).get(value.value, value.value)
