"""The ameli.fr login: the NIR's 13 characters, or all 15 with a key that must match."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fr import nir as stdnum_nir

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.identifiers import mask_nir, normalize_ameli_login


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # 2840575123456 mod 97 = 25 -> key 72.
        ("2 84 05 75 123 456 72", "284057512345672"),
        ("2840575123456", "2840575123456"),
        (" 2.84.05.75.123.456 ", "2840575123456"),
        # Corsica: 2A counts as 19, 2840519123456 mod 97 = 65 -> key 32.
        ("2 84 05 2a 123 456", "284052A123456"),
        ("2 84 05 2A 123 456 32", "284052A12345632"),
    ],
)
def test_13_or_15_characters_are_accepted_and_compacted(typed: str, kept: str) -> None:
    assert normalize_ameli_login(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "284057512345",  # 12 characters
        "28405751234567",  # 14 characters
        "284057512345673",  # 15 with a wrong key (72 is right)
        "28405X5123456",  # a letter where the department is not 2A/2B
        "2840575123456 ext",
        "jean.dupont@example.fr",
    ],
)
def test_anything_else_is_refused_on_the_login_field(typed: str) -> None:
    with pytest.raises(UserError) as caught:
        normalize_ameli_login(typed)
    assert caught.value.field == "login"


@given(st.from_regex(r"[12][0-9]{4}(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B)[0-9]{6}", fullmatch=True))
def test_every_well_formed_13_character_number_is_a_login_and_so_is_it_with_its_key(
    number: str,
) -> None:
    assert normalize_ameli_login(number) == number
    with_key = number + stdnum_nir.calc_check_digits(number)
    assert normalize_ameli_login(with_key) == with_key
    assert mask_nir(number).endswith(number[-4:])


def test_the_sign_in_page_comes_from_the_facts_with_its_source() -> None:
    from ameli_desktop.domain.facts import load_facts

    facts = load_facts()
    assert facts.account.login_url == "https://assure.ameli.fr/"
    assert [s.id for s in facts.source_of("account", "login_url")] == ["ameli_compte"]


def test_a_sign_in_page_that_is_not_https_is_refused() -> None:
    import re
    from pathlib import Path

    from ameli_desktop.domain.facts import FactsError, default_facts_path, parse_facts

    text = default_facts_path().read_text(encoding="utf-8")
    text = text.replace('login_url = "https://assure.ameli.fr/"', 'login_url = "http://x.example"')
    with pytest.raises(FactsError, match=re.escape("account.login_url")):
        parse_facts(text, Path("facts.toml"))
