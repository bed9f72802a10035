"""Browsing reimbursement lines: filtered pages, totals, monthly and yearly views, a summary;
editing and deleting lines (with undo); CSV export; what needs attention.

Every query runs in SQL over the ``(person_id, line_date)`` index: the table view pages from
SQLite and never loads a million lines (DESIGN.md 9).
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Select, case, delete, func, insert, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from ameli_desktop.domain.claims import lookback_start, months_without_lines
from ameli_desktop.domain.dates import PARIS, format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.reimbursements import (
    LineDetails,
    line_date,
    out_of_pocket_cents,
    validate_line,
)
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.csv import write_csv
from ameli_desktop.services.acts_refresh import Touched, refresh, touched_by_lines
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.payments import SETTLED_SQL, unsettled_sql
from ameli_desktop.storage.models import Claim, ImportBatch, Person, ReimbursementLine

LINES = ReimbursementLine.__table__  # type: ignore[attr-defined]
PEOPLE = Person.__table__  # type: ignore[attr-defined]
LINE = LINES.c
PERSON = PEOPLE.c
# Bank lines have no person (they are the household's, issue 19): an outer join keeps them.
_LINES_WITH_PEOPLE = LINES.outerjoin(PEOPLE, PERSON.id == LINE.person_id)
_BANK = LINES.alias("b")
# Not a bank credit that statement lines already count (the views leave those out).
_UNSETTLED = text(unsettled_sql(LINES.name))
_UNSETTLED_SQL = unsettled_sql()


@dataclass(frozen=True, slots=True)
class LineRecord:
    """A stored line as the views see it."""

    id: int
    person_id: int | None  # None: a bank line, the household's
    person_name: str  # "" for a bank line
    line_date: date
    care_date: date | None
    payment_date: date | None
    nature: str
    practitioner: str
    paid_cents: int | None
    base_cents: int | None
    rate_percent: int | None
    reimbursed_cents: int | None
    complementary_cents: int | None
    deductions_cents: int | None
    third_party: bool | None
    insurer: str | None
    batch_id: int | None
    source_line: int
    sent_to_complementary: bool | None = None
    bank_date: date | None = None  # when the bank line that paid this statement line was booked

    @property
    def out_of_pocket_cents(self) -> int | None:
        return out_of_pocket_cents(self.paid_cents, self.reimbursed_cents, self.complementary_cents)

    def details(self) -> LineDetails:
        return LineDetails(
            self.person_id,
            self.care_date,
            self.payment_date,
            self.nature,
            self.practitioner,
            self.paid_cents,
            self.base_cents,
            self.rate_percent,
            self.reimbursed_cents,
            self.complementary_cents,
            self.deductions_cents,
            self.third_party,
        )


_RECORD_COLUMNS = (
    LINE.id,
    LINE.person_id,
    func.coalesce(PERSON.name, ""),
    LINE.line_date,
    LINE.care_date,
    LINE.payment_date,
    LINE.nature,
    LINE.practitioner,
    LINE.paid_cents,
    LINE.base_cents,
    LINE.rate_percent,
    LINE.reimbursed_cents,
    LINE.complementary_cents,
    LINE.deductions_cents,
    LINE.third_party,
    LINE.insurer,
    LINE.batch_id,
    LINE.source_line,
    LINE.sent_to_complementary,
    select(_BANK.c.payment_date).where(_BANK.c.id == LINE.bank_line_id).scalar_subquery(),
)


@dataclass(frozen=True, slots=True)
class LineFilter:
    """Which lines a view shows. Dates are inclusive; ``text`` searches nature and practitioner
    ignoring case and accents; ``nature`` is one exact nature of care."""

    person_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    nature: str | None = None
    text: str = ""
    batch_id: int | None = None

    @classmethod
    def year(cls, year: int, person_id: int | None = None) -> "LineFilter":
        return cls(person_id, date(year, 1, 1), date(year, 12, 31))


class SortKey(StrEnum):
    DATE = "date"
    PERSON = "person"
    NATURE = "nature"
    PRACTITIONER = "practitioner"
    PAID = "paid"
    REIMBURSED = "reimbursed"
    COMPLEMENTARY = "complementary"
    OUT_OF_POCKET = "out_of_pocket"
    PAYMENT_DATE = "payment_date"


_OUT_OF_POCKET = case(
    (LINE.paid_cents.is_(None), None),
    else_=LINE.paid_cents
    - func.coalesce(LINE.reimbursed_cents, 0)
    - func.coalesce(LINE.complementary_cents, 0),
)
_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.DATE: LINE.line_date,
    SortKey.PERSON: PERSON.name,
    SortKey.NATURE: LINE.nature,
    SortKey.PRACTITIONER: LINE.practitioner,
    SortKey.PAID: LINE.paid_cents,
    SortKey.REIMBURSED: LINE.reimbursed_cents,
    SortKey.COMPLEMENTARY: LINE.complementary_cents,
    SortKey.OUT_OF_POCKET: _OUT_OF_POCKET,
    SortKey.PAYMENT_DATE: LINE.payment_date,
}


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over a set of lines; out-of-pocket counts only lines whose amount paid is known."""

    lines: int = 0
    paid_cents: int = 0
    reimbursed_cents: int = 0
    complementary_cents: int = 0
    out_of_pocket_cents: int = 0
    deductions_cents: int = 0

    def to_json(self) -> dict[str, int]:
        return {
            "lines": self.lines,
            "paid_cents": self.paid_cents,
            "reimbursed_cents": self.reimbursed_cents,
            "complementary_cents": self.complementary_cents,
            "out_of_pocket_cents": self.out_of_pocket_cents,
            "deductions_cents": self.deductions_cents,
        }


_TOTAL_COLUMNS = (
    func.count(),
    func.coalesce(func.sum(LINE.paid_cents), 0),
    func.coalesce(func.sum(LINE.reimbursed_cents), 0),
    func.coalesce(func.sum(LINE.complementary_cents), 0),
    func.coalesce(func.sum(_OUT_OF_POCKET), 0),
    func.coalesce(func.sum(LINE.deductions_cents), 0),
)


def _totals(row: Sequence[Any]) -> Totals:
    return Totals(*(int(v or 0) for v in row))


class Period(StrEnum):
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """Totals for one month (``2025-03``) or year (``2025``)."""

    period: str
    totals: Totals


@dataclass(frozen=True)
class Summary:
    """What the CLI's ``reimbursements summary`` and the PDF show."""

    filter: LineFilter
    totals: Totals
    by_month: dict[str, Totals]
    by_nature: dict[str, Totals]
    by_person: dict[str, Totals]
    first_date: date | None
    last_date: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.totals.to_json(),
            "by_month": {k: v.to_json() for k, v in self.by_month.items()},
            "by_nature": {k: v.to_json() for k, v in self.by_nature.items()},
            "by_person": {k: v.to_json() for k, v in self.by_person.items()},
        }


@dataclass(frozen=True)
class DeletedLines:
    """What :meth:`ReimbursementService.delete` removed, to put back with :meth:`restore`."""

    rows: list[dict[str, Any]]
    claim_links: list[tuple[int, int]] = field(default_factory=list)  # (claim id, line id)

    def __len__(self) -> int:
        return len(self.rows)


def _fold_sql(dbapi_connection: Any) -> None:
    """Give SQLite an ``ameli_fold`` function (case- and accent-insensitive search)."""
    dbapi_connection.create_function("ameli_fold", 1, _fold_or_none, deterministic=True)


def _folding(flt: LineFilter) -> Callable[[Any], None] | None:
    """What a driver connection needs for a filter's SQL: ``ameli_fold`` when it searches."""
    return _fold_sql if flt.text.strip() else None


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


class ReimbursementService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -------------------------------------------------------------------- queries
    @staticmethod
    def _where(flt: LineFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [_UNSETTLED]
        if flt.person_id is not None:
            conditions.append(LINE.person_id == flt.person_id)
        if flt.date_from is not None:
            conditions.append(LINE.line_date >= flt.date_from)
        if flt.date_to is not None:
            conditions.append(LINE.line_date <= flt.date_to)
        if flt.nature is not None:
            conditions.append(LINE.nature == flt.nature)
        if flt.batch_id is not None:
            conditions.append(LINE.batch_id == flt.batch_id)
        if flt.text.strip():
            pattern = f"%{_escape_like(fold(flt.text))}%"
            conditions.append(
                or_(
                    func.ameli_fold(LINE.nature).like(pattern, escape="\\"),
                    func.ameli_fold(LINE.practitioner).like(pattern, escape="\\"),
                )
            )
        return conditions

    def _prepare(self, session: Any, flt: LineFilter) -> None:
        folding = _folding(flt)
        if folding is not None:
            folding(session.connection().connection.dbapi_connection)

    def count(self, flt: LineFilter) -> int:
        """The lines of a filter: all of them less the settled bank credits among them.

        Counted that way, a person's year is counted from the (person, date) index alone; a
        condition on another column would read every row of the table instead.
        """
        where, params = _where_sql(flt, settled=True)
        sql = (  # fixed fragments, bound values (see _where_sql)
            f"SELECT (SELECT count(*) FROM reimbursement_line l WHERE {where}) - "  # noqa: S608
            f"(SELECT count(*) FROM reimbursement_line l WHERE {where} AND {SETTLED_SQL})"
        )
        return int(self.ctx.rows(sql, params * 2, prepare=_folding(flt))[0][0])

    def page(
        self,
        flt: LineFilter,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[LineRecord]:
        """One page of lines, sorted (ties broken by id, so pages never overlap)."""
        rows = self.page_rows(flt, sort=sort, descending=descending, offset=offset, limit=limit)
        return [line_record(row) for row in rows]

    def page_rows(
        self,
        flt: LineFilter,
        *,
        sort: SortKey = SortKey.DATE,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Sequence[Any]]:
        """One page of lines as SQLite gives them, for :func:`line_record` to read when shown.

        Plain SQL on the driver rather than an ORM query: this runs each time the table shows
        a new filter or scrolls to a new page (DESIGN.md 9 compares it with the SQL alone), and
        a table shows a score of a page's rows before they are scrolled to.
        """
        where, params = _where_sql(flt)
        direction = "DESC" if descending else "ASC"
        order = f"{_SORT_SQL[sort]} {direction}, l.id {direction}"
        sql = (  # fixed fragments only (see _where_sql and _SORT_SQL); values are bound
            f"SELECT {_RECORD_SQL} FROM reimbursement_line l "  # noqa: S608
            "LEFT JOIN person p ON p.id = l.person_id "
            f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        return self.ctx.rows(sql, (*params, limit, offset), prepare=_folding(flt))

    def get(self, line_id: int) -> LineRecord:
        query = select(*_RECORD_COLUMNS).select_from(_LINES_WITH_PEOPLE).where(LINE.id == line_id)
        with self.ctx.read() as session:
            row = session.execute(query).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no reimbursement line with id {id}."),
                id=line_id,
            )
        return LineRecord(*row)

    def totals(self, flt: LineFilter) -> Totals:
        with self.ctx.read() as session:
            self._prepare(session, flt)
            row = session.execute(
                select(*_TOTAL_COLUMNS).select_from(LINES).where(*self._where(flt))
            ).one()
        return _totals(row)

    def _grouped(self, flt: LineFilter, key: Any) -> list[tuple[str, Totals]]:
        query: Select[Any] = (
            select(key, *_TOTAL_COLUMNS)
            .select_from(_LINES_WITH_PEOPLE)
            .where(*self._where(flt))
            .group_by(key)
            .order_by(key)
        )
        with self.ctx.read() as session:
            self._prepare(session, flt)
            return [(str(row[0]), _totals(row[1:])) for row in session.execute(query)]

    def by_period(self, flt: LineFilter, period: Period) -> list[PeriodTotals]:
        """Totals per month (``YYYY-MM``) or per year, oldest first."""
        width = 7 if period is Period.MONTH else 4
        key = func.substr(LINE.line_date, 1, width)
        return [PeriodTotals(k, t) for k, t in self._grouped(flt, key)]

    def natures(self, person_id: int | None = None) -> list[str]:
        """The distinct natures of care, for the filter's list."""
        query = select(LINE.nature).distinct().order_by(LINE.nature)
        if person_id is not None:
            query = query.where(LINE.person_id == person_id)
        with self.ctx.read() as session:
            return [n for n in session.scalars(query) if n]

    def years(self, person_id: int | None = None) -> list[int]:
        """From the year of the latest line back to the earliest, most recent first.

        Read from the ends of the date index (two index lookups, whatever the table's size);
        a year without lines in between is listed too, and shows empty totals.
        """
        query = select(func.min(LINE.line_date), func.max(LINE.line_date))
        if person_id is not None:
            query = query.where(LINE.person_id == person_id)
        with self.ctx.read() as session:
            first, last = session.execute(query).one()
        if first is None or last is None:
            return []
        return list(range(_year(last), _year(first) - 1, -1))

    def has_lines(self) -> bool:
        with self.ctx.read() as session:
            return session.execute(select(LINE.id).limit(1)).first() is not None

    def summary(self, flt: LineFilter) -> Summary:
        totals = self.totals(flt)
        by_month = dict(self._grouped(flt, func.substr(LINE.line_date, 1, 7)))
        by_nature = dict(self._grouped(flt, LINE.nature))
        by_person = dict(self._grouped(flt, PERSON.name))
        with self.ctx.read() as session:
            self._prepare(session, flt)
            first, last = session.execute(
                select(func.min(LINE.line_date), func.max(LINE.line_date))
                .select_from(LINES)
                .where(*self._where(flt))
            ).one()
        return Summary(
            flt,
            totals,
            by_month,
            by_nature,
            by_person,
            date.fromisoformat(first) if isinstance(first, str) else first,
            date.fromisoformat(last) if isinstance(last, str) else last,
        )

    def iter_lines(
        self, flt: LineFilter, *, chunk: int = 5000, descending: bool = False
    ) -> Iterator[LineRecord]:
        """Every line of a filter, oldest first, fetched in chunks (exports, PDFs)."""
        offset = 0
        while True:
            page = self.page(
                flt, sort=SortKey.DATE, descending=descending, offset=offset, limit=chunk
            )
            yield from page
            if len(page) < chunk:
                return
            offset += chunk

    # -------------------------------------------------------------------- changes
    def update(self, line_id: int, details: LineDetails) -> LineRecord:
        """Change a line. Its fingerprint stays the one it was imported with, so re-importing
        its file does not bring the original back beside the corrected line."""
        clean = validate_line(details)
        with self.ctx.write() as session:
            row = session.get(ReimbursementLine, line_id)
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no reimbursement line with id {id}."),
                    id=line_id,
                )
            if session.get(Person, clean.person_id) is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}."),
                    field="person",
                    id=clean.person_id,
                )
            day = line_date(clean.care_date, clean.payment_date)
            assert day is not None  # validate_line requires one date
            # The acts it was part of, and those it becomes part of.
            touched = touched_by_lines(session.connection(), "id = ?", (line_id,))
            touched.add_line(clean.person_id, day, clean.payment_date)
            row.person_id = clean.person_id
            row.line_date = day
            row.care_date = clean.care_date
            row.payment_date = clean.payment_date
            row.nature = clean.nature
            row.practitioner = clean.practitioner
            row.paid_cents = clean.paid_cents
            row.base_cents = clean.base_cents
            row.rate_percent = clean.rate_percent
            row.reimbursed_cents = clean.reimbursed_cents
            row.complementary_cents = clean.complementary_cents
            row.deductions_cents = clean.deductions_cents
            row.third_party = clean.third_party
            session.flush()
            refresh(session, touched)
        return self.get(line_id)

    def delete(self, line_ids: Sequence[int]) -> DeletedLines:
        """Delete lines; the returned object puts them back exactly (ids and claim links)."""
        ids = list(dict.fromkeys(line_ids))
        if not ids:
            return DeletedLines([])
        table = ReimbursementLine.__table__  # type: ignore[attr-defined]
        with self.ctx.write() as session:
            rows = [
                dict(r._mapping) for r in session.execute(select(table).where(table.c.id.in_(ids)))
            ]
            links = [
                (claim_id, line_id)
                for claim_id, line_id in session.execute(
                    select(Claim.id, Claim.line_id).where(Claim.line_id.in_(ids))
                )
            ]
            marks = ", ".join("?" * len(ids))
            touched = touched_by_lines(session.connection(), f"id IN ({marks})", ids)
            session.execute(delete(table).where(table.c.id.in_(ids)))
            refresh(session, touched)  # the acts they were part of, without them
        return DeletedLines(rows, links)

    def restore(self, deleted: DeletedLines) -> int:
        """Undo :meth:`delete`: the same lines, same ids, claims linked again.

        Lines of an import that was undone meanwhile come back without their batch.
        """
        if not deleted.rows:
            return 0
        table = ReimbursementLine.__table__  # type: ignore[attr-defined]
        with self.ctx.write() as session:
            batches = {
                b
                for (b,) in session.execute(select(ImportBatch.id))
                if b in {r["batch_id"] for r in deleted.rows}
            }
            people = {p for (p,) in session.execute(select(Person.id))}
            rows = [
                {**r, "batch_id": r["batch_id"] if r["batch_id"] in batches else None}
                for r in deleted.rows
                if r["person_id"] in people
            ]
            restored = {r["id"] for r in rows}
            # Bank lines first (statement lines point to them); a link to a line that is gone
            # is found again, or not, by settling below.
            rows.sort(key=lambda r: r["insurer"] is None)
            linked = restored | {
                i
                for (i,) in session.execute(
                    select(table.c.id).where(
                        table.c.id.in_({r["bank_line_id"] for r in rows} - {None})
                    )
                )
            }
            for row in rows:
                if row["bank_line_id"] not in linked:
                    row["bank_line_id"] = None
            if rows:
                session.execute(insert(table), rows)
                touched = Touched()
                for row in rows:
                    touched.add_line(row["person_id"], row["line_date"], row["payment_date"])
                refresh(session, touched)
            for claim_id, line_id in deleted.claim_links:
                claim = session.get(Claim, claim_id)
                if claim is not None and line_id in restored and claim.line_id is None:
                    claim.line_id = line_id
        return len(rows)

    # -------------------------------------------------------------------- export
    def export_csv(self, flt: LineFilter, path: Path) -> Path:
        """The filtered lines as CSV: UTF-8 with BOM, ``;``, formula-safe (exports.csv)."""
        header = [
            "Date des soins",
            "Date de paiement",
            "Bénéficiaire",
            "Nature des soins",
            "Professionnel de santé",
            "Montant payé",
            "Base de remboursement",
            "Taux",
            "Montant remboursé",
            "Part complémentaire",
            "Participation forfaitaire / franchise",
            "Reste à charge",
        ]

        def amount(cents: int | None) -> str:
            return "" if cents is None else format_cents(cents, symbol=False)

        rows = (
            [
                format_date(line.care_date),
                format_date(line.payment_date),
                line.person_name,
                line.nature,
                line.practitioner,
                amount(line.paid_cents),
                amount(line.base_cents),
                "" if line.rate_percent is None else f"{line.rate_percent} %",
                amount(line.reimbursed_cents),
                amount(line.complementary_cents),
                amount(line.deductions_cents),
                amount(line.out_of_pocket_cents),
            ]
            for line in self.iter_lines(flt)
        )
        return write_csv(path, header, rows)

    # -------------------------------------------------------------------- attention
    def attention(self) -> list[AttentionItem]:
        """Claims past their expected date, the last import, months with no statement."""
        from ameli_desktop.services.claims import ClaimService

        items = ClaimService(self.ctx).attention()
        today = self.ctx.today()
        with self.ctx.read() as session:
            last = session.scalars(
                select(ImportBatch)
                # the id breaks ties: two imports in the same instant (a fixed clock, a script)
                .order_by(ImportBatch.imported_at.desc(), ImportBatch.id.desc())  # type: ignore[union-attr]
                .limit(1)
            ).first()
            # The months the rule looks at, and the first month with any line: two ranges of
            # the date index, not every line (a million of them: DESIGN.md 9).
            months = {
                (int(m[:4]), int(m[5:7]))
                for (m,) in session.execute(
                    select(func.substr(LINE.line_date, 1, 7))
                    .where(LINE.line_date >= lookback_start(today))
                    .distinct()
                )
            }
            first = session.scalar(select(func.min(LINE.line_date)))
            if first is not None:
                months.add((first.year, first.month))
        if last is not None:
            imported_on = last.imported_at.astimezone(PARIS).date()  # stored in UTC
            items.append(
                AttentionItem(
                    area="reimbursements",
                    severity=Severity.INFO,
                    title=QT_TRANSLATE_NOOP("Attention", "Last statement imported on {day}"),
                    detail=(
                        QT_TRANSLATE_NOOP("Attention", "{file}: 1 new line.")
                        if last.imported == 1
                        else QT_TRANSLATE_NOOP("Attention", "{file}: {count} new lines.")
                    ),
                    params=(
                        ("day", format_date(imported_on)),
                        ("file", last.file_name),
                        ("count", str(last.imported)),
                    ),
                    due=imported_on,
                    record_kind="import_batch",
                    record_id=last.id,
                )
            )
        missing = months_without_lines(months, today=today)
        if missing:
            items.append(
                AttentionItem(
                    area="reimbursements",
                    severity=Severity.INFO,
                    title=QT_TRANSLATE_NOOP("Attention", "No statement lines for {months}"),
                    detail=QT_TRANSLATE_NOOP(
                        "Attention", "Import the statements of these months if you had care."
                    ),
                    params=(("months", ", ".join(f"{m:02d}/{y}" for y, m in missing)),),
                )
            )
        return items


class PeriodFilter(Protocol):
    """What :func:`describe_period` reads of a filter (a LineFilter, an ActFilter)."""

    @property
    def date_from(self) -> date | None: ...

    @property
    def date_to(self) -> date | None: ...


def describe_period(
    flt: PeriodFilter, first: date | None, last: date | None, language: Language = ENGLISH
) -> str:
    """``Year 2025``, ``From 01/01/2025 to 31/03/2025`` or ``All lines (… to …)``."""
    context = "ReimbursementSummary"
    start, end = flt.date_from, flt.date_to
    if (
        start
        and end
        and start.year == end.year
        and (start.month, start.day, end.month, end.day)
        == (
            1,
            1,
            12,
            31,
        )
    ):
        return language.tr(
            context, QT_TRANSLATE_NOOP("ReimbursementSummary", "Year {year}"), year=start.year
        )
    if start or end:
        return language.tr(
            context,
            QT_TRANSLATE_NOOP("ReimbursementSummary", "From {start} to {end}"),
            start=format_date(start) or "…",
            end=format_date(end) or "…",
        )
    if first and last:
        return language.tr(
            context,
            QT_TRANSLATE_NOOP("ReimbursementSummary", "All lines ({first} to {last})"),
            first=format_date(first),
            last=format_date(last),
        )
    return language.tr(context, QT_TRANSLATE_NOOP("ReimbursementSummary", "No lines"))


_RECORD_SQL = (
    "l.id, l.person_id, coalesce(p.name, ''), l.line_date, l.care_date, l.payment_date, "
    "l.nature, "
    "l.practitioner, l.paid_cents, l.base_cents, l.rate_percent, l.reimbursed_cents, "
    "l.complementary_cents, l.deductions_cents, l.third_party, l.insurer, l.batch_id, "
    "l.source_line, l.sent_to_complementary, "
    "(SELECT b.payment_date FROM reimbursement_line b WHERE b.id = l.bank_line_id)"
)


def line_record(row: Sequence[Any]) -> LineRecord:
    """A row of ``_RECORD_SQL`` as a record: ISO dates read back, SQLite's 0/1 as booleans."""
    (line_id, person_id, name, line_day, care_day, payment_day, nature, practitioner, paid,
     base, rate, reimbursed, complementary, deductions, third_party, insurer, batch_id,
     source_line, sent, bank_day) = row  # fmt: skip
    return LineRecord(
        line_id, person_id, name, date.fromisoformat(line_day), _day(care_day),
        _day(payment_day), nature, practitioner, paid, base, rate, reimbursed, complementary,
        deductions, None if third_party is None else bool(third_party), insurer, batch_id,
        source_line, None if sent is None else bool(sent), _day(bank_day),
    )  # fmt: skip


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


_OUT_OF_POCKET_SQL = (
    "CASE WHEN l.paid_cents IS NULL THEN NULL ELSE l.paid_cents "
    "- coalesce(l.reimbursed_cents, 0) - coalesce(l.complementary_cents, 0) END"
)
# Fixed texts chosen by SortKey: no user input ever reaches the ORDER BY.
_SORT_SQL: dict[SortKey, str] = {
    SortKey.DATE: "l.line_date",
    SortKey.PERSON: "p.name",
    SortKey.NATURE: "l.nature",
    SortKey.PRACTITIONER: "l.practitioner",
    SortKey.PAID: "l.paid_cents",
    SortKey.REIMBURSED: "l.reimbursed_cents",
    SortKey.COMPLEMENTARY: "l.complementary_cents",
    SortKey.OUT_OF_POCKET: _OUT_OF_POCKET_SQL,
    SortKey.PAYMENT_DATE: "l.payment_date",
}


def _where_sql(flt: LineFilter, *, settled: bool = False) -> tuple[str, tuple[Any, ...]]:
    """The filter as a WHERE clause on ``reimbursement_line l`` and its parameters (values are
    always bound, never spliced in). Settled bank credits are left out unless ``settled``."""
    conditions = ["1" if settled else _UNSETTLED_SQL]
    params: list[Any] = []
    if flt.person_id is not None:
        conditions.append("l.person_id = ?")
        params.append(flt.person_id)
    if flt.date_from is not None:
        conditions.append("l.line_date >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        conditions.append("l.line_date <= ?")
        params.append(flt.date_to.isoformat())
    if flt.nature is not None:
        conditions.append("l.nature = ?")
        params.append(flt.nature)
    if flt.batch_id is not None:
        conditions.append("l.batch_id = ?")
        params.append(flt.batch_id)
    if flt.text.strip():
        pattern = f"%{_escape_like(fold(flt.text))}%"
        conditions.append(
            "(ameli_fold(l.nature) LIKE ? ESCAPE '\\' "
            "OR ameli_fold(l.practitioner) LIKE ? ESCAPE '\\')"
        )
        params += [pattern, pattern]
    return " AND ".join(conditions), tuple(params)


def _year(value: date | str) -> int:
    return value.year if isinstance(value, date) else int(str(value)[:4])


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
