"""Backups never rotate the last good copy away; a full disk, a killed write, two starts and two
writers at once lose nothing and show a sentence (issue 17, items 2 and 5)."""

import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ameli_desktop.app_paths import DataPaths
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.storage import backups as backups_module
from ameli_desktop.storage import db as db_module
from ameli_desktop.storage.backups import KEEP, LAST_GOOD, create_backup, list_backups
from ameli_desktop.storage.db import DamagedDatabaseError, DatabaseError
from tests.db_dump import dump
from tests.hostile_data import damage, integrity

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
TODAY = date(2026, 11, 25)


def open_on(data_dir: Path, day: date) -> AppContext:
    return AppContext.open(data_dir, clock=FixedClock.on(day))


def household(data_dir: Path, people: int = 40) -> DataPaths:
    """A data folder with a day's backup, its data spread over several pages."""
    ctx = open_on(data_dir, TODAY)
    PeopleService(ctx).add_many([PersonDetails(f"Person {i:02d}") for i in range(people)])
    ctx.close()
    open_on(data_dir, TODAY + timedelta(days=1)).close()  # the daily backup of a good day
    return DataPaths(data_dir)


def regular(paths: DataPaths) -> list[str]:
    return [b.path.name for b in list_backups(paths) if not b.kept]


def test_damaged_data_is_not_backed_up_and_the_start_says_so(data_dir: Path) -> None:
    paths = household(data_dir)
    good = regular(paths)
    damage(paths.database)
    with pytest.raises(DamagedDatabaseError, match="damaged") as caught:
        open_on(data_dir, TODAY + timedelta(days=2))
    assert regular(paths) == good  # nothing copied, nothing pruned
    kept = caught.value.last_good
    assert kept is not None
    assert kept.parent == paths.backups / LAST_GOOD
    assert kept.name == good[0]
    assert integrity(kept) == "ok"
    assert str(kept) in str(caught.value)
    assert not list(paths.backups.glob("*.part*"))


def test_ten_days_of_damaged_data_keep_the_last_good_backup(data_dir: Path) -> None:
    """The issue's scenario: after ten daily starts every backup was damaged. Not any more."""
    paths = household(data_dir)
    good = regular(paths)
    damage(paths.database)
    for day in range(2, 12):
        with pytest.raises(DamagedDatabaseError):
            open_on(data_dir, TODAY + timedelta(days=day))
    assert regular(paths) == good
    assert all(integrity(b.path) == "ok" for b in list_backups(paths))


def test_the_backup_set_aside_survives_any_number_of_later_backups(data_dir: Path) -> None:
    paths = household(data_dir)
    damage(paths.database)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_on(data_dir, TODAY + timedelta(days=2))
    kept = caught.value.last_good
    assert kept is not None
    # The user restores it, then the app goes on for weeks of backups: it is still there.
    from ameli_desktop.services.backups import restore_before_opening

    restore_before_opening(paths, kept, datetime(2026, 11, 27, 8, tzinfo=UTC))
    ctx = open_on(data_dir, TODAY + timedelta(days=2))
    try:
        for minute in range(KEEP + 5):
            create_backup(paths, "manual", now=datetime(2026, 11, 27, 9, minute, tzinfo=UTC))
    finally:
        ctx.close()
    assert kept.exists()
    assert len(regular(paths)) == KEEP
    assert [b.path for b in list_backups(paths) if b.kept] == [kept]
    # ... and the damaged data the restore replaced was moved aside, not lost.
    assert list((paths.backups / "damaged").glob("*-damaged.db"))


def test_a_manual_backup_of_damaged_data_is_refused_with_a_sentence(ctx: AppContext) -> None:
    PeopleService(ctx).add_many([PersonDetails(f"P{i}") for i in range(40)])
    ctx.close()
    damage(ctx.paths.database)
    with pytest.raises(DamagedDatabaseError, match="no good backup to restore"):
        create_backup(ctx.paths, "manual")
    assert list_backups(ctx.paths) == []


# ------------------------------------------------------------------ a full disk
def run_cli(
    data_dir: Path, *args: str, file_size_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command in its own process; ``file_size_limit`` caps every file it writes
    (RLIMIT_FSIZE: a write past it fails as on a full disk)."""

    def limit() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "ameli_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=limit,
        check=False,
    )


def test_a_daily_backup_that_does_not_fit_is_skipped_and_people_list_still_works(
    data_dir: Path,
) -> None:
    paths = household(data_dir, people=200)
    size = paths.database.stat().st_size
    result = run_cli(data_dir, "--today", "2026-11-28", "people", "list", file_size_limit=size // 2)
    assert result.returncode == 0, result.stderr
    assert "Person 199" in result.stdout
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("ameli-desktop: warning: ")
    assert "backup" in warning
    assert "Traceback" not in result.stderr
    assert [b.reason for b in list_backups(paths)] == ["daily"]  # the good day's, alone
    assert not list(paths.backups.glob("*.part*"))


def test_a_write_that_cannot_be_made_fails_with_one_sentence(data_dir: Path) -> None:
    paths = household(data_dir, people=5)
    before = dump(paths.database)
    result = run_cli(
        data_dir, "--today", "2026-11-26", "people", "add", "--name", "Zoé", file_size_limit=1
    )
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("ameli-desktop: The disk refused to write or read ")
    assert dump(paths.database) == before


def test_too_little_free_space_skips_the_daily_backup_with_a_warning(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = household(data_dir)
    usage = shutil.disk_usage(paths.backups)
    # What the system reports for a nearly full disk: the data itself would not fit again.
    nearly_full = usage._replace(free=paths.database.stat().st_size // 2)
    monkeypatch.setattr(backups_module.shutil, "disk_usage", lambda _path: nearly_full)
    ctx = open_on(data_dir, TODAY + timedelta(days=2))
    try:
        (warning,) = ctx.warnings
        assert "not enough free space" in str(warning)
        assert len(PeopleService(ctx).all()) == 40  # the app opens and reads
    finally:
        ctx.close()


# ------------------------------------------------------------------ killed writes, two starts
def test_what_a_killed_write_left_is_removed_at_the_next_start(data_dir: Path) -> None:
    paths = household(data_dir)
    leftovers = [
        paths.backups / "ameli-20261126-080000-daily.part",
        paths.backups / "ameli-20261126-080000-daily.part-journal",
        Path(f"{paths.database}.restore"),
        Path(f"{paths.database}.restore-journal"),
        paths.attachments / f"{'c' * 64}.pdf.part",
    ]
    for path in leftovers:
        path.write_bytes(b"\x00" * 4096)
    keep = paths.attachments / f"{'d' * 64}.pdf"  # a real attachment is not a leftover
    keep.write_bytes(b"%PDF")
    open_on(data_dir, TODAY + timedelta(days=1)).close()
    assert [p for p in leftovers if p.exists()] == []
    assert keep.exists()


def test_a_killed_backup_leaves_only_what_the_next_start_removes(data_dir: Path) -> None:
    """kill -9 in the middle of a real backup copy, then start again."""
    paths = household(data_dir, people=3000)
    code = (
        "import sys; from pathlib import Path; from ameli_desktop.app_paths import DataPaths\n"
        "from ameli_desktop.storage import backups as b\n"
        "orig = b._copy_database\n"
        "def slow(source, target):\n"
        "    import sqlite3, time\n"
        "    b.os.close(b.open_private(target, b.os.O_WRONLY | b.os.O_CREAT | b.os.O_EXCL))\n"
        "    src = sqlite3.connect(source); dst = sqlite3.connect(target)\n"
        "    src.backup(dst, pages=1, progress=lambda *a: (print('copying', flush=True), "
        "time.sleep(60)))\n"
        "b._copy_database = slow\n"
        "b.create_backup(DataPaths(Path(sys.argv[1])), 'manual')\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "copying"
        assert list(paths.backups.glob("*.part*"))
    finally:
        process.kill()
        process.wait()
        process.stdout.close()  # type: ignore[union-attr]
    open_on(data_dir, TODAY + timedelta(days=1)).close()
    assert not list(paths.backups.glob("*.part*"))
    assert all(integrity(b.path) == "ok" for b in list_backups(paths))


def test_two_starts_at_once_take_one_daily_backup_without_an_error(data_dir: Path) -> None:
    paths = household(data_dir, people=500)
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "ameli_desktop", "--data-dir", str(data_dir), "--today",
             "2026-11-30", "people", "list", "--json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(4)
    ]  # fmt: skip
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in starts]
    assert results == [(0, "")] * 4
    days = [b.taken_at.date() for b in list_backups(paths) if b.reason == "daily"]
    assert days.count(date(2026, 11, 30)) == 1


# ------------------------------------------------------------------ two writers
def hold_write_lock(db: Path, seconds: float) -> threading.Thread:
    """Another writer (a second window's import) holding the database for ``seconds``."""
    holding = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(5)
    return thread


def test_a_second_import_waits_for_the_first(ctx: AppContext) -> None:
    thread = hold_write_lock(ctx.paths.database, 0.5)
    try:
        result = ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    finally:
        thread.join()
    assert result.imported > 0


def test_a_second_import_that_waits_too_long_says_so_and_writes_nothing(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.close()
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)  # the wait, shortened for the test
    before = dump(ctx)
    thread = hold_write_lock(ctx.paths.database, 2)
    try:
        with pytest.raises(DatabaseError, match="busy with another change"):
            ImportService(ctx).import_file(DATA / "ameli_2025-01.csv", ImportOptions())
    finally:
        thread.join()
    assert dump(ctx) == before


def test_the_first_error_of_a_failed_write_is_the_one_reported(ctx: AppContext) -> None:
    """The rollback after a failure can fail too (the connection is gone): the user sees why the
    write failed, not SQLAlchemy's text about a closed transaction."""

    class RefusedError(Exception):
        pass

    def failing_write() -> None:
        with ctx.write() as session:
            session.connection().connection.dbapi_connection.close()  # type: ignore[union-attr]
            raise RefusedError

    with pytest.raises(RefusedError):
        failing_write()


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_backups_are_owner_only_even_under_a_permissive_umask(ctx: AppContext) -> None:
    PeopleService(ctx).add(PersonDetails("Ana"))
    old = os.umask(0)
    try:
        made = BackupService(ctx).backup_now()
        copy = BackupService(ctx).backup_now(ctx.paths.root.parent / "out" / "copy.db")
    finally:
        os.umask(old)
    assert made.stat().st_mode & 0o777 == 0o600
    assert copy.stat().st_mode & 0o777 == 0o600


def _disk_full_after_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up in the middle of an import: after its batch row, before its lines
    (SQLite's page limit, set on the import's own connection, is a full disk to SQLite)."""
    from ameli_desktop.services import statement_import

    write_payments = statement_import._write_payments

    def then_full(connection: object, *args: object) -> object:
        (pages,) = connection.exec_driver_sql("PRAGMA page_count").fetchone()  # type: ignore[attr-defined]
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]
        return write_payments(connection, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(statement_import, "_write_payments", then_full)


def many_lines(folder: Path) -> Path:
    """ameli_2025-01.csv with its lines repeated (kept: identical lines of one file all count),
    enough to need new pages."""
    lines = (DATA / "ameli_2025-01.csv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Date des soins"))
    path = folder / "many.csv"
    path.write_text("\n".join([*lines[: header + 1], *lines[header + 1 :] * 300]) + "\n")
    return path


def test_a_database_error_inside_an_import_is_its_first_error_in_a_sentence(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 17: the finally that restores the page cache hid the error with SQLAlchemy's text
    ("Can't operate on closed transaction..."); the user must see the disk is full."""
    PeopleService(ctx).add(PersonDetails("Zoé Lebrun"))
    before = dump(ctx)
    _disk_full_after_the_batch(monkeypatch)
    with pytest.raises(DatabaseError) as caught:
        ImportService(ctx).import_file(many_lines(tmp_path), ImportOptions(skip_bad=True))
    message = str(caught.value)
    assert message.startswith(f"The disk that holds {ctx.paths.database} is full"), message
    assert "\n" not in message
    assert "transaction" not in message
    assert "INSERT" not in message
    ctx.close()
    assert dump(ctx) == before


def test_the_cli_reports_a_full_disk_inside_an_import_as_one_sentence(
    run_cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Zoé Lebrun")[0] == 0
    _disk_full_after_the_batch(monkeypatch)
    code, out, err = run_cli("import", str(many_lines(tmp_path)), "--skip-bad")
    assert (code, out) == (1, "")
    (line,) = err.splitlines()
    assert line.startswith("ameli-desktop: The disk that holds ")
    assert line.endswith("try again.")
    monkeypatch.undo()
    code, out, _ = run_cli("reimbursements", "summary", "--json")
    assert code == 0
    assert '"lines": 0' in out


def test_simultaneous_imports_each_wait_their_turn_or_say_one_is_running(data_dir: Path) -> None:
    """Issue 17: 7 of 8 simultaneous imports showed SQLAlchemy's text with the SQL. Each import
    now waits for the one writing (BEGIN IMMEDIATE, busy timeout) or says one is running."""
    open_on(data_dir, TODAY).close()
    files = ["ameli_2025-01.csv", "ameli_2025-01-02_cp1252.csv", "mutuelle_2025-03_bom.csv"]
    imports = [
        subprocess.Popen(
            [sys.executable, "-m", "ameli_desktop", "--data-dir", str(data_dir), "--today",
             "2026-11-25", "import", str(DATA / name), "--skip-bad", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in [*files, *files]
    ]  # fmt: skip
    results = [(p.wait(timeout=180), *p.communicate()) for p in imports]
    for code, _out, err in results:
        assert not {"Traceback", "SQL", "transaction"} & set(err.split()), err
        if code != 0:
            assert code == 1
            (line,) = err.splitlines()
            assert "busy with another change" in line, line
    assert any(code == 0 for code, _, _ in results)
    ctx = open_on(data_dir, TODAY)
    try:
        with ctx.engine.connect() as connection:
            (batches,) = connection.exec_driver_sql("SELECT count(*) FROM import_batch").one()
    finally:
        ctx.close()
    assert 1 <= batches <= len(files)  # a file imported twice adds nothing the second time
