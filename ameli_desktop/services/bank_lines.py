"""A bank export's lines belong to the household, not to a person (issue 19).

A bank line is the household's money: a credit belongs to the acts it settled, a debit to the act
it paid, and a health expense with no act yet to the household until its act comes
(``services.acts_refresh``). So a bank line is stored with no person, needs no ``--person``, and
is a duplicate of the same stored bank line whoever was chosen when either was imported (issue
16's acceptance: re-importing the same bank file adds nothing).
"""

from collections.abc import Sequence

from ameli_desktop.importers import Insurer


def household_owned(
    persons: Sequence[int | None], insurers: Sequence[Insurer | None]
) -> list[int | None]:
    """Each line's person, none for a bank line."""
    return [
        None if insurer is not None else person
        for person, insurer in zip(persons, insurers, strict=True)
    ]


def lines_needing_person(
    beneficiaries: Sequence[str | None], insurers: Sequence[Insurer | None]
) -> int:
    """Statement lines that name no beneficiary (a bank line needs nobody)."""
    return sum(
        1
        for name, insurer in zip(beneficiaries, insurers, strict=True)
        if not name and insurer is None
    )
