"""Two writers at once never lose an acknowledged value (issue 19).

* Two real processes, each running the command line's ``update`` 1,500 times (the CLI's
  ``main`` in a loop, one vault opening per update, as a script calling ``locator update``
  would), to different fields of the same cases at the same time: every one of the 3,000
  values is there at the end.
* The same field of the same cases: each ends with one of the two values written last, and
  the timeline's situation changes follow each other without a gap or an invented one.
* A window's save (``save_case`` of an edited copy) after a command-line ``update`` of the
  same case: only the fields edited in the window are written; a field both changed is
  refused with :class:`CaseChangedElsewhere`, nothing saved.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from locator.model.caseio import case_from_dict
from locator.model.cases import Case, EventKind, Status
from locator.storage.errors import CaseChangedElsewhere
from locator.storage.vault import Vault
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parent.parent
SECRET = "two writers at once, never a value lost"
UPDATES = 1500
FIELDS_A = ("real_name", "oe_number", "arrest_place", "registered_first_name", "lawyer.name")
FIELDS_B = ("notes", "registered_last_name", "alias", "other_spellings", "phone_in_centre")

#: one writer: ``locator update`` ``count`` times, to the case and field each line of its
#: plan names, started when the ``go`` file appears (both writers start together)
DRIVER = textwrap.dedent("""
    import io, json, os, sys, time
    from pathlib import Path
    import locator.storage.kdf as kdf
    kdf.DEFAULT_PARAMS = kdf.KdfParams(n={n}, r={r}, p={p})
    from locator.cli.main import main

    vault, plan, go = sys.argv[1], json.loads(Path(sys.argv[2]).read_text()), Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.001)
    failed = 0
    for case_id, data in plan:
        sys.stdin = io.StringIO(json.dumps(data))
        if main(["--vault", vault, "update", str(case_id), "--json", "-"]) != 0:
            failed += 1
    print(failed)
""").format(n=FAST_KDF.n, r=FAST_KDF.r, p=FAST_KDF.p)


def _value(field: str, writer: str, step: int) -> str | list[str]:
    if field == "phone_in_centre":
        return f"+3247{step:07d}"
    if field == "other_spellings":
        return [f"{writer}-{step}"]
    return f"{writer}-{step}"


def _plan(fields: tuple[str, ...], writer: str, cases: int) -> list[tuple[int, dict[str, Any]]]:
    """``UPDATES`` updates: each case in turn, every field of ``fields`` once."""
    plan: list[tuple[int, dict[str, Any]]] = []
    for step in range(UPDATES):
        case_id = step // len(fields) % cases + 1
        field = fields[step % len(fields)]
        value = _value(field, writer, step)
        record, _, name = field.partition(".")
        plan.append((case_id, {record: {name: value}} if name else {field: value}))
    return plan


def _run_writers(path: Path, plans: list[list[tuple[int, dict[str, Any]]]], tmp_path: Path) -> None:
    go = tmp_path / "go"
    env = {**os.environ, "LOCATOR_PASSPHRASE": SECRET}
    procs = []
    for number, plan in enumerate(plans):
        plan_file = tmp_path / f"plan-{number}.json"
        plan_file.write_text(json.dumps(plan))
        procs.append(subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(path), str(plan_file), str(go)],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=1200)
        assert proc.returncode == 0, err
        assert out.strip() == "0", f"updates refused: {out.strip()} ({err.strip()[:300]})"


def _stored(case: Case, field: str) -> object:
    record, _, name = field.partition(".")
    return getattr(case.lawyer, name) if name else getattr(case, field)


def _new_vault(path: Path, cases: int) -> None:
    with Vault.create(path, SECRET) as vault:
        vault.add_cases([Case(alias=f"seed {n}", status=Status.UNKNOWN)
                         for n in range(cases)])


def test_two_processes_updating_different_fields_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.locator"
    cases = UPDATES // len(FIELDS_A)  # each case updated by both writers at about once
    _new_vault(path, cases)
    plans = [_plan(FIELDS_A, "A", cases), _plan(FIELDS_B, "B", cases)]
    _run_writers(path, plans, tmp_path)
    lost = []
    with Vault.open_with_passphrase(path, SECRET) as vault:
        for plan in plans:
            for case_id, data in plan:
                ((key, value),) = data.items()
                field, wanted = (f"{key}.{next(iter(value))}", next(iter(value.values()))) \
                    if isinstance(value, dict) else (key, value)
                if _stored(vault.get_case(case_id), field) != wanted:
                    lost.append((case_id, field))
        assert vault.integrity_problems() == []
    print(f"\nconcurrent writers, different fields: {2 * UPDATES} acknowledged, "
          f"{len(lost)} lost")
    assert lost == []


def test_two_processes_updating_the_same_field(tmp_path: Path) -> None:
    """Both write ``notes`` and the situation (status) of the same cases: each case ends with
    a value one of them wrote last, and its timeline's situation changes follow each other
    (each starts where the one before ended; the case's status is where the last ended)."""
    path = tmp_path / "s.locator"
    cases = 50
    _new_vault(path, cases)
    statuses = [Status.DETAINED.value, Status.RELEASED.value]
    plans = []
    for number, writer in enumerate("AB"):
        plan = []
        for step in range(UPDATES):
            data = {"notes": f"{writer}-{step}"}
            if step % 3 == 0:
                data["status"] = statuses[(step // 3 + number) % 2]
            plan.append((step % cases + 1, data))
        plans.append(plan)
    _run_writers(path, plans, tmp_path)
    last = {(writer, case_id): data["notes"]
            for writer, plan in zip("AB", plans, strict=True) for case_id, data in plan}
    broken = []
    with Vault.open_with_passphrase(path, SECRET) as vault:
        for case_id in range(1, cases + 1):
            case = vault.get_case(case_id)
            if case.notes not in (last["A", case_id], last["B", case_id]):
                broken.append((case_id, "notes"))
            changes = [e.data for e in vault.events(case_id)
                       if e.kind is EventKind.STATUS_CHANGE]
            chain = [Status.UNKNOWN.value] + [c["to"] for c in changes]
            if [c["from"] for c in changes] != chain[:-1] or \
                    case.status.value != chain[-1]:
                broken.append((case_id, "timeline"))
        assert vault.integrity_problems() == []
    assert broken == []


# --- a window's save after a command-line update -------------------------------------------


def _cli_update(path: Path, case_id: int, data: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    script = DRIVER.replace("while not go.exists():\n    time.sleep(0.001)\n", "")
    plan = path.with_name("plan.json")
    plan.write_text(json.dumps([[case_id, data]]))
    return subprocess.run([sys.executable, "-c", script, str(path), str(plan), "-"],
                          env={**os.environ, "LOCATOR_PASSPHRASE": SECRET}, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _plain_copy(case: Case) -> Case:
    """A copy made field by field (as a caller building its own case would): it carries no
    note of what the vault handed out."""
    return Case(**{f.name: copy.deepcopy(getattr(case, f.name)) for f in dataclasses.fields(case)})


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[tuple[Path, Vault, int]]:
    path = tmp_path / "g.locator"
    vault = Vault.create(path, SECRET)
    case_id = vault.save_case(Case(alias="Window", status=Status.DETAINED, centre="",
                                   notes="as typed at first")).id
    assert case_id is not None
    yield path, vault, case_id
    vault.lock()


def test_a_window_save_keeps_a_command_line_update(opened: tuple[Path, Vault, int]) -> None:
    path, vault, case_id = opened
    shown = vault.get_case(case_id)  # the case the window opened
    events_before = len(vault.events(case_id))
    done = _cli_update(path, case_id, {"status": "released", "arrest_place": "Station"})
    assert done.returncode == 0 and done.stdout.strip() == "0", done.stderr
    edited = case_from_dict({"notes": "typed in the window"}, shown)
    saved = vault.save_case(edited)
    assert (saved.notes, saved.status, saved.arrest_place) == (
        "typed in the window", Status.RELEASED, "Station")
    events = vault.events(case_id)
    # the command line's change of situation, and no invented change back
    assert [e.kind for e in events[events_before:]] == [EventKind.STATUS_CHANGE]
    assert events[-1].data["to"] == Status.RELEASED.value


def test_a_field_changed_on_both_sides_is_refused_and_named(
        opened: tuple[Path, Vault, int]) -> None:
    path, vault, case_id = opened
    shown = vault.get_case(case_id)
    done = _cli_update(path, case_id, {"notes": "SECRET-FROM-THE-COMMAND-LINE"})
    assert done.returncode == 0, done.stderr
    edited = case_from_dict({"notes": "SECRET-FROM-THE-WINDOW", "alias": "Renamed"}, shown)
    with pytest.raises(CaseChangedElsewhere) as refused:
        vault.save_case(edited)
    assert refused.value.fields == ("notes",)
    assert "Notes" in str(refused.value)  # its label and "SECRET" not in str(refused.value)
    assert vault.get_case(case_id).notes == "SECRET-FROM-THE-COMMAND-LINE"
    assert vault.get_case(case_id).alias == "Window"  # nothing of that save written
    # the person chose to keep theirs: it is written, the rest of the vault's case kept
    kept = vault.save_case(edited, overwrite=refused.value.fields)
    assert (kept.notes, kept.alias) == ("SECRET-FROM-THE-WINDOW", "Renamed")


def test_an_explicit_base_and_a_save_with_nothing_new(opened: tuple[Path, Vault, int]) -> None:
    path, vault, case_id = opened
    base = vault.get_case(case_id)
    events_before = len(vault.events(case_id))
    same = vault.save_case(_plain_copy(base), base=base)  # a plain copy, no change
    assert same.updated_at == base.updated_at and len(vault.events(case_id)) == events_before
    done = _cli_update(path, case_id, {"status": "released"})
    assert done.returncode == 0, done.stderr
    # a copy built without the vault's note of what was read: the base says it
    edited = _plain_copy(base)
    edited.arrest_place = "Airport"
    saved = vault.save_case(edited, base=base)
    assert (saved.status, saved.arrest_place) == (Status.RELEASED, "Airport")
    # no base at all (a case built from scratch with an id): the whole case, as before
    whole = _plain_copy(base)
    assert vault.save_case(whole).status is Status.DETAINED
