"""Reading and storing a busy month's ameli relevé (24 pages, 400 acts), beside the text
extraction of the same file alone by the library the reader uses (issue 15: goal <= 1.5x).

The library is pypdf's text visitor (see ``importers/pdf_text.py`` for why, not pdfplumber): the
baseline visits every page's text with an empty visitor; the reader does that and everything
after it (words, lines, the header's columns, every row, the payments' sums, the statement lines)
and the import writes them in one transaction. The variants are interleaved round after round and
the medians compared.
"""

import dataclasses
import io
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from tests import ameli_pdf_factory as factory

ROUNDS = 7


def busy_month() -> bytes:
    """20 payments of 20 acts each (400 acts), Paul's, a participation under every other act."""
    start = date(2025, 1, 1)
    payments = []
    for p in range(20):
        acts = tuple(
            factory.Act(start + timedelta(days=(p + a) % 28), "MASSEUR KINESITHERAPEUTE", "AMK",
                        2150, 1613, 60, 968, ((factory.franchise(100),) if a % 2 else ()))
            for a in range(20)
        )  # fmt: skip
        sheet = factory.Sheet("PAUL", date(1985, 5, 12), acts, reference=f"0751   {p:013d}")
        payments.append(factory.Payment(start + timedelta(days=p + 1), (sheet,)))
    statement = dataclasses.replace(factory.JANUARY, payments=tuple(payments), rows_per_page=29)
    return factory.render(statement)


def extract(data: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        page.extract_text(visitor_text=lambda *_: None)


def test_reading_and_storing_a_busy_releve_within_1_5x_of_extraction(
    tmp_path: Path, ctx: AppContext, record_property
) -> None:  # type: ignore[no-untyped-def]
    data = busy_month()
    path = tmp_path / "releve_busy.pdf"
    path.write_bytes(data)
    PeopleService(ctx).add(PersonDetails("Paul Lebrun", born=date(1985, 5, 12)))
    service = ImportService(ctx)
    first = service.import_file(path, ImportOptions())
    assert (first.imported, first.payments) == (400, 20)
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(data)).pages) == 24

    base, ours = [], []
    for _ in range(ROUNDS):
        for batch in service.batches():
            service.undo(batch.id)
        started = time.perf_counter()
        extract(data)
        base.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = service.import_file(path, ImportOptions())
        ours.append(time.perf_counter() - started)
        assert result.imported == 400
    ratio = statistics.median(ours) / statistics.median(base)
    record_property("pypdf_extraction_ms", round(statistics.median(base) * 1000, 1))
    record_property("read_and_store_ms", round(statistics.median(ours) * 1000, 1))
    print(
        f"\nbusy relevé (24 pages, 400 acts): extraction {statistics.median(base) * 1000:.0f} ms,"
        f" read + store {statistics.median(ours) * 1000:.0f} ms, ratio {ratio:.2f}x"
    )
    assert ratio <= 1.5
