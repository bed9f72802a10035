"""Who a statement's beneficiary is, at the edges of each rule (issue 17, item 8: what the
mutation run found unpinned): a NIR shared by nobody else, aliases that disagree, two members
of one exact name, a repeated word, the length of a new member's name."""

from datetime import date

from ameli_desktop.domain.beneficiaries import (
    NOT_FOUND,
    Alias,
    MatchedBy,
    Member,
    Resolution,
    new_member_name,
    resolve_beneficiary,
)
from ameli_desktop.domain.names import name_key

CLAIRE = Member(1, name_key("Claire Whitfield"), date(1988, 3, 3), "288036912304529")
TOM = Member(2, name_key("Tom Whitfield"), date(1986, 7, 1), "186077512345678")
NOE = Member(4, name_key("Noé Whitfield"))


def resolve(name: str, members: tuple[Member, ...], **kwargs: object) -> Resolution:
    return resolve_beneficiary(name_key(name), members=members, **kwargs)  # type: ignore[arg-type]


def test_found_says_whether_anyone_was_found() -> None:
    assert Resolution(1, MatchedBy.NAME).found is True
    assert Resolution(None, MatchedBy.ALIAS).found is True  # found: to be left out
    assert NOT_FOUND.found is False


def test_a_nir_finds_its_member_among_members_with_other_nirs() -> None:
    """Only the member whose NIR is the file's: the others' NIRs are not a match."""
    found = resolve("X", (CLAIRE, TOM, NOE), nir="2 88 03 69 123 045 29")
    assert found == Resolution(1, MatchedBy.NIR)
    assert resolve("X", (TOM, NOE), nir="288036912304529") == NOT_FOUND


def test_aliases_of_one_spelling_that_disagree_decide_nothing() -> None:
    """A file without dates of birth: the spelling's aliases (kept with other dates) decide
    only when they all name the same member."""
    key = name_key("C WHITFIELD")
    aliases = [Alias(key, date(1988, 3, 3), 1), Alias(key, date(1986, 7, 1), 2)]
    assert resolve("C WHITFIELD", (CLAIRE, TOM), aliases=aliases) == NOT_FOUND
    agreeing = [Alias(key, date(1988, 3, 3), 1), Alias(key, date(1990, 1, 1), 1)]
    assert resolve("C WHITFIELD", (CLAIRE, TOM), aliases=agreeing) == Resolution(1, MatchedBy.ALIAS)


def test_an_exact_name_finds_its_one_member_and_two_of_them_nobody() -> None:
    assert resolve("WHITFIELD Tom", (CLAIRE, TOM)) == Resolution(2, MatchedBy.NAME)
    twin = Member(5, name_key("Tom Whitfield"))
    assert resolve("Tom Whitfield", (CLAIRE, TOM, twin)) == NOT_FOUND
    assert resolve("Tom Whitfield", (twin, CLAIRE)) == Resolution(5, MatchedBy.NAME)


def test_a_repeated_word_is_still_the_same_words() -> None:
    assert resolve("Tom Tom Whitfield", (CLAIRE, TOM)) == Resolution(2, MatchedBy.NAME)
    assert resolve("Whitfield", (CLAIRE, NOE)) == NOT_FOUND  # part of two names: nobody


def test_a_new_members_name_keeps_seventy_characters() -> None:
    long = "A" * 69 + "B" + "C" * 10
    assert new_member_name(long, None, []) == "A" * 69 + "B"
    assert new_member_name("A" * 70, None, []) == "A" * 70
    assert new_member_name("   ", None, []) == "?"
