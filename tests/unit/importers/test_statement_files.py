"""Every realistic file in tests/data reads to the exact lines and cents written in it.

Expected values are copied by hand from the files (line numbers count the file's physical lines,
preamble included); totals are summed by hand in the docstrings.
"""

from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.importers import (
    AMELI_PROFILE,
    BANK_PROFILE,
    DateOrder,
    Field,
    Insurer,
    ProfileError,
    ProfileKind,
    SkipReason,
    StatementLine,
    inspect_statement,
    parse_statement,
    parse_statement_file,
    user_profile,
)
from ameli_desktop.importers.decoding import file_sha256

DATA = Path(__file__).resolve().parents[2] / "data"


def amounts(line: StatementLine) -> tuple[int | None, ...]:
    return (
        line.paid_cents,
        line.base_cents,
        line.rate_percent,
        line.reimbursed_cents,
        line.complementary_cents,
        line.deductions_cents,
    )


def test_ameli_utf8_with_preamble_quotes_and_total_line() -> None:
    """ameli_2025-01.csv: four preamble lines (one blank), header on line 5, a total on line 14.

    Line 8 holds a ``;`` inside quotes, line 9 a doubled quote, lines 11-12 one record whose nature
    spans two lines, line 13 ``1 234,56 €`` with a no-break space. Paid: 30 + 30 + 48,70 + 21,50 +
    21,50 + 43,38 + 1 234,56 = 1 429,64 €; reimbursed: 19 + 19 + 31,16 + 9,68 + 9,68 + 30,37 +
    987,65 = 1 106,54 € (the file's own total line says the same and is skipped, not imported).
    """
    parsed = parse_statement_file(DATA / "ameli_2025-01.csv")

    assert parsed.profile is AMELI_PROFILE
    assert parsed.layout.encoding == "utf-8"
    assert parsed.layout.delimiter == ";"
    assert parsed.layout.header_line == 5
    assert parsed.layout.preamble == (
        "Relevé de remboursements - Assurance Maladie",
        "Assuré : LEBRUN Paul",
        "Période du 01/01/2025 au 31/01/2025",
        "",
    )
    assert parsed.rejections == []
    assert [(s.line, s.reason) for s in parsed.skipped] == [(14, SkipReason.TOTAL)]
    assert [line.line for line in parsed.lines] == [6, 7, 8, 9, 10, 11, 13]
    first, _, pharmacy, kine1, kine2, dental, hospital = parsed.lines
    assert (first.care_date, first.payment_date) == (date(2025, 1, 2), date(2025, 1, 7))
    assert first.beneficiary == "LEBRUN Paul"
    assert first.practitioner == "Dr MARTIN Sophie"
    assert amounts(first) == (3000, 3000, 70, 1900, None, 200)
    assert pharmacy.nature == "Pharmacie; médicaments remboursés à 65 %"
    assert amounts(pharmacy) == (4870, 4870, 65, 3116, None, 150)
    assert kine1.practitioner == 'Cabinet "Kiné & Co"'
    assert amounts(kine1) == (2150, 1613, 60, 968, None, None)
    assert dental.nature == "Soins dentaires (détartrage)"
    assert amounts(hospital) == (123456, 123456, 80, 98765, None, None)
    assert sum(line.paid_cents or 0 for line in parsed.lines) == 142964
    assert sum(line.reimbursed_cents or 0 for line in parsed.lines) == 110654
    # Two identical real lines: same fingerprint, occurrences 1 and 2, both kept.
    assert kine1.fingerprint == kine2.fingerprint
    assert (kine1.occurrence, kine2.occurrence) == (1, 2)
    assert len({line.fingerprint for line in parsed.lines}) == 6


def test_cp1252_two_digit_years_overlap_the_first_month_exactly() -> None:
    """ameli_2025-01-02_cp1252.csv repeats the last four January lines of ameli_2025-01.csv in
    another tool's format (``Paul LEBRUN`` for ``LEBRUN Paul``, ``21,50`` for ``21,50 €``,
    ``13/01/25`` for ``13/01/2025``) and adds four February lines. ``Œ`` (0x8C) makes it cp1252.
    """
    january = parse_statement_file(DATA / "ameli_2025-01.csv")
    both = parse_statement_file(DATA / "ameli_2025-01-02_cp1252.csv")

    assert both.layout.encoding == "cp1252"
    assert both.rejections == []
    assert [line.care_date for line in both.lines] == [
        date(2025, 1, 13),
        date(2025, 1, 13),
        date(2025, 1, 20),
        date(2025, 1, 27),
        date(2025, 2, 3),
        date(2025, 2, 10),
        date(2025, 2, 10),
        date(2025, 2, 24),
    ]
    assert both.lines[4].practitioner == "Dr ŒUVRARD"
    assert amounts(both.lines[4]) == (3200, 3200, 70, 2040, None, 200)
    assert amounts(both.lines[5]) == (32000, 9, 60, 5, None, None)
    assert amounts(both.lines[7]) == (1890, 1890, 60, 1134, None, 100)

    january_keys = {(line.fingerprint, line.occurrence) for line in january.lines}
    overlap = [(line.fingerprint, line.occurrence) in january_keys for line in both.lines]
    assert overlap == [True, True, True, True, False, False, False, False]


def test_bom_comma_iso_dates_and_complementary_column() -> None:
    """mutuelle_2025-03_bom.csv: UTF-8 with BOM, comma-separated, every value quoted, ISO dates,
    ``1 350,00`` with a narrow no-break space, ``Orthodontie, semestre 1`` with a comma inside.
    Out of pocket = paid - reimbursed - complementary, as the file's own "Reste à charge" says:
    60 - 20,30 - 29,70 = 10; 1 350 - 193,50 - 806,50 = 350; 12,40 - 8,06 - 4,34 = 0;
    55 - 0 - 40 = 15.
    """
    parsed = parse_statement_file(DATA / "mutuelle_2025-03_bom.csv")

    assert (parsed.layout.encoding, parsed.layout.delimiter) == ("utf-8-sig", ",")
    assert parsed.layout.columns[0].header == "Date des soins"  # no BOM left in the header
    assert parsed.layout.columns[6].field is Field.OUT_OF_POCKET
    assert parsed.date_decisions[Field.CARE_DATE].order is DateOrder.ISO
    assert [line.care_date for line in parsed.lines] == [
        date(2025, 3, 4),
        date(2025, 3, 11),
        date(2025, 3, 18),
        date(2025, 3, 25),
    ]
    assert parsed.lines[1].nature == "Orthodontie, semestre 1"
    assert [
        (line.paid_cents, line.reimbursed_cents, line.complementary_cents) for line in parsed.lines
    ] == [(6000, 2030, 2970), (135000, 19350, 80650), (1240, 806, 434), (5500, 0, 4000)]
    assert [line.out_of_pocket_cents for line in parsed.lines] == [1000, 35000, 0, 1500]


def test_bank_export_keeps_only_health_lines() -> None:
    """bank_2025-02_latin9.csv: ISO-8859-15 (``€`` is byte 0xA4), two preamble lines, split
    Débit/Crédit, a quoted label with ``;``, a balance line at the end.

    Kept: CPAM 19,00 (line 5), Harmonie Mutuelle 10,00 (line 7; it names the CPAM too, but a
    mutuelle quoting the CPAM statement is the mutuelle's payment), the CPAM's 4,00 franchise debit
    as -4,00 (line 9), Assurance Maladie 987,65 (line 10), the household's 12,40 card payment at
    the pharmacy (line 11, issue 19: what it paid for care), MGEN 4,34 (line 12). Skipped: shop
    and salary lines, the mutuelle premium debit, the balance.
    """
    parsed = parse_statement_file(DATA / "bank_2025-02_latin9.csv")

    assert parsed.profile is BANK_PROFILE
    assert parsed.layout.encoding == "iso8859-15"
    assert parsed.layout.header_line == 3
    assert parsed.rejections == []
    kept = [
        (
            line.line,
            line.payment_date,
            line.insurer,
            line.reimbursed_cents,
            line.complementary_cents,
            line.paid_cents,
        )
        for line in parsed.lines
    ]
    assert kept == [
        (5, date(2025, 2, 5), Insurer.MANDATORY, 1900, None, None),
        (7, date(2025, 2, 10), Insurer.COMPLEMENTARY, None, 1000, None),
        (9, date(2025, 2, 14), Insurer.MANDATORY, -400, None, None),
        (10, date(2025, 2, 17), Insurer.MANDATORY, 98765, None, None),
        (11, date(2025, 2, 20), Insurer.HOUSEHOLD, None, None, 1240),
        (12, date(2025, 2, 24), Insurer.COMPLEMENTARY, None, 434, None),
    ]
    assert parsed.lines[3].nature == "VIR ASSURANCE MALADIE; REMB HOSPITALISATION 1234,56 €"
    assert all(line.care_date is None for line in parsed.lines)
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (4, SkipReason.NO_INSURER),
        (6, SkipReason.PAID_TO_INSURER),
        (8, SkipReason.NO_INSURER),
        (13, SkipReason.TOTAL),
    ]


def test_bank_export_with_one_signed_amount_column() -> None:
    """bank_signed_amount.csv (BoursoBank's export): ISO dates, one signed ``amount`` column,
    columns we do not use (category, comment...) listed as unmapped."""
    parsed = parse_statement_file(DATA / "bank_signed_amount.csv")

    assert parsed.layout.bank is not None
    assert parsed.layout.bank.id == "boursobank"
    assert parsed.profile.kind is ProfileKind.BANK
    assert parsed.layout.unmapped == [
        "category",
        "categoryParent",
        "supplierFound",
        "comment",
        "accountNum",
        "accountLabel",
    ]
    assert [
        (line.line, line.reimbursed_cents, line.complementary_cents) for line in parsed.lines
    ] == [
        (2, 2650, None),
        (4, None, 1590),
    ]
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (3, SkipReason.NO_INSURER),
        (5, SkipReason.PAID_TO_INSURER),
    ]


def test_month_first_dates_are_recognised_from_the_column() -> None:
    """us_dates.tsv: ``01/15/2025`` can only be month-first, so ``02/03/2025`` is 3 February."""
    parsed = parse_statement_file(DATA / "us_dates.tsv")

    assert parsed.layout.delimiter == "\t"
    decision = parsed.date_decisions[Field.CARE_DATE]
    assert (decision.order, decision.ambiguous, decision.evidence) == (
        DateOrder.MONTH_FIRST,
        False,
        "01/15/2025",
    )
    assert [line.care_date for line in parsed.lines] == [date(2025, 1, 15), date(2025, 2, 3)]
    assert [amounts(line) for line in parsed.lines] == [
        (3000, None, 70, 1900, None, None),
        (1890, None, 60, 1134, None, None),
    ]


def test_ambiguous_dates_are_read_the_french_way_and_flagged() -> None:
    """ambiguous_dates.csv: every day is <= 12, nothing settles the order: French, and said so."""
    parsed = parse_statement_file(DATA / "ambiguous_dates.csv")

    assert parsed.date_decisions[Field.CARE_DATE].ambiguous
    assert parsed.ambiguous_dates == [Field.CARE_DATE]
    assert [line.care_date for line in parsed.lines] == [date(2025, 2, 3), date(2025, 4, 11)]


def test_date_order_can_be_forced() -> None:
    parsed = parse_statement_file(DATA / "ambiguous_dates.csv", date_order=DateOrder.MONTH_FIRST)

    assert parsed.date_decisions[Field.CARE_DATE].forced
    assert [line.care_date for line in parsed.lines] == [date(2025, 3, 2), date(2025, 11, 4)]


def test_bad_rows_are_listed_with_line_column_value_and_reason() -> None:
    """bad_rows.csv: lines 2, 6 and 11 are good (6 has only a payment date, which is enough)."""
    parsed = parse_statement_file(DATA / "bad_rows.csv")

    assert [line.line for line in parsed.lines] == [2, 6, 11]
    assert parsed.lines[1].care_date is None
    assert parsed.lines[1].payment_date == date(2025, 4, 10)
    got = [(r.line, r.column, r.value, r.reason) for r in parsed.rejections]
    assert got == [
        (
            3,
            "Date des soins",
            "31/02/2025",
            "“31/02/2025” is not a real date when read as day/month/year (like the rest of the "
            "column).",
        ),
        (4, "Montant payé", "12,5O", "“12,5O” is not an amount."),
        (5, "Taux", "150 %", "A rate of 150 % is more than 100 %."),
        (
            7,
            None,
            "05/04/2025;10/04/2025;MARTIN Éloïse;Dentiste; détartrage;43,38;70 %;30,37",
            "The line has 8 cells where the header has 7: a value probably contains an unquoted "
            "“;”.",
        ),
        (8, "Montant remboursé", "", "The line has no amount."),
        (9, "Date des soins", "", "The line has no date."),
        (10, "Montant payé", "1.234", "“1.234” has more than two decimals."),
    ]
    assert parsed.rejected_lines == [3, 4, 5, 7, 8, 9, 10]
    assert parsed.rejections[0].to_dict() == {
        "line": 3,
        "column": "Date des soins",
        "value": "31/02/2025",
        "reason": parsed.rejections[0].reason,
    }


def test_excel_unicode_text_utf16_tab() -> None:
    parsed = parse_statement_file(DATA / "excel_unicode.txt")

    assert (parsed.layout.encoding, parsed.layout.delimiter) == ("utf-16", "\t")
    assert [
        (line.beneficiary, line.paid_cents, line.reimbursed_cents) for line in parsed.lines
    ] == [
        ("LEBRUN Paul", 3000, 1900),
        ("LEBRUN Zoé", 745, 484),
    ]


def test_unknown_headers_need_a_user_mapping() -> None:
    """custom_layout.csv ("Quand;Qui;Quoi;Combien;Rendu") matches no profile; the user maps it."""
    path = DATA / "custom_layout.csv"
    with pytest.raises(ProfileError, match="were not recognised") as raised:
        parse_statement_file(path)
    assert raised.value.field == "profile"

    header = ["Quand", "Qui", "Quoi", "Combien", "Rendu"]
    fields = [Field.CARE_DATE, Field.BENEFICIARY, Field.NATURE, Field.PAID, Field.REIMBURSED]
    profile = user_profile("Orthophonie", ProfileKind.STATEMENT, header, fields)
    parsed = parse_statement_file(path, profile)

    assert parsed.profile.name == "Orthophonie"
    assert [(line.care_date, line.paid_cents, line.reimbursed_cents) for line in parsed.lines] == [
        (date(2025, 5, 5), 3500, 2100),
        (date(2025, 5, 12), 3500, 2100),
    ]


def test_sha256_is_the_file_bytes_hash() -> None:
    data = (DATA / "ameli_2025-01.csv").read_bytes()
    parsed = parse_statement(data, file_name="ameli_2025-01.csv")

    assert parsed.layout.sha256 == file_sha256(data)
    assert len(parsed.layout.sha256) == 64
    assert parsed.layout.size == len(data)


def test_progress_is_reported_and_an_exception_from_it_cancels() -> None:
    data = (DATA / "bad_rows.csv").read_bytes()
    seen: list[tuple[int, int]] = []
    parse_statement(data, on_progress=lambda done, total: seen.append((done, total)))

    assert seen[0] == (0, 9)
    assert seen[-1] == (9, 9)

    class CancelledError(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise CancelledError

    with pytest.raises(CancelledError):
        parse_statement(data, on_progress=cancel)


def test_inspect_shows_an_unrecognised_file_without_failing() -> None:
    layout = inspect_statement((DATA / "custom_layout.csv").read_bytes(), file_name="x.csv")

    assert layout.profile is None
    assert layout.header == ["Quand", "Qui", "Quoi", "Combien", "Rendu"]
    assert layout.unmapped == ["Quand", "Qui", "Quoi", "Combien", "Rendu"]
    assert layout.preview[0] == (2, ("05/05/2025", "Zoé", "Orthophoniste", "35,00", "21,00"))
