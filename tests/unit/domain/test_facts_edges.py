"""facts.toml checked at every edge (issue 17, item 8): each whole number at its minimum and one
below, the orderings the rules need, the lists, the codes, the sources; and the lookups the app
makes in the facts (a country's name, a fact's source)."""

import re
from pathlib import Path

import pytest

from ameli_desktop.domain.facts import FactsError, default_facts, default_facts_path, parse_facts

SHIPPED = default_facts_path().read_text(encoding="utf-8")
PATH = Path("facts.toml")


def with_value(section: str, key: str, value: str) -> str:
    """The shipped file with ``key`` of ``[section]`` set to ``value`` (TOML text)."""
    start = SHIPPED.index(f"\n[{section}]\n")
    line = re.compile(rf"^{re.escape(key)} = .*$", re.MULTILINE)
    match = line.search(SHIPPED, start)
    assert match is not None, (section, key)
    end = match.end()
    if match.group().rstrip().endswith("["):  # a list written over several lines
        end = SHIPPED.index("\n]", end) + 2
    return SHIPPED[: match.start()] + f"{key} = {value}" + SHIPPED[end:]


def refused(text: str, key: str) -> str:
    with pytest.raises(FactsError) as caught:
        parse_facts(text, PATH)
    message = str(caught.value)
    assert f"“{key}”" in message, message
    return message


@pytest.mark.parametrize(
    ("section", "key", "minimum"),
    [
        ("schengen", "max_days", 1),
        ("schengen", "max_future_years", 1),
        ("ceam", "validity_years", 1),
        ("ceam", "order_lead_days", 0),
        ("ceam", "provisional_validity_months", 1),
        ("ceam", "expiry_warning_days", 0),
        ("vitale", "delivery_days_online", 1),
        ("vitale", "delivery_days_post", 1),
        ("vitale", "wait_after_block_days", 0),
        ("vitale", "request_age", 1),
        ("vitale", "automatic_age", 1),
        ("account", "email_validation_days", 1),
        ("birth", "declaration_days", 1),
        ("birth", "claim_follow_up_days", 1),
    ],
)
def test_each_whole_number_takes_its_minimum_and_refuses_one_less(
    section: str, key: str, minimum: int
) -> None:
    assert parse_facts(with_value(section, key, str(minimum)), PATH) is not None
    message = refused(with_value(section, key, str(minimum - 1)), f"{section}.{key}")
    assert f"a whole number of at least {minimum}" in message
    refused(with_value(section, key, "true"), f"{section}.{key}")  # a boolean is no number


def test_the_version_must_be_1() -> None:
    assert parse_facts(SHIPPED, PATH).schengen.max_days == 90
    refused(SHIPPED.replace("version = 1", "version = 2", 1), "version")
    refused(SHIPPED.replace("version = 1", "version = 0", 1), "version")


def test_the_window_must_hold_the_days_allowed() -> None:
    assert parse_facts(with_value("schengen", "max_days", "180"), PATH).schengen.max_days == 180
    refused(with_value("schengen", "max_days", "181"), "schengen.max_days")


def test_the_phone_line_must_close_after_it_opens() -> None:
    refused(with_value("help", "phone_closes", '"08:30"'), "help.phone_closes")
    refused(with_value("help", "phone_closes", '"17h"'), "help.phone_closes")
    opens_at_one = parse_facts(with_value("help", "phone_closes", '"08:31"'), PATH)
    assert opens_at_one.help.phone_closes.minute == 31
    refused(with_value("help", "phone_days", '["mon", "someday"]'), "help.phone_days")


def test_the_photo_is_two_whole_numbers() -> None:
    for value in ("[35]", "[35, 45, 1]", '[35, "45"]', '"35x45"'):
        refused(with_value("vitale", "photo_size_mm", value), "vitale.photo_size_mm")
    assert parse_facts(
        with_value("vitale", "photo_size_mm", "[30, 40]"), PATH
    ).vitale.photo_size_mm == (
        30,
        40,
    )


def test_lists_and_codes() -> None:
    refused(with_value("ceam", "home_country", '""'), "ceam.home_country")
    refused(with_value("vitale", "order_checklist", '["photo", ""]'), "vitale.order_checklist")
    refused(with_value("vitale", "order_checklist", '"photo"'), "vitale.order_checklist")
    refused(with_value("vitale", "order_checklist", '["photo", 3]'), "vitale.order_checklist")
    # The French list must say each English line: one line less is refused.
    refused(with_value("vitale", "order_checklist", '["only one"]'), "vitale.order_checklist_fr")
    refused(with_value("schengen", "not_members", '["IE", "cy"]'), "schengen.not_members")
    refused(with_value("schengen", "not_members", '["IE", "CYP"]'), "schengen.not_members")
    refused(with_value("schengen", "not_members", '["IE", "C1"]'), "schengen.not_members")
    refused(with_value("account", "login_url", '"http://assure.ameli.fr/"'), "account.login_url")


def test_a_source_must_be_listed() -> None:
    refused(
        with_value("vitale", "wait_after_block_days_source", '"nowhere"'),
        "vitale.wait_after_block_days_source",
    )
    product = with_value("vitale", "wait_after_block_days_source", '"product"')
    assert parse_facts(product, PATH).vitale.wait_after_block_days == 2


def test_a_member_code_must_be_two_capital_letters() -> None:
    text = SHIPPED.replace("\n[schengen.members]\n", "\n[schengen.members]\nfr = 1995-03-26\n", 1)
    refused(text, "schengen.members.fr")
    text = SHIPPED.replace(
        "\n[countries]\n", '\n[countries]\nfra = { en = "France", fr = "France" }\n', 1
    )
    refused(text, "countries.fra")


def test_country_names_in_each_language_or_the_code() -> None:
    facts = default_facts()
    assert facts.country_name("es") == "Spain"
    assert facts.country_name("ES", "fr") == "Espagne"
    assert facts.country_name("ES", "fr_FR") == "Espagne"
    assert facts.country_name("xx") == "XX"
    assert facts.country_name("xx", "fr") == "XX"


def test_a_fact_names_its_own_source_else_its_sections() -> None:
    facts = default_facts()
    own = facts.source_of("vitale", "wait_after_block_days")
    assert [s.id for s in own] == ["connexion_france_vitale"]
    section = [s.id for s in facts.source_of("vitale")]
    assert facts.source_of("vitale", "delivery_days_online") == facts.source_of("vitale")
    assert "connexion_france_vitale" not in section or len(section) > 1
    assert facts.source_of("nowhere") == []
    # A fact whose own source is the product has no document to show.
    assert facts.source_of("ceam", "expiry_warning_days") == []


def test_version_window_days_and_phone_days_at_their_edges() -> None:
    message = refused(SHIPPED.replace("version = 1", "version = 0", 1), "version")
    assert "at least 1" in message
    one_day = with_value("schengen", "window_days", "1").replace("max_days = 90", "max_days = 1", 1)
    assert parse_facts(one_day, PATH).schengen.window_days == 1
    refused(with_value("schengen", "window_days", "0"), "schengen.window_days")
    every_day = with_value(
        "help", "phone_days", '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'
    )
    assert len(parse_facts(every_day, PATH).help.phone_days) == 7


@pytest.mark.parametrize("code", ["FRA", "fr", "F"])
def test_a_country_code_is_exactly_two_capital_letters(code: str) -> None:
    text = SHIPPED.replace(
        "\n[countries]\n", f'\n[countries]\n{code} = {{ en = "France", fr = "France" }}\n', 1
    )
    refused(text, f"countries.{code}")


def test_each_section_keeps_its_sources() -> None:
    facts = default_facts()
    for section in (facts.schengen, facts.ceam, facts.vitale, facts.help, facts.account):
        assert isinstance(section.sources, tuple)
        assert section.sources
        assert all(source in facts.sources for source in section.sources)


def test_a_country_named_in_full_wins_over_the_longer_names_it_starts() -> None:
    """``Niger`` is a whole name and the start of ``Nigeria``: typed in full, it is Niger."""
    text = SHIPPED.replace(
        "\n[countries]\n",
        '\n[countries]\nNE = { en = "Niger", fr = "Niger" }\n'
        'NG = { en = "Nigeria", fr = "Nigéria" }\n',
        1,
    )
    facts = parse_facts(text, PATH)
    assert facts.find_country("Niger") == "NE"
    assert facts.find_country("nigeria") == "NG"
    assert facts.find_country("Nige") is None  # the start of two names
