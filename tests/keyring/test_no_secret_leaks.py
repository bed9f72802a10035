"""A known password, saved and read back through the GUI and the CLI, is found in the keyring and
nowhere else: not in the data folder (database, WAL, logs, backups, settings) nor in any export
or command output, even after an error report that quoted it.
"""

import io
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ameli_desktop.cli.export import PDF_KINDS
from ameli_desktop.crash import log_exception
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.logging_setup import setup_logging
from ameli_desktop.secrets import SERVICE_NAME
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui.dialogs.person import PersonDialog
from tests.keyring_service import SecretServiceProcess

pytestmark = pytest.mark.keyring

NIR = "284057512345672"
GUI_PASSWORD = "Gui-Known-Pw-7c1e!"
CLI_PASSWORD = "Cli-Known-Pw-42ab?"


def encodings_of(secret: str) -> list[bytes]:
    """How the password could sit in a file: UTF-8 (SQLite, JSON, logs), UTF-16 (Qt, Windows)."""
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def files_containing(root: Path, secret: str) -> list[Path]:
    needles = encodings_of(secret)
    return [
        path
        for path in sorted(root.rglob("*"))
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


def test_the_search_finds_a_planted_password(tmp_path: Path) -> None:
    """The search below is not blind: a password written in UTF-8 or UTF-16 is found."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.db").write_bytes(b"\x00header" + GUI_PASSWORD.encode() + b"\x00")
    (tmp_path / "b.ini").write_bytes(GUI_PASSWORD.encode("utf-16-le"))
    (tmp_path / "c.txt").write_text("nothing here")
    assert files_containing(tmp_path, GUI_PASSWORD) == [tmp_path / "b.ini", tmp_path / "sub/a.db"]


@pytest.mark.usefixtures("secret_service_keyring")
def test_a_known_password_is_only_in_the_keyring(
    *,
    ui_ctx: Any,
    qtbot: Any,
    run_cli: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    secret_service: SecretServiceProcess,
) -> None:
    setup_logging(ui_ctx.ctx.paths, level=logging.DEBUG)
    people = PeopleService(ui_ctx.ctx)
    ana = people.add(PersonDetails("Ana Lima", nir=NIR))
    leo = people.add(PersonDetails("Léo Lima", nir="1 85 05 78 006 084 91"))

    # Through the GUI: type, show, save, copy.
    dialog = PersonDialog(ui_ctx, ana)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.account
    qtbot.waitUntil(lambda: not section.busy, timeout=15_000)
    qtbot.keyClicks(section.password, GUI_PASSWORD)
    qtbot.mouseClick(section.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.busy, timeout=15_000)
    assert section.message_label.text() == "The password was saved in the keyring."
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.busy, timeout=15_000)
    dialog.name.setText("Ana Lima")
    dialog.save()  # the record itself saved too, with the account section open

    # Through the CLI: set, status, and every command that writes a file or prints data.
    outputs: list[str] = []

    def cli(*args: str) -> None:
        code, out, err = run_cli(*args)
        outputs.extend([out, err])
        assert code in (0, 1), (args, err)

    monkeypatch.setattr(sys, "stdin", io.StringIO(CLI_PASSWORD + "\n"))
    cli("credentials", "set", "--person", "Léo Lima", "--json")
    cli("credentials", "status", "--json")
    cli("credentials", "status")
    cli("people", "list", "--json")
    cli("info", "--json")
    exports = tmp_path / "exports"
    exports.mkdir()
    cli("backup", "-o", str(exports / "backup.db"), "--json")
    cli("backups", "--json")
    for kind in sorted(PDF_KINDS):  # every PDF any feature registers
        cli("export", "pdf", kind, "-o", str(exports / f"{kind}.pdf"), "--year", "2026")

    # An unexpected error whose text quoted both passwords (a bug), logged as a crash report.
    error = RuntimeError(f"bad form value {GUI_PASSWORD!r} / {CLI_PASSWORD!r}")
    report = log_exception(RuntimeError, error, None)
    outputs.append(report)

    # The passwords really are in the keyring: the search below could have found them.
    for person, password in ((ana, GUI_PASSWORD), (leo, CLI_PASSWORD)):
        lookup = secret_service.secret_tool(
            "lookup", "service", SERVICE_NAME, "username", person.uid
        )
        assert lookup.stdout == password

    ui_ctx.settings.sync()
    assert list(data_dir.glob("*.db-wal")), "the live database's WAL is searched too"
    for password in (GUI_PASSWORD, CLI_PASSWORD):
        assert files_containing(data_dir, password) == []
    ui_ctx.ctx.close()  # checkpoints the WAL into the database: search again
    assert (data_dir / "logs").is_dir()
    assert any((data_dir / "backups").iterdir())
    for password in (GUI_PASSWORD, CLI_PASSWORD):
        assert files_containing(data_dir, password) == []
        assert files_containing(exports, password) == []
        assert not [text for text in outputs if password in text]
