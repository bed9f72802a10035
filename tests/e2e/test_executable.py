"""The real `ameli-desktop` of every install (editable, wheel, bundle: tests/install_targets.py):
its window under Xvfb, a screenshot, a clean close; the command line from a statement import to
every PDF; and the single-instance rule between two real processes."""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.install_targets import IN_CI, ROOT, executable, kinds, venv_scripts, wheel_venv

pytestmark = pytest.mark.e2e
DATA = ROOT / "tests" / "data"


def need(tool: str) -> str:
    """The path of a tool; in CI a missing tool is a failure, elsewhere a skip."""
    found = shutil.which(tool) or (
        str(Path(sys.executable).parent / tool)
        if (Path(sys.executable).parent / tool).exists()
        else None
    )
    if found is None:
        if IN_CI:
            pytest.fail(f"{tool} is missing: .ci/run should have installed it")
        pytest.skip(f"{tool} is not installed")
    return found


@pytest.fixture
def xvfb() -> Iterator[str]:
    need("Xvfb")
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(10)


def app_env(display: str, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", AMELI_DESKTOP_DATA_DIR=str(data_dir))
    env.pop("WAYLAND_DISPLAY", None)
    return env


def wait_for_window(
    display: str, title: str, timeout: float = 30, app: subprocess.Popen[str] | None = None
) -> str:
    """The id of a visible window whose title matches ``title`` (a regular expression); fails
    at once, with its error output, if ``app`` exits first."""
    xdotool = need("xdotool")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app is not None and app.poll() is not None:
            _out, err = app.communicate()
            pytest.fail(f"the app exited ({app.returncode}) before showing {title!r}: {err}")
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", title],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)
    pytest.fail(f"no window titled {title!r} appeared within {timeout} s")


def screenshot(display: str, target: Path) -> int:
    """Grab the X screen with Qt itself (no extra tool), from a separate process; returns how many
    colours a grid of sample points shows (an empty X screen has one)."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication;"
        "app = QGuiApplication(sys.argv[:1]);"
        "shot = app.primaryScreen().grabWindow(0); image = shot.toImage();"
        "colours = {image.pixel(x, y) for x in range(0, image.width(), 16)"
        " for y in range(0, image.height(), 16)};"
        "print(len(colours)); sys.exit(0 if shot.save(sys.argv[1]) else 1)"
    )
    grabbed = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
    )
    return int(grabbed.stdout.split()[-1])


@pytest.mark.parametrize("kind", kinds())
def test_the_window_opens_in_french_and_closes_cleanly(
    kind: str, xvfb: str, tmp_path: Path
) -> None:
    """French chosen in the preferences: the welcome dialog's title comes from the installed
    translations (.qm), over the main window, and Qt's own texts from Qt's."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[ui]\nlanguage=fr\n", encoding="utf-8")
    app = subprocess.Popen(
        [executable(kind)],
        env=app_env(xvfb, data),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "^Ameli Desktop$", app=app)
        wait_for_window(xvfb, "^Bienvenue dans Ameli Desktop$", app=app)
        shot = tmp_path / f"main-window-{kind}.png"
        assert screenshot(xvfb, shot) > 10, f"the screen looks blank: {shot}"
        app.send_signal(signal.SIGTERM)  # what a session logout sends
        _out, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert (data / "ameli.db").exists()
    assert "window" in (data / "settings.ini").read_text(encoding="utf-8")  # saved on close
    log = (data / "logs" / "ameli-desktop.log").read_text(encoding="utf-8")
    assert "started Ameli Desktop" in log
    assert "stopped (exit code 0)" in log
    # Qt's own buttons and dialogs (Annuler, Oui, the file dialog) from Qt's base translations,
    # which this install found (the bundle ships its own)
    assert re.search(r"Qt's own dialogs in fr: \S*qtbase_fr\.qm", log), log


def test_a_second_start_raises_the_first_or_says_so_headless(xvfb: str, tmp_path: Path) -> None:
    app = executable("editable")
    data = tmp_path / "data"
    first = subprocess.Popen(
        [app],
        env=app_env(xvfb, data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "Ameli Desktop")
        second = subprocess.run(
            [app],
            env=app_env(xvfb, data),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 0
        assert "its window was brought forward" in second.stderr
        headless = subprocess.run(
            [app],
            env={**app_env(xvfb, data), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert headless.returncode == 1
        assert "already running with the data folder" in headless.stderr
        assert first.poll() is None  # the first one is untouched
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=20)
    # once it has closed, a start is not blocked
    again = subprocess.Popen(
        [app],
        env=app_env(xvfb, data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(xvfb, "Ameli Desktop")
    finally:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=20)
    assert again.returncode == 0


def pdf_text(path: Path) -> str:
    """The text of every page, runs of ordinary white space made single (narrow no-break spaces,
    which only the bundled DejaVu font draws, are kept as they are)."""
    return re.sub(r"[ \t\r\n]+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def pdf_fonts(path: Path) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(path).pages
        for font in page["/Resources"]["/Font"].values()
    }


# What each document must say about the household below, read back from the PDF.
DOCUMENTS = {
    "reimbursements": (
        [],
        ["Reimbursement summary", "MARTIN Éloïse", "Kinésithérapie", "1\u202f429,64", "323,10"],
    ),
    "ceam-reminder": (
        ["--trip", "{trip}"],
        ["CEAM reminder: Spain, 02/12/2026 to 16/12/2026", "Paul Lebrun", "Covered", "Zoé Lebrun",
         "between 25/11/2026 and 02/12/2026", "Call 112"],
    ),
    "travel": (
        ["--person", "Paul Lebrun"],
        ["Travel summary", "Paul Lebrun", "45 of 90", "01/09/2026", "15/10/2026"],
    ),
    "appointments": (
        [],
        ["CPAM appointment sheet", "Zoé Lebrun", "27/11/2026", "Carte Vitale", "01 02 03 04 05"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("kind", kinds())
def test_the_command_line_imports_a_statement_and_writes_every_pdf(
    kind: str, tmp_path: Path
) -> None:
    """Each install finds its facts (every command reads them), its migrations, its fonts: a
    household, a statement, a trip, a stay and an appointment, then all four documents (the bundle
    also needs everything reportlab imports, Pillow included)."""
    app = executable(kind)
    base = [app, "--data-dir", str(tmp_path / "data"), "--today", "2026-11-25"]

    def cli(*args: str) -> str:
        result = subprocess.run(
            [*base, *args], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, f"{args}: {result.stderr}"
        assert "Traceback" not in result.stderr
        return result.stdout

    cli(
        "people", "add", "--name", "Paul Lebrun", "--born", "1980-03-02", "--role", "holder",
        "--nationality", "other",
    )  # fmt: skip
    cli("people", "add", "--name", "Zoé Lebrun", "--role", "partner")
    people = json.loads(cli("people", "list", "--json"))
    assert [(p["name"], p["role"]) for p in people] == [
        ("Paul Lebrun", "holder"),
        ("Zoé Lebrun", "partner"),
    ]
    imported = json.loads(cli("import", str(DATA / "ameli_2025-01.csv"), "--json"))
    assert (imported["imported"], imported["duplicates"], imported["rejected"]) == (7, 0, [])
    assert imported["new_people"] == ["MARTIN Éloïse"]
    cli("ceam", "set", "--person", "Paul Lebrun", "--issued", "2025-06-01")
    trip = json.loads(
        cli(
            "trips", "add", "--traveller", "Paul Lebrun", "--traveller", "Zoé Lebrun",
            "--country", "ES", "--depart", "2026-12-02", "--return", "2026-12-16", "--json",
        )
    )["id"]  # fmt: skip
    cli("travel", "add", "--person", "Paul Lebrun", "--entry", "2026-09-01", "--exit", "2026-10-15")
    cli(
        "appointments", "add", "--person", "Zoé Lebrun", "--at", "2026-11-27 10:30",
        "--reason", "Carte Vitale", "--channel", "phone", "--place", "01 02 03 04 05",
    )  # fmt: skip

    for document, (options, expected) in DOCUMENTS.items():
        target = tmp_path / f"{document}.pdf"
        args = [option.format(trip=trip) for option in options]
        written = json.loads(cli("export", "pdf", document, *args, "-o", str(target), "--json"))
        assert written == {"pdf": str(target), "kind": document}
        text = pdf_text(target)
        for words in expected:
            assert words in text, f"{document}.pdf lacks {words!r}: {text}"
        assert "Generated on 25/11/2026" in text
        assert {"DejaVuSans", "DejaVuSans-Bold"} <= pdf_fonts(target), document
    # ameli's relevé PDF (pypdf is the install's own) and a bank export (a built-in layout).
    releve = json.loads(cli("import", str(DATA / "ameli_pdf" / "releve_2025-01.pdf"), "--json"))
    assert (releve["imported"], releve["layout"]) == (8, "ameli-pdf")
    bank = json.loads(
        cli("import", str(DATA / "banks" / "lcl.csv"), "--person", "Paul Lebrun", "--json")
    )
    # The CNAM's and the two insurers' transfers, and the card payment at the pharmacy (the
    # household's own payment for care, issue 19).
    assert (bank["imported"], bank["layout"]) == (4, "lcl")


@pytest.mark.parametrize("kind", kinds())
def test_each_install_adds_itself_to_the_applications_menu(kind: str, tmp_path: Path) -> None:
    """`ameli-desktop --install-desktop-entry` (README): the entry, valid for freedesktop.org's
    validator, starts this very install (the venv's script, the bundle's executable), whose
    command line then answers; the icons go beside it, in a private XDG data folder."""
    from ameli_desktop import APP_ID
    from ameli_desktop.desktop_entry import exec_value

    app = executable(kind)
    share = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share)}
    added = subprocess.run(
        [app, "--install-desktop-entry"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    entry = share / "applications" / f"{APP_ID}.desktop"
    fields = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines()[1:])
    assert fields["Exec"] == exec_value([str(Path(app).absolute())])
    assert fields["TryExec"] == str(Path(app).absolute())
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    validated = subprocess.run(
        [need("desktop-file-validate"), str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    started = subprocess.run(
        [fields["TryExec"], "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert started.stdout.startswith("ameli-desktop "), started.stderr


def test_the_wheel_target_runs_the_installed_copy_not_the_source_tree(tmp_path: Path) -> None:
    """Otherwise the wheel's tests would pass on the repository's own resources/."""
    if "wheel" not in kinds():
        pytest.skip("AMELI_DESKTOP_WHEEL_VENV is not set (.ci/run sets it)")
    venv = wheel_venv()
    found = subprocess.run(
        [
            str(venv_scripts(venv) / "python"),
            "-c",
            "import ameli_desktop.app_paths as p; print(p.__file__); print(p.resources_dir())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    module, resources = (Path(line).resolve() for line in found)
    assert module.is_relative_to(venv.resolve()), module
    assert resources == module.parent / "resources"
    assert not module.is_relative_to(ROOT / "ameli_desktop"), module
