"""Words of the lawyer brief in English, French and Dutch.

Each entry is ``key: (English, French, Dutch)``, so no language can miss a key.
Placeholders (``{date}``) are the same in the three languages; a test checks it.
Keys for enum values are ``<enum>.<value>`` (``decision.oqt``, ``consent.yes``).
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from locator.model.cases import (
    AttemptOutcome,
    CaseLanguage,
    Consent,
    ContactRole,
    DecisionKind,
    NotificationMethod,
    Status,
)

LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")

_UNKNOWN = ("unknown — ask at the next visit",
            "inconnu — à demander lors de la prochaine visite",
            "onbekend — vragen bij het volgende bezoek")

_T: dict[str, tuple[str, str, str]] = {
    # Page furniture
    "title": ("Lawyer brief", "Fiche pour l’avocat", "Fiche voor de advocaat"),
    "subtitle": (
        "For Getting the Voice Out (GVO), to pass on to a lawyer specialised in migration law.",
        "Pour Getting the Voice Out (GVO), à transmettre à un avocat spécialisé en droit des "
        "étrangers.",
        "Voor Getting the Voice Out (GVO), door te geven aan een advocaat gespecialiseerd in "
        "vreemdelingenrecht."),
    "generated": ("Prepared on {when} (Brussels time)", "Établie le {when} (heure de Bruxelles)",
                  "Opgesteld op {when} (Brusselse tijd)"),
    "subject": ("Lawyer request — {name} — {centre}", "Demande d’avocat — {name} — {centre}",
                "Vraag naar een advocaat — {name} — {centre}"),
    # The closing line of every output (footer of each PDF page, end of the text and of
    # each email): the agreement to share as recorded, never claimed when it is not there
    # (locator.brief.consent.consent_line)
    "consent_footer.agreed": (
        "Shared with the person’s agreement as recorded ({answers}), only in their interest.",
        "Transmis avec l’accord enregistré de la personne ({answers}), uniquement dans son "
        "intérêt.",
        "Gedeeld met het geregistreerde akkoord van de persoon ({answers}), enkel in diens "
        "belang."),
    "consent_footer.recorded": (
        "Agreement to share as recorded — {answers}. Only in their interest.",
        "Accord de partage enregistré — {answers}. Uniquement dans son intérêt.",
        "Toestemming om te delen, zoals geregistreerd — {answers}. Enkel in diens belang."),
    "consent_join": ("; ", " ; ", "; "),
    "consent_who.gvo": ("GVO", "GVO", "GVO"),
    "consent_who.lawyer": ("lawyer", "avocat", "advocaat"),
    "consent_who.referent": ("referents", "référents", "referenten"),
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}", "Pagina {page} van {pages}"),
    "unknown": _UNKNOWN,
    "sep": (": ", " : ", ": "),  # between a label and its value (French puts a space before)
    "truncated": ("… ({count} more characters not shown)",
                  "… ({count} caractères de plus non affichés)",
                  "… ({count} tekens meer niet getoond)"),
    # The eight key items, in the lawyer's order of importance
    "key_heading": ("What the lawyer needs first", "L’essentiel pour l’avocat",
                    "Wat de advocaat eerst nodig heeft"),
    "key.registered_name": ("Name registered in the centre",
                            "Nom sous lequel la personne est enregistrée au centre",
                            "Naam waaronder de persoon in het centrum geregistreerd is"),
    "key.nationality": ("Nationality recorded by the Immigration Office; real identity",
                        "Nationalité selon l’Office des Étrangers ; identité réelle",
                        "Nationaliteit volgens de Dienst Vreemdelingenzaken; echte identiteit"),
    "key.centre": ("Detention centre", "Centre fermé", "Gesloten centrum"),
    "key.oe_number": ("OE / IBZ / SP number", "Numéro OE / IBZ / SP",
                      "OE / IBZ / SP-nummer (DVZ)"),
    "key.birth_date": ("Date of birth (as recorded)", "Date de naissance (enregistrée)",
                       "Geboortedatum (zoals geregistreerd)"),
    "key.arrest_date": ("Date of arrest", "Date de l’arrestation", "Datum van de arrestatie"),
    "key.arrest_place": ("Place of arrest", "Lieu de l’arrestation", "Plaats van de arrestatie"),
    "key.case_language": ("Language of the case", "Langue de la procédure",
                          "Taal van de procedure"),
    "key.languages": ("Languages spoken (for an interpreter)",
                      "Langues parlées (pour un interprète)",
                      "Gesproken talen (voor een tolk)"),
    "last_name": ("last name", "nom de famille", "achternaam"),
    "real_identity": ("Real identity", "Identité réelle", "Echte identiteit"),
    "real_name": ("name", "nom", "naam"),
    "real_nationality": ("nationality", "nationalité", "nationaliteit"),
    "real_birth_date": ("date of birth", "date de naissance", "geboortedatum"),
    # under the centre: when the detention began (never the day they were found there)
    "detained_since.decision": (
        "Detained since {date} (the detention decision was notified that day)",
        "Détenu·e depuis le {date} (date de notification de la décision de maintien)",
        "Vastgehouden sinds {date} (dag van de kennisgeving van de beslissing tot "
        "vasthouding)"),
    "detained_since.arrest": (
        "Detained since {date} (the day of the arrest; no detention decision recorded)",
        "Détenu·e depuis le {date} (jour de l’arrestation ; aucune décision de maintien "
        "enregistrée)",
        "Vastgehouden sinds {date} (dag van de arrestatie; geen beslissing tot vasthouding "
        "geregistreerd)"),
    "detained_since.unknown": ("Start of detention not known",
                               "Début de la détention inconnu",
                               "Begin van de vasthouding onbekend"),
    "found_on": ("Found there on {date}", "Retrouvé·e dans ce centre le {date}",
                 "In dit centrum gevonden op {date}"),
    "language.fr": ("French", "français", "Frans"),
    "language.nl": ("Dutch", "néerlandais", "Nederlands"),
    # Open deadlines
    "sec.deadlines": ("Open deadlines", "Délais en cours", "Lopende termijnen"),
    "deadlines_note": (
        "Computed by the app as an alarm, not legal advice: the lawyer confirms every deadline.",
        "Calculés par l’application comme alerte, pas comme avis juridique : l’avocat vérifie "
        "chaque délai.",
        "Door de app berekend als waarschuwing, geen juridisch advies: de advocaat controleert "
        "elke termijn."),
    "possible_only": ("only as a possibility — the lawyer decides",
                      "seulement comme possibilité — l’avocat décide",
                      "enkel als mogelijkheid — de advocaat beslist"),
    "none.deadlines": ("No open deadline recorded.", "Aucun délai en cours enregistré.",
                       "Geen lopende termijn geregistreerd."),
    "col.deadline": ("Deadline", "Délai", "Termijn"),
    "col.due": ("Last day", "Dernier jour", "Laatste dag"),
    "col.ends_at": ("Ends", "Expire", "Verstrijkt"),
    "col.basis": ("Legal basis", "Base légale", "Rechtsgrond"),
    "col.source": ("Source", "Source", "Bron"),
    # Decisions received
    "sec.decisions": ("Decisions received", "Décisions reçues", "Ontvangen beslissingen"),
    "none.decisions": ("No decision recorded.", "Aucune décision enregistrée.",
                       "Geen beslissing geregistreerd."),
    "col.decision": ("Decision", "Décision", "Beslissing"),
    "col.annexe": ("Annexe", "Annexe", "Bijlage"),
    "col.notified": ("Notified", "Notifiée le", "Betekend op"),
    "col.how": ("How notified", "Mode de notification", "Wijze van kennisgeving"),
    "annexe": ("annexe {annexe}", "annexe {annexe}", "bijlage {annexe}"),
    "day_time_unknown": ("{day} (time not known)", "{day} (heure inconnue)",
                         "{day} (uur niet bekend)"),
    "decision.oqt": ("Order to leave the territory (OQT)",
                     "Ordre de quitter le territoire (OQT)",
                     "Bevel om het grondgebied te verlaten (BGV)"),
    "decision.detention": ("Detention decision", "Décision de maintien en centre fermé",
                           "Beslissing tot vasthouding in een gesloten centrum"),
    "decision.removal": ("Removal measure with imminent execution",
                         "Mesure d’éloignement dont l’exécution est imminente",
                         "Verwijderingsmaatregel waarvan de tenuitvoerlegging imminent is"),
    "decision.dublin_transfer": ("Dublin transfer decision", "Décision de transfert Dublin",
                                 "Dublin-overdrachtsbesluit"),
    "decision.asylum_refusal": ("Refusal of international protection (asylum)",
                                "Refus de protection internationale (asile)",
                                "Weigering van internationale bescherming (asiel)"),
    "decision.entry_refusal": ("Refusal of entry", "Refoulement (refus d’entrée)",
                               "Terugdrijving (weigering van toegang)"),
    "decision.detention_extension": ("First extension of detention (2 months)",
                                     "Première prolongation de la détention (2 mois)",
                                     "Eerste verlenging van de vasthouding (2 maanden)"),
    "decision.detention_extension_second": (
        "Second extension of detention (1 month)",
        "Deuxième prolongation de la détention (1 mois)",
        "Tweede verlenging van de vasthouding (1 maand)"),
    "decision.detention_extension_public_order": (
        "Extension of detention beyond 5 months (public order)",
        "Prolongation de la détention au-delà de 5 mois (ordre public)",
        "Verlenging van de vasthouding na 5 maanden (openbare orde)"),
    "decision.dublin_detention": ("Dublin detention (determination of the responsible State)",
                                  "Maintien Dublin (détermination de l’État responsable)",
                                  "Dublin-vasthouding (bepaling van de verantwoordelijke staat)"),
    "decision.dublin_acceptance": ("Dublin: acceptance by the responsible State",
                                   "Dublin : accord de l’État responsable",
                                   "Dublin: akkoord van de verantwoordelijke staat"),
    "decision.fr_oqtf_cra_placement": (
        "France: OQTF notified earlier, appeal period running at the placement in a CRA",
        "France : OQTF notifiée avant le placement en rétention, délai de recours en cours",
        "Frankrijk: eerder betekende OQTF, beroepstermijn liep nog bij de plaatsing in een CRA"),
    "decision.fr_dublin_transfer_cra": (
        "France: Dublin transfer decision in a detention centre (CRA)",
        "France : décision de transfert Dublin en rétention (CRA)",
        "Frankrijk: Dublin-overdrachtsbesluit in een detentiecentrum (CRA)"),
    "decision.entry_ban": ("Entry ban", "Interdiction d’entrée", "Inreisverbod"),
    "decision.chamber_order": ("Order of the council chamber on the detention",
                               "Ordonnance de la chambre du conseil sur la détention",
                               "Beschikking van de raadkamer over de vasthouding"),
    "decision.indictment_chamber": (
        "Decision of the chamber of indictment on the detention",
        "Arrêt de la chambre des mises en accusation sur la détention",
        "Arrest van de kamer van inbeschuldigingstelling over de vasthouding"),
    "decision.cce_judgment": ("Judgment of the CCE/RvV", "Arrêt du CCE", "Arrest van de RvV"),
    "decision.fr_oqtf_cra": ("France: OQTF notified in a detention centre (CRA)",
                             "France : OQTF notifiée en centre de rétention (CRA)",
                             "Frankrijk: OQTF betekend in een detentiecentrum (CRA)"),
    "decision.fr_oqtf_house_arrest_prison": (
        "France: OQTF with house arrest or in prison",
        "France : OQTF avec assignation à résidence ou en détention",
        "Frankrijk: OQTF met huisarrest of in de gevangenis"),
    "decision.fr_retention_placement": ("France: placement in a detention centre (CRA)",
                                        "France : placement en rétention administrative",
                                        "Frankrijk: plaatsing in een detentiecentrum (CRA)"),
    "decision.fr_judge_order": ("France: the judge’s order on the detention",
                                "France : ordonnance du juge sur la rétention",
                                "Frankrijk: beschikking van de rechter over de detentie"),
    "decision.other": ("Other decision", "Autre décision", "Andere beslissing"),
    "notification.hand": ("handed over", "remise en main propre", "persoonlijk overhandigd"),
    "notification.registered": ("registered letter with acknowledgment of receipt",
                                "pli recommandé avec accusé de réception",
                                "aangetekende brief met ontvangstbewijs"),
    "notification.registered_no_ack": ("registered letter without acknowledgment of receipt",
                                       "pli recommandé sans accusé de réception",
                                       "aangetekende brief zonder ontvangstbewijs"),
    "notification.post": ("ordinary post", "courrier ordinaire", "gewone post"),
    # Consent
    "sec.consent": ("The person’s consent", "Accord de la personne", "Toestemming van de persoon"),
    "consent_lawyer": ("Wants a lawyer", "Souhaite un avocat", "Wil een advocaat"),
    "consent_share_gvo": ("Agrees to share with GVO", "Accepte le partage avec GVO",
                          "Akkoord om te delen met GVO"),
    "consent_share_lawyer": ("Agrees to share with a lawyer", "Accepte le partage avec un avocat",
                             "Akkoord om te delen met een advocaat"),
    "consent_share_referents": ("Agrees to share with centre referents",
                                "Accepte le partage avec les référents du centre",
                                "Akkoord om te delen met de centrumreferenten"),
    "consent.yes": ("yes", "oui", "ja"),
    "consent.no": ("no", "non", "nee"),
    "consent.not_asked": ("not asked yet", "pas encore demandé", "nog niet gevraagd"),
    "asked_on": ("asked on {date}", "demandé le {date}", "gevraagd op {date}"),
    # Reaching the person, the writer, the lawyer
    "sec.reach": ("How to reach the person", "Comment joindre la personne",
                  "Hoe de persoon te bereiken"),
    "phone_in_centre": ("Phone in the centre", "Téléphone au centre", "Telefoon in het centrum"),
    "sec.writer": ("Who is writing", "Qui écrit", "Wie schrijft"),
    "none.writer": ("Not given.", "Non indiqué.", "Niet opgegeven."),
    "name": ("Name", "Nom", "Naam"),
    "role": ("Role", "Rôle", "Rol"),
    "phone": ("Phone", "Téléphone", "Telefoon"),
    "email": ("Email", "E-mail", "E-mail"),
    "role.other": ("other", "autre", "andere"),
    "role.host": ("host", "hébergeur", "gastgever"),
    "role.friend": ("friend", "ami", "vriend"),
    "role.family": ("family", "famille", "familie"),
    "role.referent": ("centre referent", "référent centre", "centrumreferent"),
    "role.lawyer": ("lawyer", "avocat", "advocaat"),
    "role.fellow_detainee": ("fellow detainee", "codétenu", "medegedetineerde"),
    "role.visitor": ("visitor", "visiteur", "bezoeker"),
    "sec.lawyer": ("Lawyer", "Avocat", "Advocaat"),
    "none.lawyer": ("No lawyer chosen yet.", "Pas encore d’avocat choisi.",
                    "Nog geen advocaat gekozen."),
    "bar": ("Bar", "Barreau", "Balie"),
    "brief_sent_on": ("Brief sent on", "Fiche envoyée le", "Fiche verstuurd op"),
    # Timeline
    "sec.timeline": ("Recent timeline", "Chronologie récente", "Recente tijdlijn"),
    "timeline_note": ("The last {shown} of {total} entries.", "Les {shown} dernières entrées sur "
                      "{total}.", "De laatste {shown} van {total} items."),
    "none.timeline": ("Nothing recorded yet.", "Rien d’enregistré pour l’instant.",
                      "Nog niets geregistreerd."),
    "col.when": ("When", "Quand", "Wanneer"),
    "col.what": ("What", "Quoi", "Wat"),
    "event.created": ("Case opened", "Dossier ouvert", "Dossier geopend"),
    "event.call": ("Call to a centre", "Appel à un centre", "Oproep naar een centrum"),
    "event.visit": ("Visit", "Visite", "Bezoek"),
    "event.email": ("Email sent", "E-mail envoyé", "E-mail verstuurd"),
    "event.message": ("Message from the person", "Message de la personne",
                      "Bericht van de persoon"),
    "event.status_change": ("Situation changed", "Changement de situation",
                            "Situatie gewijzigd"),
    "event.decision": ("Decision recorded", "Décision enregistrée", "Beslissing geregistreerd"),
    "event.deportation_attempt": ("Deportation attempt", "Tentative d’expulsion",
                                  "Uitzettingspoging"),
    "event.note": ("Note added", "Note ajoutée", "Notitie toegevoegd"),
    "event.correction": ("Correction of an earlier entry", "Correction d’une entrée précédente",
                         "Correctie van een eerder item"),
    "event.attachment": ("Document added", "Document ajouté", "Document toegevoegd"),
    "event.brief_sent": ("Lawyer brief sent", "Fiche avocat envoyée", "Fiche advocaat verstuurd"),
    # prepared is not sent; entries from before the two were told apart say what they are
    "event.email.prepared": ("Email prepared, not sent", "E-mail préparé, pas envoyé",
                             "E-mail voorbereid, niet verstuurd"),
    "event.email.legacy": ("Email recorded as sent (it may only have been prepared)",
                           "E-mail noté comme envoyé (il a peut-être seulement été préparé)",
                           "E-mail als verstuurd genoteerd (misschien alleen voorbereid)"),
    "event.brief_sent.prepared": ("Lawyer brief prepared, not sent",
                                  "Fiche avocat préparée, pas envoyée",
                                  "Fiche advocaat voorbereid, niet verstuurd"),
    "event.brief_sent.legacy": ("Lawyer brief recorded as sent (it may only have been prepared)",
                                "Fiche avocat notée comme envoyée (elle a peut-être seulement "
                                "été préparée)",
                                "Fiche advocaat als verstuurd genoteerd (misschien alleen "
                                "voorbereid)"),
    "how.copied": ("text copied", "texte copié", "tekst gekopieerd"),
    "how.pdf": ("PDF saved", "PDF enregistré", "pdf bewaard"),
    "how.mail_program": ("mail program opened", "programme de messagerie ouvert",
                         "e-mailprogramma geopend"),
    "sent_on": ("on {date}", "le {date}", "op {date}"),
    "sent_by": ("by {who}", "par {who}", "door {who}"),
    "event.step": ("Procedure step updated", "Étape de la procédure mise à jour",
                   "Stap van de procedure bijgewerkt"),
    "to": ("to {who}", "à {who}", "aan {who}"),
    "recipient.gvo": ("GVO", "GVO", "GVO"),
    "recipient.lawyer": ("the lawyer", "l’avocat", "de advocaat"),
    "recipient.referent": ("the centre referent", "le référent centre", "de centrumreferent"),
    "recipient.visitor": ("a visitor", "un visiteur", "een bezoeker"),
    "recipient.other": ("someone else", "une autre personne", "iemand anders"),
    "purpose.alias_cross_reference": ("cross-check of an alias", "recoupement d’un alias",
                                      "controle van een alias"),
    "purpose.detained_at": ("place of detention", "lieu de détention",
                            "plaats van vasthouding"),
    "purpose.lawyer_request": ("lawyer request", "demande d’avocat", "vraag naar een advocaat"),
    "purpose.outcome": ("release or deportation", "libération ou expulsion",
                        "vrijlating of uitzetting"),
    "purpose.flight": ("flight ticket or deportation attempt",
                       "billet d’avion ou tentative d’expulsion",
                       "vliegticket of uitzettingspoging"),
    "purpose.flight_support": ("support at the flight", "soutien lors du vol",
                               "steun bij de vlucht"),
    "phone_delivered": ("phone brought", "téléphone apporté", "telefoon meegebracht"),
    "event.deadline": ("Deadline", "Délai", "Termijn"),
    "event.document_read": ("Values taken from a document", "Valeurs reprises d’un document",
                            "Waarden overgenomen uit een document"),
    "deadline.started": ("started", "ouvert", "gestart"),
    "deadline.recomputed": ("recomputed", "recalculé", "herberekend"),
    "deadline.open": ("open again", "rouvert", "opnieuw open"),
    "deadline.done": ("done (filed)", "fait (introduit)", "gedaan (ingediend)"),
    "deadline.not_applicable": ("set aside (does not apply)", "écarté (ne s’applique pas)",
                                "opzijgezet (niet van toepassing)"),
    "last_day": ("last day {date}", "dernier jour le {date}", "laatste dag {date}"),
    "centre_change": ("centre: {old} → {new}", "centre : {old} → {new}",
                      "centrum: {old} → {new}"),
    "none": ("none", "aucun", "geen"),
    "status.missing": ("missing", "disparu", "vermist"),
    "status.at_police_station": ("at a police station", "au commissariat",
                                 "op het politiekantoor"),
    "status.detained": ("detained", "détenu", "vastgehouden"),
    "status.released": ("released", "libéré", "vrijgelaten"),
    "status.deported": ("deported", "expulsé", "uitgezet"),
    "status.transferred": ("transferred", "transféré", "overgebracht"),
    "status.unknown": ("situation unknown", "situation inconnue", "situatie onbekend"),
    "outcome.unknown": ("outcome unknown", "issue inconnue", "afloop onbekend"),
    "outcome.refused_boarding": ("refused to board", "a refusé d’embarquer",
                                 "weigerde aan boord te gaan"),
    "outcome.brought_back": ("brought back to the centre", "ramené au centre",
                             "teruggebracht naar het centrum"),
    "outcome.deported": ("deported", "expulsé", "uitgezet"),
    "answer.found": ("found", "trouvé", "gevonden"),
    "answer.not_found": ("not found", "pas trouvé", "niet gevonden"),
    "answer.no_answer": ("no answer", "pas de réponse", "geen antwoord"),
    "answer.refused": ("refused to answer", "refus de répondre", "weigerde te antwoorden"),
    "answer.call_back": ("call back later", "rappeler plus tard", "later terugbellen"),
    "step.done": ("done", "fait", "gedaan"),
    "step.skipped": ("skipped", "passée", "overgeslagen"),
    "step.undone": ("reopened", "rouverte", "heropend"),
}

LABELS: MappingProxyType[str, MappingProxyType[str, str]] = MappingProxyType({
    lang: MappingProxyType({key: texts[index] for key, texts in _T.items()})
    for index, lang in enumerate(LANGUAGES)
})


def label(key: str, lang: str, **params: object) -> str:
    """The text for ``key`` in ``lang`` (English for a language we do not have)."""
    table = LABELS.get(lang, LABELS["en"])
    text = table[key]
    return text.format(**params) if params else text


#: the prefix of each enum's values among the keys (``status.detained``, ``language.fr``)
ENUM_KEYS: MappingProxyType[type[StrEnum], str] = MappingProxyType({
    Status: "status", Consent: "consent", CaseLanguage: "language", DecisionKind: "decision",
    NotificationMethod: "notification", ContactRole: "role", AttemptOutcome: "outcome",
})


def enum_word(value: StrEnum, lang: str) -> str:
    """The brief's word for an enum value in ``lang``; "" for one it has no word for (a case
    language not known yet)."""
    key = f"{ENUM_KEYS.get(type(value), '')}.{value.value}"
    return label(key, lang) if key in LABELS["en"] else ""
