"""Fuzzed statements through the import service's public entry points (issue 17, item 7).

Genuine files of every family (ameli CSV, bank CSVs, ameli relevé and payment PDFs, mutuelle
statements, bare PDF tables) are damaged the ways
files get damaged — bit flips, truncation, a huge cell, NUL bytes, another encoding spliced in —
and read, previewed and imported as the GUI and CLI do (``ImportService.read``, ``preview``,
``import_parsed``). Whatever the file, only the importer's own errors (``UserError`` and its
kin) may come out, and a refused import writes nothing.

Bounded on purpose: a fixed number of examples, derandomized (the same files on every run, so the
suite stays deterministic), small enough to run in the normal suite. A longer hunt by hand:
``AMELI_FUZZ_EXAMPLES=2000 AMELI_FUZZ_RANDOM=1 python -m pytest tests/unit/services/test_import_fuzz.py``.
"""

import csv
import io
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[2] / "data"
CSV_SEEDS = sorted(
    [*DATA.glob("*.csv"), *DATA.glob("*.tsv"), *(DATA / "banks").glob("*.csv")],
    key=lambda p: p.name,
)
PDF_SEEDS = sorted((DATA / "ameli_pdf").glob("*.pdf"))
MAX_EXAMPLES = int(os.environ.get("AMELI_FUZZ_EXAMPLES", "60"))

FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=not os.environ.get("AMELI_FUZZ_RANDOM"),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# ------------------------------------------------------------------ the damage
def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def huge_cell(data: bytes, rng: random.Random) -> bytes:
    """A 100 000-character run (digits, letters, separators) where a cell begins."""
    filler = rng.choice([b"1", b"9,", b"a", b" ", b"1 ", b"(", b"-", b"\xe9"]) * 100_000
    cuts = [i + 1 for i, byte in enumerate(data) if byte in b";,\t\n"] or [0]
    at = rng.choice(cuts)
    return data[:at] + filler[:100_000] + data[at:]


def nul_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out.insert(rng.randrange(len(out) + 1), 0)
    return bytes(out)


def mixed_encodings(data: bytes, rng: random.Random) -> bytes:
    """A line of the same text in another encoding spliced in (an export edited by hand)."""
    text = "Bénéficiaire;Sécurité sociale;Montant payé;12,50 €;Zoé Lebrun\n"
    encoding = rng.choice(["cp1252", "iso-8859-15", "utf-16", "utf-8-sig", "mac-roman"])
    lines = data.split(b"\n")
    lines.insert(rng.randrange(len(lines) + 1), text.encode(encoding, errors="replace"))
    return b"\n".join(lines)


DAMAGE = [flip_bits, truncate, huge_cell, nul_bytes, mixed_encodings]


@st.composite
def damaged(draw: st.DrawFn, seeds: list[Path]) -> tuple[str, bytes]:
    seed = draw(st.sampled_from(seeds))
    rng = random.Random(draw(st.integers(min_value=0, max_value=2**32)))  # noqa: S311 - damage, not secrets
    data = seed.read_bytes()
    steps = draw(st.lists(st.sampled_from(DAMAGE), min_size=1, max_size=3))
    for step in steps:
        data = step(data, rng) if data else data
    return f"{seed.name} <- {'+'.join(s.__name__ for s in steps)}", data


# ------------------------------------------------------------------ the check
@pytest.fixture
def household(ctx: AppContext) -> AppContext:
    PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    PeopleService(ctx).add(PersonDetails("Paul Lebrun"))
    return ctx


def import_as_the_app_does(ctx: AppContext, path: Path, *, skip_bad: bool) -> None:
    """read -> preview -> import, as the import dialog and `ameli-desktop import` do. Only the
    importer's own errors may come out; a refusal (an error, or rows that cannot be read without
    --skip-bad) leaves the database exactly as it was."""
    before = dump(ctx)
    service = ImportService(ctx)
    person = PeopleService(ctx).all()[0].id
    options = ImportOptions(person_id=person, skip_bad=skip_bad)
    try:
        parsed = service.read(path)
        service.preview(parsed, options)
        result = service.import_parsed(parsed, options)
    except UserError:
        assert dump(ctx) == before, "a refused import wrote something"
        return
    if not result.written:
        assert dump(ctx) == before, "an import that was not written wrote something"
    elif result.batch_id is not None:
        service.undo(result.batch_id)


@FUZZ
@given(damaged(CSV_SEEDS), st.booleans())
def test_a_damaged_csv_gives_only_the_importers_errors_and_writes_nothing_when_refused(
    household: AppContext, tmp_path: Path, case: tuple[str, bytes], skip_bad: bool
) -> None:
    import_fuzzed(household, tmp_path / "fuzzed.csv", case, skip_bad=skip_bad)


@FUZZ
@given(damaged(PDF_SEEDS), st.booleans())
def test_a_damaged_pdf_gives_only_the_importers_errors_and_writes_nothing_when_refused(
    household: AppContext, tmp_path: Path, case: tuple[str, bytes], skip_bad: bool
) -> None:
    import_fuzzed(household, tmp_path / "fuzzed.pdf", case, skip_bad=skip_bad)


def import_fuzzed(
    household: AppContext, path: Path, case: tuple[str, bytes], *, skip_bad: bool
) -> None:
    """Import a damaged file as the app does: any error but the importers' names its case."""
    name, data = case
    path.write_bytes(data)
    try:
        import_as_the_app_does(household, path, skip_bad=skip_bad)
    except AssertionError:
        raise
    except Exception as exc:
        raise AssertionError(f"{name}: {type(exc).__name__}: {exc}") from exc


def test_the_seeds_are_the_genuine_files_of_every_family() -> None:
    assert len(CSV_SEEDS) >= 30
    # every PDF family the dispatcher knows: relevé, payment detail, mutuelle, a bare table
    assert {p.name for p in PDF_SEEDS} >= {
        "releve_2025-01.pdf",
        "releve_2025-02_famille.pdf",
        "ameli_paiement_2018-10-19.pdf",
        "mutuelle_2019-02.pdf",
        "tableau_inconnu_2025-03.pdf",
    }


HUGE_CELLS = [
    # file, header line's start, row after it, cell: the genuine files of the CSV families the
    # dispatcher knows (in the bank export, the CPAM's transfer: a health line, not set aside)
    ("ameli_2025-01.csv", "Date des soins", 1, 0),
    ("ameli_2025-01.csv", "Date des soins", 1, 5),
    ("banks/boursobank.csv", "\ufeffdateOp", 3, 0),
    ("banks/boursobank.csv", "\ufeffdateOp", 3, 6),
    ("mutuelle_2025-03_bom.csv", '\ufeff"Date des soins"', 1, 0),
    ("mutuelle_2025-03_bom.csv", '\ufeff"Date des soins"', 1, 3),
]


@pytest.mark.parametrize(
    ("name", "header_start", "row", "column"),
    HUGE_CELLS,
    ids=[
        "ameli-date",
        "ameli-amount",
        "bank-date",
        "bank-amount",
        "mutuelle-date",
        "mutuelle-amount",
    ],
)
def test_a_130_kb_cell_of_digits_is_refused_in_under_a_second(  # noqa: PLR0917 - parametrized
    household: AppContext, tmp_path: Path, name: str, header_start: str, row: int, column: int
) -> None:
    """The issue's slow input: a 100 000-digit cell took 233 s; read it, preview it, refuse it
    (a rejected row with its line, column and a short reason), in each reader."""
    import time

    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    sep = ";" if ";" in lines[header] else ","
    (cells,) = csv.reader([lines[header + row]], delimiter=sep)
    cells[column] = "1" * 100_000
    huge = io.StringIO()
    csv.writer(huge, delimiter=sep, lineterminator="").writerow(cells)
    lines[header + row] = huge.getvalue()
    path = tmp_path / "huge.csv"
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size > 100_000
    before = dump(household)
    options = ImportOptions(person_id=PeopleService(household).all()[0].id)
    started = time.perf_counter()
    service = ImportService(household)
    parsed = service.read(path)
    service.preview(parsed, options)
    result = service.import_parsed(parsed, options)
    assert time.perf_counter() - started < 1.0
    assert not result.written
    (rejected,) = parsed.rejections
    assert rejected.line == header + row + 1
    assert rejected.column
    assert len(rejected.reason) < 150
    assert dump(household) == before
