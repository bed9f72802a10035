"""The garbage collector is off while the app starts, then what the start made is frozen and the
collector is back on (ameli_desktop/startup.py, DESIGN.md 9)."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ameli_desktop import startup
from ameli_desktop.cli import main as cli_main


@pytest.fixture
def collector() -> Iterator[None]:
    """Puts the test process's collector back as it was (on, nothing frozen by the test)."""
    frozen = gc.get_freeze_count()
    yield
    startup.started()
    gc.enable()
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_started_freezes_what_the_start_made_and_collects_again(collector: None) -> None:
    startup.starting()
    assert not gc.isenabled()
    assert startup.is_starting()
    made = [[object()] for _ in range(1000)]
    startup.started()
    assert gc.isenabled()
    assert not startup.is_starting()
    assert gc.get_freeze_count() >= len(made)
    frozen = gc.get_freeze_count()
    startup.started()  # once only
    assert gc.get_freeze_count() == frozen


def test_started_does_nothing_where_the_start_did_not_pause_the_collector(
    collector: None,
) -> None:
    frozen = gc.get_freeze_count()
    startup.started()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_a_command_collects_again_once_its_modules_are_imported(
    collector: None, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    startup.starting()
    assert cli_main(["--data-dir", str(data_dir), "people", "list"]) == 0
    assert gc.isenabled()
    assert not startup.is_starting()
