"""Who a statement's beneficiary is in the household: the rules, one place for the GUI and CLI.

A statement names its beneficiaries its own way: ameli prints ``pour CLAIRE né(e) le 03/03/1988``
(first name only, upper case, no accents, and the full date of birth: ameli-documents.md §1, G1),
a mutuelle ``MARTIN CLAIRE / 2 88 03 69 123 045 29`` (NAME FIRSTNAME and the NIR: §6, G3), a CSV
whatever its author typed. The household knows "Claire Whitfield". The rules, strongest first:

1. an **alias**: the user said, in an earlier import, who this spelling (and date of birth) is —
   or to leave its lines out. The user's word wins over every guess;
2. the **NIR**, when the file prints one and exactly one member has it;
3. the **date of birth**, when the file prints one and exactly one member has it (twins: the name
   decides between them);
4. an alias of this spelling given without a date of birth;
5. the **name**, ignoring case, accents and order: the same words, else the only member whose
   names include every word of the file's (``CLAIRE`` -> Claire Whitfield) or whose every word the
   file's include (``MARTIN CLAIRE`` -> Claire, for a household typed with first names). A name
   never matches a member whose date of birth is known and differs from the file's.

Nothing matched: the caller decides (the import dialog asks "who is this?"; the command line adds
a new member, DESIGN.md 7).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ameli_desktop.domain.names import name_key


class MatchedBy(StrEnum):
    """Why a beneficiary is that member (shown beside the choice, so the user can judge it)."""

    CHOSEN = "chosen"  # the user's choice in this import
    ALIAS = "alias"  # the user's choice in an earlier import
    NIR = "nir"
    BORN = "born"
    NAME = "name"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Member:
    """What matching needs of a household member."""

    id: int
    name_key: str  # names.name_key(name)
    born: date | None = None
    nir: str | None = None  # compact


@dataclass(frozen=True, slots=True)
class Alias:
    """A spelling a statement gives a member (with the date of birth it printed, if any)."""

    name_key: str
    born: date | None
    person_id: int | None  # None: the user chose to leave this beneficiary's lines out


@dataclass(frozen=True, slots=True)
class Resolution:
    person_id: int | None
    by: MatchedBy

    @property
    def left_out(self) -> bool:
        """An alias says: this beneficiary's lines are not the household's."""
        return self.person_id is None and self.by in (MatchedBy.ALIAS, MatchedBy.CHOSEN)

    @property
    def found(self) -> bool:
        return self.by is not MatchedBy.NONE


NOT_FOUND = Resolution(None, MatchedBy.NONE)


def compact_nir(nir: str | None) -> str:
    """A NIR as stored: no spaces, upper case (``2A``/``2B`` for Corsica)."""
    return "".join((nir or "").split()).upper()


def resolve_beneficiary(
    key: str,
    *,
    born: date | None = None,
    nir: str | None = None,
    members: Sequence[Member],
    aliases: Iterable[Alias] = (),
) -> Resolution:
    """Who the beneficiary ``key`` (a :func:`names.name_key`) is; see the module docstring."""
    known = {m.id for m in members}
    spelled = [
        a for a in aliases if a.name_key == key and (a.person_id is None or a.person_id in known)
    ]
    exact_alias = [a for a in spelled if a.born == born]
    if exact_alias:
        return Resolution(exact_alias[0].person_id, MatchedBy.ALIAS)
    wanted_nir = compact_nir(nir)
    if wanted_nir:
        by_nir = [m for m in members if m.nir and compact_nir(m.nir) == wanted_nir]
        if len(by_nir) == 1:
            return Resolution(by_nir[0].id, MatchedBy.NIR)
    if born is not None:
        by_born = [m for m in members if m.born == born]
        if len(by_born) == 1:
            return Resolution(by_born[0].id, MatchedBy.BORN)
        if by_born:  # twins: the name decides among them
            named = _by_name(key, None, by_born)
            if named is not None:
                return Resolution(named.id, MatchedBy.BORN)
    # An alias given without a date of birth; or, when the file prints none, the aliases of this
    # spelling if they all say the same.
    loose = [a for a in spelled if a.born is None] if born is not None else spelled
    if loose and len({a.person_id for a in loose}) == 1:
        return Resolution(loose[0].person_id, MatchedBy.ALIAS)
    named = _by_name(key, born, members)
    if named is not None:
        return Resolution(named.id, MatchedBy.NAME)
    return NOT_FOUND


def _by_name(key: str, born: date | None, members: Sequence[Member]) -> Member | None:
    """The one member with this name (rule 5), or None."""
    if not key:
        return None
    fitting = [m for m in members if born is None or m.born is None or m.born == born]
    exact = [m for m in fitting if m.name_key == key]
    if exact:
        return exact[0] if len(exact) == 1 else None
    words = set(key.split())
    partial = [
        m
        for m in fitting
        if (member_words := set(m.name_key.split()))
        and (words <= member_words or member_words <= words)
    ]
    return partial[0] if len(partial) == 1 else None


def new_member_name(name: str, born: date | None, taken: Iterable[str]) -> str:
    """The name a new member gets from a statement's spelling: as printed, made different from
    the names ``taken`` (name keys) by the year of birth, else a number: two ``LEO`` of one
    relevé (a father and his son) become ``LEO`` and ``LEO (2015)``."""
    clean = " ".join(name.split())[:70] or "?"
    used = set(taken)
    if name_key(clean) not in used:
        return clean
    if born is not None:
        dated = f"{clean} ({born.year})"
        if name_key(dated) not in used:
            return dated
    number = 2
    while name_key(f"{clean} ({number})") in used:
        number += 1
    return f"{clean} ({number})"
