"""Fingerprints: same line whatever its formatting, identical lines kept apart by occurrence,
parsing deterministic."""

import hashlib
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.names import fold, name_key
from ameli_desktop.importers import parse_statement
from ameli_desktop.importers.fingerprints import fingerprint, fingerprints, occurrences

NAMES = ["Zoé LEBRUN", "Paul Lebrun", "Éloïse Martin-Durand", "Léo N'Diaye"]
ACTS = ["Consultation", "Pharmacie; vignette blanche", 'Cabinet "Kiné & Co"', "Soins dentaires"]

line_strategy = st.tuples(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),  # care
    st.integers(min_value=0, max_value=40),  # days to payment
    st.sampled_from(NAMES),
    st.sampled_from(ACTS),
    st.integers(min_value=0, max_value=500_000),  # paid
    st.integers(min_value=0, max_value=500_000),  # reimbursed
    st.sampled_from([None, 50, 100, 200]),  # deductions
)


def _french(cents: int, thousands: str = "\u00a0") -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", thousands) + f",{rest:02d}"


def _quote(text: str, delimiter: str) -> str:
    if delimiter in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def ameli_file(lines: list[tuple], *, style: int) -> bytes:
    """The same lines in two tools' styles: different headers, encodings, delimiters, number and
    date formats, name order and spacing."""
    if style == 0:
        d = ";"
        rows = [
            "Date des soins;Date de paiement;Bénéficiaire;Prestation;Montant payé;"
            "Montant remboursé;Franchise"
        ]
        for care, delay, name, act, paid, reimb, ded in lines:
            rows.append(
                d.join(
                    [
                        care.strftime("%d/%m/%Y"),
                        (care + timedelta(delay)).strftime("%d/%m/%Y"),
                        name,
                        _quote(act, d),
                        _french(paid) + " €",
                        _french(reimb) + " €",
                        "" if ded is None else "-" + _french(ded),
                    ]
                )
            )
        return ("\r\n".join(rows) + "\r\n").encode("cp1252")
    d = ","
    rows = [
        "Relevé généré par un outil",
        "",
        "date of care,payment date,beneficiary,care,amount paid,amount reimbursed,deductions",
    ]
    for care, delay, name, act, paid, reimb, ded in lines:
        given_name, *family = name.split(" ")
        rows.append(
            d.join(
                [
                    care.isoformat(),
                    (care + timedelta(delay)).isoformat(),
                    " ".join([*family, given_name]).upper(),
                    _quote("  " + act + " ", d),
                    f"{paid / 100:.2f}",
                    f'"{_french(reimb, " ")}"',
                    "" if ded is None else f'"{_french(ded)}"',
                ]
            )
        )
    return ("\n".join(rows) + "\n").encode("utf-8-sig")


@settings(max_examples=60, deadline=None)
@given(st.lists(line_strategy, min_size=1, max_size=25))
def test_same_lines_same_fingerprints_whatever_the_formatting(lines: list[tuple]) -> None:
    first = parse_statement(ameli_file(lines, style=0))
    second = parse_statement(ameli_file(lines, style=1))

    assert first.rejections == second.rejections == []
    assert [(x.fingerprint, x.occurrence) for x in first.lines] == [
        (x.fingerprint, x.occurrence) for x in second.lines
    ]
    assert [(x.paid_cents, x.reimbursed_cents, x.deductions_cents) for x in first.lines] == [
        (paid, reimb, ded) for _, _, _, _, paid, reimb, ded in lines
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(line_strategy, min_size=1, max_size=15), st.integers(min_value=1, max_value=4))
def test_identical_lines_are_numbered_not_merged(lines: list[tuple], copies: int) -> None:
    """A file holding every line ``copies`` times keeps them all, numbered 1..copies; the set of
    (fingerprint, occurrence) of the file twice over contains the file once over (re-import adds
    only what is really new)."""
    once = parse_statement(ameli_file(lines, style=0))
    repeated = parse_statement(ameli_file(lines * copies, style=0))

    assert len(repeated.lines) == len(lines) * copies
    keys_once = {(x.fingerprint, x.occurrence) for x in once.lines}
    keys_repeated = [(x.fingerprint, x.occurrence) for x in repeated.lines]
    assert len(set(keys_repeated)) == len(keys_repeated)  # every line its own identity
    assert keys_once <= set(keys_repeated)
    per_fp: dict[str, list[int]] = {}
    for fp, occurrence in keys_repeated:
        per_fp.setdefault(fp, []).append(occurrence)
    assert all(occ == list(range(1, len(occ) + 1)) for occ in per_fp.values())


@settings(max_examples=30, deadline=None)
@given(st.lists(line_strategy, min_size=1, max_size=20))
def test_parsing_is_deterministic(lines: list[tuple]) -> None:
    data = ameli_file(lines, style=1)

    assert parse_statement(data) == parse_statement(data)


def test_bulk_and_single_fingerprints_agree() -> None:
    rows = [
        (
            date(2025, 1, 2),
            date(2025, 1, 7),
            "LEBRUN Paul",
            "Consultation",
            "",
            3000,
            1900,
            None,
            200,
        ),
        (None, date(2025, 2, 5), "", "VIR CPAM", "", None, 1900, None, None),
    ]
    keyed = [
        (c, p, name_key(b), fold(n), fold(pr), pd, r, cp, d)
        for c, p, b, n, pr, pd, r, cp, d in rows
    ]
    bulk = fingerprints(
        care_dates=[k[0] for k in keyed],
        payment_dates=[k[1] for k in keyed],
        beneficiary_keys=[k[2] for k in keyed],
        nature_keys=[k[3] for k in keyed],
        practitioner_keys=[k[4] for k in keyed],
        paid_cents=[k[5] for k in keyed],
        reimbursed_cents=[k[6] for k in keyed],
        complementary_cents=[k[7] for k in keyed],
        deductions_cents=[k[8] for k in keyed],
    )
    single = [
        fingerprint(
            care_date=c,
            payment_date=p,
            beneficiary_key=b,
            nature_key=n,
            practitioner_key=pr,
            paid_cents=pd,
            reimbursed_cents=r,
            complementary_cents=cp,
            deductions_cents=d,
        )
        for c, p, b, n, pr, pd, r, cp, d in keyed
    ]
    assert bulk == single
    assert bulk[0] != bulk[1]
    assert all(len(fp) == 32 for fp in bulk)


def test_fingerprint_is_stable_across_runs() -> None:
    """Stored fingerprints must match next year's: the hashed text is spelled out and pinned."""
    fields = ["1", "2025-01-02", "2025-01-07", "lebrun paul", "consultation", ""]
    fields += ["3000", "1900", "None", "200"]  # paid, reimbursed, complementary, deductions
    canonical = "\x1f".join(fields)
    expected = hashlib.blake2b(canonical.encode(), digest_size=16).hexdigest()
    assert expected == "9a00245cd1979fdf57f862ce3f31afe2"
    assert (
        fingerprint(
            care_date=date(2025, 1, 2),
            payment_date=date(2025, 1, 7),
            beneficiary_key="lebrun paul",
            nature_key="consultation",
            practitioner_key="",
            paid_cents=3000,
            reimbursed_cents=1900,
            complementary_cents=None,
            deductions_cents=200,
        )
        == expected
    )


def test_occurrences() -> None:
    assert occurrences(["a", "b", "a", "a", "c", "b"]) == [1, 1, 2, 3, 1, 2]
    assert occurrences(["a", "b", "c"]) == [1, 1, 1]  # all distinct: the quick way
    assert occurrences([]) == []


def test_amount_or_person_change_changes_the_fingerprint() -> None:
    base = {
        "care_date": date(2025, 1, 2),
        "payment_date": None,
        "beneficiary_key": "lebrun paul",
        "nature_key": "consultation",
        "practitioner_key": "",
        "paid_cents": 3000,
        "reimbursed_cents": 1900,
        "complementary_cents": None,
        "deductions_cents": None,
    }
    reference = fingerprint(**base)

    assert fingerprint(**(base | {"reimbursed_cents": 1901})) != reference
    assert fingerprint(**(base | {"beneficiary_key": "lebrun zoe"})) != reference
    assert fingerprint(**(base | {"care_date": date(2025, 1, 3)})) != reference
    assert fingerprint(**(base | {"complementary_cents": 0})) != reference  # 0 is not "none"
