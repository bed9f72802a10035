"""The ways a person gets the app, as the end-to-end and distribution tests find them.

- ``editable``: the ``ameli-desktop`` beside the Python that runs the tests (in .ci/run, the
  developers' editable install in ``.venv``);
- ``wheel``: the wheel built from the sdist, installed in a virtualenv of its own, as a user's
  ``pip install .`` or ``pipx install .`` does (``AMELI_DESKTOP_WHEEL_VENV`` names that venv);
- ``bundle``: the PyInstaller one-folder build (``AMELI_DESKTOP_BUNDLE`` names its executable).

.ci/run builds all of them and names them. In CI (``AMELI_DESKTOP_CI=1``) a target that is not
there is a failure; elsewhere a target whose variable is unset is left out, and one whose variable
names nothing fails.
"""

import os
import shutil
import sys
from pathlib import Path

import pytest

IN_CI = bool(os.environ.get("AMELI_DESKTOP_CI"))
ROOT = Path(__file__).resolve().parents[1]

BUNDLE_ENV = "AMELI_DESKTOP_BUNDLE"
WHEEL_VENV_ENV = "AMELI_DESKTOP_WHEEL_VENV"
DIST_ENV = "AMELI_DESKTOP_DIST"  # the folder with the sdist and the wheel that .ci/run built

ENTRY_POINT = "ameli-desktop"


def kinds() -> list[str]:
    """The targets to parametrise over: the editable install always, the others when named."""
    found = ["editable"]
    for kind, variable in (("wheel", WHEEL_VENV_ENV), ("bundle", BUNDLE_ENV)):
        if os.environ.get(variable) or IN_CI:
            found.append(kind)
    return found


def missing(message: str) -> None:
    """In CI a missing target fails the test; elsewhere it is skipped."""
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def venv_scripts(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def named_path(variable: str, what: str) -> Path:
    """The path an environment variable names; it must exist once named (and in CI)."""
    value = os.environ.get(variable, "")
    if not value or not Path(value).exists():
        pytest.fail(f"{variable} does not name {what}: {value!r} (.ci/run sets it)")
    return Path(value)


def wheel_venv() -> Path:
    return named_path(WHEEL_VENV_ENV, "a virtualenv with the wheel installed")


def bundle_executable() -> Path:
    return named_path(BUNDLE_ENV, "a built bundle's executable")


def executable(kind: str) -> str:
    """The ``ameli-desktop`` command of one target."""
    if kind == "editable":
        # Beside the interpreter first: a copy on PATH (pipx, say) is not the code under test.
        beside = Path(sys.executable).parent / ENTRY_POINT
        found = str(beside) if beside.exists() else shutil.which(ENTRY_POINT)
        if found is None:
            missing(f"{ENTRY_POINT} is not installed beside {sys.executable}")
        return str(found)
    if kind == "wheel":
        script = venv_scripts(wheel_venv()) / ENTRY_POINT
        if not script.exists():
            pytest.fail(f"the wheel's venv has no {ENTRY_POINT}: {script}")
        return str(script)
    if kind == "bundle":
        return str(bundle_executable())
    raise ValueError(kind)
