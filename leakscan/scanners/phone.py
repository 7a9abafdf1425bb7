"""PHONE scanner: written phone numbers, and the disguised forms children use to slip past filters.

How it works (every step is linear in the length of the text):

1. **Quick exit.** Most posts hold no phone number. Unless the folded text has 7+ digits,
   a digit run with o/l letters in it, or a number word ("five", "oh", "double"...), the
   scanner returns at once (a few microseconds).
2. **Digit stream.** Written, spaced, spelled-out and disguised digits are read as *digit
   sequences* (:mod:`.digits`: "five five five oh one three four", ``２１７.５５５``,
   ``217🔥555🔥0134``), with single digits between commas marked as a *list*
   (``3,1,4,1,5,9,2,6``) and digits glued to a word by an underscore left to the word.
3. **Confirm** (:mod:`.numbering`). A sequence of 7+ digits is a phone number when, for
   one of the configured regions (``ctx.settings.regions``), ``phonenumbers.parse`` +
   ``is_valid_number`` accept it (a leading ``+``/"plus" means international format), or it
   is in a range reserved for fiction (Ofcom's 07700 900xxx, 01632 960xxx), or it is a
   *possible* number with a phone cue nearby ("call", "text me", "my number", "cell",
   "whatsapp"...) or a leading "+".
   Where a country always writes its trunk prefix (GB, AU, IE, NZ, ZA: "021 123 4567"),
   bare national digits ("6361812") count as possible only. A long sequence is cut at
   token boundaries into valid numbers, accepted when they tile the whole sequence, when
   one is written in its own groups (the digits before it are a date, a counter, a count:
   "20230101 217 555 0134", "photo 4 217 555 0134"), or when a cue is near. A list is a
   number only as a whole, valid, next to a cue. At most ``_PARSE_BUDGET`` parses per
   text bound the work on digit soups.
4. **Written numbers** are handed to phonenumbers' ``PhoneNumberMatcher`` (leniency VALID)
   on a small window around the sequence, with the region that validated them, so the
   matcher runs at most once per number instead of once per region over the whole post.
5. **Reject** by context: a word just before the number (order, isbn, tracking, ticket,
   invoice, level, xp, points, score, version, v, ip, pin, code...), a unit just after
   (points, xp, followers, dollars...) or a street type ("... Oak St"), ``#``/currency
   signs, links and e-mail addresses, and shapes of dates (``20230101`` too), IP addresses,
   decimals, ISBNs and card numbers (Luhn). A cue overrides a shape, but a date next to a
   cue ("call me 20230101") stays a date unless it is a valid number.

6. **Links to a number.** A link that opens a chat or a call with a number (``wa.me/12175550134``,
   ``t.me/+12175550134``, ``api.whatsapp.com/send?phone=``, ``viber://chat?number=``,
   ``signal.me/#p/+...``, ``tel:``/``sms:``/``callto:``/``facetime:`` URIs) is a PHONE over the
   whole link (redacted whole: half a link is noise); a possible number is enough there. Any
   other number inside a link stays rejected (step 5), and the engine ranks PHONE above URL.

Confidence: 1.0 for a valid number confirmed by the matcher, 0.9 for a valid number read
from a disguised form (or a fictional range), 0.8 for a possible number next to a phone cue.

The known-facts scanner matches a child's own phone number against step 2 directly
(:func:`.digits.digit_sequences`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding, Kind
from . import numbering
from .base import TextContext, words
from .digits import DigitSequence, Unit, sequences, worth_a_look
from .handle import link_end

#: Words near a number that say "this is a phone number".
_CUE_RE = re.compile(
    r"\b(?:cal+(?:s|ed|ing)?|ring|rings|te+x+t+(?:s|ing)?|txt|msg|messages?|sms|phone+|fone|ph|tel|telephone|fax"
    r"|cell|cellphone|mobile|mob|num+b+e+r+s*|num|digits|whats\s?app|wa|signal|telegram|viber|imessage"
    r"|facetime|dial|landline|contact|hmu|hit\s+me\s+up|reach|answering|office"
    # Portuguese and Spanish: WhatsApp as "zap", "wpp", "wsp"; "celular", "número" ("meu zap é (21) 9...")
    r"|zap|zapzap|wpp|wsp|celular|cel|n[uú]mero)\b|\bmy\s*#"
    # a phone drawn before or after the number ("📱 0412 ...", "📞", "☎️")
    r"|📱|📲|📞|☎"
)


#: Cue words that end the backwards context walk in favour of a phone.
_STRONG_CUES = words(
    "call calls called calling ring rings text texts texting txt msg message sms phone fone ph tel "
    "telephone cell cellphone mobile mob digits whatsapp whats app wa signal telegram viber imessage "
    "facetime dial landline contact hmu fax messages answering office zap zapzap wpp wsp celular cel numero número"
)
#: Words just before a number that say it is *not* a phone number.
_NEG_BEFORE = words(
    "order orders ord isbn issn tracking track tracker ticket tickets tix invoice inv ref reference "
    "level lvl lv xp points pts score scores scored highscore version ver ip serial sn id uid pid "
    "account acct acc card pin code passcode password pw zip zipcode postcode postal case claim "
    "confirmation booking receipt transaction txn sku model part item upc ean barcode imei vin "
    "license licence passport ssn iban routing sort policy member membership student employee "
    "patient page pages pg room flight seat route chapter vol volume population rank ranked server "
    "seed lobby match hash commit build patch release episode ep season issue bug otp coins robux "
    "gems bucks balance total sum answer equals rs usd gbp eur inr aud cad cny jpy year years "
    "views subscribers followers likes kills wins"
)
#: "#" as the number sign of a phone word ("phone # 604 ...", "cell #"), not an order's or a price's.
_NUMBER_SIGN = re.compile(r"(?<![\w])(?:phone|cell|mobile|number|num|ph|tel|contact)\s{0,2}#\Z")
#: A game whose player IDs are ten digits, right before the number ("free fire 3377...", "add me on ff ..."):
#: the number is the child's ID in the game.
_GAME_BEFORE = re.compile(r"(?<![\w])(?:free\s{0,2}fire|ff|bgmi|pubg|codm)(?:\s{1,3}u?id)?\s{0,3}[:#]?\s{0,3}\Z")
#: "answer" as a verb ("if i dont answer 07700 ..."): not the answer to a sum.
_ANSWER_VERB = re.compile(
    r"(?<![\w])(?:dont|don't|don’t|didnt|didn't|cant|can't|not|never|wont|won't|to)\s{1,3}answer\Z"
)
#: Words that rule a number out only when they come right before it ("v 2.0.1").
_NEG_LAST = words("v vs")
#: Words just after a number that make it a quantity.
_NEG_AFTER = words(
    "xp points point pts views view followers follower subs subscribers likes coins robux vbucks "
    "gems diamonds gold dollars dollar bucks pounds pound quid rupees rs usd gbp eur inr aud cad "
    "cents pence km miles mi kg lbs steps calories cal people persons times years yrs days hours "
    "hrs mins minutes seconds secs downloads plays streams hits kills wins dmg damage hp mb gb kb "
    "tb mph kmh kph members users players votes words characters chars pages fps px pixels hz rpm "
    "mah fans viewers subscriber likes comments shares"
)
#: Street types: "<number> <name> st" is an address, not a phone number.
_STREET = words(
    "st street rd road ave avenue ln lane blvd boulevard ct cres crescent tce terrace hwy highway pkwy parkway dr pl"
)
_BACK_TOKEN_RE = re.compile(r"[a-z]+|[0-9]+|[.!?\n]")
_WORD_AFTER_RE = re.compile(r"[\s\u00a0]{0,3}([a-z]+|%)")
_WORD_RE = re.compile(r"[a-z]+")
_DIGIT_RE = re.compile(r"[0-9]")
_CURRENCY = frozenset("$£€¥₹₩₽¢#№")

_DATE_RE = re.compile(r"\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}")
#: A full date with a four-digit year at the start of a run ("2024-03-15 10:30", "15.03.2024 9").
_DATE_PREFIX_RE = re.compile(
    r"(?:19|20)\d\d ?[-./] ?(?:0?[1-9]|1[0-2]) ?[-./] ?(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?:0?[1-9]|[12]\d|3[01]) ?[-./] ?(?:0?[1-9]|1[0-2]) ?[-./] ?(?:19|20)\d\d(?!\d)"
    r"|(?:0?[1-9]|1[0-2]) ?[-./] ?(?:0?[1-9]|[12]\d|3[01]) ?[-./] ?(?:19|20)\d\d(?!\d)"
)
#: A date written as eight digits (year first or last: "20230101", "14022013"), maybe with a
#: time after a separator, as cameras write them ("20230101 1230", "20230101-123456"). Only a
#: whole run: ten digits that begin like a date ("2012051534") are a phone number's.
_COMPACT_DATE_RE = re.compile(
    r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d)"
    r"(?:[ t-](?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?"
)
#: A link that opens a chat or a call with a phone number (the number is its target): a
#: messaging app's link (WhatsApp, Telegram, Signal, Viber) or a tel:/sms:/callto:... URI.
#: Query parameters before the number are skipped (at most four, bounded; "&" ends each).
_QUERY = r"(?:[\w%.=+-]{0,64}&){0,4}"
_LINK_RE = re.compile(
    r"(?<![\w.@/%+-])(?P<link>(?:https?://)?(?:www\.)?(?P<intl>wa\.me/|(?:api|web)\.whatsapp\.com/send/?\?"
    + _QUERY
    + r"phone=|signal\.me/#p/)|(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?=\+|%2b)"
    + r"|(?P<intl2>whatsapp://send/?\?"
    + _QUERY
    + r"phone=|viber://(?:chat|add|contact)/?\?"
    + _QUERY
    + r"number=)|(?:tel|sms|smsto|mms|mmsto|callto|facetime|facetime-audio|skype|sip):(?://)?)"
    r"(?P<plus>\+|%2b)?(?P<num>[0-9](?:[-.()]{0,2}[0-9]){5,20})(?![0-9a-z])"
)
_IP_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DECIMAL_RE = re.compile(r"\d+\.\d+(?:[ ,]{1,2}\d+\.\d+)*")  # "3.14159265", "0.5 1.5 2.5"
_ISBN10_RE = re.compile(r"\d{1,5}-\d{1,7}-\d{1,7}-\d")

#: Most phonenumbers.parse calls one text may cost (bounds the work on digit soups).
_PARSE_BUDGET = 600
_MIN_PHONE_DIGITS = 7
_MAX_PHONE_DIGITS = 15


# -- confirmation --------------------------------------------------------------------------


class _Budget:
    """Counts phonenumbers.parse calls for one text."""

    __slots__ = ("left",)

    def __init__(self, calls: int) -> None:
        self.left = calls


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _isbn13(digits: str) -> bool:
    if len(digits) != 13 or not digits.startswith(("978", "979")):
        return False
    return sum((ord(c) - 48) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits)) % 10 == 0


def _isbn10(digits: str) -> bool:
    return len(digits) == 10 and sum((10 - i) * (ord(c) - 48) for i, c in enumerate(digits)) % 11 == 0


def _has_cue(folded: str, start: int, end: int) -> bool:
    """A phone cue in the 40 characters before or 25 after the span."""
    return _CUE_RE.search(folded, max(0, start - 40), start) is not None or (
        _CUE_RE.search(folded, end, min(len(folded), end + 25)) is not None
    )


def _before_rejects(folded: str, start: int) -> bool:
    """True when the words just before ``start`` make a number there a non-phone."""
    i = start - 1
    while i >= 0 and folded[i] in " \t:":
        i -= 1
    if i >= 0 and folded[i] in _CURRENCY and not _NUMBER_SIGN.search(folded, max(0, i - 12), i + 1):
        return True
    if _GAME_BEFORE.search(folded, max(0, start - 24), start):
        return True  # "add me on ff 2736...": a game's player ID, which the handle scanner reads
    back = _BACK_TOKEN_RE.findall(folded, max(0, start - 40), start)
    answer_verb = _ANSWER_VERB.search(folded, max(0, start - 40), i + 1) is not None
    seen = 0
    for pos in range(len(back) - 1, -1, -1):
        tok = back[pos]
        if tok[0].isdigit() or tok in ("!", "?", "\n"):
            break
        if tok == ".":
            # "no. 123", "ref. 123" go on; "school. 123" is a sentence end.
            if pos == 0 or len(back[pos - 1]) > 3 or not back[pos - 1].isalpha():
                break
            continue
        if tok == "answer" and answer_verb:
            seen += 1  # "if i dont answer 07700 ...": picking up the phone, not a sum's answer
            continue
        if tok in _NEG_BEFORE or (seen == 0 and tok in _NEG_LAST):
            return True
        if tok in _STRONG_CUES:
            break
        seen += 1
        if seen >= 3:
            break
    return False


def _after_rejects(folded: str, end: int) -> bool:
    """True when what follows ``end`` makes the number a quantity or a street number.

    "1500000 points", "99%", and "17031 2202 Rissik St" (a zip code and a house number).
    """
    after = _WORD_AFTER_RE.match(folded, end)
    if after is None:
        return False
    if after.group(1) in _NEG_AFTER or after.group(1) == "%":
        return True
    if folded.startswith(":", after.end()):
        return False  # a form's next label ("... 093 address: 3 elm ave"): the number ended its field
    # the street must follow this number: one after another number is that number's own
    # ("home 021 555 0123 / home 12 kauri street" on a contact card: 12 is the house number)
    ahead = _DIGIT_RE.split(folded[end : min(len(folded), end + 40)], maxsplit=1)[0]
    words = _WORD_RE.findall(ahead)[:3]
    return any(w in _STREET for w in words[1:])


def _date_like(raw: str) -> bool:
    """A date (and a time) by its shape: "2024-03-15", "15.03.2024 9", "20230101"."""
    return bool(_DATE_RE.fullmatch(raw) or _DATE_PREFIX_RE.match(raw) or _COMPACT_DATE_RE.fullmatch(raw))


def _shape_rejects(raw: str, digits: str, plus: bool) -> bool:
    """Dates, IP addresses, decimals, ISBNs, card numbers (by shape and check digits)."""
    if _date_like(raw) or _IP_RE.fullmatch(raw) or _DECIMAL_RE.fullmatch(raw):
        return True
    if _isbn13(digits) or (_ISBN10_RE.fullmatch(raw) and _isbn10(digits)):
        return True
    # Card numbers start with 2-6; phone numbers that long start with an IDD prefix (00, 011).
    return not plus and len(digits) >= 13 and digits[0] in "23456" and _luhn(digits)


def _url_like(folded: str, start: int) -> bool:
    """The number sits inside a URL, an e-mail address or a query string."""
    lo = start
    while lo > 0 and not folded[lo - 1].isspace() and start - lo < 200:
        lo -= 1
    chunk = folded[lo:start]
    return "://" in chunk or "www." in chunk or "@" in chunk or "=" in chunk or "/" in chunk


class PhoneScanner:
    """Phone numbers: written in any common format, or spelled out / spaced / disguised."""

    name = "phone"
    kinds = frozenset({Kind.PHONE})

    def scan(self, ctx: TextContext) -> Iterator[Finding]:
        """Yield one PHONE finding per number in ``ctx.text``."""
        folded = ctx.folded
        if not worth_a_look(folded, _MIN_PHONE_DIGITS):
            return
        budget = _Budget(_PARSE_BUDGET)
        links = list(self._links(ctx, folded, budget)) if ":" in folded or "/" in folded else []
        yield from links
        k = 0  # links and sequences are both in text order: one walk skips the links' numbers
        for seq in sequences(folded):
            start = seq.units[0].start
            while k < len(links) and links[k].end <= start:  # type: ignore[operator]
                k += 1
            inside = k < len(links) and links[k].start <= start  # type: ignore[operator]
            if len(seq.digits) >= _MIN_PHONE_DIGITS and not inside:
                yield from self._confirm(ctx, folded, seq, budget)

    def _links(self, ctx: TextContext, folded: str, budget: _Budget) -> Iterator[Finding]:
        """Links to a number (``wa.me/12175550134``, ``tel:+1-217-555-0134``): the whole link.

        The link says it is a phone number, so a possible number is enough; WhatsApp, Signal
        and Viber links always hold the number in international form, "+" or not.
        """
        for m in _LINK_RE.finditer(folded):
            if budget.left <= 0:
                return
            digits = "".join(ch for ch in m.group("num") if ch.isdigit())
            plus = bool(m.group("plus") or m.group("intl") or m.group("intl2"))
            budget.left -= 1 if plus else len(ctx.settings.regions)
            status, _region = numbering.classify(digits, plus, ctx.settings.regions)
            if status == numbering.NONE:
                continue
            start = m.start("link")
            end = link_end(folded, start)
            yield ctx.finding(
                Kind.PHONE, start, end, scanner=self.name, confidence=1.0 if status == numbering.VALID else 0.9
            )

    # -- one sequence ---------------------------------------------------------------------

    def _confirm(self, ctx: TextContext, folded: str, seq: DigitSequence, budget: _Budget) -> Iterator[Finding]:
        units = seq.units
        # "oh 07700 900123": a leading interjection, not a zero.
        while len(units) > 1 and units[0].kind == "word" and units[0].digits == "0" and units[1].kind == "num":
            if len(units[1].digits) < 2:
                break
            units = units[1:]
            seq = DigitSequence(units, None, seq.listed)
        start = self._span_start(folded, seq, 0)
        end = units[-1].end
        if _url_like(folded, start) or _before_rejects(folded, start):
            return
        plus = seq.plus is not None
        digits = seq.digits
        cue = _has_cue(folded, start, end)
        if not cue and (_counting(digits) or seq.listed):
            return  # counting, or a list of small numbers ("scores 3,1,4,1,5,9,2,6")
        if digits in _JINGLES:
            return  # a number every child knows from a song or an advert: no one's phone
        raw = folded[units[0].start : end]
        whole_ok = not _after_rejects(folded, end) and (cue or not _shape_rejects(raw, digits, plus))
        status, region = numbering.NONE, None
        if whole_ok and _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS + 2 and budget.left > 0:
            budget.left -= 1 if plus else len(ctx.settings.regions)
            status, region = numbering.classify(digits, plus, ctx.settings.regions)
        if status >= numbering.FICTIONAL:
            yield self._finding(ctx, folded, units, start, end, digits, status, region)
            return
        if seq.listed:
            return  # a list is one number as a whole or none: a valid stretch inside it is chance
        if status == numbering.POSSIBLE and _date_like(raw):
            status = numbering.NONE  # a date next to a phone word ("call me 20230101") is still a date
        # Valid numbers inside a longer run first ("call 2175550134 2 times"), then the
        # whole run as a possible number next to a cue ("text me 555 0134").
        inner = list(self._windows(ctx, folded, seq, budget))
        if inner:
            yield from inner
        elif (status == numbering.POSSIBLE and (plus or cue)) or (whole_ok and _spelled_out(units, digits)):
            yield self._finding(ctx, folded, units, start, end, digits, numbering.POSSIBLE, region)

    def _windows(self, ctx: TextContext, folded: str, seq: DigitSequence, budget: _Budget) -> Iterator[Finding]:
        """Valid numbers inside a longer run, cut at token boundaries.

        The longest valid windows from the left count when they tile the run
        ("07700900123 07700900456"). Otherwise a window counts when it is written in its
        own groups (:func:`.numbering.grouped`): the digits before or after it are another
        number, a date or a camera's counter ("20230101 217 555 0134", "photo 4 217 555
        0134"); or when a phone cue is near and it overlaps no such window ("2023 217 555
        0134 call me" is 217 555 0134, not the valid 202-321-7555 its first digits make).
        """
        units = seq.units
        if len(units) < 2:
            return
        prefix = [0]
        for u in units:
            prefix.append(prefix[-1] + len(u.digits))
        picked = self._pick(ctx, seq, prefix, budget, in_groups=False)
        if sum(prefix[j] - prefix[i] for i, j, _, _ in picked) != prefix[-1]:
            # After a "+" come a country code and its number ("+378 800 123 4567"), not other digits.
            apart = bool(picked) and seq.plus is None
            grouped = self._pick(ctx, seq, prefix, budget, in_groups=True) if apart else []
            cued = [
                w
                for w in picked
                if _has_cue(folded, *self._bounds(folded, seq, w[0], w[1]))
                and not any(w[0] < g[1] and g[0] < w[1] for g in grouped)
            ]
            picked = sorted(grouped + cued)
        for i, j, status, region in picked:
            start, end = self._bounds(folded, seq, i, j)
            digits = "".join(u.digits for u in units[i:j])
            if _before_rejects(folded, start) or _after_rejects(folded, end):
                continue
            plus = i == 0 and seq.plus is not None
            if not _has_cue(folded, start, end) and _shape_rejects(folded[units[i].start : end], digits, plus):
                continue
            yield self._finding(ctx, folded, units[i:j], start, end, digits, status, region)

    @staticmethod
    def _pick(
        ctx: TextContext, seq: DigitSequence, prefix: list[int], budget: _Budget, *, in_groups: bool
    ) -> list[tuple[int, int, int, str | None]]:
        """``(i, j, status, region)`` of the longest valid windows ``units[i:j]`` from the left
        (never the whole run), each written in its own groups if ``in_groups``."""
        units = seq.units
        picked: list[tuple[int, int, int, str | None]] = []
        i = 0
        while i < len(units) and budget.left > 0:
            hit = None
            j = min(len(units), i + _MAX_PHONE_DIGITS)  # every unit holds at least one digit
            while j > i and prefix[j] - prefix[i] > _MAX_PHONE_DIGITS:
                j -= 1
            while j > i and prefix[j] - prefix[i] >= _MIN_PHONE_DIGITS and budget.left > 0:
                if not (i == 0 and j == len(units)):
                    plus = i == 0 and seq.plus is not None
                    budget.left -= 1 if plus else len(ctx.settings.regions)
                    status, region = numbering.classify(
                        "".join(u.digits for u in units[i:j]), plus, ctx.settings.regions
                    )
                    if status >= numbering.FICTIONAL and in_groups:
                        budget.left -= len(ctx.settings.regions)
                        # spelled or disguised digits have no groups to judge
                        written = all(u.kind == "num" for u in units[i:j])
                        groups = [u.digits for u in units[i:j]]
                        if not (written and numbering.grouped(groups, plus, ctx.settings.regions)):
                            status = numbering.NONE
                    if status >= numbering.FICTIONAL:
                        hit = (i, j, status, region)
                        break
                j -= 1
            if hit is None:
                i += 1
            else:
                picked.append(hit)
                i = hit[1]
        return picked

    @classmethod
    def _bounds(cls, folded: str, seq: DigitSequence, i: int, j: int) -> tuple[int, int]:
        """Start and end of the number ``seq.units[i:j]`` in the text."""
        return cls._span_start(folded, seq, i), seq.units[j - 1].end

    @staticmethod
    def _span_start(folded: str, seq: DigitSequence, index: int) -> int:
        """Start of the number: its first token, or the "+"/"plus"/"(" that opens it."""
        start = seq.units[index].start
        if index == 0 and seq.plus is not None:
            return seq.plus
        if start > 0 and folded[start - 1] == "(":
            return start - 1
        return start

    def _finding(
        self,
        ctx: TextContext,
        folded: str,
        units: list[Unit],
        start: int,
        end: int,
        digits: str,
        status: int,
        region: str | None,
    ) -> Finding:
        """The finding for one confirmed number (context and shape already checked)."""
        if status == numbering.VALID:
            confidence = 0.9
            if all(u.kind == "num" for u in units):
                span = numbering.matcher_span(folded, start, end, digits, region or ctx.settings.regions[0])
                if span is not None:
                    start, end = span
                    confidence = 1.0
        elif status == numbering.FICTIONAL:
            confidence = 0.9
        else:
            confidence = 0.8
        return ctx.finding(Kind.PHONE, start, end, scanner=self.name, confidence=confidence)


#: Numbers sung in songs and adverts that children quote ("that pizza pizza ad song", "jenny's number"),
#: as their digits: a public number, never the child's.
_JINGLES = frozenset(
    {
        "8675309",  # "867-5309/Jenny", a 1980s song
        "9671111",  # Pizza Pizza's jingle (Toronto, Ontario)
        "5882300",  # Empire Today's jingle (US)
        "8005882300",
    }
)
#: Counting, not a number: "one two three four five six seven eight nine ten".
_COUNTING = ("0123456789", "9876543210", "12345678910", "10987654321")


def _spelled_out(units: list[Unit], digits: str) -> bool:
    """Seven or more digits spelled one word at a time ("one two three one two three five six
    seven eight"): only done to get a number past a filter, so a phone whatever its region."""
    if not _MIN_PHONE_DIGITS <= len(digits) <= _MAX_PHONE_DIGITS:
        return False
    if any(u.kind not in ("word", "tens") for u in units) or len(units) < _MIN_PHONE_DIGITS - 2:
        return False
    return len(set(digits)) >= 3  # not a chant: "one two one two one two one two"


def _counting(digits: str) -> bool:
    """Counting up or down ("one two three ... ten"), not a number."""
    return len(digits) >= _MIN_PHONE_DIGITS and any(digits in run for run in _COUNTING)


__all__ = ["PhoneScanner"]
