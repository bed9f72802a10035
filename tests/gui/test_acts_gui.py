"""The acts of care in the Reimbursements tab (issue 19, item 4), on real widgets: the list and
its filters, an act's parts with its documents and bank lines, what each payer still owes, the
bank lines apart with a debit to confirm linked and unlinked (and undone from the Edit menu), the
footer's totals, and the Preferences of lateness and the contract's level.

The household: February 2025's family relevé (tests/data/ameli_pdf, Claire, Léa and Noé Martin),
one card payment of 30,00 on 31/01/2025 that fits Léa's and Noé's consultations equally (to
confirm), and a pharmacy card payment on 20/11/2026 with no act yet (today is 25/11/2026); the
user gave their mutuelle contract's level (200 %).
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ameli_desktop.domain.acts import ActStatus
from ameli_desktop.services.acts import ActFilter, ActService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.services.reimbursements import ReimbursementService
from ameli_desktop.services.statement_import import ImportOptions, ImportService
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.models.acts import ActsModel
from ameli_desktop.ui.tabs.reimbursements import ReimbursementsTab
from tests.acts_household import ToConfirm, bank_file, family_with_a_debit_to_confirm


@pytest.fixture
def family(ctx, tmp_path: Path) -> ToConfirm:  # type: ignore[no-untyped-def]
    found = family_with_a_debit_to_confirm(ctx, tmp_path)
    recent = bank_file(
        tmp_path,
        "banque-novembre.csv",
        "20/11/2026;20/11/2026;-12,40;;CB PHARMACIE DU CENTRE;900,00",
    )
    ImportService(ctx).import_file(recent, ImportOptions())
    # The user gave their contract's level: the household has a mutuelle, whose parts are
    # awaited and estimated (nothing in these files says it was paid).
    ActService(ctx).set_contract_level(200)
    return found


@pytest.fixture
def tab(main_window, family) -> ReimbursementsTab:  # type: ignore[no-untyped-def]
    page = main_window.show_tab("reimbursements")
    assert isinstance(page, ReimbursementsTab)
    assert page.content.currentWidget() is page.acts  # the acts come first
    return page


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column))


def rows(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [cell(model, r, c) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def test_the_tab_lists_acts_with_their_parts_status_and_sources(tab, ctx) -> None:  # type: ignore[no-untyped-def]
    model = tab.acts.model
    assert model.rowCount() == ActService(ctx).count() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Date of care", "Person", "Nature of care", "Practitioner", "Paid", "Assurance\nMaladie",
        "Withheld", "Mutuelle", "Left to pay", "Status", "Sources",
    ]  # fmt: skip
    assert model.table.stretch_columns() == [ActsModel.NATURE]
    shown = rows(model)
    # Newest first: the pharmacy payment with no act yet, awaited from the Assurance Maladie
    # for 5 days (not late).
    assert shown[0][:3] == [
        "20/11/2026",
        "(household)",
        "Paid by card or debit: CB PHARMACIE DU CENTRE",
    ]
    assert shown[0][4] == "12,40\xa0€"
    assert shown[0][9] == "Awaiting the Assurance Maladie"
    assert shown[0][ActsModel.SOURCES] == "bank"
    claire = next(r for r in shown if r[0] == "30/01/2025")
    assert claire[1:3] == ["Claire Martin", "C GENERALISTE Sect1 (G)"]
    assert claire[4:9] == ["30,00\xa0€", "21,00\xa0€", "2,00\xa0€", "≈ 9,00\xa0€", "11,00\xa0€"]
    assert claire[9] == "Awaiting the mutuelle · late"  # sent to the mutuelle in February 2025
    assert claire[ActsModel.SOURCES] == "ameli relevé"
    late = model.index(shown.index(claire), ActsModel.STATUS)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole) is not None  # in red too


def test_filters_by_person_year_status_and_late(tab, ctx, main_window) -> None:  # type: ignore[no-untyped-def]
    acts = tab.acts
    acts.status_combo.setCurrentIndex(acts.status_combo.findData(ActStatus.AWAITING_AMO.value))
    assert [r[1] for r in rows(acts.model)] == ["(household)"]
    acts.late_check.setChecked(True)
    assert acts.model.rowCount() == 0  # five days: not late
    acts.status_combo.setCurrentIndex(0)
    late = ActService(ctx).count(ActFilter(late=True))
    assert acts.model.rowCount() == late == 6
    acts.late_check.setChecked(False)

    acts.year_combo.setCurrentIndex(acts.year_combo.findData(2025))
    assert acts.model.rowCount() == 7
    assert {r[0][-4:] for r in rows(acts.model)} == {"2025"}
    # The household selector is the tab's person filter.
    noe = PeopleService(ctx).find("Noé Martin").id
    main_window.ui.set_person_filter(noe)
    assert {r[1] for r in rows(acts.model)} == {"Noé Martin"}
    person = noe
    assert acts.model.rowCount() == ActService(ctx).count(ActFilter.year(2025, person))


def test_an_act_shows_its_parts_documents_and_bank_lines(tab, ctx, family) -> None:  # type: ignore[no-untyped-def]
    service = ActService(ctx)
    service.link(family.noe, family.debit)
    tab.refresh_acts()
    assert tab.acts.select_act(family.noe)

    text = tab.acts.detail_label.text()
    assert "31/01/2025, Noé Martin: C GENERALISTE Sect1 (G)" in text
    assert "Status: Awaiting the mutuelle · late" in text
    assert "Paid: 30,00\xa0€" in text
    assert "Assurance Maladie: 21,00\xa0€, withheld 0,00\xa0€" in text
    assert "Mutuelle: awaited, about 9,00\xa0€ (an estimate, not received)" in text
    assert "Left to pay: 9,00\xa0€" in text
    assert "Read from: releve_2025-02_famille.pdf (ameli relevé, line " in text
    bank = rows(tab.acts.bank_model)
    assert bank == [["31/01/2025", "CB DR DUVAL 31/01", "(30,00\xa0€)", "your payment for care"]]
    assert tab.acts.unlink_action.isEnabled()


def test_the_detail_says_tiers_payant_which_the_table_leaves_out(tab, ctx) -> None:  # type: ignore[no-untyped-def]
    """The table has no room for it at 1280 pixels: the detail pane says it."""
    lines = ReimbursementService(ctx)
    model = tab.acts.model
    shown = [model.record(r) for r in range(model.rowCount())]
    act = next(a for a in shown if a.care_date == date(2025, 1, 30))
    assert not act.third_party
    assert tab.acts.select_act(act.id)
    assert "tiers payant" not in tab.acts.detail_label.text()
    (line_id,) = act.line_ids
    lines.update(line_id, replace(lines.get(line_id).details(), third_party=True))
    tab.refresh_acts()
    assert tab.acts.select_act(act.id)
    assert "Paid: 30,00\xa0€ (tiers payant: the professional was paid directly)" in (
        tab.acts.detail_label.text()
    )


def test_still_owed_groups_each_payer_oldest_first_with_estimates_said(tab, ctx) -> None:  # type: ignore[no-untyped-def]
    owed = tab.owed
    tab.content.setCurrentWidget(owed)
    assert owed.amo_label.text() == (
        "Assurance Maladie: 1 acts, 12,40\xa0€ paid, since 20/11/2026; 0 late"
    )
    since = [owed.amc_model.record(r).since for r in range(owed.amc_model.rowCount())]
    assert since == sorted(since)
    assert since[0] == date(2025, 2, 4)  # the oldest first
    estimate = ActService(ctx).still_owed().awaiting_amc.cents
    assert owed.amc_label.text().startswith(
        f"Mutuelle: 6 acts, about {formatting.money(estimate)} (estimate), since "
    )
    assert owed.amc_label.text().endswith("; 6 late")
    assert all(
        cell(owed.amc_model, r, 4).endswith("(estimate)") for r in range(owed.amc_model.rowCount())
    )
    assert cell(owed.amc_model, 0, 5) == "late"
    assert "≈" in cell(tab.acts.model, 1, ActsModel.AMC)  # the acts' column marks it too

    ActService(ctx).set_contract_level(None)  # no level given: no amount, never a guess
    tab.refresh_acts()
    assert "estimate" not in owed.amc_label.text()
    assert all(
        not cell(owed.amc_model, r, 4).startswith("≈") for r in range(owed.amc_model.rowCount())
    )


def test_still_owed_says_nothing_is_awaited_when_nothing_is(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_tab("reimbursements")
    page.content.setCurrentWidget(page.owed)
    page.owed.refresh()
    assert page.owed.amo_label.text() == "Assurance Maladie: nothing awaited"
    assert page.owed.amc_label.text() == "Mutuelle: nothing awaited"


def test_a_debit_to_confirm_is_linked_unlinked_and_undone_from_the_edit_menu(
    tab, ctx, family, main_window
) -> None:  # type: ignore[no-untyped-def]
    service = ActService(ctx)
    section = tab.bank_lines
    tab.content.setCurrentWidget(section)
    to_do = {
        section.model.record(r).id: cell(section.model, r, 4)
        for r in range(section.model.rowCount())
    }
    assert to_do[family.debit] == "to confirm"
    section.select_line(family.debit)
    assert section.candidates_label.text() == "To confirm: this payment fits 2 acts equally."
    candidates = [section.candidates.record(r).id for r in range(section.candidates.rowCount())]
    assert sorted(candidates) == sorted([family.lea, family.noe])
    assert not section.link_action.isEnabled()

    section.candidates_table.selectRow(candidates.index(family.noe))
    assert section.link_action.isEnabled()
    section.link_action.trigger()

    assert service.get(family.noe).bank_debit.id == family.debit
    assert service.to_confirm() == []
    assert family.debit not in [section.model.record(r).id for r in range(section.model.rowCount())]
    assert main_window.undo_action.isEnabled()
    main_window.undo_action.trigger()  # Edit > Undo
    assert service.get(family.noe).bank_debit is None
    assert [t.debit.id for t in service.to_confirm()] == [family.debit]
    main_window.redo_action.trigger()
    assert service.get(family.noe).bank_debit.id == family.debit

    # From the act: "Unlink its bank payment": never paired with Noé's again (Léa's is left).
    tab.content.setCurrentWidget(tab.acts)
    assert tab.acts.select_act(family.noe)
    tab.acts.unlink_action.trigger()
    assert service.get(family.noe).bank_debit is None
    assert service.get(family.lea).bank_debit.id == family.debit
    main_window.undo_action.trigger()
    assert service.get(family.noe).bank_debit.id == family.debit


def test_the_footer_adds_up_the_acts_shown(tab, ctx) -> None:  # type: ignore[no-untyped-def]
    def footer(flt: ActFilter) -> str:
        t = ActService(ctx).totals(flt)
        m = formatting.money
        return (
            f"{t.acts} acts · Paid {m(t.paid_cents)} · Assurance Maladie {m(t.amo_cents)} · "
            f"Withheld {m(t.withheld_cents)} · Mutuelle {m(t.amc_cents)} · "
            f"Left to pay {m(t.left_cents)}"
        )

    assert tab.acts.totals_label.text() == footer(ActFilter())
    assert tab.acts.totals_label.text().startswith("8 acts · Paid ")
    tab.acts.status_combo.setCurrentIndex(
        tab.acts.status_combo.findData(ActStatus.AWAITING_AMO.value)
    )
    assert tab.acts.totals_label.text() == footer(ActFilter(status=ActStatus.AWAITING_AMO))
    assert tab.acts.totals_label.text().startswith("1 acts · Paid 12,40\xa0€ ·")


def test_preferences_set_lateness_and_the_contract_level(
    main_window, qtbot, ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ameli_desktop.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(main_window.ui, main_window)
    qtbot.addWidget(dialog)
    assert dialog.late_after.value() == 30
    assert dialog.contract_level.text() == "Not given"
    dialog.late_after.setValue(45)
    dialog.contract_level.setValue(200)
    dialog.save()
    assert (ActService(ctx).late_after_days(), ActService(ctx).contract_level()) == (45, 200)

    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, exc: errors.append(str(exc)))
    again = PreferencesDialog(main_window.ui, main_window)
    qtbot.addWidget(again)
    assert (again.late_after.value(), again.contract_level.value()) == (45, 200)
    again.contract_level.setValue(50)  # below 100 %: said, nothing saved
    again.late_after.setValue(10)
    again.save()
    assert len(errors) == 1
    assert ActService(ctx).contract_level() == 200
    again.contract_level.setValue(0)  # "Not given": no estimate
    again.save()
    assert (ActService(ctx).late_after_days(), ActService(ctx).contract_level()) == (10, None)


def test_the_overview_opens_a_late_act(main_window, family, ctx) -> None:  # type: ignore[no-untyped-def]
    late = ActService(ctx).late()[0]
    main_window.ui.open_record("reimbursements", "care_act", late.id)
    tab = main_window.current_tab()
    assert tab.content.currentWidget() is tab.acts
    assert tab.acts.selected_act().id == late.id
    assert date(2025, 1, 1) <= late.care_date
    main_window.ui.open_record("reimbursements", "care_act", None)  # "… more late ones"
    assert tab.content.currentWidget() is tab.owed


def test_the_acts_shown_export_as_csv_and_sort_by_a_column(tab, ctx, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: tmp_path / "actes.csv")
    acts = tab.acts
    acts.year_combo.setCurrentIndex(acts.year_combo.findData(2025))
    acts.csv_action.trigger()

    text = (tmp_path / "actes.csv").read_text("utf-8-sig").splitlines()
    assert text[0].startswith("Date des soins;Bénéficiaire;Nature des soins;")
    assert len(text) == 1 + acts.model.rowCount() == 8
    assert "30/01/2025;Claire Martin;C GENERALISTE Sect1 (G);;30,00;21,00;2,00;;11,00;" in text[1]

    acts.table.sortByColumn(ActsModel.PAID, Qt.SortOrder.DescendingOrder)  # sorted in SQL
    paid = [acts.model.record(r).paid_cents or 0 for r in range(acts.model.rowCount())]
    assert paid == sorted(paid, reverse=True)
    assert paid[0] == 5500


def test_an_act_chosen_in_still_owed_shows_among_the_acts(tab, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on a row of Still owed: the acts, filtered to show it, with it chosen."""
    tab.acts.status_combo.setCurrentIndex(
        tab.acts.status_combo.findData(ActStatus.SETTLED.value)
    )  # a filter that hides it
    owed = tab.owed
    tab.content.setCurrentWidget(owed)
    wanted = owed.amc_model.record(0)
    owed.amc_table.setFocus()
    owed.amc_table.setCurrentIndex(owed.amc_model.index(0, 0))
    qtbot.keyClick(owed.amc_table, Qt.Key.Key_Return)

    assert tab.content.currentWidget() is tab.acts
    assert tab.acts.selected_act().id == wanted.id
    assert tab.acts.year_combo.currentData() == wanted.care_date.year
    assert tab.acts.status_combo.currentData() is None
    assert wanted.nature in tab.acts.detail_label.text()
