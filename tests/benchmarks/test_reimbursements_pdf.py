"""The reimbursement summary PDF of 10 000 lines beside reportlab alone (DESIGN.md 9: <= 1.3x).

The baseline is the bare minimum that prints those lines: reportlab Tables of one page's worth of
rows each, fixed column widths, the same embedded font, the rows' texts already formatted. Ours
is the whole export: reading the lines from the database, the totals, per-person, per-nature and
monthly tables, the list of lines, and "page n / N" footers.
"""

import io
import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ameli_desktop.domain.dates import format_date
from ameli_desktop.domain.money import format_cents
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.exports.pdf.base import FONT, FONT_BOLD, register_fonts
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService

LINES = 10_000
ROUNDS = 3
NATURES = [
    "Consultation médecin généraliste",
    "Pharmacie vignette blanche",
    "Kinésithérapie",
    "Analyses de biologie médicale",
    "Soins dentaires; détartrage",
    "Optique - verres",
]


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    ctx = AppContext.open(folder, clock=FixedClock.on(date(2026, 11, 25)), daily_backup=False)
    for name in ("Paul Lebrun", "Zoé Lebrun", "Éloïse Martin", "Léo Lebrun"):
        PeopleService(ctx).add(PersonDetails(name))
    ctx.close()
    rng = random.Random(10)  # noqa: S311 - test data
    rows = []
    for i in range(LINES):
        day = (date(2016, 1, 1) + timedelta(days=rng.randrange(3650))).isoformat()
        paid = rng.randrange(100, 50_000)
        rows.append(
            (
                rng.randrange(1, 5), day, day, rng.choice(NATURES), paid, paid * 7 // 10,
                rng.choice([None, paid // 10]), f"{i:032x}",
            )
        )  # fmt: skip
    connection = sqlite3.connect(folder / "ameli.db")
    with connection:
        connection.executemany(
            "INSERT INTO reimbursement_line (person_id, line_date, care_date, nature, "
            "practitioner, paid_cents, reimbursed_cents, complementary_cents, fingerprint, "
            "source_line) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, 0)",
            rows,
        )
    connection.close()
    return folder


def baseline_pdf(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    register_fonts()
    widths = [17 * mm, 28 * mm, 53 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm]
    header = [
        "Date",
        "Person",
        "Nature of care",
        "Paid",
        "Reimbursed",
        "Complementary",
        "Out of pocket",
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 7),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7),
            ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )
    story = []
    for start in range(0, len(rows), 50):
        t = Table([header, *rows[start : start + 50]], colWidths=widths, repeatRows=1)
        t.setStyle(style)
        story.append(t)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def test_pdf_of_10000_lines(benchmark: Any, ten_thousand: Path, tmp_path: Path) -> None:
    ctx = AppContext.open(ten_thousand, clock=FixedClock.on(date(2026, 11, 25)), daily_backup=False)
    service = ReimbursementService(ctx)
    lines = list(service.iter_lines(LineFilter()))
    assert len(lines) == LINES

    def money(cents: int | None) -> str:
        return "" if cents is None else format_cents(cents)

    rows = [
        [
            format_date(line.line_date),
            line.person_name,
            line.nature,
            money(line.paid_cents),
            money(line.reimbursed_cents),
            money(line.complementary_cents),
            money(line.out_of_pocket_cents),
        ]
        for line in lines
    ]
    base = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        baseline_pdf(rows)
        base = min(base, time.perf_counter() - started)

    target = tmp_path / "summary.pdf"
    benchmark.pedantic(service.export_pdf, args=(LineFilter(), target), rounds=ROUNDS, iterations=1)
    ctx.close()
    ours = benchmark.stats.stats.min
    ratio = ours / base
    benchmark.extra_info.update(
        baseline_s=round(base, 3), ours_s=round(ours, 3), ratio=round(ratio, 2)
    )
    print(
        f"\nPDF of {LINES} lines: ours {ours:.2f} s, reportlab alone {base:.2f} s, ratio {ratio:.2f} (goal <= 1.3)"
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert ratio <= 1.3
