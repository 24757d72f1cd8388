"""The lawyer brief's content model: order, values, missing items, labels."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from locator.brief.content import (
    DEADLINE_ACTIONS,
    KEY_FIELDS,
    MAX_VALUE_CHARS,
    TIMELINE_LENGTH,
    BriefDeadline,
    Writer,
    brief_language,
    build_brief,
)
from locator.brief.labels import LABELS, LANGUAGES, label
from locator.deadlines.timers import DeadlineState
from locator.model.caseio import case_from_dict
from locator.model.cases import (
    AttemptOutcome,
    Case,
    CaseLanguage,
    Consent,
    ContactRole,
    DecisionKind,
    Event,
    EventKind,
    NotificationMethod,
    Status,
)
from locator.model.events import Answer, EmailPurpose, Mark, Recipient

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
CENTRES = {"caricole": "Caricole", "127bis": "Centre 127 bis"}
UNKNOWN = {
    "en": "unknown — ask at the next visit",
    "fr": "inconnu — à demander lors de la prochaine visite",
    "nl": "onbekend — vragen bij het volgende bezoek",
}


def make_case(**changes: Any) -> Case:
    data: dict[str, Any] = {
        "alias": "Momo",
        "registered_last_name": "Abdullahi",
        "registered_first_name": "Mohammed",
        "real_name": "Mohamed Abdallah",
        "nationality_recorded": "SD",
        "nationality_real": "ER",
        "birth_date_recorded": "1995-01-01",
        "birth_date_real": "1994-05",
        "oe_number": "8.123.456",
        "case_language": "fr",
        "arrest_date": "2026-03-02",
        "arrest_place": "Gare du Nord, Bruxelles",
        "centre": "caricole",
        "centre_since": "2026-03-03",
        "phone_in_centre": "+32470123456",
        "consent_lawyer": "yes",
        "consent_lawyer_asked_on": "2026-03-05",
        "consent_share_gvo": "yes",
        "consent_share_lawyer": "no",
        "languages": ["Tigrinya", "عربي 🙂"],
        "decisions": [
            {"kind": "detention", "notified_at": "2026-03-04T10:00"},
            {"kind": "oqt", "annexe": "13septies", "notified_at": "2026-03-03T11:15",
             "notification_method": "hand"},
        ],
    }
    data.update(changes)
    return case_from_dict(data, now=NOW)


def centre_name(centre_id: str, lang: str) -> str:
    return f"{CENTRES.get(centre_id, centre_id)} [{lang}]"


def test_key_items_come_in_the_lawyers_order_with_the_stored_values() -> None:
    brief = build_brief(make_case(), centre_name=centre_name, lang="en", now=NOW)
    assert [i.field for i in brief.key_items] == list(KEY_FIELDS) == [
        "registered_last_name", "nationality_recorded", "centre", "oe_number",
        "birth_date_recorded", "arrest_date", "arrest_place", "case_language", "languages"]
    assert [i.number for i in brief.key_items] == list(range(1, 10))
    assert [i.lines for i in brief.key_items] == [
        ("ABDULLAHI Mohammed",),
        ("Sudan", "Real identity: name Mohamed Abdallah · nationality Eritrea · "
                  "date of birth 1994-05"),
        ("Caricole [en]",
         "Detained since 2026-03-04 (the detention decision was notified that day)",
         "Found there on 2026-03-03"),
        ("8.123.456",), ("1995-01-01",), ("2026-03-02",), ("Gare du Nord, Bruxelles",),
        ("French",), ("Tigrinya, عربي 🙂",),
    ]
    assert all(i.known for i in brief.key_items)
    assert brief.completeness == (9, 9, [])


def test_language_follows_the_case_and_can_be_overridden() -> None:
    case = make_case()
    assert brief_language(case) == "fr"
    french = build_brief(case, centre_name=centre_name, now=NOW)
    assert french.lang == "fr"
    assert french.key_items[1].lines[0] == "Soudan"
    assert french.key_items[2].lines[0] == "Caricole [fr]"
    assert french.key_items[2].lines[2] == "Retrouvé·e dans ce centre le 2026-03-03"
    assert french.key_items[7].lines == ("français",)
    dutch = build_brief(make_case(case_language="nl"), centre_name=centre_name, now=NOW)
    assert dutch.lang == "nl" and dutch.key_items[7].lines == ("Nederlands",)
    assert dutch.key_items[1].lines[0] == "Soedan"
    unknown_language = make_case(case_language="unknown")
    assert brief_language(unknown_language) == "en"
    assert brief_language(unknown_language, "nl") == "nl"  # the window's language
    assert build_brief(unknown_language, default_lang="fr", now=NOW).lang == "fr"
    assert build_brief(unknown_language, now=NOW).lang == "en"
    assert build_brief(case, lang="nl", now=NOW).lang == "nl"
    with pytest.raises(ValueError):
        build_brief(case, lang="de", now=NOW)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_missing_key_item_says_ask_at_the_next_visit(lang: str) -> None:
    brief = build_brief(Case(alias="Momo"), lang=lang, now=NOW)
    unknown = UNKNOWN[lang]
    assert brief.unknown == unknown
    for item in brief.key_items:
        assert not item.known
        assert item.lines[0] == unknown
    # The real identity is part of item 2 and says it is unknown too.
    assert brief.key_items[1].lines[1].endswith(unknown)
    assert brief.completeness == (0, 9, list(KEY_FIELDS))


def test_completeness_names_the_missing_fields() -> None:
    case = make_case(oe_number="", arrest_place="", centre="", centre_since=None,
                     case_language="unknown")
    known, total, missing = build_brief(case, now=NOW).completeness
    assert (known, total) == (5, 9)
    assert missing == ["centre", "oe_number", "arrest_place", "case_language"]


def test_a_first_name_alone_is_shown_but_the_item_stays_missing() -> None:
    brief = build_brief(make_case(registered_last_name=""), lang="en", now=NOW)
    item = brief.key_items[0]
    assert not item.known
    assert item.lines == (f"Mohammed (last name: {UNKNOWN['en']})",)
    assert brief.completeness[2] == ["registered_last_name"]


def test_partial_dates_print_as_they_are() -> None:
    brief = build_brief(make_case(birth_date_recorded="1990-05"), lang="en", now=NOW)
    assert brief.key_items[4].lines == ("1990-05",)
    brief = build_brief(make_case(birth_date_recorded="1990"), lang="en", now=NOW)
    assert brief.key_items[4].lines == ("1990",)


def test_centre_without_a_name_function_shows_its_id() -> None:
    brief = build_brief(make_case(centre_since=None), lang="en", now=NOW)
    assert brief.key_items[2].lines[0] == "caricole"


@pytest.mark.parametrize(("changes", "line"), [
    ({}, "Detained since 2026-03-04 (the detention decision was notified that day)"),
    ({"decisions": []},
     "Detained since 2026-03-02 (the day of the arrest; no detention decision recorded)"),
    ({"decisions": [], "arrest_date": None}, "Start of detention not known"),
])
def test_detained_since_comes_from_the_decision_or_the_arrest_never_the_day_found(
        changes: dict[str, Any], line: str) -> None:
    brief = build_brief(make_case(**changes), centre_name=centre_name, lang="en", now=NOW)
    centre = brief.key_items[2]
    assert centre.lines == ("Caricole [en]", line, "Found there on 2026-03-03")
    assert "2026-03-03" not in centre.lines[1]  # the day found is not the start
    without_found = build_brief(make_case(centre_since=None, **changes), lang="en", now=NOW)
    assert without_found.key_items[2].lines[1:] == (line,)


def test_languages_spoken_are_a_key_fact_with_their_own_label() -> None:
    item = build_brief(make_case(), lang="fr", now=NOW).key_items[8]
    assert (item.field, item.label, item.lines) == (
        "languages", "Langues parlées (pour un interprète)", ("Tigrinya, عربي 🙂",))
    missing = build_brief(make_case(languages=[]), lang="en", now=NOW)
    assert missing.completeness[2] == ["languages"]


def test_subject_names_the_person_and_the_centre_on_one_line() -> None:
    brief = build_brief(make_case(), centre_name=centre_name, now=NOW)
    assert brief.subject == "Demande d’avocat — ABDULLAHI Mohammed — Caricole [fr]"
    english = build_brief(make_case(registered_first_name="Mo\nhammed\r\t x"), lang="en",
                          now=NOW)
    assert english.subject == "Lawyer request — ABDULLAHI Mo hammed x — caricole"
    nothing = build_brief(Case(alias="Momo"), lang="nl", now=NOW)
    assert nothing.subject == f"Vraag naar een advocaat — Momo — {UNKNOWN['nl']}"


def test_sections_come_in_order() -> None:
    brief = build_brief(make_case(), now=NOW)
    assert [s.key for s in brief.sections] == [
        "deadlines", "decisions", "consent", "reach", "writer", "lawyer", "timeline"]


def test_deadlines_sorted_by_due_date() -> None:
    later = BriefDeadline("Appeal B", date(2026, 3, 20), "2026-03-20 24:00", "art. 2", "src-b")
    sooner = BriefDeadline("Appeal A", date(2026, 3, 13), "2026-03-13 24:00", "art. 1", "src-a")
    section = build_brief(make_case(), deadlines=[later, sooner], lang="en",
                          now=NOW).sections[0]
    assert section.columns == ("Deadline", "Last day", "Ends", "Legal basis", "Source")
    assert section.rows == (
        ("Appeal A", "2026-03-13", "2026-03-13 24:00", "art. 1", "src-a"),
        ("Appeal B", "2026-03-20", "2026-03-20 24:00", "art. 2", "src-b"),
    )
    assert section.note
    empty = build_brief(make_case(), lang="en", now=NOW).sections[0]
    assert empty.rows == () and empty.empty == "No open deadline recorded."


def test_deadline_from_a_computed_due() -> None:
    from locator.deadlines.counting import compute_due

    due = compute_due("be-udn-first", datetime(2026, 3, 3, 10, 0, tzinfo=UTC), now=NOW)
    line = BriefDeadline.from_due(due)
    assert line.due == due.due
    assert line.ends_at == f"{due.due.isoformat()} 24:00"
    assert (line.title, line.legal_basis, line.source) == (due.title, due.basis, due.source_url)


def test_decisions_in_notification_order_with_french_vocabulary() -> None:
    section = build_brief(make_case(), now=NOW).sections[1]
    assert section.rows == (
        ("Ordre de quitter le territoire (OQT)", "13septies", "2026-03-03 11:15",
         "remise en main propre"),
        ("Décision de maintien en centre fermé", "", "2026-03-04 10:00",
         "remise en main propre"),
    )


def test_consent_with_the_dates_asked() -> None:
    section = build_brief(make_case(), lang="en", now=NOW).sections[2]
    assert section.rows == (
        ("Wants a lawyer", "yes (asked on 2026-03-05)"),
        ("Agrees to share with GVO", "yes"),
        ("Agrees to share with a lawyer", "no"),
        ("Agrees to share with centre referents", "not asked yet"),
    )
    brief = build_brief(make_case(), lang="en", now=NOW)
    assert brief.consent_missing == ("consent_share_lawyer",)


def test_reach_writer_and_lawyer() -> None:
    writer = Writer("Anne", ContactRole.REFERENT, "+32470987654", "anne@example.org")
    case = make_case(lawyer={"name": "Maître Dupont", "bar": "Bruxelles",
                             "phone": "+3225551234", "email": "d@example.org"})
    brief = build_brief(case, writer=writer, lang="en", now=NOW)
    reach, writer_section, lawyer = brief.sections[3:6]
    assert reach.rows == (("Phone in the centre", "+32 470 12 34 56"),)
    assert writer_section.rows == (("Name", "Anne"), ("Role", "centre referent"),
                                   ("Phone", "+32 470 98 76 54"), ("Email", "anne@example.org"))
    assert lawyer.rows == (("Name", "Maître Dupont"), ("Bar", "Bruxelles"),
                           ("Phone", "+32 2 555 12 34"), ("Email", "d@example.org"))
    bare = build_brief(make_case(phone_in_centre=""), lang="en", now=NOW)
    assert bare.sections[3].rows == (("Phone in the centre", UNKNOWN["en"]),)
    assert bare.sections[4].rows == () and bare.sections[4].empty == "Not given."
    assert bare.sections[5].rows == () and bare.sections[5].empty == "No lawyer chosen yet."


def test_timeline_keeps_the_last_entries_and_never_free_text() -> None:
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    events = [Event(EventKind.NOTE, start + timedelta(hours=i), summary=f"SECRET{i}")
              for i in range(12)]
    events += [
        Event(EventKind.CALL, start + timedelta(days=2), summary="SECRET-call",
              data={"centre": "127bis", "answer": "found"}),
        Event(EventKind.STATUS_CHANGE, start + timedelta(days=2, hours=1),
              data={"from": "missing", "to": "detained", "centre_from": "",
                    "centre_to": "caricole"}),
        Event(EventKind.DEPORTATION_ATTEMPT, start + timedelta(days=3),
              data={"date": "2026-03-05", "outcome": "refused_boarding"}),
        Event(EventKind.DECISION, start + timedelta(days=3, hours=1),
              data={"kind": "oqt", "annexe": "13septies", "notified_at": "2026-03-03T10:00:00Z"}),
        Event(EventKind.CALL, start + timedelta(days=3, hours=2),
              data={"centre": "vottem", "answer": "<b>made up</b>", "extra": "SECRET-data"}),
    ]
    section = build_brief(make_case(), events=list(reversed(events)), centre_name=centre_name,
                          lang="en", now=NOW).sections[6]
    assert len(section.rows) == TIMELINE_LENGTH
    assert section.note == f"The last {TIMELINE_LENGTH} of {len(events)} entries."
    whens = [row[0] for row in section.rows]
    assert whens == sorted(whens)
    assert section.rows[-5:] == (
        ("2026-03-04 09:00", "Call to a centre: Centre 127 bis [en], found"),
        ("2026-03-04 10:00",
         "Situation changed: missing → detained, centre: none → Caricole [en]"),
        ("2026-03-05 09:00", "Deportation attempt: 2026-03-05, refused to board"),
        ("2026-03-05 10:00", "Decision recorded: Order to leave the territory (OQT), "
                             "annexe 13septies, notified 2026-03-03 11:00"),
        ("2026-03-05 11:00", "Call to a centre: vottem [en]"),
    )
    assert section.rows[0] == ("2026-03-02 16:00", "Note added")
    assert "SECRET" not in repr(section)


def test_timeline_lines_for_the_other_event_kinds() -> None:
    at = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
    wrong = Event(EventKind.CALL, at, data={"centre": "127bis", "answer": "found"}, id=7)
    events = [
        wrong,
        Event(EventKind.CALL, at + timedelta(minutes=1), corrects=7, id=8,
              data={"centre": "127bis", "answer": "not_found"}),
        Event(EventKind.EMAIL, at + timedelta(minutes=2),
              data={"to": "gvo", "purpose": "lawyer_request"}),
        Event(EventKind.EMAIL, at + timedelta(minutes=3), data={"to": "x@example.org"}),
        Event(EventKind.VISIT, at + timedelta(minutes=4),
              data={"centre": "caricole", "visitor": "SECRET", "phone_delivered": True}),
        Event(EventKind.STEP, at + timedelta(minutes=5), data={"step": "s1", "state": "done"}),
        Event(EventKind.DEADLINE, at + timedelta(minutes=6),
              data={"action": "started", "rule": "be-udn-first", "due": "2026-03-13"}),
        Event(EventKind.BRIEF_SENT, at + timedelta(minutes=7)),
    ]
    rows = build_brief(make_case(), events=events, centre_name=centre_name, lang="fr",
                       now=NOW).sections[6].rows
    # entries from before "prepared" and "sent" were told apart are not called sent
    assert [what for _, what in rows] == [
        "Appel à un centre : Centre 127 bis [fr], pas trouvé",
        "E-mail noté comme envoyé (il a peut-être seulement été préparé) : à GVO, demande "
        "d’avocat",
        "E-mail noté comme envoyé (il a peut-être seulement été préparé)",
        "Visite : Caricole [fr], téléphone apporté",
        "Étape de la procédure mise à jour : fait",
        "Délai : ouvert, dernier jour le 2026-03-13",
        "Fiche avocat notée comme envoyée (elle a peut-être seulement été préparée)",
    ]


def test_the_brief_tells_prepared_from_sent() -> None:
    at = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
    events = [
        Event(EventKind.EMAIL, at, data={"to": "gvo", "purpose": "lawyer_request",
                                         "state": "prepared", "how": "copied"}),
        Event(EventKind.BRIEF_SENT, at + timedelta(minutes=1),
              data={"state": "sent", "by": "Anne", "on": "2026-03-06", "to": "lawyer"}),
    ]
    rows = build_brief(make_case(), events=events, centre_name=centre_name, lang="fr",
                       now=NOW).sections[6].rows
    assert [what for _, what in rows] == [
        "E-mail préparé, pas envoyé : à GVO, demande d’avocat, texte copié",
        "Fiche avocat envoyée : à l’avocat, le 2026-03-06, par Anne",
    ]


def test_deadline_actions_are_the_ones_the_vault_writes() -> None:
    assert DEADLINE_ACTIONS == {"started", "recomputed"} | {s.value for s in DeadlineState}


def test_long_values_are_cut_with_a_mark() -> None:
    place = "x" * (MAX_VALUE_CHARS + 500)
    brief = build_brief(make_case(arrest_place=place), lang="en", now=NOW)
    line = brief.key_items[6].lines[0]
    assert line.startswith("x" * MAX_VALUE_CHARS)
    assert line.endswith("(500 more characters not shown)")


def test_label_tables_are_complete_and_consistent() -> None:
    assert LANGUAGES == ("en", "fr", "nl")
    keys = set(LABELS["en"])
    formatter = string.Formatter()
    for lang in LANGUAGES:
        assert set(LABELS[lang]) == keys
        assert all(text.strip() for text in LABELS[lang].values())
    for key in keys:
        fields = [{f for _, f, _, _ in formatter.parse(LABELS[lang][key]) if f}
                  for lang in LANGUAGES]
        assert fields[0] == fields[1] == fields[2], key
    needed = ([f"decision.{k.value}" for k in DecisionKind]
              + [f"consent.{c.value}" for c in Consent]
              + [f"role.{r.value}" for r in ContactRole]
              + [f"status.{s.value}" for s in Status]
              + [f"outcome.{o.value}" for o in AttemptOutcome]
              + [f"event.{e.value}" for e in EventKind]
              + [f"notification.{n.value}" for n in NotificationMethod]
              + [f"answer.{a.value}" for a in Answer]
              + [f"recipient.{r.value}" for r in Recipient]
              + [f"purpose.{p.value}" for p in EmailPurpose]
              + [f"step.{m.value}" for m in Mark]
              + [f"deadline.{action}" for action in DEADLINE_ACTIONS]
              + [f"language.{c.value}" for c in CaseLanguage if c != CaseLanguage.UNKNOWN])
    assert set(needed) <= keys


def test_legal_vocabulary() -> None:
    assert label("decision.oqt", "fr").startswith("Ordre de quitter le territoire")
    assert "bevel om het grondgebied te verlaten" in label("decision.oqt", "nl").lower()
    assert "Office des Étrangers" in label("key.nationality", "fr")
    assert "Dienst Vreemdelingenzaken" in label("key.nationality", "nl")
    assert label("unknown", "xx") == UNKNOWN["en"]
