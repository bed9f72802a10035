"""The main window: six tabs, the household selector, menus, status bar, remembered geometry."""

import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ameli_desktop import APP_NAME
from ameli_desktop.domain.errors import UserError
from ameli_desktop.services.backups import BackupService
from ameli_desktop.services.household import PeopleService
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.desktop_integration import add_menu_action
from ameli_desktop.ui.i18n import error_text
from ameli_desktop.ui.tabs.base import BaseTab
from ameli_desktop.ui.widgets.person_selector import PersonSelector


@dataclass(frozen=True, slots=True)
class TabSpec:
    """A tab before it is built: the window shows the tab on screen at start first, and builds
    the others just after its first paint (DESIGN.md 9), so the tab bar needs their titles."""

    key: str  # the class's ``key``
    module: str
    class_name: str
    title: str  # what the class's title() translates (its class name is the context), with
    # its mnemonic: Alt+letter shows the tab; no letter is also a menu's (tested)

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)


# Each tab, in order. A feature replaces its tab's class in its own module.
TABS = (
    TabSpec("overview", "ameli_desktop.ui.tabs.overview", "OverviewTab", "Overvie&w"),
    TabSpec(
        "reimbursements",
        "ameli_desktop.ui.tabs.reimbursements",
        "ReimbursementsTab",
        "Rei&mbursements",
    ),
    TabSpec("card_orders", "ameli_desktop.ui.tabs.card_orders", "CardOrdersTab", "&Card orders"),
    TabSpec("ceam", "ameli_desktop.ui.tabs.ceam", "CeamTab", "CE&AM"),
    TabSpec(
        "appointments", "ameli_desktop.ui.tabs.appointments", "AppointmentsTab", "A&ppointments"
    ),
    TabSpec("travel_log", "ameli_desktop.ui.tabs.travel_log", "TravelLogTab", "Travel &log"),
)
STANDARD_ROLES = ("new", "edit", "delete")

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
TAB_KEY = "window/tab"


class MainWindow(QMainWindow):
    first_painted = Signal()  # what waits for the first paint starts then (DESIGN.md 9)
    # Every tab is built (the last of those built after the first paint): the start is over.
    tabs_built = Signal()

    def __init__(
        self, ui: UiContext, icon: QIcon | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        # Each tab sits in a slot of its own; a tab is built when first shown or, for the others,
        # one at a time just after the window's first paint (see event()).
        self._pages: list[BaseTab | None] = [None] * len(TABS)
        for spec in TABS:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(slot, spec.translated_title())
        self.undo_group = QUndoGroup(self)  # Edit > Undo/Redo: the tab on screen's deletions
        self._first_paint_seen = False
        self._tab_builder = QTimer(self)  # a child: it dies with the window
        self._tab_builder.setSingleShot(True)
        self._tab_builder.timeout.connect(self._build_next_tab)
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)  # a statement CSV dropped anywhere starts an import

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        ui.bus.changed.connect(self._on_data_changed)
        ui.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ui.bus.open_record.connect(self._open_record)
        self.reload_people()
        self.restore_settings()
        self._build_tab(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._fill_actions_menu()
        self._update_actions()
        self.update_tab_titles()

    # ------------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Household"))
        bar.setObjectName("householdToolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("Showing:") + " ")
        self.person_selector = PersonSelector(bar)
        self.person_selector.setObjectName("personSelector")
        self.person_selector.setToolTip(self.tr("Show everyone, or one person of the household"))
        label.setBuddy(self.person_selector)
        self.person_selector.person_changed.connect(self.ui.set_person_filter)
        bar.addWidget(label)
        bar.addWidget(self.person_selector)
        bar.addSeparator()
        self.household_action = QAction(self.tr("&Household…"), self)
        self.household_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.household_action.setStatusTip(
            self.tr("Add, edit or remove the people in your household")
        )
        self.household_action.triggered.connect(self.open_household)
        bar.addAction(self.household_action)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import a statement…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Import a statement CSV from ameli, your bank or your mutuelle")
        )
        self.import_action.triggered.connect(lambda: self.import_statement())  # noqa: PLW0108 - not the "checked" flag as a path
        self.file_menu.addAction(self.import_action)
        self.export_pdf_action = QAction(self.tr("&Export PDF…"), self)
        self.export_pdf_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_pdf_action.triggered.connect(self.export_pdf)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("&Restore backup…"), self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.open_folder_action = QAction(self.tr("Open &data folder"), self)
        self.open_folder_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ui.ctx.paths.root)))
        )
        for action in (self.backup_action, self.restore_action, self.open_folder_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.file_menu.addAction(self.preferences_action)
        self.desktop_entry_action = add_menu_action(self, self.file_menu)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        # New, Edit and Delete run what they mean in the tab on screen (standard_action).
        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = QAction(self.tr("&Edit / open…"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.standard_actions = dict(
            zip(
                STANDARD_ROLES, (self.new_action, self.open_action, self.delete_action), strict=True
            )
        )
        for role, action in self.standard_actions.items():
            action.triggered.connect(lambda _c=False, r=role: self.run_standard(r))
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.current_tab().focus_find())
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.aboutToShow.connect(self._update_standard_actions)

        self.view_menu = menu.addMenu(self.tr("&View"))
        for index, spec in enumerate(TABS):
            action = QAction(spec.translated_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)

        # The tab on screen's own commands, rebuilt when another tab is shown.
        self.actions_menu = menu.addMenu(self.tr("Ac&tions"))
        self.actions_menu.setObjectName("actionsMenu")

        self.household_menu = menu.addMenu(self.tr("H&ousehold"))
        self.household_menu.addAction(self.household_action)
        self.merge_people_action = QAction(self.tr("&Merge people…"), self)
        self.merge_people_action.setStatusTip(
            self.tr("Make two people one: everything of one moves onto the other")
        )
        self.merge_people_action.triggered.connect(self.merge_people)
        self.household_menu.addAction(self.merge_people_action)
        self.household_menu.addSeparator()
        self.load_demo_action = QAction(self.tr("Load the &example household"), self)
        self.load_demo_action.setStatusTip(
            self.tr("A clearly labelled demo family to look around with; removed in one click")
        )
        self.load_demo_action.triggered.connect(lambda: self.load_demo())  # noqa: PLW0108
        self.remove_demo_action = QAction(self.tr("&Remove the example household"), self)
        self.remove_demo_action.triggered.connect(self.remove_demo)
        self.household_menu.addAction(self.load_demo_action)
        self.household_menu.addAction(self.remove_demo_action)
        # Whether the example is loaded is looked up when the menu opens, and just after the
        # first paint (the Overview's queries come first: DESIGN.md 9); till then, neither.
        self.load_demo_action.setEnabled(False)
        self.remove_demo_action.setEnabled(False)
        self.household_menu.aboutToShow.connect(self._update_demo_actions)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("&Help (aide)…"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setStatusTip(
            self.tr("Phone numbers and whether they are open, ameli account, declaring a birth")
        )
        self.help_action.triggered.connect(self.open_help)
        self.help_menu.addAction(self.help_action)
        self.about_action = QAction(self.tr("&About Ameli Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.folder_label = QLabel(str(self.ui.ctx.paths.root))
        self.folder_label.setObjectName("dataFolderLabel")
        self.folder_label.setToolTip(self.tr("Data folder"))
        status.addPermanentWidget(self.folder_label)
        if self.ui.ctx.read_only:
            warning = QLabel(self.tr("Read-only: nothing can be changed."))
            warning.setToolTip(error_text(self.ui.ctx.read_only_error))
            warning.setObjectName("readOnlyLabel")
            warning.setStyleSheet("color: #c62828; font-weight: bold;")
            status.addWidget(warning)
            QTimer.singleShot(0, self._explain_read_only)
        else:
            status.showMessage(self.tr("Ready"), 3000)

    # ------------------------------------------------------------------ tabs
    @property
    def tab_pages(self) -> list[BaseTab]:
        """Every tab, built now if it was still waiting."""
        return [self._build_tab(index) for index in range(len(TABS))]

    def pending_tabs(self) -> int:
        """How many tabs are not built yet (they are, one by one, after the first paint)."""
        return self._pages.count(None)

    def _build_tab(self, index: int) -> BaseTab:
        page = self._pages[index]
        if page is None:
            spec = TABS[index]
            cls = getattr(importlib.import_module(spec.module), spec.class_name)
            slot = self.tabs.widget(index)
            page = cls(self.ui, slot)
            slot.layout().addWidget(page)
            self._pages[index] = page
            page.title_changed.connect(self.update_tab_titles)
            page.actions_changed.connect(self._on_tab_actions_changed)
            if page.undo_stack is not None:
                self.undo_group.addStack(page.undo_stack)
            for action in page.menu_actions():
                if action is not None:
                    action.changed.connect(self._update_standard_actions)
            self.update_tab_titles()
            if None not in self._pages:
                self.tabs_built.emit()
        return page

    def _build_next_tab(self) -> None:
        if None in self._pages and self.isVisible():
            self._build_tab(self._pages.index(None))
            self._tab_builder.start(0)  # one a turn: the window stays responsive

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._first_paint_seen:
            self._first_paint_seen = True
            QTimer.singleShot(0, self._update_demo_actions)
            self._tab_builder.start(0)
            QTimer.singleShot(0, self.first_painted.emit)  # just after, as the rest
        return handled

    def _on_current_changed(self, index: int) -> None:
        self._build_tab(index)
        self._update_actions()
        self._fill_actions_menu()

    # ------------------------------------------------------------------ behaviour
    def current_tab(self) -> BaseTab:
        return self._build_tab(self.tabs.currentIndex())

    def tab_index(self, key: str) -> int:
        """The position of a tab in the tab bar (its page sits inside a slot widget)."""
        return next(i for i, spec in enumerate(TABS) if spec.key == key)

    def tab(self, key: str) -> BaseTab:
        return self._build_tab(self.tab_index(key))

    def show_tab(self, key: str) -> BaseTab:
        page = self.tab(key)
        self.tabs.setCurrentIndex(self.tab_index(key))
        return page

    def _on_tab_actions_changed(self) -> None:
        if self.sender() is self.current_tab():
            self._fill_actions_menu()
            self._update_standard_actions()

    def _fill_actions_menu(self) -> None:
        """The Actions menu lists the tab on screen's commands."""
        page = self.current_tab()
        # One by one: PySide's QMenu.clear() deletes the actions it was given, which are the
        # tab's own (its buttons and tool bars show them too).
        for action in self.actions_menu.actions():
            self.actions_menu.removeAction(action)
            if action.isSeparator():
                action.deleteLater()  # the menu's own
        for action in page.menu_actions():
            if action is None:
                self.actions_menu.addSeparator()
            else:
                self.actions_menu.addAction(action)
        self.actions_menu.setEnabled(not self.actions_menu.isEmpty())
        self.undo_group.setActiveStack(page.undo_stack)

    def _update_standard_actions(self) -> None:
        """New, Edit and Delete follow the tab's command of that kind (enabled, described)."""
        page = self.current_tab()
        for role, proxy in self.standard_actions.items():
            action = page.standard_action(role)
            proxy.setEnabled(action is not None and action.isEnabled())
            tip = action.text().replace("&", "") if action is not None else ""
            proxy.setStatusTip(tip)
            proxy.setToolTip(tip)

    def run_standard(self, role: str) -> None:
        """Ctrl+N, F2, Del and the Edit menu: the tab on screen's command of that kind."""
        action = self.current_tab().standard_action(role)
        if action is not None and action.isEnabled():
            action.trigger()

    def _update_actions(self) -> None:
        self._update_standard_actions()
        self.export_pdf_action.setEnabled(self.current_tab().can_export_pdf())
        writable = not self.ui.ctx.read_only
        self.import_action.setEnabled(writable)
        self.merge_people_action.setEnabled(writable)
        self.restore_action.setEnabled(True)
        self.backup_action.setEnabled(writable)

    def update_tab_titles(self) -> None:
        for index, page in enumerate(self._pages):
            if page is None:
                continue  # its title, without a count until it is built
            count = page.attention_count()
            self.tabs.setTabText(index, f"{page.title()} ({count})" if count else page.title())
        self._update_actions()

    def reload_people(self) -> None:
        self.person_selector.set_people(PeopleService(self.ui.ctx).all())

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("people", "*"):
            self.reload_people()
        self.update_tab_titles()

    def _open_record(self, area: str, kind: str, record_id: object) -> None:
        page = self.show_tab(area)
        page.open_record(kind, record_id if isinstance(record_id, int) else None)

    def _explain_read_only(self) -> None:
        """Why the data is read-only: a newer app's data, or a folder that cannot be written."""
        messages.warn(self, self.tr("Read-only data"), error_text(self.ui.ctx.read_only_error))

    def open_household(self) -> None:
        from ameli_desktop.ui.dialogs.household import HouseholdDialog

        HouseholdDialog.open(self.ui, self)

    def merge_people(self) -> None:
        from ameli_desktop.ui.dialogs.merge_people import MergeDialog

        MergeDialog.run(self.ui, parent=self)

    def open_help(self) -> None:
        from ameli_desktop.ui.dialogs.help import HelpDialog

        HelpDialog.open(self.ui, self)

    def _update_demo_actions(self) -> None:
        from ameli_desktop.services.demo import DemoService

        loaded = DemoService(self.ui.ctx).is_loaded()
        writable = not self.ui.ctx.read_only
        self.load_demo_action.setEnabled(writable and not loaded)
        self.remove_demo_action.setEnabled(writable and loaded)

    def load_demo(self, *, ask: bool = True) -> None:
        """Add the example household (through the real services), after asking: beside the
        people already recorded, it says so (never mixed with real data unasked)."""
        from ameli_desktop.services.demo import DemoService

        people = len(PeopleService(self.ui.ctx).all())
        if people:
            question = self.tr(
                "Your household has {count} people. Add the example household beside them? Its "
                "names end in “(example)”, and Household > Remove the example household takes "
                "away only what it added: your own records stay."
            ).format(count=people)
        else:
            question = self.tr(
                "Load the example household, a demo family to look around with? Its names end "
                "in “(example)”, and Household > Remove the example household takes it away in "
                "one click."
            )
        if ask and not messages.confirm(self, self.tr("Example household"), question):
            return
        try:
            DemoService(self.ui.ctx).load()
        except UserError as exc:
            messages.error(self, self.tr("Example household"), exc)
            return
        self.ui.notify("*")
        self._update_demo_actions()
        self.show_tab("overview")
        self.statusBar().showMessage(
            self.tr(
                "Example household loaded: its names end in “(example)”. Remove it from the "
                "Household menu."
            ),
            15000,
        )

    def remove_demo(self) -> None:
        from ameli_desktop.services.demo import DemoService

        if not messages.confirm(
            self,
            self.tr("Remove the example household"),
            self.tr(
                "Remove the example people and everything that is theirs? Your own records "
                "are not touched."
            ),
            destructive=True,
        ):
            return
        try:
            DemoService(self.ui.ctx).remove()
        except UserError as exc:
            messages.error(self, self.tr("Remove the example household"), exc)
            return
        self.ui.notify("*")
        self._update_demo_actions()
        self.statusBar().showMessage(self.tr("Example household removed."), 8000)

    def offer_first_run(self) -> None:
        """With an empty data folder: welcome, the household, then the first statement; then,
        once, the applications menu entry (ui/desktop_integration.py)."""
        from ameli_desktop.ui.desktop_integration import offer_once
        from ameli_desktop.ui.dialogs.first_run import FirstRunDialog

        if not self.ui.ctx.read_only and FirstRunDialog.wanted(self.ui):
            FirstRunDialog(
                self.ui,
                on_import=self.import_statement,
                on_demo=lambda: self.load_demo(ask=False),  # the dialog has asked
                parent=self,
            ).exec()
        offer_once(self)

    def open_about(self) -> None:
        from ameli_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self.ui, self).exec()

    def open_preferences(self) -> None:
        from ameli_desktop.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.ui, self).exec()

    def import_statement(self, path: Path | None = None) -> None:
        """Ctrl+I, File > Import, or a file dropped on the window (issue 3)."""
        page = self.show_tab("reimbursements")
        page.import_statement(path)  # type: ignore[attr-defined]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ameli_desktop.ui.tabs.reimbursements import dropped_file

        if not self.ui.ctx.read_only and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from ameli_desktop.ui.tabs.reimbursements import dropped_file

        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_statement(path)

    def export_pdf(self) -> None:
        page = self.current_tab()
        if page.can_export_pdf():
            page.export_pdf()

    def backup_now(self) -> None:
        try:
            path = BackupService(self.ui.ctx).backup_now()
        except UserError as exc:
            messages.error(self, self.tr("Back up"), exc)
            return
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 8000)

    def restore_backup(self) -> None:
        path = messages.open_file(
            self,
            self.tr("Restore a backup"),
            self.tr("Ameli Desktop backups (*.db);;All files (*)"),
            self.ui.ctx.paths.backups,
        )
        if path is None:
            return
        if not messages.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all the data with the backup {name}? The current data is backed up first, "
                "so this can be undone by restoring that backup."
            ).format(name=path.name),
            destructive=True,
        ):
            return
        try:
            safety = BackupService(self.ui.ctx).restore(path)
        except UserError as exc:
            messages.error(self, self.tr("Restore a backup"), exc)
            return
        self.ui.notify("*")
        text = self.tr("Restored {name}.").format(name=path.name)
        if safety is not None:
            text += " " + self.tr("The data before was backed up to {path}.").format(path=safety)
        self.statusBar().showMessage(text, 12000)

    def bring_to_front(self) -> None:
        """Called when a second start asks this window to come forward."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ settings
    def restore_settings(self) -> None:
        settings = self.ui.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        key = settings.value(TAB_KEY)
        keys = [spec.key for spec in TABS]
        if key in keys:
            self.tabs.setCurrentIndex(keys.index(key))

    def save_settings(self) -> None:
        settings = self.ui.settings
        # Only what changed: Qt rewrites (and syncs to disk) the whole file for a value set to
        # what it was, a hundredth of a second at every quit.
        for key, value in (
            (GEOMETRY_KEY, self.saveGeometry()),
            (STATE_KEY, self.saveState()),
            (TAB_KEY, self.current_tab().key),
        ):
            if settings.value(key) != value:
                settings.setValue(key, value)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tab_builder.stop()
        self.save_settings()
        super().closeEvent(event)
