"""`care list | owed | link | unlink | settings` (issue 19's contract), JSON checked field by field.

Paul Lebrun's January 2025 relevé (tests/data/ameli_pdf/releve_2025-01.pdf: eight acts, four
payments, sent to HARMONIE MUTUELLE) and his bank export: the CPAM's first transfer, the card
payment of the consultation, and a card payment at a dentist with no act yet.
"""

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
JANUARY = DATA / "ameli_pdf" / "releve_2025-01.pdf"
BANK = (
    "Date;Date de valeur;Débit;Crédit;Libellé;Solde\r\n"
    "03/01/2025;03/01/2025;-30,00;;PAIEMENT CB 0201 PARIS DR MARTIN CARTE 8101;1000,00\r\n"
    "08/01/2025;08/01/2025;;19,00;VIR CPAM DE PARIS REMBOURSEMENT SOINS;1019,00\r\n"
    "10/02/2025;10/02/2025;-45,00;;PAIEMENT CB 0902 PARIS CABINET DENTAIRE CARTE 8101;974,00\r\n"
)


def _setup(run_cli: Any, tmp_path: Path) -> None:
    assert run_cli("people", "add", "--name", "Paul Lebrun", "--born", "1985-05-12")[0] == 0
    bank = tmp_path / "banque.csv"
    bank.write_bytes(BANK.encode("iso8859-15"))
    assert run_cli("import", str(JANUARY))[0] == 0
    assert run_cli("import", str(bank))[0] == 0  # no --person: the household's lines


def _json(run_cli: Any, *args: str, today: str = "2025-03-10") -> Any:
    from datetime import date

    code, out, err = run_cli(*args, "--json", today=date.fromisoformat(today))
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_care_list_gives_each_act_with_its_parts_payments_and_bank_lines(
    run_cli: Any, tmp_path: Path
) -> None:
    _setup(run_cli, tmp_path)

    data = _json(run_cli, "care", "list")

    acts = data["acts"]
    assert len(acts) == 9  # eight acts and the dentist's payment, waiting for its act
    first = acts[0]
    assert first == {
        "id": first["id"],
        "person": "Paul Lebrun",
        "care_date": "2025-01-02",
        "nature": "C GENERALISTE Sect1 (G)",
        "paid_cents": 3000,
        "amo_cents": 2100,
        "withheld_cents": 200,
        "amc_cents": None,
        "left_cents": 1100,
        "status": "awaiting_amc",
        "late": True,  # sent to the mutuelle on 07/01, nothing by 10/03
        "third_party": False,
        "bank_debit": {
            "id": first["bank_debit"]["id"],
            "date": "2025-01-03",
            "cents": -3000,
            "label": "PAIEMENT CB 0201 PARIS DR MARTIN CARTE 8101",
        },
        "amo_payment": {"date": "2025-01-07", "cents": 1900, "bank_date": "2025-01-08"},
        "amc_payment": None,
    }
    hospital = next(a for a in acts if a["care_date"] == "2025-01-27")
    assert (hospital["amo_payment"], hospital["bank_debit"]) == (
        {"date": "2025-01-28", "cents": 102060, "bank_date": None},
        None,
    )
    dentist = acts[-1]
    assert {k: dentist[k] for k in ("person", "care_date", "paid_cents", "amo_cents",
                                    "left_cents", "status", "late")} == {
        "person": None, "care_date": "2025-02-10", "paid_cents": 4500, "amo_cents": None,
        "left_cents": None, "status": "awaiting_amo", "late": False,
    }  # fmt: skip
    assert data["to_confirm"] == []

    assert len(_json(run_cli, "care", "list", "--person", "paul")["acts"]) == 8
    assert len(_json(run_cli, "care", "list", "--year", "2024")["acts"]) == 0
    assert [
        a["care_date"] for a in _json(run_cli, "care", "list", "--status", "awaiting_amo")["acts"]
    ] == ["2025-02-10"]
    assert len(_json(run_cli, "care", "list", "--late")["acts"]) == 8
    assert _json(run_cli, "care", "list", "--late", today="2025-02-01")["acts"] == [
        a for a in _json(run_cli, "care", "list", today="2025-02-01")["acts"] if a["late"]
    ]


def test_care_owed_says_what_each_payer_owes(run_cli: Any, tmp_path: Path) -> None:
    _setup(run_cli, tmp_path)

    assert _json(run_cli, "care", "owed") == {
        "awaiting_amo": {"acts": 1, "paid_cents": 4500},
        "awaiting_amc": {"acts": 8, "estimated_cents": None},
        "late": 8,
    }
    assert _json(run_cli, "care", "owed", "--person", "Paul Lebrun")["awaiting_amo"] == {
        "acts": 0,
        "paid_cents": 0,
    }
    settings = _json(run_cli, "care", "settings", "--contract-level", "100", "--late-after", "90")
    assert settings == {"late_after_days": 90, "contract_level_percent": 100}
    owed = _json(run_cli, "care", "owed")
    # The ticket modérateur of each act: min(paid, base) - the Assurance Maladie's part.
    assert owed["awaiting_amc"]["estimated_cents"] == sum(
        min(p, b) - a
        for p, b, a in (
            (3000, 3000, 2100), (4860, 4860, 3159), (1240, 1240, 372), (2150, 1613, 968),
            (2150, 1613, 968), (2128, 2128, 1490), (8000, 3150, 2205), (123456, 123456, 98765),
        )
    )  # fmt: skip
    assert owed["late"] == 0  # 90 days after payments of January: April at the earliest


def test_care_link_and_unlink_and_their_errors(run_cli: Any, tmp_path: Path) -> None:
    _setup(run_cli, tmp_path)
    acts = _json(run_cli, "care", "list")["acts"]
    dentist = acts[-1]["bank_debit"]["id"]
    radiology = next(a for a in acts if a["care_date"] == "2025-01-20")

    linked = _json(run_cli, "care", "link", "--act", str(radiology["id"]), "--bank-line",
                   str(dentist))  # fmt: skip
    assert linked["bank_debit"]["id"] == dentist
    assert len(_json(run_cli, "care", "list")["acts"]) == 8  # no expense left waiting

    assert _json(run_cli, "care", "unlink", "--bank-line", str(dentist)) == {
        "bank_line": dentist,
        "unlinked": [radiology["id"]],
    }
    assert _json(run_cli, "care", "list")["acts"][-1]["bank_debit"]["id"] == dentist

    code, out, err = run_cli("care", "link", "--act", "999", "--bank-line", str(dentist), "--json")
    assert code == 1
    assert json.loads(out) == {"error": "There is no act of care with id 999.", "field": "act"}
    assert err == "ameli-desktop: There is no act of care with id 999.\n"
    credit = acts[0]["amo_payment"]
    assert credit is not None
    code, _, err = run_cli("care", "unlink", "--bank-line", "999")
    assert (code, err) == (1, "ameli-desktop: There is no bank line with id 999.\n")


def test_reimbursements_summary_keeps_its_keys_from_the_acts(run_cli: Any, tmp_path: Path) -> None:
    """Each act once: the bank's transfer and the card payment add nothing to the relevé's."""
    _setup(run_cli, tmp_path)

    summary = _json(run_cli, "reimbursements", "summary", "--year", "2025")

    assert {k: summary[k] for k in ("lines", "paid_cents", "reimbursed_cents",
                                    "deductions_cents", "complementary_cents",
                                    "out_of_pocket_cents")} == {
        "lines": 9,
        "paid_cents": 146984 + 4500,
        "reimbursed_cents": 110027,
        "deductions_cents": 1200,
        "complementary_cents": 0,
        "out_of_pocket_cents": 146984 - 110027 + 1200,
    }  # fmt: skip
    assert summary["by_person"]["(household)"]["paid_cents"] == 4500
    assert summary["by_month"]["2025-02"]["lines"] == 1
