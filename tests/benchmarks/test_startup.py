"""Start-up time and resident memory, whole processes, beside bare PySide6 baselines measured in
the same run (DESIGN.md 9; issue 8, part 6).

Start-up: the packaged app (the PyInstaller bundle) and the source app, over a household with
50 000 stored reimbursement lines, each to its painted Overview, beside a bare PySide6 window and
a bare window + ``import sqlmodel`` + one query. Goal: <= 1.3x of the latter. The window builds
the tab on screen first and the other tabs just after its first paint: the time until every tab
is built (their counts in the tab bar) is shown too.

Memory: the peak resident set with 1 000 000 stored lines and the Reimbursements table open (its
first page painted, its totals added up, the other tabs built), beside a bare PySide6 window.
Goal: + < 150 MiB.

Every process starts fresh with QT_QPA_PLATFORM=offscreen and quits at its first paint, or once
every tab is built (AMELI_DESKTOP_EXIT_AFTER_PAINT=1 or =settled; AMELI_DESKTOP_START_TAB picks
the tab, and the log line each start writes is checked for it). The variants run in turn, round
after round, so that a busy moment of the machine falls on all of them alike; medians are
compared. Peak RSS is the kernel's ru_maxrss of each process (``os.wait4`` in a small starter).

- The data: the household and the first 50 000 lines go in through the CLI (``import`` of a
  generated ameli statement, tests/benchmarks/conftest.py), as a user's would; the million is
  those lines copied in bulk with SQL (the import is measured on its own elsewhere).
- The bundle: AMELI_DESKTOP_BUNDLE, else packaging/dist/ameli-desktop/ameli-desktop, built with
  packaging/build.py when missing or older than the sources (about a minute).
- The source app runs compiled (compileall first), as installed: under PYTHONDONTWRITEBYTECODE it
  would otherwise compile its hundred modules at every start.
- The baseline imports sqlmodel and queries before it imports Qt, the order the app starts in
  (ameli_desktop.__main__.load_data_layer: PySide6's import hook reads the source of every module
  imported after it); the same script with Qt imported first is shown too.

With ``AMELI_DESKTOP_BENCH_BEFORE=DIR`` (a checkout of the code before a change, with its own
``.venv``) the source app from there runs in every round too, for the "before" figures of the
same run (start-up only; the bundle is this checkout's).

Run: ``python -m pytest tests/benchmarks/test_startup.py --benchmark-only`` (about 2 minutes,
plus the bundle's build when needed); the figures are printed at the end of the run.
"""

import compileall
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ameli_desktop.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-25"
LINES = 50_000
MILLION = 1_000_000
ROUNDS = 9
MEMORY_ROUNDS = 3
STARTUP_GOAL = 1.3
MEMORY_GOAL_MIB = 150
BUNDLE_ENV = "AMELI_DESKTOP_BUNDLE"
BEFORE_ENV = "AMELI_DESKTOP_BENCH_BEFORE"
DEFAULT_BUNDLE = ROOT / "packaging" / "dist" / "ameli-desktop" / "ameli-desktop"
BUNDLE_INPUTS = (
    ROOT / "ameli_desktop",
    ROOT / "resources",
    ROOT / "packaging" / "ameli-desktop.spec",
    ROOT / "packaging" / "launcher.py",
)

QUIT_AT_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1100, 720)
f = Quit(); w.installEventFilter(f); w.show()
sys.exit(app.exec())
"""
ONE_QUERY = """
import sqlmodel, sqlalchemy
engine = sqlalchemy.create_engine('sqlite:///' + sys.argv[1])
with engine.connect() as c: c.exec_driver_sql('SELECT count(*) FROM person').scalar()
"""
BARE_WINDOW = "import sys\n" + QUIT_AT_FIRST_PAINT
BARE_WINDOW_WITH_QUERY = "import sys\n" + ONE_QUERY + QUIT_AT_FIRST_PAINT
QT_FIRST_WITH_QUERY = "import sys\nimport PySide6.QtWidgets\n" + ONE_QUERY + QUIT_AT_FIRST_PAINT

# A household whose Overview has something in every area on TODAY: a CEAM expiring before a
# trip, an overdue carte Vitale order, this week's appointment and one without its outcome, an
# overdue claim, a non-EU member's Schengen days; then ten years of statements, 50 000 lines.
HOUSEHOLD = (
    ("people", "add", "--name", "Paul Lebrun", "--born", "1984-03-02", "--role", "holder"),
    ("people", "add", "--name", "Zoé Lebrun", "--born", "1986-07-14", "--role", "partner"),
    ("people", "add", "--name", "Léo Lebrun", "--born", "2014-12-20", "--role", "child"),
    ("people", "add", "--name", "Éloïse Martin", "--born", "2009-05-30", "--role", "other"),
    ("ceam", "set", "--person", "Paul", "--issued", "2024-12-20", "--expires", "2026-12-20"),
    ("ceam", "set", "--person", "Zoé", "--issued", "2025-06-01"),
    ("trips", "add", "--traveller", "Paul", "--traveller", "Zoé", "--traveller", "Léo",
     "--country", "ES", "--depart", "2026-12-22", "--return", "2027-01-03"),
    ("travel", "profile", "--person", "Éloïse", "--nationality", "other"),
    ("travel", "add", "--person", "Éloïse", "--entry", "2026-09-20", "--country", "FR"),
    ("appointments", "add", "--person", "Paul", "--at", "2026-11-27 10:30", "--reason",
     "Arrêt de travail prolongé", "--category", "sick_leave", "--channel", "phone", "--place",
     "01 02 03 04 05"),
    ("appointments", "add", "--person", "Zoé", "--at", "2026-11-18 14:00", "--reason",
     "Inscription de Léo", "--category", "registration", "--channel", "office", "--place",
     "CPAM, 2 rue de la Paix"),
    ("vitale", "order", "--person", "Léo", "--on", "2026-08-01", "--channel", "online"),
    ("claims", "add", "--person", "Zoé", "--kind", "care", "--sent", "2026-09-01",
     "--expected-by", "2026-10-15", "--care-date", "2026-08-28", "--amount", "30,00"),
)  # fmt: skip
LINE_COLUMNS = (
    "person_id, batch_id, line_date, care_date, payment_date, nature, practitioner, paid_cents, "
    "base_cents, rate_percent, reimbursed_cents, complementary_cents, deductions_cents, "
    "third_party, insurer, source_line"
)
COPY_LINES = (  # a copy of the first lines, each with its own fingerprint
    f"INSERT INTO reimbursement_line ({LINE_COLUMNS}, fingerprint) "  # noqa: S608 - constants
    f"SELECT {LINE_COLUMNS}, substr(fingerprint, 1, 28) || printf('%04d', ?) "
    "FROM reimbursement_line WHERE id <= ?"
)
STARTED = re.compile(r"started .* with .*, (\w+) tab open")
# AMELI_DESKTOP_EXIT_AFTER_PAINT: quit at the first paint, or once every tab is built too (the
# window builds the tab on screen first, the others just after that paint).
PAINTED = "1"
SETTLED = "settled"
BASELINE = "bare window + sqlmodel + one query (baseline)"


# ---------------------------------------------------------------- processes
# Each measured program is started by a small process of its own, which times it and reads its
# peak RSS: forked from pytest, the program would inherit pytest's high-water mark through exec.
MEASURE = """
import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execv(sys.argv[1], sys.argv[1:])
_pid, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@dataclass
class Process:
    """One way of starting a process, and what its runs measured."""

    argv: list[str]
    env: dict[str, str]
    cwd: Path = ROOT  # ``python -m`` imports from the working folder first: the checkout's own
    seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)

    def run(self) -> None:
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, *self.argv],
            env=self.env,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(
                f"{self.argv[:2]} exited with {result.returncode}:\n{result.stderr[-3000:]}"
            )
        seconds, peak_kib, cpu_seconds = result.stdout.split()
        self.seconds.append(float(seconds))
        self.peak_kib.append(int(peak_kib))  # KiB on Linux
        self.cpu_seconds.append(float(cpu_seconds))

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def median_cpu_ms(self) -> float:
        """The processor time the process used (user + system): what a loaded machine's waits
        leave out, so the steadier comparison when others run."""
        return statistics.median(self.cpu_seconds) * 1000

    @property
    def median_mib(self) -> float:
        return statistics.median(self.peak_kib) / 1024


def in_turn(processes: dict[str, Process]) -> Callable[[], None]:
    def one_round() -> None:
        for process in processes.values():
            process.run()

    return one_round


def environment(data_dir: Path, tab: str, exit_when: str) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMELI_DESKTOP_EXIT_AFTER_PAINT": exit_when,
        "AMELI_DESKTOP_START_TAB": tab,
        "AMELI_DESKTOP_DATA_DIR": str(data_dir),
    }
    env.pop("PYTHONPATH", None)  # set for the source app only: the bundle must use its own
    return env


def source_app(data_dir: Path, tab: str, exit_when: str = PAINTED) -> Process:
    env = {**environment(data_dir, tab, exit_when), "PYTHONPATH": str(ROOT)}
    return Process([sys.executable, "-m", "ameli_desktop", "--today", TODAY], env)


def before_app(data_dir: Path, tab: str, exit_when: str = PAINTED) -> Process | None:
    """The source app of the checkout named by AMELI_DESKTOP_BENCH_BEFORE (None without it)."""
    given = os.environ.get(BEFORE_ENV)
    if not given:
        return None
    root = Path(given).resolve()
    assert (root / "ameli_desktop").is_dir(), f"{BEFORE_ENV}={given} is not a checkout"
    assert compileall.compile_dir(root / "ameli_desktop", quiet=1)
    python = root / ".venv" / "bin" / "python"
    env = {**environment(data_dir, tab, exit_when), "PYTHONPATH": str(root)}
    argv = [str(python) if python.exists() else sys.executable, "-m", "ameli_desktop"]
    return Process([*argv, "--today", TODAY], env, cwd=root)


def packaged_app(bundle: Path, data_dir: Path, tab: str, exit_when: str = PAINTED) -> Process:
    return Process([str(bundle), "--today", TODAY], environment(data_dir, tab, exit_when))


def script(code: str, data_dir: Path) -> Process:
    argv = [sys.executable, "-c", code, str(data_dir / "ameli.db")]
    return Process(argv, environment(data_dir, "overview", PAINTED))


def tabs_started(data_dir: Path) -> list[str]:
    log = data_dir / "logs" / "ameli-desktop.log"
    return STARTED.findall(log.read_text(encoding="utf-8")) if log.exists() else []


def forget_log(data_dir: Path) -> None:
    (data_dir / "logs" / "ameli-desktop.log").unlink(missing_ok=True)


# ---------------------------------------------------------------- fixtures
def stored_lines(data_dir: Path) -> int:
    connection = sqlite3.connect(data_dir / "ameli.db")
    try:
        return int(connection.execute("SELECT count(*) FROM reimbursement_line").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture(scope="module")
def compiled_sources() -> None:
    """The source app as installed: its modules compiled once, not at every start."""
    assert compileall.compile_dir(ROOT / "ameli_desktop", quiet=1)


def newest_input() -> float:
    newest = 0.0
    for path in BUNDLE_INPUTS:
        files = path.rglob("*") if path.is_dir() else [path]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get(BUNDLE_ENV)
    if given:
        assert Path(given).is_file(), f"{BUNDLE_ENV}={given} is not a file"
        return Path(given)
    if not DEFAULT_BUNDLE.exists() or DEFAULT_BUNDLE.stat().st_mtime < newest_input():
        built = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py")],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        assert built.returncode == 0, built.stderr[-3000:]
    return DEFAULT_BUNDLE


@pytest.fixture(scope="module")
def household(statement_50k: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the HOUSEHOLD and 50 000 lines imported from an ameli statement."""
    folder = tmp_path_factory.mktemp("startup") / "data"
    statement = folder.parent / "releve-50000.csv"
    statement.write_bytes(statement_50k)
    for command in (*HOUSEHOLD, ("import", str(statement))):
        code = cli_main(["--data-dir", str(folder), "--today", TODAY, *command])
        assert code == 0, command
    assert stored_lines(folder) == LINES
    return folder


@pytest.fixture(scope="module")
def million(household: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same household with its lines copied in bulk up to 1 000 000 (new fingerprints)."""
    folder = tmp_path_factory.mktemp("million") / "data"
    shutil.copytree(household, folder)
    connection = sqlite3.connect(folder / "ameli.db", isolation_level=None)
    try:
        (imported,) = connection.execute("SELECT max(id) FROM reimbursement_line").fetchone()
        connection.execute("BEGIN")
        for copy in range(1, MILLION // LINES):
            connection.execute(COPY_LINES, (copy, imported))
        connection.execute("COMMIT")
        connection.execute("ANALYZE")  # as an import does (PRAGMA optimize)
    finally:
        connection.close()
    assert stored_lines(folder) == MILLION
    return folder


# ---------------------------------------------------------------- reporting
def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


# ---------------------------------------------------------------- start-up
@pytest.mark.timeout(1800)
@pytest.mark.benchmark(group="startup")
def test_startup_to_the_painted_overview_with_50000_lines(  # type: ignore[no-untyped-def]
    benchmark, household: Path, bundle: Path, compiled_sources: None, design_figures: list[str]
) -> None:
    processes = {
        "bare PySide6 window": script(BARE_WINDOW, household),
        BASELINE: script(BARE_WINDOW_WITH_QUERY, household),
        "  the same, Qt imported first": script(QT_FIRST_WITH_QUERY, household),
        "source app, Overview painted": source_app(household, "overview"),
        "packaged app, Overview painted": packaged_app(bundle, household, "overview"),
        "source app, every tab built": source_app(household, "overview", SETTLED),
        "packaged app, every tab built": packaged_app(bundle, household, "overview", SETTLED),
    }
    before_painted = before_app(household, "overview")
    before_settled = before_app(household, "overview", SETTLED)
    if before_painted is not None and before_settled is not None:
        processes["the code before, Overview painted"] = before_painted
        processes["the code before, every tab built"] = before_settled
    starts = sum(1 for name in processes if "app" in name or "before" in name)
    one_round = in_turn(processes)
    one_round()  # warm-up: file caches, the first start's own work (settings file)
    for process in processes.values():
        process.seconds.clear()
        process.peak_kib.clear()
        process.cpu_seconds.clear()
    forget_log(household)

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)

    assert tabs_started(household) == ["overview"] * (starts * ROUNDS)
    baseline = processes[BASELINE].median_ms
    ratios = {name: p.median_ms / baseline for name, p in processes.items()}
    baseline_cpu = processes[BASELINE].median_cpu_ms
    design_figures.append(
        f"Start-up with {LINES:,} lines (median of {ROUNDS}, whole processes; goal: the painted "
        f"Overview <= {STARTUP_GOAL}x of the baseline):"
    )
    for name, process in processes.items():
        goal = f"  goal: {verdict(ratios[name] <= STARTUP_GOAL)}" if "painted" in name else ""
        design_figures.append(
            f"  {name:<46} {process.median_ms:6.0f} ms  {ratios[name]:5.2f}x"
            f"  peak {process.median_mib:4.0f} MiB{goal}"
            f"  (CPU {process.median_cpu_ms:5.0f} ms: {process.median_cpu_ms / baseline_cpu:4.2f}x)"
        )
    benchmark.extra_info.update(
        {f"{name.strip()} median ms": round(p.median_ms, 1) for name, p in processes.items()}
    )
    benchmark.extra_info.update({f"{name} ratio": round(r, 2) for name, r in ratios.items()})
    # DESIGN.md 9's goal (<= 1.3x) is met on a quiet machine since issue 20 (1.0x to 1.15x from
    # source, 1.03x to 1.3x packaged) but not on a loaded one (up to 1.5x), where the baseline's
    # waits hide under the others' work: not asserted. These keep what was gained.
    assert ratios["source app, Overview painted"] <= 2.0
    assert ratios["packaged app, Overview painted"] <= 2.0


# ---------------------------------------------------------------- memory
@pytest.mark.timeout(1800)
@pytest.mark.benchmark(group="memory")
def test_memory_with_a_million_lines_and_the_table_open(  # type: ignore[no-untyped-def]
    benchmark, million: Path, bundle: Path, compiled_sources: None, design_figures: list[str]
) -> None:
    """Measured settled: the table's first page and totals shown, every other tab built."""
    processes = {
        "bare PySide6 window (baseline)": script(BARE_WINDOW, million),
        "source app": source_app(million, "reimbursements", SETTLED),
        "packaged app": packaged_app(bundle, million, "reimbursements", SETTLED),
    }
    one_round = in_turn(processes)
    one_round()  # warm-up: the page cache holds the database, as after any earlier use
    for process in processes.values():
        process.seconds.clear()
        process.peak_kib.clear()
        process.cpu_seconds.clear()
    forget_log(million)

    benchmark.pedantic(one_round, rounds=MEMORY_ROUNDS, iterations=1)

    assert tabs_started(million) == ["reimbursements"] * (2 * MEMORY_ROUNDS)
    bare = processes["bare PySide6 window (baseline)"].median_mib
    extra = {name: p.median_mib - bare for name, p in processes.items()}
    design_figures.append(
        f"Peak resident memory, {MILLION:,} lines, Reimbursements table open, every tab built "
        f"(median of {MEMORY_ROUNDS}; goal + < {MEMORY_GOAL_MIB} MiB over the baseline):"
    )
    for name, process in processes.items():
        goal = f"  goal: {verdict(extra[name] < MEMORY_GOAL_MIB)}" if "app" in name else ""
        design_figures.append(
            f"  {name:<46} {process.median_mib:4.0f} MiB  {extra[name]:+5.0f} MiB"
            f"  in {process.median_ms:5.0f} ms{goal}"
        )
    benchmark.extra_info.update(
        bare_mib=round(bare, 1),
        source_extra_mib=round(extra["source app"], 1),
        packaged_extra_mib=round(extra["packaged app"], 1),
    )
    assert extra["source app"] < MEMORY_GOAL_MIB
    assert extra["packaged app"] < MEMORY_GOAL_MIB
