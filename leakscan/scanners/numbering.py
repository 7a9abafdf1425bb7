"""What phonenumbers says about a string of digits, in the regions a user enabled.

Whether it is a valid number (or one in a range reserved for fiction, or only a possible
one), whether it is written in the groups its country writes it in, and where its matcher
sees it in a text. phonenumbers is imported on first use, and the answers are cached: the
phone scanner asks about the same digit strings often (once per window of a long run).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

#: How sure phonenumbers is that digits are a number (ordered: compare with ``>=``).
VALID, FICTIONAL, POSSIBLE, NONE = 3, 2, 1, 0


@lru_cache(maxsize=4096)
def classify(digits: str, plus: bool, regions: tuple[str, ...]) -> tuple[int, str | None]:
    """(status, region) of a digit string: valid / fictional / possible / none in any region.

    ``region`` is the region whose parsing gave the status (``None`` for "+CC" numbers).
    Regions whose number lengths cannot fit the digits are not parsed at all.
    """
    import phonenumbers

    best: tuple[int, str | None] = (NONE, None)
    tries: tuple[str | None, ...] = (None,) if plus else tuple(r for r in regions if _plausible(r, digits))
    text = "+" + digits if plus else digits
    nanpa_checked = False
    for region in tries:
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        home = region is not None and num.country_code == _region_info(region)[0]
        # is_valid_number_for_region is ~40x cheaper than is_valid_number for +1 numbers.
        valid = phonenumbers.is_valid_number_for_region(num, region) if home else phonenumbers.is_valid_number(num)
        if not valid and home and num.country_code == 1 and not nanpa_checked and len(str(num.national_number)) == 10:
            nanpa_checked = True  # another NANPA region (a Jamaican number parsed as US): check once
            valid = phonenumbers.is_valid_number(num)
        if valid and home and _prefix_missing(region, digits):
            valid = False  # "6361812" is valid in IE as 063 61812, but nobody writes it so
        if valid:
            return VALID, region
        if best[0] < FICTIONAL and _is_fictional(num):
            best = (FICTIONAL, region)
        elif best[0] < POSSIBLE and phonenumbers.is_possible_number(num):
            best = (POSSIBLE, region)
    return best


@lru_cache(maxsize=256)
def _region_info(region: str) -> tuple[int, str, frozenset[int], re.Pattern[str] | None]:
    """(country code, national prefix, possible national lengths, international prefix)."""
    from phonenumbers import PhoneMetadata

    md = PhoneMetadata.metadata_for_region(region)
    if md is None:
        return 0, "", frozenset(range(4, 18)), None
    lengths = frozenset((md.general_desc.possible_length or ()) + (md.general_desc.possible_length_local_only or ()))
    idd = re.compile(md.international_prefix) if md.international_prefix else None
    return md.country_code or 0, md.national_prefix or "", lengths, idd


def _prefix_missing(region: str, digits: str) -> bool:
    """A national number written without the trunk prefix its country always writes.

    In GB, AU, IE, NZ, ZA... people write "07700 900123", "021 123 4567": the leading 0 is
    part of the written number, so seven or eight bare digits ("6361812") are counts, zip
    codes or street numbers far more often than phone numbers. North American numbers
    have no such prefix, and Indian mobiles are written as ten bare digits.
    """
    cc, prefix, _, _ = _region_info(region)
    if not prefix or cc == 1 or digits.startswith((prefix, str(cc))):
        return False
    return not (cc == 91 and len(digits) == 10 and digits[0] in "6789")


def _plausible(region: str, digits: str) -> bool:
    """Cheap length test: could ``digits`` dialled in ``region`` be a number at all?"""
    cc, prefix, lengths, idd = _region_info(region)
    n = len(digits)
    if n in lengths:
        return True
    if prefix and digits.startswith(prefix) and n - len(prefix) in lengths:
        return True
    code = str(cc)
    if digits.startswith(code) and n - len(code) in lengths:
        return True
    return idd is not None and idd.match(digits) is not None


def _is_fictional(num: object) -> bool:
    """Ranges reserved for drama and tests that phonenumbers does not count as valid."""
    cc = getattr(num, "country_code", None)
    national = str(getattr(num, "national_number", ""))
    return cc == 44 and len(national) == 10 and national.startswith(("7700900", "1632960"))


def grouped(groups: list[str], plus: bool, regions: tuple[str, ...]) -> bool:
    """Is this number written in its own groups, as a region where it is a number writes
    it: "217 555 0134", "07700 900123", "+44 7700 900123", or one block of digits?

    The written groups may join the groups phonenumbers formats the number in, never cut
    one (its matcher's STRICT_GROUPING, which only takes valid numbers: here fictional
    ranges count too). The trunk prefix or country code may be left out ("98765 43210").
    """
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    digits = "".join(groups)
    written = set(accumulate(len(g) for g in reversed(groups[1:])))  # cuts, from the end
    for region in (None,) if plus else regions:
        if region is not None and not _plausible(region, digits):
            continue
        try:
            num = phonenumbers.parse("+" + digits if plus else digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not (phonenumbers.is_valid_number(num) or _is_fictional(num)):
            continue
        for style in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL):
            formatted = re.findall(r"[0-9]+", phonenumbers.format_number(num, style))
            if "".join(formatted).endswith(digits) and written <= set(accumulate(map(len, reversed(formatted)))):
                return True
    return False


def matcher_span(folded: str, start: int, end: int, digits: str, region: str) -> tuple[int, int] | None:
    """Confirm a written number with ``PhoneNumberMatcher`` (VALID) on a small window."""
    from phonenumbers import Leniency, PhoneNumberMatcher

    lo = max(0, start - 1)
    hi = min(len(folded), end + 1)
    window = folded[lo:hi]
    for match in PhoneNumberMatcher(window, region, leniency=Leniency.VALID, max_tries=4):
        raw = "".join(ch for ch in match.raw_string if ch.isdigit())
        if raw.startswith(digits):  # the matcher's raw string may add an extension
            return lo + match.start, lo + match.end
    return None


__all__ = ["FICTIONAL", "NONE", "POSSIBLE", "VALID", "classify", "grouped", "matcher_span"]
