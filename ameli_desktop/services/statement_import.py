"""Importing a statement file: preview, de-duplication against stored lines, one transaction,
undo; and the import profiles users save.

The rules (DESIGN.md 4):
- a file is written in one transaction or not at all; with unreadable rows and no "skip bad
  rows", nothing is written and every bad row is listed;
- a line is a duplicate only of *stored* lines: a file line whose fingerprint appears ``k`` times
  for that person in the database is new from its ``k+1``-th occurrence in the file on. So
  re-importing a file (or an overlapping one) adds nothing, two identical real lines in one file
  both stay, and a line the user deleted comes back when its file is imported again;
- beneficiaries are matched to household members by services.beneficiaries ("who is this?"):
  the user's choice, else the rules of domain.beneficiaries (an earlier answer, the NIR, the date
  of birth, the name); one nobody matches is asked in the dialog (``ask_unknown``) and becomes a
  new member on the command line (DESIGN.md 7); the lines of one the user leaves out are not
  written; lines without a beneficiary go to the chosen person, else to whom the last import
  from the same bank account went;
- importing the exact same file again (same SHA-256) is said up front.
"""

import contextlib
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from itertools import compress
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError

from ameli_desktop.domain.claims import ClaimStatus, line_settles_claim
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, UserError
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.payments import BankCredit, StatementPayment
from ameli_desktop.domain.reimbursements import MAX_NATURE, MAX_PRACTITIONER
from ameli_desktop.importers import (
    BUILTIN_PROFILES,
    DailyAllowance,
    DateOrder,
    Insurer,
    LineColumns,
    ParsedStatement,
    Profile,
    ProfileError,
    Rejection,
    collector_paused,
    inspect_statement,
    parse_statement,
    read_file_bytes,
)
from ameli_desktop.services.acts_refresh import refresh, touched_by_batch, touched_by_rows
from ameli_desktop.services.bank_lines import household_owned, lines_needing_person
from ameli_desktop.services.beneficiaries import (
    BeneficiaryChoice,
    BeneficiaryMatch,
    BeneficiaryService,
    FileBeneficiary,
    beneficiary_of_lines,
    file_beneficiaries,
    ident_of,
    source_of,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.services.payments import (
    NewLines,
    find_settlements,
    link_withheld,
    statement_settlements,
)
from ameli_desktop.storage.models import (
    AppMeta,
    Claim,
    ImportBatch,
    ImportProfile,
    ReimbursementLine,
)
from ameli_desktop.storage.types import utcnow

ProgressCallback = Callable[[int, int], None]
INSERT_CHUNK = 10_000  # rows per executemany: progress and cancel between chunks
ANALYZE_AFTER = 5_000  # lines written after which the planner's statistics are refreshed
IMPORT_CACHE_KIB = -65536  # 64 MiB of page cache while importing (negative: KiB, SQLite's way)
DEFAULT_CACHE_KIB = -2000  # SQLite's default, put back afterwards
INSURER_NAMES_KEY = "import/insurer_names"
MAX_INSURER_NAMES_CHARS = 4000  # the app_meta value's size

_LINE_COLUMNS = (
    "person_id",
    "batch_id",
    "line_date",
    "care_date",
    "payment_date",
    "nature",
    "practitioner",
    "paid_cents",
    "base_cents",
    "rate_percent",
    "reimbursed_cents",
    "complementary_cents",
    "deductions_cents",
    "third_party",
    "insurer",
    "fingerprint",
    "source_line",
)
# Written only by the files that have them (statement PDFs): a CSV's 100 000 lines do not bind
# eight more NULL parameters each.
_DOCUMENT_COLUMNS = (
    "payment_cents",
    "sent_to_complementary",
    "kind",
    "payment_id",
    "complementary_insurer",
    "complementary_rate",
    "amo_quoted_cents",
    "reference",
)


def _insert_line(names: Sequence[str]) -> str:
    """The INSERT of lines, built from the constant column names above, never from input."""
    return (
        f"INSERT INTO reimbursement_line ({', '.join(names)}) "  # noqa: S608
        f"VALUES ({', '.join('?' * len(names))})"
    )


# ------------------------------------------------------------------------------------ records
@dataclass(frozen=True, slots=True)
class BatchRecord:
    id: int
    file_name: str
    sha256: str
    profile: str
    encoding: str
    imported: int
    duplicates: int
    rejected: int
    skipped: int
    imported_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file_name,
            "sha256": self.sha256,
            "profile": self.profile,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "imported_at": self.imported_at.isoformat(),
        }


def _batch(row: ImportBatch) -> BatchRecord:
    assert row.id is not None
    return BatchRecord(
        row.id,
        row.file_name,
        row.sha256,
        row.profile,
        row.encoding,
        row.imported,
        row.duplicates,
        row.rejected,
        row.skipped,
        row.imported_at,
    )


@dataclass(frozen=True)
class ImportOptions:
    """Choices made in the import dialog or on the command line.

    Attributes:
        person_id: who the lines without a beneficiary are for (None: whom the last import
            from the same bank account was for, else the only member, if one).
        beneficiaries: who a beneficiary of the file is ("who is this?"), by
            :attr:`FileBeneficiary.ident` (one spelling and date of birth) or by name_key
            (every beneficiary of that spelling); the others are matched by the rules.
        exclude_lines: file lines the user unticked in the preview (bank lines not to keep).
        skip_bad: write the good rows even when some rows could not be read.
        dry_run: compute everything, write nothing.
        ask_unknown: a beneficiary nobody matched must have been chosen (the dialog); without
            it such a beneficiary becomes a new member (the command line, DESIGN.md 7).
        remember_answers: keep the choices as aliases, and whom a bank account's lines are
            for, for the next imports (not for the example household's own statement).
    """

    person_id: int | None = None
    beneficiaries: Mapping[str, BeneficiaryChoice] = field(default_factory=dict)
    exclude_lines: frozenset[int] = frozenset()
    skip_bad: bool = False
    dry_run: bool = False
    ask_unknown: bool = False
    remember_answers: bool = True


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, computed without writing anything."""

    parsed: ParsedStatement
    duplicate_lines: frozenset[int]  # file lines already stored
    beneficiaries: list[BeneficiaryMatch]
    lines_without_beneficiary: int
    previous: BatchRecord | None  # an earlier import of the very same file
    # File lines that are (or are paid by) a bank credit: a statement's transfer seen twice.
    settled: frozenset[int] = frozenset()
    # File lines of the beneficiaries whose lines are left out ("who is this?").
    left_out_lines: frozenset[int] = frozenset()
    # Whom the lines without a beneficiary are for when nobody is chosen (the bank account's
    # last import, or the only member); None: the user must choose.
    default_person: int | None = None
    source: tuple[str, str] | None = None  # where a file without beneficiaries comes from

    @property
    def new_lines(self) -> int:
        return len(self.parsed.columns) - len(self.duplicate_lines) - len(self.left_out_lines)

    @property
    def unanswered(self) -> list[BeneficiaryMatch]:
        """Beneficiaries nobody matched and the user has not said who they are."""
        return [m for m in self.beneficiaries if m.action is None]


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or would do, for a dry run or a refused file)."""

    written: bool
    batch_id: int | None
    imported: int
    duplicates: int
    rejected: list[Rejection]
    skipped: int
    new_people: list[str]
    settled_claims: list[int]
    previous: BatchRecord | None
    dry_run: bool = False
    payments_matched: int = 0  # bank credits found to be statement payments (either side new)
    layout: str = ""  # the bank export or profile the file was read as
    set_aside: dict[str, int] = field(default_factory=dict)  # bank lines not health, by reason
    document: str = ""  # domain.statements.DocumentKind
    payments: int = 0  # the payments a statement PDF lists (stored when written)
    allowances: int = 0  # daily allowances written (or that would be), apart from care
    beneficiaries: list[BeneficiaryMatch] = field(default_factory=list)
    left_out: int = 0  # lines of beneficiaries left out
    lines_for: str | None = None  # who the lines without a beneficiary went to, if any
    remembered: bool = False  # ... because the last import from the same account was theirs

    def to_json(self) -> dict[str, Any]:
        """DESIGN.md 7's JSON, plus what the user should know (new members, same file)."""
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": [r.to_dict() for r in self.rejected],
            "batch": self.batch_id,
            "skipped": self.skipped,
            "new_people": self.new_people,
            "settled_claims": self.settled_claims,
            "payments_matched": self.payments_matched,
            "layout": self.layout,
            "document": self.document,
            "payments": self.payments,
            "allowances": self.allowances,
            "set_aside": self.set_aside,
            "beneficiaries": [m.to_json() for m in self.beneficiaries],
            "left_out": self.left_out,
            "lines_without_beneficiary_for": self.lines_for,
            "dry_run": self.dry_run,
            "already_imported": self.previous.to_json() if self.previous else None,
        }


# ---------------------------------------------------------------------------------- profiles
class ProfileService:
    """Built-in profiles and the ones the user saved (by name, case-insensitive)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def saved(self) -> list[Profile]:
        with self.ctx.read() as session:
            rows = session.scalars(select(ImportProfile).order_by(ImportProfile.name)).all()
            return [Profile.from_dict(json.loads(r.data)) for r in rows]

    def names(self) -> list[str]:
        return [*BUILTIN_PROFILES, *(p.name for p in self.saved())]

    def get(self, name: str) -> Profile:
        """A built-in profile (``ameli``, ``bank``) or a saved one."""
        wanted = name.strip().casefold()
        for builtin in BUILTIN_PROFILES.values():
            if builtin.name == wanted:
                return builtin
        for profile in self.saved():
            if profile.name.casefold() == wanted:
                return profile
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no import profile “{name}” (known: {known})."),
            field="profile",
            name=name,
            known=", ".join(self.names()),
        )

    def save(self, profile: Profile) -> Profile:
        """Save (or replace) a user profile under its name."""
        if profile.name.casefold() in BUILTIN_PROFILES:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "“{name}” is a built-in profile: choose another name."),
                field="profile",
                name=profile.name,
            )
        profile.check_columns()
        data = json.dumps(profile.to_dict(), ensure_ascii=False)
        with self.ctx.write() as session:
            rows = session.scalars(select(ImportProfile)).all()
            row = next((r for r in rows if r.name.casefold() == profile.name.casefold()), None)
            if row is None:
                session.add(ImportProfile(name=profile.name, data=data))
            else:
                row.name, row.data, row.updated_at = profile.name, data, utcnow()
        return profile

    # ------------------------------------------------------------ the user's insurer names
    def insurer_names(self) -> list[str]:
        """The names of the household's complementary insurers as their bank writes them
        (``MUT DES MOTARDS``): read as health payers in every bank export."""
        with self.ctx.read() as session:
            row = session.get(AppMeta, INSURER_NAMES_KEY)
        return json.loads(row.value) if row is not None else []

    def set_insurer_names(self, names: Sequence[str]) -> list[str]:
        """Keep these names (trimmed, without duplicates, in the order given)."""
        kept = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
        value = json.dumps(kept, ensure_ascii=False)
        if len(value) > MAX_INSURER_NAMES_CHARS:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "That is too many insurer names to keep."),
                field="insurers",
            )
        with self.ctx.write() as session:
            row = session.get(AppMeta, INSURER_NAMES_KEY)
            if row is None:
                session.add(AppMeta(key=INSURER_NAMES_KEY, value=value))
            else:
                row.value = value
        return kept

    def delete(self, name: str) -> None:
        with self.ctx.write() as session:
            for row in session.scalars(select(ImportProfile)).all():
                if row.name.casefold() == name.strip().casefold():
                    session.delete(row)
                    return
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no saved import profile “{name}”."),
            field="profile",
            name=name,
        )


# ------------------------------------------------------------------------------------ import
class ImportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -------------------------------------------------------------------- reading
    def read(
        self,
        path: Path,
        *,
        profile: Profile | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
        date_order: DateOrder | None = None,
        on_progress: ProgressCallback | None = None,
        insurers: Sequence[str] = (),
    ) -> ParsedStatement:
        """Read a file (nothing is written). Raises UserError when the file as a whole is
        unreadable; bad rows are in the result's ``rejections``. Bank lines are read with the
        insurer names the user keeps (:meth:`ProfileService.insurer_names`) and ``insurers``
        (names given for this import, kept only once it is written)."""
        try:
            data = read_file_bytes(Path(path))
        except FileNotFoundError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no file {file}."), field="file", file=path
            ) from None
        except (IsADirectoryError, PermissionError, OSError) as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {detail}."),
                field="file",
                file=path,
                detail=exc.strerror or str(exc),
            ) from None
        options: dict[str, Any] = {
            "file_name": Path(path).name,
            "encoding": encoding,
            "delimiter": delimiter,
            "date_order": date_order,
            "on_progress": on_progress,
            "extra_insurers": [*ProfileService(self.ctx).insurer_names(), *insurers],
        }
        try:
            return parse_statement(data, profile, **options)
        except ProfileError:
            saved = None if profile is not None else self._saved_profile_for(data, options)
            if saved is None:
                raise
            # A table nobody recognised, but whose columns a saved profile names: read unaided.
            return parse_statement(data, saved, **options)

    def _saved_profile_for(self, data: bytes, options: dict[str, Any]) -> Profile | None:
        """The one saved profile whose column names are all in the file's header, if any."""
        try:
            layout = inspect_statement(
                data,
                file_name=options["file_name"],
                encoding=options["encoding"],
                delimiter=options["delimiter"],
            )
        except UserError:
            return None
        header = {fold(cell) for cell in layout.header or ()}
        fitting = [
            p
            for p in ProfileService(self.ctx).saved()
            if p.header_names() and {fold(name) for name in p.header_names() or ()} <= header
        ]
        return fitting[0] if len(fitting) == 1 else None

    # -------------------------------------------------------------------- batches
    def batches(self) -> list[BatchRecord]:
        with self.ctx.read() as session:
            rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
            return [_batch(r) for r in rows]

    def previous_import(self, sha256: str) -> BatchRecord | None:
        """The latest import of a file with exactly these bytes, if any."""
        with self.ctx.read() as session:
            row = session.scalars(
                select(ImportBatch)
                .where(ImportBatch.sha256 == sha256)
                .order_by(ImportBatch.id.desc())
            ).first()
            return _batch(row) if row is not None else None

    def undo(self, batch_id: int) -> int:
        """Remove exactly the lines of one import (and reopen the claims they had settled).

        Returns how many lines were removed.
        """
        lines = select(ReimbursementLine.id).where(ReimbursementLine.batch_id == batch_id)
        with self.ctx.write() as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no import with id {id}."),
                    field="batch",
                    id=batch_id,
                )
            count = len(session.scalars(lines).all())
            touched = touched_by_batch(session.connection(), batch_id, removing=True)
            session.execute(
                update(Claim)
                .where(Claim.line_id.in_(lines), Claim.status == ClaimStatus.PAID.value)
                .values(status=ClaimStatus.OPEN.value, line_id=None, closed_on=None)
            )
            session.execute(delete(ReimbursementLine).where(ReimbursementLine.batch_id == batch_id))
            session.delete(batch)
            session.flush()
            refresh(session, touched)  # the acts it was part of, without it
        return count

    # -------------------------------------------------------------------- matching
    def _plan(self, parsed: ParsedStatement, options: ImportOptions, *, strict: bool) -> "_Plan":
        """Who every line is for, and which lines are kept; nothing is written.

        ``strict``: raise when the lines without a beneficiary have nobody to go to, or a
        beneficiary is unanswered though ``ask_unknown`` (the import); else leave them None
        (the preview, which shows the question).
        """
        people = PeopleService(self.ctx).all()
        beneficiaries = file_beneficiaries(parsed)
        answers = BeneficiaryService(self.ctx)
        matches = answers.match(beneficiaries, options.beneficiaries, people)
        idents = beneficiary_of_lines(parsed, beneficiaries)
        out = {m.beneficiary.ident for m in matches if m.left_out}
        left_out = frozenset(
            line
            for line, ident in zip(parsed.columns.line, idents, strict=True)
            if ident is not None and ident in out
        )
        excluded = options.exclude_lines | left_out
        if excluded:
            keep = [line not in excluded for line in parsed.columns.line]
            idents = list(compress(idents, keep))
        columns = _kept(parsed.columns, excluded)
        without = lines_needing_person(idents, columns.insurer)
        source = source_of(parsed)
        last = answers.remembered_person(source[0] if source else None)
        default = self._default_person(options, people, last, without, strict=strict)
        remembered = last is not None and default == last
        if strict:
            unanswered = [m.name for m in matches if m.action is None]
            if unanswered and options.ask_unknown:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Say who {names} is in “Who is this?”: a household member, a new "
                        "person, or leave these lines out.",
                    ),
                    field="beneficiary",
                    names=", ".join(unanswered),
                )
            answers.check_new_names(matches)
        return _Plan(
            matches,
            beneficiaries,
            idents,
            columns,
            left_out,
            default,
            source,
            without,
            options.remember_answers,
            remembered,
        )

    @staticmethod
    def _default_person(
        options: ImportOptions,
        people: Sequence[PersonRecord],
        last: int | None,
        needed: int,
        *,
        strict: bool,
    ) -> int | None:
        """Who the lines without a beneficiary go to: the chosen person, else whom the last
        import of this bank account was for, else the only member; an error (``strict``) when
        nobody can be chosen."""
        if options.person_id is not None:
            if not any(p.id == options.person_id for p in people):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                    field="person",
                    id=options.person_id,
                )
            return options.person_id
        if last is not None and any(p.id == last for p in people):
            return last
        if len(people) == 1:
            return people[0].id
        if not needed or not strict:
            return None
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} lines of this file name no beneficiary: choose the person they are for "
                "(--person NAME on the command line).",
            ),
            field="person",
            count=needed,
        )

    @staticmethod
    def _stored_counts(
        session: Any, persons: Sequence[int | None], line_dates: Sequence[date | None]
    ) -> Counter[tuple[int | None, str]]:
        """How many lines each (person, fingerprint) already has in the database.

        Only the stored lines that could match are read: for each person of the file, those
        between the file's first and last date, through the (person, date) index. So an
        overlapping monthly statement reads a month, and no index on fingerprints (which would
        slow every insert) is needed. (The file's span, not each person's: found without a
        Python step per line, 50 ms of 100 000 lines.)
        """
        days = [day for day in set(line_dates) if day is not None]
        counts: Counter[tuple[int | None, str]] = Counter()
        if not days:
            return counts
        low, high = min(days), max(days)
        connection = session.connection()
        for person_id in set(persons):
            # A bank line (no person) is the household's: a duplicate household-wide.
            whose = "person_id IS NULL" if person_id is None else "person_id = ?"
            rows = connection.exec_driver_sql(
                f"SELECT fingerprint FROM reimbursement_line WHERE {whose} "  # noqa: S608 - fixed
                "AND line_date BETWEEN ? AND ?",
                (*(() if person_id is None else (person_id,)), low.isoformat(), high.isoformat()),
            )
            counts.update((person_id, fp) for (fp,) in rows)
        return counts

    # -------------------------------------------------------------------- preview / import
    def preview(self, parsed: ParsedStatement, options: ImportOptions) -> ImportPreview:
        """What :meth:`import_parsed` would do; nothing is written."""
        plan = self._plan(parsed, options, strict=False)
        columns = plan.columns
        # New members are not in the database yet: none of their lines is stored.
        persons = plan.persons({})
        line_dates = _line_dates(columns)
        with self.ctx.read() as session:
            stored = self._stored_counts(session, persons, line_dates)
            duplicates = frozenset(
                line
                for line, is_duplicate in zip(
                    columns.line, _duplicates(columns, persons, stored), strict=True
                )
                if is_duplicate
            )
            settled = _settled_lines(session, columns, persons, duplicates, parsed.payments)
        return ImportPreview(
            parsed,
            duplicates,
            plan.matches,
            plan.without,
            self.previous_import(parsed.layout.sha256),
            settled,
            plan.left_out,
            plan.default,
            plan.source,
        )

    def import_file(
        self,
        path: Path,
        options: ImportOptions,
        *,
        profile: Profile | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
        date_order: DateOrder | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ImportResult:
        parsed = self.read(
            path, profile=profile, encoding=encoding, delimiter=delimiter, date_order=date_order
        )
        return self.import_parsed(parsed, options, on_progress=on_progress)

    def import_parsed(
        self,
        parsed: ParsedStatement,
        options: ImportOptions,
        *,
        on_progress: ProgressCallback | None = None,
    ) -> ImportResult:
        """Write a read file's lines in one transaction (see the module docstring).

        ``on_progress(done, total)`` is called between chunks of rows; an exception raised by it
        (a cancel) rolls everything back.
        """
        previous = self.previous_import(parsed.layout.sha256)
        skipped = len(parsed.skipped)
        about = {
            "layout": _layout_name(parsed),
            "set_aside": {r.value: n for r, n in parsed.set_aside.items()},
            "document": parsed.document.value,
            "payments": len(parsed.payments),
        }
        if parsed.rejections and not options.skip_bad:
            return ImportResult(
                False, None, 0, 0, parsed.rejections, skipped, [], [], previous, **about
            )
        plan = self._plan(parsed, options, strict=True)
        columns = plan.columns
        skipped += len(parsed.columns) - len(columns) - len(plan.left_out)
        about["beneficiaries"] = plan.matches
        about["left_out"] = len(plan.left_out)
        if plan.without and plan.default is not None:
            about["lines_for"] = PeopleService(self.ctx).get(plan.default).name
            about["remembered"] = options.person_id is None and plan.remembered
        new_people = [m.new_name for m in plan.matches if m.is_new]
        if options.dry_run:
            preview = self.preview(parsed, replace(options, person_id=plan.default))
            return ImportResult(
                False,
                None,
                len(columns) - len(preview.duplicate_lines),
                len(preview.duplicate_lines),
                parsed.rejections,
                skipped,
                new_people,
                [],
                previous,
                dry_run=True,
                allowances=len(plan.allowances(parsed)),
                **about,
            )
        line_dates = _line_dates(columns)
        try:
            with collector_paused(), self.ctx.write() as session:
                written = self._write(session, parsed, plan, line_dates, skipped, on_progress)
        except SQLAlchemyError as exc:
            # The first error of the write, in a sentence; never SQLAlchemy's text with the SQL.
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The lines of {file} could not be written ({detail}); nothing was imported.",
                ),
                file=parsed.layout.file_name,
                detail=str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200],
            ) from None
        rows, duplicates, batch_id, settled, matched, allowances = written
        if rows >= ANALYZE_AFTER:
            self._refresh_statistics()
        return ImportResult(
            True,
            batch_id,
            rows,
            duplicates,
            parsed.rejections,
            skipped,
            new_people,
            settled,
            previous,
            payments_matched=matched,
            allowances=allowances,
            **about,
        )

    def _write(  # noqa: PLR0917 - the import's parts, computed before the transaction
        self,
        session: Any,
        parsed: ParsedStatement,
        plan: "_Plan",
        line_dates: list[date | None],
        skipped: int,
        on_progress: ProgressCallback | None,
    ) -> tuple[int, int, int | None, list[int], int, int]:
        """Write in the caller's transaction; (lines, duplicates, batch, claims settled, bank
        credits matched, daily allowances)."""
        columns = plan.columns
        connection = session.connection()
        # A bigger page cache for this transaction: the two indexes of a large file's lines
        # stay in memory instead of spilling pages (a fifth of the insert time).
        connection.exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
        try:
            answers = BeneficiaryService(self.ctx)
            created = answers.create_new_members(session, plan.matches)
            if plan.remember:
                answers.remember(session, plan.matches, created)
                if plan.without and plan.default is not None and plan.source is not None:
                    answers.remember_source(session, plan.source, plan.default)
            persons = plan.persons(created)
            stored = self._stored_counts(session, persons, line_dates)
            batch = ImportBatch(
                file_name=parsed.layout.file_name[:255] or "statement",
                sha256=parsed.layout.sha256,
                profile=parsed.profile.name[:80],
                encoding=parsed.layout.encoding[:20],
                rejected=len(parsed.rejections),
                skipped=skipped,
                imported_at=self.ctx.clock.now(),
                document=parsed.document.value,
            )
            session.add(batch)
            session.flush()
            assert batch.id is not None
            payment_ids = _write_payments(connection, parsed, batch.id)
            rows, names = _rows(columns, persons, line_dates, batch.id, stored, payment_ids)
            insert_line = _insert_line(names)
            duplicates = len(columns) - len(rows)
            for start in range(0, len(rows), INSERT_CHUNK):
                if on_progress is not None:
                    on_progress(start, len(rows))
                connection.exec_driver_sql(insert_line, rows[start : start + INSERT_CHUNK])
            if on_progress is not None:
                on_progress(len(rows), len(rows))
            allowances = _write_allowances(
                connection, plan.allowances(parsed, created), batch.id, payment_ids
            )
            batch.imported = len(rows)
            batch.duplicates = duplicates
            settled = _settle_claims(session, batch.id, self.ctx.today()) if rows else []
            matched = 0
            if rows or allowances:
                link_withheld(session, batch.id)
                touched = touched_by_rows(
                    rows, parsed.payments, mutuelle=_shows_mutuelle(rows, names)
                )
                matched = refresh(session, touched).settled
            if not rows and not allowances:
                # Nothing new: keep no empty batch (undoing it would do nothing); its payments
                # are the ones already stored.
                session.delete(batch)
            batch_id = batch.id if rows or allowances else None
            return len(rows), duplicates, batch_id, settled, matched, allowances
        finally:
            # Never let this hide the first error: on a failed transaction it raises too.
            with contextlib.suppress(SQLAlchemyError):
                connection.exec_driver_sql(f"PRAGMA cache_size={DEFAULT_CACHE_KIB}")

    def _refresh_statistics(self) -> None:
        """Let SQLite's planner know the table grew (cheap, bounded: analysis_limit)."""
        with self.ctx.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit=400")
            connection.exec_driver_sql("PRAGMA optimize")
            connection.commit()


def _settled_lines(
    session: Any,
    columns: LineColumns,
    persons: Sequence[int | None],
    duplicates: frozenset[int],
    parsed_payments: Sequence[Any] = (),
) -> frozenset[int]:
    """The new file lines that importing would settle with a statement payment or a bank credit
    (stored or in the file itself), as :func:`settle_payments` will."""
    credits = []
    rows = []
    for line, person, paid_on, insurer, reimbursed, payment_cents, third_party, index in zip(
        columns.line,
        persons,
        columns.payment_date,
        columns.insurer,
        columns.reimbursed,
        columns.payment_cents,
        columns.third_party,
        columns.payment_index,
        strict=True,
    ):
        if line in duplicates or paid_on is None or reimbursed is None:
            continue
        if insurer is Insurer.MANDATORY and reimbursed > 0:
            credits.append(BankCredit(-line, paid_on, reimbursed))
        elif insurer is None and not third_party and index is None:
            rows.append((-line, person, paid_on.isoformat(), reimbursed, payment_cents, None))
    lines: set[int] = set()
    # The file's bank credits that are stored statement payments (a relevé's, a mutuelle's), and
    # the file's own statement payments that are stored bank credits.
    for payer in (Insurer.MANDATORY, Insurer.COMPLEMENTARY):
        amounts = columns.reimbursed if payer is Insurer.MANDATORY else columns.complementary
        file_credits = tuple(
            BankCredit(-line, paid_on, cents)
            for line, paid_on, insurer, cents in zip(
                columns.line, columns.payment_date, columns.insurer, amounts, strict=True
            )
            if insurer is payer
            and paid_on is not None
            and cents
            and cents > 0
            and line not in duplicates
        )
        file_payments = tuple(
            StatementPayment(
                payment.paid_on,
                payment.cents,
                frozenset(
                    -line
                    for line, index in zip(columns.line, columns.payment_index, strict=True)
                    if index == number and line not in duplicates
                ),
            )
            for number, payment in enumerate(parsed_payments)
            if payment.payer is payer and not payment.third_party
        )
        for credit, payment in statement_settlements(
            session, payer.value, file_credits, file_payments
        ):
            if isinstance(credit.key, int) and credit.key < 0:
                lines.add(-credit.key)
            lines |= {-i for i in payment.line_ids if i < 0}
    if credits or rows:
        pairs = find_settlements(
            session, columns.payment_date, NewLines(tuple(credits), tuple(rows))
        )
        lines |= {-c.key for c, _ in pairs if isinstance(c.key, int) and c.key < 0}
        lines |= {-i for _, payment in pairs for i in payment.line_ids if i < 0}
    return frozenset(lines)


def _layout_name(parsed: ParsedStatement) -> str:
    bank = parsed.layout.bank
    return bank.id if bank is not None else parsed.profile.name


def _kept(columns: LineColumns, excluded: frozenset[int]) -> LineColumns:
    """The columns without the file lines the user left out."""
    if not excluded:
        return columns
    keep = [i for i, line in enumerate(columns.line) if line not in excluded]
    pick = lambda values: [values[i] for i in keep]  # noqa: E731 - a one-line helper
    return LineColumns(*(pick(getattr(columns, f.name)) for f in fields(LineColumns)))


@dataclass(frozen=True)
class _Plan:
    """Who every kept line of a file is for (see :meth:`ImportService._plan`)."""

    matches: list[BeneficiaryMatch]
    beneficiaries: list[FileBeneficiary]
    idents: list[str | None]  # each kept line's beneficiary (None: names nobody)
    columns: LineColumns  # the kept lines
    left_out: frozenset[int]  # file lines of beneficiaries left out
    default: int | None  # who the lines without a beneficiary are for
    source: tuple[str, str] | None
    without: int  # kept lines without a beneficiary that need a person (not bank lines)
    remember: bool = True  # ImportOptions.remember_answers
    remembered: bool = False  # ``default`` is whom the last import from ``source`` was for

    def person_of(self, created: Mapping[str, int]) -> dict[str | None, int | None]:
        """Beneficiary ident -> person id (``created``: the new members, once written)."""
        result: dict[str | None, int | None] = {None: self.default}
        for match in self.matches:
            ident = match.beneficiary.ident
            result[ident] = created.get(ident) if match.is_new else match.person_id
        return result

    def persons(self, created: Mapping[str, int]) -> list[int | None]:
        """The person id of every kept line (none for a bank line: the household's)."""
        return household_owned(
            list(map(self.person_of(created).__getitem__, self.idents)), self.columns.insurer
        )

    def allowances(
        self, parsed: ParsedStatement, created: Mapping[str, int] | None = None
    ) -> list[tuple[DailyAllowance, int | None]]:
        """The daily allowances kept, each with its person (None until new members exist)."""
        person_of = self.person_of(created or {})
        out = {m.beneficiary.ident for m in self.matches if m.left_out}
        kept = []
        for item in parsed.allowances:
            ident = ident_of(self.beneficiaries, item.beneficiary, item.born)
            if ident is not None and ident in out:
                continue
            kept.append((item, person_of.get(ident)))
        return kept


def _line_dates(columns: LineColumns) -> list[date | None]:
    return [
        care if care is not None else paid_on
        for care, paid_on in zip(columns.care_date, columns.payment_date, strict=True)
    ]


def _duplicates(
    columns: LineColumns, persons: Sequence[int | None], stored: Counter[tuple[int | None, str]]
) -> list[bool]:
    """Whether each line is already stored: its occurrence in the file is within the number of
    stored lines with its person and fingerprint."""
    if not stored:
        return [False] * len(columns)
    return [
        (person is not None or insurer is not None) and occurrence <= stored[(person, fp)]
        for person, fp, occurrence, insurer in zip(
            persons, columns.fingerprint, columns.occurrence, columns.insurer, strict=True
        )
    ]


def _rows(  # noqa: PLR0917 - the columns and what the transaction knows
    columns: LineColumns,
    persons: Sequence[int | None],
    line_dates: Sequence[date | None],
    batch_id: int,
    stored: Counter[tuple[int | None, str]],
    payment_ids: Sequence[int] = (),
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """The INSERT's parameters (and column names) for the lines not stored yet: dates as ISO text (as SQLAlchemy's
    SQLite Date stores them), booleans as 0/1, insurers by value. Built column by column."""
    fresh: list[bool] | None = None  # None: every line is new
    if stored:
        fresh = list(map(operator.not_, _duplicates(columns, persons, stored)))
        if not any(fresh):
            return [], list(_LINE_COLUMNS)  # a re-import: nothing to build
    iso: dict[date | None, str | None] = {
        d: d.isoformat() for d in {*columns.care_date, *columns.payment_date} if d is not None
    }
    iso[None] = None
    as_iso = iso.__getitem__
    natures = columns.nature
    if natures and max(map(len, set(natures))) > MAX_NATURE:
        natures = [n[:MAX_NATURE] for n in natures]
    practitioners = columns.practitioner
    if practitioners and max(map(len, set(practitioners))) > MAX_PRACTITIONER:
        practitioners = [p[:MAX_PRACTITIONER] for p in practitioners]
    flags = {True: 1, False: 0, None: None}
    insurers = {None: None, **{i: i.value for i in Insurer}}
    values: list[Iterable[Any]] = [
        persons,
        [batch_id] * len(persons),
        map(as_iso, line_dates),
        map(as_iso, columns.care_date),
        map(as_iso, columns.payment_date),
        natures,
        practitioners,
        columns.paid,
        columns.base,
        columns.rate,
        columns.reimbursed,
        columns.complementary,
        columns.deductions,
        map(flags.__getitem__, columns.third_party),
        map(insurers.__getitem__, columns.insurer),
        columns.fingerprint,
        columns.line,
    ]
    names = list(_LINE_COLUMNS)
    if columns.kind.count(None) != len(columns.kind):  # some line has a kind (C, not Python)
        names += _DOCUMENT_COLUMNS
        values += [
            columns.payment_cents,
            map(flags.__getitem__, columns.sent_to_complementary),
            [None if k is None else k.value for k in columns.kind],
            [None if i is None else payment_ids[i] for i in columns.payment_index],
            [None if n is None else n[:80] for n in columns.complementary_insurer],
            columns.complementary_rate,
            columns.amo_quoted,
            [r[:40] or None for r in columns.reference],
        ]
    rows = list(zip(*values, strict=True))
    if fresh is not None:
        rows = list(compress(rows, fresh))
    return rows, names


def _shows_mutuelle(rows: Sequence[Sequence[Any]], names: Sequence[str]) -> bool:
    """Whether any row (as :func:`_rows` makes them) shows a mutuelle: its part, or the
    Assurance Maladie's transmission to one."""
    amc = names.index("complementary_cents")
    sent = names.index("sent_to_complementary") if "sent_to_complementary" in names else None
    return any(row[amc] is not None or (sent is not None and row[sent]) for row in rows)


def _write_payments(connection: Any, parsed: ParsedStatement, batch_id: int) -> list[int]:
    """The statement's payments (relevé closing lines, mutuelle transfers); their ids in order."""
    ids = []
    for payment in parsed.payments:
        cursor = connection.exec_driver_sql(
            "INSERT INTO statement_payment (batch_id, document, payer, paid_on, amount_cents, "
            "third_party, insurer_name, page, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                batch_id,
                parsed.document.value,
                payment.payer.value,
                payment.paid_on.isoformat(),
                payment.cents,
                int(payment.third_party),
                payment.insurer_name[:80] or None,
                payment.page,
                payment.line,
            ),
        )
        ids.append(cursor.lastrowid)
    return ids


def _write_allowances(
    connection: Any,
    allowances: Sequence[tuple[DailyAllowance, int | None]],
    batch_id: int,
    payment_ids: Sequence[int],
) -> int:
    """Daily allowances, apart from care; one already stored (same person, period and amount)
    is not written again."""
    written = 0
    for item, person in allowances:
        if person is None:
            continue
        start = item.period_start.isoformat() if item.period_start else None
        end = item.period_end.isoformat() if item.period_end else None
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM daily_allowance WHERE person_id = ? AND period_start IS ? "
            "AND period_end IS ? AND amount_cents = ?",
            (person, start, end, item.cents),
        ).first()
        if exists is not None:
            continue
        connection.exec_driver_sql(
            "INSERT INTO daily_allowance (person_id, batch_id, payment_id, nature, period_start, "
            "period_end, days, daily_cents, amount_cents, paid_on, source_line) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person,
                batch_id,
                payment_ids[item.payment_index] if item.payment_index is not None else None,
                item.nature[:MAX_NATURE],
                start,
                end,
                item.days,
                item.daily_cents,
                item.cents,
                item.paid_on.isoformat() if item.paid_on else None,
                item.line,
            ),
        )
        written += 1
    return written


def _settle_claims(session: Any, batch_id: int, today: date) -> list[int]:
    """Mark as paid the open claims a line of this batch settles, and link the line."""
    claims = session.scalars(
        select(Claim).where(Claim.status == ClaimStatus.OPEN.value, Claim.care_date.is_not(None))
    ).all()
    settled = []
    taken: set[int] = set()
    for claim in claims:
        candidates = session.execute(
            select(
                ReimbursementLine.id,
                ReimbursementLine.person_id,
                ReimbursementLine.care_date,
                ReimbursementLine.paid_cents,
                ReimbursementLine.reimbursed_cents,
            )
            .where(
                ReimbursementLine.batch_id == batch_id,
                ReimbursementLine.person_id == claim.person_id,
                ReimbursementLine.care_date == claim.care_date,
            )
            .order_by(ReimbursementLine.id)
        ).all()
        for line_id, person_id, care_date, paid, reimbursed in candidates:
            if line_id in taken:
                continue
            if line_settles_claim(
                claim_person_id=claim.person_id,
                claim_care_date=claim.care_date,
                claim_amount_cents=claim.amount_cents,
                line_person_id=person_id,
                line_care_date=care_date,
                line_paid_cents=paid,
                line_reimbursed_cents=reimbursed,
            ):
                claim.status = ClaimStatus.PAID.value
                claim.line_id = line_id
                claim.closed_on = today
                taken.add(line_id)
                assert claim.id is not None
                settled.append(claim.id)
                break
    return settled


def profile_for(ctx: AppContext, name: str | None) -> Profile | None:
    """The profile a CLI option or dialog names (None: detect it from the header)."""
    return ProfileService(ctx).get(name) if name else None
