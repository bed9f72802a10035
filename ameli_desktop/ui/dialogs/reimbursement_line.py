"""Edit one reimbursement line (a typo in an imported file, a missing amount)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.reimbursements import LineDetails
from ameli_desktop.services.reimbursements import LineRecord, ReimbursementService
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.money_edit import MoneyEdit
from ameli_desktop.ui.widgets.person_selector import person_choice


class LineDialog(Dialog):
    def __init__(self, ui: UiContext, line: LineRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.line = line
        self.saved: LineRecord | None = None
        self.setWindowTitle(self.tr("Edit a reimbursement line"))
        self.setMinimumWidth(480)

        self.person = person_choice(ui)
        near = line.line_date
        self.care_date = DateField("care_date", near=near)
        self.payment_date = DateField("payment_date", near=near)
        self.nature = QLineEdit()
        self.nature.setObjectName("nature")
        self.practitioner = QLineEdit()
        self.practitioner.setObjectName("practitioner")
        self.paid = MoneyEdit("paid")
        self.paid.setObjectName("paid")
        self.base = MoneyEdit("base")
        self.rate = QSpinBox()
        self.rate.setRange(-1, 100)
        self.rate.setSpecialValueText(self.tr("None"))
        self.rate.setSuffix(" %")
        self.reimbursed = MoneyEdit("reimbursed")
        self.reimbursed.setObjectName("reimbursed")
        self.complementary = MoneyEdit("complementary")
        self.deductions = MoneyEdit("deductions")
        self.third_party = QComboBox()
        self.third_party.addItem(self.tr("Not known"), None)
        self.third_party.addItem(self.tr("Yes"), True)
        self.third_party.addItem(self.tr("No"), False)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Person"), "person", self.person)
        add(form, self.tr("Date of &care (date des soins)"), "care_date", self.care_date)
        add(form, self.tr("Pa&yment date"), "payment_date", self.payment_date)
        add(form, self.tr("&Nature of care"), "nature", self.nature)
        add(form, self.tr("Practit&ioner"), "practitioner", self.practitioner)
        add(form, self.tr("Amount p&aid (payé)"), "paid", self.paid)
        add(form, self.tr("&Base de remboursement"), "base", self.base)
        add(form, self.tr("&Rate (taux)"), "rate", self.rate)
        add(form, self.tr("Reimbursed by the Assurance &Maladie"), "reimbursed", self.reimbursed)
        add(form, self.tr("Paid by the m&utuelle"), "complementary", self.complementary)
        add(form, self.tr("&Deductions (franchise)"), "deductions", self.deductions)
        form.addRow(self.tr("&Tiers payant"), self.third_party)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)

        self.person.setCurrentIndex(self.person.findData(line.person_id))
        self.care_date.set_value(line.care_date)
        self.payment_date.set_value(line.payment_date)
        self.nature.setText(line.nature)
        self.practitioner.setText(line.practitioner)
        self.paid.set_cents(line.paid_cents)
        self.base.set_cents(line.base_cents)
        self.rate.setValue(-1 if line.rate_percent is None else line.rate_percent)
        self.reimbursed.set_cents(line.reimbursed_cents)
        self.complementary.set_cents(line.complementary_cents)
        self.deductions.set_cents(line.deductions_cents)
        self.third_party.setCurrentIndex(self.third_party.findData(line.third_party))

    def details(self) -> LineDetails:
        return LineDetails(
            person_id=self.person.currentData(),
            care_date=self.care_date.value(),
            payment_date=self.payment_date.value(),
            nature=self.nature.text(),
            practitioner=self.practitioner.text(),
            paid_cents=self.paid.cents(),
            base_cents=self.base.cents(),
            rate_percent=None if self.rate.value() < 0 else self.rate.value(),
            reimbursed_cents=self.reimbursed.cents(),
            complementary_cents=self.complementary.cents(),
            deductions_cents=self.deductions.cents(),
            third_party=self.third_party.currentData(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved = ReimbursementService(self.ui.ctx).update(self.line.id, self.details())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("reimbursements")
        self.accept()

    @classmethod
    def edit(
        cls, ui: UiContext, line: LineRecord, parent: QWidget | None = None
    ) -> LineRecord | None:
        dialog = cls(ui, line, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
