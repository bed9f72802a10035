"""Add or edit a claim to follow (suivre mes démarches)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.claims import CLAIM_KIND_LABELS, ClaimDetails, ClaimKind
from ameli_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from ameli_desktop.services.claims import ClaimRecord, ClaimService
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.widgets.date_field import DateField
from ameli_desktop.ui.widgets.forms import FieldErrors
from ameli_desktop.ui.widgets.money_edit import MoneyEdit
from ameli_desktop.ui.widgets.person_selector import person_choice


class ClaimDialog(Dialog):
    def __init__(
        self, ui: UiContext, claim: ClaimRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.claim = claim
        self.saved: ClaimRecord | None = None
        self.setWindowTitle(self.tr("Edit a claim") if claim else self.tr("Follow a claim"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Something sent to the CPAM that you are waiting for (suivre mes démarches). Give "
                "the date of care and the amount, and the claim closes itself when a statement "
                "line shows them."
            )
        )
        intro.setWordWrap(True)
        self.person = person_choice(ui)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in ClaimKind:
            self.kind.addItem(translate("Claims", CLAIM_KIND_LABELS[kind]), kind.value)
        today = ui.ctx.today()
        self.sent_on = DateField("sent_on", near=today, value=today, required=True)
        self.expected_by = DateField("expected_by", near=today)
        self.care_date = DateField("care_date", near=today)
        self.amount = MoneyEdit("amount")
        self.amount.setObjectName("amount")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(80)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Person"), "person", self.person)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&Sent on"), "sent_on", self.sent_on)
        self.errors.add_row(form, self.tr("Answer &expected by"), "expected_by", self.expected_by)
        self.errors.add_row(form, self.tr("Date of &care"), "care_date", self.care_date)
        self.errors.add_row(form, self.tr("&Amount (paid or expected)"), "amount", self.amount)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)

        if claim is not None:
            self.person.setCurrentIndex(self.person.findData(claim.person_id))
            self.kind.setCurrentIndex(self.kind.findData(claim.kind.value))
            self.sent_on.set_value(claim.sent_on)
            self.expected_by.set_value(claim.expected_by)
            self.care_date.set_value(claim.care_date)
            self.amount.set_cents(claim.amount_cents)
            self.notes.setPlainText(claim.notes)

    def details(self) -> ClaimDetails:
        """The form's values (raises UserError for a date or amount that cannot be read)."""
        return ClaimDetails(
            person_id=self.person.currentData(),
            kind=ClaimKind(self.kind.currentData()),
            sent_on=self.sent_on.day(),
            expected_by=self.expected_by.value(),
            care_date=self.care_date.value(),
            amount_cents=self.amount.cents(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        service = ClaimService(self.ui.ctx)
        try:
            if self.person.currentData() is None:
                raise UserError(  # the list is empty only then
                    QT_TRANSLATE_NOOP("Errors", "Add a person to the household first."),
                    field="person",
                )
            details = self.details()
            if self.claim is None:
                self.saved = service.add(details)
            else:
                self.saved = service.update(self.claim.id, details)
        except UserError as exc:
            self.errors.show(exc)
            return
        self.ui.notify("claims")
        self.accept()

    @classmethod
    def edit(
        cls, ui: UiContext, claim: ClaimRecord | None = None, parent: QWidget | None = None
    ) -> ClaimRecord | None:
        dialog = cls(ui, claim, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
