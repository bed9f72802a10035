"""Importing a 100 000-line statement as the user waits for it: ``ameli-desktop import FILE``, a
whole process, beside a script that reads the same file with ``csv`` and ``executemany``s its
rows into a table without indexes, also a whole process (DESIGN.md 9: <= 2x; issue 20, item 4).

The command's wait is all of it: the interpreter and the CLI starting, the data folder opened,
the file read, checked, matched to the household, de-duplicated and stored, and whatever the
import does after (settling bank payments, matching the lines to acts of care) before it says
how it went. The baseline is the least a program can do with the same rows: decode, split, insert
in one transaction, as they are. (test_import_speed.py measures the import in-process beside
inserts into the app's own indexed table: what is left there is our reading and checking.)

Each round starts both from fresh folders (copied outside the timing): the household's four
people, and an empty folder for the script. The two run in turn, round after round, so that a
busy moment of the machine falls on both alike; medians are compared. The sources are compiled
first, as installed (PYTHONDONTWRITEBYTECODE would otherwise compile them at every start).

Run: ``python -m pytest tests/benchmarks/test_import_process.py --benchmark-only``. With
``AMELI_DESKTOP_BENCH_BEFORE=DIR`` (a checkout of the code before a change, with its own ``.venv``)
the same command from there runs in every round too, for the "before" figure of the same run.
"""

import compileall
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ameli_desktop.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7
LINES = 100_000
GOAL = 2.0
# The wall ratio measured here: 4.4x to 5.7x before issue 20's first changes, 3.6x to 4.3x after
# them; 8.5x to 8.7x once issue 19 built the acts of care at each import; 6.7x to 7.1x since the
# acts' refresh skips what a one-document import cannot change (the machine's other core busy).
REGRESSION_GUARD = 8.0
BEFORE_ENV = "AMELI_DESKTOP_BENCH_BEFORE"
TODAY = "2026-11-25"
PEOPLE = (
    ("Paul Lebrun", "1984-03-02", "holder"),
    ("Zoé Lebrun", "1986-07-14", "partner"),
    ("Léo Lebrun", "2014-12-20", "child"),
    ("Éloïse Martin", "2009-05-30", "other"),
)
# The least a program does with the rows: the file decoded, split by ``csv``, inserted as they
# are into a table with no index, in one transaction; a whole process, as the command is.
BASELINE = """
import csv, io, sqlite3, sys
with open(sys.argv[1], encoding="cp1252", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
connection = sqlite3.connect(sys.argv[2], isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=NORMAL")
connection.execute("CREATE TABLE line (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)")
connection.execute("BEGIN")
connection.executemany("INSERT INTO line VALUES (?,?,?,?,?,?,?,?,?,?)", rows[1:])
connection.execute("COMMIT")
connection.close()
"""


def stored_lines(data_dir: Path) -> int:
    connection = sqlite3.connect(data_dir / "ameli.db")
    try:
        return int(connection.execute("SELECT count(*) FROM reimbursement_line").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture(scope="module")
def household(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the four people the statement names, and nothing else."""
    folder = tmp_path_factory.mktemp("household") / "data"
    for name, born, role in PEOPLE:
        command = ["people", "add", "--name", name, "--born", born, "--role", role]
        assert cli_main(["--data-dir", str(folder), "--today", TODAY, *command]) == 0
    return folder


def before_tree() -> tuple[Path, str] | None:
    """The checkout named by AMELI_DESKTOP_BENCH_BEFORE and its interpreter, if any."""
    given = os.environ.get(BEFORE_ENV)
    if not given:
        return None
    root = Path(given).resolve()
    assert (root / "ameli_desktop").is_dir(), f"{BEFORE_ENV}={given} is not a checkout"
    python = root / ".venv" / "bin" / "python"
    return root, str(python) if python.exists() else sys.executable


def timed(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Seconds a process takes, and its processor seconds (user + system: steadier than the
    wall time on a loaded machine); run in ``cwd``, the checkout whose code ``python -m``
    imports (the working folder comes first on its path, before PYTHONPATH)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.returncode == 0, result.stderr[-3000:]
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu


def medians(timings: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


@pytest.mark.timeout(3600)
@pytest.mark.benchmark(group="import-process")
def test_the_import_command_beside_csv_and_executemany(  # type: ignore[no-untyped-def]
    benchmark: Any,
    statement_100k: bytes,
    household: Path,
    tmp_path_factory: pytest.TempPathFactory,
    design_figures: list[str],
) -> None:
    assert compileall.compile_dir(ROOT / "ameli_desktop", quiet=1)
    folder = tmp_path_factory.mktemp("import-process")
    statement = folder / "releve-100000.csv"
    statement.write_bytes(statement_100k)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("AMELI_DESKTOP_DATA_DIR", None)
    before = before_tree()
    if before is not None:
        assert compileall.compile_dir(before[0] / "ameli_desktop", quiet=1)
    ours: list[tuple[float, float]] = []
    baseline: list[tuple[float, float]] = []
    earlier: list[tuple[float, float]] = []
    rounds = iter(range(ROUNDS + 1))

    def import_command(
        python: str, data: Path, env: dict[str, str], cwd: Path = ROOT
    ) -> tuple[float, float]:
        shutil.copytree(household, data)
        argv = [python, "-m", "ameli_desktop", "--data-dir", str(data), "--today", TODAY]
        seconds = timed([*argv, "import", str(statement)], env, cwd)
        assert stored_lines(data) == LINES
        shutil.rmtree(data)
        return seconds

    def one_round() -> None:
        n = next(rounds)
        ours.append(import_command(sys.executable, folder / f"data-{n}", env))
        script_db = folder / f"script-{n}.db"
        baseline.append(
            timed([sys.executable, "-c", BASELINE, str(statement), str(script_db)], env)
        )
        script_db.unlink()
        if before is not None:
            before_env = {**env, "PYTHONPATH": str(before[0])}
            earlier.append(import_command(before[1], folder / f"before-{n}", before_env, before[0]))

    one_round()  # warm-up: file caches
    for timings in (ours, baseline, earlier):
        timings.clear()
    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)

    (ours_s, ours_cpu), (baseline_s, baseline_cpu) = medians(ours), medians(baseline)
    ratio = ours_s / baseline_s
    benchmark.extra_info.update(
        ours_median_s=round(ours_s, 3),
        baseline_median_s=round(baseline_s, 3),
        ratio=round(ratio, 2),
        cpu_ratio=round(ours_cpu / baseline_cpu, 2),
    )
    verdict = "met" if ratio <= GOAL else "MISSED"
    design_figures.append(
        f"Import of {LINES:,} lines as a whole process (median of {ROUNDS}; goal <= {GOAL}x): "
        f"`ameli-desktop import` {ours_s:.2f} s, csv + executemany script {baseline_s:.2f} s: "
        f"{ratio:.2f}x  goal: {verdict}  (CPU {ours_cpu:.2f} s against {baseline_cpu:.2f} s: "
        f"{ours_cpu / baseline_cpu:.2f}x)"
    )
    if earlier:
        earlier_s, earlier_cpu = medians(earlier)
        benchmark.extra_info.update(before_median_s=round(earlier_s, 3))
        design_figures.append(
            f"  the same command from {before[0] if before else ''} (the code before): "
            f"{earlier_s:.2f} s: {earlier_s / baseline_s:.2f}x  (CPU {earlier_cpu:.2f} s: "
            f"{earlier_cpu / baseline_cpu:.2f}x)"
        )
    # DESIGN.md 9's goal (<= 2x) is missed (issue 20: 2.73x measured alone then; see
    # REGRESSION_GUARD for what this benchmark measured since): not asserted. This keeps what was
    # gained.
    assert ratio <= REGRESSION_GUARD
