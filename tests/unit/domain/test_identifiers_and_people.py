"""NIR validation and masking, name matching, and the person checks."""

from datetime import date

import pytest

from ameli_desktop.domain.dates import add_months, add_years, age_on
from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.identifiers import mask_nir, normalize_iban, normalize_nir
from ameli_desktop.domain.names import fold, name_key
from ameli_desktop.domain.people import PersonDetails, Role, validate_person

VALID_NIR = "1 85 05 78 006 084 91"  # key 91 = 97 - (1850578006084 mod 97)


def test_a_valid_nir_is_stored_compact_and_shown_masked() -> None:
    assert normalize_nir(VALID_NIR) == "185057800608491"
    assert mask_nir("185057800608491") == "•" * 11 + "8491"
    assert mask_nir(None) == ""


@pytest.mark.parametrize("text", ["185057800608492", "1850578006084", "abc", "2" * 15])
def test_an_invalid_nir_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(UserError) as info:
        normalize_nir(text)
    assert info.value.field == "nir"
    assert text in str(info.value)


def test_iban_is_checked_with_stdnum() -> None:
    assert normalize_iban("FR76 3000 6000 0112 3456 7890 189") == "FR7630006000011234567890189"
    with pytest.raises(UserError):
        normalize_iban("FR76 3000 6000 0112 3456 7890 188")


def test_names_match_ignoring_case_accents_and_order() -> None:
    assert fold("  Zoé  LEBRUN ") == "zoe lebrun"
    assert name_key("Zoé Lebrun") == name_key("LEBRUN zoe") == name_key("lebrun   Zoé")
    assert name_key("Jean-Paul Marc") == name_key("marc jean paul")
    assert name_key("Zoé Lebrun") != name_key("Zoé Lebrun-Martin")


def test_person_is_cleaned() -> None:
    clean = validate_person(
        PersonDetails("  Zoé   Lebrun ", date(1985, 5, 12), Role.HOLDER, VALID_NIR),
        today=date(2026, 11, 25),
    )
    assert clean.name == "Zoé Lebrun"
    assert clean.nir == "185057800608491"


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (PersonDetails("   "), "name"),
        (PersonDetails("x" * 81), "name"),
        (PersonDetails("Tom", born=date(2026, 11, 26)), "born"),
        (PersonDetails("Tom", born=date(1899, 12, 31)), "born"),
        (PersonDetails("Tom", nir="123"), "nir"),
    ],
)
def test_bad_person_details_name_the_field(details: PersonDetails, field: str) -> None:
    with pytest.raises(UserError) as info:
        validate_person(details, today=date(2026, 11, 25))
    assert info.value.field == field


def test_calendar_helpers_clamp_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert age_on(date(2010, 11, 26), date(2026, 11, 25)) == 15
    assert age_on(date(2010, 11, 25), date(2026, 11, 25)) == 16


def test_user_error_renders_a_translated_template() -> None:
    error = UserError("{a} then {b}", field="x", a=1, b=2)
    assert str(error) == "1 then 2"
    assert error.render("{b} puis {a}") == "2 puis 1"
    assert error.render("broken {c}") == "1 then 2"  # a bad translation falls back to English
