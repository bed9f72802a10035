"""Acts of care: one visit, test or prescription, whichever documents showed it (DESIGN.md 2).

A household asks of each act: did the Assurance Maladie pay its part, did the mutuelle pay its
part, and what is left for us? The same act is read from several documents (an ameli CSV, the
relevé PDF, the mutuelle's statement: ``ameli-documents.md`` §1-§6), and its money reaches the bank
(§7). This module builds the acts from the stored lines, pure and deterministic: the same stored
lines give the same acts whatever the order they were imported in.

- **One act, several documents**: the lines of one person and one date of care are pieces of
  acts; a document's lines are distinct acts (two identical kiné sessions are two acts), and a
  line of another document joins the act with the same amount paid (the mutuelle's quoted
  Assurance Maladie part choosing between equal ones). Documents are taken in a fixed order
  (ameli's printed ones first, then tables, then the mutuelle's), so the join never depends on
  which came first.
- **The parts**: the Assurance Maladie's (``amo``: its "montant versé" before anything withheld),
  the amounts withheld for the act (its participations, and deferred ones taken later, G2), the
  mutuelle's (``amc``), and what is left: paid - amo + withheld - amc. A mutuelle's quote of the
  Assurance Maladie's part (G3, "à titre indicatif") is never money received.
- **Status**: settled; awaiting the Assurance Maladie (an expense with no act yet); awaiting the
  mutuelle (the act was sent to it, or the household has one, something is left for it to pay,
  and no part of it has arrived). Late past a threshold, counted from the date of care for the
  Assurance Maladie and from its payment for the mutuelle.
- **The household's payment**: a bank debit at a health professional of the act's amount paid
  (one act, or all the acts of a person's day, or of the household's day: a pharmacy's one
  receipt), booked from 15 days before the care to 29 days after it (Cozy's matcher,
  ``ameli-documents.md`` §7), at one of the few nearest distances, never for a tiers-payant act;
  paired by ``domain.matching``'s rule.
"""

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from ameli_desktop.domain.matching import Matching, Option, Ranked, match_ranked
from ameli_desktop.domain.statements import AMELI_DOCUMENTS, DocumentKind

# Cozy Banks' matcher (ameli-documents.md §7): the bank line from 15 days before the document's
# date to 29 days after it, and a reimbursement late after 30 days.
DEBIT_BEFORE_CARE_DAYS = 15
DEBIT_AFTER_CARE_DAYS = 29
LATE_AFTER_DAYS = 30
# A debit may be for one of the acts of its amount at its nearest few distances (in days).
NEAREST_DELAYS = 3
# A mutuelle contract's level is a percentage of the base ("100 % BR", "200 %", "300 %"...).
MAX_CONTRACT_LEVEL = 1000


class ActStatus(StrEnum):
    SETTLED = "settled"  # nothing more is expected from anyone
    AWAITING_AMO = "awaiting_amo"  # an expense (or a claim) with no act of the Assurance Maladie
    AWAITING_AMC = "awaiting_amc"  # the mutuelle's part has not arrived


class ActKind(StrEnum):
    ACT = "act"  # read from statements
    EXPENSE = "expense"  # a bank debit at a health professional, no act yet (the household's)


@dataclass(slots=True, unsafe_hash=True)  # never changed; made once per line: see Piece
class Payment:
    """The payment a part came in: when, the amount one bank credit brings (the payment's total
    where a document gives it), and that bank credit once seen."""

    paid_on: date
    cents: int
    key: Hashable = None  # what identifies the payment for settling (None: the act's own)
    bank_line_id: int | None = None
    bank_date: date | None = None


# Pieces, acts, debits and payables are made by the hundred at each refresh: not frozen (never
# changed; hashed and compared all the same), as domain.matching.Option.
@dataclass(slots=True, unsafe_hash=True)
class Piece:
    """One stored statement line as a piece of an act.

    Attributes:
        order: fixes the order of documents without import order (the file's SHA-256 and the
            line in it).
        amo_cents: the Assurance Maladie's part before anything withheld, when the line gives
            it (None: a mutuelle's line).
        withheld_cents: what was withheld under it (its participations and franchises).
        amc_cents: the mutuelle's part, when the line gives it.
        deferred: a deferred amount withheld (G2's "A noter" row): not an act, it belongs to the
            act of its date of care.
    """

    line_id: int
    person_id: int
    care_date: date
    document: DocumentKind
    order: tuple[str, int]
    nature: str = ""
    practitioner: str = ""
    paid_cents: int | None = None
    amo_cents: int | None = None
    withheld_cents: int = 0
    amc_cents: int | None = None
    amo_quoted_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    third_party: bool = False
    sent_to_amc: bool = False
    amo_payment: Payment | None = None
    amc_payment: Payment | None = None
    deferred: bool = False


@dataclass(slots=True, unsafe_hash=True)  # never changed; see Piece
class Act:
    """An act of care with its parts (money in cents; None where unknown)."""

    person_id: int | None
    care_date: date
    kind: ActKind = ActKind.ACT
    nature: str = ""
    practitioner: str = ""
    paid_cents: int | None = None
    amo_cents: int | None = None
    withheld_cents: int = 0
    amc_cents: int | None = None
    base_cents: int | None = None
    rate_percent: int | None = None
    third_party: bool = False
    sent_to_amc: bool = False
    amo_payment: Payment | None = None
    amc_payment: Payment | None = None
    line_ids: tuple[int, ...] = ()
    documents: tuple[DocumentKind, ...] = ()
    bank_line_id: int | None = None  # the debit that paid it

    @property
    def left_cents(self) -> int | None:
        """paid - amo + withheld - amc; unknown while what was paid or the Assurance Maladie's
        part is (an expense with no act yet, a mutuelle's line alone)."""
        return left_cents(self.paid_cents, self.amo_cents, self.withheld_cents, self.amc_cents)

    def status(self, household_has_amc: bool) -> tuple[ActStatus, date | None]:
        """The status and the day the awaited part is counted from (None: settled)."""
        return act_status(self, household_has_amc)


def left_cents(paid: int | None, amo: int | None, withheld: int, amc: int | None) -> int | None:
    """What is left for the household: paid - amo + withheld - amc (the issue's formula)."""
    if paid is None or amo is None:
        return None
    return paid - amo + withheld - (amc or 0)


def act_status(act: Act, household_has_amc: bool) -> tuple[ActStatus, date | None]:
    """Settled, awaiting the Assurance Maladie (since the date of care) or the mutuelle (since
    the Assurance Maladie's payment, else the date of care)."""
    if act.kind is ActKind.EXPENSE:
        return ActStatus.AWAITING_AMO, act.care_date
    if act.amo_cents is None:
        # Nothing but what was paid (a table's line with no part): like an expense.
        nothing = act.amc_cents is None and not act.withheld_cents and act.paid_cents is not None
        return (ActStatus.AWAITING_AMO, act.care_date) if nothing else (ActStatus.SETTLED, None)
    if act.amc_cents is not None:
        return ActStatus.SETTLED, None
    expects = act.sent_to_amc or household_has_amc
    uncovered = act.paid_cents is None or act.paid_cents > act.amo_cents
    if expects and uncovered:
        since = act.amo_payment.paid_on if act.amo_payment else act.care_date
        return ActStatus.AWAITING_AMC, since
    return ActStatus.SETTLED, None


def is_late(since: date | None, today: date, after_days: int = LATE_AFTER_DAYS) -> bool:
    """Awaited for more than ``after_days`` days."""
    return since is not None and (today - since).days > after_days


def estimated_amc(act: Act, level_percent: int | None) -> int | None:
    """The mutuelle's part still expected, estimated from the contract's level ("100 % of the
    base": the ticket modérateur; "200 %": up to twice the base): min(paid, base x level) - amo,
    never below 0. An estimate, never money received; None when it cannot be said."""
    if level_percent is None or act.amc_cents is not None:
        return None
    if act.base_cents is None or act.amo_cents is None or act.paid_cents is None:
        return None
    covered = min(act.paid_cents, act.base_cents * level_percent // 100)
    return max(covered - act.amo_cents, 0)


# ------------------------------------------------------------------------------ building acts
# The order documents are taken in (a piece joins the first act it fits): ameli's printed ones,
# then tables (an ameli CSV, a converter's, a mutuelle's export), then the mutuelle's statement.
_DOCUMENT_ORDER = {
    DocumentKind.AMELI_PAYMENT: 0,
    DocumentKind.AMELI_MONTHLY: 0,
    DocumentKind.AMELI_PAPER: 0,
    DocumentKind.CSV: 1,
    DocumentKind.TABLE_PDF: 1,
    DocumentKind.BANK: 1,
    DocumentKind.MUTUELLE: 2,
}


@dataclass
class _Draft:
    pieces: list[Piece] = field(default_factory=list)
    deferred: list[Piece] = field(default_factory=list)

    @property
    def paid(self) -> int | None:
        return next((p.paid_cents for p in self.pieces if p.paid_cents is not None), None)

    @property
    def amo(self) -> int | None:
        return next((p.amo_cents for p in self.pieces if p.amo_cents is not None), None)

    @property
    def amc(self) -> int | None:
        return next((p.amc_cents for p in self.pieces if p.amc_cents is not None), None)

    def fits(self, piece: Piece) -> bool:
        """Whether ``piece`` (of another document) can be this act seen again."""
        if any(p.order[0] == piece.order[0] for p in self.pieces):
            return False  # one document's lines are distinct acts
        if self.paid is None or piece.paid_cents != self.paid:
            return False
        if piece.amo_cents is not None and self.amo is not None and piece.amo_cents != self.amo:
            return False
        return not (
            piece.amc_cents is not None and self.amc is not None and piece.amc_cents != self.amc
        )


def build_acts(pieces: Iterable[Piece]) -> list[Act]:
    """The acts the pieces make, for every (person, date of care) among them, in a fixed
    order (see the module docstring)."""
    groups: dict[tuple[int, date], list[Piece]] = defaultdict(list)
    for piece in pieces:
        groups[(piece.person_id, piece.care_date)].append(piece)
    acts: list[Act] = []
    for key in sorted(groups):
        acts.extend(_group_acts(groups[key]))
    return acts


def _group_acts(pieces: list[Piece]) -> list[Act]:
    if _one_document(pieces):
        # The usual group (one file's lines of a day): no piece fits another's act, as one
        # document's lines are distinct acts, so each is an act; the passes below give the same.
        return [_one_piece_act(p) for p in sorted(pieces, key=_piece_order)]
    care = sorted((p for p in pieces if not p.deferred), key=_piece_order)
    drafts: list[_Draft] = []
    for piece in care:
        fitting = [d for d in drafts if d.fits(piece)]
        if piece.amo_quoted_cents is not None:
            # The mutuelle quotes the Assurance Maladie's part: the act that has it first.
            fitting.sort(key=lambda d: d.amo != piece.amo_quoted_cents)
        if fitting:
            fitting[0].pieces.append(piece)
        else:
            drafts.append(_Draft([piece]))
    for piece in sorted((p for p in pieces if p.deferred), key=_piece_order):
        target = _withheld_target(drafts, piece)
        if target is None:
            drafts.append(_Draft(deferred=[piece]))
        else:
            target.deferred.append(piece)
    return [_act(draft) for draft in drafts]


def _one_document(pieces: list[Piece]) -> bool:
    """Whether the pieces are all of one document and none is a deferred amount withheld."""
    document = pieces[0].order[0]
    return all(p.order[0] == document and not p.deferred for p in pieces)


def _piece_order(piece: Piece) -> tuple[object, ...]:
    return (_DOCUMENT_ORDER.get(piece.document, 1), piece.order, piece.line_id)


def withheld_target_index(acts: Sequence[tuple[str, bool]], withheld_nature: str) -> int | None:
    """Which act (nature, tiers payant) a deferred amount withheld belongs to: tiers payant
    first (what G2's "A noter" says it is), then the one whose nature shares the row's first
    word, then the first; None when there is no act."""
    if not acts:
        return None
    word = withheld_nature.split()[:1]

    def rank(index: int) -> tuple[bool, bool, int]:
        nature, third_party = acts[index]
        shares = bool(word) and nature.upper().startswith(word[0].upper())
        return (not third_party, not shares, index)

    return min(range(len(acts)), key=rank)


def _withheld_target(drafts: list[_Draft], piece: Piece) -> "_Draft | None":
    # In the order of what they say (services.payments.link_withheld stores the same choice).
    candidates = sorted(
        (d for d in drafts if d.pieces), key=lambda d: (d.pieces[0].nature, d.paid or 0)
    )
    index = withheld_target_index(
        [(d.pieces[0].nature, any(p.third_party for p in d.pieces)) for d in candidates],
        piece.nature,
    )
    return None if index is None else candidates[index]


def _first(values: Iterable[object]) -> object:
    return next((v for v in values if v is not None and v != ""), None)


def _act(draft: _Draft) -> Act:
    if len(draft.pieces) == 1 and not draft.deferred:
        return _one_piece_act(draft.pieces[0])
    pieces = draft.pieces or draft.deferred
    amo_side = next((p for p in draft.pieces if p.amo_cents is not None), None)
    # The mutuelle's own statement before a table, before the paper relevé's column (G2).
    amc_side = min(
        (p for p in draft.pieces if p.amc_cents is not None),
        key=lambda p: (
            p.document is not DocumentKind.MUTUELLE,
            p.document is DocumentKind.AMELI_PAPER,
            _piece_order(p),
        ),
        default=None,
    )
    withheld = (amo_side.withheld_cents if amo_side else 0) + sum(
        p.withheld_cents for p in draft.deferred
    )
    first = pieces[0]
    amc_payment = amc_side.amc_payment if amc_side else None
    return Act(
        person_id=first.person_id,
        care_date=first.care_date,
        nature=str(_first(p.nature for p in pieces) or ""),
        practitioner=str(_first(p.practitioner for p in pieces) or ""),
        paid_cents=draft.paid,
        amo_cents=amo_side.amo_cents if amo_side else None,
        withheld_cents=withheld,
        amc_cents=amc_side.amc_cents if amc_side else None,
        base_cents=_int(_first(p.base_cents for p in draft.pieces)),
        rate_percent=_int(_first(p.rate_percent for p in draft.pieces)),
        third_party=any(p.third_party for p in draft.pieces if p.amo_cents is not None),
        sent_to_amc=any(p.sent_to_amc for p in draft.pieces),
        amo_payment=amo_side.amo_payment if amo_side else None,
        amc_payment=amc_payment,
        line_ids=tuple(sorted(p.line_id for p in (*draft.pieces, *draft.deferred))),
        documents=tuple(
            sorted({p.document for p in (*draft.pieces, *draft.deferred)}, key=_document_rank)
        ),
    )


def _one_piece_act(piece: Piece) -> Act:
    """:func:`_act` of one piece (most acts: one line of one document), without its passes."""
    amo = piece.amo_cents is not None
    amc = piece.amc_cents is not None
    # Positional (Act's fields in order): a keyword call costs twice as much, once per line.
    return Act(
        piece.person_id,
        piece.care_date,
        ActKind.ACT,
        str(piece.nature or ""),
        str(piece.practitioner or ""),
        piece.paid_cents,
        piece.amo_cents,
        piece.withheld_cents if amo else 0,
        piece.amc_cents,
        _int(piece.base_cents),
        _int(piece.rate_percent),
        amo and bool(piece.third_party),
        bool(piece.sent_to_amc),
        piece.amo_payment if amo else None,
        piece.amc_payment if amc else None,
        (piece.line_id,),
        (piece.document,),
    )


def _document_rank(document: DocumentKind) -> tuple[int, str]:
    return (_DOCUMENT_ORDER.get(document, 1), document.value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def is_ameli_document(document: DocumentKind) -> bool:
    return document in AMELI_DOCUMENTS


# ------------------------------------------------------------------------ the household's payment
@dataclass(slots=True, unsafe_hash=True)  # never changed; see Piece
class Debit:
    """A bank debit at a health professional (the household's payment)."""

    bank_line_id: int
    booked_on: date
    cents: int
    label: str = ""


@dataclass(slots=True, unsafe_hash=True)  # never changed; see Piece
class Payable:
    """An act a debit may have paid: its key, whose and when, its amount paid."""

    key: Hashable
    person_id: int
    care_date: date
    paid_cents: int


def debit_window(care_date: date) -> tuple[date, date]:
    """The booking dates a debit for care of ``care_date`` may have."""
    return (
        care_date - timedelta(days=DEBIT_BEFORE_CARE_DAYS),
        care_date + timedelta(days=DEBIT_AFTER_CARE_DAYS),
    )


def debit_options(
    debits: Sequence[Debit],
    payables: Sequence[Payable],
    refused: Iterable[tuple[int, Hashable]] = (),
) -> list[Ranked]:
    """What each debit may have paid: one act, or the acts of a person's day, or of the
    household's day (one receipt for several acts), of exactly its amount, in its window;
    ranked by days apart, then by how many acts; never a pair in ``refused`` (debit, act).
    Each debit's options are made a rank at a time, as :func:`match_ranked` asks for them:
    most debits take their nearest act, and their farther options are never made."""
    amounts = {debit.cents for debit in debits}  # the sets of other amounts pay no debit
    single = {payable.key: payable for payable in payables}
    by_amount: dict[int, list[tuple[date, frozenset[Hashable]]]] = defaultdict(list)
    by_day: dict[date, list[Payable]] = defaultdict(list)
    for payable in single.values():
        if payable.paid_cents in amounts and payable.paid_cents > 0:
            by_amount[payable.paid_cents].append((payable.care_date, frozenset((payable.key,))))
    for payable in payables:
        by_day[payable.care_date].append(payable)
    several: dict[frozenset[Hashable], tuple[date, int]] = {}  # a day's, a person's day's
    for day, acts in by_day.items():
        if len(acts) == 1:
            continue  # its one act is a set already
        cents = sum([a.paid_cents for a in acts])
        if cents in amounts:
            several.setdefault(frozenset([a.key for a in acts]), (day, cents))
        persons = {a.person_id for a in acts}
        if len(persons) == len(acts):
            continue  # one act each: their own sets are single acts
        for person in persons:
            own = [a for a in acts if a.person_id == person]
            if len(own) > 1 and (cents := sum([a.paid_cents for a in own])) in amounts:
                several.setdefault(frozenset([a.key for a in own]), (day, cents))
    for members, (day, cents) in several.items():
        if cents > 0 and len(members) > 1:  # (one key twice in a day: its single set)
            by_amount[cents].append((day, members))
    refused_by: dict[int, set[Hashable]] = defaultdict(set)
    for debit_id, act_key in refused:
        refused_by[debit_id].add(act_key)
    walks: dict[int, _Walk] = {}  # built for the amounts some debit has only
    lines = []
    for debit in debits:
        walk = walks.get(debit.cents)
        if walk is None:
            found = by_amount.get(debit.cents)
            if not found:
                continue
            walk = walks[debit.cents] = _by_day(found)
        left = debit.bank_line_id
        lines.append(_ranks(left, walk, debit.booked_on, refused_by.get(left)))
    return lines


# A day's sets of acts of one amount, by size: [(how many acts, [the acts' keys...])].
_Sets = list[tuple[int, list[frozenset[Hashable]]]]
# The sets of acts of one amount by care date: the days in order (as ordinals: a walk only
# counts days), and each day's sets by size.
_Walk = tuple[list[int], list[_Sets]]


def _by_day(found: list[tuple[date, frozenset[Hashable]]]) -> _Walk:
    """The sets of acts of one amount (their day, the acts) as a walk reads them."""
    if len(found) == 1:  # most amounts (a pharmacy's, a laboratory's): one set
        day, members = found[0]
        return [day.toordinal()], [[(len(members), [members])]]
    by_day: dict[int, dict[int, list[frozenset[Hashable]]]] = defaultdict(dict)
    for day, members in found:
        by_day[day.toordinal()].setdefault(len(members), []).append(members)
    days = sorted(by_day)
    return days, [sorted(by_day[day].items()) for day in days]


def _ranks(left: int, walk: _Walk, booked: date, refused: set[Hashable] | None) -> Ranked:
    """One debit's options, a rank at a time (days apart, how many acts), as they are asked
    for: the acts it may be for, from :data:`DEBIT_AFTER_CARE_DAYS` before it to
    :data:`DEBIT_BEFORE_CARE_DAYS` after (its care from the one before to the other after), at
    their nearest few distances only (:data:`NEAREST_DELAYS`): when every act as near is
    another debit's, a farther one of the same amount would be a guess, and a family's weekly
    sessions would make each debit a candidate for months of acts. Walks out from the debit's
    day both ways, so a long history costs no more than the acts near it."""
    days, sets = walk
    day = booked.toordinal()
    right = bisect_left(days, day)  # the first day on or after the debit's, then the next...
    left_day = right - 1  # ...and the last day before it, then the one before
    first, last = day - DEBIT_AFTER_CARE_DAYS, day + DEBIT_BEFORE_CARE_DAYS
    count = len(days)
    for _ in range(NEAREST_DELAYS):
        ahead = days[right] - day if right < count and days[right] <= last else None
        behind = day - days[left_day] if left_day >= 0 and days[left_day] >= first else None
        if ahead is None and behind is None:
            return
        if behind is None or (ahead is not None and ahead <= behind):
            gap, found = ahead, sets[right]
            right += 1
            if behind == gap:  # a day as far behind: both days' sets at this distance
                found = _merged(found, sets[left_day])
                left_day -= 1
        else:
            gap, found = behind, sets[left_day]
            left_day -= 1
        for size, members in found:
            batch = [
                Option(left, m, (gap, size))
                for m in members
                if not refused or refused.isdisjoint(m)
            ]
            if batch:
                yield batch


def _merged(one: _Sets, other: _Sets) -> _Sets:
    """Two days' sets at one distance, by size."""
    sizes: dict[int, list[frozenset[Hashable]]] = {}
    for size, members in (*one, *other):
        sizes.setdefault(size, []).extend(members)
    return sorted(sizes.items())


def match_debits(
    debits: Sequence[Debit],
    payables: Sequence[Payable],
    *,
    linked: dict[int, frozenset[Hashable]] | None = None,
    refused: Iterable[tuple[int, Hashable]] = (),
) -> Matching:
    """Pair the household's debits with the acts they paid (see the module docstring).

    ``linked``: the user's own links (a debit and the acts it paid), kept as they are;
    ``refused``: (debit, act) pairs the user said are not.
    """
    linked = linked or {}
    taken = {member for members in linked.values() for member in members}
    free = [d for d in debits if d.bank_line_id not in linked]
    lines = debit_options(
        free, [p for p in payables if p.key not in taken] if taken else payables, refused
    )
    by_id = {d.bank_line_id: d for d in debits}

    def same_money(a: Hashable, b: Hashable) -> bool:
        first, second = by_id[a], by_id[b]  # type: ignore[index]
        return (first.booked_on, first.cents, first.label) == (
            second.booked_on,
            second.cents,
            second.label,
        )

    matching = match_ranked(lines, same_money=same_money)
    for debit_id, members in linked.items():
        matching.linked[debit_id] = Option(debit_id, members, (-1,))
    return matching


def expense_act(debit: Debit) -> Act:
    """A debit with no act yet: the household's expense, awaiting the Assurance Maladie."""
    return Act(
        person_id=None,
        care_date=debit.booked_on,
        kind=ActKind.EXPENSE,
        nature=debit.label,
        paid_cents=debit.cents,
        bank_line_id=debit.bank_line_id,
    )


def with_debit(act: Act, bank_line_id: int | None) -> Act:
    return replace(act, bank_line_id=bank_line_id)
