"""The pairing rule's fixed order and its same money, at the edges the mutation run found
unpinned (issue 17, item 8): what is to confirm is listed in one order whatever the order the
options came in, options of several members are ordered by their members, and bank lines are
the same money only when the caller says so of every one of them."""

from ameli_desktop.domain.matching import Option, match_unique


def option(left: str, *members: int) -> Option:
    return Option(left, frozenset(members), (0, len(members)))


def test_what_is_to_confirm_is_listed_by_members_whatever_the_input_order() -> None:
    """ "a" fits 1 and 2 equally: to confirm with both, 1 first, however they came."""
    for options in ([option("a", 2), option("a", 1)], [option("a", 1), option("a", 2)]):
        matching = match_unique(options)
        assert [o.members for o in matching.to_confirm["a"]] == [frozenset({1}), frozenset({2})]
    # Three options, in every rotation: the same list.
    three = [option("a", 3), option("a", 1), option("a", 2)]
    for k in range(3):
        rotated = three[k:] + three[:k]
        assert [min(o.members) for o in match_unique(rotated).to_confirm["a"]] == [1, 2, 3]


def test_options_of_several_members_are_ordered_by_their_sorted_members() -> None:
    """{1, 9} before {2, 3}: compared as (1, 9) and (2, 3), not in the set's own order."""
    one_nine = frozenset([9, 1])
    assert list(one_nine) == [9, 1]  # CPython iterates this set 9 first: the order must not leak
    options = [Option("a", frozenset([3, 2]), (0, 2)), Option("a", one_nine, (0, 2))]
    matching = match_unique(options)
    assert [sorted(o.members) for o in matching.to_confirm["a"]] == [[1, 9], [2, 3]]


def test_lines_are_the_same_money_only_when_each_is_the_firsts() -> None:
    """Two bank lines of different amounts wanting the same two options: nothing is shared out,
    even when the caller's comparison says a line is the same money as itself."""
    money = {"a": 2500, "b": 3000, "c": 3000}

    def same(x: object, y: object) -> bool:
        return money[x] == money[y]  # type: ignore[index]

    options = [option("a", 1), option("a", 2), option("b", 1), option("b", 2)]
    matching = match_unique(options, same_money=same)
    assert matching.linked == {}
    assert set(matching.to_confirm) == {"a", "b"}
    # b and c are the same money, a is not: still nothing shared out among the three.
    options += [option("c", 1), option("c", 2)]
    assert match_unique(options, same_money=same).linked == {}
    # b and c alone share out 1 and 2 in the fixed order.
    alone = [o for o in options if o.left != "a"]
    shared = match_unique(alone, same_money=same).linked
    assert {k: o.members for k, o in shared.items()} == {"b": frozenset({1}), "c": frozenset({2})}


def test_three_identical_lines_share_out_two_options() -> None:
    """Three identical credits, two payments they could be: the first two lines (in the fixed
    order) take one each, the third is left with nothing, neither linked nor to confirm."""
    options = [option(left, member) for left in "cba" for member in (2, 1)]
    matching = match_unique(options, same_money=lambda _a, _b: True)
    assert {k: o.members for k, o in matching.linked.items()} == {
        "a": frozenset({1}),
        "b": frozenset({2}),
    }
    assert matching.to_confirm == {}
