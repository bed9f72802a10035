"""`ameli-desktop import` on bank exports: the layout is recognised, a file without any health
line says so (stderr, exit 0, ``"imported": 0``), and the user's own insurer names count."""

import json
import tomllib
from pathlib import Path

from tests.db_dump import dump

BANKS = Path(__file__).resolve().parents[1] / "data" / "banks"


def _without_health_lines(source: Path, target: Path) -> int:
    """``source`` minus its health lines (a Société Générale export of shop and salary lines).

    Returns how many transactions are left.
    """
    expected = next(
        f
        for f in tomllib.loads((BANKS / "expected.toml").read_text("utf-8"))["file"]
        if f["name"] == source.name
    )
    health = {h["line"] for h in expected["health"]}
    lines = source.read_bytes().split(b"\r\n")
    kept = [line for number, line in enumerate(lines, 1) if number not in health]
    target.write_bytes(b"\r\n".join(kept))
    return expected["transactions"] - len(health)


def test_a_bank_export_without_health_lines_says_so_and_writes_nothing(
    run_cli, tmp_path: Path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Camille Durand")[0] == 0
    path = tmp_path / "societe-generale-decembre.csv"
    transactions = _without_health_lines(BANKS / "societe_generale.csv", path)
    before = dump(data_dir / "ameli.db")

    code, out, err = run_cli("import", str(path), "--json")

    assert code == 0
    result = json.loads(out)
    assert result["imported"] == 0
    assert result["layout"] == "societe_generale"
    assert sum(result["set_aside"].values()) == transactions
    assert result["set_aside"]["paid_to_insurer"] == 1  # the Malakoff premium
    assert result["set_aside"]["not_health"] == 1  # the MACIF car claim
    assert err.startswith(
        f"ameli-desktop: {path.name} is a Société Générale export, but none of its "
        f"{transactions} transactions is a health payment ("
    )
    assert "1 is a payment to an insurer" in err
    assert "nothing was imported" in err
    assert dump(data_dir / "ameli.db") == before


def test_the_users_insurer_name_is_a_health_payer_from_then_on(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Camille Durand")[0] == 0
    path = tmp_path / "banque.csv"
    path.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "03/03/2026;VIR SEPA RECU /DE MUTUALIA GRAND OUEST /MOTIF 2026-0042;;12,00\n"
        "05/03/2026;CB BOULANGERIE;3,20;\n",
        encoding="utf-8",
    )

    code, out, _ = run_cli("import", str(path), "--dry-run", "--json")
    assert (code, json.loads(out)["imported"]) == (0, 0)

    code, out, _ = run_cli("import", str(path), "--insurer", "Mutualia", "--json")
    assert (code, json.loads(out)["imported"]) == (0, 1)

    path.write_text(
        "Date;Libellé;Débit;Crédit\n"
        "10/03/2026;VIR SEPA RECU /DE MUTUALIA GRAND OUEST /MOTIF 2026-0057;;8,00\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli("import", str(path), "--json")  # the name was kept
    assert (code, json.loads(out)["imported"]) == (0, 1)


def test_every_bank_export_imports_its_health_lines(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("people", "add", "--name", "Camille Durand")[0] == 0
    expected = tomllib.loads((BANKS / "expected.toml").read_text("utf-8"))["file"]
    for f in expected:
        if "_next" in f["name"]:
            continue
        code, out, err = run_cli("import", str(BANKS / f["name"]), "--json")
        assert (code, err) == (0, ""), f["name"]
        assert json.loads(out)["imported"] == len(f["health"]), f["name"]
