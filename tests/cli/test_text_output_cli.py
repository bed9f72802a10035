"""The command line's text output, as a person at a terminal reads it (issue 17, item 8): one
household's afternoon, each command's lines pinned. French amounts use the narrow no-break space
between thousands and a no-break space before the euro sign."""

from collections.abc import Callable
from pathlib import Path

import pytest

from ameli_desktop.storage.migrate import HEAD

Cli = Callable[..., tuple[int, str, str]]
DATA = Path(__file__).resolve().parents[1] / "data"
NNBSP, NBSP = "\u202f", "\u00a0"


def euros(text: str) -> str:
    """Amounts written ``1_429,64~€``: ``_`` the narrow no-break space, ``~`` the no-break one."""
    return text.replace("_", NNBSP).replace("~", NBSP)


def lines(run_cli: Cli, *args: str) -> list[str]:
    code, out, err = run_cli(*args)
    assert (code, err) == (0, ""), (args, err)
    return out.splitlines()


@pytest.fixture
def paul(run_cli: Cli) -> Cli:
    assert lines(run_cli, "people", "add", "--name", "Paul Lebrun", "--born", "1984-03-02") == [
        "Added Paul Lebrun (id 1)."
    ]
    lines(run_cli, "import", str(DATA / "ameli_2025-01.csv"))
    return run_cli


def test_reimbursements_summary_and_list(paul: Cli) -> None:
    assert lines(paul, "reimbursements", "summary", "--year", "2025") == [
        "7 acts of care",
        euros(
            "paid 1_429,64~€, Assurance Maladie 1_112,04~€, withheld 5,50~€, mutuelle 0,00~€, "
            "left to pay 323,10~€"
        ),
        euros(
            "  2025-01:    7 acts, paid 1_429,64~€, Assurance Maladie 1_112,04~€, "
            "left to pay 323,10~€"
        ),
    ]
    listed = lines(paul, "reimbursements", "list", "--person", "Paul")
    assert listed[0] == (
        "     1  02/01/2025  Paul Lebrun          Consultation médecin généraliste        "
        + euros("30,00~€      19,00~€")
    )
    assert len(listed) == 4
    assert listed[3].endswith(
        "Hospitalisation - forfait journali   " + euros("1_234,56~€     987,65~€")
    )
    assert lines(paul, "reimbursements", "imports") == [
        "   1  2026-11-25 09:00 UTC       7 lines  ameli_2025-01.csv"
    ]


def test_claims_appointments_cards_and_trips(paul: Cli) -> None:
    assert lines(
        paul, "claims", "add", "--person", "Paul", "--sent", "2026-09-01",
        "--expected-by", "2026-10-15", "--amount", "30,00",
    ) == ["Added claim 1 (open)."]  # fmt: skip
    assert lines(paul, "claims", "list") == [
        "   1  open      Paul Lebrun          care         sent 01/09/2026, expected by "
        "15/10/2026  OVERDUE"
    ]
    assert lines(
        paul, "appointments", "add", "--person", "Paul", "--at", "2026-11-27 10:30",
        "--reason", "Arrêt de travail", "--channel", "phone", "--place", "01 02 03 04 05",
    ) == ["Added appointment 1 for Paul Lebrun on 27/11/2026 10:30."]  # fmt: skip
    assert lines(paul, "appointments", "list") == [
        "   1  27/11/2026 10:30  planned   Paul Lebrun          other                "
        "Arrêt de travail"
    ]
    assert lines(
        paul, "vitale", "declare", "--person", "Paul", "--kind", "lost", "--on", "2026-11-20"
    ) == [
        "Paul Lebrun: The card is blocked since 20/11/2026 and cannot be used again, even if it "
        "is found. Not ordered at once: a new card can be ordered from 22/11/2026 (up to 2 days "
        "after blocking)."
    ]
    assert "Paul Lebrun: lost" in lines(paul, "vitale", "list")
    assert lines(paul, "ceam", "set", "--person", "Paul", "--issued", "2025-01-03") == [
        "Paul Lebrun's CEAM: valid from 03/01/2025 to 03/01/2027."
    ]
    assert lines(
        paul, "ceam", "check", "--person", "Paul", "--from", "2026-12-22", "--to", "2027-01-03",
        "--country", "ES",
    ) == [
        "Paul Lebrun: covered. Covered for the whole trip: the CEAM is valid until 03/01/2027. "
        "Take it with you."
    ]  # fmt: skip


def test_backup_backups_and_info(paul: Cli, data_dir: Path) -> None:
    backups = data_dir / "backups"
    assert lines(paul, "backup") == [f"Backed up to {backups}/ameli-20261125-090000-manual.db"]
    assert lines(paul, "backups") == [
        f"2026-11-25 09:00 UTC  manual            {backups}/ameli-20261125-090000-manual.db",
        f"2026-11-25 09:00 UTC  daily             {backups}/ameli-20261125-090000-daily.db",
    ]
    assert lines(paul, "info") == [
        "version: 0.1.0",
        f"data_dir: {data_dir}",
        f"database: {data_dir}/ameli.db",
        f"schema: {HEAD}",
        "read_only: False",
        "read_only_reason: None",
    ]


def test_restore_says_where_the_data_before_went(paul: Cli, data_dir: Path) -> None:
    lines(paul, "backup")
    backup = data_dir / "backups" / "ameli-20261125-090000-manual.db"
    (said,) = lines(paul, "restore", str(backup))
    assert said == (
        f"Restored {backup}. The data before was backed up to "
        f"{data_dir}/backups/ameli-20261125-090000-before-restore.db."
    )


def test_an_empty_folder_says_so_in_words(run_cli: Cli) -> None:
    assert lines(run_cli, "people", "list") == ["Nobody in the household yet."]
    assert lines(run_cli, "backups") == ["No backups yet."]


def test_an_unexpected_error_is_a_sentence_and_its_text_goes_to_the_log(
    run_cli: Cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug's text (here SQL, as SQLAlchemy words it) never reaches the terminal."""
    from ameli_desktop.services.household import PeopleService

    def broken(_self: object) -> list[object]:
        raise RuntimeError("(sqlite3.OperationalError) no such column: person.nir [SQL: SELECT …]")

    lines(run_cli, "people", "add", "--name", "Ana")
    monkeypatch.setattr(PeopleService, "all", broken)
    code, out, err = run_cli("people", "list")
    assert (code, out) == (1, "")
    assert err == (
        "ameli-desktop: an unexpected error stopped the command (RuntimeError); nothing more was "
        f"changed. The details are in {data_dir / 'logs'}.\n"
    )
    log = (data_dir / "logs" / "ameli-desktop.log").read_text(encoding="utf-8")
    assert "no such column: person.nir" in log
