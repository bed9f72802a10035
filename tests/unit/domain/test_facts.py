"""facts.toml: the shipped file loads; a malformed one is a clear error naming the file and key."""

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ameli_desktop.domain.facts import (
    FactsError,
    default_facts,
    default_facts_path,
    load_facts,
    parse_facts,
)

SHIPPED = default_facts_path().read_text(encoding="utf-8")


def test_shipped_facts_load_with_the_design_figures() -> None:
    facts = load_facts()
    assert facts.schengen.max_days == 90
    assert facts.schengen.window_days == 180
    assert len(facts.schengen.members) == 29
    assert facts.schengen.members["BG"] == date(2024, 3, 31)
    assert facts.schengen.members["RO"] == date(2024, 3, 31)
    assert "IE" not in facts.schengen.members
    assert "CY" not in facts.schengen.members
    assert facts.schengen.ees_start == date(2025, 10, 12)
    assert facts.ceam.validity_years == 2
    assert facts.ceam.order_lead_days == 15
    assert {"CH", "GB", "NO"} <= facts.ceam.covered_countries
    assert "FR" not in facts.ceam.covered_countries
    assert facts.vitale.delivery_days_online == 14
    assert facts.vitale.automatic_age == 16
    assert facts.help.phone == "3646"
    assert facts.account.email_validation_days == 7


def test_every_section_names_sources_that_exist() -> None:
    facts = load_facts()
    for section in ("schengen", "ceam", "vitale", "help", "account"):
        sources = facts.source_of(section)
        assert sources, section
        assert all(s.url.startswith("https://") for s in sources)
    assert [s.id for s in facts.source_of("vitale", "wait_after_block_days")] == [
        "connexion_france_vitale"
    ]


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "facts.toml"
    bad.write_text(SHIPPED.replace("max_days = 90", "max_days = = 90"), encoding="utf-8")
    with pytest.raises(FactsError, match=re.escape("facts.toml is not valid TOML")):
        load_facts(bad)


def test_a_missing_fact_is_named() -> None:
    text = SHIPPED.replace("order_lead_days = 15", "")
    with pytest.raises(FactsError, match=re.escape("“ceam.order_lead_days” is missing")):
        parse_facts(text, Path("facts.toml"))


def test_a_wrong_type_is_named() -> None:
    text = SHIPPED.replace("validity_years = 2 ", 'validity_years = "two" ')
    with pytest.raises(FactsError, match=re.escape("“ceam.validity_years” must be a whole number")):
        parse_facts(text, Path("facts.toml"))


def test_a_member_date_must_be_a_date() -> None:
    text = SHIPPED.replace("BG = 2024-03-31", 'BG = "soon"')
    with pytest.raises(FactsError, match=re.escape("schengen.members.BG")):
        parse_facts(text, Path("facts.toml"))


def test_an_unknown_source_is_refused() -> None:
    text = SHIPPED.replace('ees_start_source = "eu_ees"', 'ees_start_source = "a_blog"')
    with pytest.raises(FactsError, match=re.escape("ees_start_source")):
        parse_facts(text, Path("facts.toml"))


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match=re.escape("Cannot read the facts file")):
        load_facts(tmp_path / "missing.toml")


def test_the_prose_shown_to_users_has_a_french_twin_line_for_line() -> None:
    """Every English list of facts.toml that the UI shows has a French list of the same length,
    and the language picks one of them (the rule of country names: "fr", "fr_FR" are French)."""
    facts = load_facts()
    pairs = [
        (facts.vitale.order_checklist, facts.vitale.order_checklist_fr),
        (facts.account.needs, facts.account.needs_fr),
    ]
    for english, french in pairs:
        assert len(french) == len(english) == 3
        assert not set(french) & set(english)  # translated, not copied
    assert facts.vitale.order_checklist_in("fr")[0].startswith("Une photo d'identité de 35 x 45")
    assert facts.vitale.order_checklist_in("en")[0].startswith("An identity photo")
    assert facts.account.needs_in("fr_FR")[2] == "Le numéro de série de votre carte Vitale"
    assert facts.vitale.while_waiting_in("fr").startswith("Téléchargez une attestation de droits")
    assert facts.vitale.while_waiting_in("en") == facts.vitale.while_waiting


def test_a_french_list_must_have_as_many_lines_as_the_english_one() -> None:
    text = SHIPPED.replace('  "Le numéro de série de votre carte Vitale",\n', "")
    with pytest.raises(FactsError) as caught:
        parse_facts(text, Path("facts.toml"))
    assert "“account.needs_fr” must be a list of 3 texts, the French of each line of needs" in str(
        caught.value
    )


def test_a_missing_french_twin_is_named() -> None:
    start = SHIPPED.index("order_checklist_fr = [")
    text = SHIPPED[:start] + SHIPPED[SHIPPED.index("]\n", start) + 2 :]
    with pytest.raises(FactsError, match=re.escape("“vitale.order_checklist_fr” is missing")):
        parse_facts(text, Path("facts.toml"))


def test_an_empty_french_text_is_refused() -> None:
    line = next(x for x in SHIPPED.splitlines() if x.startswith("while_waiting_fr = "))
    text = SHIPPED.replace(line, 'while_waiting_fr = ""')
    with pytest.raises(
        FactsError, match=re.escape("“vitale.while_waiting_fr” must be a non-empty")
    ):
        parse_facts(text, Path("facts.toml"))


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("ES", "ES"),  # the code the destination's hint asks for: Spain, never Estonia
        ("es", "ES"),
        (" ee ", "EE"),
        ("Spain", "ES"),
        ("espagne", "ES"),
        ("ESPAGNE", "ES"),
        ("Etats-Unis", "US"),  # accents ignored
        ("états-unis", "US"),
        ("Royaume-Uni", "GB"),
        ("United Kingdom", "GB"),
        ("allem", "DE"),  # the beginning of one name
        ("Suède", "SE"),
        ("Spain (ES)", "ES"),  # as the lists show it
        ("Espagne (ES)", "ES"),
    ],
)
def test_a_country_is_found_by_code_or_by_its_english_or_french_name(typed: str, code: str) -> None:
    assert default_facts().find_country(typed) == code


@pytest.mark.parametrize("typed", ["", "  ", "Narnia", "Tu", "ZZ", "(ES"])
def test_no_country_or_more_than_one_is_none(typed: str) -> None:
    """ "Tu" begins Tunisia, Tunisie, Türkiye and Turquie: two countries, none chosen."""
    assert default_facts().find_country(typed) is None


@given(st.sampled_from(sorted(default_facts().countries)), st.sampled_from(["en", "fr"]))
def test_every_listed_name_and_code_finds_its_country(code: str, language: str) -> None:
    facts = default_facts()
    name = facts.country_name(code, language)
    assert facts.find_country(name) == code
    assert facts.find_country(name.upper()) == code
    assert facts.find_country(code.lower()) == code
    assert facts.find_country(f"{name} ({code})") == code
