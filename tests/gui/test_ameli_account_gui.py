"""The "ameli.fr account" section of a person's record, driven like a user.

Without a keyring (keyring's fail backend, the tests' default) the section says why in plain
words and the record still saves. With the private Secret Service (marker ``keyring``) every
button is used and the keyring is read back with keyring and secret-tool.
"""

from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit

from ameli_desktop.domain.people import PersonDetails
from ameli_desktop.secrets import SERVICE_NAME, login_username
from ameli_desktop.services.household import PeopleService, PersonRecord
from ameli_desktop.ui import messages
from ameli_desktop.ui.dialogs.household import HouseholdDialog
from ameli_desktop.ui.dialogs.person import PersonDialog
from ameli_desktop.ui.widgets import ameli_account
from ameli_desktop.ui.widgets.ameli_account import AmeliAccountSection, ClipboardGuard
from tests.keyring_prompter import FakePrompter, running_prompter
from tests.keyring_service import LOGIN_KEYRING_PASSWORD, SecretServiceProcess

NIR = "284057512345672"  # 2840575123456 mod 97 = 25, key 97 - 25 = 72
PASSWORD = "Ameli-Pass-2026!"


@pytest.fixture
def ana(ui_ctx: Any) -> PersonRecord:
    return PeopleService(ui_ctx.ctx).add(PersonDetails("Ana Lima", nir=NIR))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The browser, replaced: the addresses the section asked it to open."""
    urls: list[str] = []
    monkeypatch.setattr(ameli_account, "open_url", urls.append)
    return urls


@pytest.fixture(autouse=True)
def _clipboard_left_clean() -> Any:
    yield
    guard = ClipboardGuard.instance()
    guard.clear_if_still_there()
    QGuiApplication.clipboard().clear()


def open_record(ui_ctx: Any, qtbot: Any, person: PersonRecord) -> PersonDialog:
    dialog = PersonDialog(ui_ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, dialog.account)
    return dialog


def wait_idle(qtbot: Any, section: AmeliAccountSection) -> None:
    qtbot.waitUntil(lambda: not section.busy, timeout=15_000)


def click(qtbot: Any, widget: Any) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def lookup(service: SecretServiceProcess, username: str) -> str | None:
    result = service.secret_tool("lookup", "service", SERVICE_NAME, "username", username)
    return result.stdout if result.returncode == 0 else None


# ---------------------------------------------------------------- no keyring on this computer
def test_without_a_keyring_the_section_says_why_and_the_record_still_saves(
    ui_ctx: Any, qtbot: Any, ana: PersonRecord, opened: list[str]
) -> None:
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    assert section.state_label.isVisible()
    assert section.state_label.text().startswith(
        "Passwords can't be saved on this computer because"
    )
    for button in (section.save_button, section.copy_button, section.forget_button):
        assert not button.isEnabled()
    assert not section.password.isEnabled()
    assert section.login.text() == "•" * 11 + "5672"  # the NIR, masked
    click(qtbot, section.open_button)
    assert opened == ["https://assure.ameli.fr/"]
    # Everything else in the record works.
    dialog.name.setText("Ana Lima-Souza")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert PeopleService(ui_ctx.ctx).get(ana.id).name == "Ana Lima-Souza"


def test_a_person_not_saved_yet_has_no_account_actions(ui_ctx: Any, qtbot: Any) -> None:
    dialog = PersonDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.account
    assert "Save this person first" in section.state_label.text()
    assert not section.save_button.isEnabled()
    assert section.open_button.isEnabled()


def test_the_section_is_in_the_record_opened_from_the_household_panel(
    ui_ctx: Any, qtbot: Any, ana: PersonRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    household = HouseholdDialog(ui_ctx)
    qtbot.addWidget(household)
    household.table.selectRow(0)
    seen: list[AmeliAccountSection] = []

    def exec_(dialog: PersonDialog) -> int:
        seen.append(dialog.account)
        wait_idle(qtbot, dialog.account)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PersonDialog, "exec", exec_)
    household.edit_selected()
    assert [section.person.id for section in seen if section.person] == [ana.id]


# ---------------------------------------------------------------- clipboard
def test_a_copied_password_leaves_the_clipboard_after_30_seconds(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = ClipboardGuard.instance()
    guard.copy("copied-secret")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "copied-secret"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert guard.timer.isActive()
    assert guard.timer.interval() == 30_000
    monkeypatch.setattr(ameli_account, "CLIPBOARD_CLEAR_MS", 50)
    guard.copy("copied-secret")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_the_clipboard_is_left_alone_if_something_else_was_copied_since(qtbot: Any) -> None:
    guard = ClipboardGuard.instance()
    guard.copy("copied-secret", clear_after_ms=50)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard.timer.isActive(), timeout=5_000)
    assert clipboard.text() == "the user's own text"


# ---------------------------------------------------------------- with the real keyring
@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service_keyring")
def test_save_to_keyring_then_copy_then_forget(
    ui_ctx: Any,
    qtbot: Any,
    ana: PersonRecord,
    secret_service: SecretServiceProcess,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    assert section.state_label.text() == (
        "Passwords are kept in this computer's keyring (SecretService Keyring)."
    )
    assert section.stored_label.text() == "No password saved yet."
    assert not section.copy_button.isEnabled()

    qtbot.keyClicks(section.password, PASSWORD)
    assert section.password.echoMode() is QLineEdit.EchoMode.Password
    click(qtbot, section.show_button)
    assert section.password.echoMode() is QLineEdit.EchoMode.Normal
    assert section.show_button.text() == "Hi&de"
    click(qtbot, section.show_button)
    assert section.password.echoMode() is QLineEdit.EchoMode.Password

    click(qtbot, section.save_button)
    wait_idle(qtbot, section)
    assert section.message_label.text() == "The password was saved in the keyring."
    assert section.stored_label.text() == "A password is saved in the keyring."
    assert section.password.text() == ""
    assert keyring.get_password(SERVICE_NAME, ana.uid) == PASSWORD
    assert lookup(secret_service, ana.uid) == PASSWORD
    assert lookup(secret_service, login_username(ana.uid)) == NIR

    monkeypatch.setattr(ameli_account, "CLIPBOARD_CLEAR_MS", 300)
    click(qtbot, section.copy_button)
    wait_idle(qtbot, section)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == PASSWORD
    assert section.message_label.text() == (
        "Password copied. The clipboard will be cleared in 30 seconds."
    )
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)

    questions: list[str] = []

    def confirm(_parent: Any, _title: str, text: str, *, destructive: bool = False) -> bool:
        questions.append(text)
        assert destructive
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    click(qtbot, section.forget_button)
    wait_idle(qtbot, section)
    assert questions == [
        "Remove Ana Lima's ameli.fr password from the keyring? You will need to type it again"
        " to keep it here."
    ]
    assert section.message_label.text() == "The password was removed from the keyring."
    assert section.stored_label.text() == "No password saved yet."
    assert lookup(secret_service, ana.uid) is None
    assert keyring.get_password(SERVICE_NAME, login_username(ana.uid)) is None
    assert not section.forget_button.isEnabled()


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service_keyring")
def test_enter_in_the_password_saves_it_and_keeps_the_record_open(
    ui_ctx: Any, qtbot: Any, ana: PersonRecord
) -> None:
    keyring.set_password(SERVICE_NAME, ana.uid, "old one")
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    assert section.stored_label.text() == "A password is saved in the keyring."
    qtbot.keyClicks(section.password, PASSWORD)
    qtbot.keyClick(section.password, Qt.Key.Key_Return)
    wait_idle(qtbot, section)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert section.message_label.text() == "The password was replaced in the keyring."
    assert keyring.get_password(SERVICE_NAME, ana.uid) == PASSWORD


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service_keyring")
def test_typing_errors_are_marked_on_their_field(
    ui_ctx: Any, qtbot: Any, ana: PersonRecord
) -> None:
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    click(qtbot, section.save_button)  # no password typed
    wait_idle(qtbot, section)
    assert section.errors.is_marked("password")
    assert section.errors.fields["password"][1].text() == "Enter the ameli.fr password to save."

    click(qtbot, section.change_login_button)
    assert section.login.text() == ""
    qtbot.keyClicks(section.login, "12345")
    qtbot.keyClicks(section.password, PASSWORD)
    click(qtbot, section.save_button)
    wait_idle(qtbot, section)
    assert section.errors.is_marked("login")
    assert not section.errors.is_marked("password")
    assert keyring.get_password(SERVICE_NAME, ana.uid) is None

    section.login.clear()
    qtbot.keyClicks(section.login, "2 84 05 75 123 456")
    click(qtbot, section.save_button)
    wait_idle(qtbot, section)
    assert not section.errors.is_marked("login")
    assert keyring.get_password(SERVICE_NAME, login_username(ana.uid)) == "2840575123456"
    assert section.login.text() == "•" * 9 + "3456"  # the stored login, masked
    assert section.login.isReadOnly()


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service_keyring")
def test_a_locked_keyring_is_unlocked_through_the_prompt_when_saving(
    ui_ctx: Any,
    qtbot: Any,
    ana: PersonRecord,
    secret_service: SecretServiceProcess,
) -> None:
    secret_service.lock()
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    assert section.state_label.text() == (
        "The keyring is locked. Saving or copying a password will ask you to unlock it."
    )
    assert section.save_button.isEnabled()
    qtbot.keyClicks(section.password, PASSWORD)
    user = FakePrompter(answers=[None])  # first time: Cancel
    with running_prompter(secret_service.bus_address, user):
        click(qtbot, section.save_button)
        wait_idle(qtbot, section)
    general = section.errors.general
    assert general is not None
    assert general.text() == (
        "The keyring stayed locked (its unlock prompt was refused or closed), so the password"
        " was not saved."
    )
    assert section.password.text() == PASSWORD  # kept, to try again
    user = FakePrompter(answers=[LOGIN_KEYRING_PASSWORD])
    with running_prompter(secret_service.bus_address, user):
        click(qtbot, section.save_button)
        wait_idle(qtbot, section)
    assert section.message_label.text() == (
        "The keyring was unlocked and the password saved in it."
    )
    assert not general.isVisible()
    assert [p["title"] for p in user.prompts] == ["Unlock Login Keyring"]
    assert lookup(secret_service, ana.uid) == PASSWORD


@pytest.mark.keyring
@pytest.mark.usefixtures("secret_service_keyring")
def test_copy_on_a_locked_keyring_asks_to_unlock_first(
    ui_ctx: Any,
    qtbot: Any,
    ana: PersonRecord,
    secret_service: SecretServiceProcess,
) -> None:
    keyring.set_password(SERVICE_NAME, ana.uid, PASSWORD)
    secret_service.lock()
    dialog = open_record(ui_ctx, qtbot, ana)
    section = dialog.account
    assert section.stored_label.text() == "A password is saved in the keyring."  # seen locked
    with running_prompter(secret_service.bus_address, FakePrompter([LOGIN_KEYRING_PASSWORD])):
        click(qtbot, section.copy_button)
        wait_idle(qtbot, section)
    assert QGuiApplication.clipboard().text() == PASSWORD
