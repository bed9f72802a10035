"""The one pairing rule (domain.matching): the best rank first, nothing guessed, the same money
shared out, and the result of a set the union of the results of its connected parts."""

from random import Random

from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.matching import Option, match_unique


def option(left: str, *members: int, rank: int = 0) -> Option:
    return Option(left, frozenset(members), (rank, len(members)))


def test_a_line_alone_with_its_option_takes_it() -> None:
    matching = match_unique([option("a", 1)])
    assert matching.linked == {"a": option("a", 1)}
    assert matching.to_confirm == {}


def test_the_best_rank_first() -> None:
    matching = match_unique([option("a", 1, rank=3), option("a", 2, rank=1)])
    assert matching.linked["a"].members == {2}


def test_two_options_equally_good_are_to_confirm_and_blocked_later() -> None:
    """ "a" fits 1 and 2 equally: to confirm; "b" wants 2 as much: to confirm too. "c", whose best
    fit (1) is in doubt, is not paired with its worse fit (3) either: to confirm, with both."""
    matching = match_unique(
        [option("a", 1), option("a", 2), option("b", 2), option("c", 1, rank=2),
         option("c", 3, rank=5)]
    )  # fmt: skip
    assert matching.linked == {}
    assert {o.members for o in matching.to_confirm["a"]} == {frozenset({1}), frozenset({2})}
    assert {o.members for o in matching.to_confirm["b"]} == {frozenset({2})}
    assert {o.members for o in matching.to_confirm["c"]} == {frozenset({1}), frozenset({3})}


def test_the_same_money_is_shared_out_in_a_fixed_order() -> None:
    same = lambda a, b: True  # noqa: E731 - two identical credits
    matching = match_unique([option("a", 1), option("a", 2), option("b", 1), option("b", 2)],
                            same_money=same)  # fmt: skip
    assert {k: o.members for k, o in matching.linked.items()} == {
        "a": frozenset({1}),
        "b": frozenset({2}),
    }
    # Different money for the same two options: which is which is not guessed.
    matching = match_unique([option("a", 1), option("a", 2), option("b", 1), option("b", 2)])
    assert matching.linked == {}
    assert set(matching.to_confirm) == {"a", "b"}


_OPTIONS = st.lists(
    st.builds(
        option,
        st.sampled_from("abcdef"),
        st.integers(1, 6),
        rank=st.integers(0, 3),
    ),
    max_size=14,
)


@given(_OPTIONS, st.randoms())
def test_the_order_of_the_options_changes_nothing(options: list[Option], rng: Random) -> None:
    shuffled = options[:]
    rng.shuffle(shuffled)
    first, again = match_unique(options), match_unique(shuffled)
    assert first.linked == again.linked
    assert {k: set(v) for k, v in first.to_confirm.items()} == {
        k: set(v) for k, v in again.to_confirm.items()
    }


@given(_OPTIONS)
def test_nothing_is_used_twice_and_a_part_is_decided_alone(options: list[Option]) -> None:
    matching = match_unique(options)
    used: set[object] = set()
    for chosen in matching.linked.values():
        assert used.isdisjoint(chosen.members)
        used |= chosen.members
    # Split the options into their connected parts: the union of the parts' results is the
    # whole's (what lets the acts be refreshed where something changed only).
    parent: dict[object, object] = {}

    def find(x: object) -> object:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for o in options:
        for m in o.members:
            parent[find(("m", m))] = find(("l", o.left))
    parts: dict[object, list[Option]] = {}
    for o in options:
        parts.setdefault(find(("l", o.left)), []).append(o)
    linked: dict[object, Option] = {}
    for part in parts.values():
        linked |= match_unique(part).linked
    assert linked == matching.linked
