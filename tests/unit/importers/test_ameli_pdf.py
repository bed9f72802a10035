"""ameli's statements (and a mutuelle's) read to the exact payments, rows and cents printed in them.

The PDFs are rendered by ``tests/ameli_pdf_factory.py`` on the layouts of
``shared/ameli-documents.md`` (G1: the per-payment PDF, G2: the paper relevé, G3: the mutuelle's
statement); ``tests/data/ameli_pdf/README.md`` lists every value. Amounts are derived by hand in
the docstrings. A line number counts the page's text lines (one per baseline) from the top.
"""

import contextlib
import dataclasses
import io
import random
import subprocess
import sys
import time
import zlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.statements import DocumentKind, LineKind
from ameli_desktop.importers import parse_statement, pdf_text, printed
from ameli_desktop.importers.ameli_pdf import (
    AmeliRow,
    AmeliStatement,
    NotAStatementError,
    RowKind,
    UnbalancedPaymentError,
    UnreadableLineError,
    read_ameli_pdf,
)
from ameli_desktop.importers.mutuelle_pdf import MutuellePdfError
from ameli_desktop.importers.pdf_text import (
    EncryptedPdfError,
    NotAPdfError,
    PdfLimitError,
    ScannedPageError,
)
from tests import ameli_pdf_factory as factory

DATA = Path(__file__).resolve().parents[2] / "data" / "ameli_pdf"
F = factory.Statement


def read(name: str) -> AmeliStatement:
    return read_ameli_pdf((DATA / name).read_bytes(), file_name=name)


def d(text: str) -> date:
    day, month, year = map(int, text.split("/"))
    return date(year, month, day)


def only_user_error(data: bytes, name: str) -> UserError:
    """Reading ``data`` raises a UserError and nothing else; returns it."""
    with pytest.raises(UserError) as caught:
        parse_statement(data, file_name=name)
    return caught.value


def care(row: AmeliRow) -> tuple:  # type: ignore[type-arg]
    return (
        row.care_date, row.beneficiary, row.born, row.nature, row.paid_cents, row.base_cents,
        row.rate_percent, row.reimbursed_cents, row.deductions_cents, row.reference,
    )  # fmt: skip


# ------------------------------------------------------------------------------ the files
@pytest.mark.parametrize("name", list(factory.FILES))
def test_committed_files_are_what_the_factory_renders_today(name: str) -> None:
    """Regenerate with ``python -m tests.ameli_pdf_factory`` when the layout changes on purpose."""
    assert (DATA / name).read_bytes() == factory.FILES[name]()


def test_the_files_use_base14_helvetica_not_embedded_and_no_euro_in_the_table() -> None:
    """G1: Helvetica, -Bold, -Oblique, not embedded, WinAnsi; amounts without €."""
    from pypdf import PdfReader

    for name in ("ameli_paiement_2018-10-19.pdf", "releve_2025-01.pdf"):
        reader = PdfReader(DATA / name)
        fonts = {}
        for page in reader.pages:
            for reference in page["/Resources"]["/Font"].values():
                font = reference.get_object()
                fonts[str(font["/BaseFont"])] = font
        assert set(fonts) == {"/Helvetica", "/Helvetica-Bold", "/Helvetica-Oblique"}
        assert all("/FontDescriptor" not in f and "/FontFile2" not in f for f in fonts.values())
        assert all(str(f["/Encoding"]) == "/WinAnsiEncoding" for f in fonts.values())
        text = read(name).lines
        assert not any("€" in line.text for line in text)


# ------------------------------------------------------------------------------ G1, element by element
def test_g1_the_per_payment_pdf_every_element() -> None:
    """G1: Isabelle Durand, one act 13/10/2018 at 70 % of 25,00 = 17,50, closed by
    "le 19/10/2018 : 17,50 euro(s)"; the one transmission sentence names her insurer, cut."""
    statement = read("ameli_paiement_2018-10-19.pdf")

    assert statement.kind is DocumentKind.AMELI_PAYMENT
    assert (statement.insured, statement.nir, statement.caisse) == (
        "DURAND ISABELLE",  # "assuré social  DURAND ISABELLE": no colon
        "265025742325275",  # "nº de Sécurité Sociale  2 65 02 57 423 252 75": no colon
        "CPAM des YVELINES",
    )
    assert (statement.period_start, statement.period_end) == (d("19/10/2018"),) * 2
    assert statement.complementary_insurer == "MALAKOFF MEDERIC PREVOYAN"
    [payment] = statement.payments
    assert (payment.paid_on, payment.cents, payment.page, payment.line) == (
        d("19/10/2018"), 1750, 1, 20,
    )  # fmt: skip
    [row] = payment.rows
    assert care(row) == (
        d("13/10/2018"), "ISABELLE", d("12/03/1965"), "C GENERALISTE Sect1 (G)", 2500, 2500, 70,
        1750, None, "0351 1829220000622",
    )  # fmt: skip
    assert (row.page, row.line, row.kind) == (1, 19, RowKind.CARE)
    assert row.sent_to_complementary
    assert statement.line_text(1, 19).startswith("13/10/2018 C GENERALISTE")


def test_without_the_transmission_sentence_nothing_is_sent() -> None:
    statement = read("releve_2025-02_famille.pdf")
    assert statement.complementary_insurer is None
    assert not any(row.sent_to_complementary for row in statement.rows)


@pytest.mark.parametrize("on_top", ["short", "long"])
def test_the_two_line_header_reads_in_either_order(on_top: str) -> None:
    """G1 prints the short line on top; the reader takes the header either way."""
    renderer = factory._Renderer
    original = renderer.header

    def swapped(self):  # type: ignore[no-untyped-def]
        top, bottom = original(self)
        return [bottom, top] if on_top == "long" else [top, bottom]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(renderer, "header", swapped)
        data = factory.render(factory.G1)
    [row] = read_ameli_pdf(data, file_name="g1.pdf").rows
    assert (row.paid_cents, row.base_cents, row.rate_percent, row.reimbursed_cents) == (
        2500, 2500, 70, 1750,
    )  # fmt: skip


# ------------------------------------------------------------------------------ the monthly relevé
def test_january_every_row_and_cent() -> None:
    """releve_2025-01.pdf: Paul alone, four payments.

    07/01: 70 % of 30,00 = 21,00 less the participation 2,00 = 19,00.
    14/01: 31,59 - 3,00 + 3,72 - 1,00 = 31,31. 21/01: 2 x (9,68 - 1,00) = 17,36.
    28/01: 14,90 - 2,00 + 22,05 - 2,00 + 987,65 (80 % of 1 234,56, printed "1 234,56") = 1 020,60,
    a payment that crosses to page 2 (the header repeated there).
    """
    statement = read("releve_2025-01.pdf")

    assert (statement.kind, statement.pages) == (DocumentKind.AMELI_MONTHLY, 2)
    assert (statement.period_start, statement.period_end) == (d("01/01/2025"), d("31/01/2025"))
    assert [(p.paid_on, p.cents, p.page, p.line) for p in statement.payments] == [
        (d("07/01/2025"), 1900, 1, 21),
        (d("14/01/2025"), 3131, 1, 29),
        (d("21/01/2025"), 1736, 1, 37),
        (d("28/01/2025"), 102060, 2, 10),
    ]
    rows = statement.rows
    assert [
        (r.page, r.line, r.care_date, r.reimbursed_cents, r.deductions_cents) for r in rows
    ] == [
        (1, 19, d("02/01/2025"), 2100, 200),
        (1, 25, d("09/01/2025"), 3159, 300),
        (1, 27, d("09/01/2025"), 372, 100),
        (1, 33, d("13/01/2025"), 968, 100),
        (1, 35, d("15/01/2025"), 968, 100),
        (2, 5, d("20/01/2025"), 1490, 200),
        (2, 7, d("24/01/2025"), 2205, 200),
        (2, 9, d("27/01/2025"), 98765, None),
    ]
    assert rows[-1].paid_cents == rows[-1].base_cents == 123456
    assert {r.beneficiary for r in rows} == {"PAUL"}
    assert {r.born for r in rows} == {d("12/05/1985")}
    assert all(r.sent_to_complementary for r in rows)
    assert statement.complementary_insurer == "HARMONIE MUTUELLE"


@pytest.mark.parametrize("name", ["releve_2025-01.pdf", "releve_2025-02_famille.pdf"])
def test_each_payment_is_its_rows_less_what_was_withheld(name: str) -> None:
    for payment in read(name).payments:
        assert payment.cents == sum(r.net_cents for r in payment.rows)


@pytest.mark.parametrize("name", list(factory.FILES)[:5])
def test_each_row_points_at_its_own_line(name: str) -> None:
    statement = read(name)
    for row in statement.rows:
        text = statement.line_text(row.page, row.line)
        assert text.startswith(printed.DATE.match(text).group()), (row, text)  # type: ignore[union-attr]
        assert row.nature.split()[0] in text, (row, text)


@pytest.mark.parametrize("repeat", [True, False])
def test_a_payment_crossing_a_page_with_or_without_the_header_again(repeat: bool) -> None:
    """45 physiotherapy sessions of one payment over three pages: 45 x (9,68 - 1,00) = 390,60;
    whether the header repeats under "Page 2/3" is not shown by any source (LOW): both read."""
    session = factory.Act(d("13/01/2025"), "MASSEUR KINESITHERAPEUTE", "AMK", 2150, 1613, 60, 968,
                          (factory.franchise(100),))  # fmt: skip
    sheet = factory.Sheet("PAUL", d("12/05/1985"), (session,) * 45, reference="0751   1")
    statement = dataclasses.replace(
        factory.JANUARY,
        payments=(factory.Payment(d("31/01/2025"), (sheet,)),),
        repeat_header=repeat,
        rows_per_page=40,
    )
    read_back = read_ameli_pdf(factory.render(statement), file_name="long.pdf")

    assert read_back.pages == 3
    [payment] = read_back.payments
    assert (payment.cents, len(payment.rows)) == (39060, 45)
    assert {r.page for r in payment.rows} == {1, 2, 3}


@pytest.mark.parametrize("thousands", ["", " ", "\u00a0"])
def test_amounts_of_1000_euros_and_more_with_any_separator(thousands: str) -> None:
    """No source prints one: "123456,00", "1 234,56" or with a no-break space all read."""
    statement = read_ameli_pdf(
        factory.render(dataclasses.replace(factory.JANUARY, thousands=thousands)), file_name="x.pdf"
    )
    assert statement.payments[-1].cents == 102060
    assert statement.rows[-1].paid_cents == 123456


def test_the_family_month_beneficiaries_deferred_franchise_and_daily_allowances() -> None:
    """04/02: 19,00 + 21,00 + 21,00 = 61,00 (minors: nothing withheld). 18/02: 24,00 + 16,56 +
    16,56 less Claire's 2,00 franchise of her tiers-payant pharmacy of 06/02 ("A noter", the
    person named in the row) = 55,12. 25/02: 12 days at 30,12 = 361,44 of sick pay (LOW)."""
    statement = read("releve_2025-02_famille.pdf")

    assert [(p.paid_on, p.cents) for p in statement.payments] == [
        (d("04/02/2025"), 6100),
        (d("18/02/2025"), 5512),
        (d("25/02/2025"), 36144),
    ]
    assert [(r.beneficiary, r.born) for r in statement.payments[0].rows] == [
        ("CLAIRE", d("03/03/1988")),
        ("LEA", d("14/06/2015")),
        ("NOE", d("02/09/2018")),
    ]
    withheld = statement.payments[1].rows[-1]
    assert (withheld.kind, withheld.care_date, withheld.beneficiary, withheld.born) == (
        RowKind.WITHHELD, d("06/02/2025"), "CLAIRE", d("03/03/1988"),
    )  # fmt: skip
    assert (withheld.nature, withheld.reimbursed_cents, withheld.reference) == (
        "PHARMACIE", -200, "0690256637",
    )  # fmt: skip
    [allowance] = statement.payments[2].rows
    assert allowance.kind is RowKind.DAILY_ALLOWANCE
    assert (allowance.period_start, allowance.period_end, allowance.days) == (
        d("10/02/2025"), d("21/02/2025"), 12,
    )  # fmt: skip
    assert (allowance.daily_cents, allowance.reimbursed_cents) == (3012, 36144)


def test_a_tiers_payant_payment_is_read_not_refused() -> None:
    statement = read("ameli_tiers_payant_2025-02-11.pdf")
    [payment] = statement.payments
    assert (payment.cents, payment.third_party) == (2834, True)
    assert [r.beneficiary for r in payment.rows] == ["LEA", "CLAIRE"]


def test_the_statement_lines_keep_kinds_payments_and_allowances_apart() -> None:
    parsed = parse_statement((DATA / "releve_2025-02_famille.pdf").read_bytes(), file_name="f")
    assert parsed.document is DocumentKind.AMELI_MONTHLY
    assert [line.kind for line in parsed.lines] == [LineKind.CARE] * 6 + [LineKind.WITHHELD]
    assert [line.payment_index for line in parsed.lines] == [0, 0, 0, 1, 1, 1, 1]
    withheld = parsed.lines[-1]
    assert (withheld.reimbursed_cents, withheld.deductions_cents) == (-200, 200)
    assert [a.cents for a in parsed.allowances] == [36144]
    assert sum(line.reimbursed_cents or 0 for line in parsed.lines) == 6100 + 5512


# ------------------------------------------------------------------------------ G2: the paper relevé
def test_the_older_paper_releve() -> None:
    """G2: 16,10 + 6,90 (the complementary's 50 %) - 1,00 - 0,50 - 1,50 = 20,00, "réglé le
    25 05 14"; dates "01 04 14", the birth date masked, "ref" under the act."""
    statement = read("releve_papier_2014-05.pdf")

    assert statement.kind is DocumentKind.AMELI_PAPER
    assert (statement.period_start, statement.period_end) == (d("05/05/2014"), d("20/05/2014"))
    [payment] = statement.payments
    assert (payment.paid_on, payment.cents) == (d("25/05/2014"), 2000)
    act, first, second = payment.rows
    assert care(act) == (
        d("01/04/2014"), "PATRICK", None,
        "PARCOURS COORDONNE - MEDECIN TRAITANT / GENERALISTE Sect1 (C+PC)", 2300, 2300, 70, 1610,
        100, "0751 091680003072",
    )  # fmt: skip
    assert (act.complementary_rate, act.complementary_cents) == (50, 690)
    assert [(r.kind, r.care_date, r.reimbursed_cents) for r in (first, second)] == [
        (RowKind.WITHHELD, d("16/12/2013"), -50),
        (RowKind.WITHHELD, d("18/12/2013"), -150),
    ]


# ------------------------------------------------------------------------------ G3: a mutuelle
def test_the_mutuelle_statement() -> None:
    """G3: 7,50 paid on 20/02; 13,30 + 32,10 = 45,40 on 22/02; 52,90 in all."""
    parsed = parse_statement((DATA / "mutuelle_2019-02.pdf").read_bytes(), file_name="m.pdf")

    assert parsed.document is DocumentKind.MUTUELLE
    assert [(p.paid_on, p.cents, p.payer.value) for p in parsed.payments] == [
        (d("20/02/2019"), 750, "complementary"),
        (d("22/02/2019"), 4540, "complementary"),
    ]
    assert [
        (line.care_date, line.beneficiary, line.beneficiary_nir, line.paid_cents,
         line.amo_quoted_cents, line.complementary_cents, line.reimbursed_cents)
        for line in parsed.lines
    ] == [
        (d("06/02/2019"), "DURAND ISABELLE", "265043901933262", 2500, 1750, 750, None),
        (d("07/02/2019"), "DURAND ISABELLE", "265043901933262", 3800, 2470, 1330, None),
        (d("08/02/2019"), "DURAND ISABELLE", "265043901933262", 6000, 2205, 3210, None),
    ]  # fmt: skip


def test_a_mutuelle_transfer_that_is_not_its_acts_is_refused() -> None:
    group = factory.MUTUELLE.groups[0]
    wrong = dataclasses.replace(group, amount=751)
    data = factory.render_mutuelle(dataclasses.replace(factory.MUTUELLE, groups=(wrong,)))
    with pytest.raises(MutuellePdfError, match=r"the transfer of 20/02/2019 is 7,51"):
        parse_statement(data, file_name="m.pdf")


# ------------------------------------------------------------------------------ any table
def test_a_pdf_table_is_mapped_like_a_csv() -> None:
    parsed = parse_statement((DATA / "tableau_mutuelle_2025-03.pdf").read_bytes(), file_name="t")
    assert parsed.document is DocumentKind.TABLE_PDF
    assert [(x.care_date, x.beneficiary, x.paid_cents, x.reimbursed_cents, x.complementary_cents)
            for x in parsed.lines] == [
        (d("04/03/2025"), "LEBRUN Zoé", 6000, 2030, 2970),
        (d("11/03/2025"), "LEBRUN Paul", 135000, 19350, 80650),
        (d("18/03/2025"), "LEBRUN Zoé", 1240, 806, 434),
    ]  # fmt: skip


# ------------------------------------------------------------------------------ printed values
@pytest.mark.parametrize(
    ("text", "cents"),
    [("0,50", 50), ("17,50", 1750), ("1 450,00", 145000), ("1\u00a0450,00", 145000),
     ("1450,00", 145000), ("- 1,00", -100), ("-1,00", -100), ("7,50 €", 750),
     ("17,50 euro(s)", 1750), ("20,00 euros", 2000)],
)  # fmt: skip
def test_amounts_in_every_form_printed(text: str, cents: int) -> None:
    assert printed.amount(text) == cents


@pytest.mark.parametrize("text", ["", "2", "2,5", "1.234,56", "1 23,45", "3O,00", "1" * 60 + ",00"])
def test_what_is_not_an_amount(text: str) -> None:
    assert printed.amount(text) is None


@given(cents=st.integers(-(10**9), 10**9), thousands=st.sampled_from(["", " ", "\u00a0"]))
def test_any_amount_printed_reads_back(cents: int, thousands: str) -> None:
    assert printed.amount(factory.amount(cents, thousands)) == cents


# ------------------------------------------------------------------------------ refusals
def test_a_pdf_that_is_not_a_statement_names_what_is_missing() -> None:
    error = only_user_error((DATA / "not_a_releve.pdf").read_bytes(), "not_a_releve.pdf")
    assert type(error) is NotAStatementError
    assert str(error) == (
        "“not_a_releve.pdf” is a PDF but not an ameli statement: its first page lacks “Voici le"
        " détail des versements vous concernant …”, the sentence every ameli statement prints."
    )


def test_a_statement_without_any_payment_is_refused() -> None:
    error = only_user_error(
        factory.render(dataclasses.replace(factory.JANUARY, payments=())), "e.pdf"
    )
    assert type(error) is NotAStatementError
    assert "it has no payment" in str(error)


def test_a_payment_whose_rows_do_not_add_up_names_page_line_and_amounts() -> None:
    """The 14/01 payment closed at 31,32 € for rows worth 31,31 €."""
    error = only_user_error(factory.render(factory.unbalanced()), "unbalanced.pdf")
    assert type(error) is UnbalancedPaymentError
    assert str(error) == (
        "“unbalanced.pdf”, page 1, line 29: the payment of 14/01/2025 is 31,32\u00a0€, but its rows"
        " add up to 31,31\u00a0€: a column was misread or the file is incomplete."
    )


def broken(printed_cells: dict[str, str]) -> bytes:
    """G1 with its act's cells printed otherwise."""
    payment = factory.G1.payments[0]
    sheet = payment.sheets[0]
    act = dataclasses.replace(sheet.rows[0], printed=tuple(printed_cells.items()))
    sheet = dataclasses.replace(sheet, rows=(act,))
    payment = dataclasses.replace(payment, sheets=(sheet,))
    return factory.render(dataclasses.replace(factory.G1, payments=(payment,)))


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"base": "25,0O"}, "“25,0O” stands in the amount columns but is not an amount or a rate."),
        ({"base": "70 %"}, "“70 %” does not stand under a column that takes it."),
        ({"rate": "170 %"}, "a rate of 170 % is above 100 %."),
        ({"date": "31/02/2018"}, "“31/02/2018” is not a date."),
    ],
)
def test_a_row_that_cannot_be_read_is_named_with_page_line_and_why(
    cells: dict[str, str], reason: str
) -> None:
    error = only_user_error(broken(cells), "broken.pdf")
    assert type(error) is UnreadableLineError
    assert str(error).startswith("“broken.pdf”, page 1, line 19: “")
    assert str(error).endswith(f"” cannot be read: {reason}")


def test_an_act_without_montant_verse_is_named() -> None:
    error = only_user_error(broken({"versed": ""}), "broken.pdf")
    assert str(error).endswith("” has no amount in the “montant versé” column.")


def test_rows_left_open_at_the_end_are_refused() -> None:
    # G1 without its closing line.
    statement = dataclasses.replace(factory.G1)
    renderer = factory._Renderer(statement)
    lines = renderer.rows()[:-1]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(factory._Renderer, "rows", lambda self: lines)
        data = factory.render(statement)
    error = only_user_error(data, "open.pdf")
    assert type(error) is UnbalancedPaymentError
    assert "closed by no “le … : … euro(s)” line" in str(error)


def test_not_a_pdf_and_damaged_pdfs() -> None:
    for seed in range(3):
        noise = b"%PDF-1.4\n" + random.Random(seed).randbytes(3000)  # noqa: S311 - test data
        error = only_user_error(noise, "damaged.pdf")
        assert type(error) is NotAPdfError
        assert str(error).startswith("“damaged.pdf” is a damaged PDF that cannot be read (")
    data = (DATA / "releve_2025-01.pdf").read_bytes()
    assert "damaged PDF" in str(only_user_error(data[: len(data) // 2], "cut.pdf"))


def test_a_password_protected_statement_says_so_and_an_owner_password_reads() -> None:
    from pypdf import PdfWriter

    for user, reads in (("1234", False), ("", True)):
        writer = PdfWriter(clone_from=io.BytesIO((DATA / "releve_2025-01.pdf").read_bytes()))
        writer.encrypt(user_password=user, owner_password="owner", algorithm="AES-256")
        out = io.BytesIO()
        writer.write(out)
        if reads:
            assert len(parse_statement(out.getvalue(), file_name="o.pdf").lines) == 8
        else:
            error = only_user_error(out.getvalue(), "locked.pdf")
            assert type(error) is EncryptedPdfError


def test_a_page_without_text_is_a_scan_first_or_second() -> None:
    error = only_user_error(factory.render_without_text(), "scan.pdf")
    assert type(error) is ScannedPageError
    assert str(error).startswith("Page 1 of “scan.pdf” has no text to read:")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO((DATA / "releve_2025-01.pdf").read_bytes()))
    writer.insert_page(PdfReader(io.BytesIO(factory.render_without_text())).pages[0], 1)
    out = io.BytesIO()
    writer.write(out)
    assert str(only_user_error(out.getvalue(), "mixed.pdf")).startswith("Page 2 of “mixed.pdf”")


# ------------------------------------------------------------------------------ hostile PDFs
def _bomb(operators: bytes, pages: int = 1) -> bytes:
    """A PDF whose page content is ``operators`` deflated (150 kB can hold 150 MB)."""
    stream = zlib.compress(operators, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
        + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
    ]  # fmt: skip
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources "
        b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
    ] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@pytest.mark.parametrize(
    "operators",
    [
        b"BT /F1 8 Tf 10 10 Td " + b"(x) Tj " * 25_000_000 + b"ET",  # 175 MB of text drawing
        b"0 0 m 1 1 l S " * 12_000_000,  # 168 MB of lines, no text
        b"BT /F1 8 Tf 10 10 Td (" + b"A" * 150_000_000 + b") Tj ET",  # one huge string
    ],
)
def test_a_hostile_pdf_of_150_kb_is_refused_within_two_seconds(operators: bytes) -> None:
    data = _bomb(operators)
    assert len(data) < 400_000
    started = time.perf_counter()
    error = only_user_error(data, "bomb.pdf")
    assert time.perf_counter() - started < 2
    assert isinstance(error, (PdfLimitError, NotAPdfError)), error


def test_too_many_pages_and_a_file_too_large_are_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    error = only_user_error(_bomb(b"BT /F1 8 Tf 10 10 Td (x) Tj ET", pages=150), "pages.pdf")
    assert str(error) == "“pages.pdf” has 150 pages: a statement has a few (at most 100 are read)."
    started = time.perf_counter()
    huge = b"%PDF-1.4\n" + bytes(200 * 1024 * 1024 - 9)
    error = only_user_error(huge, "huge.pdf")
    assert time.perf_counter() - started < 2
    assert "a statement PDF is expected below 20 MB" in str(error)
    del monkeypatch


@given(st.data())
@settings(max_examples=30, deadline=None)
def test_a_damaged_statement_raises_nothing_but_user_errors(data: st.DataObject) -> None:
    """Bytes overwritten anywhere: the file reads, or the user is told why; nothing else."""
    pdf = bytearray((DATA / "releve_2025-01.pdf").read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        pdf[data.draw(st.integers(0, len(pdf) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(pdf) // 3, len(pdf)))
    with contextlib.suppress(UserError):  # said in a sentence; anything else fails the test
        parse_statement(bytes(pdf[:cut]), file_name="damaged.pdf")


def test_reading_does_not_import_pypdf_until_a_pdf_is_read() -> None:
    code = (
        "import sys, ameli_desktop.importers as m\n"
        "assert 'pypdf' not in sys.modules, 'imported at start'\n"
        "try:\n    m.parse_statement(b'%PDF-1.4 nonsense', file_name='x.pdf')\n"
        "except m.EncodingError:\n    pass\nexcept Exception:\n    pass\n"
        "assert 'pypdf' in sys.modules\n"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


def test_the_limits_are_what_the_module_says() -> None:
    assert pdf_text.MAX_PAGES >= 24  # the benchmark's busy month
