"""What counts at the Schengen border for a person (issue 18): the nationality group and, for a
passport from outside the EU/EEA/Switzerland, a residence permit or long-stay visa with its dates
and the state that issued it. One set of fields for every place a person is added (the first-run
rows, the person dialog) and for the Travel log's "Nationality and permits" dialog.

Validation stays in the domain (``validate_person``, ``validate_permit``): the fields only collect.
The inputs are the app's own: the date field (``travel_stay.date_edit``) and the country field.
"""

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QVBoxLayout, QWidget

from ameli_desktop.domain.schengen import (
    DEFAULT_COUNTRY,
    NATIONALITY_LABELS,
    PERMIT_LABELS,
    Nationality,
    PermitKind,
    PermitPeriod,
)
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.travel_stay import date_edit
from ameli_desktop.ui.i18n import translate
from ameli_desktop.ui.widgets.country_field import CountryField
from ameli_desktop.ui.widgets.forms import FieldErrors


class NationalityCombo(QComboBox):
    """Not given yet / EU, EEA or Swiss / other passport; "not given" is the default: nothing is
    guessed, and nothing is counted until it is answered."""

    def __init__(self, name: str = "nationality", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for nationality in (Nationality.UNKNOWN, Nationality.EU_EEA_CH, Nationality.OTHER):
            self.addItem(translate("Schengen", NATIONALITY_LABELS[nationality]), nationality.value)
        self.setToolTip(
            self.tr(
                "EU, EEA and Swiss citizens move freely. Other passports: at most 90 days in any "
                "180 in the Schengen area, except in the state that issued a valid residence "
                "permit or long-stay visa."
            )
        )

    def value(self) -> Nationality:
        return Nationality(self.currentData())

    def set_value(self, nationality: Nationality) -> None:
        self.setCurrentIndex(self.findData(Nationality(nationality).value))


def permit_state_combo(ui: UiContext, name: str = "state") -> CountryField:
    """The Schengen states by name (a permit of any other state changes no count); France first
    selected, the app being about France. A code or a name may be typed, as in every country
    field; a state outside the list is said by the domain (``validate_permit``)."""
    facts = ui.ctx.facts.schengen
    members = [c for c in facts.members if c not in facts.not_members]
    field = CountryField(ui.ctx.facts, name, codes=members)
    field.set_code(DEFAULT_COUNTRY)
    return field


class PermitFields(QWidget):
    """A permit's kind, validity and issuing state, laid out as form rows."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = ui.ctx.today()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in PermitKind:
            self.kind.addItem(translate("Schengen", PERMIT_LABELS[kind]), kind.value)
        self.start = date_edit("start", today)
        self.end = date_edit("end", today)
        self.state = permit_state_combo(ui)
        self.state.setToolTip(
            self.tr(
                "Days in this state are not counted while the document is valid; days in the "
                "other Schengen states are."
            )
        )

    def add_rows(self, form: QFormLayout, errors: FieldErrors | None = None) -> None:
        """The rows in a form of the caller's (so its labels line up with the others), each
        date and the state with its error line when ``errors`` is given."""
        form.addRow(self.tr("&Document"), self.kind)
        rows = (
            (self.tr("Valid fro&m"), "start", self.start),
            (self.tr("Valid &until"), "end", self.end),
            (self.tr("Issued b&y"), "state", self.state),
        )
        for label, field, widget in rows:
            if errors is None:
                form.addRow(label, widget)
            else:
                errors.add_row(form, label, field, widget)

    def period(self) -> PermitPeriod:
        """The permit as typed (a date that cannot be read raises a UserError naming its field;
        an empty state is France's, as for a stay)."""
        return PermitPeriod(
            self.start.day(),
            self.end.day(),
            PermitKind(self.kind.currentData()),
            self.state.code() or DEFAULT_COUNTRY,
        )


class TravelStatusFields(QWidget):
    """The group, and an optional permit shown only for "other passport" once ticked.

    ``with_permit=False`` (editing a person): the permits are kept in the Travel log's dialog.
    """

    def __init__(
        self, ui: UiContext, *, with_permit: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.nationality = NationalityCombo()
        self.has_permit = QCheckBox(self.tr("Holds a residence permit or long-stay visa"))
        self.has_permit.setObjectName("hasPermit")
        self.permit_fields = PermitFields(ui)
        self.permit_box = QWidget()
        permit_form = QFormLayout(self.permit_box)
        permit_form.setContentsMargins(0, 0, 0, 0)
        self.permit_fields.add_rows(permit_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nationality)
        layout.addWidget(self.has_permit)
        layout.addWidget(self.permit_box)
        self.with_permit = with_permit
        self.nationality.currentIndexChanged.connect(lambda _i: self._update())
        self.has_permit.toggled.connect(lambda _on: self._update())
        self._update()

    def _update(self) -> None:
        other = self.nationality.value() is Nationality.OTHER
        self.has_permit.setVisible(self.with_permit and other)
        self.permit_box.setVisible(self.with_permit and other and self.has_permit.isChecked())

    def value(self) -> tuple[Nationality, PermitPeriod | None]:
        """The group and the permit to record (None unless "other" and ticked)."""
        nationality = self.nationality.value()
        wanted = self.with_permit and nationality is Nationality.OTHER
        permit = self.permit_fields.period() if wanted and self.has_permit.isChecked() else None
        return nationality, permit
