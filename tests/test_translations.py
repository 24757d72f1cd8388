"""The translation sources: complete, current, faithful to their placeholders; and the tool
that refreshes them (tools/update_translations.py) keeps what translators wrote."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tools import update_translations as tool
from tools.ts_file import (
    FINISHED,
    OBSOLETE,
    PLURAL_FORMS,
    UNFINISHED,
    VANISHED,
    Entry,
    merge,
    read_ts,
    write_ts,
)

TS_DIR = tool.TS_DIR
TRANSLATED = ("fr", "nl")
#: {name}, {m:02d}; Qt's %1 and %n; markup tags (a link must stay a link)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def entries(lang: str) -> list[Entry]:
    return read_ts(tool.ts_path(TS_DIR, lang))[1]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, refreshed by the tool from today's code and data."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in tool.LANGUAGES:
        shutil.copy(tool.ts_path(TS_DIR, lang), tool.ts_path(folder, lang))
    tool.update(folder)
    return folder


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_every_text_of_the_app_is_in_the_ts_file_and_nothing_stale(fresh: Path,
                                                                    lang: str) -> None:
    committed = {e.key for e in entries(lang) if e.active}
    extracted = {e.key for e in read_ts(tool.ts_path(fresh, lang))[1] if e.active}
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert missing == [], f"run `make translations`, then translate: {missing[:5]}"
    assert stale == [], f"no longer in the code or data (run `make translations`): {stale[:5]}"


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_no_unfinished_or_empty_translation(lang: str) -> None:
    todo = [e.key for e in entries(lang)
            if e.active and (e.status != FINISHED or not all(t.strip() for t in e.texts))]
    assert todo == []


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_placeholders_and_accelerators_match_the_source(lang: str) -> None:
    wrong = []
    for entry in (e for e in entries(lang) if e.active):
        want = Counter(PLACEHOLDER.findall(entry.source))
        accelerators = len(ACCELERATOR.findall(entry.source))
        for text in entry.texts:
            if Counter(PLACEHOLDER.findall(text)) != want \
                    or len(ACCELERATOR.findall(text)) != accelerators:
                wrong.append((entry.context, entry.source, text))
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_english_sentence_left_as_its_own_translation(lang: str) -> None:
    def words(text: str) -> int:
        return len(re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub(" ", text)))

    same = [e.source for e in entries(lang)
            if e.active and words(e.source) > 3 and e.source in e.texts]
    assert same == []


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_plural_forms_are_all_there(lang: str) -> None:
    bad = [e.source for e in entries(lang)
           if e.active and e.numerus and len(e.forms) != PLURAL_FORMS[lang]]
    assert bad == []


def test_every_count_has_its_plural_forms() -> None:
    """A text with %n is a plural in every language, whichever way it is asked for:
    QCoreApplication.translate(…, n) too (lupdate marks only self.tr's), so English never
    shows "date(s)"."""
    for lang in tool.LANGUAGES:
        singular = [e.source for e in entries(lang)
                    if e.active and "%n" in e.source and not e.numerus]
        assert singular == [], lang
    english = {e.source: e.forms for e in entries("en") if e.active}
    assert all("(s)" not in form for forms in english.values() for form in forms)


def test_english_file_holds_the_plural_forms_only() -> None:
    english = [e for e in entries("en") if e.active]
    assert english and all(e.numerus for e in english)
    assert len(english) == sum(1 for e in entries("fr") if e.active and e.numerus)


def test_the_core_messages_are_found() -> None:
    sources = {e.source: e for e in tool.error_messages()}
    # a class template, a literal FieldError template, a translatable param, an N_() mark,
    # a template given to an error class, a super().__init__ literal, and one from ui/
    for text in ("The vault is locked. Unlock it first.",
                 "this is not a phone number we can read (try the international form, e.g. "
                 "+32 470 12 34 56)",
                 "the file is cut short",
                 "No keyring could be loaded on this computer.",
                 "There is no deadline number {n}.",
                 'No centre has the id "{centre_id}".',
                 "Choose a passphrase different from your vault's: the copy is for someone "
                 "else, who must not be able to open your vault."):
        assert text in sources, text
        assert all(e.context == "errors" for e in sources.values())
    assert sources["the file is cut short"].locations[0][0] == "locator/storage/vault.py"


def test_data_texts_are_found() -> None:
    from locator.deadlines.rules import load_rules
    from locator.procedure.guide import load_procedure

    procedure = {e.source for e in tool.procedure_messages()}
    first = load_procedure().steps[0]
    assert {first.title, first.do, first.why} <= procedure
    rules = {e.source for e in tool.rule_messages()}
    assert all(r.title in rules and r.date_label in rules and r.legal_basis in rules
               for r in load_rules().values())
    centres = {e.source for e in tool.centre_messages()}
    assert "medical service" in centres  # a label; the notes shown are the phones' caveats
    assert "Not confirmed: given only by Getting the Voice Out." in centres


def test_the_qt_layer_has_no_text_without_a_context() -> None:
    found = tool.qt_messages()
    assert found and all(e.context for e in found)
    contexts = {e.context for e in found}
    assert {"MainWindow", "Deadlines", "labels", "StepPanel", "Prompts"} <= contexts


# -- the merge ------------------------------------------------------------------------------


def test_merge_keeps_translations_adds_new_and_marks_vanished(tmp_path: Path) -> None:
    old = [Entry("A", "Kept", translation="Gardé", status=FINISHED),
           Entry("A", "Half done", translation="À moi", status=UNFINISHED),
           Entry("A", "Gone", translation="Parti", status=FINISHED),
           Entry("A", "Gone too", status=UNFINISHED),
           Entry("B", "%n file(s)", numerus=True, forms=["%n fichier", "%n fichiers"],
                 status=FINISHED)]
    fresh = [Entry("A", "Kept", locations=[("../../ui/a.py", 3)]),
             Entry("A", "Half done"), Entry("A", "New"),
             Entry("B", "%n file(s)", numerus=True)]
    merged = {e.source: e for e in merge(old, fresh, forms=2)}
    assert (merged["Kept"].translation, merged["Kept"].status) == ("Gardé", FINISHED)
    assert merged["Kept"].locations == [("../../ui/a.py", 3)]
    assert (merged["Half done"].translation, merged["Half done"].status) == ("À moi",
                                                                            UNFINISHED)
    assert (merged["New"].translation, merged["New"].status) == ("", UNFINISHED)
    assert (merged["Gone"].translation, merged["Gone"].status) == ("Parti", VANISHED)
    assert merged["Gone too"].status == OBSOLETE
    assert merged["%n file(s)"].forms == ["%n fichier", "%n fichiers"]
    # back in the sources: a vanished translation is finished again
    again = {e.source: e for e in merge(merged.values(), [Entry("A", "Gone")], forms=2,
                                        drop_obsolete=True)}
    assert list(again) == ["Gone"] and again["Gone"].status == FINISHED

    path = tmp_path / "x.ts"
    write_ts(path, "fr_BE", merged.values())
    language, read = read_ts(path)
    assert language == "fr_BE"
    assert {(e.key, e.status, tuple(e.texts)) for e in read} == {
        (e.key, e.status, tuple(e.texts)) for e in merged.values()}


def test_the_tool_refreshes_a_file_without_losing_translations(tmp_path: Path) -> None:
    folder = tmp_path / "ts"
    folder.mkdir()
    path = tool.ts_path(folder, "fr")
    shutil.copy(tool.ts_path(TS_DIR, "fr"), path)
    language, before = read_ts(path)
    kept = next(e for e in before if e.context == "MainWindow" and e.source == "New case")
    before.remove(kept)  # as if the text were new in the code
    before.append(Entry("MainWindow", "An old text", translation="Un vieux texte",
                        status=FINISHED))
    write_ts(path, language, before)
    assert tool.main(["--ts-dir", str(folder), "--languages", "fr"]) == 0
    after = {e.key: e for e in read_ts(path)[1]}
    assert after[kept.key].status == UNFINISHED and after[kept.key].translation == ""
    assert after[("MainWindow", "An old text", "")].status == VANISHED
    assert after[("MainWindow", "Save", "")].translation == "Enregistrer"
    assert tool.main(["--ts-dir", str(folder), "--languages", "fr", "--check"]) == 0


def test_the_committed_files_are_what_the_tool_writes(fresh: Path) -> None:
    """Nothing but line numbers may differ: the tool is the only writer of the .ts files."""
    def shape(path: Path) -> list[str]:
        return [re.sub(r' line="\d+"', "", line)
                for line in path.read_text(encoding="utf-8").splitlines()]

    for lang in tool.LANGUAGES:
        assert shape(tool.ts_path(fresh, lang)) == shape(tool.ts_path(TS_DIR, lang)), lang
