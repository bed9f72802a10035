"""Benchmarks run on purpose only: `python -m pytest tests/benchmarks --benchmark-only`.

Each benchmark is paired with its baseline in the same group, so the table pytest-benchmark prints
shows them side by side, measured in the same run on the same machine.

Also: realistic large statement files for the import benchmarks (deterministic: seeded).
"""

import random
from datetime import date, timedelta

import pytest

FIGURES = pytest.StashKey[list[str]]()

NBSP = "\u00a0"
HEADER = (
    "Date des soins;Date de paiement;Bénéficiaire;Prestation;Professionnel de santé;Montant payé;"
    "Base de remboursement;Taux;Montant remboursé;Participation forfaitaire / franchise"
)
PEOPLE = ["LEBRUN Paul", "LEBRUN Zoé", "MARTIN Éloïse", "LEBRUN Léo"]
# (nature, practitioner, fixed paid cents or None for a drawn amount, rate, deduction cents)
ACTS = [
    ("Consultation médecin généraliste", "Dr MARTIN Sophie", 3000, 70, 200),
    ("Consultation pédiatre", "Dr ŒUVRARD", 3200, 70, 200),
    ("Consultation spécialiste", "Dr DURAND", 6000, 70, 200),
    ("Pharmacie vignette blanche", "Pharmacie du Centre", None, 65, 50),
    ("Pharmacie vignette bleue", "Pharmacie du Centre", None, 30, 50),
    ("Kinésithérapie", 'Cabinet "Kiné & Co"', 2150, 60, 100),
    ("Analyses de biologie médicale", "Laboratoire Biopôle", None, 60, 100),
    ("Soins dentaires; détartrage", "Dr DURAND", 4338, 70, 200),
    ("Optique - verres", "Opticien Lumière", None, 60, 0),
    ("Hospitalisation - forfait journalier", "Hôpital Saint-Louis", None, 80, 0),
]


def french(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", NBSP) + f",{rest:02d}"


def statement_csv(lines: int, *, seed: int = 2025) -> bytes:
    """An ameli-style statement with ``lines`` payment lines over ten years, as cp1252 would hold
    it from Excel: `;`, French amounts with no-break spaces and €, quoted labels."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    start = date(2016, 1, 1)
    out = [HEADER]
    for _ in range(lines):
        nature, practitioner, fixed, rate, deduction = rng.choice(ACTS)
        care = start + timedelta(days=rng.randrange(3650))
        paid = fixed if fixed is not None else rng.randrange(200, 40000 if rate != 80 else 250000)
        base = paid if rate != 60 or fixed else paid // 3
        reimbursed = max(base * rate // 100 - deduction, 0)
        quoted_nature = f'"{nature}"' if ";" in nature else nature
        quoted_practitioner = '"' + practitioner.replace('"', '""') + '"'
        out.append(
            ";".join(
                [
                    care.strftime("%d/%m/%Y"),
                    (care + timedelta(days=rng.randrange(2, 20))).strftime("%d/%m/%Y"),
                    rng.choice(PEOPLE),
                    quoted_nature,
                    quoted_practitioner,
                    french(paid) + " €",
                    french(base) + " €",
                    f"{rate} %",
                    french(reimbursed) + " €",
                    "-" + french(deduction) if deduction else "",
                ]
            )
        )
    return ("\r\n".join(out) + "\r\n").encode("cp1252")


@pytest.fixture(scope="session")
def statement_100k() -> bytes:
    return statement_csv(100_000)


@pytest.fixture(scope="session")
def statement_50k() -> bytes:
    return statement_csv(50_000)


@pytest.fixture(scope="session")
def design_figures(pytestconfig: pytest.Config) -> list[str]:
    """Lines for the "DESIGN.md 9" table printed at the end of the run (outside pytest's
    output capture, so the figures are seen without ``-s``)."""
    return pytestconfig.stash.setdefault(FIGURES, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(FIGURES, [])
    if lines:
        terminalreporter.section("DESIGN.md 9: measured beside the baselines of this run")
        for line in lines:
            terminalreporter.write_line(line)
