"""The shipped French translation as a :class:`Language`, for tests below the GUI (no Qt).

Read from the .ts sources (resources/translations/fr), which tests/unit/test_translations.py
keeps complete and in step with the built .qm the GUI loads.
"""

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from ameli_desktop.domain.texts import Language

TS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations" / "fr"


@functools.cache
def _translations() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.findtext("translation", "")
                if translation:
                    found[(name, message.findtext("source", ""))] = translation
    return found


def _translate(context: str, source: str) -> str:
    return _translations().get((context, source), source)


FRENCH = Language("fr", _translate)
