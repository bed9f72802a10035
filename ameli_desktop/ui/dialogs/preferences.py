"""Preferences: the interface language (applied at the next start); when a reimbursement is
late, and the mutuelle contract's level its awaited part is estimated from (issue 19)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.acts import MAX_CONTRACT_LEVEL, MAX_LATE_AFTER_DAYS, ActService
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.i18n import LANGUAGES, SETTINGS_KEY, chosen_language


class PreferencesDialog(Dialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(ui.settings)))
        note = QLabel(self.tr("The language changes the next time Ameli Desktop starts."))
        note.setWordWrap(True)
        acts = ActService(ui.ctx)
        self.late_after = QSpinBox()
        self.late_after.setObjectName("lateAfter")
        self.late_after.setRange(1, MAX_LATE_AFTER_DAYS)
        self.late_after.setSuffix(self.tr(" days"))
        self.late_after.setValue(acts.late_after_days())
        self.late_after.setToolTip(
            self.tr(
                "Awaited for longer than this, a reimbursement is late: from the date of care "
                "for the Assurance Maladie, from its payment for the mutuelle."
            )
        )
        self.contract_level = QSpinBox()
        self.contract_level.setObjectName("contractLevel")
        # 0 (shown as "Not given"): no level, no estimate; else 100 % to the maximum.
        self.contract_level.setRange(0, MAX_CONTRACT_LEVEL)
        self.contract_level.setSingleStep(50)
        self.contract_level.setSuffix(" %")
        self.contract_level.setSpecialValueText(self.tr("Not given"))
        self.contract_level.setValue(acts.contract_level() or 0)
        self.contract_level.setToolTip(
            self.tr(
                "Your mutuelle contract's level, in % of the base (base de remboursement): the "
                "mutuelle's part still awaited is then shown as an estimate."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("A reimbursement is late &after"), self.late_after)
        form.addRow(self.tr("Mutuelle contract le&vel"), self.contract_level)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        acts = ActService(self.ui.ctx)
        level = self.contract_level.value() or None
        try:
            if self.late_after.value() != acts.late_after_days():
                acts.set_late_after_days(self.late_after.value())
            if level != acts.contract_level():
                acts.set_contract_level(level)
        except UserError as exc:
            messages.error(self, self.tr("Preferences"), exc)
            return
        self.ui.settings.setValue(SETTINGS_KEY, self.language.currentData())
        self.ui.settings.sync()
        self.ui.notify("reimbursements")
        self.accept()
