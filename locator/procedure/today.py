"""The cases whose next step of the procedure waits on the user, most urgent first: the
second half of the home screen ("Today"), after the deadlines.

Pure ordering over :func:`locator.procedure.guide.next_steps`; the cases and their
timelines are read through :mod:`locator.storage.today` and the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from locator.procedure.guide import Procedure, Progress, load_procedure, next_steps
from locator.procedure.model import Step
from locator.storage.today import open_case_ids

if TYPE_CHECKING:
    from locator.storage.vault import Vault

__all__ = ["MAX_CASES", "PendingStep", "StepsToday", "order_steps", "pending_step",
           "pending_steps"]

#: the open cases looked at (latest change first): a long list is the case list's work
MAX_CASES = 100  # about 0.2 s of work at 100,000 cases: the home screen does it in slices


@dataclass(frozen=True)
class PendingStep:
    """One case's step to do now."""

    case_id: int
    name: str
    step: Step
    urgent: bool  # the step's urgency condition holds now
    level: int  # its urgency level (0: not urgent)
    reason: str  # reason id (text in procedure.yaml)
    waiting_until: datetime | None  # while the first 24 hours run: when they end


@dataclass(frozen=True)
class StepsToday:
    steps: tuple[PendingStep, ...]
    looked_at: int  # how many open cases were looked at
    open_cases: int  # how many open cases there are


def pending(case_id: int, name: str, progress: Progress) -> PendingStep | None:
    """The case's step to do now (None: nothing pending)."""
    step = progress.current
    if step is None:
        return None
    item = progress.of(step.id)
    level = step.urgent.level if item.urgent and step.urgent is not None else 0
    return PendingStep(case_id, name, step, item.urgent, level, progress.reason,
                       progress.waiting_until)


def pending_step(vault: Vault, case_id: int, now: datetime,
                 procedure: Procedure) -> PendingStep | None:
    """One case's step to do now, read from the vault (None: nothing pending)."""
    case = vault.get_case(case_id)
    return pending(case_id, case.display_name(),
                   next_steps(case, vault.events(case_id), now=now, procedure=procedure))


def order_steps(steps: list[PendingStep], now: datetime) -> list[PendingStep]:
    """Urgent steps first (highest level first), then steps one can do now, then those
    waiting for the first 24 hours to pass; the order given (latest change) within each."""
    def key(item: PendingStep) -> tuple[int, int]:
        waiting = item.waiting_until is not None and item.waiting_until > now
        return (-item.level, 1 if waiting and not item.urgent else 0)

    return sorted(steps, key=key)


def pending_steps(vault: Vault, now: datetime, *, procedure: Procedure | None = None,
                  limit: int = MAX_CASES) -> StepsToday:
    """The next step of each open case (at most ``limit`` cases, latest change first)."""
    proc = procedure if procedure is not None else load_procedure()
    ids, total = open_case_ids(vault, limit)
    found: list[PendingStep] = []
    for case_id in ids:
        item = pending_step(vault, case_id, now, proc)
        if item is not None:
            found.append(item)
    return StepsToday(tuple(order_steps(found, now)), len(ids), total)
