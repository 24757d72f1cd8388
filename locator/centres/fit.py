"""The calling round for one person: the places that could hold them first, the rest folded.

Who each place holds is data (``holds`` in centres.yaml: men, women, families with
children under 18). The case gives two facts, ``sex`` and ``with_children``:

- with their children under 18: the family units;
- otherwise a man: the places that hold men; a woman: the places that hold women;
  not known: the places that hold men or women (the closed centres, not the family units).

The first place of the round (Caricole, which in theory keeps the list of every detainee)
is always shown. The rest of the round is folded, never dropped: the published facts may
be out of date, and a call to a folded place can still be written down.
"""

from __future__ import annotations

from dataclasses import dataclass

from locator.centres.model import Centre, CentreDirectory, Holds
from locator.model.cases import Case, Sex, Tristate


@dataclass(frozen=True)
class PersonRound:
    """The calling round for one person.

    Attributes:
        shown: the places that could hold them, in call order (the first of the round
            always among them).
        folded: the other places of the round, in call order.
        who: who the person is taken to be, as the centres sort people.
        facts_known: both facts are given (a woman or a man, and whether their children
            are with them); False means the round guessed wide.
    """

    shown: tuple[Centre, ...]
    folded: tuple[Centre, ...]
    who: frozenset[Holds]
    facts_known: bool

    def ids(self) -> tuple[str, ...]:
        """The ids of the places shown, in call order (what "n of m answered" counts)."""
        return tuple(c.id for c in self.shown)


def who_for(sex: Sex, with_children: Tristate) -> frozenset[Holds]:
    """Who the person could be held as, from what the case says."""
    if with_children is Tristate.YES:
        return frozenset({Holds.FAMILIES})
    if sex is Sex.MALE:
        return frozenset({Holds.MEN})
    if sex is Sex.FEMALE:
        return frozenset({Holds.WOMEN})
    return frozenset({Holds.MEN, Holds.WOMEN})


def round_for(directory: CentreDirectory, sex: Sex = Sex.UNKNOWN,
              with_children: Tristate = Tristate.UNKNOWN) -> PersonRound:
    """The Belgian calling round split for this person (see the module's rules)."""
    everything = directory.calling_round()
    who = who_for(sex, with_children)
    shown = tuple(c for i, c in enumerate(everything)
                  if i == 0 or any(c.could_hold(w) for w in who))
    folded = tuple(c for c in everything if c not in shown)
    known = with_children is Tristate.YES or (
        sex is not Sex.UNKNOWN and with_children is not Tristate.UNKNOWN)
    return PersonRound(shown, folded, who, known)


def case_round(directory: CentreDirectory, case: Case) -> PersonRound:
    """:func:`round_for` with the case's own facts."""
    return round_for(directory, case.sex, case.with_children)


__all__ = ["PersonRound", "case_round", "round_for", "who_for"]
