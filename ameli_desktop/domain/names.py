"""Matching people's names the way users type them: any case, accents, or order."""

import unicodedata


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: ``  Zoé  LEBRUN`` -> ``zoe lebrun``."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("-", " ").split())


def name_key(name: str) -> str:
    """A key equal for ``Zoé Lebrun``, ``LEBRUN Zoe`` and ``lebrun  zoé``."""
    return " ".join(sorted(fold(name).split()))
