"""Who a statement's beneficiary is: worked examples at the edges of each rule (the spellings of
ameli's and a mutuelle's statements, ameli-documents.md §1 and §6) and properties."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.beneficiaries import (
    Alias,
    MatchedBy,
    Member,
    Resolution,
    new_member_name,
    resolve_beneficiary,
)
from ameli_desktop.domain.names import name_key

CLAIRE = Member(1, name_key("Claire Whitfield"), date(1988, 3, 3), "288036912304529")
TOM = Member(2, name_key("Tom Whitfield"), date(1986, 7, 1))
LEA = Member(3, name_key("Léa Whitfield"), date(2015, 6, 14))
NOE = Member(4, name_key("Noé Whitfield"))  # no date of birth given
HOUSEHOLD = (CLAIRE, TOM, LEA, NOE)


def resolve(name: str, **kwargs: object) -> Resolution:
    kwargs.setdefault("members", HOUSEHOLD)
    return resolve_beneficiary(name_key(name), **kwargs)  # type: ignore[arg-type]


def test_ameli_first_name_and_date_of_birth_find_the_member() -> None:
    """``pour CLAIRE né(e) le 03/03/1988`` (G1): the date of birth decides."""
    assert resolve("CLAIRE", born=date(1988, 3, 3)) == Resolution(1, MatchedBy.BORN)
    assert resolve("LEA", born=date(2015, 6, 14)) == Resolution(3, MatchedBy.BORN)


def test_a_first_name_alone_finds_the_only_member_with_it() -> None:
    assert resolve("NOE", born=date(2018, 9, 2)) == Resolution(4, MatchedBy.NAME)
    assert resolve("noé") == Resolution(4, MatchedBy.NAME)


def test_a_name_never_matches_a_member_born_another_day() -> None:
    """A CLAIRE born in 2015 is not the Claire born in 1988, whatever the name says."""
    assert resolve("CLAIRE", born=date(2015, 1, 1)) == Resolution(None, MatchedBy.NONE)
    assert resolve("Claire Whitfield", born=date(2015, 1, 1)).person_id is None


def test_the_mutuelle_nir_finds_the_member_whatever_the_spelling() -> None:
    """``MARTIN CLAIRE / 2 88 03 69 123 045 29`` (G3): the maiden name does not match, the NIR
    does (printed with spaces, stored compact)."""
    found = resolve("MARTIN CLAIRE", nir="2 88 03 69 123 045 29")
    assert found == Resolution(1, MatchedBy.NIR)
    assert resolve("MARTIN CLAIRE").person_id is None


def test_a_household_typed_with_first_names_matches_full_names_in_files() -> None:
    members = (Member(1, name_key("Claire")), Member(2, name_key("Tom")))
    assert resolve("MARTIN CLAIRE", members=members) == Resolution(1, MatchedBy.NAME)


def test_two_members_a_name_fits_is_no_match() -> None:
    assert resolve("WHITFIELD").person_id is None


def test_twins_are_told_apart_by_name() -> None:
    twins = (
        Member(1, name_key("Léo Petit"), date(2015, 1, 2)),
        Member(2, name_key("Jade Petit"), date(2015, 1, 2)),
    )
    assert resolve("JADE", born=date(2015, 1, 2), members=twins) == Resolution(2, MatchedBy.BORN)
    assert resolve("PETIT", born=date(2015, 1, 2), members=twins).person_id is None


def test_an_alias_is_the_users_word_and_wins() -> None:
    aliases = [Alias(name_key("CLAIRE MARTIN"), None, 1)]
    assert resolve("MARTIN Claire", aliases=aliases) == Resolution(1, MatchedBy.ALIAS)
    # Even over a NIR or a date of birth naming someone else: the user said so.
    aliases = [Alias(name_key("TOM"), date(1988, 3, 3), 2)]
    assert resolve("TOM", born=date(1988, 3, 3), aliases=aliases) == Resolution(2, MatchedBy.ALIAS)


def test_an_alias_with_a_date_of_birth_is_for_that_date_only() -> None:
    """The user said CLAIRE born 2010 is Léa; a CLAIRE born in 1988 is still Claire."""
    aliases = [Alias(name_key("CLAIRE"), date(2010, 5, 5), 3)]
    assert resolve("CLAIRE", born=date(2010, 5, 5), aliases=aliases).person_id == 3
    assert resolve("CLAIRE", born=date(1988, 3, 3), aliases=aliases) == Resolution(
        1, MatchedBy.BORN
    )
    # A file without dates: the aliases of this spelling, when they agree.
    assert resolve("CLAIRE", aliases=aliases) == Resolution(3, MatchedBy.ALIAS)


def test_an_alias_without_a_date_comes_after_the_date_of_birth() -> None:
    aliases = [Alias(name_key("CLAIRE"), None, 2)]
    assert resolve("CLAIRE", born=date(1988, 3, 3), aliases=aliases).by is MatchedBy.BORN
    assert resolve("CLAIRE", born=date(1999, 9, 9), aliases=aliases) == Resolution(
        2, MatchedBy.ALIAS
    )


def test_a_leave_out_answer_is_remembered() -> None:
    aliases = [Alias(name_key("DURAND ISABELLE"), None, None)]
    found = resolve("DURAND ISABELLE", aliases=aliases)
    assert found.left_out
    assert found.person_id is None


def test_an_alias_of_someone_no_longer_in_the_household_is_ignored() -> None:
    aliases = [Alias(name_key("NOE"), None, 99)]
    assert resolve("NOE", aliases=aliases) == Resolution(4, MatchedBy.NAME)


def test_a_line_without_a_name_is_nobody() -> None:
    assert resolve("") == Resolution(None, MatchedBy.NONE)


def test_new_members_get_distinct_names() -> None:
    taken = {name_key("Claire Whitfield"), name_key("LEO")}
    assert new_member_name("CLAIRE MARTIN", None, taken) == "CLAIRE MARTIN"
    assert new_member_name("LEO", date(2015, 4, 1), taken) == "LEO (2015)"
    assert new_member_name("LEO", None, taken) == "LEO (2)"
    assert new_member_name("LEO", None, taken | {name_key("LEO (2)")}) == "LEO (3)"
    assert new_member_name("  ", None, taken) == "?"


names = st.lists(
    st.sampled_from(["claire", "zoé", "LEBRUN", "Martin", "léa", "Noé"]), min_size=1, max_size=3
)


@given(names, st.randoms(use_true_random=False))
def test_the_order_case_and_accents_of_a_name_never_change_the_answer(words, random) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(words)
    random.shuffle(shuffled)
    assert resolve(" ".join(words)) == resolve(" ".join(shuffled).upper())


@given(
    names,
    st.one_of(st.none(), st.sampled_from([date(1988, 3, 3), date(2015, 6, 14), date(2001, 1, 1)])),
    st.lists(
        st.builds(
            Alias,
            st.sampled_from([name_key("claire"), name_key("lea"), name_key("martin claire")]),
            st.one_of(st.none(), st.just(date(1988, 3, 3))),
            st.sampled_from([None, 1, 2, 3, 4]),
        ),
        max_size=3,
    ),
)
def test_the_answer_is_a_member_or_nobody_and_an_exact_alias_always_wins(
    words, born, aliases
) -> None:  # type: ignore[no-untyped-def]
    key = name_key(" ".join(words))
    found = resolve_beneficiary(key, born=born, members=HOUSEHOLD, aliases=aliases)
    assert found.person_id is None or found.person_id in {m.id for m in HOUSEHOLD}
    exact = [a for a in aliases if a.name_key == key and a.born == born]
    if exact:
        assert found == Resolution(exact[0].person_id, MatchedBy.ALIAS)
    if found.by is MatchedBy.NONE:
        assert found.person_id is None
        assert not found.left_out
