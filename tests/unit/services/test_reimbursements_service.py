"""Browsing lines: pages, filters, totals, months and years, edits, delete and undo, CSV, attention."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import (
    LineFilter,
    Period,
    ReimbursementService,
    SortKey,
    describe_period,
)
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.storage.db import DatabaseError
from tests.hostile_data import damage

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def loaded(ctx: AppContext) -> dict[str, int]:
    """January and February 2025 (11 lines) and the mutuelle's March (4): 15 lines, Paul 8,
    Zoé 5 (consultation and pharmacy in January, paediatrician and lab in February, specialist
    in March), Éloïse 2."""
    people = PeopleService(ctx)
    ids = {
        "paul": people.add(PersonDetails("Paul Lebrun")).id,
        "zoe": people.add(PersonDetails("Zoé Lebrun")).id,
    }
    service = ImportService(ctx)
    for name in ("ameli_2025-01.csv", "ameli_2025-01-02_cp1252.csv", "mutuelle_2025-03_bom.csv"):
        service.import_file(DATA / name, ImportOptions())
    ids["eloise"] = PeopleService(ctx).find("Éloïse Martin").id
    return ids


def test_filters_count_and_pages(ctx: AppContext, loaded: dict[str, int]) -> None:
    service = ReimbursementService(ctx)

    assert service.count(LineFilter()) == 15
    assert service.count(LineFilter(person_id=loaded["zoe"])) == 5
    assert service.count(LineFilter(person_id=loaded["eloise"])) == 2
    february = LineFilter(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28))
    assert service.count(february) == 4
    first = service.page(LineFilter(), limit=5)
    second = service.page(LineFilter(), offset=5, limit=5)
    assert [line.line_date for line in first][:2] == [date(2025, 3, 25), date(2025, 3, 18)]
    assert not {line.id for line in first} & {line.id for line in second}
    by_paid = service.page(LineFilter(), sort=SortKey.PAID, descending=True, limit=1)
    assert by_paid[0].paid_cents == 135000


def test_text_search_ignores_case_and_accents(ctx: AppContext, loaded: dict[str, int]) -> None:
    service = ReimbursementService(ctx)

    assert service.count(LineFilter(text="KINESITHERAPIE")) == 2
    assert service.count(LineFilter(text="œuvrard")) == 1  # the practitioner
    assert service.count(LineFilter(text="100%")) == 0  # % is not a wildcard
    assert service.count(LineFilter(nature="Pharmacie")) == 1


def test_totals_by_month_and_year(ctx: AppContext, loaded: dict[str, int]) -> None:
    """January 1 429,64 € paid (see the importer tests); February 32 + 320 + 150 + 18,90 =
    520,90 €; March (mutuelle) 60 + 1 350 + 12,40 + 55 = 1 477,40 € with 1 180,54 € from the
    mutuelle."""
    service = ReimbursementService(ctx)
    months = {p.period: p.totals for p in service.by_period(LineFilter(), Period.MONTH)}

    assert {k: v.paid_cents for k, v in months.items()} == {
        "2025-01": 142964,
        "2025-02": 52090,
        "2025-03": 147740,
    }
    assert months["2025-03"].complementary_cents == 2970 + 80650 + 434 + 4000
    years = service.by_period(LineFilter(), Period.YEAR)
    assert [(y.period, y.totals.lines) for y in years] == [("2025", 15)]
    assert service.years() == [2025]
    assert "Kinésithérapie" in service.natures()


def test_summary(ctx: AppContext, loaded: dict[str, int]) -> None:
    """Zoé paid 30 + 48,70 (January) + 32 + 18,90 (February) + 60 (March) = 189,60 €."""
    summary = ReimbursementService(ctx).summary(LineFilter.year(2025, loaded["zoe"]))

    assert summary.totals.lines == 5
    assert summary.totals.paid_cents == 18960
    assert summary.to_json()["paid_cents"] == 18960
    assert {k: v.lines for k, v in summary.by_month.items()} == {
        "2025-01": 2,
        "2025-02": 2,
        "2025-03": 1,
    }
    assert summary.by_nature["Consultation spécialiste"].complementary_cents == 2970
    assert (summary.first_date, summary.last_date) == (date(2025, 1, 2), date(2025, 3, 4))


def test_edit_a_line(ctx: AppContext, loaded: dict[str, int]) -> None:
    service = ReimbursementService(ctx)
    line = service.page(LineFilter(text="pédiatre"))[0]

    changed = service.update(
        line.id, line.details().__class__(**{**_fields(line), "paid_cents": 3500})
    )

    assert changed.paid_cents == 3500
    assert changed.out_of_pocket_cents == 3500 - 2040
    with pytest.raises(UserError, match="cannot be negative") as err:
        service.update(line.id, line.details().__class__(**{**_fields(line), "paid_cents": -1}))
    assert err.value.field == "paid"
    with pytest.raises(UserError, match="before the date of care"):
        service.update(
            line.id,
            line.details().__class__(**{**_fields(line), "payment_date": date(2024, 1, 1)}),
        )


def _fields(line: object) -> dict[str, object]:
    details = line.details()  # type: ignore[attr-defined]
    return {name: getattr(details, name) for name in details.__slots__}


def test_delete_and_undo_put_back_the_same_lines(ctx: AppContext, loaded: dict[str, int]) -> None:
    service = ReimbursementService(ctx)
    before = service.page(LineFilter(), limit=100)
    doomed = [before[0].id, before[3].id]

    deleted = service.delete(doomed)

    assert len(deleted) == 2
    assert service.count(LineFilter()) == 13
    assert service.restore(deleted) == 2
    assert service.page(LineFilter(), limit=100) == before


def test_csv_export_is_french_excel_friendly_and_formula_safe(
    ctx: AppContext, loaded: dict[str, int], tmp_path: Path
) -> None:
    service = ReimbursementService(ctx)
    line = service.page(LineFilter(text="pédiatre"))[0]
    service.update(
        line.id, line.details().__class__(**{**_fields(line), "nature": "=HYPERLINK(1)"})
    )

    path = service.export_csv(LineFilter(person_id=loaded["zoe"]), tmp_path / "zoé.csv")

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Date des soins", "Date de paiement", "Bénéficiaire"]
    assert len(rows) == 6
    assert ["03/02/2025", "07/02/2025", "Zoé Lebrun", "'=HYPERLINK(1)"] in [r[:4] for r in rows]
    assert rows[1][5] == "30,00"


def test_attention_reports_the_last_import_and_missing_months(
    ctx: AppContext, loaded: dict[str, int]
) -> None:
    """Today is 25/11/2026: the 12 complete months before it have no line."""
    items = ReimbursementService(ctx).attention()
    titles = [item.text() for item in items]

    assert "Last statement imported on 25/11/2026" in titles
    assert any(t.startswith("No statement lines for 11/2025, 12/2025") for t in titles)


def test_the_last_import_is_the_latest_one_even_in_the_same_instant(
    ctx: AppContext, loaded: dict[str, int]
) -> None:
    """The three imports of ``loaded`` happen at the same fixed instant: the last one made
    (the mutuelle's March, 4 lines) is the one reported."""
    [last] = [i for i in ReimbursementService(ctx).attention() if i.record_kind == "import_batch"]
    assert last.detail_text() == "mutuelle_2025-03_bom.csv: 4 new lines."
    assert last.record_id == ImportService(ctx).batches()[0].id


def test_the_last_import_is_dated_in_paris_and_counts_one_line(
    data_dir: Path, tmp_path: Path
) -> None:
    """Imported on 25/11/2026 at 00:30 in Paris, which is 24/11/2026 23:30 in UTC (how it is
    stored): the Overview says the 25th. One line is "1 new line"."""
    from datetime import time

    from ameli_desktop.services.clock import FixedClock

    ctx = AppContext.open(data_dir, clock=FixedClock.on(date(2026, 11, 25), time(0, 30)))
    try:
        PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
        path = tmp_path / "one.csv"
        path.write_text(
            "Date des soins;Bénéficiaire;Prestation;Montant payé;Montant remboursé\n"
            "03/11/2026;Zoé Lebrun;Consultation;30,00 €;19,00 €\n",
            encoding="utf-8",
        )
        assert ImportService(ctx).import_file(path, ImportOptions()).imported == 1
        [last] = [i for i in ReimbursementService(ctx).attention() if i.record_kind]
        assert last.text() == "Last statement imported on 25/11/2026"
        assert last.due == date(2026, 11, 25)
        assert last.detail_text() == "one.csv: 1 new line."
    finally:
        ctx.close()


def test_describe_period() -> None:
    assert describe_period(LineFilter.year(2025), None, None) == "Year 2025"
    assert (
        describe_period(
            LineFilter(date_from=date(2025, 1, 1), date_to=date(2025, 3, 31)), None, None
        )
        == "From 01/01/2025 to 31/03/2025"
    )
    assert describe_period(LineFilter(), date(2025, 1, 2), date(2025, 3, 4)) == (
        "All lines (02/01/2025 to 04/03/2025)"
    )


def test_a_table_page_of_damaged_data_is_a_sentence_that_names_the_file(
    ctx: AppContext, loaded: dict[str, int]
) -> None:
    """The table's count and pages are read straight from the driver (issue 20): a damaged
    file still gives the sentence the other reads give, never sqlite3's own error."""
    service = ReimbursementService(ctx)
    searched = LineFilter(text="pharmacie")
    assert service.count(searched) == 2  # the search's SQL function is there on this path
    assert len(service.page_rows(searched)) == 2
    ctx.engine.dispose()  # no page kept in a connection's cache
    damage(ctx.paths.database, "reimbursement_line")
    for read in (lambda: service.count(searched), lambda: service.page_rows(LineFilter())):
        with pytest.raises(DatabaseError, match="damaged") as caught:
            read()
        assert str(ctx.paths.database) in str(caught.value)
