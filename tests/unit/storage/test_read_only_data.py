"""Read-only data opens read-only with a sentence, and its permissions are never touched (issue 17,
item 4).

Two kinds of read-only: a folder whose owner took the write permission away (chmod), and one that
truly cannot be written whatever the bits say (a read-only disk). The first is honoured even by
root, who could write anyway; the second is made real with ``tests.hostile_data.unwritable``
(``chattr +i`` as root, permission bits otherwise), and each test proves that writes really fail.
"""

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ameli_desktop.app_paths import READ_ONLY_FOLDER, DataPaths
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.clock import FixedClock
from ameli_desktop.services.context import AppContext, ReadOnlyError
from ameli_desktop.services.household import PeopleService
from ameli_desktop.storage import migrate
from ameli_desktop.storage.db import DatabaseError
from tests.conftest import TODAY
from tests.hostile_data import IS_ROOT, assert_cannot_write, unwritable

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file and folder's mode and content: what must not change at all."""
    found = {}
    for path in sorted([folder, *folder.rglob("*")]):
        content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        found[str(path.relative_to(folder))] = (stat.S_IMODE(path.stat().st_mode), content)
    return found


@pytest.fixture
def household(data_dir: Path) -> Path:
    ctx = AppContext.open(data_dir, clock=FixedClock.on(TODAY))
    PeopleService(ctx).add(PersonDetails("Ana Lebrun"))
    BackupService(ctx).backup_now()
    ctx.close()
    return data_dir


@pytest.fixture
def owner_made_read_only(household: Path) -> Iterator[Path]:
    """The owner's chmod: the folder r-x, the database r--."""
    paths = DataPaths(household)
    paths.database.chmod(0o400)
    household.chmod(0o500)
    try:
        yield household
    finally:
        household.chmod(0o700)
        paths.database.chmod(0o600)


@pytest.fixture
def truly_unwritable(household: Path) -> Iterator[Path]:
    with unwritable(household):
        assert_cannot_write(household)
        yield household


def check_opens_read_only(folder: Path, expected: str) -> None:
    before = snapshot(folder)
    ctx = AppContext.open(folder, clock=FixedClock.on(TODAY.replace(day=28)))  # a new day
    try:
        assert ctx.read_only
        assert ctx.read_only_error is not None
        assert str(ctx.read_only_error) == expected.format(folder=folder)
        assert [p.name for p in PeopleService(ctx).all()] == ["Ana Lebrun"]
        with pytest.raises(ReadOnlyError, match="read-only"):
            PeopleService(ctx).add(PersonDetails("Bob"))
        with pytest.raises(ReadOnlyError):
            BackupService(ctx).backup_now()
    finally:
        ctx.close()
    assert snapshot(folder) == before  # no backup, no log, no -wal, no permission changed


def test_a_folder_the_owner_made_read_only_opens_read_only_and_keeps_its_permissions(
    owner_made_read_only: Path,
) -> None:
    """The issue: such a folder was silently chmod-ed back to 0700. Run as root (CI), the app
    could write there anyway: it keeps to the owner's bits all the same."""
    if IS_ROOT:
        (owner_made_read_only / "probe").write_bytes(b"root can")
        (owner_made_read_only / "probe").unlink()
    check_opens_read_only(owner_made_read_only, READ_ONLY_FOLDER)
    assert stat.S_IMODE(owner_made_read_only.stat().st_mode) == 0o500


def test_a_folder_that_cannot_be_written_opens_read_only(truly_unwritable: Path) -> None:
    check_opens_read_only(truly_unwritable, READ_ONLY_FOLDER)


def test_the_cli_reads_read_only_data_and_refuses_changes_in_a_sentence(
    truly_unwritable: Path, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, err = run_cli("people", "list")
    assert (code, err) == (0, "")
    assert "Ana Lebrun" in out
    code, out, err = run_cli("people", "add", "--name", "Bob")
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith("ameli-desktop: The data folder ")
    assert "read-only" in line
    code, out, _err = run_cli("info", "--json")
    assert code == 0
    assert '"read_only": true' in out
    code, _out, err = run_cli("restore", str(truly_unwritable / "backups" / "x.db"))
    assert code == 1
    assert "read-only" in err
    assert "Traceback" not in err


def test_an_empty_read_only_folder_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with unwritable(empty):
        with pytest.raises(DatabaseError, match="is read-only and holds no data yet"):
            AppContext.open(empty, clock=FixedClock.on(TODAY))
        assert list(empty.iterdir()) == []


def test_older_data_in_a_read_only_folder_is_not_migrated(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    paths = DataPaths(folder).ensure()
    migrate.upgrade(paths.database, "0006_app_meta")
    before = snapshot(folder)
    with (
        unwritable(folder),
        pytest.raises(DatabaseError, match="must be upgraded, but the folder is read-only"),
    ):
        AppContext.open(folder, clock=FixedClock.on(TODAY))
    assert snapshot(folder) == before


def test_a_writable_folder_only_loses_group_and_other_access(tmp_path: Path) -> None:
    """Tightening takes bits away, never adds one: a 0755 folder becomes 0700, 0500 stays."""
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    AppContext.open(folder, clock=FixedClock.on(TODAY)).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
