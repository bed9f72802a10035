"""The French translation is complete for every translatable string, and the .qm is up to date."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402 - the packaging script, imported as a module


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Re-scan the code into a copy of the .ts files, as `translations.py update` would."""
    folder = tmp_path_factory.mktemp("ts")
    for dotted, path in translations.translatable_modules().items():
        target = folder / f"{dotted}.ts"
        existing = translations.ts_path(dotted)
        if existing.exists():
            target.write_bytes(existing.read_bytes())
        subprocess.run(
            [
                translations.tool("pyside6-lupdate"),
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
                str(target),
            ],
            check=True,
        )
    return folder


def test_every_user_visible_string_has_a_french_translation(
    fresh_sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "TS_DIR", fresh_sources)
    missing = translations.unfinished()
    assert missing == [], (
        f"{len(missing)} strings lack a French translation (run packaging/translations.py "
        f"update, translate, then build): {missing[:10]}"
    )


def test_the_committed_qm_matches_the_sources(tmp_path: Path) -> None:
    built = tmp_path / "fr.qm"
    translations.build(built)
    assert built.read_bytes() == translations.QM_FILE.read_bytes(), (
        "resources/translations/ameli_desktop_fr.qm is stale: run packaging/translations.py build"
    )
