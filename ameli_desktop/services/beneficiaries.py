"""Who the beneficiaries of a statement are (issue 16, "who is this?").

A file's beneficiaries (:func:`file_beneficiaries`) are matched to the household by the rules of
:mod:`ameli_desktop.domain.beneficiaries`, or as the user chooses: a member, a new person, or
leave these lines out. A choice that the rules alone would not make is kept as an alias of that
member (``person_alias``), so the next import of "CLAIRE MARTIN" knows it is Claire Whitfield.
A file without a beneficiary column (a bank export) remembers whom its lines were for, by where
it comes from (:func:`source_of`: the bank and the account its preamble names, or the profile).

The import (services.statement_import) calls :meth:`BeneficiaryService.match` for its preview and
:meth:`BeneficiaryService.remember` inside its write transaction, so an answer is kept only by an
import that is written.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from ameli_desktop.domain.beneficiaries import (
    Alias,
    MatchedBy,
    Member,
    Resolution,
    new_member_name,
    resolve_beneficiary,
)
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from ameli_desktop.domain.identifiers import normalize_nir
from ameli_desktop.domain.names import name_key
from ameli_desktop.importers import ParsedStatement, ProfileKind
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PersonRecord, take_back_spelling
from ameli_desktop.storage.models import ImportSourcePerson, Person, PersonAlias
from ameli_desktop.storage.types import utcnow

MAX_ALIAS_CHARS = 120
# An account number in a bank export's preamble: ``****4821`` (BNP Paribas, Hello bank),
# ``00012345678`` (Crédit Agricole), ``0987654B024`` (La Banque Postale), ``="0000012345678901"``
# (Société Générale): see tests/data/banks. Dates and amounts never match (``/``, ``,``, spaces).
_ACCOUNT = re.compile(r"\*{2,}\d{3,}|(?<![\w/.,])\d[\dA-Z]{5,}(?![\w/.,])")
_MIN_ACCOUNT_DIGITS = 5


class ChoiceKind(StrEnum):
    MEMBER = "member"
    NEW = "new"
    LEAVE_OUT = "out"


@dataclass(frozen=True, slots=True)
class BeneficiaryChoice:
    """What the user says a beneficiary is (the dialog's choice, or ``--as`` on the CLI)."""

    kind: ChoiceKind
    person_id: int | None = None
    name: str = ""  # NEW: the new member's name ("": as the file prints it)

    @classmethod
    def member(cls, person_id: int) -> "BeneficiaryChoice":
        return cls(ChoiceKind.MEMBER, person_id)

    @classmethod
    def new(cls, name: str = "") -> "BeneficiaryChoice":
        return cls(ChoiceKind.NEW, None, " ".join(name.split()))

    @classmethod
    def leave_out(cls) -> "BeneficiaryChoice":
        return cls(ChoiceKind.LEAVE_OUT)


@dataclass(frozen=True, slots=True)
class FileBeneficiary:
    """One person as a file names them: a spelling and, when printed, a date of birth or NIR."""

    name: str  # as first printed
    key: str  # name_key(name)
    born: date | None
    nir: str | None
    lines: int  # statement lines and daily allowances

    @property
    def ident(self) -> str:
        """The key of a choice for exactly this beneficiary (a choice may also be keyed by
        ``key`` alone: every beneficiary of that spelling)."""
        return f"{self.key}|{self.born.isoformat() if self.born else ''}"


@dataclass(frozen=True, slots=True)
class BeneficiaryMatch:
    """A file's beneficiary and what the import does with their lines.

    ``action`` None: nobody matched and nothing was chosen (the dialog asks; the command line
    adds a new member). ``automatic`` is what the rules alone say, to tell a choice that must
    be remembered from one that changes nothing.
    """

    beneficiary: FileBeneficiary
    action: ChoiceKind | None
    person_id: int | None
    person_name: str | None
    by: MatchedBy
    new_name: str = ""  # NEW: the name the new member gets
    automatic: Resolution = field(default_factory=lambda: Resolution(None, MatchedBy.NONE))
    name_taken: bool = False  # NEW with a typed name someone in the household already has

    @property
    def name(self) -> str:
        return self.beneficiary.name

    @property
    def key(self) -> str:
        return self.beneficiary.key

    @property
    def lines(self) -> int:
        return self.beneficiary.lines

    @property
    def is_new(self) -> bool:
        """A new member is added for them (chosen, or nobody matched)."""
        return self.action is ChoiceKind.NEW or self.action is None

    @property
    def left_out(self) -> bool:
        return self.action is ChoiceKind.LEAVE_OUT

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "born": self.beneficiary.born.isoformat() if self.beneficiary.born else None,
            "lines": self.lines,
            "action": (self.action or ChoiceKind.NEW).value,
            "person": self.new_name if self.is_new else self.person_name,
            "by": self.by.value,
        }


def file_beneficiaries(parsed: ParsedStatement) -> list[FileBeneficiary]:
    """Every beneficiary of a file, by spelling and date of birth, in the order of the file.

    Lines of one spelling without a date of birth join the one group of that spelling that has
    one (an ameli relevé prints it in every block; a stray row without it is the same person).
    """
    columns = parsed.columns
    # Counted in C over the whole file; the loop below sees each distinct triple once (a 100 000
    # line CSV names a handful of people).
    seen = Counter(zip(columns.beneficiary, columns.born, columns.beneficiary_nir, strict=True))
    seen.update((a.beneficiary, a.born, None) for a in parsed.allowances)
    order: dict[tuple[str, date | None], str] = {}
    counts: Counter[tuple[str, date | None]] = Counter()
    nirs: dict[tuple[str, date | None], str] = {}
    for (name, born, nir), count in seen.items():
        if not name:
            continue
        group = (name_key(name), born)
        order.setdefault(group, name)
        counts[group] += count
        if nir and group not in nirs:
            nirs[group] = nir
    for key, born in list(order):
        if born is not None:
            continue
        dated = [g for g in order if g[0] == key and g[1] is not None]
        if len(dated) == 1:
            counts[dated[0]] += counts.pop((key, None))
            if (key, None) in nirs:
                nirs.setdefault(dated[0], nirs[(key, None)])
            del order[(key, None)]
    return [
        FileBeneficiary(name, key, born, nirs.get((key, born)), counts[(key, born)])
        for (key, born), name in order.items()
    ]


def beneficiary_of_lines(
    parsed: ParsedStatement, beneficiaries: Sequence[FileBeneficiary]
) -> list[str | None]:
    """The :attr:`FileBeneficiary.ident` of every line (None: the line names nobody)."""
    groups = {(b.key, b.born): b.ident for b in beneficiaries}
    loose = {b.key: b.ident for b in beneficiaries}

    def ident_of_name(name: str, born: date | None) -> str | None:
        key = name_key(name)
        return (groups.get((key, born)) or loose.get(key)) if name else None

    names, borns = parsed.columns.beneficiary, parsed.columns.born
    if borns.count(None) == len(borns):
        # No birth dates (every CSV): by name alone, without a tuple per line (100 ms of
        # 100 000 lines).
        by_name = {name: ident_of_name(name, None) for name in set(names)}
        return list(map(by_name.__getitem__, names))
    pairs = list(zip(names, borns, strict=True))
    ident = {(name, born): ident_of_name(name, born) for name, born in set(pairs)}
    return list(map(ident.__getitem__, pairs))


def ident_of(beneficiaries: Sequence[FileBeneficiary], name: str, born: date | None) -> str | None:
    """The ident of one line's (or daily allowance's) beneficiary."""
    if not name:
        return None
    key = name_key(name)
    for b in beneficiaries:
        if b.key == key and b.born == born:
            return b.ident
    return next((b.ident for b in beneficiaries if b.key == key), None)


def source_of(parsed: ParsedStatement) -> tuple[str, str] | None:
    """Where a file without a beneficiary column comes from: (key, label for the user).

    A bank export: its bank and the account number its preamble prints, when it prints one
    (``bank:bnp_paribas#****4821``); any other file: the profile it was read with. None for a
    statement whose lines all name their beneficiary.
    """
    if parsed.columns.beneficiary.count("") == 0:
        return None
    layout = parsed.layout
    account = account_in(layout.preamble)
    if layout.bank is not None:
        key, label = f"bank:{layout.bank.id}", layout.bank.name
    elif parsed.profile.kind is ProfileKind.BANK:
        key, label = f"bank:{parsed.profile.name}", parsed.profile.name
    else:
        key, label = f"profile:{parsed.profile.name}", parsed.profile.name
    if account:
        key, label = f"{key}#{account}", f"{label} {account}"
    return key[:160], label[:160]


def account_in(preamble: Iterable[str]) -> str:
    """The first account number the lines above a bank export's table print ("" if none)."""
    for text in preamble:
        for found in _ACCOUNT.findall(text):
            if found.startswith("*") or sum(c.isdigit() for c in found) >= _MIN_ACCOUNT_DIGITS:
                return str(found)
    return ""


class BeneficiaryService:
    """The household's answers to "who is this?"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ reading
    def aliases(self) -> list[Alias]:
        with self.ctx.read() as session:
            rows = session.scalars(select(PersonAlias)).all()
            return [Alias(r.name_key, r.born, r.person_id) for r in rows]

    def aliases_of(self, person_id: int) -> list[str]:
        """The spellings statement files give a person (for the household's views)."""
        with self.ctx.read() as session:
            rows = session.scalars(
                select(PersonAlias).where(PersonAlias.person_id == person_id)
            ).all()
            return sorted(r.name for r in rows)

    def remembered_person(self, source: str | None) -> int | None:
        """Whom the last import from this bank account (or profile) was for."""
        if source is None:
            return None
        with self.ctx.read() as session:
            row = session.scalars(
                select(ImportSourcePerson).where(ImportSourcePerson.source == source)
            ).first()
            return row.person_id if row is not None else None

    # ------------------------------------------------------------------ matching
    def match(
        self,
        beneficiaries: Sequence[FileBeneficiary],
        choices: Mapping[str, BeneficiaryChoice],
        people: Sequence[PersonRecord],
    ) -> list[BeneficiaryMatch]:
        """What the import does with each beneficiary: the user's choice, else the rules."""
        members = [Member(p.id, name_key(p.name), p.born, p.nir) for p in people]
        names = {p.id: p.name for p in people}
        aliases = self.aliases()
        taken = {m.name_key for m in members}
        matches = []
        for b in beneficiaries:
            auto = resolve_beneficiary(
                b.key, born=b.born, nir=b.nir, members=members, aliases=aliases
            )
            choice = choices.get(b.ident) or choices.get(b.key)
            if choice is not None and choice.kind is ChoiceKind.MEMBER:
                if choice.person_id not in names:
                    raise _no_person(choice.person_id)
                match = BeneficiaryMatch(
                    b, ChoiceKind.MEMBER, choice.person_id, names[choice.person_id],
                    MatchedBy.CHOSEN, automatic=auto,
                )  # fmt: skip
            elif choice is not None and choice.kind is ChoiceKind.LEAVE_OUT:
                match = BeneficiaryMatch(
                    b, ChoiceKind.LEAVE_OUT, None, None, MatchedBy.CHOSEN, automatic=auto
                )
            elif choice is not None:  # NEW
                typed = choice.name
                new_name = typed or new_member_name(b.name, b.born, taken)
                clash = bool(typed) and name_key(typed) in taken
                taken.add(name_key(new_name))
                match = BeneficiaryMatch(
                    b, ChoiceKind.NEW, None, None, MatchedBy.CHOSEN, new_name, auto, clash
                )
            elif auto.left_out:
                match = BeneficiaryMatch(b, ChoiceKind.LEAVE_OUT, None, None, auto.by, "", auto)
            elif auto.person_id is not None:
                match = BeneficiaryMatch(
                    b, ChoiceKind.MEMBER, auto.person_id, names[auto.person_id], auto.by,
                    automatic=auto,
                )  # fmt: skip
            else:
                new_name = new_member_name(b.name, b.born, taken)
                taken.add(name_key(new_name))
                match = BeneficiaryMatch(b, None, None, None, MatchedBy.NONE, new_name, auto)
            matches.append(match)
        return matches

    # ------------------------------------------------------------------ writing
    @staticmethod
    def check_new_names(matches: Sequence[BeneficiaryMatch]) -> None:
        """Refuse a new member's typed name that someone in the household already has."""
        for match in matches:
            if match.name_taken:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone called “{name}” is already in the household: choose them for "
                        "“{spelling}” rather than a new person, or type another name.",
                    ),
                    field="beneficiary",
                    name=match.new_name,
                    spelling=match.name,
                )

    def create_new_members(
        self, session: Any, matches: Sequence[BeneficiaryMatch]
    ) -> dict[str, int]:
        """Add the new members of an import (in its transaction): ident -> person id.

        A new member gets the file's date of birth, and its NIR when the file prints a valid one.
        A member of that name added since the import was planned (by a simultaneous import of
        the same file: the write lock is taken only now) is that member, not a second one.
        """
        created: dict[str, int] = {}
        today = self.ctx.today()
        for match in matches:
            if not match.is_new:
                continue
            b = match.beneficiary
            name = match.new_name[:80]
            existing = session.scalars(
                select(Person.id).where(Person.name_key == name_key(name))  # type: ignore[arg-type]
            ).first()
            if existing is not None:
                created[b.ident] = existing
                continue
            nir = None
            if b.nir:
                try:
                    nir = normalize_nir(b.nir)
                except UserError:
                    nir = None
            person = Person(
                name=name,
                name_key=name_key(name),
                born=b.born if b.born is not None and b.born <= today else None,
                role="other",
                nir=nir,
            )
            session.add(person)
            session.flush()
            assert person.id is not None
            created[b.ident] = person.id
            take_back_spelling(session, person.name_key)
        return created

    def remember(
        self, session: Any, matches: Sequence[BeneficiaryMatch], created: Mapping[str, int]
    ) -> None:
        """Keep the user's answers that the rules alone would not give (in the import's
        transaction): the next import of these spellings needs no question."""
        for match in matches:
            if match.by is not MatchedBy.CHOSEN:
                continue
            b = match.beneficiary
            auto = match.automatic
            if match.action is ChoiceKind.MEMBER:
                if auto.person_id == match.person_id and auto.found:
                    continue
                person_id: int | None = match.person_id
            elif match.action is ChoiceKind.LEAVE_OUT:
                if auto.left_out:
                    continue
                person_id = None
            else:
                person_id = created[b.ident]
                if name_key(match.new_name) == b.key and auto.by is not MatchedBy.ALIAS:
                    continue  # the new member's own name finds them
            self.set_alias(session, b.name, b.born, person_id)

    @staticmethod
    def set_alias(session: Any, name: str, born: date | None, person_id: int | None) -> None:
        """This spelling (and date of birth) is ``person_id`` (None: leave its lines out)."""
        key = name_key(name)[:MAX_ALIAS_CHARS]
        row = session.scalars(
            select(PersonAlias).where(PersonAlias.name_key == key, PersonAlias.born.is_(born))  # type: ignore[union-attr]
            if born is None
            else select(PersonAlias).where(PersonAlias.name_key == key, PersonAlias.born == born)
        ).first()
        if row is None:
            session.add(
                PersonAlias(
                    name_key=key, name=name[:MAX_ALIAS_CHARS], born=born, person_id=person_id
                )
            )
        else:
            row.person_id, row.name, row.updated_at = person_id, name[:MAX_ALIAS_CHARS], utcnow()
        session.flush()

    @staticmethod
    def remember_source(session: Any, source: tuple[str, str], person_id: int) -> None:
        """The lines without a beneficiary of files from ``source`` were for ``person_id``."""
        key, label = source
        row = session.scalars(
            select(ImportSourcePerson).where(ImportSourcePerson.source == key)
        ).first()
        if row is None:
            session.add(ImportSourcePerson(source=key, label=label, person_id=person_id))
        else:
            row.person_id, row.label, row.updated_at = person_id, label, utcnow()


def _no_person(person_id: int | None) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
        field="beneficiary",
        id=person_id,
    )
