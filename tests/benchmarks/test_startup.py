"""Start-up to the painted main window, whole process, beside a bare PySide6 window (DESIGN.md 9).

Each round starts a fresh process with QT_QPA_PLATFORM=offscreen that quits at its first paint
(AMELI_DESKTOP_EXIT_AFTER_PAINT for the app); the median over the rounds is what we compare.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7

BARE_WINDOW = """
import sys
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

BARE_WINDOW_WITH_QUERY = BARE_WINDOW.replace(
    "app = QApplication(sys.argv[:1])",
    "import sqlmodel, sqlalchemy\n"
    "engine = sqlalchemy.create_engine('sqlite:///' + sys.argv[1])\n"
    "with engine.connect() as c: c.exec_driver_sql('SELECT count(*) FROM person').scalar()\n"
    "app = QApplication(sys.argv[:1])",
)


def env(data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMELI_DESKTOP_EXIT_AFTER_PAINT": "1",
        "AMELI_DESKTOP_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(ROOT),
    }


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder that already exists (the usual start: no migration, daily backup done)."""
    folder = tmp_path_factory.mktemp("startup") / "data"
    subprocess.run(
        [sys.executable, "-m", "ameli_desktop", "people", "add", "--name", "Ana"],
        env=env(folder),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "ameli_desktop"], env=env(folder), check=True, capture_output=True
    )  # takes today's daily backup once, outside the timing
    return folder


def run(argv: list[str], data_dir: Path) -> None:
    subprocess.run(argv, env=env(data_dir), check=True, capture_output=True)


@pytest.mark.benchmark(group="startup")
def test_app_to_painted_window(benchmark, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    benchmark.pedantic(
        run,
        args=([sys.executable, "-m", "ameli_desktop"], data_dir),
        rounds=ROUNDS,
        warmup_rounds=1,
    )


@pytest.mark.benchmark(group="startup")
def test_baseline_bare_pyside6_window(benchmark, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    benchmark.pedantic(
        run, args=([sys.executable, "-c", BARE_WINDOW], data_dir), rounds=ROUNDS, warmup_rounds=1
    )


@pytest.mark.benchmark(group="startup")
def test_baseline_bare_window_sqlmodel_and_one_query(benchmark, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(data_dir / "ameli.db")
    benchmark.pedantic(
        run,
        args=([sys.executable, "-c", BARE_WINDOW_WITH_QUERY, db], data_dir),
        rounds=ROUNDS,
        warmup_rounds=1,
    )
