"""Fingerprints that recognise a line already imported, without merging two real ones.

A fingerprint hashes the *parsed* meaningful fields (who, when, what, by whom, how much), so the
same line exported twice by the same tool, or in two overlapping months, hashes the same whatever
the formatting (``12,50`` or ``12.50 €``, ``Zoé LEBRUN`` or ``LEBRUN Zoe``). Left out on purpose:
base and rate (they follow from the act), the tiers-payant flag and the insurer guess.

Two identical real lines (two identical consultations on one day) share a fingerprint; the
*occurrence* (1 for the first in the file, 2 for the second...) keeps them apart. Phase B counts a
file line as a duplicate only when the database already holds that many lines with the fingerprint,
so re-importing adds nothing while a line the user deleted comes back.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from hashlib import blake2b as _blake2b
from itertools import compress, repeat

from ameli_desktop.domain.names import fold, name_key

FINGERPRINT_VERSION = "1"


_SEPARATOR = "\x1f"
_hasher = partial(_blake2b, digest_size=16)
_hexdigest = _blake2b.hexdigest


def fingerprint(
    *,
    care_date: date | None,
    payment_date: date | None,
    beneficiary_key: str,
    nature_key: str,
    practitioner_key: str,
    paid_cents: int | None,
    reimbursed_cents: int | None,
    complementary_cents: int | None,
    deductions_cents: int | None,
) -> str:
    """32 hex digits identifying a line's content (keys are already folded, see ``text_keys``).

    The hashed text is every value's ``str()`` (ISO dates, integer cents, ``None`` when missing)
    joined by U+001F; :func:`fingerprints` computes exactly the same for a whole column set.
    """
    canonical = _SEPARATOR.join(
        (
            FINGERPRINT_VERSION,
            str(care_date),
            str(payment_date),
            beneficiary_key,
            nature_key,
            practitioner_key,
            str(paid_cents),
            str(reimbursed_cents),
            str(complementary_cents),
            str(deductions_cents),
        )
    )
    return _hexdigest(_hasher(canonical.encode()))


def fingerprints(
    *,
    care_dates: Sequence[date | None],
    payment_dates: Sequence[date | None],
    beneficiary_keys: Iterable[str],
    nature_keys: Iterable[str],
    practitioner_keys: Iterable[str],
    paid_cents: Iterable[int | None],
    reimbursed_cents: Iterable[int | None],
    complementary_cents: Iterable[int | None],
    deductions_cents: Iterable[int | None],
) -> list[str]:
    """:func:`fingerprint` of every row, given column by column.

    Every step is a ``map`` over a C function, and dates (few distinct values) are turned into
    text once each: per line this costs a fraction of calling :func:`fingerprint`.
    """
    iso: dict[date | None, str] = {d: str(d) for d in {*care_dates, *payment_dates}}
    as_iso = iso.__getitem__
    canonical = map(
        _SEPARATOR.join,
        zip(
            repeat(FINGERPRINT_VERSION),
            map(as_iso, care_dates),
            map(as_iso, payment_dates),
            beneficiary_keys,
            nature_keys,
            practitioner_keys,
            map(str, paid_cents),
            map(str, reimbursed_cents),
            map(str, complementary_cents),
            map(str, deductions_cents),
        ),
    )
    return list(map(_hexdigest, map(_hasher, map(str.encode, canonical))))


def occurrences(fps: Sequence[str]) -> list[int]:
    """For each fingerprint, how many times it has appeared so far in the file (1, 2, 3...)."""
    counts = [1] * len(fps)
    repeated = {fp for fp, times in Counter(fps).items() if times > 1}
    if not repeated:  # the usual file: every line once, found without a loop in Python
        return counts
    # Only the lines whose fingerprint repeats are counted one by one (a few, even in a large
    # file that has some: two identical sessions on one day).
    seen: dict[str, int] = {}
    for index in compress(range(len(fps)), map(repeated.__contains__, fps)):
        fp = fps[index]
        counts[index] = seen[fp] = seen.get(fp, 0) + 1
    return counts


class KeyCache(dict[str, str]):
    """``cache[text]`` is ``key(text)``, computed once per distinct text (folding is slow)."""

    __slots__ = ("key",)

    def __init__(self, key: Callable[[str], str]) -> None:
        super().__init__()
        self.key = key

    def __missing__(self, text: str) -> str:
        value = self[text] = self.key(text)
        return value


def person_keys() -> KeyCache:
    return KeyCache(name_key)


def text_keys() -> KeyCache:
    return KeyCache(fold)
