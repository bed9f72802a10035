"""The window's start with data that is damaged, read-only, or whose daily backup does not fit;
restoring a hostile backup and opening a hostile attachment from the window (issue 17)."""

import os
import resource
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.attachments import AttachmentService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.storage.backups import list_backups
from ameli_desktop.storage.db import DamagedDatabaseError
from ameli_desktop.ui import messages
from ameli_desktop.ui.app import build_main_window, open_data, open_settings
from tests.db_dump import dump
from tests.hostile_data import assert_cannot_write, damage, edit, unwritable

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)


def damaged_household(data_dir: Path) -> DataPaths:
    """Forty people, a good day's backup, then damaged pages."""
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add_many([PersonDetails(f"Person {i:02d}") for i in range(40)])
    ctx.close()
    AppContext.open(data_dir, clock=FixedClock.on(TODAY + timedelta(days=1))).close()
    paths = DataPaths(data_dir)
    damage(paths.database)
    return paths


def test_damaged_data_offers_the_last_good_backup_and_restores_it(
    data_dir: Path, qtbot, no_prompts, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    paths = damaged_household(data_dir)
    asked: list[tuple[str, str]] = []

    def agree(_parent: object, title: str, text: str, **_kw: object) -> bool:
        asked.append((title, text))
        return True

    monkeypatch.setattr(messages, "confirm", agree)
    ctx = open_data(paths, FixedClock.on(TODAY + timedelta(days=2)), offer_backup=True)
    try:
        ((title, text),) = asked
        assert title == "Damaged data"
        assert "is damaged" in text
        assert "Restore the last good backup, ameli-20261126-" in text
        assert len(PeopleService(ctx).all()) == 40
        window = build_main_window(ctx, open_settings(ctx.paths))
        qtbot.addWidget(window)
    finally:
        ctx.close()
    assert list((paths.backups / "damaged").glob("*-damaged.db"))


def test_declining_the_offer_changes_nothing(
    data_dir: Path, qtbot, no_prompts, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    paths = damaged_household(data_dir)
    before = paths.database.read_bytes()
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: False)
    with pytest.raises(DamagedDatabaseError):
        open_data(paths, FixedClock.on(TODAY + timedelta(days=2)), offer_backup=True)
    assert paths.database.read_bytes() == before


def start_window(
    data_dir: Path, *, file_size_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `ameli-desktop` start, offscreen, quitting once the window is painted."""

    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMELI_DESKTOP_EXIT_AFTER_PAINT": "1",
        "AMELI_DESKTOP_DATA_DIR": str(data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "ameli_desktop", "--today", "2026-11-28"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=limit,
        check=False,
    )


def test_a_headless_start_on_damaged_data_names_the_backup_to_restore(data_dir: Path) -> None:
    damaged_household(data_dir)
    result = start_window(data_dir)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "is damaged" in line
    assert "ameli-desktop restore " in line
    assert "Traceback" not in result.stderr


def test_the_window_opens_when_the_daily_backup_does_not_fit(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add_many([PersonDetails(f"Person {i:03d}") for i in range(200)])
    ctx.close()
    size = DataPaths(data_dir).database.stat().st_size
    result = start_window(data_dir, file_size_limit=size // 2)
    assert result.returncode == 0, result.stderr
    assert "ameli-desktop: warning: The backup to " in result.stderr
    assert list_backups(DataPaths(data_dir)) == []


def test_a_read_only_folder_opens_with_its_reason(
    data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    AppContext.open(data_dir, clock=FixedClock.on(TODAY)).close()
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warned.append((title, text)))
    with unwritable(data_dir):
        assert_cannot_write(data_dir)
        ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
        try:
            window = build_main_window(ctx, open_settings(ctx.paths))
            qtbot.addWidget(window)
            qtbot.waitUntil(lambda: bool(warned))
            ((title, text),) = warned
            assert title == "Read-only data"
            assert text.startswith(f"The data folder {data_dir} is read-only")
            label = window.findChild(type(window.folder_label), "readOnlyLabel")
            assert label.toolTip() == text
            assert not window.import_action.isEnabled()
            assert not window.backup_action.isEnabled()
            window.close()
        finally:
            ctx.close()


def test_restoring_a_hostile_backup_from_the_window_changes_nothing(
    main_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ctx = main_window.ui.ctx
    PeopleService(ctx).add(PersonDetails("Ana"))
    hostile = tmp_path / "hostile.db"
    from ameli_desktop.services.backups import BackupService

    BackupService(ctx).backup_now(hostile)
    edit(hostile, "CREATE TRIGGER wipe AFTER INSERT ON claim BEGIN DELETE FROM person; END")
    before = dump(ctx)
    errors: list[str] = []
    monkeypatch.setattr(messages, "open_file", lambda *_a, **_k: hostile)
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(messages, "error", lambda _p, _title, exc: errors.append(str(exc)))
    main_window.restore_action.trigger()
    (error,) = errors
    assert "trigger “wipe”" in error
    assert dump(ctx) == before


def test_the_open_button_refuses_an_attachment_outside_the_folder(
    ui_ctx, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.widgets.attachments import AttachmentsWidget

    ctx = ui_ctx.ctx
    person = PeopleService(ctx).add(PersonDetails("Ana"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    AttachmentService(ctx).add("person", person.id, scan)
    opened: list[Path] = []
    errors: list[str] = []
    monkeypatch.setattr(messages, "open_with_system", opened.append)
    monkeypatch.setattr(messages, "error", lambda _p, _t, exc: errors.append(str(exc)))
    widget = AttachmentsWidget(ui_ctx)
    qtbot.addWidget(widget)
    widget.set_owner("person", person.id)
    widget.list.setCurrentRow(0)
    widget.open_button.click()
    (good,) = opened
    assert good.parent == ctx.paths.attachments
    edit(ctx.paths.database, "UPDATE attachment SET sha256 = '/etc/shadow'")
    widget.reload()
    widget.list.setCurrentRow(0)
    widget.open_button.click()
    assert opened == [good]  # nothing more handed to the system
    (error,) = errors
    assert "not in the attachments folder" in error


def test_a_newer_apps_data_the_window_cannot_read_is_a_sentence(data_dir: Path) -> None:
    """A newer version renamed a table: read-only is not enough, the window says so and stops."""
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add(PersonDetails("Ana"))
    ctx.close()
    edit(
        DataPaths(data_dir).database,
        "UPDATE alembic_version SET version_num = '9999_from_the_future'",
        "ALTER TABLE appointment RENAME TO appointment_v2",
    )
    result = start_window(data_dir)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("ameli-desktop: The database ")
    assert "appointment" in line
