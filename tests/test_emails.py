"""The procedure's emails: content per action, consent checks, exact characters, mailto URLs
that carry the address and a subject naming nobody, never the text."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from string import Formatter
from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest

from locator.brief import emails
from locator.brief.case import centre_name
from locator.brief.content import build_brief
from locator.brief.emails import ACTIONS, GVO_EMAIL, Blocker, blocker, compose
from locator.brief.text import brief_text
from locator.model.caseio import case_from_dict
from locator.model.cases import Case, Event, EventKind
from locator.model.events import EmailPurpose, Handover, Recipient
from locator.procedure.guide import load_procedure
from tests.helpers import HOSTILE

ARABIC = "محمد عبد الرحمن"
EMOJI = "Sami 🙂‍↔️ 👨🏾‍🦱"


def a_case(**extra: object) -> Case:
    data: dict[str, object] = {
        "alias": f"{EMOJI} {HOSTILE}", "registered_last_name": "Haile",
        "registered_first_name": "ተስፋይ", "real_name": ARABIC, "nationality_recorded": "ER",
        "status": "detained", "centre": "vottem", "centre_since": "2026-11-20",
        "oe_number": "8.123.456", "consent_share_gvo": "yes", "consent_share_lawyer": "yes",
        "lawyer": {"name": "Maître Dupont", "email": "dupont@example.org"},
        "deportation_attempts": [{"date": "2026-11-21", "flight": "SN 123 & co",
                                  "destination": "Asmara", "outcome": "refused_boarding"}]}
    data.update(extra)
    return case_from_dict(data)


def call(centre: str, answer: str, day: int, event_id: int | None = None) -> Event:
    return Event(EventKind.CALL, datetime(2026, 11, day, 9, 30, tzinfo=UTC), id=event_id,
                 data={"centre": centre, "number": "+3227195011", "answer": answer})


def test_every_email_action_of_the_procedure_can_be_composed() -> None:
    actions = {a for step in load_procedure().steps for a in step.actions
               if a.startswith("email_")}
    assert actions == set(ACTIONS)
    case = a_case()
    for action, (recipient, purpose) in ACTIONS.items():
        email = compose(action, case, centre_name=centre_name)
        assert (email.recipient, email.purpose) == (recipient, purpose)
        assert email.to == (GVO_EMAIL if recipient is Recipient.GVO else "dupont@example.org")
        assert email.subject and "\n" not in email.subject
        assert email.body.endswith("\n") and "HAILE ተስፋይ" in email.body
        # copying or opening the mail program only prepares it (issue 13: prepared is not sent)
        assert email.prepared(Handover.COPIED).to_data() == {
            "to": recipient.value, "purpose": purpose.value, "state": "prepared",
            "how": "copied"}
    with pytest.raises(KeyError):
        compose("log_visit", case)


def test_markup_arabic_and_emoji_are_kept_exactly() -> None:
    case = a_case(other_spellings=["<img src=x onerror=alert(1)>", "Mohamed"])
    email = compose("email_gvo_alias", case, centre_name=centre_name)
    assert f"{EMOJI} {HOSTILE}" in email.body
    assert "<img src=x onerror=alert(1)>, Mohamed" in email.body
    assert "&lt;" not in email.body and "&amp;" not in email.body
    assert ARABIC in email.body  # the real identity line: the real name is known
    detained = compose("email_gvo_detained", case, centre_name=centre_name)
    assert detained.subject == "We know where someone is held"
    assert "HAILE ተስፋይ" in detained.body and "Centre pour illégaux de Vottem" in detained.body
    assert "SN 123 & co" in compose("email_lawyer_flight", case).body


def test_mailto_url_holds_the_address_and_a_subject_naming_nobody() -> None:
    """The link goes to another program's command line and messages: no body, nothing
    from the case but the recipient's address, and short at any length of case."""
    long_notes = "x" * 20_000
    for action in ACTIONS:
        case = a_case(phone_in_centre="0470 12 34 56", notes=long_notes,
                      other_spellings=["Mohamed", "Muhammad"], case_language="fr")
        email = compose(action, case, centre_name=centre_name)
        url = email.mailto
        assert url.startswith(f"mailto:{quote(email.to, safe='@')}?subject=")
        assert not re.search(r"[\s<>\"#&]", url) and url.count("?") == 1 and len(url) < 200
        query = parse_qs(urlsplit(url).query, keep_blank_values=True)
        assert query == {"subject": [email.subject]}
        for leak in ("HAILE", "Haile", "ተስፋይ", ARABIC, "Sami", "Vottem", "vottem", "8.123.456",
                     "470", "2026", "Asmara", "SN 123", "Dupont", "%E1%89%B0"):
            assert leak not in unquote(url) and leak not in url, (action, leak)
        assert "HAILE ተስፋይ" in email.body  # the text is whole, for the clipboard


def test_subjects_name_nobody() -> None:
    for key, texts in emails._T.items():
        if key.startswith("subject."):
            assert all("{" not in text for text in texts), key


def test_consent_blocks_and_names_the_field_to_fill_in() -> None:
    case = a_case(consent_share_gvo="not_asked", consent_share_lawyer="no")
    assert blocker(case, Recipient.GVO) == Blocker("consent", "consent_share_gvo", "not_asked")
    assert blocker(case, Recipient.LAWYER) == Blocker("consent", "consent_share_lawyer", "no")
    assert blocker(a_case(), Recipient.GVO) is None
    assert blocker(a_case(), Recipient.LAWYER) is None
    no_address = a_case(lawyer={"name": "Maître Dupont"})
    assert blocker(no_address, Recipient.LAWYER) == Blocker("no_address", "lawyer_email")


def test_alias_email_lists_the_calls_made_and_leaves_blanks_to_fill_in() -> None:
    case = case_from_dict({"alias": "Yusuf", "status": "missing",
                           "last_contact_at": "2026-11-18T10:00"})
    events = [call("caricole", "not_found", 20, 1), call("vottem", "found", 20, 2),
              Event(EventKind.CORRECTION, datetime(2026, 11, 20, 10, tzinfo=UTC), corrects=2,
                    data={})]
    email = compose("email_gvo_alias", case, events=events, centre_name=centre_name)
    assert email.subject == "Looking for someone: can you cross-reference?"
    assert "Name friends use: Yusuf" in email.body
    assert "Last contact (Brussels time): 2026-11-18 10:00" in email.body
    assert "- Centre de transit Caricole, 2026-11-20 10:30: not found" in email.body
    assert "Vottem" not in email.body  # a corrected call no longer counts
    assert email.body.count("(please fill in)") == 3
    assert "Nationality" not in email.body  # unknown facts are left out, not "unknown"


def test_language_follows_the_case_and_can_be_chosen() -> None:
    french = compose("email_gvo_outcome", a_case(case_language="fr", status="released"),
                     centre_name=centre_name)
    assert french.lang == "fr" and french.body.startswith("Bonjour GVO,")
    assert "Situation : libéré" in french.body
    assert french.subject == "Nouvelles d’une personne dont nous vous avons parlé"
    dutch = compose("email_gvo_flight_support", a_case(), lang="nl")
    assert dutch.body.startswith("Hallo GVO,") and "Vluchten en uitzettingspogingen:" in dutch.body
    with pytest.raises(ValueError):
        compose("email_gvo_alias", a_case(), lang="de")


def test_outcome_says_when_the_status_changed() -> None:
    case = a_case(status="deported")
    change = Event(EventKind.STATUS_CHANGE, datetime(2026, 11, 22, 23, 30, tzinfo=UTC),
                   data={"from": "detained", "to": "deported"})
    email = compose("email_gvo_outcome", case, events=[change])
    assert "Situation: deported (on 2026-11-23)" in email.body  # Brussels date
    assert "- 2026-11-21: flight SN 123 & co to Asmara: refused to board" in email.body


def test_lawyer_request_is_the_lawyer_brief() -> None:
    case = a_case()
    brief = build_brief(case, centre_name=centre_name, lang="en")
    email = compose("email_gvo_lawyer", case, brief=brief)
    assert email.to == GVO_EMAIL and email.purpose is EmailPurpose.LAWYER_REQUEST
    assert (email.subject, email.body) == ("Request for a lawyer", brief_text(brief))


def test_flight_email_greets_the_lawyer_by_name() -> None:
    email = compose("email_lawyer_flight", a_case())
    assert email.body.startswith("Dear Maître Dupont,")
    assert email.subject.startswith("URGENT")
    assert compose("email_lawyer_flight", a_case(lawyer={"email": "x@example.org"})
                   ).body.startswith("Hello,")


def test_every_text_exists_in_three_languages_with_the_same_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name}

    for key, texts in emails._T.items():
        assert len(texts) == 3 and all(texts), key
        assert fields(texts[0]) == fields(texts[1]) == fields(texts[2]), key


def test_missing_person_alias_email_is_a_soft_block_only() -> None:
    from locator.brief.emails import blocker
    from locator.model.caseio import case_from_dict
    from locator.model.events import EmailPurpose, Recipient

    missing = case_from_dict({"alias": "Sami", "status": "missing"})
    soft = blocker(missing, Recipient.GVO, EmailPurpose.ALIAS_CROSS_REFERENCE)
    assert soft is not None and soft.soft
    refused = case_from_dict({"alias": "Sami", "status": "missing", "consent_share_gvo": "no"})
    hard = blocker(refused, Recipient.GVO, EmailPurpose.ALIAS_CROSS_REFERENCE)
    assert hard is not None and not hard.soft  # a "no" is always respected
    located = case_from_dict({"alias": "Sami", "status": "detained"})
    other = blocker(located, Recipient.GVO, EmailPurpose.DETAINED_AT)
    assert other is not None and not other.soft
