"""Acts of care as the household asks about them: each act with its parts, its status and the
bank lines that explain it; what is still owed and by whom; totals with no double count; the
user's own links of bank debits to acts; the late threshold and the mutuelle contract's level.

The acts are built by ``services.acts_refresh``; this module reads them (plain SQL over the
``care_act`` indexes: a person's year, what is still owed) and keeps the user's word.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from ameli_desktop.domain.acts import (
    LATE_AFTER_DAYS,
    MAX_CONTRACT_LEVEL,
    Act,
    ActKind,
    ActStatus,
    estimated_amc,
)
from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.names import fold
from ameli_desktop.domain.statements import DocumentKind
from ameli_desktop.domain.texts import ENGLISH, Language
from ameli_desktop.exports.csv import write_csv
from ameli_desktop.services.acts_refresh import (
    CONTRACT_LEVEL_KEY,
    Touched,
    read_meta,
    refresh,
    write_meta,
)
from ameli_desktop.services.attention import AttentionItem, Severity
from ameli_desktop.services.context import AppContext
from ameli_desktop.storage.models import CareLink

LATE_AFTER_KEY = "care/late_after_days"
MAX_LATE_ITEMS = 10  # late acts the Overview lists one by one
MAX_LATE_AFTER_DAYS = 365
HOUSEHOLD = "(household)"  # whose an expense with no act yet is, in JSON and CSV keys


class ActSort(StrEnum):
    DATE = "date"
    PERSON = "person"
    NATURE = "nature"
    PAID = "paid"
    AMO = "amo"
    AMC = "amc"
    LEFT = "left"
    STATUS = "status"


_SORT_SQL = {  # fixed texts chosen by ActSort: no input reaches the ORDER BY
    ActSort.DATE: "a.care_date",
    ActSort.PERSON: "coalesce(p.name, '')",
    ActSort.NATURE: "a.nature",
    ActSort.PAID: "a.paid_cents",
    ActSort.AMO: "a.amo_cents",
    ActSort.AMC: "a.amc_cents",
    ActSort.LEFT: "a.left_cents",
    ActSort.STATUS: "a.status",
}


@dataclass(frozen=True, slots=True)
class ActFilter:
    """Which acts a view shows (dates inclusive, on the date of care). ``late`` keeps the acts
    awaited past the threshold on ``today``; ``text`` searches nature and practitioner."""

    person_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: ActStatus | None = None
    late: bool = False
    text: str = ""

    @classmethod
    def year(cls, year: int, person_id: int | None = None) -> "ActFilter":
        return cls(person_id, date(year, 1, 1), date(year, 12, 31))


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    """A payment a part came in: paid on, its amount, the bank credit's booking once seen."""

    paid_on: date
    cents: int
    bank_date: date | None
    bank_line_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.paid_on.isoformat(),
            "cents": self.cents,
            "bank_date": self.bank_date.isoformat() if self.bank_date else None,
        }


@dataclass(frozen=True, slots=True)
class BankLineRecord:
    """A bank line as the views show it (``cents`` signed as the bank shows it)."""

    id: int
    booked_on: date
    cents: int
    label: str
    payer: str  # importers.Insurer: mandatory / complementary / household

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.booked_on.isoformat(),
            "cents": self.cents,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class ToConfirm:
    """A bank debit that fits several acts equally: the user says which it paid."""

    debit: BankLineRecord
    act_ids: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {"bank_line": self.debit.to_json(), "acts": list(self.act_ids)}


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over acts, each counted once: paid, the Assurance Maladie's part (before anything
    withheld), withheld, the mutuelle's part, left (of the acts whose left is known)."""

    acts: int = 0
    paid_cents: int = 0
    amo_cents: int = 0
    withheld_cents: int = 0
    amc_cents: int = 0
    left_cents: int = 0

    def to_json(self) -> dict[str, int]:
        """``reimbursements summary``'s keys (DESIGN.md 7), from the acts."""
        return {
            "lines": self.acts,
            "paid_cents": self.paid_cents,
            "reimbursed_cents": self.amo_cents,
            "complementary_cents": self.amc_cents,
            "out_of_pocket_cents": self.left_cents,
            "deductions_cents": self.withheld_cents,
        }


@dataclass(frozen=True)
class Summary:
    """``reimbursements summary`` and the PDF: totals, per month, nature, person and year."""

    filter: ActFilter
    totals: Totals
    by_month: dict[str, Totals]
    by_nature: dict[str, Totals]
    by_person: dict[str, Totals]
    first_date: date | None
    last_date: date | None
    owed: dict[tuple[str, str], int] = field(default_factory=dict)  # (person, year) -> cents
    by_person_year: dict[tuple[str, str], Totals] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.totals.to_json(),
            "by_month": {k: v.to_json() for k, v in self.by_month.items()},
            "by_nature": {k: v.to_json() for k, v in self.by_nature.items()},
            "by_person": {k: v.to_json() for k, v in self.by_person.items()},
        }


@dataclass(frozen=True, slots=True)
class PayerOwed:
    """What one payer still owes: how many acts, how much (paid, or the mutuelle's estimated
    part), since when."""

    acts: int
    cents: int | None
    since: date | None
    late: int


@dataclass(frozen=True, slots=True)
class Owed:
    """``care owed``: what the Assurance Maladie and the mutuelle still owe."""

    awaiting_amo: PayerOwed
    awaiting_amc: PayerOwed

    @property
    def late(self) -> int:
        return self.awaiting_amo.late + self.awaiting_amc.late

    def to_json(self) -> dict[str, Any]:
        return {
            "awaiting_amo": {"acts": self.awaiting_amo.acts, "paid_cents": self.awaiting_amo.cents},
            "awaiting_amc": {
                "acts": self.awaiting_amc.acts,
                "estimated_cents": self.awaiting_amc.cents,
            },
            "late": self.late,
        }


@dataclass(frozen=True)
class StillOwed(Owed):
    """:class:`Owed` with the acts themselves, oldest first."""

    amo_acts: list["ActRecord"] = field(default_factory=list)
    amc_acts: list["ActRecord"] = field(default_factory=list)


def _payer_owed(
    acts: Sequence["ActRecord"], cents: int | None, shown: "_Records | None"
) -> PayerOwed:
    """One payer's acts, from their rows (ISO days compare as text: no parsing for the few
    totals)."""
    if not acts or shown is None:
        return PayerOwed(0, cents, None, 0)
    days = [a._row[14] for a in acts if a._row[14] is not None]
    limit = (shown.today - timedelta(days=shown.late_after)).isoformat()
    return PayerOwed(
        len(acts), cents, shown.day(min(days)) if days else None, sum(d < limit for d in days)
    )


_ACT_SQL = (
    "a.id, a.kind, a.person_id, p.name, a.care_date, a.nature, a.practitioner, a.paid_cents, "
    "a.base_cents, a.amo_cents, a.withheld_cents, a.amc_cents, a.left_cents, a.status, a.since, "
    "a.third_party, a.sent_to_amc, a.amo_paid_on, a.amo_payment_cents, a.amo_bank_date, "
    "a.amo_bank_line_id, a.amc_paid_on, a.amc_payment_cents, a.amc_bank_date, "
    "a.amc_bank_line_id, a.bank_line_id, d.payment_date, d.paid_cents, d.nature, a.line_ids, "
    "a.documents, (SELECT group_concat(c.bank_line_id) FROM care_candidate c "
    "WHERE c.act_id = a.id), a.rate_percent"
)
_FROM = (
    "FROM care_act a LEFT JOIN person p ON p.id = a.person_id "
    "LEFT JOIN reimbursement_line d ON d.id = a.bank_line_id"
)


def _day(text: Any) -> date | None:
    if text is None or isinstance(text, date):
        return text
    return date.fromisoformat(text)


def _ints(text: str | None) -> tuple[int, ...]:
    return tuple(int(v) for v in (text or "").split(",") if v)


class _Records:
    """How the rows of one read are shown: the day, the late threshold and the contract's
    level, and each repeated value (a day, the kinds of documents) parsed once."""

    KINDS: ClassVar[dict[str, ActKind]] = {k.value: k for k in ActKind}
    STATUSES: ClassVar[dict[str, ActStatus]] = {s.value: s for s in ActStatus}

    def __init__(self, today: date, late_after: int, level: int | None) -> None:
        self.today, self.late_after, self.level = today, late_after, level
        self.days: dict[Any, date | None] = {None: None}
        self.documents: dict[str, tuple[DocumentKind, ...]] = {"": ()}

    def day(self, text: Any) -> date | None:
        found = self.days.get(text, _MISSING)
        if found is _MISSING:
            found = self.days[text] = date.fromisoformat(text)
        return found  # type: ignore[no-any-return]

    def __call__(self, row: Sequence[Any]) -> "ActRecord":
        return ActRecord(row, self)


class ActRecord:
    """An act (or an expense with no act yet) as the views see it; money in cents.

    Read from its row (``_ACT_SQL``) when a value is asked for: a view of hundreds of acts
    costs little more than its query (the "Still owed" view is measured against its SQL).
    """

    __slots__ = ("_row", "_shown")

    def __init__(self, row: Sequence[Any], shown: _Records) -> None:
        self._row = row
        self._shown = shown

    def __repr__(self) -> str:
        return f"ActRecord({self.to_json()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActRecord) and tuple(self._row) == tuple(other._row)

    def __hash__(self) -> int:
        return hash(tuple(self._row))

    id = property(lambda self: self._row[0])
    person_id = property(lambda self: self._row[2])
    person_name = property(lambda self: self._row[3])
    nature = property(lambda self: self._row[5] or "")
    practitioner = property(lambda self: self._row[6] or "")
    paid_cents = property(lambda self: self._row[7])
    base_cents = property(lambda self: self._row[8])
    amo_cents = property(lambda self: self._row[9])
    withheld_cents = property(lambda self: self._row[10] or 0)
    amc_cents = property(lambda self: self._row[11])
    left_cents = property(lambda self: self._row[12])
    third_party = property(lambda self: bool(self._row[15]))
    sent_to_amc = property(lambda self: bool(self._row[16]))
    rate_percent = property(lambda self: self._row[32])

    @property
    def kind(self) -> ActKind:
        return _Records.KINDS[self._row[1]]

    @property
    def status(self) -> ActStatus:
        return _Records.STATUSES[self._row[13]]

    @property
    def care_date(self) -> date:
        day = self._shown.day(self._row[4])
        assert day is not None
        return day

    @property
    def since(self) -> date | None:
        """The day what is awaited is counted from (None: settled)."""
        return self._shown.day(self._row[14])

    @property
    def late(self) -> bool:
        since = self.since
        return since is not None and (self._shown.today - since).days > self._shown.late_after

    @property
    def bank_debit(self) -> "BankLineRecord | None":
        row = self._row
        if row[25] is None or row[26] is None:
            return None
        booked = self._shown.day(row[26])
        assert booked is not None
        return BankLineRecord(row[25], booked, -(row[27] or 0), row[28] or "", "household")

    @property
    def amo_payment(self) -> "PaymentRecord | None":
        return self._payment(17)

    @property
    def amc_payment(self) -> "PaymentRecord | None":
        return self._payment(21)

    def _payment(self, at: int) -> "PaymentRecord | None":
        paid_on, cents, bank_date, bank_id = self._row[at : at + 4]
        if paid_on is None:
            return None
        day = self._shown.day
        return PaymentRecord(day(paid_on), cents, day(bank_date), bank_id)  # type: ignore[arg-type]

    @property
    def estimated_amc_cents(self) -> int | None:
        """The mutuelle's part still expected, from the contract's level (an estimate)."""
        level = self._shown.level
        if level is None or self.status is not ActStatus.AWAITING_AMC:
            return None
        act = Act(self.person_id, self.care_date, self.kind, paid_cents=self.paid_cents,
                  amo_cents=self.amo_cents, amc_cents=self.amc_cents, base_cents=self.base_cents)  # fmt: skip
        return estimated_amc(act, level)

    @property
    def line_ids(self) -> tuple[int, ...]:
        return _ints(self._row[29])

    @property
    def documents(self) -> tuple[DocumentKind, ...]:
        text = self._row[30] or ""
        cache = self._shown.documents
        kinds = cache.get(text)
        if kinds is None:
            kinds = cache[text] = tuple(DocumentKind(d) for d in text.split(",") if d)
        return kinds

    @property
    def to_confirm(self) -> tuple[int, ...]:
        """Debits that may have paid it, for the user to confirm."""
        return tuple(sorted(_ints(self._row[31])))

    def to_json(self) -> dict[str, Any]:
        """The issue's contract (``care list``), with the ids ``care link`` takes."""
        debit, amo, amc = self.bank_debit, self.amo_payment, self.amc_payment
        return {
            "id": self.id,
            "person": self.person_name,
            "care_date": self.care_date.isoformat(),
            "nature": self.nature,
            "paid_cents": self.paid_cents,
            "amo_cents": self.amo_cents,
            "withheld_cents": self.withheld_cents,
            "amc_cents": self.amc_cents,
            "left_cents": self.left_cents,
            "status": self.status.value,
            "late": self.late,
            "third_party": self.third_party,
            "bank_debit": debit.to_json() if debit else None,
            "amo_payment": amo.to_json() if amo else None,
            "amc_payment": amc.to_json() if amc else None,
        }


_MISSING: Any = object()


class ActService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -------------------------------------------------------------------- settings
    def late_after_days(self) -> int:
        """Days after which an awaited part is late (Preferences; default 30, as Cozy)."""
        with self.ctx.read() as session:
            value = read_meta(session.connection(), LATE_AFTER_KEY)
        return int(value) if value and value.isdigit() else LATE_AFTER_DAYS

    def set_late_after_days(self, days: int) -> int:
        if not 1 <= days <= MAX_LATE_AFTER_DAYS:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A reimbursement is late after 1 to {max} days."),
                field="late_after",
                max=MAX_LATE_AFTER_DAYS,
            )
        with self.ctx.write() as session:
            write_meta(session.connection(), LATE_AFTER_KEY, str(days))
        return days

    def contract_level(self) -> int | None:
        """The mutuelle contract's level in % of the base ("100 %", "200 %"), if the user gave
        it: the mutuelle's part still expected is then estimated."""
        with self.ctx.read() as session:
            value = read_meta(session.connection(), CONTRACT_LEVEL_KEY)
        return int(value) if value and value.isdigit() else None

    def set_contract_level(self, percent: int | None) -> int | None:
        if percent is not None and not 100 <= percent <= MAX_CONTRACT_LEVEL:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A mutuelle contract's level is 100 % to {max} % of the base."
                ),
                field="level",
                max=MAX_CONTRACT_LEVEL,
            )
        with self.ctx.write() as session:
            connection = session.connection()
            write_meta(connection, CONTRACT_LEVEL_KEY, "" if percent is None else str(percent))
            # A level given says the household has a mutuelle: statuses may change.
            refresh(session, Touched(removed=True))
        return percent

    # -------------------------------------------------------------------- reading
    def _read(
        self, sql: str, params: Sequence[Any], flt: ActFilter | None = None
    ) -> list[ActRecord]:
        """Acts of ``sql`` (selecting ``_ACT_SQL``), with the settings they are shown with, in
        one read."""
        with self.ctx.read() as session:
            if flt is not None:
                self._prepare(session, flt)
            cursor = session.connection().connection.dbapi_connection.cursor()
            settings = dict(
                cursor.execute(
                    "SELECT key, value FROM app_meta WHERE key IN (?, ?)",
                    (LATE_AFTER_KEY, CONTRACT_LEVEL_KEY),
                ).fetchall()
            )
            rows = cursor.execute(sql, tuple(params)).fetchall()
        late, level = settings.get(LATE_AFTER_KEY), settings.get(CONTRACT_LEVEL_KEY)
        convert = _Records(
            self.ctx.today(),
            int(late) if late and late.isdigit() else LATE_AFTER_DAYS,
            int(level) if level and level.isdigit() else None,
        )
        return list(map(convert, rows))

    def _where(self, flt: ActFilter, today: date, late_after: int) -> tuple[str, list[Any]]:
        conditions, params = ["1"], []
        if flt.person_id is not None:
            conditions.append("a.person_id = ?")
            params.append(flt.person_id)
        if flt.date_from is not None:
            conditions.append("a.care_date >= ?")
            params.append(flt.date_from.isoformat())
        if flt.date_to is not None:
            conditions.append("a.care_date <= ?")
            params.append(flt.date_to.isoformat())
        if flt.status is not None:
            conditions.append("a.status = ?")
            params.append(flt.status.value)
        if flt.late:
            conditions.append("a.status != 'settled' AND a.since < ?")
            params.append((today - timedelta(days=late_after)).isoformat())
        if flt.text.strip():
            conditions.append(
                "(ameli_fold(a.nature) LIKE ? ESCAPE '\\' "
                "OR ameli_fold(a.practitioner) LIKE ? ESCAPE '\\')"
            )
            pattern = f"%{_escape_like(fold(flt.text))}%"
            params += [pattern, pattern]
        return " AND ".join(conditions), params

    def _prepare(self, session: Any, flt: ActFilter) -> None:
        if flt.text.strip():
            from ameli_desktop.services.reimbursements import _fold_sql

            _fold_sql(session.connection().connection.dbapi_connection)

    def acts(
        self,
        flt: ActFilter = ActFilter(),
        *,
        sort: ActSort = ActSort.DATE,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[ActRecord]:
        """The acts of a filter, sorted (ties broken by id, so pages never overlap)."""
        where, params = self._where(flt, self.ctx.today(), self.late_after_days())
        direction = "DESC" if descending else "ASC"
        sql = (  # fixed fragments only; values are bound
            f"SELECT {_ACT_SQL} {_FROM} WHERE {where} "
            f"ORDER BY {_SORT_SQL[sort]} {direction}, a.id {direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return self._read(sql, params, flt)

    def count(self, flt: ActFilter = ActFilter()) -> int:
        where, params = self._where(flt, self.ctx.today(), self.late_after_days())
        with self.ctx.read() as session:
            self._prepare(session, flt)
            return int(
                session.connection()
                .exec_driver_sql(
                    f"SELECT count(*) FROM care_act a WHERE {where}",  # noqa: S608
                    tuple(params),
                )
                .scalar_one()
            )

    def iter_acts(self, flt: ActFilter = ActFilter(), *, chunk: int = 5000) -> Iterator[ActRecord]:
        """Every act of a filter, oldest first, fetched in chunks (exports, PDFs)."""
        offset = 0
        while True:
            page = self.acts(flt, offset=offset, limit=chunk)
            yield from page
            if len(page) < chunk:
                return
            offset += chunk

    def get(self, act_id: int) -> ActRecord:
        found = self._read(f"SELECT {_ACT_SQL} {_FROM} WHERE a.id = ?", (act_id,))
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no act of care with id {id}."),
                field="act",
                id=act_id,
            )
        return found[0]

    # -------------------------------------------------------------------- totals
    def totals(self, flt: ActFilter = ActFilter()) -> Totals:
        return self._grouped(flt, None).get("", Totals())

    def _grouped(self, flt: ActFilter, key: str | None) -> dict[str, Totals]:
        where, params = self._where(flt, self.ctx.today(), self.late_after_days())
        group = key or "''"
        sql = (  # ``key`` is one of this module's own expressions, never input
            f"SELECT {group}, count(*), coalesce(sum(a.paid_cents), 0), "  # noqa: S608
            "coalesce(sum(a.amo_cents), 0), coalesce(sum(a.withheld_cents), 0), "
            "coalesce(sum(a.amc_cents), 0), coalesce(sum(a.left_cents), 0) "
            f"FROM care_act a LEFT JOIN person p ON p.id = a.person_id WHERE {where} "
            f"GROUP BY {group} ORDER BY {group}"
        )
        with self.ctx.read() as session:
            self._prepare(session, flt)
            rows = session.connection().exec_driver_sql(sql, tuple(params)).fetchall()
        return {str(row[0]): Totals(*(int(v) for v in row[1:])) for row in rows}

    def summary(self, flt: ActFilter = ActFilter()) -> Summary:
        """Totals of a filter, per month, nature and person (an expense with no act yet is the
        household's), and what is still owed per person and year."""
        where, params = self._where(flt, self.ctx.today(), self.late_after_days())
        with self.ctx.read() as session:
            self._prepare(session, flt)
            first, last = (
                session.connection()
                .exec_driver_sql(
                    f"SELECT min(a.care_date), max(a.care_date) FROM care_act a WHERE {where}",  # noqa: S608
                    tuple(params),
                )
                .one()
            )
        return Summary(
            flt,
            self.totals(flt),
            self._grouped(flt, "substr(a.care_date, 1, 7)"),
            self._grouped(flt, "a.nature"),
            self._grouped(flt, f"coalesce(p.name, '{HOUSEHOLD}')"),
            _day(first),
            _day(last),
            self._owed_by_person_year(flt),
            {
                (key[:-5], key[-4:]): totals
                for key, totals in self._grouped(
                    flt, f"coalesce(p.name, '{HOUSEHOLD}') || ' ' || substr(a.care_date, 1, 4)"
                ).items()
            },
        )

    def _owed_by_person_year(self, flt: ActFilter) -> dict[tuple[str, str], int]:
        """What is still owed per (person, year): the paid amount of an act awaiting the
        Assurance Maladie, the mutuelle's estimated part of one awaiting it (0 unknown)."""
        owed: dict[tuple[str, str], int] = {}
        for act in self.iter_acts(flt):
            if act.status is ActStatus.SETTLED:
                continue
            key = (act.person_name or HOUSEHOLD, str(act.care_date.year))
            if act.status is ActStatus.AWAITING_AMO:
                cents = act.paid_cents or 0
            else:
                cents = act.estimated_amc_cents or 0
            owed[key] = owed.get(key, 0) + cents
        return owed

    def export_pdf(
        self,
        flt: ActFilter,
        path: Path,
        *,
        on_page: Callable[[int], None] | None = None,
        language: Language = ENGLISH,
    ) -> Path:
        """The summary PDF (exports.pdf.reimbursements) of the filtered acts, in ``language``
        (the GUI's; the CLI writes English): per person and year, paid, Assurance Maladie,
        withheld, mutuelle, left to pay and still owed."""
        from ameli_desktop.exports.pdf.reimbursements import (
            CONTEXT,
            PersonHeading,
            SummaryLine,
            TotalsRow,
            build_reimbursement_summary,
        )
        from ameli_desktop.services.household import PeopleService
        from ameli_desktop.services.reimbursements import describe_period

        summary = self.summary(flt)
        everyone = PeopleService(self.ctx).all()
        if flt.person_id is not None:
            shown = [p for p in everyone if p.id == flt.person_id]
        else:
            shown = [p for p in everyone if p.name in summary.by_person]
        household = language.tr(CONTEXT, QT_TRANSLATE_NOOP("ReimbursementSummary", "Household"))

        def row(label: str, totals: Totals, owed: int = 0) -> TotalsRow:
            return TotalsRow(
                label,
                totals.acts,
                totals.paid_cents,
                totals.amo_cents,
                totals.withheld_cents,
                totals.amc_cents,
                totals.left_cents,
                owed,
            )

        def who(name: str) -> str:
            return household if name == HOUSEHOLD else name

        lines = (
            SummaryLine(
                act.care_date,
                act.person_name or household,
                act.nature,
                act.paid_cents,
                act.amo_cents,
                act.withheld_cents,
                act.amc_cents,
                act.left_cents,
            )
            for act in self.iter_acts(flt)
        )
        build_reimbursement_summary(
            path,
            period=describe_period(flt, summary.first_date, summary.last_date, language),
            people=[PersonHeading(p.name, p.masked_nir) for p in shown],
            total=row(
                language.tr(CONTEXT, QT_TRANSLATE_NOOP("ReimbursementSummary", "Total")),
                summary.totals,
                sum(summary.owed.values()),
            ),
            by_person_year=[
                row(f"{who(person)}, {year}", totals, summary.owed.get((person, year), 0))
                for (person, year), totals in summary.by_person_year.items()
            ],
            by_nature=[
                row(
                    k or language.tr(CONTEXT, QT_TRANSLATE_NOOP("ReimbursementSummary", "(none)")),
                    v,
                )
                for k, v in summary.by_nature.items()
            ],
            by_month=[row(k, v) for k, v in summary.by_month.items()],
            lines=lines,
            generated=self.ctx.clock.now(),
            on_page=on_page,
            language=language,
        )
        return path

    def export_csv(self, flt: ActFilter, path: Path) -> Path:
        """The acts of a filter as CSV, oldest first, headed in ameli's words: UTF-8 with BOM,
        ``;``, formula-safe (exports.csv, as the lines' export)."""
        header = [
            "Date des soins",
            "Bénéficiaire",
            "Nature des soins",
            "Professionnel de santé",
            "Montant payé",
            "Montant versé (Assurance Maladie)",
            "Participation forfaitaire / franchise",
            "Part complémentaire",
            "Reste à charge",
            "Statut",
            "En retard",
            "Tiers payant",
        ]
        statuses = {
            ActStatus.SETTLED: "réglé",
            ActStatus.AWAITING_AMO: "en attente de l'Assurance Maladie",
            ActStatus.AWAITING_AMC: "en attente de la mutuelle",
        }

        def amount(cents: int | None) -> str:
            return "" if cents is None else format_cents(cents, symbol=False)

        rows = (
            [
                format_date(act.care_date),
                act.person_name or HOUSEHOLD,
                act.nature or (act.bank_debit.label if act.bank_debit else ""),
                act.practitioner,
                amount(act.paid_cents),
                amount(act.amo_cents),
                amount(act.withheld_cents),
                amount(act.amc_cents),
                amount(act.left_cents),
                statuses[act.status],
                "oui" if act.late else "non",
                "oui" if act.third_party else "non",
            ]
            for act in self.iter_acts(flt)
        )
        return write_csv(path, header, rows)

    # -------------------------------------------------------------------- still owed
    def still_owed(self, person_id: int | None = None) -> "StillOwed":
        """The "Still owed" view: the acts each payer still owes, oldest first, and its total
        (what was paid for an act awaiting the Assurance Maladie; the mutuelle's estimated part,
        None without a contract level), since when, how many are late. One read of the few
        acts not settled (their own index)."""
        sql = f"SELECT {_ACT_SQL} {_FROM} WHERE a.status != 'settled'"
        params: list[Any] = []
        if person_id is not None:
            sql += " AND a.person_id = ?"
            params.append(person_id)
        records = self._read(sql + " ORDER BY a.since, a.id", params)
        amo = [a for a in records if a._row[13] == ActStatus.AWAITING_AMO.value]
        amc = [a for a in records if a._row[13] == ActStatus.AWAITING_AMC.value]
        shown = records[0]._shown if records else None
        level = shown.level if shown else None
        return StillOwed(
            _payer_owed(amo, sum(a._row[7] or 0 for a in amo), shown),
            _payer_owed(
                amc,
                None if level is None else sum(a.estimated_amc_cents or 0 for a in amc),
                shown,
            ),
            amo,
            amc,
        )

    def owed(self, person_id: int | None = None) -> Owed:
        """``care owed``: what each payer still owes (see :meth:`still_owed`)."""
        still = self.still_owed(person_id)
        return Owed(still.awaiting_amo, still.awaiting_amc)

    def late(self) -> list[ActRecord]:
        """The acts awaited past the threshold, oldest first (the Overview lists them)."""
        still = self.still_owed()
        return [a for a in (*still.amo_acts, *still.amc_acts) if a.late]

    def attention(self) -> list[AttentionItem]:
        """The Overview's late reimbursements: each act awaited past the threshold (the oldest
        first, at most :data:`MAX_LATE_ITEMS`, then one line for the rest)."""
        still = self.still_owed()
        late = sorted(
            (a for a in (*still.amo_acts, *still.amc_acts) if a.late),
            key=lambda a: (a.since or a.care_date, a.id),
        )
        items = []
        for act in late[:MAX_LATE_ITEMS]:
            awaiting_amo = act.status is ActStatus.AWAITING_AMO
            cents = act.paid_cents if awaiting_amo else act.estimated_amc_cents
            items.append(
                AttentionItem(
                    area="reimbursements",
                    severity=Severity.URGENT,
                    title=(
                        QT_TRANSLATE_NOOP("Attention", "Late: the Assurance Maladie since {since}")
                        if awaiting_amo
                        else QT_TRANSLATE_NOOP("Attention", "Late: the mutuelle since {since}")
                    ),
                    detail=(
                        QT_TRANSLATE_NOOP("Attention", "{who}, {nature} of {day}: {amount}.")
                        if cents is not None
                        else QT_TRANSLATE_NOOP("Attention", "{who}, {nature} of {day}.")
                    ),
                    params=(
                        ("since", format_date(act.since)),
                        ("who", act.person_name or ""),
                        ("nature", act.nature),
                        ("day", format_date(act.care_date)),
                        ("amount", format_cents(cents) if cents is not None else ""),
                    ),
                    due=act.since,
                    person_id=act.person_id,
                    record_kind="care_act",
                    record_id=act.id,
                )
            )
        if len(late) > MAX_LATE_ITEMS:
            items.append(
                AttentionItem(
                    area="reimbursements",
                    severity=Severity.URGENT,
                    title=QT_TRANSLATE_NOOP("Attention", "{count} more late reimbursements"),
                    detail=QT_TRANSLATE_NOOP(
                        "Attention", "See what is still owed in the Reimbursements tab."
                    ),
                    params=(("count", str(len(late) - MAX_LATE_ITEMS)),),
                    record_kind="care_act",
                )
            )
        return items

    # -------------------------------------------------------------------- bank lines
    def to_confirm(self) -> list[ToConfirm]:
        """The debits that fit several acts equally, with those acts."""
        with self.ctx.read() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT c.bank_line_id, l.payment_date, l.paid_cents, l.nature, "
                    "group_concat(c.act_id) FROM care_candidate c "
                    "JOIN reimbursement_line l ON l.id = c.bank_line_id "
                    "GROUP BY c.bank_line_id ORDER BY l.payment_date, c.bank_line_id"
                )
                .fetchall()
            )
        return [
            ToConfirm(
                BankLineRecord(row[0], _day(row[1]), -(row[2] or 0), row[3] or "", "household"),  # type: ignore[arg-type]
                tuple(sorted(_ints(row[4]))),
            )
            for row in rows
        ]

    def bank_lines(self, act_id: int) -> list[BankLineRecord]:
        """The bank lines that explain an act: the debit that paid it, the credits that brought
        its parts (and the debits that may have paid it, to confirm)."""
        act = self.get(act_id)
        ids = [
            i
            for i in (
                act.bank_debit.id if act.bank_debit else None,
                act.amo_payment.bank_line_id if act.amo_payment else None,
                act.amc_payment.bank_line_id if act.amc_payment else None,
                *act.to_confirm,
            )
            if i is not None
        ]
        return self._bank_lines_by_id(list(dict.fromkeys(ids)))

    def _bank_lines_by_id(self, ids: Sequence[int]) -> list[BankLineRecord]:
        if not ids:
            return []
        with self.ctx.read() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    f"SELECT {_BANK_SQL} FROM reimbursement_line l "  # noqa: S608 - placeholders
                    f"WHERE l.id IN ({', '.join('?' * len(ids))})",
                    tuple(ids),
                )
                .fetchall()
            )
        by_id = {row[0]: _bank(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def other_bank_lines(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> list[BankLineRecord]:
        """The bank lines no act explains: credits that settle no statement payment (nothing
        imported says what they paid back), and debits to confirm. Newest first."""
        conditions, params = ["l.insurer IS NOT NULL"], []
        if date_from is not None:
            conditions.append("l.line_date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            conditions.append("l.line_date <= ?")
            params.append(date_to.isoformat())
        sql = (  # fixed fragments; values bound
            f"SELECT {_BANK_SQL} FROM reimbursement_line l "  # noqa: S608
            f"WHERE {' AND '.join(conditions)} AND ("
            "(l.insurer != 'household' AND NOT EXISTS (SELECT 1 FROM statement_payment s "
            "WHERE s.bank_line_id = l.id) AND NOT EXISTS (SELECT 1 FROM reimbursement_line r "
            "WHERE r.bank_line_id = l.id)) OR (l.insurer = 'household' AND EXISTS "
            "(SELECT 1 FROM care_candidate c WHERE c.bank_line_id = l.id))) "
            "ORDER BY l.line_date DESC, l.id DESC"
        )
        with self.ctx.read() as session:
            rows = session.connection().exec_driver_sql(sql, tuple(params)).fetchall()
        return [_bank(row) for row in rows]

    def sources(self, act_id: int) -> list[tuple[str, DocumentKind, int]]:
        """The documents an act was read from: (file name, kind, line in the file)."""
        act = self.get(act_id)
        if not act.line_ids:
            return []
        ids = list(act.line_ids)
        with self.ctx.read() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT coalesce(b.file_name, ''), coalesce(b.document, 'csv'), l.source_line "  # noqa: S608
                    "FROM reimbursement_line l LEFT JOIN import_batch b ON b.id = l.batch_id "
                    f"WHERE l.id IN ({', '.join('?' * len(ids))}) ORDER BY l.id",
                    tuple(ids),
                )
                .fetchall()
            )
        return [(name, DocumentKind(document), line) for name, document, line in rows]

    # -------------------------------------------------------------------- the user's links
    def link(self, act_id: int, bank_line_id: int) -> ActRecord:
        """The user says this bank debit paid this act: kept whatever is imported or undone
        later (as long as the debit and one of the act's lines are stored)."""
        act = self.get(act_id)
        with self.ctx.write() as session:
            connection = session.connection()
            debit = self._debit(connection, bank_line_id)
            if act.kind is not ActKind.ACT or not act.line_ids:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Act {id} is an expense with no act yet: link its bank line to an act of "
                        "care instead.",
                    ),
                    field="act",
                    id=act_id,
                )
            connection.exec_driver_sql(
                "DELETE FROM care_link WHERE bank_line_id = ?", (bank_line_id,)
            )
            now = self.ctx.clock.now()
            session.add_all(
                CareLink(bank_line_id=bank_line_id, line_id=line, linked=True, created_at=now)
                for line in act.line_ids
            )
            session.flush()
            refresh(session, Touched(days={act.care_date, debit}))
        return self.get(act_id)

    def user_links(self, bank_line_id: int) -> tuple[tuple[int, bool], ...]:
        """What the user said of a bank debit: (statement line, linked) pairs; kept before a
        link or unlink so that Edit > Undo can put them back (:meth:`set_user_links`)."""
        with self.ctx.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT line_id, linked FROM care_link WHERE bank_line_id = ? ORDER BY line_id",
                (bank_line_id,),
            )
            return tuple((int(line), bool(linked)) for line, linked in rows)

    def set_user_links(self, bank_line_id: int, links: Sequence[tuple[int, bool]]) -> None:
        """Put back what the user had said of a bank debit (an undone link or unlink); the acts
        around it and around its lines follow."""
        with self.ctx.write() as session:
            connection = session.connection()
            booked = self._debit(connection, bank_line_id)
            before = [
                line
                for (line,) in connection.exec_driver_sql(
                    "SELECT line_id FROM care_link WHERE bank_line_id = ?", (bank_line_id,)
                )
            ]
            lines = sorted({*before, *(line for line, _ in links)})
            days = {booked}
            if lines:
                days |= {
                    _day(day)
                    for (day,) in connection.exec_driver_sql(
                        "SELECT line_date FROM reimbursement_line "  # noqa: S608 - placeholders
                        f"WHERE id IN ({', '.join('?' * len(lines))})",
                        tuple(lines),
                    )
                }
            connection.exec_driver_sql(
                "DELETE FROM care_link WHERE bank_line_id = ?", (bank_line_id,)
            )
            now = self.ctx.clock.now()
            session.add_all(
                CareLink(bank_line_id=bank_line_id, line_id=line, linked=linked, created_at=now)
                for line, linked in links
            )
            session.flush()
            refresh(session, Touched(days={d for d in days if d is not None}))

    def unlink(self, bank_line_id: int, act_id: int | None = None) -> list[int]:
        """The user says this bank debit did not pay this act (by default, the act it is linked
        to now): it is never paired with it again. Returns the acts it was unlinked from."""
        with self.ctx.write() as session:
            connection = session.connection()
            booked = self._debit(connection, bank_line_id)
            if act_id is None:
                acts = [
                    row[0]
                    for row in connection.exec_driver_sql(
                        "SELECT id FROM care_act WHERE kind = 'act' AND bank_line_id = ? "
                        "UNION SELECT act_id FROM care_candidate WHERE bank_line_id = ?",
                        (bank_line_id, bank_line_id),
                    )
                ]
                if not acts:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Bank line {id} is not linked to any act of care."
                        ),
                        field="bank_line",
                        id=bank_line_id,
                    )
            else:
                acts = [act_id]
            records = []
            for target in acts:
                row = connection.exec_driver_sql(
                    "SELECT line_ids, care_date FROM care_act WHERE id = ? AND kind = 'act'",
                    (target,),
                ).first()
                if row is None:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("Errors", "There is no act of care with id {id}."),
                        field="act",
                        id=target,
                    )
                records.append((target, _ints(row[0]), _day(row[1])))
            now = self.ctx.clock.now()
            for _, lines, _ in records:
                placeholders = ", ".join("?" * len(lines))
                connection.exec_driver_sql(
                    "DELETE FROM care_link WHERE bank_line_id = ? "  # noqa: S608 - placeholders
                    f"AND line_id IN ({placeholders})",
                    (bank_line_id, *lines),
                )
                session.add_all(
                    CareLink(bank_line_id=bank_line_id, line_id=line, linked=False, created_at=now)
                    for line in lines
                )
            session.flush()
            days = {booked, *(day for _, _, day in records if day is not None)}
            refresh(session, Touched(days=days))
        return [target for target, _, _ in records]

    @staticmethod
    def _debit(connection: Any, bank_line_id: int) -> date:
        row = connection.exec_driver_sql(
            "SELECT insurer, payment_date FROM reimbursement_line WHERE id = ?", (bank_line_id,)
        ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no bank line with id {id}."),
                field="bank_line",
                id=bank_line_id,
            )
        if row[0] != "household":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Bank line {id} is not a payment of the household to a health professional: "
                    "only such a debit can be linked to an act.",
                ),
                field="bank_line",
                id=bank_line_id,
            )
        day = _day(row[1])
        assert day is not None
        return day


_BANK_SQL = (
    "l.id, l.payment_date, l.insurer, l.reimbursed_cents, l.complementary_cents, "
    "l.paid_cents, l.nature"
)


def _bank(row: Sequence[Any]) -> BankLineRecord:
    line_id, booked, insurer, reimbursed, complementary, paid, label = row
    if insurer == "household":
        cents = -(paid or 0)
    else:
        cents = reimbursed if insurer == "mandatory" else complementary
    day = _day(booked)
    assert day is not None
    return BankLineRecord(line_id, day, cents or 0, label or "", insurer)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
