"""Maintain the French translation (Qt .ts sources, one per Python module, and the built .qm).

One .ts per module (``resources/translations/fr/ameli_desktop.ui.main_window.ts``) keeps each
feature's strings in its own file, so parallel work does not collide. Line numbers are not stored
(``-locations none``) so that editing code does not rewrite the translations.

Usage, from the repository root:
    python packaging/translations.py update   # re-scan the code, keep existing translations
    python packaging/translations.py apply FILE.json   # {"Context": {"source": "traduction"}}
    python packaging/translations.py check    # list strings without a French translation
    python packaging/translations.py build    # compile resources/translations/ameli_desktop_fr.qm
"""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ameli_desktop"
TS_DIR = ROOT / "resources" / "translations" / "fr"
QM_FILE = ROOT / "resources" / "translations" / "ameli_desktop_fr.qm"
MARKERS = ("tr(", "translate(", "QT_TRANSLATE_NOOP(")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def translatable_modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module that has translatable text."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if any(marker in text for marker in MARKERS):
            dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[dotted] = path
    return found


def ts_path(dotted: str) -> Path:
    return TS_DIR / f"{dotted}.ts"


def update() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    modules = translatable_modules()
    for dotted, path in modules.items():
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                "fr_FR",
                str(path),
                "-ts",
                str(ts_path(dotted)),
            ],
            check=True,
        )
    kept = 0
    for ts in TS_DIR.glob("*.ts"):
        # A module may mention tr( without translatable text: no file for it.
        if ts.stem not in modules or ET.parse(ts).getroot().find(".//message") is None:
            ts.unlink()
        else:
            kept += 1
    print(f"updated {kept} translation sources in {TS_DIR.relative_to(ROOT)}")
    return 0


def _messages(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return translation is None or translation.get("type") == "unfinished"
    forms = translation.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def unfinished() -> list[tuple[str, str, str]]:
    """(file, context, source) of every string without a finished translation."""
    missing = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        for context, message in _messages(tree):
            if _is_unfinished(message):
                missing.append((ts.name, context, message.findtext("source", "")))
    return missing


def check() -> int:
    missing = unfinished()
    for file, context, source in missing:
        print(f"{file}: [{context}] {source!r}")
    print(f"{len(missing)} strings without a French translation")
    return 1 if missing else 0


def apply(json_file: Path) -> int:
    """Fill translations from {"Context": {"English source": "French" or ["1 form", "n forms"]}}."""
    table: dict[str, dict[str, str | list[str]]] = json.loads(json_file.read_text(encoding="utf-8"))
    applied = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context, message in _messages(tree):
            source = message.findtext("source", "")
            french = table.get(context, {}).get(source)
            if french is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = french if isinstance(french, list) else [french, french]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = french if isinstance(french, str) else french[-1]
            changed = True
            applied += 1
        if changed:
            ET.indent(tree, space="    ")
            ts.write_text(
                HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8"
            )
    print(f"applied {applied} translations")
    return update()  # rewrite the files in lupdate's own layout, so diffs stay small


def build(target: Path = QM_FILE) -> int:
    sources = sorted(TS_DIR.glob("*.ts"))
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(target)], check=True
    )
    print(f"built {target}")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "check", "build", "apply"}:
        print(__doc__)
        return 2
    if argv[0] == "apply":
        return apply(Path(argv[1]))
    return {"update": update, "check": check, "build": build}[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
