"""The log and crash-report scrubber: every NIR and IBAN is masked, Corsican NIRs (2A/2B) and
IBANs written in one piece included; amounts, dates and phone numbers stay readable (issue 17,
item 6)."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban
from stdnum.fr import nir

from ameli_desktop.crash import format_report
from ameli_desktop.logging_setup import scrub

CORSICAN_A = "269052A004012" + nir.calc_check_digits("269052A004012")  # born in Corse-du-Sud
CORSICAN_B = "185072B006084" + nir.calc_check_digits("185072B006084")  # born in Haute-Corse
MAINLAND = "185057800608491"


def spaced_nir(number: str) -> str:
    """As a carte Vitale prints it: 1 85 05 78 006 084 91."""
    parts = (number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13])
    return " ".join((*parts, number[13:]))


def test_the_examples_are_real_identifiers() -> None:
    assert all(nir.is_valid(n) for n in (CORSICAN_A, CORSICAN_B, MAINLAND))
    assert iban.is_valid("FR7630006000011234567890189")


@pytest.mark.parametrize(
    "number",
    [
        MAINLAND,
        spaced_nir(MAINLAND),
        CORSICAN_A,
        CORSICAN_B,
        spaced_nir(CORSICAN_A),
        spaced_nir(CORSICAN_B),
        CORSICAN_A.lower(),
        CORSICAN_A[:13],  # without its key, as some forms ask for it
    ],
)
def test_every_nir_is_masked(number: str) -> None:
    assert scrub(f"login failed for {number} today") == "login failed for [number] today"


@pytest.mark.parametrize(
    "account",
    [
        "FR7630006000011234567890189",
        "FR76 3000 6000 0112 3456 7890 189",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "GB29NWBK60161331926819",
    ],
)
def test_every_iban_is_masked_spaced_or_not(account: str) -> None:
    scrubbed = scrub(f"refund to {account}.")
    assert scrubbed == "refund to [iban]."


@pytest.mark.parametrize(
    "text",
    [
        "paid 1 234,56 € on 31/12/2025",
        "call 01 02 03 04 05 or 3646",
        "order 2026-11-25 of 12 items",
        "batch 1234567890",  # ten digits: not a NIR
        "FR76 is a prefix, not an account",
    ],
)
def test_ordinary_text_is_left_readable(text: str) -> None:
    assert scrub(text) == text


def test_a_crash_report_masks_them_too() -> None:
    error = ValueError(f"bad NIR {spaced_nir(CORSICAN_B)} and IBAN FR7630006000011234567890189")
    report = format_report(ValueError, error, None)
    assert CORSICAN_B[7:10] not in report
    assert "bad NIR [number] and IBAN [iban]" in report


def test_scrubbing_stays_linear_on_hostile_text() -> None:
    for text in ("1 " * 50_000, "2A" * 50_000, "FR76" + "A" * 100_000, "1" * 100_000):
        started = time.perf_counter()
        scrub(text)
        assert time.perf_counter() - started < 1.0


@given(st.from_regex(r"[12][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}", fullmatch=True))
def test_any_nir_shaped_number_is_masked(number: str) -> None:
    assert number not in scrub(f"NIR {number}")
