"""Every file the app writes is its owner's only (0600, folders 0700), even under a permissive
umask (issue 17, item 3): backups and `backup -o`, every export (PDF, CSV, ICS), the logs and
logs/faults.log, the database and its journal files, attachments."""

import faulthandler
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ameli_desktop import crash
from ameli_desktop.app_paths import DataPaths
from ameli_desktop.logging_setup import setup_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_export_and_backup_is_owner_only(
    permissive_umask: None, run_cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    commands = [
        ("people", "add", "--name", "Zoé Lebrun", "--born", "1986-07-14"),
        ("import", str(DATA / "ameli_2025-01.csv"), "--person", "Zoé"),
        ("appointments", "add", "--person", "Zoé", "--at", "2026-11-27 10:30", "--reason", "IJ"),
        ("ceam", "set", "--person", "Zoé", "--issued", "2025-06-01"),
        ("travel", "add", "--person", "Zoé", "--entry", "2026-09-20", "--country", "FR"),
        ("backup", "-o", str(out / "backup.db")),
        ("export", "pdf", "reimbursements", "-o", str(out / "lines.pdf"), "--year", "2025"),
        ("export", "pdf", "appointments", "-o", str(out / "appointments.pdf")),
        ("export", "pdf", "travel", "-o", str(out / "travel.pdf")),
        ("appointments", "export-ics", "-o", str(out / "appointments.ics")),
        ("ceam", "export-ics", "-o", str(out / "ceam.ics")),
        ("travel", "export", "-o", str(out / "stays.csv")),
    ]
    for command in commands:
        code, _out, err = run_cli(*command)
        assert code == 0, (command, err)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(
        ["backup.db", "lines.pdf", "appointments.pdf", "travel.pdf", "appointments.ics",
         "ceam.ics", "stays.csv"]
    )  # fmt: skip
    assert {p.name: mode(p) for p in out.iterdir()} == dict.fromkeys(written, 0o600)


def test_the_data_folder_is_owner_only_under_a_permissive_umask(
    permissive_umask: None, run_cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert run_cli("people", "add", "--name", "Ana")[0] == 0
    assert run_cli("backup")[0] == 0
    scan = data_dir.parent / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    from ameli_desktop.services.attachments import AttachmentService
    from ameli_desktop.services.context import AppContext

    ctx = AppContext.open(data_dir)
    try:
        AttachmentService(ctx).add("person", 1, scan)
        assert Path(f"{ctx.paths.database}-wal").exists()  # the journal files are checked too
        for path in [data_dir, *data_dir.rglob("*")]:
            expected = 0o700 if path.is_dir() else 0o600
            assert mode(path) == expected, path
    finally:
        ctx.close()


def test_logs_and_their_rotations_are_owner_only(permissive_umask: None, data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    log_file = setup_logging(paths)
    assert log_file is not None
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_ameli", False))
    logging.getLogger("test").warning("before the rotation")
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("test").warning("after the rotation")
    logs = sorted(paths.logs.iterdir())
    assert [p.name for p in logs] == ["ameli-desktop.log", "ameli-desktop.log.1"]
    assert [mode(p) for p in logs] == [0o600, 0o600]


def test_faults_log_is_owner_only(
    permissive_umask: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(data_dir).ensure()
    monkeypatch.setattr(crash, "_fault_file", None)
    crash.enable_faulthandler(paths.logs)
    try:
        assert mode(paths.logs / "faults.log") == 0o600
    finally:
        faulthandler.disable()
        if crash._fault_file is not None:
            crash._fault_file.close()
