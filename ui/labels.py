"""Words shown for the core's values (enums, field names), through Qt translation."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from locator.cases import (
    AttemptOutcome,
    CaseLanguage,
    Consent,
    ContactRole,
    DecisionKind,
    EventKind,
    NotificationMethod,
    Status,
    Tristate,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def enum_labels(kind: type[StrEnum]) -> dict[str, str]:
    """value → shown text, in the enum's order."""
    table: dict[type[StrEnum], dict[str, str]] = {
        Status: {
            "missing": _t("Missing"), "at_police_station": _t("At a police station"),
            "detained": _t("Detained in a centre"), "released": _t("Released"),
            "deported": _t("Deported"), "transferred": _t("Transferred"),
            "unknown": _t("Unknown"),
        },
        Consent: {"not_asked": _t("Not asked yet"), "yes": _t("Yes"), "no": _t("No")},
        CaseLanguage: {"unknown": _t("Not known yet"), "fr": _t("French"), "nl": _t("Dutch")},
        DecisionKind: {
            "oqt": _t("Order to leave (OQT)"), "detention": _t("Detention decision"),
            "removal": _t("Removal measure (e.g. annexe 13septies)"),
            "dublin_transfer": _t("Dublin transfer"), "asylum_refusal": _t("Asylum refused"),
            "entry_refusal": _t("Entry refused"),
            "detention_extension": _t("Detention extended"), "other": _t("Other decision"),
        },
        NotificationMethod: {
            "hand": _t("Handed over"), "registered": _t("Registered letter (signed for)"),
            "post": _t("By post"),
        },
        Tristate: {"unknown": _t("Don't know"), "yes": _t("Yes"), "no": _t("No")},
        AttemptOutcome: {
            "unknown": _t("Not known"), "refused_boarding": _t("Refused to board"),
            "brought_back": _t("Brought back"), "deported": _t("Deported"),
        },
        ContactRole: {
            "other": _t("Other"), "host": _t("Host"), "friend": _t("Friend"),
            "family": _t("Family"), "referent": _t("Centre referent"), "lawyer": _t("Lawyer"),
            "fellow_detainee": _t("Fellow detainee"), "visitor": _t("Visitor"),
        },
        EventKind: {
            "created": _t("Case opened"), "call": _t("Call"), "visit": _t("Visit"),
            "email": _t("Email"), "message": _t("Message"),
            "status_change": _t("Status changed"), "decision": _t("Decision recorded"),
            "deportation_attempt": _t("Deportation attempt"), "note": _t("Note"),
            "correction": _t("Correction"), "attachment": _t("Attachment added"),
            "brief_sent": _t("Lawyer brief sent"), "step": _t("Step"),
            "deadline": _t("Deadline"),
        },
    }
    return table[kind]


def label(value: StrEnum) -> str:
    return enum_labels(type(value)).get(value.value, value.value)
