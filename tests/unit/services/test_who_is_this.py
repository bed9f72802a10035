""" "Who is this?" in imports, on real statement files: ameli's relevé names "pour CLAIRE né(e) le
03/03/1988" (G1), the mutuelle "DURAND ISABELLE / NIR" (G3), a CSV whatever its author typed; the
household knows Claire Whitfield. Choices are kept as aliases by an import that is written, and a
bank account remembers whom its lines were for."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ameli_desktop.domain.beneficiaries import MatchedBy
from ameli_desktop.domain.errors import ConflictError, UserError
from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.services.beneficiaries import (
    BeneficiaryChoice,
    BeneficiaryService,
    ChoiceKind,
    account_in,
    file_beneficiaries,
)
from ameli_desktop.services.context import AppContext
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import LineFilter, ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from tests import ameli_pdf_factory as factory
from tests.db_dump import dump

DATA = Path(__file__).resolve().parents[2] / "data"
FAMILY = DATA / "ameli_pdf" / "releve_2025-02_famille.pdf"


@pytest.fixture
def whitfields(ctx: AppContext) -> dict[str, int]:
    """The issue's household: four people, none named as the files name them."""
    people = PeopleService(ctx)
    return {
        "claire": people.add(PersonDetails("Claire Whitfield", date(1988, 3, 3))).id,
        "tom": people.add(PersonDetails("Tom Whitfield", date(1986, 7, 1))).id,
        "lea": people.add(PersonDetails("Léa Whitfield", date(2015, 6, 14))).id,
        "noe": people.add(PersonDetails("Noé Whitfield")).id,
    }


def lines_of(ctx: AppContext, person_id: int) -> int:
    return ReimbursementService(ctx).count(LineFilter(person_id=person_id))


def by_name(preview_or_result) -> dict[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    return {m.name: (m.action, m.person_id, m.by, m.lines) for m in preview_or_result.beneficiaries}


def test_a_family_releve_finds_everyone_by_date_of_birth_or_first_name(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    service = ImportService(ctx)
    parsed = service.read(FAMILY)

    preview = service.preview(parsed, ImportOptions(ask_unknown=True))

    member = ChoiceKind.MEMBER
    assert by_name(preview) == {
        # 2 acts, a deferred franchise ("pour CLAIRE né(e) le" in the row, G2), 1 allowance
        "CLAIRE": (member, whitfields["claire"], MatchedBy.BORN, 4),
        "LEA": (member, whitfields["lea"], MatchedBy.BORN, 1),
        "NOE": (member, whitfields["noe"], MatchedBy.NAME, 3),
    }
    assert preview.unanswered == []
    result = service.import_parsed(parsed, ImportOptions(ask_unknown=True))
    assert result.new_people == []
    assert len(PeopleService(ctx).all()) == 4
    assert lines_of(ctx, whitfields["noe"]) == 3


def test_an_unknown_name_is_asked_and_the_answer_kept_as_an_alias(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    """ "MARTIN Éloïse" is nobody's name: the dialog asks (nothing written without an answer);
    the answer is kept, and the next file spelling her "Éloïse MARTIN" needs no question."""
    service = ImportService(ctx)
    parsed = service.read(DATA / "ameli_2025-01.csv")
    preview = service.preview(parsed, ImportOptions(ask_unknown=True))
    assert [m.name for m in preview.unanswered] == ["LEBRUN Paul", "LEBRUN Zoé", "MARTIN Éloïse"]
    before = dump(ctx)
    with pytest.raises(UserError, match="Say who LEBRUN Paul, LEBRUN Zoé, MARTIN Éloïse is"):
        service.import_parsed(parsed, ImportOptions(ask_unknown=True))
    assert dump(ctx) == before

    choices = {
        "lebrun paul": BeneficiaryChoice.member(whitfields["tom"]),
        "lebrun zoe": BeneficiaryChoice.leave_out(),
        "eloise martin": BeneficiaryChoice.member(whitfields["claire"]),
    }
    result = service.import_parsed(parsed, ImportOptions(beneficiaries=choices, ask_unknown=True))

    assert (result.imported, result.left_out, result.new_people) == (5, 2, [])
    assert (lines_of(ctx, whitfields["tom"]), lines_of(ctx, whitfields["claire"])) == (4, 1)
    assert BeneficiaryService(ctx).aliases_of(whitfields["claire"]) == ["MARTIN Éloïse"]

    later = service.preview(service.read(DATA / "ameli_2025-01-02_cp1252.csv"), ImportOptions())
    assert by_name(later) == {
        "Paul LEBRUN": (ChoiceKind.MEMBER, whitfields["tom"], MatchedBy.ALIAS, 5),
        "Éloïse MARTIN": (ChoiceKind.MEMBER, whitfields["claire"], MatchedBy.ALIAS, 1),
        "Zoé LEBRUN": (ChoiceKind.LEAVE_OUT, None, MatchedBy.ALIAS, 2),
    }
    assert later.unanswered == []
    assert len(later.left_out_lines) == 2


def test_a_choice_the_rules_would_make_anyway_is_not_kept(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    service = ImportService(ctx)
    parsed = service.read(FAMILY)
    choices = {"claire": BeneficiaryChoice.member(whitfields["claire"])}
    service.import_parsed(parsed, ImportOptions(beneficiaries=choices))
    assert BeneficiaryService(ctx).aliases() == []


def test_changing_a_remembered_answer_replaces_it(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    service = ImportService(ctx)
    parsed = service.read(DATA / "ameli_2025-01.csv")
    first = {
        "eloise martin": BeneficiaryChoice.member(whitfields["claire"]),
        "lebrun paul": BeneficiaryChoice.member(whitfields["tom"]),
        "lebrun zoe": BeneficiaryChoice.member(whitfields["lea"]),
    }
    service.import_parsed(parsed, ImportOptions(beneficiaries=first, dry_run=True))
    assert BeneficiaryService(ctx).aliases() == []  # a dry run keeps nothing
    service.import_parsed(parsed, ImportOptions(beneficiaries=first))
    changed = service.read(DATA / "ameli_2025-01-02_cp1252.csv")
    service.import_parsed(
        changed,
        ImportOptions(beneficiaries={"eloise martin": BeneficiaryChoice.member(whitfields["noe"])}),
    )
    assert BeneficiaryService(ctx).aliases_of(whitfields["claire"]) == []
    assert BeneficiaryService(ctx).aliases_of(whitfields["noe"]) == ["Éloïse MARTIN"]


def test_a_new_person_gets_the_files_date_of_birth_and_the_name_typed(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    PeopleService(ctx).remove(whitfields["noe"])
    service = ImportService(ctx)
    parsed = service.read(FAMILY)
    preview = service.preview(parsed, ImportOptions(ask_unknown=True))
    assert [m.name for m in preview.unanswered] == ["NOE"]

    result = service.import_parsed(
        parsed,
        ImportOptions(
            beneficiaries={"noe": BeneficiaryChoice.new("Noé Whitfield")}, ask_unknown=True
        ),
    )

    assert result.new_people == ["Noé Whitfield"]
    noe = PeopleService(ctx).find("Noé Whitfield")
    assert noe.born == date(2018, 9, 2)  # "pour NOE né(e) le 02/09/2018"
    assert lines_of(ctx, noe.id) == 3
    # Kept as an alias ("NOE" born that day), though the date of birth would find her anyway.
    assert BeneficiaryService(ctx).aliases_of(noe.id) == ["NOE"]


def test_a_typed_new_name_someone_has_is_refused_and_nothing_written(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    service = ImportService(ctx)
    parsed = service.read(DATA / "ameli_2025-01.csv")
    before = dump(ctx)
    with pytest.raises(ConflictError, match="Someone called “tom WHITFIELD” is already"):
        service.import_parsed(
            parsed,
            ImportOptions(beneficiaries={"lebrun paul": BeneficiaryChoice.new("tom WHITFIELD")}),
        )
    assert dump(ctx) == before


def test_the_command_lines_new_members_for_unknown_names_keep_distinct_names(
    ctx: AppContext, tmp_path: Path
) -> None:
    """A father and his son both "LEO" in one relevé (G1's blocks, one per feuille), nobody in
    the household: two new members, told apart by the year of birth, each with their lines."""
    leo = PeopleService(ctx).add(PersonDetails("Léo Martin", date(1979, 1, 1)))
    father = factory.Sheet("LEO", date(1980, 4, 2), (factory.Act(date(2025, 2, 3), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100),), reference="0691   2502030000001")  # fmt: skip
    son = factory.Sheet("LEO", date(2015, 5, 6), (factory.Act(date(2025, 2, 4), "C GENERALISTE  Sect1", "G", 3000, 3000, 70, 2100),), reference="0691   2502040000002")  # fmt: skip
    statement = replace(
        factory.FAMILY,
        payments=(factory.Payment(date(2025, 2, 11), (father, son)),),
    )
    path = tmp_path / "releve-leo.pdf"
    path.write_bytes(factory.render(statement))

    result = ImportService(ctx).import_file(path, ImportOptions())

    assert result.new_people == ["LEO", "LEO (2015)"]
    people = {p.name: p for p in PeopleService(ctx).all()}
    assert people["LEO"].born == date(1980, 4, 2)
    assert lines_of(ctx, people["LEO (2015)"].id) == 1
    assert lines_of(ctx, leo.id) == 0  # born 1979: not this LEO, whatever the name says


def test_the_mutuelle_statement_finds_a_member_by_nir(ctx: AppContext) -> None:
    isabelle = PeopleService(ctx).add(PersonDetails("Isabelle Moreau", nir="2 65 04 39 019 332 62"))
    PeopleService(ctx).add(PersonDetails("Marc Moreau"))
    service = ImportService(ctx)
    parsed = service.read(DATA / "ameli_pdf" / "mutuelle_2019-02.pdf")

    preview = service.preview(parsed, ImportOptions(ask_unknown=True))

    assert by_name(preview) == {
        "DURAND ISABELLE": (ChoiceKind.MEMBER, isabelle.id, MatchedBy.NIR, 3)
    }


def test_adding_a_member_with_a_spelling_takes_it_back_from_an_alias(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    service = ImportService(ctx)
    choices = {
        "eloise martin": BeneficiaryChoice.member(whitfields["claire"]),
        "lebrun paul": BeneficiaryChoice.member(whitfields["tom"]),
        "lebrun zoe": BeneficiaryChoice.member(whitfields["lea"]),
    }
    service.import_file(DATA / "ameli_2025-01.csv", ImportOptions(beneficiaries=choices))
    eloise = PeopleService(ctx).add(PersonDetails("Éloïse Martin"))

    preview = service.preview(service.read(DATA / "ameli_2025-01.csv"), ImportOptions())

    assert by_name(preview)["MARTIN Éloïse"][1:3] == (eloise.id, MatchedBy.NAME)
    assert BeneficiaryService(ctx).aliases_of(whitfields["claire"]) == []


def test_a_bank_account_remembers_whom_its_lines_were_for(
    ctx: AppContext, whitfields: dict[str, int]
) -> None:
    """BNP Paribas' exports print the account (****4821) above the table: the next export of
    that account is for the same person; another account (Hello bank's ****0931) is asked."""
    service = ImportService(ctx)
    banks = DATA / "banks"
    with pytest.raises(UserError, match="name no beneficiary"):
        service.import_file(banks / "bnp_paribas.csv", ImportOptions())
    service.import_file(banks / "bnp_paribas.csv", ImportOptions(person_id=whitfields["tom"]))

    again = service.preview(service.read(banks / "bnp_paribas_next.csv"), ImportOptions())
    other = service.preview(service.read(banks / "hello_bank.csv"), ImportOptions())

    assert again.source == ("bank:bnp_paribas#****4821", "BNP Paribas / Hello bank ****4821")
    assert again.default_person == whitfields["tom"]
    assert other.default_person is None
    result = service.import_file(banks / "bnp_paribas_next.csv", ImportOptions())
    assert result.written
    assert {p.person_name for p in ReimbursementService(ctx).iter_lines(LineFilter())} == {
        "Tom Whitfield"
    }


@pytest.mark.parametrize(
    ("preamble", "account"),
    [
        (
            ["Compte de Dépôt carte n° 00012345678;", "Solde au 02/02/2026 1 482,35 €"],
            "00012345678",
        ),
        (
            ["Numéro Compte ;0987654B024", "Date ;31/03/2026", "Solde (EUROS) ;+2 104,56"],
            "0987654B024",
        ),
        (
            ['="0000012345678901";01/12/2025;31/12/2025;13;30/12/2025;1987.42 EUR'],
            "0000012345678901",
        ),
        (["Compte de chèques;Compte de ch&egrave;ques;****4821;02/02/2026;;3188,72"], "****4821"),
        (["Téléchargement du 02/02/2026;", "Liste des opérations entre le 01/01/2026"], ""),
    ],
)
def test_the_account_a_bank_preamble_prints(preamble: list[str], account: str) -> None:
    """The preambles of tests/data/banks (Crédit Agricole, La Banque Postale, Société Générale,
    BNP Paribas): dates, balances and amounts are never taken for an account."""
    assert account_in(preamble) == account


def test_every_beneficiary_of_a_file_once(ctx: AppContext) -> None:
    parsed = ImportService(ctx).read(FAMILY)
    assert [(b.name, b.born, b.lines) for b in file_beneficiaries(parsed)] == [
        ("CLAIRE", date(1988, 3, 3), 4),
        ("LEA", date(2015, 6, 14), 1),
        ("NOE", date(2018, 9, 2), 3),
    ]
