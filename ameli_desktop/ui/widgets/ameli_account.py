"""The "ameli.fr account" section of a person's record: login, password, keyring actions.

The password goes to the OS keyring (through CredentialsService), never to the database. Every
keyring call runs off the GUI thread: a locked keyring shows the system's unlock prompt and waits
for the user, and a D-Bus service can be slow to answer. When passwords can't be kept on this
computer, the section says why in plain words and the rest of the record works as usual.
"""

import hashlib
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ameli_desktop.domain.errors import UserError
from ameli_desktop.secrets import KeyringStatus, SaveOutcome
from ameli_desktop.services.credentials import AccountView, CredentialsService
from ameli_desktop.services.household import PersonRecord
from ameli_desktop.ui import messages
from ameli_desktop.ui.context import UiContext
from ameli_desktop.ui.i18n import error_text
from ameli_desktop.ui.tasks import run_task
from ameli_desktop.ui.widgets.forms import FieldErrors

# DESIGN.md 6: a copied password leaves the clipboard after 30 s (if it is still there).
CLIPBOARD_CLEAR_MS = 30_000
# Asks clipboard managers (KDE Klipper and others that honour it) not to keep it in their history.
CLIPBOARD_MANAGER_HINT_MIME = "x-kde-passwordManagerHint"


def open_url(url: str) -> None:
    """Open ``url`` in the user's browser (tests replace this)."""
    QDesktopServices.openUrl(QUrl(url))


class ClipboardGuard(QObject):
    """Puts a password on the clipboard and takes it off later, unless something replaced it.

    One per application, parented to it: the timer must outlive the dialog the password was
    copied from (the user closes it and goes to paste in the browser). Only a SHA-256 of the
    password is kept, to recognise it.
    """

    _instance: "ClipboardGuard | None" = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_still_there)
        self._digest: bytes | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_still_there)

    @classmethod
    def instance(cls) -> "ClipboardGuard":
        if cls._instance is None or not isValid(cls._instance):
            cls._instance = cls(QGuiApplication.instance())
        return cls._instance

    def copy(self, secret: str, clear_after_ms: int | None = None) -> None:
        data = QMimeData()
        data.setText(secret)
        data.setData(CLIPBOARD_MANAGER_HINT_MIME, b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self._digest = hashlib.sha256(secret.encode()).digest()
        self.timer.start(CLIPBOARD_CLEAR_MS if clear_after_ms is None else clear_after_ms)

    def clear_if_still_there(self) -> None:
        self.timer.stop()
        if self._digest is None:
            return
        clipboard = QGuiApplication.clipboard()
        if hashlib.sha256(clipboard.text().encode()).digest() == self._digest:
            clipboard.clear()
        self._digest = None


class PasswordEdit(QLineEdit):
    """Enter saves the password to the keyring instead of reaching the dialog's default button
    (which would close the person's record with the password typed but not saved)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class AmeliAccountSection(QGroupBox):
    """Login (the NIR, masked), password with show/hide, Save to keyring, Copy, Forget, and a
    button opening ameli.fr."""

    def __init__(
        self,
        ui: UiContext,
        person: PersonRecord | None,
        parent: QWidget | None = None,
        *,
        service: CredentialsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ameliAccount")
        self.setTitle(self.tr("ameli.fr account (compte ameli)"))
        self.ui = ui
        self.person = person
        self.service = service or CredentialsService(ui.ctx)
        self.view: AccountView | None = None
        self.busy = False
        self._typed_login = False

        self.state_label = QLabel()
        self.state_label.setObjectName("keyringState")
        self.state_label.setWordWrap(True)
        self.stored_label = QLabel()
        self.stored_label.setObjectName("passwordStatus")
        self.message_label = QLabel()
        self.message_label.setObjectName("accountMessage")
        self.message_label.setWordWrap(True)
        for label in (self.state_label, self.stored_label, self.message_label):
            self._say(label, "")

        self.login = QLineEdit()
        self.login.setObjectName("ameliLogin")
        self.login.setReadOnly(True)
        self.login.setToolTip(
            self.tr("Your ameli.fr login is your NIR (numéro de sécurité sociale), shown masked.")
        )
        self.change_login_button = QPushButton(self.tr("Chan&ge"))
        self.change_login_button.setObjectName("changeLogin")
        self.change_login_button.setToolTip(self.tr("Type a different ameli.fr login"))
        self.change_login_button.clicked.connect(self.start_typing_login)
        login_row = QHBoxLayout()
        login_row.addWidget(self.login, 1)
        login_row.addWidget(self.change_login_button)
        login_box = QWidget()
        login_box.setLayout(login_row)
        login_row.setContentsMargins(0, 0, 0, 0)

        self.password = PasswordEdit()
        self.password.setObjectName("ameliPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Type it to save it in the keyring"))
        self.password.submitted.connect(self.save)
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.show_button.setObjectName("showPassword")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.set_password_visible)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_button)
        password_box = QWidget()
        password_box.setLayout(password_row)
        password_row.setContentsMargins(0, 0, 0, 0)

        general = QLabel()
        general.setObjectName("accountError")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        for text, field, box, edit in (
            (self.tr("&Login"), "login", login_box, self.login),
            (self.tr("&Password"), "password", password_box, self.password),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            error = QLabel()
            error.setObjectName(f"error_{field}")
            form.addRow(label, box)
            form.addRow("", error)
            self.errors.register(field, edit, error)  # the line edit itself is marked

        self.save_button = QPushButton(self.tr("Save to &keyring"))
        self.save_button.setObjectName("saveToKeyring")
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton(self.tr("&Copy password"))
        self.copy_button.setObjectName("copyPassword")
        self.copy_button.setToolTip(self.tr("The clipboard is cleared after 30 seconds."))
        self.copy_button.clicked.connect(self.copy_password)
        self.forget_button = QPushButton(self.tr("&Forget…"))
        self.forget_button.setObjectName("forgetPassword")
        self.forget_button.clicked.connect(self.forget)
        self.open_button = QPushButton(self.tr("&Open ameli.fr"))
        self.open_button.setObjectName("openAmeli")
        self.open_button.setToolTip(ui.ctx.facts.account.login_url)
        self.open_button.clicked.connect(self.open_ameli)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.copy_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        site = QHBoxLayout()
        site.addWidget(self.stored_label, 1)
        site.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addLayout(site)

        if person is None:
            self._say(
                self.state_label,
                self.tr("Save this person first; then their ameli.fr password can be kept here."),
            )
            self._enable(False)
            self.stored_label.hide()
            return
        self.login.setText(person.masked_nir)
        self.refresh()

    # ------------------------------------------------------------ state
    def refresh(self, *, keep_message: bool = False) -> None:
        """Ask the keyring (off the GUI thread) for its state and whether a password is kept.

        ``keep_message`` leaves the last outcome or error on screen (after an action).
        """
        assert self.person is not None
        person_id = self.person.id
        self.busy = True
        self._enable(False)
        if not keep_message:
            self.errors.clear()
            self._say(self.message_label, self.tr("Checking the keyring…"))
        run_task(
            lambda _control: self.service.view(person_id),
            on_done=self._guard(lambda view: self._show_view(view, keep_message)),
            on_error=self._guard(self._failed),
        )

    def _show_view(self, view: AccountView, keep_message: bool = False) -> None:
        self.busy = False
        if not keep_message:
            self._say(self.message_label, "")
        self.view = view
        state = view.state
        if state.status is KeyringStatus.UNAVAILABLE:
            self._say(self.state_label, error_text(state.notice) if state.notice else "")
            self.state_label.setStyleSheet("color: #b26a00;")
        elif state.status is KeyringStatus.LOCKED:
            self._say(self.state_label, error_text(state.notice) if state.notice else "")
            self.state_label.setStyleSheet("")
        else:
            self._say(
                self.state_label,
                self.tr("Passwords are kept in this computer's keyring ({backend}).").format(
                    backend=state.backend_name
                ),
            )
            self.state_label.setStyleSheet("")
        if not self._typed_login:
            self.login.setText(view.masked_login)
        if view.password_stored is None:
            self._say(self.stored_label, "")
        elif view.password_stored:
            self._say(self.stored_label, self.tr("A password is saved in the keyring."))
        else:
            self._say(self.stored_label, self.tr("No password saved yet."))
        self._enable(True)
        QTimer.singleShot(0, self._guard(self._fit_window))

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _fit_window(self) -> None:
        """Grow the record's window when a message got longer (wrapped labels do not ask)."""
        window = self.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        width = max(window.width(), layout.totalSizeHint().width())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if width > window.width() or height > window.height():
            window.resize(width, max(height, window.height()))

    def _enable(self, enabled: bool) -> None:
        view = self.view
        can_save = enabled and view is not None and view.state.can_save
        stored = bool(can_save and view is not None and view.password_stored)
        self.password.setEnabled(can_save)
        self.show_button.setEnabled(can_save)
        self.change_login_button.setEnabled(can_save)
        self.save_button.setEnabled(can_save)
        self.copy_button.setEnabled(stored)
        self.forget_button.setEnabled(stored)

    def _start(self, text: str) -> None:
        self.busy = True
        self._enable(False)
        self.errors.clear()
        self._say(self.message_label, text)

    def _guard(self, callback: Any) -> Any:
        """Callbacks arrive after the task; the dialog may have been closed meanwhile."""

        def guarded(*args: Any) -> None:
            if isValid(self):
                callback(*args)

        return guarded

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._say(self.message_label, "")
        if not isinstance(exc, UserError):
            self._enable(True)
            raise exc  # a bug: the crash hook reports it; the section stays usable
        self.errors.show(exc)
        if exc.field is None and self.person is not None:
            # A keyring problem, not a typing one: its state (locked, gone) may have changed.
            self.refresh(keep_message=True)
        else:
            self._enable(True)

    # ------------------------------------------------------------ login and password fields
    def start_typing_login(self) -> None:
        self._typed_login = True
        self.login.setReadOnly(False)
        self.login.clear()
        self.login.setPlaceholderText(self.tr("13 characters, or all 15 with the key"))
        self.login.setFocus()

    def typed_login(self) -> str | None:
        """The login the user typed, None to keep the stored one (or the person's NIR)."""
        return self.login.text() if self._typed_login else None

    def set_password_visible(self, visible: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )
        self.show_button.setText(self.tr("Hi&de") if visible else self.tr("Sho&w"))

    # ------------------------------------------------------------ actions
    def save(self) -> None:
        if self.person is None or self.busy or not self.save_button.isEnabled():
            return
        person_id = self.person.id
        password = self.password.text()
        login = self.typed_login()
        if self.view is not None and self.view.state.status is KeyringStatus.LOCKED:
            self._start(self.tr("The keyring is locked: unlock it in the window that opens…"))
        else:
            self._start(self.tr("Saving in the keyring…"))
        run_task(
            lambda _control: self.service.save(person_id, password, login=login),
            on_done=self._guard(self._saved),
            on_error=self._guard(self._failed),
        )

    def _saved(self, outcome: SaveOutcome) -> None:
        self.password.clear()
        self.show_button.setChecked(False)
        if outcome.unlocked:
            text = self.tr("The keyring was unlocked and the password saved in it.")
        elif outcome.replaced:
            text = self.tr("The password was replaced in the keyring.")
        else:
            text = self.tr("The password was saved in the keyring.")
        self._typed_login = False
        self.login.setReadOnly(True)
        self.ui.status(text)
        self._say(self.message_label, text)
        self.refresh(keep_message=True)

    def copy_password(self) -> None:
        if self.person is None or self.busy:
            return
        person_id = self.person.id
        self._start(self.tr("Reading the keyring…"))
        run_task(
            lambda _control: self.service.read(person_id),
            on_done=self._guard(self._copy),
            on_error=self._guard(self._failed),
        )

    def _copy(self, credential: Any) -> None:
        self.busy = False
        self._enable(True)
        if credential is None:
            self._say(self.message_label, self.tr("No password is saved in the keyring."))
            return
        ClipboardGuard.instance().copy(credential.password)
        self._say(
            self.message_label,
            self.tr("Password copied. The clipboard will be cleared in 30 seconds."),
        )

    def forget(self) -> None:
        if self.person is None or self.busy:
            return
        question = self.tr(
            "Remove {name}'s ameli.fr password from the keyring? You will need to type it again "
            "to keep it here."
        ).format(name=self.person.name)
        if not messages.confirm(self, self.tr("Forget the password"), question, destructive=True):
            return
        person_id = self.person.id
        self._start(self.tr("Removing it from the keyring…"))
        run_task(
            lambda _control: self.service.forget(person_id),
            on_done=self._guard(self._forgotten),
            on_error=self._guard(self._failed),
        )

    def _forgotten(self, removed: bool) -> None:
        text = (
            self.tr("The password was removed from the keyring.")
            if removed
            else self.tr("There was no password to remove.")
        )
        self.ui.status(text)
        self._say(self.message_label, text)
        self.refresh(keep_message=True)

    def open_ameli(self) -> None:
        open_url(self.ui.ctx.facts.account.login_url)
