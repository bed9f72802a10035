"""ameli's relevé mensuel PDF reads to the exact payments, acts and cents printed in it.

The relevés are rendered by ``tests/ameli_pdf_factory.py`` (layout and sources:
``tests/data/ameli_pdf/README.md``, which lists every value below). Amounts are derived by hand in
the docstrings. Line numbers count the lines of pypdf's laid-out text of the page, blank lines
included (the vertical gaps of the page become blank lines); each one is also checked against the
text it points to, so that a shift is seen, not just a different number.
"""

import dataclasses
import io
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import UserError
from ameli_desktop.importers import ameli_pdf
from ameli_desktop.importers.ameli_pdf import (
    AmeliAct,
    AmeliPdfError,
    AmeliStatement,
    EncryptedPdfError,
    NotAPdfError,
    NotAReleveError,
    ScannedPageError,
    UnbalancedPaymentError,
    UnreadableLineError,
    parse_amount,
    parse_date,
    parse_rate,
    read_ameli_pdf,
)
from tests import ameli_pdf_factory as factory

DATA = Path(__file__).resolve().parents[2] / "data" / "ameli_pdf"
JANUARY = "releve_2025-01.pdf"
FAMILY = "releve_2025-02_famille.pdf"
ACCOUNT = "FR76 XXXX XXXX XXXX XXXX XXXX X42"
GP = "Consultation médecin généraliste"
PHARMACY_65 = "Pharmacie – médicaments remboursés à 65 %"
KINE = "Séance de kinésithérapie"


def read(name: str) -> AmeliStatement:
    return read_ameli_pdf((DATA / name).read_bytes(), file_name=name)


def d(text: str) -> date:
    day, month, year = map(int, text.split("/"))
    return date(year, month, day)


def act(  # noqa: PLR0917 - one positional per column, in the relevé's order
    where: tuple[int, int],
    care: str,
    paid_on: str,
    who: str,
    nature: str,
    paid: int | None,
    base: int | None,
    rate: int | None,
    versed: int,
    withheld: int | None,
    *,
    sent: bool,
    ref: str = "",
    third_party: bool = False,
) -> AmeliAct:
    return AmeliAct(
        page=where[0],
        line=where[1],
        care_date=d(care),
        payment_date=d(paid_on),
        beneficiary=who,
        nature=nature,
        paid_cents=paid,
        base_cents=base,
        rate_percent=rate,
        reimbursed_cents=versed,
        deductions_cents=withheld,
        sent_to_complementary=sent,
        reference=ref,
        third_party=third_party,
    )


PAUL = "Paul LEBRUN"
JANUARY_ACTS = [
    act((1, 23), "02/01/2025", "07/01/2025", PAUL, GP, 3000, 3000, 70, 2100, 200, sent=True,
        ref="0751 250102004117"),
    act((1, 33), "09/01/2025", "14/01/2025", PAUL, PHARMACY_65, 4860, 4860, 65, 3159, 300,
        sent=True),
    act((1, 36), "09/01/2025", "14/01/2025", PAUL, "Pharmacie – médicaments remboursés à 30 %",
        1240, 1240, 30, 372, 100, sent=True),
    act((1, 45), "13/01/2025", "21/01/2025", PAUL, KINE, 2150, 1613, 60, 968, 100, sent=False),
    act((1, 47), "15/01/2025", "21/01/2025", PAUL, KINE, 2150, 1613, 60, 968, 100, sent=False),
    act((1, 55), "20/01/2025", "28/01/2025", PAUL, "Radiographie du thorax", 2128, 2128, 70, 1490,
        200, sent=True, ref="0751 250120011802"),
    act((1, 59), "24/01/2025", "28/01/2025", PAUL, "Consultation médecin spécialiste", 8000, 3150,
        70, 2205, 200, sent=False),
    act((1, 61), "27/01/2025", "28/01/2025", PAUL, "Hospitalisation – frais de séjour", 123456,
        123456, 80, 98765, None, sent=True, ref="0751 250127000931"),
]  # fmt: skip

CLAIRE, LEA, NOE = "Claire MARTIN", "Léa MARTIN", "Noé MARTIN"
DENTAL = "Soins dentaires conservateurs – obturation d’une carie sur deux faces (composite)"
FAMILY_ACTS = [
    act((1, 23), "30/01/2025", "04/02/2025", CLAIRE, GP, 3000, 3000, 70, 2100, 200, sent=True),
    act((1, 27), "31/01/2025", "04/02/2025", LEA, GP, 3000, 3000, 70, 2100, None, sent=True),
    act((1, 30), "31/01/2025", "04/02/2025", NOE, GP, 3000, 3000, 70, 2100, None, sent=True),
    act((1, 38), "06/02/2025", "11/02/2025", LEA, PHARMACY_65, 1820, 1820, 65, 1183, None,
        sent=True, third_party=True),
    act((1, 41), "06/02/2025", "11/02/2025", CLAIRE, PHARMACY_65, 2540, 2540, 65, 1651, None,
        sent=True, third_party=True),
    act((1, 49), "12/02/2025", "18/02/2025", CLAIRE, DENTAL, 5500, 4000, 60, 2400, None,
        sent=True, ref="0691 250212000457"),
    act((1, 54), "13/02/2025", "18/02/2025", NOE, "Séance d’orthophonie", 2760, 2760, 60, 1656,
        None, sent=True),
    act((1, 56), "14/02/2025", "18/02/2025", NOE, "Séance d’orthophonie", 2760, 2760, 60, 1656,
        None, sent=False),
    act((1, 58), "14/02/2025", "18/02/2025", LEA, "Analyses de biologie médicale", 3240, 3240, 60,
        1944, None, sent=True),
    act((1, 61), "15/02/2025", "18/02/2025", CLAIRE,
        "Consultation médecin spécialiste – dermatologie", 6000, 3150, 70, 2205, 200, sent=False),
    act((2, 11), "17/02/2025", "18/02/2025", LEA,
        "Consultation médecin spécialiste – ophtalmologie", 5000, 3150, 70, 2205, None, sent=True),
    act((2, 16), "06/02/2025", "18/02/2025", CLAIRE, "Franchise médicale – pharmacie", None, None,
        None, 0, 200, sent=False),
    act((2, 23), "20/02/2025", "25/02/2025", NOE, "Vaccin – pharmacie remboursé à 65 %", 3620,
        3620, 65, 2353, None, sent=True),
    act((2, 26), "21/02/2025", "25/02/2025", CLAIRE, KINE, 2150, 1613, 60, 968, 100, sent=True),
]  # fmt: skip


# ------------------------------------------------------------------------------ the files
@pytest.mark.parametrize("name", list(factory.FILES))
def test_committed_files_are_what_the_factory_renders_today(name: str) -> None:
    """Regenerate with ``python -m tests.ameli_pdf_factory`` when the layout changes on purpose."""
    assert (DATA / name).read_bytes() == factory.FILES[name]()


def test_january_every_act_and_cent() -> None:
    """releve_2025-01.pdf: Paul alone, four payments to his account.

    07/01: consultation 70 % of 30,00 = 21,00, less the participation forfaitaire 2,00 = 19,00.
    14/01: 65 % of 48,60 = 31,59 less 3 boxes' franchise 3,00 = 28,59; 30 % of 12,40 = 3,72 less
    1,00 = 2,72; together 31,31.
    21/01: twice 60 % of 16,13 = 9,678, printed 9,68, less 1,00 = 8,68; together 17,36.
    28/01: 70 % of 21,28 = 14,896, printed 14,90, less 2,00 = 12,90; 70 % of 31,50 = 22,05 less 2,00
    = 20,05 (80,00 paid to a specialist billing above the base); 80 % of 1 234,56 = 987,648,
    printed 987,65, nothing withheld; together 1 020,60.
    Relevé total: 19,00 + 31,31 + 17,36 + 1 020,60 = 1 088,27 (printed on page 2).
    """
    statement = read(JANUARY)

    assert statement.acts == JANUARY_ACTS
    assert [(p.payment_date, p.total_cents) for p in statement.payments] == [
        (d("07/01/2025"), 1900),
        (d("14/01/2025"), 3131),
        (d("21/01/2025"), 1736),
        (d("28/01/2025"), 102060),
    ]
    assert [(p.page, p.line) for p in statement.payments] == [(1, 18), (1, 28), (1, 40), (1, 50)]
    assert {(p.paid_to, p.third_party) for p in statement.payments} == {(ACCOUNT, False)}
    assert statement.total_cents == 108827 == sum(p.total_cents for p in statement.payments)
    assert (statement.insured, statement.nir) == (PAUL, "185057512345673")
    assert statement.caisse == "Caisse primaire d’assurance maladie de Paris"
    assert (statement.period_start, statement.period_end) == (d("01/01/2025"), d("31/01/2025"))
    assert (statement.file_name, statement.pages) == (JANUARY, 2)


def test_family_every_act_and_cent() -> None:
    """releve_2025-02_famille.pdf: Claire and her children Léa and Noé, two pages.

    04/02: three consultations at 70 % of 30,00 = 21,00; only Claire (an adult) has the 2,00
    participation withheld: 19,00 + 21,00 + 21,00 = 61,00.
    11/02, tiers payant to the pharmacy: 65 % of 18,20 = 11,83 and 65 % of 25,40 = 16,51: 28,34;
    nothing is withheld from a payment to a professional.
    18/02 (goes on to page 2): 60 % of 40,00 = 24,00 (the nature wraps onto a second line); twice
    60 % of 27,60 = 16,56; 60 % of 32,40 = 19,44; 70 % of 31,50 = 22,05 less 2,00 = 20,05 (wraps);
    22,05 for Léa (no participation, a minor); and the 2,00 franchise of Claire's tiers-payant
    pharmacy of 06/02, withheld here: 24 + 16,56 + 16,56 + 19,44 + 20,05 + 22,05 - 2 = 116,66.
    25/02: 65 % of 36,20 = 23,53; 9,68 less 1,00 = 8,68; together 32,21.
    Relevé total: 61,00 + 28,34 + 116,66 + 32,21 = 238,21.
    """
    statement = read(FAMILY)

    assert statement.acts == FAMILY_ACTS
    assert [(p.payment_date, p.total_cents, p.paid_to, p.third_party) for p in statement.payments] == [
        (d("04/02/2025"), 6100, ACCOUNT, False),
        (d("11/02/2025"), 2834, "PHARMACIE DES ÉCOLES", True),
        (d("18/02/2025"), 11666, ACCOUNT, False),
        (d("25/02/2025"), 3221, ACCOUNT, False),
    ]  # fmt: skip
    assert [len(p.acts) for p in statement.payments] == [3, 2, 7, 2]
    assert [(p.page, p.line) for p in statement.payments] == [(1, 18), (1, 33), (1, 44), (2, 18)]
    assert statement.total_cents == 23821
    assert {a.beneficiary for a in statement.acts} == {CLAIRE, LEA, NOE}
    assert (statement.insured, statement.nir) == (CLAIRE, "288036912304529")
    assert statement.caisse == "Caisse primaire d’assurance maladie du Rhône"
    assert (statement.period_start, statement.period_end) == (d("01/02/2025"), d("28/02/2025"))
    assert statement.pages == 2


@pytest.mark.parametrize("name", [JANUARY, FAMILY])
def test_each_payment_is_its_acts_less_what_was_withheld(name: str) -> None:
    for payment in read(name).payments:
        assert payment.total_cents == sum(a.net_cents for a in payment.acts)
        assert {a.payment_date for a in payment.acts} == {payment.payment_date}


@pytest.mark.parametrize("name", [JANUARY, FAMILY])
def test_each_act_points_at_its_own_line(name: str) -> None:
    """(page, line) is where a person finds the act: its line starts with the date of care and
    goes on with the first words of the nature."""
    statement = read(name)
    for item in statement.acts:
        text = statement.line_text(item.page, item.line).strip()
        assert text.startswith(item.care_date.strftime("%d/%m/%Y")), (item, text)
        assert " ".join(item.nature.split()[:2]) in text, (item, text)
    assert statement.line_text(1, 1).startswith("l’Assurance Maladie")
    assert statement.line_text(9, 1) == statement.line_text(1, 0) == ""


def test_the_text_is_kept_for_a_preview_line_by_line() -> None:
    statement = read(FAMILY)
    pages = {page for page, _ in statement.text_lines}
    assert pages == {1, 2}
    first_page = [text for page, text in statement.text_lines if page == 1]
    assert first_page[17].startswith("Paiement effectué le 04/02/2025 pour un montant de 61,00")
    assert statement.line_text(1, 18) == first_page[17]
    # The dental act's nature wraps: its second line is the next line of the page.
    assert first_page[49].strip() == "d’une carie sur deux faces (composite)"
    assert all(text == text.rstrip() for _, text in statement.text_lines)


def test_another_rendering_of_the_same_releve_reads_the_same() -> None:
    """Other fonts (Helvetica), sizes, column positions, a one-line header with "Base de remb.",
    plain spaces for thousands and "70%": the reader follows wording and column order only."""
    for releve in (factory.JANUARY, factory.FAMILY):
        usual = read_ameli_pdf(factory.render(releve), file_name="usual.pdf")
        other = read_ameli_pdf(factory.render(releve, factory.BUILTIN_STYLE), file_name="x.pdf")
        assert factory.render(releve) != factory.render(releve, factory.BUILTIN_STYLE)

        def placeless(statement: AmeliStatement) -> list[AmeliAct]:
            return [dataclasses.replace(a, page=0, line=0) for a in statement.acts]

        assert placeless(other) == placeless(usual)
        assert other.total_cents == usual.total_cents


def test_every_amount_withheld_under_an_act_is_summed() -> None:
    """An act with both a participation forfaitaire (2,00) and a franchise (1,00) under it: 3,00
    withheld; 21,00 - 3,00 = 18,00 is what the payment carries."""
    both = factory.act(
        "02/01/2025", GP, 3000, 3000, 70, 2100, factory.PF, factory.franchise(1), sent=True
    )
    releve = dataclasses.replace(
        factory.JANUARY, payments=(factory.pay("07/01/2025", (PAUL, both)),)
    )

    statement = read_ameli_pdf(factory.render(releve), file_name="both.pdf")

    [only] = statement.acts
    assert (only.reimbursed_cents, only.deductions_cents, only.net_cents) == (2100, 300, 1800)
    assert statement.payments[0].total_cents == 1800
    assert only.sent_to_complementary


def test_a_releve_encrypted_only_against_editing_still_reads() -> None:
    """Many PDFs carry an owner password with an empty user password: they open without one."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO((DATA / JANUARY).read_bytes()))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)

    statement = read_ameli_pdf(out.getvalue(), file_name="owner.pdf")

    assert [dataclasses.replace(a, page=0, line=0) for a in statement.acts] == [
        dataclasses.replace(a, page=0, line=0) for a in JANUARY_ACTS
    ]


def test_reading_does_not_import_pypdf_until_a_file_is_read() -> None:
    code = (
        "import sys, ameli_desktop.importers.ameli_pdf as m\n"
        "assert 'pypdf' not in sys.modules, 'imported at start'\n"
        "try:\n    m.read_ameli_pdf(b'%PDF-1.4 nonsense', file_name='x.pdf')\n"
        "except m.AmeliPdfError:\n    pass\n"
        "assert 'pypdf' in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


# ------------------------------------------------------------------------------ printed forms
@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("0,50", 50),
        ("0,50 €", 50),
        ("21,00", 2100),
        ("1 234,56", 123456),
        ("1\u00a0234,56 €", 123456),
        ("1\u202f234,56\u00a0€", 123456),
        ("12\u202f345\u202f678,90", 1234567890),
        ("1234,56", 123456),
        ("-2,00", -200),
        ("- 2,00", -200),
        ("−1,50", -150),
        ("20,00 euros", 2000),
    ],
)
def test_amounts_in_every_form_the_releve_prints(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text", ["", "2", "2,5", "2,500", "1.234,56", "1 23,45", "12,00 $", "3O,00", "1 2345,00"]
)
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - parse_amount raises plain ValueError on purpose
        parse_amount(text)


@given(
    cents=st.integers(min_value=-(10**9), max_value=10**9),
    thousands=st.sampled_from([" ", "\u00a0", "\u202f", ""]),
    euro=st.sampled_from(["", " €", "\u00a0€", "€"]),
)
@settings(max_examples=200, deadline=None)
def test_any_amount_as_printed_reads_back(cents: int, thousands: str, euro: str) -> None:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    text = f"{sign}{whole:,}".replace(",", thousands) + f",{rest:02d}{euro}"
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "rate"),
    [("70 %", 70), ("70%", 70), ("70\u00a0%", 70), ("70\u202f%", 70), ("100 %", 100), ("0 %", 0)],
)
def test_rates_as_printed(text: str, rate: int) -> None:
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["70", "101 %", "7O %", "70,5 %", ""])
def test_what_is_not_a_rate_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - plain ValueError on purpose
        parse_rate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07/01/2025", date(2025, 1, 7)),
        ("07/01/25", date(2025, 1, 7)),
        ("07.01.2025", date(2025, 1, 7)),
        ("07 01 25", date(2025, 1, 7)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_dates_as_printed(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2025", "7/1/2025", "07/01-2025", "2025-01-07", "07/13/2025"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - plain ValueError on purpose
        parse_date(text)


# ------------------------------------------------------------------------------ bad files
def only_user_error(data: bytes, name: str) -> AmeliPdfError:
    """Reading raises an AmeliPdfError, a UserError whose message names the file."""
    with pytest.raises(AmeliPdfError) as caught:
        read_ameli_pdf(data, file_name=name)
    assert isinstance(caught.value, UserError)
    assert f"“{name}”" in str(caught.value)
    return caught.value


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_not_a_pdf(seed: int) -> None:
    noise = random.Random(seed).randbytes(2000 + 500 * seed)  # noqa: S311 - test data, not keys
    error = only_user_error(noise, "noise.pdf")
    assert type(error) is NotAPdfError
    assert str(error) == "“noise.pdf” is not a PDF file."


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_after_a_pdf_header_are_a_damaged_pdf(seed: int) -> None:
    noise = b"%PDF-1.4\n" + random.Random(seed).randbytes(3000)  # noqa: S311 - test data
    error = only_user_error(noise, "damaged.pdf")
    assert type(error) is NotAPdfError
    assert str(error).startswith("“damaged.pdf” is a damaged PDF that cannot be read (")


@pytest.mark.parametrize("name", [JANUARY, FAMILY])
def test_a_releve_cut_in_half_is_a_damaged_pdf(name: str) -> None:
    data = (DATA / name).read_bytes()
    error = only_user_error(data[: len(data) // 2], name)
    assert type(error) is NotAPdfError
    assert "damaged PDF" in str(error)


def test_an_empty_file_is_not_a_pdf() -> None:
    assert type(only_user_error(b"", "empty.pdf")) is NotAPdfError


def test_a_file_too_large_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ameli_pdf, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    error = only_user_error(b"%PDF-1.4\n" + b"0" * (4 * 1024 * 1024), "huge.pdf")
    assert str(error) == "“huge.pdf” is 4 MB: an ameli relevé is expected below 3 MB."


def test_a_releve_protected_by_a_password_says_so() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO((DATA / JANUARY).read_bytes()))
    writer.encrypt(user_password="1234", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)

    error = only_user_error(out.getvalue(), "locked.pdf")

    assert type(error) is EncryptedPdfError
    assert str(error).startswith("“locked.pdf” is protected by a password:")


def test_another_ameli_pdf_is_not_a_releve() -> None:
    """not_a_releve.pdf is an attestation de droits: the Assurance Maladie, but no relevé."""
    error = only_user_error((DATA / "not_a_releve.pdf").read_bytes(), "not_a_releve.pdf")
    assert type(error) is NotAReleveError
    assert str(error) == (
        "“not_a_releve.pdf” is a PDF but not an ameli monthly statement (relevé mensuel): its"
        " first page does not say “Assurance Maladie” and “relevé … de remboursements”."
    )


def test_a_releve_without_any_payment_is_refused() -> None:
    empty = dataclasses.replace(factory.JANUARY, payments=())
    error = only_user_error(factory.render(empty), "empty_month.pdf")
    assert type(error) is NotAReleveError
    assert "lists no payment" in str(error)


def test_a_page_without_text_is_a_scan() -> None:
    error = only_user_error(factory.render_without_text(), "scan.pdf")
    assert type(error) is ScannedPageError
    assert str(error).startswith("Page 1 of “scan.pdf” has no text to read:")


def test_a_scanned_second_page_is_named() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO((DATA / JANUARY).read_bytes()))
    writer.insert_page(PdfReader(io.BytesIO(factory.render_without_text())).pages[0], 1)
    out = io.BytesIO()
    writer.write(out)

    error = only_user_error(out.getvalue(), "mixed.pdf")

    assert type(error) is ScannedPageError
    assert str(error).startswith("Page 2 of “mixed.pdf”")


def test_a_payment_whose_acts_do_not_add_up_names_page_date_and_both_amounts() -> None:
    """The second payment printed 31,32 € while its acts make 31,59 - 3 + 3,72 - 1 = 31,31 €."""
    error = only_user_error(factory.render(factory.unbalanced()), "unbalanced.pdf")
    assert type(error) is UnbalancedPaymentError
    assert str(error) == (
        "“unbalanced.pdf”, page 1: the payment of 14/01/2025 is 31,32\u00a0€, but its acts less"
        " the deductions add up to 31,31\u00a0€: a column was misread or the file is incomplete."
    )


def test_a_releve_total_that_is_not_its_payments_sum_is_refused() -> None:
    """Each payment adds up, but the relevé's own total says 1 088,28 € for 1 088,27 €."""
    releve = dataclasses.replace(factory.JANUARY, printed_total=factory.JANUARY.total + 1)
    error = only_user_error(factory.render(releve), "total.pdf")
    assert type(error) is UnbalancedPaymentError
    assert str(error) == (
        "“total.pdf”: the relevé's total is 1\u202f088,28\u00a0€, but its payments add up to"
        " 1\u202f088,27\u00a0€."
    )


def broken(printed: dict[str, str]) -> bytes:
    """January with the second payment's first act (page 1, line 33) printed differently."""
    releve = factory.JANUARY
    payments = list(releve.payments)
    groups = list(payments[1].groups)
    acts = list(groups[0].acts)
    acts[0] = dataclasses.replace(acts[0], printed=tuple(printed.items()))
    groups[0] = dataclasses.replace(groups[0], acts=tuple(acts))
    payments[1] = dataclasses.replace(payments[1], groups=tuple(groups))
    return factory.render(dataclasses.replace(releve, payments=tuple(payments)))


@pytest.mark.parametrize(
    ("printed", "reason"),
    [
        ({"base": "48,6O"}, "“48,6O” stands in the amount columns but is not an amount or a rate."),
        ({"base": "65 %"}, "“65 %” does not stand under a column that takes it."),
        ({"rate": "165 %"}, "a rate of 165 % is above 100 %."),
        ({"date": "31/02/2025"}, "“31/02/2025” is not a date."),
    ],
)
def test_a_line_that_cannot_be_read_is_named_with_its_text_and_why(
    printed: dict[str, str], reason: str
) -> None:
    error = only_user_error(broken(printed), "broken.pdf")
    assert type(error) is UnreadableLineError
    message = str(error)
    assert message.startswith("“broken.pdf”, page 1, line 33: “")
    assert "Pharmacie – médicaments remboursés à 65 %" in message
    assert message.endswith(f"” cannot be read: {reason}")


def test_an_act_without_montant_verse_is_named() -> None:
    error = only_user_error(broken({"reimbursed": ""}), "broken.pdf")
    assert type(error) is UnreadableLineError
    assert str(error).startswith("“broken.pdf”, page 1, line 33: “09/01/2025 Pharmacie")
    assert str(error).endswith("” has no amount in the “Montant versé” column.")


@given(st.data())
@settings(max_examples=30, deadline=None)
def test_a_damaged_releve_raises_nothing_but_user_errors(data: st.DataObject) -> None:
    """Bytes overwritten anywhere: the file reads, or the user is told why; no other exception."""
    pdf = bytearray((DATA / JANUARY).read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(pdf) - 1))
        pdf[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(pdf) // 3, len(pdf)))
    try:
        read_ameli_pdf(bytes(pdf[:cut]), file_name="damaged.pdf")
    except AmeliPdfError as error:
        message = str(error)
    else:
        message = "read: “damaged.pdf”"
    assert "“damaged.pdf”" in message


# ------------------------------------------------------------------------------ text as laid out
def row(  # noqa: PLR0917 - one positional per column, in order
    first: str, nature: str, paid: str = "", base: str = "", rate: str = "", versed: str = ""
) -> str:
    """A line as pypdf lays the relevé out: fixed columns, figures aligned right."""
    return f"{first:<11}{nature:<40}{paid:>9}{base:>15}{rate:>8}{versed:>10}"


HEAD = [
    "l’Assurance Maladie                                  Relevé mensuel de vos remboursements",
    "Voici le détail des paiements effectués pour la période du 01/03/2025 au 31/03/2025.",
    "",
]
TABLE = [
    row("Date des", "Nature de la prestation", "Montant", "Base de", "Taux", "Montant"),
    row("soins", "", "payé", "remboursement", "", "versé"),
]
PAYMENT = "Paiement effectué le 07/03/2025 pour un montant de 19,00 €"
WHO = "Bénéficiaire : Paul LEBRUN"
CONSULTATION = row("02/03/2025", GP, "30,00", "30,00", "70 %", "21,00")
PF_LINE = row("", "Participation forfaitaire", versed="-2,00")


def text_error(*lines: str) -> AmeliPdfError:
    with pytest.raises(AmeliPdfError) as caught:
        ameli_pdf.read_ameli_text([[*HEAD, *lines]], file_name="text.pdf")
    return caught.value


def test_laid_out_text_reads_like_the_pdf() -> None:
    """The reader's second half alone: 21,00 - 2,00 = 19,00, the payment's amount."""
    statement = ameli_pdf.read_ameli_text(
        [[*HEAD, PAYMENT, *TABLE, WHO, CONSULTATION, PF_LINE]], file_name="text.pdf"
    )
    [only] = statement.acts
    assert (only.page, only.line, only.nature, only.net_cents) == (1, 8, GP, 1900)
    assert (statement.period_start, statement.period_end) == (d("01/03/2025"), d("31/03/2025"))


def test_the_period_is_read_from_its_sentence_before_the_title_month() -> None:
    """The title says March; the sentence gives the dates, which win (they may not be a month)."""
    statement = ameli_pdf.read_ameli_text(
        [
            [
                "l’Assurance Maladie                  Relevé mensuel de vos remboursements – mars 2025",
                "Voici le détail des versements vous concernant pour la période du 05/03/25 au 20 03 25.",
                PAYMENT, *TABLE, WHO, CONSULTATION, PF_LINE,
            ]
        ],
        file_name="text.pdf",
    )  # fmt: skip
    assert (statement.period_start, statement.period_end) == (d("05/03/2025"), d("20/03/2025"))


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Bénéficiaire : Renée LE GALL", "Renée LE GALL"),
        ("Bénéficiaire : Renée LE GALL, née le 03/04/1950", "Renée LE GALL"),
        ("Bénéficiaire : Aimée LE BRIS (suite)", "Aimée LE BRIS"),
        ("pour RENÉE LE GALL né(e) le xx xx xx", "RENÉE LE GALL"),
        ("Bénéficiaire : Jean-Noël D’ARCY", "Jean-Noël D’ARCY"),
    ],
)
def test_beneficiaries_are_kept_as_printed_without_the_birth_date(printed: str, name: str) -> None:
    statement = ameli_pdf.read_ameli_text(
        [[*HEAD, PAYMENT, *TABLE, printed, CONSULTATION, PF_LINE]], file_name="text.pdf"
    )
    assert statement.acts[0].beneficiary == name


def test_the_old_paper_forms_read_too() -> None:
    """ "pour NAME né(e) le …", a date "02 03 25", "- 2,00" with a space, "21,00 euros", "ref",
    and the period from the title's month when no "période du" line is printed."""
    statement = ameli_pdf.read_ameli_text(
        [
            [
                "l’Assurance Maladie         Relevé mensuel de vos remboursements - mars 2025",
                PAYMENT,
                *TABLE,
                "pour PATRICK né(e) le xx xx xx",
                row("02 03 25", "PARCOURS COORDONNE - MEDECIN TRAITANT", "30,00", "30,00", "70 %",
                    "21,00 euros"),
                row("", "GENERALISTE (G)"),
                row("", "participation forfaitaire (PFH)", versed="- 2,00"),
                row("", "ref 0751 091680003072"),
            ]
        ],
        file_name="paper.pdf",
    )  # fmt: skip
    [only] = statement.acts
    assert only.beneficiary == "PATRICK"
    assert only.care_date == d("02/03/2025")
    assert only.nature == "PARCOURS COORDONNE - MEDECIN TRAITANT GENERALISTE (G)"
    assert (only.reimbursed_cents, only.deductions_cents, only.reference) == (
        2100,
        200,
        "0751 091680003072",
    )
    assert (statement.period_start, statement.period_end) == (d("01/03/2025"), d("31/03/2025"))


@pytest.mark.parametrize(
    ("lines", "kind", "message"),
    [
        (
            [PAYMENT, WHO, CONSULTATION],
            UnreadableLineError,
            "“text.pdf”, page 1, line 6: “02/03/2025 Consultation médecin généraliste 30,00 30,00"
            " 70 % 21,00” comes before the table's column header (Date des soins, Nature, ... Taux,"
            " Montant versé).",
        ),
        (
            ["Paiement effectué le 07/03/2025", *TABLE, WHO, CONSULTATION],
            UnreadableLineError,
            "“text.pdf”, page 1, line 4: “Paiement effectué le 07/03/2025” gives no amount for the"
            " payment.",
        ),
        (
            [PAYMENT, *TABLE, WHO, CONSULTATION, PF_LINE, "Paiement effectué le 08/03/2025 (suite)"],
            UnreadableLineError,
            "“text.pdf”, page 1, line 10: “Paiement effectué le 08/03/2025 (suite)” continues a"
            " payment that the previous page does not show.",
        ),
        (
            [PAYMENT, *TABLE, CONSULTATION],
            UnreadableLineError,
            "“text.pdf”, page 1, line 7: “02/03/2025 Consultation médecin généraliste 30,00 30,00"
            " 70 % 21,00” has no “Bénéficiaire” line above it to say whose care it is.",
        ),
        (
            [PAYMENT, *TABLE, WHO, PF_LINE],
            UnreadableLineError,
            "“text.pdf”, page 1, line 8: “Participation forfaitaire -2,00” withholds an amount but"
            " no act comes before it.",
        ),
        (
            [PAYMENT, *TABLE, WHO, CONSULTATION,
             row("", "Participation forfaitaire", base="1,00", versed="-2,00")],
            UnreadableLineError,
            "“text.pdf”, page 1, line 9: “Participation forfaitaire 1,00 -2,00” should show one"
            " amount withheld.",
        ),
        (
            [PAYMENT, *TABLE, WHO, CONSULTATION, PF_LINE, "",
             row("", "Régularisation", versed="3,00")],
            UnreadableLineError,
            "“text.pdf”, page 1, line 11: “Régularisation 3,00” has amounts but is neither an act"
            " (it does not start with the date of care) nor a participation forfaitaire or"
            " franchise.",
        ),
        (
            [PAYMENT, *TABLE, WHO],
            UnbalancedPaymentError,
            "“text.pdf”, page 1: the payment of 07/03/2025 (19,00\u00a0€) lists no act.",
        ),
    ],
)  # fmt: skip
def test_every_line_that_cannot_be_read_says_where_and_why(
    lines: list[str], kind: type[AmeliPdfError], message: str
) -> None:
    error = text_error(*lines)
    assert type(error) is kind
    assert str(error) == message


def test_a_long_payment_goes_on_over_pages_under_the_same_beneficiary() -> None:
    """45 kiné sessions in one payment: the page breaks inside Paul's acts, the next page repeats
    "Paiement effectué le … (suite)", the header and "Bénéficiaire : Paul LEBRUN (suite)".
    45 x (9,68 - 1,00) = 390,60."""
    sessions = tuple(
        factory.act(f"{1 + i % 28:02d}/01/2025", KINE, 2150, 1613, 60, 968, factory.franchise(1))
        for i in range(45)
    )
    releve = dataclasses.replace(
        factory.JANUARY, payments=(factory.pay("31/01/2025", *((PAUL, s) for s in sessions)),)
    )

    statement = read_ameli_pdf(factory.render(releve), file_name="long.pdf")

    assert statement.pages == 3
    assert statement.payments[0].total_cents == 39060 == statement.total_cents
    assert len(statement.acts) == 45
    assert {a.beneficiary for a in statement.acts} == {PAUL}
    assert {a.page for a in statement.acts} == {1, 2}  # the total alone is on page 3
    lines = [text.strip() for page, text in statement.text_lines if page == 2]
    assert "Paiement effectué le 31/01/2025 (suite)" in lines
    assert "Bénéficiaire : Paul LEBRUN (suite)" in lines
