"""Layouts that hold at 1024 x 700, 1280 x 720 and 150 %, in English and French: every tab and
dialog with the example household, checked by tests/layout_check.py (nothing printed over
anything else, no text cut, nothing larger than the screen).

Each size and scale runs in a process of its own (Qt's scale is set before it starts). When a run
finds a problem, its screenshots are kept in ``layout-screenshots/`` beside the test's temporary
folder, and the failure says where.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tests.layout_check import overlaps, texts_cut

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = [
    ("1024x700", 1.0, "en"),
    ("1024x700", 1.0, "fr"),
    ("1280x720", 1.0, "en"),
    ("1280x720", 1.0, "fr"),
    ("1280x720", 1.5, "en"),
    ("1280x720", 1.5, "fr"),
]


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("size", "scale", "language"), CONFIGS)
def test_every_tab_and_dialog_holds(
    size: str, scale: float, language: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    shots = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.layout_check",
            "--size",
            size,
            "--scale",
            str(scale),
            "--language",
            language,
            "--out",
            str(shots),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    problems = json.loads(done.stdout)
    names = {p.name for p in shots.glob("*.png")}
    assert {"tab-overview.png", "tab-travel_log.png", "first-run.png", "appointment.png"} <= names
    assert {"import-who-is-this.png", "import-releve-pdf.png", "merge-people.png"} <= names
    if problems:
        keep = tmp_path_factory.getbasetemp() / "layout-screenshots" / f"{language}-{size}@{scale}"
        shutil.copytree(shots, keep, dirs_exist_ok=True)
        lines = "\n".join(f"{p['view']}: {p['widget']}: {p['problem']}" for p in problems)
        pytest.fail(f"{len(problems)} layout problems (screenshots in {keep}):\n{lines}")


# ---------------------------------------------------------------------- the checks can fail
def test_a_widget_drawn_over_another_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two labels in a layout squeezed below its minimum: Qt draws them over each other."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    for text in ("First paragraph " * 10, "Second paragraph " * 10):
        label = QLabel(text)
        label.setMinimumHeight(80)
        layout.addWidget(label)
    qtbot.addWidget(window)
    window.resize(300, 60)
    window.show()
    qtbot.waitExposed(window)
    found = [problem for _widget, problem in overlaps(window)]
    assert any("printed over" in p for p in found), found
    assert any("sticks out" in p for p in found), found


def shown(qtbot, widgets: list[QWidget], width: int, height: int) -> QWidget:  # type: ignore[no-untyped-def]
    """The widgets side by side in a window too narrow for them."""
    window = QWidget()
    row = QHBoxLayout(window)
    row.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)
    for widget in widgets:
        row.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_cut_text_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("A label far longer than the room it is given")
    button = QPushButton("A button with a long text")
    box = QGroupBox("A group box whose title is long")
    for widget in (label, button, box):
        widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    window = shown(qtbot, [label, button, box], 320, 120)
    cut = {type(widget).__name__ for widget, _problem in texts_cut(window)}
    assert cut == {"QLabel", "QPushButton", "QGroupBox"}


def test_a_wrapped_text_cut_at_the_bottom_is_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    wrapped = QLabel("words " * 60)
    wrapped.setWordWrap(True)
    wrapped.setFixedHeight(20)
    window = shown(qtbot, [wrapped], 300, 60)
    assert [problem.split(" needs")[0] for _w, problem in texts_cut(window)] == ["wrapped text"]
