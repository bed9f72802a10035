"""Import a statement (CSV, ameli's or a mutuelle's PDF, a PDF table): preview the mapping and the
first rows with the values understood, fix what was guessed wrong, say who each beneficiary is,
then import off the GUI thread with a progress bar and Cancel.

Everything the file decides (encoding, delimiter, header row, profile, day/month order) is shown
and can be changed; every change reads the file again. Rows that cannot be read are listed with
their line, column, value and reason, and the user chooses: import the good rows, or cancel.
"Who is this?" (ui.dialogs.import_beneficiaries) asks for every beneficiary nobody matched;
nothing is written before the user presses Import.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop.domain.errors import UserError
from ameli_desktop.domain.statements import DocumentKind
from ameli_desktop.importers import (
    DELIMITERS,
    ENCODINGS,
    DateOrder,
    Field,
    ParsedStatement,
    Profile,
    ProfileError,
    ProfileKind,
    StatementLayout,
    inspect_statement,
    read_file_bytes,
    set_aside_text,
    user_profile,
)
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.services.statement_import import (
    ImportOptions,
    ImportPreview,
    ImportResult,
    ImportService,
    ProfileService,
)
from ameli_desktop.ui import formatting, messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.dialogs.base import Dialog
from ameli_desktop.ui.dialogs.import_beneficiaries import BeneficiaryChoices
from ameli_desktop.ui.i18n import error_text, translate
from ameli_desktop.ui.models.statement_preview import PreviewModel, RejectionsModel
from ameli_desktop.ui.tasks import Task, TaskControl, run_task
from ameli_desktop.ui.widgets.forms import show_whole_hint

LAST_DIR_KEY = "import/last_dir"
CUSTOM = "__custom__"
PREVIEW_MIN_HEIGHT = 180  # the preview keeps a few readable rows; the dialog scrolls instead


class ImportDialog(Dialog):
    def __init__(self, ui: UiContext, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.service = ImportService(ui.ctx)
        self.path: Path | None = None
        self.parsed: ParsedStatement | None = None
        self.preview: ImportPreview | None = None
        self.layout_info: StatementLayout | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self.busy = False
        self._custom_profile: Profile | None = None
        self._building = False
        self.problem: BaseException | None = None
        self._mapped_headers: list[str] = []
        self._person_touched = False  # the user chose the person of lines without beneficiary
        self._generation = 0  # of the latest background run (see _run)
        self.people: list[PersonRecord] = []
        self.setWindowTitle(self.tr("Import a statement (relevé)"))
        self._build()
        self._fit_screen()
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.addItem(self.tr("Detect"), None)
        for codec, name in ENCODINGS.items():
            self.encoding_combo.addItem(name, codec)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.delimiter_combo.addItem(self.tr("Detect"), None)
        names = {
            ";": self.tr("Semicolon ;"),
            ",": self.tr("Comma ,"),
            "\t": self.tr("Tab"),
            "|": self.tr("Vertical bar |"),
        }
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(names[delimiter], delimiter)
        self.date_order_combo = QComboBox()
        self.date_order_combo.setObjectName("dateOrderCombo")
        self.date_order_combo.addItem(self.tr("Decide from the dates"), DateOrder.AUTO.value)
        self.date_order_combo.addItem(self.tr("Day first (31/12/2025)"), DateOrder.DAY_FIRST.value)
        self.date_order_combo.addItem(
            self.tr("Month first (12/31/2025)"), DateOrder.MONTH_FIRST.value
        )
        self._fill_profiles()
        for combo in (
            self.profile_combo,
            self.encoding_combo,
            self.delimiter_combo,
            self.date_order_combo,
        ):
            combo.currentIndexChanged.connect(self._options_changed)
        options = QFormLayout()
        options.addRow(self.tr("&Profile"), self.profile_combo)
        options.addRow(self.tr("&Encoding"), self.encoding_combo)
        options.addRow(self.tr("&Separator"), self.delimiter_combo)
        options.addRow(self.tr("&Dates"), self.date_order_combo)
        self.info_label = QLabel()
        self.info_label.setObjectName("infoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        options_row = QHBoxLayout()
        options_row.addLayout(options)
        options_row.addWidget(self.info_label, 1)

        # Bank exports: the names the household's mutuelle goes by in bank labels.
        self.insurers_label = QLabel(self.tr("Your mutuelle in bank labels:"))
        self.insurers_edit = QLineEdit()
        self.insurers_edit.setObjectName("insurersEdit")
        self.insurers_edit.setPlaceholderText(self.tr("e.g. MUT DES MOTARDS, MUTUALIA"))
        self.insurers_edit.setToolTip(
            self.tr(
                "Bank lines naming one of these (separated by commas) are read as "
                "reimbursements from your complementary insurer, in this and later imports."
            )
        )
        self.insurers_edit.setText(", ".join(ProfileService(self.ui.ctx).insurer_names()))
        self.insurers_button = QPushButton(self.tr("&Use these names"))
        self.insurers_button.setObjectName("insurersButton")
        self.insurers_button.clicked.connect(self.save_insurer_names)
        self.insurers_label.setBuddy(self.insurers_edit)
        insurers_row = QHBoxLayout()
        insurers_row.addWidget(self.insurers_label)
        insurers_row.addWidget(self.insurers_edit, 1)
        insurers_row.addWidget(self.insurers_button)
        self.insurers_row = QWidget()
        self.insurers_row.setLayout(insurers_row)
        insurers_row.setContentsMargins(0, 0, 0, 0)

        self.mapping_box = QGroupBox(self.tr("Columns (what each one is)"))
        self.mapping_grid = QGridLayout()
        inner = QWidget()
        inner.setLayout(self.mapping_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        # One row of columns, scrolled sideways: as high as it, never a vertical bar.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_inner = inner
        self.mapping_scroll = scroll
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(
            self.tr("Statement lines (one act per row)"), ProfileKind.STATEMENT.value
        )
        self.kind_combo.addItem(self.tr("Bank transactions"), ProfileKind.BANK.value)
        self.kind_combo.currentIndexChanged.connect(self._mapping_changed)
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profileName")
        self.profile_name.setPlaceholderText(self.tr("Name, e.g. My mutuelle"))
        show_whole_hint(self.profile_name)
        self.save_profile_button = QPushButton(self.tr("Sa&ve as a profile"))
        self.save_profile_button.clicked.connect(self.save_profile)
        # Two rows, so that a narrow window (1024x700 at 150 %) needs no sideways scrolling.
        mapping_kind = QHBoxLayout()
        mapping_kind.addWidget(QLabel(self.tr("The file holds:")))
        mapping_kind.addWidget(self.kind_combo)
        mapping_kind.addStretch(1)
        mapping_save = QHBoxLayout()
        mapping_save.addStretch(1)
        mapping_save.addWidget(self.profile_name)
        mapping_save.addWidget(self.save_profile_button)
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.addWidget(scroll)
        mapping_layout.addLayout(mapping_kind)
        mapping_layout.addLayout(mapping_save)
        self.field_combos: list[QComboBox] = []

        self.person_label = QLabel(self.tr("Lines without a beneficiary are for:"))
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("personCombo")
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        self.person_error = QLabel()
        self.person_error.setObjectName("error_person")
        self.person_error.setStyleSheet("color: #c62828;")
        self.person_error.setWordWrap(True)
        self.person_error.hide()
        self.person_label.setBuddy(self.person_combo)
        self.person_hint = QLabel()
        self.person_hint.setObjectName("personHint")
        self.person_hint.setWordWrap(True)
        self.person_hint.setTextFormat(Qt.TextFormat.PlainText)
        people_row = QHBoxLayout()
        people_row.addWidget(self.person_label)
        people_row.addWidget(self.person_combo)
        people_row.addWidget(self.person_hint, 1)
        self.people_row = QWidget()
        self.people_row.setLayout(people_row)
        people_row.setContentsMargins(0, 0, 0, 0)

        # "Who is this?": each beneficiary of the file, and who they are in the household.
        self.choices_box = BeneficiaryChoices()
        self.choices_box.changed.connect(self._choices_changed)
        self.choices_error = QLabel()
        self.choices_error.setObjectName("error_beneficiary")
        self.choices_error.setStyleSheet("color: #c62828;")
        self.choices_error.setWordWrap(True)
        self.choices_error.setTextFormat(Qt.TextFormat.PlainText)
        self.choices_error.hide()

        self.preview_model = PreviewModel(self)
        self.preview_model.dataChanged.connect(lambda *_: self._update_summary())
        self.preview_table = QTableView()
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(22)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.preview_table.horizontalHeader().setDefaultSectionSize(110)
        self.preview_table.setMinimumHeight(PREVIEW_MIN_HEIGHT)

        self.rejections_model = RejectionsModel(self)
        self.rejections_table = QTableView()
        self.rejections_table.setObjectName("rejectionsTable")
        self.rejections_table.setModel(self.rejections_model)
        self.rejections_table.horizontalHeader().setStretchLastSection(True)
        self.rejections_table.verticalHeader().hide()
        self.rejections_table.setMaximumHeight(130)
        self.skip_bad = QCheckBox()
        self.skip_bad.setObjectName("skipBad")
        self.skip_bad.toggled.connect(lambda _c: self._update_summary())
        self.problems_box = QGroupBox(self.tr("Rows that cannot be read"))
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.rejections_table)
        problems_layout.addWidget(self.skip_bad)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)

        # Everything above the summary scrolls, so the dialog holds on a 1024x700 screen at
        # 150 % (issue 16): nothing is squeezed out of sight or printed over its neighbour.
        body = QWidget()
        body.setObjectName("importBody")
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(top)
        content.addLayout(options_row)
        content.addWidget(self.insurers_row)
        content.addWidget(self.mapping_box)
        content.addWidget(self.choices_box)
        content.addWidget(self.choices_error)
        content.addWidget(self.people_row)
        content.addWidget(self.person_error)
        content.addWidget(self.preview_table, 1)
        content.addWidget(self.problems_box)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("importScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._fill_people()
        self._show_state()

    def _fill_profiles(self) -> None:
        self._building = True
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Detect from the header"), None)
        self.profile_combo.addItem(self.tr("ameli payment lines"), "ameli")
        self.profile_combo.addItem(self.tr("Bank statement"), "bank")
        for profile in ProfileService(self.ui.ctx).saved():
            self.profile_combo.addItem(profile.name, profile.name)
        self._building = False

    def _fit_screen(self) -> None:
        """1000x720 where the screen has room, else the screen's available size."""
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() - 20), min(720, screen.height() - 40))

    def _fill_people(self) -> None:
        self.people = PeopleService(self.ui.ctx).all()
        self._building = True
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Choose…"), None)
        for person in self.people:
            self.person_combo.addItem(person.name, person.id)
        if self.ui.person_filter is not None:
            self.person_combo.setCurrentIndex(self.person_combo.findData(self.ui.person_filter))
        self._building = False

    # ------------------------------------------------------------------ file
    def choose_file(self) -> None:
        start = self.ui.settings.value(LAST_DIR_KEY)
        path = messages.open_file(
            self,
            self.tr("Choose a statement file"),
            self.tr(
                "Statements: CSV, ameli’s or a mutuelle’s PDF, a PDF table"
                " (*.csv *.tsv *.txt *.pdf);;All files (*)"
            ),
            Path(str(start)) if start else None,
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.ui.settings.setValue(LAST_DIR_KEY, str(self.path.parent))
        # The file's name (its folder in the tooltip): a long path never widens the dialog.
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._custom_profile = None
        # Another file: its own beneficiaries and bank account, nothing carried over.
        self.choices_box.set_matches([], self.people)
        self._person_touched = False
        self.reread()

    # ------------------------------------------------------------------ reading
    def chosen_profile(self) -> Profile | None:
        if self._custom_profile is not None:
            return self._custom_profile
        name = self.profile_combo.currentData()
        if name is None or name == CUSTOM:
            return None
        return ProfileService(self.ui.ctx).get(name)

    def options(self) -> ImportOptions:
        return ImportOptions(
            person_id=self.person_combo.currentData(),
            beneficiaries=self.choices_box.choices(),
            exclude_lines=frozenset(self.preview_model.excluded),
            skip_bad=self.skip_bad.isChecked(),
            ask_unknown=True,
        )

    def refresh_preview(self) -> None:
        """What the import would do with the current answers, without reading the file again."""
        if self.parsed is None:
            return
        parsed = self.parsed
        options = self.options()
        service = self.service

        def work(_control: TaskControl) -> ImportPreview:
            return service.preview(parsed, options)

        self._run(work, self._preview_done, self._read_failed)

    def _preview_done(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_state(keep_excluded=True)

    def reread(self) -> None:
        """Read the file again with the current choices, off the GUI thread."""
        if self.path is None:
            return
        path = self.path
        profile = self.chosen_profile()
        encoding = self.encoding_combo.currentData()
        delimiter = self.delimiter_combo.currentData()
        order = DateOrder(self.date_order_combo.currentData())
        options = self.options()
        service = self.service

        def work(control: TaskControl) -> tuple[ImportPreview | None, StatementLayout | None, Any]:
            try:
                parsed = service.read(
                    path,
                    profile=profile,
                    encoding=encoding,
                    delimiter=delimiter,
                    date_order=None if order is DateOrder.AUTO else order,
                    on_progress=control.progress,
                )
            except ProfileError as exc:
                # Columns not recognised: show them so the user can say what they are.
                try:
                    layout = inspect_statement(
                        read_file_bytes(path),
                        file_name=path.name,
                        encoding=encoding,
                        delimiter=delimiter,
                    )
                except UserError:
                    return None, None, exc
                return None, layout, exc
            return service.preview(parsed, options), parsed.layout, None

        self._run(work, self._read_done, self._read_failed)

    def _read_done(self, result: tuple[ImportPreview | None, StatementLayout | None, Any]) -> None:
        preview, layout, problem = result
        self.preview = preview
        self.parsed = preview.parsed if preview else None
        self.layout_info = layout
        self.problem = problem
        self._show_state()

    def _read_failed(self, exc: BaseException) -> None:
        self.preview = None
        self.parsed = None
        self.layout_info = None
        self.problem = exc
        self._show_state()
        if not isinstance(exc, UserError):
            messages.error(self, self.tr("Import a statement"), exc)

    # ------------------------------------------------------------------ showing
    def _show_state(self, *, keep_excluded: bool = False) -> None:
        parsed = self.parsed
        layout = self.layout_info
        self.preview_model.set_preview(self.preview, keep_excluded=keep_excluded)
        self.preview_table.resizeColumnsToContents()
        header = self.preview_table.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.rejections_model.set_rejections(parsed.rejections if parsed else [])
        self.problems_box.setVisible(bool(parsed and parsed.rejections))
        if parsed and parsed.rejections:
            self.skip_bad.setText(
                self.tr(
                    "Import the good rows and leave out the {count} that cannot be read"
                ).format(count=len(parsed.rejected_lines))
            )
        self._show_mapping(layout, parsed)
        self._show_info(layout, parsed)
        self.insurers_row.setVisible(parsed is not None and parsed.profile.kind is ProfileKind.BANK)
        # A PDF has no encoding or separator to choose; ameli's and a mutuelle's statements have
        # no columns either, while a PDF table is mapped like a CSV.
        is_pdf = (layout is not None and bool(layout.pages)) or (
            self.path is not None and self.path.suffix.casefold() == ".pdf"
        )
        is_table = is_pdf and (
            (parsed is not None and parsed.document is DocumentKind.TABLE_PDF)
            or (parsed is None and layout is not None and layout.profile is None)
        )
        self.mapping_box.setVisible(not is_pdf or is_table)
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(not is_pdf)
        for combo in (self.profile_combo, self.date_order_combo):
            combo.setEnabled(not is_pdf or is_table)
        needed = bool(self.preview and self.preview.lines_without_beneficiary)
        self.people_row.setVisible(needed)
        self._show_person_default()
        self.choices_box.set_matches(
            self.preview.beneficiaries if self.preview else [], self.people
        )
        self.choices_error.hide()
        self._update_summary()

    def _show_person_default(self) -> None:
        """Preselect whom the last import from this bank account was for (until the user
        chooses), and say so."""
        preview = self.preview
        self.person_hint.clear()
        if preview is None or not preview.lines_without_beneficiary:
            return
        default = preview.default_person
        if default is not None and not self._person_touched:
            self._building = True
            self.person_combo.setCurrentIndex(self.person_combo.findData(default))
            self._building = False
        if (
            preview.source is not None
            and default is not None
            and self.person_combo.currentData() == default
            and len(self.people) > 1
        ):
            self.person_hint.setText(
                self.tr("As for the last import from {source}.").format(source=preview.source[1])
            )

    def _show_info(self, layout: StatementLayout | None, parsed: ParsedStatement | None) -> None:
        if layout is None:
            self.info_label.setText(error_text(self.problem) if self.problem else "")
            return
        known = parsed is not None or layout.profile is not None
        if (
            layout.pages
            and known
            and (parsed is None or parsed.document is not DocumentKind.TABLE_PDF)
        ):
            self.info_label.setText("\n".join(self._releve_lines(layout, parsed)))
            return
        if layout.pages:
            self.info_label.setText(
                "\n".join(
                    [
                        self.tr("A PDF whose rows form a table: say what each column is."),
                        *([error_text(self.problem)] if self.problem else []),
                        *(
                            [self.tr("Profile: {name}.").format(name=parsed.profile.name)]
                            if parsed is not None
                            else []
                        ),
                    ]
                )
            )
            return
        delimiter_names = {";": ";", ",": ",", "\t": self.tr("tab"), "|": "|"}
        lines = [
            self.tr("Encoding: {encoding} ({how}).").format(
                encoding=ENCODINGS.get(layout.encoding, layout.encoding),
                how=self.tr("detected") if layout.encoding_detected else self.tr("chosen"),
            ),
            (
                self.tr("Separator: {delimiter}. Header on line {line}.")
                if layout.header_line
                else self.tr("Separator: {delimiter}. The file has no header row.")
            ).format(
                delimiter=delimiter_names.get(layout.delimiter, layout.delimiter),
                line=layout.header_line,
            ),
        ]
        if layout.preamble:
            lines.append(
                self.tr("{count} lines above the table are skipped.").format(
                    count=len(layout.preamble)
                )
            )
        if parsed is not None and layout.bank is not None:
            lines.append(self.tr("Recognised: an export of {bank}.").format(bank=layout.bank.name))
        elif parsed is not None:
            lines.append(self.tr("Profile: {name}.").format(name=parsed.profile.name))
        if parsed is not None and parsed.profile.kind is ProfileKind.BANK:
            lines.append(self._health_lines_text(parsed))
        if parsed is not None:
            for fld, decision in parsed.date_decisions.items():
                column = next((c.header for c in layout.columns if c.field is fld), fld.value)
                if decision.ambiguous:
                    lines.append(
                        self.tr(
                            "“{column}”: no date shows whether the day or the month comes first; "
                            "read as day first (French order). Change “Dates” if that is wrong."
                        ).format(column=column)
                    )
                elif decision.order is DateOrder.MONTH_FIRST and not decision.forced:
                    lines.append(
                        self.tr("“{column}”: month first (as in {example}).").format(
                            column=column, example=decision.evidence
                        )
                    )
        elif self.problem is not None:
            lines.append(error_text(self.problem))
        lines += self._previous_import_lines()
        self.info_label.setText("\n".join(lines))

    def _previous_import_lines(self) -> list[str]:
        """A sentence when this very file was imported before, else nothing."""
        if not (self.preview and self.preview.previous):
            return []
        previous = self.preview.previous
        return [
            self.tr(
                "This very file was already imported on {day} (import {id}): its lines are "
                "already stored."
            ).format(day=formatting.day_time(previous.imported_at), id=previous.id)
        ]

    def _releve_lines(self, layout: StatementLayout, parsed: ParsedStatement | None) -> list[str]:
        """What a statement PDF holds: which document, whose, which period, how many acts,
        payments and daily allowances."""
        kinds = {
            DocumentKind.AMELI_PAYMENT: self.tr(
                "ameli’s detail of one payment (détail des versements), PDF."
            ),
            DocumentKind.AMELI_MONTHLY: self.tr(
                "ameli’s monthly statement (relevé mensuel de remboursements), PDF."
            ),
            DocumentKind.AMELI_PAPER: self.tr("ameli’s older paper statement (relevé), PDF."),
            DocumentKind.MUTUELLE: self.tr("A mutuelle’s statement (relevé de prestations), PDF."),
        }
        lines = [
            kinds.get(parsed.document, "") if parsed is not None else "",
            " · ".join(layout.preamble),
        ]
        if parsed is not None:
            acts = len(parsed.lines)
            lines.append(
                (
                    self.tr("1 act on {pages} pages.")
                    if acts == 1
                    else self.tr("{acts} acts on {pages} pages.")
                ).format(acts=acts, pages=layout.pages)
                + " "
                + self.tr("{count} payments.").format(count=len(parsed.payments))
            )
            if parsed.allowances:
                total = sum(a.cents for a in parsed.allowances)
                lines.append(
                    self.tr(
                        "{count} daily allowances (indemnités journalières), {total}: kept apart"
                        " from care, never in out-of-pocket."
                    ).format(count=len(parsed.allowances), total=formatting.money(total))
                )
            if parsed.notes:
                lines.append(
                    self.tr("Sent to the complementary insurer: {names}.").format(
                        names=", ".join(parsed.notes)
                    )
                )
        return [line for line in lines if line] + self._previous_import_lines()

    def _health_lines_text(self, parsed: ParsedStatement) -> str:
        """How many of a bank export's transactions are health lines, and why the others not."""
        set_aside = parsed.set_aside
        total = len(parsed.lines) + sum(set_aside.values()) + len(parsed.rejected_lines)
        if parsed.lines or parsed.rejections:
            health = len(parsed.lines)
            text = (
                self.tr("{health} of its {total} transactions is a health payment.")
                if health == 1
                else self.tr("{health} of its {total} transactions are health payments.")
            )
            return text.format(health=health, total=total)
        why = set_aside_text(set_aside, lambda text: translate("SetAside", text))
        return self.tr(
            "None of its {total} transactions is a health payment ({why}): nothing to import. "
            "If one is from your mutuelle, type its name below."
        ).format(total=total, why=why)

    def save_insurer_names(self) -> None:
        """Keep the typed names and read the file again with them."""
        names = self.insurers_edit.text().split(",")
        try:
            kept = ProfileService(self.ui.ctx).set_insurer_names(names)
        except UserError as exc:
            self.info_label.setText(error_text(exc))
            return
        self.insurers_edit.setText(", ".join(kept))
        self.reread()

    def _show_mapping(self, layout: StatementLayout | None, parsed: ParsedStatement | None) -> None:
        headers = [c.header for c in layout.columns] if layout is not None else []
        if layout is not None and headers == self._mapped_headers:
            # Same columns: keep the combos the user is working with, update their choices.
            self._building = True
            for combo, column in zip(self.field_combos, layout.columns, strict=True):
                combo.setCurrentIndex(
                    combo.findData(column.field.value) if column.field is not None else 0
                )
            if parsed is not None:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(parsed.profile.kind.value))
            self._building = False
            return
        self._mapped_headers = headers
        self._building = True
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.field_combos = []
        if layout is not None:
            for index, column in enumerate(layout.columns):
                label = QLabel(column.header or f"#{index + 1}")
                label.setTextFormat(Qt.TextFormat.PlainText)
                combo = QComboBox()
                combo.setObjectName(f"fieldCombo{index}")
                # As wide as its longest choice: the row scrolls rather than cut a name.
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.addItem(self.tr("Not imported"), None)
                for fld, text in self.field_labels().items():
                    combo.addItem(text, fld.value)
                if column.field is not None:
                    combo.setCurrentIndex(combo.findData(column.field.value))
                combo.currentIndexChanged.connect(self._mapping_changed)
                self.mapping_grid.addWidget(label, 0, index)
                self.mapping_grid.addWidget(combo, 1, index)
                self.field_combos.append(combo)
            kind = parsed.profile.kind if parsed else ProfileKind.STATEMENT
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self._building = False
        self._fit_mapping_height()

    def _fit_mapping_height(self) -> None:
        """The columns' row as high as a header over its combo (the grid's own size hint is
        not computed yet when the columns have just been rebuilt)."""
        grid = self.mapping_grid
        rows = [0, 0]
        for index in range(grid.count()):
            item = grid.itemAt(index)
            row = grid.getItemPosition(index)[0]
            if item.widget() is not None and row < len(rows):
                rows[row] = max(rows[row], item.widget().sizeHint().height())
        margins = grid.contentsMargins()
        scroll = self.mapping_scroll
        self.mapping_scroll.setFixedHeight(
            sum(rows)
            + max(grid.verticalSpacing(), 0)
            + margins.top()
            + margins.bottom()
            + scroll.horizontalScrollBar().sizeHint().height()
            + 2 * scroll.frameWidth()
        )

    def _update_summary(self) -> None:
        preview = self.preview
        can_import = False
        if preview is None:
            self.summary_label.setText(
                self.tr("Choose a statement file, or drop one on the main window.")
                if self.path is None
                else ""
            )
        else:
            parsed = preview.parsed
            excluded = len(self.preview_model.excluded)
            new = preview.new_lines - excluded
            text = self.tr(
                "{new} new lines to import, {dup} already stored, {skipped} rows skipped."
            ).format(new=new, dup=len(preview.duplicate_lines), skipped=len(parsed.skipped))
            if preview.left_out_lines:
                text += " " + self.tr("{count} lines left out (not in the household).").format(
                    count=len(preview.left_out_lines)
                )
            new_people = [m.new_name for m in preview.beneficiaries if m.is_new and m.action]
            if new_people:
                text += " " + self.tr("New household members: {names}.").format(
                    names=", ".join(new_people)
                )
            unanswered = self.choices_box.unanswered()
            if unanswered:
                text += " " + self.tr("Say who {names} is in “Who is this?” above.").format(
                    names=", ".join(unanswered)
                )
            if parsed.rejections and not self.skip_bad.isChecked():
                text += " " + self.tr(
                    "Some rows cannot be read: tick the box above to import the others, or cancel."
                )
            self.summary_label.setText(text)
            can_import = (
                new > 0
                and (not parsed.rejections or self.skip_bad.isChecked())
                and not unanswered
                and not self.choices_box.has_problem()
            )
        self.import_button.setEnabled(can_import and not self.busy)
        self.save_profile_button.setEnabled(bool(self.field_combos) and not self.busy)

    # ------------------------------------------------------------------ user changes
    def _options_changed(self) -> None:
        if self._building:
            return
        self._custom_profile = None
        self.reread()

    def _person_changed(self) -> None:
        if self._building:
            return
        self._person_touched = True
        self.person_error.hide()
        self.person_hint.clear()
        self.refresh_preview()

    def _choices_changed(self) -> None:
        self.choices_error.hide()
        self._update_summary()
        self.refresh_preview()

    def current_mapping(self) -> list[Field | None]:
        return [
            Field(combo.currentData()) if combo.currentData() else None
            for combo in self.field_combos
        ]

    def _mapping_changed(self) -> None:
        if self._building or self.layout_info is None:
            return
        header = self.layout_info.header
        try:
            self._custom_profile = user_profile(
                self.tr("this import"),
                ProfileKind(self.kind_combo.currentData()),
                header,
                self.current_mapping(),
                has_header=header is not None,
                skip_lines=None if header is not None else (self.layout_info.header_line or 0),
            )
        except UserError as exc:
            self.info_label.setText(error_text(exc))
            self.preview = None
            self.parsed = None
            self.preview_model.set_preview(None)
            self._update_summary()
            return
        self.reread()

    def save_profile(self) -> None:
        """Save the current mapping under the typed name (shown in Profile from now on)."""
        if self.layout_info is None:
            return
        name = self.profile_name.text().strip()
        try:
            profile = user_profile(
                name,
                ProfileKind(self.kind_combo.currentData()),
                self.layout_info.header,
                self.current_mapping(),
                encoding=self.encoding_combo.currentData(),
                delimiter=self.delimiter_combo.currentData(),
                date_order=DateOrder(self.date_order_combo.currentData()),
            )
            ProfileService(self.ui.ctx).save(profile)
        except UserError as exc:
            self.info_label.setText(error_text(exc))
            return
        self._fill_profiles()
        self._building = True
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile.name))
        self._building = False
        self._custom_profile = None
        self.ui.status(self.tr("Saved the import profile “{name}”.").format(name=profile.name))
        self.reread()

    # ------------------------------------------------------------------ importing
    def start_import(self) -> None:
        if self.parsed is None:
            return
        self.choices_box.stop_typing()
        parsed = self.parsed
        options = self.options()
        service = self.service
        self.progress.setValue(0)
        self.progress.show()

        def work(control: TaskControl) -> ImportResult:
            return service.import_parsed(parsed, options, on_progress=control.progress)

        self._run(work, self._import_done, self._import_failed, on_cancelled=self._import_cancelled)

    def _import_done(self, result: ImportResult) -> None:
        self.result = result
        self.progress.hide()
        self.ui.notify("reimbursements")
        if result.new_people:
            self.ui.notify("people")
        if result.settled_claims:
            self.ui.notify("claims")
        text = self.tr("Imported {count} lines from {file}.").format(
            count=result.imported, file=self.path.name if self.path else ""
        )
        if result.new_people:
            text += " " + self.tr("New household members: {names}.").format(
                names=", ".join(result.new_people)
            )
        if result.left_out:
            text += " " + self.tr("{count} lines left out (not in the household).").format(
                count=result.left_out
            )
        if result.payments_matched:
            text += " " + (
                self.tr("1 bank transfer is the payment of a relevé: counted once.")
                if result.payments_matched == 1
                else self.tr(
                    "{count} bank transfers are the payments of a relevé: counted once."
                ).format(count=result.payments_matched)
            )
        self.ui.status(text)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        if isinstance(exc, UserError) and exc.field == "person":
            self.person_error.setText(error_text(exc))
            self.person_error.show()
            self.people_row.show()
            self.person_combo.setFocus()
            self.body_scroll.ensureWidgetVisible(self.person_combo)
            return
        if isinstance(exc, UserError) and exc.field == "beneficiary":
            self.choices_error.setText(error_text(exc))
            self.choices_error.show()
            self.body_scroll.ensureWidgetVisible(self.choices_box)
            return
        messages.error(self, self.tr("Import a statement"), exc)

    def _import_cancelled(self) -> None:
        self.progress.hide()
        self.ui.status(self.tr("Import cancelled: nothing was imported."))

    def cancel(self) -> None:
        """Cancel the running work, or close the dialog."""
        if self.task is not None and self.busy:
            self.task.cancel()
            return
        self.reject()

    # ------------------------------------------------------------------ tasks
    def _run(self, work: Any, on_done: Any, on_error: Any, on_cancelled: Any = None) -> None:
        """Run ``work`` off the GUI thread; a run started meanwhile supersedes it (its answer,
        however late it comes, is dropped: the preview always shows the latest choices)."""
        if self.task is not None and self.busy:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.busy = True
        self._update_summary()

        def finish(callback: Any) -> Any:
            def call(*args: Any) -> None:
                if generation != self._generation:
                    return
                self.busy = False
                self.task = None
                if callback is not None:
                    callback(*args)
                self._update_summary()

            return call

        self.task = run_task(
            work,
            on_done=finish(on_done),
            on_error=finish(on_error),
            on_progress=self._progress,
            on_cancelled=finish(on_cancelled),
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def field_labels(self) -> dict[Field, str]:
        """What each field is called in the mapping's lists (English, with the French term)."""
        return {
            Field.CARE_DATE: self.tr("Date of care (date des soins)"),
            Field.PAYMENT_DATE: self.tr("Payment date (date de paiement)"),
            Field.BENEFICIARY: self.tr("Beneficiary (bénéficiaire)"),
            Field.NATURE: self.tr("Nature of care (prestation)"),
            Field.PRACTITIONER: self.tr("Practitioner (professionnel de santé)"),
            Field.PAID: self.tr("Amount paid (montant payé)"),
            Field.BASE: self.tr("Reimbursement base (base)"),
            Field.RATE: self.tr("Rate (taux)"),
            Field.REIMBURSED: self.tr("Reimbursed (montant remboursé)"),
            Field.COMPLEMENTARY: self.tr("Complementary (mutuelle)"),
            Field.DEDUCTIONS: self.tr("Deductions (participation forfaitaire / franchise)"),
            Field.THIRD_PARTY: self.tr("Third-party payment (tiers payant)"),
            Field.DATE: self.tr("Date (of the operation)"),
            Field.VALUE_DATE: self.tr("Value date (date de valeur)"),
            Field.LABEL: self.tr("Label (libellé)"),
            Field.DEBIT: self.tr("Debit (débit)"),
            Field.CREDIT: self.tr("Credit (crédit)"),
            Field.AMOUNT: self.tr("Signed amount (montant)"),
            Field.DETAIL: self.tr("More label text (détail, informations complémentaires)"),
            Field.STATUS: self.tr("Status (booked, pending…), bank lines"),
            Field.CURRENCY: self.tr("Currency (devise)"),
            Field.OUT_OF_POCKET: self.tr("Out of pocket (reste à charge), not imported"),
            Field.BALANCE: self.tr("Balance (solde), not imported"),
        }

    @classmethod
    def run(cls, ui: UiContext, path: Path | None = None, parent: QWidget | None = None) -> bool:
        dialog = cls(ui, path, parent)
        if path is None:
            dialog.choose_file()
        return dialog.exec() == QDialog.DialogCode.Accepted
