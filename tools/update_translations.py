"""Refresh the translation sources ``resources/translations/locator_<lang>.ts``.

``make translations`` runs this. It gathers every text the app shows:

* the Qt layer's texts: ``pyside6-lupdate`` over ``ui/*.py`` and ``main.py``
  (``self.tr("…")``, ``translate("Context", "…")``);
* the procedure (``resources/procedure.yaml``: phases, steps, checklists, warnings,
  reasons), context ``procedure``;
* the deadline rules (``resources/deadline_rules.yaml``: title, description, note,
  date label, legal basis), context ``deadline_rules``;
* what ``centres.yaml`` says in words (phone labels and caveats, visiting
  arrangements), context ``centres``;
* the core's messages, context ``errors``: the ``template`` of every
  ``LocatorError`` subclass (``locator`` and ``ui``), the literal templates given to
  them where they are raised (``FieldError(field, "…")``, ``UnknownCase("…")``, a
  ``super().__init__("…")``), the literal values of their ``translatable_params``, and
  the literals the core marks with ``N_("…")``. Found with ``ast``.

Then it merges them into each ``.ts``: translations already made are kept, new texts
are added as unfinished, texts that left the sources are marked vanished/obsolete. The
English file holds the plural forms (``%n``) only. Holiday names need no entry: the
holiday file carries them in English, French and Dutch. Brief and email texts have
their own tables in ``locator/brief/labels.py`` and ``locator/brief/emails.py``.

Usage: ``python tools/update_translations.py [--ts-dir DIR] [--no-obsolete] [--check]``
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.ts_file import PLURAL_FORMS, TS_LANGUAGE, Entry, merge, read_ts, write_ts  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr", "nl")
PACKAGES = ("locator", "ui")
ERRORS = "errors"
PROCEDURE_FILE = "resources/procedure.yaml"
RULES_FILE = "resources/deadline_rules.yaml"
TABLE_FILE = "resources/decision_timers.yaml"
CENTRES_FILE = "centres.yaml"


def ts_path(folder: Path, lang: str) -> Path:
    return folder / f"locator_{lang}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (make)")
    return found


# -- the Qt layer ---------------------------------------------------------------------------


def qt_messages(root: Path = ROOT) -> list[Entry]:
    """What pyside6-lupdate finds in ``ui/*.py`` and ``main.py``; locations relative to
    ``root``. A message without a context (a bare ``tr()``) is an error."""
    sources = [str(p) for p in sorted((root / "ui").rglob("*.py"))] + [str(root / "main.py")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extracted.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(out), "-silent",
                        "-locations", "absolute", "-no-obsolete"], check=True)
        _, entries = read_ts(out)
        for entry in entries:
            entry.locations = [(str((Path(tmp) / name).resolve().relative_to(root)), line)
                               for name, line in entry.locations]
            entry.translation, entry.forms = "", []
            # lupdate marks plural forms only in self.tr(text, "", n), not in
            # QCoreApplication.translate(context, text, "", n): %n says it
            entry.numerus = entry.numerus or "%n" in entry.source
    nameless = [f"{e.locations[0][0]}:{e.locations[0][1]}" for e in entries if not e.context]
    if nameless:
        raise SystemExit("texts without a context (use self.tr() in a class or "
                         "translate(\"Context\", …)): " + ", ".join(nameless))
    return entries


# -- data files -----------------------------------------------------------------------------


def _unique(entries: Iterator[Entry]) -> list[Entry]:
    seen: dict[tuple[str, str, str], Entry] = {}
    for entry in entries:
        if entry.source.strip() and entry.key not in seen:
            seen[entry.key] = entry
    return list(seen.values())


def procedure_messages() -> list[Entry]:
    """Every text of the procedure the app shows (context ``procedure``)."""
    from locator.procedure.guide import load_procedure

    procedure = load_procedure()
    def entry(text: str, note: str) -> Entry:
        return Entry("procedure", text, extra=note, locations=[(PROCEDURE_FILE, None)])

    def walk() -> Iterator[Entry]:
        for phase in procedure.phases:
            yield entry(phase.title, f"phase {phase.id}: title")
            yield entry(phase.summary, f"phase {phase.id}: summary")
        for step in procedure.steps:
            yield entry(step.title, f"step {step.id}: title (a short heading)")
            yield entry(step.do, f"step {step.id}: what to do")
            yield entry(step.why, f"step {step.id}: why (shown after “Why:”)")
            for item in step.checklist:
                yield entry(item.text, f"step {step.id}: checklist item")
        for caution in procedure.cautions:
            yield entry(caution.text, f"warning {caution.id}")
        for reason_id, text in procedure.reasons.items():
            yield entry(text, f"reason {reason_id}: why this step is the one to do now")

    return _unique(walk())


def rule_messages() -> list[Entry]:
    """Title, description, note, date label, basis and condition of every deadline rule."""
    from locator.deadlines.rules import load_rules
    from locator.deadlines.table import load_table

    def walk() -> Iterator[Entry]:
        for rule in load_rules().values():
            for name in ("title", "description", "note", "date_label", "legal_basis",
                         "condition"):
                text = getattr(rule, name) or ""
                yield Entry("deadline_rules", text, extra=f"rule {rule.id}: {name}",
                            locations=[(RULES_FILE, None)])
        for entry in load_table().entries:  # what the date of such a decision means
            if entry.date_label:
                kinds = ", ".join(kind.value for kind in entry.kinds)
                yield Entry("deadline_rules", entry.date_label,
                            extra=f"decision {kinds}: date label",
                            locations=[(TABLE_FILE, None)])

    return _unique(walk())


def centre_messages() -> list[Entry]:
    """What the calling round and the centre view show of ``centres.yaml`` in words: phone
    labels and caveats, visiting arrangements (names and addresses stay as they are)."""
    from locator.centres.load import load_centres

    def walk() -> Iterator[Entry]:
        for centre in load_centres().centres:
            for phone in centre.phone_lines():
                for text, what in ((phone.label, "phone label"), (phone.note, "phone caveat")):
                    if text:
                        yield Entry("centres", text, extra=f"centre {centre.id}: {what}",
                                    locations=[(CENTRES_FILE, None)])
            for fact in centre.visits:
                yield Entry("centres", fact.value, extra=f"centre {centre.id}: visits",
                            locations=[(CENTRES_FILE, None)])
            for fact in centre.hours:
                for text in (fact.value, fact.note):
                    if text:
                        yield Entry("centres", text, extra=f"centre {centre.id}: hours",
                                    locations=[(CENTRES_FILE, None)])

    return _unique(walk())


# -- the core's messages --------------------------------------------------------------------


def error_classes(packages: Sequence[str] = PACKAGES) -> dict[str, type]:
    """Every LocatorError subclass defined in ``packages``, by class name."""
    from locator.model.errors import LocatorError

    for package in packages:
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            if not info.name.rpartition(".")[2].startswith("__"):
                importlib.import_module(info.name)
    found: dict[str, type] = {}
    todo: list[type] = [LocatorError]
    while todo:
        cls = todo.pop()
        if cls.__module__.split(".")[0] in packages:
            found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _template_index(cls: type) -> int | None:
    """Which positional argument of ``cls(...)`` is the template (None: its own __init__)."""
    from locator.model.errors import FieldError, LocatorError

    if cls.__init__ is LocatorError.__init__:  # type: ignore[misc]
        return 0
    if cls.__init__ is FieldError.__init__:  # type: ignore[misc]
        return 1
    return None


def _call_templates(call: ast.Call, cls: type) -> Iterator[str | None]:
    index = _template_index(cls)
    if index is not None:
        given = call.args[index] if len(call.args) > index else next(
            (k.value for k in call.keywords if k.arg == "template"), None)
        yield _literal(given)
    for keyword in call.keywords:
        if keyword.arg in getattr(cls, "translatable_params", ()):
            yield _literal(keyword.value)


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def error_messages(root: Path = ROOT, packages: Sequence[str] = PACKAGES) -> list[Entry]:
    """The core's messages (context ``errors``), each with where it is written."""
    classes = error_classes(packages)
    found: list[Entry] = []

    def add(text: str | None, path: Path, line: int, note: str) -> None:
        if text:
            found.append(Entry(ERRORS, text, extra=note,
                               locations=[(str(path.relative_to(root)), line)]))

    for cls in classes.values():
        template = cls.__dict__.get("template")
        if isinstance(template, str):
            path = Path(inspect.getfile(cls))
            add(template, path, inspect.getsourcelines(cls)[1], f"{cls.__name__}")
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name in classes:
                    for call in ast.walk(node):  # super().__init__("…") in an error class
                        if isinstance(call, ast.Call) and _name(call.func) == "__init__" \
                                and isinstance(getattr(call.func, "value", None), ast.Call) \
                                and call.args:
                            add(_literal(call.args[0]), path, call.lineno, node.name)
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node.func)
                if name == "N_" and node.args:
                    add(_literal(node.args[0]), path, node.lineno, "")
                elif name in classes:
                    for text in _call_templates(node, classes[name]):
                        add(text, path, node.lineno, name)
    merged: dict[str, Entry] = {}
    for entry in sorted(found, key=lambda e: (e.locations[0][0], e.locations[0][1] or 0)):
        if entry.source in merged:
            merged[entry.source].locations += entry.locations
        else:
            merged[entry.source] = entry
    return list(merged.values())


# -- putting it together --------------------------------------------------------------------


def all_messages(root: Path = ROOT) -> list[Entry]:
    return [*qt_messages(root), *procedure_messages(), *rule_messages(), *centre_messages(),
            *error_messages(root)]


def _located_in_ts_dir(entries: list[Entry], root: Path) -> list[Entry]:
    """Locations as lupdate writes them: relative to ``resources/translations/`` (also
    when the file is written elsewhere, e.g. by a check into a temporary folder)."""
    up = Path(*[".."] * len(TS_DIR.relative_to(ROOT).parts))
    return [Entry(**{**vars(entry), "locations": [(str(up / name), line)
                                                  for name, line in entry.locations]})
            for entry in entries]


def update(folder: Path = TS_DIR, languages: Sequence[str] = LANGUAGES,
           drop_obsolete: bool = False, root: Path = ROOT) -> dict[str, bool]:
    """Refresh ``locator_<lang>.ts`` in ``folder``; returns which files changed."""
    fresh = all_messages(root)
    changed = {}
    for lang in languages:
        path = ts_path(folder, lang)
        old = read_ts(path)[1] if path.exists() else []
        wanted = [e for e in fresh if e.numerus] if lang == "en" else fresh
        entries = merge(old, _located_in_ts_dir(wanted, root), PLURAL_FORMS[lang],
                        drop_obsolete)
        before = path.read_bytes() if path.exists() else b""
        write_ts(path, TS_LANGUAGE[lang], entries)
        changed[lang] = path.read_bytes() != before
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop texts that are no longer in the sources")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the files are not up to date")
    args = parser.parse_args(argv)
    folder: Path = args.ts_dir
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in args.languages:
                if ts_path(folder, lang).exists():
                    shutil.copy(ts_path(folder, lang), ts_path(Path(tmp), lang))
            changed = update(Path(tmp), args.languages, args.no_obsolete)
    else:
        changed = update(folder, args.languages, args.no_obsolete)
    for lang, did in changed.items():
        entries = read_ts(ts_path(folder, lang))[1] if ts_path(folder, lang).exists() else []
        todo = sum(1 for e in entries if e.status == "unfinished")
        print(f"locator_{lang}.ts: {'changed' if did else 'up to date'}, "
              f"{sum(1 for e in entries if e.active)} texts, {todo} to translate")
    return 1 if args.check and any(changed.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
