"""Pairing bank lines with what they are, without guessing: one rule for every matcher.

Two matchers pair a bank line with what it paid or brought: a credit with the statement payment
it is (``domain.payments``), a debit with the act of care it paid (``domain.acts``). Both follow
this rule, so that the result depends only on what is stored, never on the order files came in:

- each bank line has *options* (a payment, an act, the acts of one day...), each with a rank
  (the days between them first, then how many acts or lines it takes); the best rank first;
- a bank line takes its option when nothing else fits as well: it has one option at that rank,
  and no other bank line wants any of its members at that rank;
- bank lines that are the same money (same date, amount and label: two identical CPAM credits)
  share out as many options as there are, paired in a fixed order: whichever goes where, the same
  is shown;
- otherwise nothing is guessed: the bank line is *to confirm* with its options, and their
  members are taken out of the later ranks (a bank line that only fits them later is to confirm
  too).
Options compete only when they share a bank line or a member, so the result for a set of lines
is the union of the results of its connected parts: recomputing a part where something changed
gives what recomputing everything would.
"""

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from heapq import heappop, heappush
from typing import Any


# Not frozen (hashed and compared all the same, never changed): a refresh makes thousands, and a
# frozen dataclass costs three times as much to make.
@dataclass(slots=True, unsafe_hash=True)
class Option:
    """What ``left`` (a bank line's key) may be: ``members`` (the keys of acts, lines or
    payments it would pay or settle all at once), ranked (lower is better)."""

    left: Hashable
    members: frozenset[Hashable]
    rank: tuple[int, ...]
    payload: Any = field(default=None, compare=False)


@dataclass
class Matching:
    """``linked``: each bank line's option; ``to_confirm``: the options of each bank line that
    fits several equally (or only what such a line blocked)."""

    linked: dict[Hashable, Option] = field(default_factory=dict)
    to_confirm: dict[Hashable, list[Option]] = field(default_factory=dict)


# One bank line's options, best rank first, in a list per rank (each list of one rank): what
# :func:`match_ranked` reads a rank at a time.
Ranked = Iterator[list[Option]]


def match_unique(
    options: Iterable[Option],
    *,
    same_money: Callable[[Hashable, Hashable], bool] = lambda _a, _b: False,
) -> Matching:
    """Pair bank lines with their options by the rule of the module docstring.

    ``same_money(a, b)``: whether two bank lines are interchangeable (same date, amount, label).
    """
    by_rank: dict[tuple[int, ...], list[Option]] = {}
    for option in options:
        by_rank.setdefault(option.rank, []).append(option)
    # Every option made already: each rank's in one list, read once.
    return match_ranked((iter((found,)) for found in by_rank.values()), same_money=same_money)


def match_ranked(
    lines: Iterable[Ranked],
    *,
    same_money: Callable[[Hashable, Hashable], bool] = lambda _a, _b: False,
) -> Matching:
    """:func:`match_unique`, each bank line's options read a rank at a time: a line linked or
    to confirm reads no further, so options that could never be used are never made (most lines
    take their first, nearest option).

    ``lines``: for each bank line, its options' lists by rank, best first (:data:`Ranked`);
    an iterator is read on while the bank line of its last list is open (a list of several
    lines' options, one rank's, is for an iterator of its own).
    """
    waiting: dict[tuple[int, ...], list[tuple[list[Option], Ranked]]] = {}
    ranks: list[tuple[int, ...]] = []  # a heap of the ranks waiting

    def wait(line: Ranked) -> None:
        """The line's next rank of options waits for its turn."""
        for batch in line:
            if batch:
                rank = batch[0].rank
                entries = waiting.get(rank)
                if entries is None:
                    waiting[rank] = [(batch, line)]
                    heappush(ranks, rank)
                else:
                    entries.append((batch, line))
                return

    for line in lines:
        wait(line)
    result = Matching()
    decided: set[Hashable] = set()  # bank lines linked or to confirm
    taken: set[Hashable] = set()  # members linked
    blocked: set[Hashable] = set()  # members of options to confirm
    pending: dict[Hashable, list[Option]] = defaultdict(list)  # options lost to a block
    linked, to_confirm = result.linked, result.to_confirm
    while ranks:
        entries = waiting.pop(heappop(ranks))
        if decided:
            live = [
                o
                for batch, _ in entries
                for o in batch
                if o.left not in decided and taken.isdisjoint(o.members)
            ]
        else:  # the first rank: every option is live
            live = [o for batch, _ in entries for o in batch]
        # A line with an option in doubt (or a better one) at this rank: any other would be a
        # guess, whatever the order the options come in.
        doubtful = set(pending)
        if blocked:
            doubtful.update(o.left for o in live if not blocked.isdisjoint(o.members))
        if doubtful:
            open_options, live = live, []
            for option in open_options:
                if option.left in doubtful:
                    pending[option.left].append(option)
                else:
                    live.append(option)
        clusters = _clusters(live)
        if clusters is None:  # nothing competes: each option is its line's
            for option in live:
                linked[option.left] = option
        else:
            for cluster in clusters:
                if len(cluster) == 1:
                    linked[cluster[0].left] = cluster[0]
                else:
                    _decide(cluster, result, same_money)
        for option in live:
            left = option.left
            if left in decided:
                continue
            decided.add(left)
            chosen = linked.get(left)
            if chosen is not None:
                taken.update(chosen.members)
            for waiting_option in to_confirm.get(left, ()):
                blocked.update(waiting_option.members)
        for batch, line in entries:  # the next rank of the lines still open
            if batch[0].left not in decided:
                wait(line)
    for left, lost in pending.items():
        if left not in decided:
            result.to_confirm[left] = _ordered(lost)
    return result


def _clusters(options: Sequence[Option]) -> list[list[Option]] | None:
    """Options that compete (sharing a bank line or a member), in a fixed order: clusters by
    their first option, each in :func:`_ordered`'s order; None when none shares anything (each
    is a cluster of its own). Each bank line's options together, and the bank lines that want
    one member joined (union-find over the bank lines: a refresh clusters thousands of
    options, most of them alone)."""
    of_left: dict[Hashable, list[Option]] = {}
    wanted_by: dict[Hashable, Hashable] = {}  # each member: the first bank line wanting it
    joined: dict[Hashable, Hashable] = {}  # a bank line: another of its cluster (none: a root)
    for option in options:
        left = option.left
        own = of_left.get(left)
        if own is None:
            of_left[left] = [option]
        else:
            own.append(option)
        for member in option.members:
            first = wanted_by.setdefault(member, left)
            if first != left:
                root = _root(joined, first) if first in joined else first
                other = _root(joined, left) if left in joined else left
                if root != other:
                    joined[root] = other
    if not joined and len(of_left) == len(options):  # the usual case at a rank
        return None
    if not joined:
        return [own if len(own) == 1 else _ordered(own) for own in of_left.values()]
    groups: dict[Hashable, list[Option]] = {}
    for left, own in of_left.items():
        root = _root(joined, left) if left in joined else left
        group = groups.get(root)
        if group is None:
            groups[root] = own
        else:
            group += own
    return [group if len(group) == 1 else _ordered(group) for group in groups.values()]


def _root(joined: dict[Hashable, Hashable], key: Hashable) -> Hashable:
    """The root of ``key``'s tree in ``joined``, the path to it shortened."""
    root = key
    while root in joined:
        root = joined[root]
    while key != root:
        joined[key], key = root, joined[key]
    return root


def _ordered(options: Iterable[Option]) -> list[Option]:
    """By bank line, then by members: a fixed order of keys (bank lines', acts', lines'), by
    type, then by value."""
    return sorted(options, key=_option_key)


def _option_key(option: Option) -> tuple[tuple[str, Any], list[tuple[str, Any]]]:
    left, members = option.left, option.members
    if len(members) == 1:  # most options: one act, one payment
        for member in members:
            return ((type(left).__name__, left), [(type(member).__name__, member)])
    return ((type(left).__name__, left), _members_key(members))


def _members_key(members: Iterable[Hashable]) -> list[tuple[str, Any]]:
    """The members' keys (type, value), sorted."""
    key = [(type(m).__name__, m) for m in members]
    if len(key) > 1:
        key.sort()
    return key


def _decide(
    cluster: list[Option],
    result: Matching,
    same_money: Callable[[Hashable, Hashable], bool],
) -> None:
    if len(cluster) == 1:
        result.linked[cluster[0].left] = cluster[0]
        return
    # Each bank line's options and the sets of members they take. The cluster is in
    # _ordered's order: its bank lines come sorted, and each line's members.
    of_left: dict[Hashable, list[Option]] = defaultdict(list)
    sets_of: dict[Hashable, dict[frozenset[Hashable], None]] = defaultdict(dict)
    for o in cluster:
        of_left[o.left].append(o)
        sets_of[o.left][frozenset(o.members)] = None
    lefts = list(of_left)
    # Interchangeable bank lines sharing out disjoint options: the same whichever goes where.
    groups = set().union(*sets_of.values())  # (the keys of each line's sets)
    members = [m for g in groups for m in g]
    disjoint = len(members) == len(set(members))
    every_pair = all(sets_of[left].keys() == groups for left in lefts)
    if (
        disjoint
        and every_pair
        and len(lefts) >= len(groups)
        and all(same_money(lefts[0], other) for other in lefts[1:])
    ):
        chosen = list(sets_of[lefts[0]])  # every line has them all, sorted by members
        for left, group in zip(lefts, chosen, strict=False):
            option = next(o for o in of_left[left] if o.members == group)
            result.linked[left] = option
        return
    for left in lefts:
        result.to_confirm[left] = of_left[left]
