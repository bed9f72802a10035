"""`credentials set | status | forget`: passwords from stdin or a hidden prompt, never argv.

Without a keyring (keyring's fail backend, the tests' default) the commands say why in plain words.
With the private Secret Service (marker ``keyring``), what they store is read back with keyring
and secret-tool; a subprocess run proves the real command line end to end.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest

from ameli_desktop.secrets import SERVICE_NAME, login_username
from ameli_desktop.services.household import PeopleService
from tests.keyring_service import SecretServiceProcess

NIR = "284057512345672"  # 2840575123456 mod 97 = 25, key 97 - 25 = 72
PASSWORD = "Ameli-Pass-2026!"
WORKTREE = Path(__file__).resolve().parents[2]


def add_people(run_cli: Any) -> None:
    assert run_cli("people", "add", "--name", "Ana Lima", "--nir", NIR)[0] == 0
    assert run_cli("people", "add", "--name", "Léo Lima", "--role", "child")[0] == 0


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def uid_of(ctx: Any, name: str) -> str:
    return PeopleService(ctx).find(name).uid


# ---------------------------------------------------------------- no keyring
def test_status_without_a_keyring_says_why_and_lists_people(run_cli: Any) -> None:
    add_people(run_cli)
    code, out, err = run_cli("credentials", "status", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["keyring"]["status"] == "unavailable"
    assert data["keyring"]["backend"] == "fail Keyring"
    assert data["keyring"]["message"].startswith(
        "Passwords can't be saved on this computer because"
    )
    assert data["people"] == [
        {"id": 1, "name": "Ana Lima", "password_stored": None},
        {"id": 2, "name": "Léo Lima", "password_stored": None},
    ]


def test_set_without_a_keyring_refuses_before_reading_a_password(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(run_cli)
    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run_cli("credentials", "set", "--person", "ana lima")
    assert (code, out) == (1, "")
    assert err.startswith("ameli-desktop: Passwords can't be saved on this computer because")
    assert err.count("\n") == 1
    assert sys.stdin.read() == PASSWORD + "\n"  # not consumed


def test_a_password_is_never_accepted_on_the_command_line(run_cli: Any) -> None:
    add_people(run_cli)
    for extra in (["--password", PASSWORD], [PASSWORD]):
        with pytest.raises(SystemExit) as info:
            run_cli("credentials", "set", "--person", "Ana Lima", *extra)
        assert info.value.code == 2


def test_unknown_person_is_a_user_error(run_cli: Any) -> None:
    code, _out, err = run_cli("credentials", "forget", "--person", "Nobody")
    assert code == 1
    assert "Nobody called “Nobody” in the household" in err


# ---------------------------------------------------------------- real keyring
@pytest.mark.keyring
def test_set_status_forget_against_the_real_keyring(
    run_cli: Any,
    ctx: Any,
    monkeypatch: pytest.MonkeyPatch,
    secret_service: SecretServiceProcess,
    secret_service_keyring: Any,
) -> None:
    add_people(run_cli)
    ana = uid_of(ctx, "Ana Lima")
    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run_cli("credentials", "set", "--person", "LIMA ana", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "person": "Ana Lima",
        "saved": True,
        "replaced": False,
        "unlocked": False,
    }
    # In the keyring, read by keyring itself and by libsecret: the password and the NIR login.
    assert keyring.get_password(SERVICE_NAME, ana) == PASSWORD
    assert keyring.get_password(SERVICE_NAME, login_username(ana)) == NIR
    lookup = secret_service.secret_tool("lookup", "service", SERVICE_NAME, "username", ana)
    assert lookup.stdout == PASSWORD

    code, out, err = run_cli("credentials", "status", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "keyring": {"status": "ready", "backend": "SecretService Keyring", "message": ""},
        "people": [
            {"id": 1, "name": "Ana Lima", "password_stored": True},
            {"id": 2, "name": "Léo Lima", "password_stored": False},
        ],
    }
    assert PASSWORD not in out

    stdin(monkeypatch, "second\r\n")  # a Windows line end is not part of the password
    code, out, _ = run_cli("credentials", "set", "--person", "Ana Lima")
    assert (code, out) == (0, "Replaced Ana Lima's ameli.fr password in the keyring.\n")
    assert keyring.get_password(SERVICE_NAME, ana) == "second"

    code, out, _ = run_cli("credentials", "forget", "--person", "Ana Lima", "--json")
    assert (code, json.loads(out)) == (0, {"person": "Ana Lima", "forgotten": True})
    assert keyring.get_password(SERVICE_NAME, ana) is None
    assert keyring.get_password(SERVICE_NAME, login_username(ana)) is None
    code, out, _ = run_cli("credentials", "forget", "--person", "Ana Lima")
    assert (code, out) == (0, "Ana Lima had no ameli.fr password in the keyring.\n")


@pytest.mark.keyring
def test_someone_without_a_nir_needs_a_login(
    run_cli: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch, secret_service_keyring: Any
) -> None:
    add_people(run_cli)
    stdin(monkeypatch, PASSWORD)
    code, _out, err = run_cli("credentials", "set", "--person", "Léo Lima")
    assert code == 1
    assert "Léo Lima has no NIR in the household" in err
    stdin(monkeypatch, PASSWORD)
    code, _out, err = run_cli(
        "credentials", "set", "--person", "Léo Lima", "--login", "1 14 03 75 123 456"
    )
    assert (code, err) == (0, "")
    leo = uid_of(ctx, "Léo Lima")
    assert keyring.get_password(SERVICE_NAME, login_username(leo)) == "1140375123456"
    assert keyring.get_password(SERVICE_NAME, leo) == PASSWORD


@pytest.mark.keyring
def test_an_empty_password_is_refused(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch, secret_service_keyring: Any
) -> None:
    add_people(run_cli)
    stdin(monkeypatch, "\n")
    code, _out, err = run_cli("credentials", "set", "--person", "Ana Lima")
    assert (code, err) == (1, "ameli-desktop: Enter the ameli.fr password to save.\n")


@pytest.mark.keyring
def test_on_a_terminal_the_password_is_typed_twice_hidden(
    run_cli: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch, secret_service_keyring: Any
) -> None:
    add_people(run_cli)
    terminal = io.StringIO("")
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stdin", terminal)
    typed = iter(["typed once", "typed twice"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, _out, err = run_cli("credentials", "set", "--person", "Ana Lima")
    assert code == 1
    assert "The two passwords typed differ; nothing was saved" in err
    assert prompts == ["ameli.fr password for Ana Lima: ", "Again, to check: "]
    typed = iter([PASSWORD, PASSWORD])
    assert run_cli("credentials", "set", "--person", "Ana Lima")[0] == 0
    assert keyring.get_password(SERVICE_NAME, uid_of(ctx, "Ana Lima")) == PASSWORD


@pytest.mark.keyring
def test_the_real_command_reads_stdin_and_keeps_the_password_out_of_its_output(
    run_cli: Any, ctx: Any, data_dir: Path, secret_service: SecretServiceProcess
) -> None:
    """``python -m ameli_desktop`` in its own process, as a user runs it, on the private bus."""
    add_people(run_cli)
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": secret_service.bus_address,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    command = [sys.executable, "-m", "ameli_desktop", "--data-dir", str(data_dir), "credentials"]
    result = subprocess.run(
        [*command, "set", "--person", "Ana Lima", "--json"],
        input=PASSWORD + "\n",
        env=env,
        cwd=WORKTREE,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["saved"] is True
    ana = uid_of(ctx, "Ana Lima")
    lookup = secret_service.secret_tool("lookup", "service", SERVICE_NAME, "username", ana)
    assert lookup.stdout == PASSWORD
    status = subprocess.run(
        [*command, "status", "--json"],
        env=env,
        cwd=WORKTREE,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert json.loads(status.stdout)["people"][0]["password_stored"] is True
    for output in (result.stdout, result.stderr, status.stdout, status.stderr):
        assert PASSWORD not in output
    secret_service.delete_items({"service": SERVICE_NAME})
