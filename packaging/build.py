"""Build the double-clickable one-folder app with PyInstaller: ``python packaging/build.py``.

The result is ``packaging/dist/ameli-desktop/`` with the executable ``ameli-desktop`` inside (plus,
on Linux, the .desktop file and AppStream metadata next to it, ready for a package).
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
BUILD = HERE / "build"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> int:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD),
            str(HERE / "ameli-desktop.spec"),
        ],
        check=True,
        cwd=HERE.parent,  # the spec's collect_submodules("ameli_desktop") imports it from here
    )
    app = DIST / "ameli-desktop"
    if sys.platform.startswith("linux"):
        share = app / "share"
        (share / "applications").mkdir(parents=True, exist_ok=True)
        (share / "metainfo").mkdir(parents=True, exist_ok=True)
        # The same desktop entry `ameli-desktop --install-desktop-entry` writes (with Exec set).
        shutil.copy(
            HERE.parent / "resources" / "desktop" / "fr.ameli_desktop.AmeliDesktop.desktop",
            share / "applications",
        )
        shutil.copy(
            HERE / "linux" / "fr.ameli_desktop.AmeliDesktop.metainfo.xml", share / "metainfo"
        )
    size = folder_size(app) / 1024 / 1024
    print(f"built {app / 'ameli-desktop'} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
