"""What a user installs carries every file the app reads: the wheel (built from the sdist, as
`pip install .` and `pipx install .` do), the sdist itself, and the PyInstaller bundle.

The reference is what git tracks under ameli_desktop/ and resources/ (the folders themselves when
the tests run outside a git checkout). .ci/run builds the sdist and the wheel into the folder
AMELI_DESKTOP_DIST names; without it (and outside CI) the test builds them with `python -m build`.
"""

import importlib.util
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.install_targets import DIST_ENV, IN_CI, ROOT, bundle_executable, kinds


def tracked(folder: str) -> set[str]:
    """Files under ``folder`` (relative to the repository), as POSIX paths."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--", folder],
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode == 0 and listed.stdout:
        return {name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()}
    return {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def installed_files() -> set[str]:
    """Every file of the package as it lands in site-packages: the code and migrations as they
    are, resources/ as ameli_desktop/resources/."""
    return tracked("ameli_desktop") | {"ameli_desktop/" + name for name in tracked("resources")}


def build_installed() -> bool:
    """`build` itself, not a folder named build/ that a namespace import would find."""
    try:
        return importlib.util.find_spec("build.__main__") is not None
    except ModuleNotFoundError:
        return False


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get(DIST_ENV)
    if folder:
        return Path(folder)
    if IN_CI:
        pytest.fail(f"{DIST_ENV} is not set: .ci/run builds the sdist and the wheel")
    if not build_installed():
        pytest.skip("`build` (in the test extra) is not installed: it makes the sdist and wheel")
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        cwd=out,  # not the repository, whose folders would shadow modules
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out


def only(folder: Path, pattern: str) -> Path:
    [found] = folder.glob(pattern)  # exactly one: a stale second one would be ambiguous
    return found


def wheel_names(dist: Path) -> set[str]:
    with zipfile.ZipFile(only(dist, "ameli_desktop-*.whl")) as wheel:
        return {name for name in wheel.namelist() if not name.endswith("/")}


def sdist_names(dist: Path) -> set[str]:
    """Members of the sdist without its top folder (``ameli_desktop-0.1.0/``)."""
    with tarfile.open(only(dist, "ameli_desktop-*.tar.gz")) as sdist:
        return {
            member.name.split("/", 1)[1]
            for member in sdist.getmembers()
            if member.isfile() and "/" in member.name
        }


def test_the_reference_holds_what_the_app_reads() -> None:
    """Guards the comparison below against an empty or partial reference."""
    files = installed_files()
    for name in (
        "ameli_desktop/resources/facts.toml",
        "ameli_desktop/resources/fonts/DejaVuSans.ttf",
        "ameli_desktop/resources/fonts/DejaVuSans-Bold.ttf",
        "ameli_desktop/resources/icons/ameli-desktop-256.png",
        "ameli_desktop/resources/icons/ameli-desktop.svg",
        "ameli_desktop/resources/translations/ameli_desktop_fr.qm",
        "ameli_desktop/storage/migrations/env.py",
        "ameli_desktop/storage/migrations/script.py.mako",
        "ameli_desktop/__main__.py",
    ):
        assert name in files


def test_the_wheel_carries_every_module_migration_and_resource(dist: Path) -> None:
    missing = installed_files() - wheel_names(dist)
    assert not missing, f"the wheel lacks {sorted(missing)}"


def test_the_wheel_installs_nothing_beside_the_package(dist: Path) -> None:
    """No top-level `resources` or `tests` package lands in site-packages."""
    tops = {name.split("/", 1)[0] for name in wheel_names(dist)}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"ameli_desktop"}
    with zipfile.ZipFile(only(dist, "ameli_desktop-*.whl")) as wheel:
        [entry_points] = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = wheel.read(entry_points).decode()
    assert "[gui_scripts]\nameli-desktop = ameli_desktop.__main__:main" in text


def test_the_sdist_carries_the_source_of_every_installed_file(dist: Path) -> None:
    expected = tracked("ameli_desktop") | tracked("resources") | {"pyproject.toml", "README.md"}
    missing = expected - sdist_names(dist)
    assert not missing, f"the sdist lacks {sorted(missing)}"


def test_the_bundle_carries_every_module_migration_and_resource() -> None:
    """The one-folder build: resources/ and the migration scripts as files, every module as the
    .pyc the spec keeps (`noarchive`)."""
    if "bundle" not in kinds():
        pytest.skip("AMELI_DESKTOP_BUNDLE is not set (.ci/run sets it)")
    contents = bundle_executable().parent / "_internal"
    expected = tracked("resources") | tracked("ameli_desktop/storage/migrations")
    missing = {name for name in expected if not (contents / name).is_file()}
    modules = {name for name in tracked("ameli_desktop") if name.endswith(".py")}
    missing |= {
        name
        for name in modules - expected
        if not (contents / name).with_suffix(".pyc").is_file() and not (contents / name).is_file()
    }
    assert not missing, f"the bundle ({contents}) lacks {sorted(missing)}"


def test_the_bundle_carries_qt_french_and_the_pdf_renderer() -> None:
    """Qt's base translations (its own buttons and dialogs in French; ui/i18n.py loads them from
    Qt's translations folder) and PDFium, which printing renders the documents with."""
    if "bundle" not in kinds():
        pytest.skip("AMELI_DESKTOP_BUNDLE is not set (.ci/run sets it)")
    contents = bundle_executable().parent / "_internal"
    assert list(contents.glob("PySide6/Qt/translations/qtbase_fr.qm"))
    assert list(contents.glob("pypdfium2_raw/*pdfium*"))
