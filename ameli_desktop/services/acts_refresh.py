"""Keeping the acts of care true to what is stored, after every import, undo, edit and link.

The acts (``care_act``) are derived from the stored lines, never edited in place: whatever was
imported, in whatever order, they are what building them from everything stored would give
(issue 19). So each change rebuilds exactly what it can have changed:

1. **Settling** (``domain.payments``): the statement payments (a relevé's closing lines, a
   mutuelle's transfers, a CSV statement's lines of one day) and the bank credits that brought
   them, near the changed days; the statement lines whose bank credit changed are touched.
2. **Building** (``domain.acts.build_acts``): the acts of each touched (person, date of care)
   from its statement lines, their payments and those payments' bank credits. Acts keep their ids
   where they still stand (the k-th act of a day keeps the k-th id).
3. **The household's payments** (``domain.acts.match_debits``): the bank debits at health
   professionals near the changed days, paired with the acts they paid, the user's links kept; a
   debit that fits several acts equally is to confirm; one with no act is the household's expense.

Steps 1 and 3 pair things a few days apart; a pairing can chain (a credit nearest one payment
leaves the next payment to the next credit), so each works on a date window around what changed,
widened until nothing in it can pair with anything outside: the pairs found are then those of a
rebuild of everything (``domain.matching``: the result is the union of its connected parts).
"""

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ameli_desktop.domain.acts import (
    DEBIT_AFTER_CARE_DAYS,
    DEBIT_BEFORE_CARE_DAYS,
    Act,
    ActKind,
    Debit,
    Payable,
    Payment,
    Piece,
    act_status,
    build_acts,
    expense_act,
    match_debits,
)
from ameli_desktop.domain.matching import Matching
from ameli_desktop.domain.payments import (
    BOOKING_DELAY_DAYS,
    BankCredit,
    StatementPayment,
    match_payments,
)
from ameli_desktop.domain.statements import DocumentKind, LineKind
from ameli_desktop.startup import collector_paused

# Bump when the rules of domain.acts or of this module change: every act is rebuilt at the
# next open (an older database's acts are built at its first open after migration 0012).
RULES_VERSION = "1"
RULES_KEY = "care/rules"
HAS_AMC_KEY = "care/has_complementary"
CONTRACT_LEVEL_KEY = "care/contract_level"
INSURER_NAMES_KEY = "import/insurer_names"
_FAR = 10**6  # days: "everything" as a window


@dataclass
class Touched:
    """What changed: statement lines' (person, date of care) groups, and days around which
    payments, bank lines or acts appeared or went."""

    groups: set[tuple[int, date]] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    removed: bool = False  # lines or payments went (an undo, a deletion)
    # Whether the lines that came show a mutuelle (its part, a transmission to one); None: not
    # known, their groups are read to find out. False spares an import reading its lines back.
    mutuelle: bool | None = None

    def __bool__(self) -> bool:
        return bool(self.groups or self.days or self.removed)

    def add_line(self, person_id: int | None, line_date: date, payment_date: date | None) -> None:
        if person_id is not None:
            self.groups.add((person_id, line_date))
        self.days.add(line_date)
        if payment_date is not None:
            self.days.add(payment_date)

    def update(self, other: "Touched") -> None:
        self.groups |= other.groups
        self.days |= other.days
        self.removed |= other.removed
        known = self.mutuelle is not None and other.mutuelle is not None
        self.mutuelle = (self.mutuelle or other.mutuelle) if known else None


def _day(text: str | date | None) -> date | None:
    if text is None or isinstance(text, date):
        return text
    return _parse_day(text)


@functools.lru_cache(maxsize=65536)
def _parse_day(text: str) -> date:
    """An ISO date read back from SQLite: a refresh reads the same few thousand days in
    hundreds of thousands of rows."""
    return date.fromisoformat(text)


def _before(day: date, delta: timedelta) -> date:
    """``day - delta``, or the first day there is."""
    return day - delta if day - date.min > delta else date.min


# A day as ISO text: the method itself, called in C (a refresh writes a few per act).
_iso: Callable[[date], str] = date.isoformat


# ------------------------------------------------------------------------------ what changes
def touched_by_lines(
    connection: Any, where: str, params: Sequence[Any], *, removing: bool = True
) -> Touched:
    """What the lines ``WHERE where`` touch: read after they came, or before they go
    (``removing``: then the statement lines they settled lose that bank date too)."""
    touched = Touched()
    rows = connection.exec_driver_sql(
        "SELECT person_id, line_date, payment_date, insurer FROM reimbursement_line "  # noqa: S608 - fixed fragments
        f"WHERE {where}",
        tuple(params),
    )
    for person_id, line_date, payment_date, insurer in rows:
        touched.add_line(
            None if insurer is not None else person_id, _day(line_date), _day(payment_date)
        )
    if not removing:
        return touched
    # The statement lines these bank lines settled: their acts lose that bank date.
    for person_id, line_date in connection.exec_driver_sql(
        "SELECT DISTINCT s.person_id, s.line_date FROM reimbursement_line s "  # noqa: S608
        "WHERE s.person_id IS NOT NULL AND s.bank_line_id IN "
        f"(SELECT id FROM reimbursement_line WHERE insurer IS NOT NULL AND {where})",
        tuple(params),
    ):
        touched.groups.add((person_id, _day(line_date)))
    touched.removed = True
    return touched


def touched_by_batch(connection: Any, batch_id: int, *, removing: bool = False) -> Touched:
    """What one import touches (its lines and its payments), once written or before its undo."""
    touched = touched_by_lines(connection, "batch_id = ?", (batch_id,), removing=removing)
    for (paid_on,) in connection.exec_driver_sql(
        "SELECT paid_on FROM statement_payment WHERE batch_id = ?", (batch_id,)
    ):
        touched.days.add(_day(paid_on))
    return touched


def touched_by_rows(
    rows: Iterable[Sequence[Any]], payments: Iterable[Any] = (), *, mutuelle: bool | None = None
) -> Touched:
    """What an import's written rows touch (``statement_import``'s INSERT parameters: person,
    batch, line date, care date, payment date as ISO text...) and its payments; ``mutuelle``:
    whether any of the rows shows a mutuelle (:attr:`Touched.mutuelle`)."""
    touched = Touched(mutuelle=mutuelle)
    days: dict[str | None, date | None] = {None: None}
    for row in rows:
        person_id, line_day, paid_day = row[0], row[2], row[4]
        for text in (line_day, paid_day):
            if text not in days:
                days[text] = date.fromisoformat(text)
        touched.add_line(person_id, days[line_day], days[paid_day])  # type: ignore[arg-type]
    touched.days |= {payment.paid_on for payment in payments}
    return touched


def touched_by_person(connection: Any, person_id: int) -> Touched:
    """What removing a person touches: the days of their acts (their debits go back)."""
    touched = Touched()
    for (care_date,) in connection.exec_driver_sql(
        "SELECT DISTINCT care_date FROM care_act WHERE person_id = ?", (person_id,)
    ):
        touched.days.add(_day(care_date))
    return touched


# ------------------------------------------------------------------------------ entry points
@dataclass(frozen=True, slots=True)
class Refreshed:
    """What a refresh did: ``settled``, bank credits newly found to be statement payments."""

    settled: int = 0


def refresh(session: Any, touched: Touched) -> Refreshed:
    """Rebuild what ``touched`` can have changed (see the module docstring), in the caller's
    transaction."""
    if not touched:
        return Refreshed()
    refresher = _Refresher(session.connection(), touched, everything=False)
    # Thousands of short-lived objects (options, acts), no cycles: the collector would rescan
    # the process's objects several times per refresh (about 1 ms of 25 measured on twenty
    # years of a family; an import already refreshes with it paused).
    with collector_paused():
        refresher.run(touched)
    return Refreshed(len(refresher.newly_settled))


def refresh_all(session: Any) -> None:
    """Rebuild every act (a new version of the rules, a database from before acts)."""
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM care_candidate")
    connection.exec_driver_sql("DELETE FROM care_act")
    touched = Touched(removed=True)
    with collector_paused():
        _Refresher(connection, touched, everything=True).run(touched)
    write_meta(connection, RULES_KEY, RULES_VERSION)


def ensure_acts(session: Any) -> bool:
    """Build the acts if they were built by other rules (or never); True when it did."""
    connection = session.connection()
    if read_meta(connection, RULES_KEY) == RULES_VERSION:
        return False
    refresh_all(session)
    return True


def read_meta(connection: Any, key: str) -> str | None:
    row = connection.exec_driver_sql("SELECT value FROM app_meta WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def write_meta(connection: Any, key: str, value: str) -> None:
    connection.exec_driver_sql(
        "INSERT INTO app_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def household_has_complementary(connection: Any) -> bool:
    """Whether the household has a mutuelle: one was named, a contract level given, or any
    stored line shows one (a mutuelle's part, a transfer, the CPAM's transmission to one)."""
    if read_meta(connection, CONTRACT_LEVEL_KEY) or json.loads(
        read_meta(connection, INSURER_NAMES_KEY) or "[]"
    ):
        return True
    found = connection.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM statement_payment WHERE payer = 'complementary') "
        "OR EXISTS (SELECT 1 FROM reimbursement_line WHERE insurer = 'complementary') "
        "OR EXISTS (SELECT 1 FROM reimbursement_line WHERE complementary_cents IS NOT NULL) "
        "OR EXISTS (SELECT 1 FROM reimbursement_line WHERE sent_to_complementary = 1)"
    ).scalar_one()
    return bool(found)


# ------------------------------------------------------------------------------ the work
_PIECE_SQL = (
    "SELECT l.id, l.person_id, l.line_date, l.payment_date, l.nature, l.practitioner, "
    "l.paid_cents, l.base_cents, l.rate_percent, l.reimbursed_cents, l.complementary_cents, "
    "l.deductions_cents, l.third_party, l.kind, l.payment_id, l.payment_cents, "
    "l.sent_to_complementary, l.complementary_insurer, l.amo_quoted_cents, l.source_line, "
    "l.bank_line_id, b.document, b.sha256, "
    "p.paid_on, p.amount_cents, p.payer, p.bank_line_id, "
    "pb.payment_date, lb.payment_date, lb.reimbursed_cents "
    "FROM reimbursement_line l "
    "LEFT JOIN import_batch b ON b.id = l.batch_id "
    "LEFT JOIN statement_payment p ON p.id = l.payment_id "
    "LEFT JOIN reimbursement_line pb ON pb.id = p.bank_line_id "
    "LEFT JOIN reimbursement_line lb ON lb.id = l.bank_line_id "
    "WHERE l.insurer IS NULL AND l.person_id = ? AND l.line_date BETWEEN ? AND ?"
)
_ACT_COLUMNS = (
    "person_id, kind, care_date, nature, practitioner, paid_cents, base_cents, rate_percent, "
    "amo_cents, withheld_cents, amc_cents, left_cents, third_party, sent_to_amc, status, since, "
    "amo_paid_on, amo_payment_cents, amo_bank_line_id, amo_bank_date, amc_paid_on, "
    "amc_payment_cents, amc_bank_line_id, amc_bank_date, bank_line_id, line_ids, documents"
)
_ACT_ROW_SQL = (
    "a.id, a.person_id, a.care_date, a.paid_cents, a.third_party, a.line_ids, a.bank_line_id"
)
_INSERT_ACT = f"INSERT INTO care_act ({_ACT_COLUMNS}) VALUES ({', '.join('?' * 27)})"  # noqa: S608
_INSERT_ACT_WITH_ID = f"INSERT INTO care_act (id, {_ACT_COLUMNS}) VALUES ({', '.join('?' * 28)})"  # noqa: S608
_UPDATE_ACT = (
    "UPDATE care_act SET "  # noqa: S608 - fixed column names
    + ", ".join(f"{c.strip()} = ?" for c in _ACT_COLUMNS.split(","))
    + " WHERE id = ?"
)


_DOCUMENTS = {kind.value: kind for kind in DocumentKind}
_NONE: frozenset[int] = frozenset()


def _piece(row: Sequence[Any]) -> Piece:
    (
        line_id, person_id, line_date, payment_date, nature, practitioner, paid, base, rate,
        reimbursed, complementary, deductions, third_party, kind, payment_id, payment_cents,
        sent, insurer_name, quoted, source_line, bank_line_id, document, sha256,
        paid_on, amount, payer, payment_bank_id, payment_bank_date, line_bank_date,
        line_bank_cents,
    ) = row  # fmt: skip
    doc = _DOCUMENTS.get(document, DocumentKind.CSV)
    withheld = int(deductions or 0)
    paid_day = _day(payment_date)
    amo_payment = amc_payment = None
    amo = amc = None
    if kind == LineKind.WITHHELD.value:
        return Piece(
            line_id, person_id, _day(line_date), doc, (sha256 or "", source_line),
            nature=nature or "", withheld_cents=withheld, deferred=True,
        )  # fmt: skip
    if payment_id is not None and paid_on is not None:
        statement_payment = Payment(
            _day(paid_on), amount, ("payment", payment_id), payment_bank_id,
            _day(payment_bank_date),
        )  # fmt: skip
        if payer == "complementary":
            amc_payment = statement_payment
        else:
            amo_payment = statement_payment
            if complementary is not None:  # the paper relevé's column: paid with it (G2)
                amc_payment = statement_payment
    if doc is not DocumentKind.MUTUELLE and reimbursed is not None:
        amo = reimbursed + withheld
        if amo_payment is None and paid_day is not None:
            settled = line_bank_cents if bank_line_id is not None else None
            amo_payment = Payment(
                paid_day, payment_cents or settled or reimbursed, None, bank_line_id,
                _day(line_bank_date),
            )  # fmt: skip
    if complementary is not None:
        amc = complementary
        if amc_payment is None and paid_day is not None:
            amc_payment = Payment(paid_day, complementary)
    # Positional, in Piece's order of fields (nature, practitioner, paid, amo, withheld, amc,
    # quoted, base, rate, tiers payant, sent to the mutuelle, payments): once per stored line.
    return Piece(
        line_id, person_id, _day(line_date), doc, (sha256 or "", source_line),
        nature or "", practitioner or "", paid, amo, withheld if amo is not None else 0, amc,
        quoted, base, rate, bool(third_party), bool(sent) or bool(insurer_name),
        amo_payment, amc_payment,
    )  # fmt: skip


def _act_values(act: Act, has_amc: bool) -> tuple[Any, ...]:
    status, since = act_status(act, has_amc)
    amo, amc = act.amo_payment, act.amc_payment
    return (
        act.person_id,
        act.kind._value_,  # ``_value_``, not ``.value``: Enum's property costs a call per act
        _iso(act.care_date),
        act.nature[:300],
        act.practitioner[:200],
        act.paid_cents,
        act.base_cents,
        act.rate_percent,
        act.amo_cents,
        act.withheld_cents,
        act.amc_cents,
        act.left_cents,
        int(act.third_party),
        int(act.sent_to_amc),
        status._value_,
        _iso(since) if since else None,
        _iso(amo.paid_on) if amo else None,
        amo.cents if amo else None,
        amo.bank_line_id if amo else None,
        _iso(amo.bank_date) if amo and amo.bank_date else None,
        _iso(amc.paid_on) if amc else None,
        amc.cents if amc else None,
        amc.bank_line_id if amc else None,
        _iso(amc.bank_date) if amc and amc.bank_date else None,
        act.bank_line_id,
        ",".join(map(str, act.line_ids))[:2000],
        ",".join([d._value_ for d in act.documents])[:120],
    )


class _Refresher:
    def __init__(self, connection: Any, touched: Touched, everything: bool) -> None:
        self.c = connection
        # Reads go straight to the driver: a refresh reads thousands of rows after an import.
        self.cursor = connection.connection.dbapi_connection.cursor()
        self.everything = everything
        self.has_amc = self._has_amc(touched)
        self.newly_settled: set[int] = set()
        # The acts built and not yet written, by the id each will have (the table's next ids,
        # as SQLite gives them): written once their debit is known, in one INSERT each.
        self.pending: dict[int, tuple[Any, ...]] = {}

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self.cursor.execute(sql, tuple(params)).fetchall()  # type: ignore[no-any-return]

    def _meta(self, key: str) -> str | None:
        """:func:`read_meta`, through the driver."""
        found = self.rows("SELECT value FROM app_meta WHERE key = ?", (key,))
        return None if not found else str(found[0][0])

    # Writes go to the driver too (``self.cursor.execute``/``executemany``), in the caller's
    # transaction: the engine's BEGIN is on this connection (storage.db).

    # ------------------------------------------------------------------ the household's mutuelle
    def _has_amc(self, touched: Touched) -> bool:
        """Whether the household has a mutuelle (:func:`household_has_complementary`), known
        from the last refresh unless lines went or appeared that can say otherwise."""
        stored = self._meta(HAS_AMC_KEY)
        if stored == "1" and not touched.removed and not self.everything:
            return True
        if stored == "0" and not touched.removed and not self.everything:
            if read_meta(self.c, CONTRACT_LEVEL_KEY) or json.loads(
                read_meta(self.c, INSURER_NAMES_KEY) or "[]"
            ):
                return True
            cheap = self.c.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM statement_payment WHERE payer = 'complementary') "
                "OR EXISTS (SELECT 1 FROM reimbursement_line WHERE insurer = 'complementary')"
            ).scalar_one()
            if cheap:
                return True
            if touched.mutuelle is False:
                return False  # the lines that came show none; those before showed none either
            by_person: dict[int, list[date]] = defaultdict(list)
            for person_id, day in touched.groups:
                by_person[person_id].append(day)
            return any(
                self.c.exec_driver_sql(
                    "SELECT EXISTS (SELECT 1 FROM reimbursement_line WHERE person_id = ? "
                    "AND line_date BETWEEN ? AND ? AND (complementary_cents IS NOT NULL "
                    "OR sent_to_complementary = 1))",
                    (person_id, _iso(min(days)), _iso(max(days))),
                ).scalar_one()
                for person_id, days in by_person.items()
            )
        return household_has_complementary(self.c)

    def run(self, touched: Touched) -> None:
        if self.everything:
            touched = Touched(days=set(), removed=True)
        touched.groups |= self._settle(touched)
        if self.everything:
            touched.groups |= {
                (person_id, _day(day))
                for person_id, day in self.rows(
                    "SELECT DISTINCT person_id, line_date FROM reimbursement_line "
                    "WHERE insurer IS NULL AND person_id IS NOT NULL"
                )
            }
        changed = self._build(touched.groups)
        self._match_debits(touched.days | changed)
        self._write_pending({})  # when no debit was near to pair them
        if touched.removed:
            self._drop_orphans()
        self._statuses_if_mutuelle_changed()

    def _converge(
        self, days: set[date], reach: int, load: Any, solve: Any
    ) -> tuple[Any, Any, tuple[date, date]]:
        """Load what ``load(low, high)`` reads around the touched ``days`` and ``solve(items)``:
        (solution, [days of what differs from what is stored]). Things pair ``reach`` days apart
        at most, so what is read reaches twice that beyond the touched range: the outer half is
        context only (what lies beyond it is not read), the inner half is compared. A
        difference there means the change reaches further: the range grows to it and all is
        read again, until no difference lies outside it. Outside, what is stored then agrees
        with the solution: writing the differences in the range returned gives what rebuilding
        everything would."""
        if self.everything:
            items = load(date(1, 1, 1), date(9999, 12, 31))
            return items, solve(items)[0], (date(1, 1, 1), date(9999, 12, 31))
        low, high = min(days), max(days)
        near, far = timedelta(days=reach), timedelta(days=2 * reach)
        while True:
            items = load(low - far, high + far)
            solution, differences = solve(items)
            reaching = [
                day for day in differences if low - near <= day < low or high < day <= high + near
            ]
            if not reaching:
                # What differs in the context beyond is for want of what lies further: kept.
                return items, solution, (low - near, high + near)
            low, high = min(low, *reaching), max(high, *reaching)

    # ------------------------------------------------------------------ 1. settling
    def _settle(self, touched: Touched) -> set[tuple[int, date]]:
        """Re-pair statement payments and bank credits around the touched days; the groups of
        the statement lines whose bank credit changed."""
        if not self._any_credit():
            return set()  # no bank credit anywhere: nothing to settle, nothing settled to undo
        days = touched.days | {day for _, day in touched.groups} | self._paid_on(touched.groups)
        if not days and not self.everything:
            return set()
        if days:  # the credits of the last payments come up to a week later: in range at once
            days.add(max(days) + timedelta(days=BOOKING_DELAY_DAYS))
        (credits, _), settled, span = self._converge(
            days, BOOKING_DELAY_DAYS, self._settlement_items, self._settle_solve
        )
        if not any(credits.values()):
            return set()  # no bank credit near: nothing to settle, nothing settled to undo
        return self._write_settlement(*settled, span)

    def _any_credit(self) -> bool:
        """Whether any bank credit is stored (through the partial index of bank lines): a
        household that imported no bank statement has none, and nothing to settle."""
        return bool(
            self.rows(
                "SELECT EXISTS (SELECT 1 FROM reimbursement_line "
                "WHERE insurer IN ('mandatory', 'complementary'))"
            )[0][0]
        )

    def _paid_on(self, groups: set[tuple[int, date]]) -> set[date]:
        """The payment dates of the statement lines of these groups: a line arriving in a group
        can change which of its lines is a CSV statement's candidate payment."""
        by_person: dict[int, list[date]] = defaultdict(list)
        for person_id, day in groups:
            by_person[person_id].append(day)
        found: set[date] = set()
        for person_id, days in by_person.items():
            wanted = set(days)
            for line_date, paid_on in self.rows(
                "SELECT line_date, payment_date FROM reimbursement_line WHERE person_id = ? "
                "AND line_date BETWEEN ? AND ? AND payment_date IS NOT NULL",
                (person_id, _iso(min(days)), _iso(max(days))),
            ):
                if _day(line_date) in wanted:
                    found.add(_day(paid_on))  # type: ignore[arg-type]
        return found

    def _settlement_items(self, low: date, high: date) -> tuple[Any, Any]:
        """Bank credits booked and statement payments paid in [low, high], by payer."""
        credits: dict[str, list[BankCredit]] = defaultdict(list)
        for line_id, booked, insurer, reimbursed, complementary in self.rows(
            "SELECT id, payment_date, insurer, reimbursed_cents, complementary_cents "
            "FROM reimbursement_line WHERE insurer IN ('mandatory', 'complementary') "
            "AND line_date BETWEEN ? AND ? AND payment_date IS NOT NULL",
            (_iso(low), _iso(high)),
        ):
            cents = reimbursed if insurer == "mandatory" else complementary
            if cents is not None and cents > 0:
                credits[insurer].append(BankCredit(line_id, _day(booked), cents))
        payments: dict[str, list[StatementPayment]] = defaultdict(list)
        if any(credits.values()):
            for payment_id, paid_on, cents, payer in self.rows(
                "SELECT id, paid_on, amount_cents, payer FROM statement_payment "
                "WHERE third_party = 0 AND paid_on BETWEEN ? AND ?",
                (_iso(low), _iso(high)),
            ):
                payments[payer].append(
                    StatementPayment(_day(paid_on), cents, frozenset({("payment", payment_id)}))
                )
            payments["mandatory"] += self._csv_payments(low, high)
        return credits, payments

    def _csv_payments(self, low: date, high: date) -> list[StatementPayment]:
        """A CSV statement's lines paid on one day, for one person or the household, as the
        transfers they may have been (``services.payments``); a line whose act an ameli PDF
        also shows is that PDF's payment's, not a candidate again."""
        from ameli_desktop.services.payments import CARE_BEFORE_PAYMENT, candidate_payments

        rows = self.rows(
            "SELECT l.id, l.person_id, l.payment_date, l.reimbursed_cents, l.payment_cents, "
            "l.batch_id FROM reimbursement_line l "
            "WHERE l.line_date BETWEEN ? AND ? AND l.insurer IS NULL AND l.payment_id IS NULL "
            "AND l.kind IS NULL AND l.payment_date BETWEEN ? AND ? "
            "AND l.reimbursed_cents IS NOT NULL "
            "AND coalesce(l.third_party, 0) = 0 AND NOT EXISTS (SELECT 1 FROM reimbursement_line "
            "a WHERE a.person_id = l.person_id AND a.line_date = l.line_date "
            "AND a.payment_id IS NOT NULL AND a.kind = 'care' AND a.paid_cents = l.paid_cents "
            "AND a.reimbursed_cents IS NOT NULL)",
            # Care is given before its payment, and at most CARE_BEFORE_PAYMENT before it: the
            # date index bounds the lines read (there is none on payment dates: every index slows
            # a large statement's import).
            (_iso(_before(low, CARE_BEFORE_PAYMENT)), _iso(high), _iso(low), _iso(high)),
        )
        # Each line keyed as the settling keys its members (("line", id)) from the start.
        return candidate_payments([(("line", row[0]), *row[1:]) for row in rows])

    def _settle_solve(
        self, loaded: tuple[dict[str, list[BankCredit]], dict[str, list[StatementPayment]]]
    ) -> tuple[Any, list[date]]:
        """((stored, paired, day): each payment's or CSV line's bank credit, and its payment
        date), and the days of those that differ."""
        credits, payments = loaded
        after: dict[Hashable, int | None] = {}
        day_of: dict[Hashable, date] = {}
        for payer in ("mandatory", "complementary"):
            for candidate in payments.get(payer, ()):
                for member in candidate.line_ids:
                    after.setdefault(member, None)
                    day_of[member] = candidate.paid_on
            for credit, payment in match_payments(credits.get(payer, []), payments.get(payer, [])):
                for member in payment.line_ids:
                    after[member] = credit.key  # type: ignore[assignment]
        if not any(credits.values()):
            return ({}, {}, {}), []
        # What the credits read settle now (they may settle something else after).
        credit_ids = [c.key for items in credits.values() for c in items]
        booked = {c.key: c.booked_on for items in credits.values() for c in items}
        before: dict[Hashable, int | None] = {}
        for chunk in _chunks(credit_ids):
            marks = ", ".join("?" * len(chunk))
            for payment_id, bank_id, paid_on in self.rows(
                "SELECT id, bank_line_id, paid_on FROM statement_payment "  # noqa: S608
                f"WHERE bank_line_id IN ({marks})",
                tuple(chunk),
            ):
                before[("payment", payment_id)] = bank_id
                day_of.setdefault(("payment", payment_id), _day(paid_on))  # type: ignore[arg-type]
            for line_id, bank_id, paid_on in self.rows(
                "SELECT id, bank_line_id, payment_date FROM reimbursement_line "  # noqa: S608
                f"WHERE bank_line_id IN ({marks}) AND payment_id IS NULL",
                tuple(chunk),
            ):
                before[("line", line_id)] = bank_id
                day_of.setdefault(("line", line_id), _day(paid_on))  # type: ignore[arg-type]
        payment_ids = [m[1] for m in after if m[0] == "payment"]  # type: ignore[index]
        line_ids = [m[1] for m in after if m[0] == "line"]  # type: ignore[index]
        for table, ids in (("statement_payment", payment_ids), ("reimbursement_line", line_ids)):
            kind = "payment" if table == "statement_payment" else "line"
            for chunk in _chunks(ids):
                for row_id, bank_id in self.rows(
                    f"SELECT id, bank_line_id FROM {table} "  # noqa: S608 - fixed names
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk),
                ):
                    before[(kind, row_id)] = bank_id
        differences = []
        for member in {*before, *after}:
            if before.get(member) != after.get(member):
                differences.append(day_of[member])
                for bank_id in (before.get(member), after.get(member)):
                    if bank_id in booked:
                        differences.append(booked[bank_id])
        return (before, after, day_of), differences

    def _write_settlement(
        self,
        before: dict[Hashable, int | None],
        after: dict[Hashable, int | None],
        day_of: dict[Hashable, date],
        span: tuple[date, date],
    ) -> set[tuple[int, date]]:
        lines: set[int] = set()
        payment_updates: list[tuple[int | None, int]] = []
        line_updates: list[tuple[int | None, int]] = []
        for member in sorted({*before, *after}):  # (kind, id): a fixed order of updates
            bank_id = after.get(member)
            if before.get(member) == bank_id or not span[0] <= day_of[member] <= span[1]:
                continue
            if bank_id is not None:
                self.newly_settled.add(bank_id)
            kind, key = member  # type: ignore[misc]
            if kind == "payment":
                payment_updates.append((bank_id, key))
            else:
                line_updates.append((bank_id, key))
                lines.add(key)
        if payment_updates:
            self.cursor.executemany(
                "UPDATE statement_payment SET bank_line_id = ? WHERE id = ?", payment_updates
            )
            # The payment's lines point at it too (the views leave the credit out).
            self.cursor.executemany(
                "UPDATE reimbursement_line SET bank_line_id = ? WHERE payment_id = ?",
                payment_updates,
            )
            ids = [key for _, key in payment_updates]
            for chunk in _chunks(ids):
                lines |= {
                    line_id
                    for (line_id,) in self.rows(
                        "SELECT id FROM reimbursement_line "  # noqa: S608 - placeholders
                        f"WHERE payment_id IN ({', '.join('?' * len(chunk))})",
                        tuple(chunk),
                    )
                }
        if line_updates:
            self.cursor.executemany(
                "UPDATE reimbursement_line SET bank_line_id = ? WHERE id = ?", line_updates
            )
        groups: set[tuple[int, date]] = set()
        for chunk in _chunks(sorted(lines)):
            for person_id, line_date in self.rows(
                "SELECT person_id, line_date FROM reimbursement_line "  # noqa: S608
                f"WHERE id IN ({', '.join('?' * len(chunk))}) AND person_id IS NOT NULL",
                tuple(chunk),
            ):
                groups.add((person_id, _day(line_date)))
        return groups

    # ------------------------------------------------------------------ 2. building
    def _build(self, groups: set[tuple[int, date]]) -> set[date]:
        """Rebuild the acts of these groups; the days whose acts changed."""
        if not groups:
            return set()
        by_person: dict[int, list[date]] = defaultdict(list)
        for person_id, day in groups:
            by_person[person_id].append(day)
        pieces: list[Piece] = []
        existing: dict[tuple[int, date], list[tuple[Any, ...]]] = defaultdict(list)
        for person_id, days in by_person.items():
            wanted = set(days)
            low, high = _iso(min(days)), _iso(max(days))
            for row in self.rows(_PIECE_SQL, (person_id, low, high)):
                if _day(row[2]) in wanted:
                    pieces.append(_piece(row))
            for row in self.rows(
                f"SELECT id, {_ACT_COLUMNS} FROM care_act "  # noqa: S608 - fixed columns
                "WHERE person_id = ? AND care_date BETWEEN ? AND ? ORDER BY id",
                (person_id, low, high),
            ):
                key = (person_id, _day(row[3]))
                if key[1] in wanted:
                    existing[key].append(tuple(row))
        built: dict[tuple[int, date], list[Act]] = defaultdict(list)
        for act in build_acts(pieces):
            assert act.person_id is not None
            built[(act.person_id, act.care_date)].append(act)
        changed: set[date] = set()
        inserts: list[tuple[Any, ...]] = []
        gone: list[int] = []
        for key in sorted(groups):
            old, new = existing.get(key, []), built.get(key, [])
            for index, act in enumerate(new):
                if index < len(old):
                    # Its debit stays until step 3 looks at this day again.
                    values = _act_values(replace(act, bank_line_id=old[index][25]), self.has_amc)
                    if tuple(old[index][1:]) != values:
                        self.cursor.execute(_UPDATE_ACT, (*values, old[index][0]))
                        changed.add(key[1])
                else:
                    inserts.append(_act_values(act, self.has_amc))
                    changed.add(key[1])
            if len(old) > len(new):
                gone += [row[0] for row in old[len(new) :]]
                changed.add(key[1])
        for chunk in _chunks(gone):
            self.cursor.execute(
                f"DELETE FROM care_act WHERE id IN ({', '.join('?' * len(chunk))})",  # noqa: S608
                tuple(chunk),
            )
        if inserts:
            last = self.rows("SELECT coalesce(max(id), 0) FROM care_act")[0][0]
            self.pending = dict(enumerate(inserts, start=last + 1))
        return changed

    def _write_pending(self, paid_by: dict[int, int]) -> None:
        """Insert the acts built (:attr:`pending`), each with its debit in ``paid_by``."""
        if not self.pending:
            return
        self.cursor.executemany(
            _INSERT_ACT_WITH_ID,
            [
                (act_id, *values[:24], paid_by.get(act_id), *values[25:])
                for act_id, values in self.pending.items()
            ],
        )
        self.pending = {}

    # ------------------------------------------------------------------ 3. debits
    def _match_debits(self, days: set[date]) -> None:
        if not days and not self.everything:
            return
        reach = max(DEBIT_BEFORE_CARE_DAYS, DEBIT_AFTER_CARE_DAYS)
        items, matching, span = self._converge(days, reach, self._debit_items, _DebitItems.solve)
        if not items.debits and not items.current:
            return  # no debit near, none linked: nothing to pair, nothing to undo
        self._write_debits(items, matching, span)

    def _debit_items(self, low: date, high: date) -> "_DebitItems":
        items = _DebitItems()
        for line_id, booked, cents, label in self.rows(
            "SELECT id, payment_date, paid_cents, nature FROM reimbursement_line "
            "WHERE insurer = 'household' AND line_date BETWEEN ? AND ? "
            "AND paid_cents IS NOT NULL AND payment_date IS NOT NULL",
            (_iso(low), _iso(high)),
        ):
            items.debits[line_id] = Debit(line_id, date.fromisoformat(booked), cents, label or "")
        # With no debit in the window and no link by hand, no act can be paid by one: only the
        # acts paid now (which stop being) matter. A statement's import reads those, not every
        # act of its years (nor pairs them with nothing).
        paid_only = not items.debits and not self._any_link
        items.add_acts(
            self.rows(
                f"SELECT {_ACT_ROW_SQL} FROM care_act a "  # noqa: S608 - fixed columns
                "WHERE a.kind = 'act' AND a.care_date BETWEEN ? AND ?"
                + (" AND a.bank_line_id IS NOT NULL" if paid_only else ""),
                (_iso(low), _iso(high)),
            )
        )
        if not paid_only:  # the acts just built (none is paid yet), as _ACT_ROW_SQL reads them
            first, last = _iso(low), _iso(high)
            items.add_acts(
                (act_id, v[0], v[2], v[5], v[12], v[25], None)
                for act_id, v in self.pending.items()
                if first <= v[2] <= last
            )
        for act_id, line_id in self.rows(
            "SELECT id, bank_line_id FROM care_act WHERE kind = 'expense' "
            "AND care_date BETWEEN ? AND ?",
            (_iso(low), _iso(high)),
        ):
            items.expenses[line_id] = act_id
        self._user_links(items)
        found: dict[int, set[int]] = defaultdict(set)
        for chunk in _chunks(list(items.debits)):
            for debit_id, act_id in self.rows(
                "SELECT bank_line_id, act_id FROM care_candidate "  # noqa: S608 - placeholders
                f"WHERE bank_line_id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk),
            ):
                found[debit_id].add(act_id)
        items.candidates = {k: frozenset(v) for k, v in found.items()}
        return items

    def _user_links(self, items: "_DebitItems") -> None:
        """The user's links of the debits in the window, and those of its acts' lines: each
        link's act joins the window (a link holds across any distance)."""
        rows: set[tuple[int, int, int]] = set()
        if not self._any_link:
            return  # the usual case: the user linked nothing by hand
        for column, ids in (
            ("bank_line_id", list(items.debits)),
            ("line_id", list(items.act_of_line)),
        ):
            for chunk in _chunks(ids):
                rows |= set(
                    self.c.exec_driver_sql(
                        "SELECT bank_line_id, line_id, linked FROM care_link "  # noqa: S608
                        f"WHERE {column} IN ({', '.join('?' * len(chunk))})",
                        tuple(chunk),
                    ).fetchall()
                )
        for bank_line_id, line_id, linked in sorted(rows):
            if bank_line_id not in items.debits:
                row = self.c.exec_driver_sql(
                    "SELECT id, payment_date, paid_cents, nature FROM reimbursement_line "
                    "WHERE id = ? AND insurer = 'household'",
                    (bank_line_id,),
                ).first()
                if row is None:
                    continue
                items.debits[row[0]] = Debit(row[0], _day(row[1]), row[2] or 0, row[3] or "")
                expense = self.c.exec_driver_sql(
                    "SELECT id FROM care_act WHERE kind = 'expense' AND bank_line_id = ?",
                    (row[0],),
                ).first()
                if expense is not None:
                    items.expenses[row[0]] = expense[0]
            if line_id not in items.act_of_line:
                row = self.c.exec_driver_sql(
                    f"SELECT {_ACT_ROW_SQL} FROM reimbursement_line l JOIN care_act a "  # noqa: S608
                    "ON a.kind = 'act' AND a.person_id = l.person_id "
                    "AND a.care_date = l.line_date "
                    "AND (',' || a.line_ids || ',') LIKE ('%,' || l.id || ',%') WHERE l.id = ?",
                    (line_id,),
                ).first()
                if row is None:
                    continue
                items.add_acts([row])
            act_id = items.act_of_line[line_id]
            if linked:
                items.linked.setdefault(bank_line_id, set()).add(act_id)
            else:
                items.refused.add((bank_line_id, act_id))

    @functools.cached_property
    def _any_link(self) -> bool:
        """Whether the user linked or unlinked any debit and act by hand (read once: a
        refresh writes no link, and each widening of its window asks again)."""
        return bool(self.rows("SELECT EXISTS (SELECT 1 FROM care_link)")[0][0])

    def _write_debits(
        self, items: "_DebitItems", matching: Matching, span: tuple[date, date]
    ) -> None:
        """Write what differs among the acts and debits dated in ``span`` (beyond it, what
        was read is context only)."""
        low, high = span
        in_span = {k: d for k, d in items.debits.items() if low <= d.booked_on <= high}
        debits = [in_span[k] for k in sorted(in_span)]
        paid_by, current, pending = items.paid_by, items.current, self.pending
        changes = [
            (paid_by.get(act_id), act_id)
            for act_id, act in items.acts.items()
            if low <= act[1] <= high
            and current.get(act_id) != paid_by.get(act_id)
            and act_id not in pending
        ]
        if changes:
            self.cursor.executemany("UPDATE care_act SET bank_line_id = ? WHERE id = ?", changes)
        # The acts just built, with their debits (before the new expenses take the next ids).
        self._write_pending(
            {a: d for a, d in paid_by.items() if a in pending and low <= items.acts[a][1] <= high}
        )
        # The candidates to confirm: rewritten for the debits whose candidates changed only
        # (``items.candidates``: what is stored for each debit read).
        doubts = {
            debit_id: frozenset().union(*(o.members for o in options))
            for debit_id, options in matching.to_confirm.items()
            if debit_id in in_span
        }
        stale = [
            debit_id
            for debit_id in in_span
            if doubts.get(debit_id, _NONE) != items.candidates.get(debit_id, _NONE)
        ]
        for chunk in _chunks(stale):
            self.cursor.execute(
                "DELETE FROM care_candidate "  # noqa: S608 - placeholders only
                f"WHERE bank_line_id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk),
            )
        candidates = [
            (debit_id, act_id)
            for debit_id in sorted(stale)
            if debit_id in doubts
            for act_id in sorted(doubts[debit_id])  # type: ignore[type-var]
        ]
        if candidates:
            self.cursor.executemany(
                "INSERT INTO care_candidate (bank_line_id, act_id) VALUES (?, ?)", candidates
            )
        alone = {
            d.bank_line_id: d
            for d in debits
            if d.bank_line_id not in matching.linked and d.bank_line_id not in matching.to_confirm
        }
        gone = [
            act_id
            for debit_id, act_id in items.expenses.items()
            if debit_id in in_span and debit_id not in alone
        ]
        for chunk in _chunks(gone):
            self.cursor.execute(
                f"DELETE FROM care_act WHERE id IN ({', '.join('?' * len(chunk))})",  # noqa: S608
                tuple(chunk),
            )
        new = [
            _act_values(expense_act(debit), self.has_amc)
            for debit_id, debit in sorted(alone.items())
            if debit_id not in items.expenses
        ]
        if new:
            self.cursor.executemany(_INSERT_ACT, new)

    def _drop_orphans(self) -> None:
        """After lines went: the expenses and candidates of debits that are gone."""
        self.c.exec_driver_sql(
            "DELETE FROM care_act WHERE kind = 'expense' AND bank_line_id NOT IN "
            "(SELECT id FROM reimbursement_line WHERE insurer = 'household')"
        )
        self.c.exec_driver_sql(
            "DELETE FROM care_candidate WHERE bank_line_id NOT IN "
            "(SELECT id FROM reimbursement_line WHERE insurer = 'household')"
        )

    # ------------------------------------------------------------------ statuses
    def _statuses_if_mutuelle_changed(self) -> None:
        """When the household's mutuelle appeared or went, every act's status follows."""
        stored = self._meta(HAS_AMC_KEY)
        now = "1" if self.has_amc else "0"
        if stored == now:
            return
        write_meta(self.c, HAS_AMC_KEY, now)
        rows = self.c.exec_driver_sql(
            "SELECT id, kind, care_date, paid_cents, amo_cents, withheld_cents, amc_cents, "
            "sent_to_amc, amo_paid_on, status, since FROM care_act WHERE kind = 'act' "
            "AND amo_cents IS NOT NULL AND amc_cents IS NULL"
        ).fetchall()
        for (
            act_id,
            kind,
            care_date,
            paid,
            amo,
            withheld,
            amc,
            sent,
            amo_paid_on,
            old,
            since,
        ) in rows:
            act = Act(
                None, _day(care_date), ActKind(kind), paid_cents=paid, amo_cents=amo,
                withheld_cents=withheld, amc_cents=amc, sent_to_amc=bool(sent),
                amo_payment=Payment(_day(amo_paid_on), 0) if amo_paid_on else None,
            )  # fmt: skip
            status, new_since = act_status(act, self.has_amc)
            fresh = (status.value, _iso(new_since) if new_since else None)
            if fresh != (old, since):
                self.cursor.execute(
                    "UPDATE care_act SET status = ?, since = ? WHERE id = ?", (*fresh, act_id)
                )


@dataclass
class _DebitItems:
    """What the debits' matching reads in a window."""

    debits: dict[int, Debit] = field(default_factory=dict)
    # act -> (person, date of care, paid, tiers payant as stored: 0 or 1)
    acts: dict[int, tuple[int, date, int | None, int]] = field(default_factory=dict)
    line_texts: dict[int, str] = field(default_factory=dict)  # act -> its lines, as stored
    current: dict[int, int] = field(default_factory=dict)  # act -> its debit now
    expenses: dict[int, int] = field(default_factory=dict)  # debit -> its expense act now
    linked: dict[int, set[int]] = field(default_factory=dict)
    refused: set[tuple[int, int]] = field(default_factory=set)
    candidates: dict[int, frozenset[int]] = field(default_factory=dict)  # stored, to confirm
    paid_by: dict[int, int] = field(default_factory=dict)  # act -> its debit, once solved
    _act_of_line: dict[int, int] | None = field(default=None, repr=False)

    @property
    def act_of_line(self) -> dict[int, int]:
        """Each line's act: made when the user's links need it (most refreshes never do)."""
        if self._act_of_line is None:
            self._act_of_line = {}
            for act_id, text in self.line_texts.items():
                self._act_of_line.update(_of_lines(text, act_id))
        return self._act_of_line

    def add_acts(self, rows: Iterable[Sequence[Any]]) -> None:
        """Acts as ``_ACT_ROW_SQL`` reads them."""
        acts, line_texts, current = self.acts, self.line_texts, self.current
        for act_id, person_id, care_date, paid, third_party, line_ids, bank_id in rows:
            acts[act_id] = (person_id, _day(care_date), paid, third_party)
            if line_ids:
                line_texts[act_id] = line_ids
                if self._act_of_line is not None:
                    self._act_of_line.update(_of_lines(line_ids, act_id))
            if bank_id is not None:
                current[act_id] = bank_id

    def payables(self) -> list[Payable]:
        """The acts a debit may have paid: with an amount paid, not tiers payant (Cozy never
        links a tiers-payant act to the bank: ameli-documents.md §7)."""
        acts = self.acts
        return [
            Payable(act_id, act[0], act[1], act[2])
            for act_id in sorted(acts)
            if (act := acts[act_id])[2] is not None and act[2] > 0 and not act[3]
        ]

    def solve(self) -> tuple[Matching, list[date]]:
        """The pairing of what was read, and the days of what it changes: an act's debit, a
        debit's acts to confirm, an expense that comes or goes."""
        matching = match_debits(
            [self.debits[k] for k in sorted(self.debits)],
            self.payables(),
            linked={k: frozenset(v) for k, v in self.linked.items()},
            refused=self.refused,
        )
        paid_by = self.paid_by = _paid_by(matching)
        differences = []
        for act_id, (_, day, _, _) in self.acts.items():
            before, after = self.current.get(act_id), paid_by.get(act_id)
            if before != after:
                # Both ends of a link that comes or goes: the act and each debit.
                differences.append(day)
                differences += [
                    self.debits[d].booked_on for d in (before, after) if d in self.debits
                ]
        linked, to_confirm, candidates = matching.linked, matching.to_confirm, self.candidates
        for debit_id, debit in self.debits.items():
            options = to_confirm.get(debit_id)
            doubts = frozenset().union(*(o.members for o in options)) if options else _NONE
            alone = options is None and debit_id not in linked
            if doubts != candidates.get(debit_id, _NONE) or alone != (debit_id in self.expenses):
                differences.append(debit.booked_on)
        return matching, differences


def _of_lines(line_ids: str, act_id: int) -> dict[int, int]:
    """The lines of ``care_act.line_ids`` (ids joined by commas), each to ``act_id``."""
    return dict.fromkeys(map(int, filter(None, line_ids.split(","))), act_id)


def _paid_by(matching: Matching) -> dict[int, int]:
    """Each act's debit (the first, by id, when the user linked several)."""
    paid_by: dict[int, int] = {}
    for debit_id, option in sorted(matching.linked.items()):
        for act_id in option.members:
            paid_by.setdefault(act_id, debit_id)  # type: ignore[call-overload]
    return paid_by


def _chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
