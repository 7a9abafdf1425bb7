"""An e-mail's end given unasked, in pieces (:func:`email_ended`): the provider after the name's
last digits or alone ("lerato.m" ... "12 at gmail"; "its thandi" ... "dot mokoena" ... "at webmail";
"email is kgosi.plays" ... "gmail"), read as the sender's e-mail opened by its start, as if asked
(:func:`.chat.conversation_findings` then reads the pieces as one address)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..scanners.chat_words import PROVIDER
from .messages import Message
from .pieces import LEAK_MESSAGES

#: The end of an e-mail given in pieces, the whole message: the name's last digits and the
#: provider ("12 at gmail", "then 2013 @ gmail", "10 @outlook.com"), or the provider alone after
#: the name spelled out ("its thandi" ... "dot mokoena" ... "at webmail co za"), told of as "the
#: yahoo one", or put right after someone guessed another ("hotmail?" ... "nah outlook dot com").
EMAIL_END = re.compile(
    rf"\A\W{{0,3}}(?:then\s{{1,3}}|and\s{{1,3}})?(?:\d{{1,4}}\s{{0,3}}(?:then\s{{1,3}}|and\s{{1,3}})?)?"
    rf"(?:(?:@|at)\s{{0,3}}(?:the\s{{1,3}})?|(?:nah|no|nope)[\s,]{{1,3}}(?:its\s{{1,3}})?(?=[a-z]+\s{{0,3}}(?:\.|dot)))"
    rf"{PROVIDER.pattern}(?:\s{{1,3}}one)?"
    r"(?:\s{0,3}(?:\.|dot)\s{0,3}[a-z.]{2,8}|(?:\s{1,3}(?:co|com|net|org|za|uk|nz|au|in|ie)){1,2})?\W{0,3}\Z",
    re.IGNORECASE,
)
#: The provider alone, the whole message ("gmail", "hotmail lol"), and the message before it that
#: says an e-mail's name comes ("email is kgosi.plays", "its emma.k12"): a dot, a digit or an
#: underscore in one word, or the e-mail named (not "its fine" ... "gmail").
BARE_PROVIDER = re.compile(rf"\W{{0,3}}(?:{PROVIDER.pattern})(?:\s{{1,3}}(?:lol|one))?\W{{0,3}}", re.IGNORECASE)
NAMED_EMAIL = re.compile(
    r"\A\W{0,3}(?:(?:my |the )?e-?mail(?: is|:| its)\s{0,3}[a-z][\w.+-]{2,39}|(?:it['’]?s\s{1,3}|mine is\s{1,3})?[a-z]\w*[._\d][\w.+-]{1,39})"
    r"\W{0,3}\Z",
    re.IGNORECASE,
)
#: A later piece of the name, between its start and the end: "dot mokoena", "underscore 12", "2012".
EMAIL_MORE = re.compile(r"\A\W{0,3}(?:(?:dot|underscore|dash|hyphen)\s{1,3})?[\w.+-]{1,20}\W{0,3}\Z", re.IGNORECASE)
#: The name's first piece before it: one word with no blank, maybe after "its" ("its eli.w", "jackotoole",
#: "mine is pizzakid").
EMAIL_START = re.compile(
    r"\A\W{0,3}(?:(?:ok|okay|k|ya|yeah|me)[\s,!]{1,3})?(?:(?:it['’]?s|mine is|mines|mine['’]s|e-?mail is)\s{1,3})?"
    r"[a-z][\w.+-]{2,39}\W{0,3}\Z",
    re.IGNORECASE,
)


def email_ended(message: Message, earlier: Sequence[Message]) -> dict[str, int]:
    """An e-mail's end given unasked ("lerato.m" ... "12 at gmail"; "its thandi" ... "dot mokoena" ...
    "at webmail"): the sender's message with the name's start opened it, as "my email is" would
    (:func:`.answers.answer_findings` reads the pieces as one address)."""
    mine = [i for i, m in enumerate(earlier) if m.sender == message.sender][-(LEAK_MESSAGES - 1) :]
    if mine and BARE_PROVIDER.fullmatch(message.text) and NAMED_EMAIL.match(earlier[mine[-1]].text):
        return {"email": mine[-1]}  # "email is kgosi.plays" ... "gmail": the provider named bare
    end = EMAIL_END.match(message.text)
    if not end:
        return {}
    for i in reversed(mine):
        if EMAIL_START.match(earlier[i].text):
            return {"email": i}
        if not EMAIL_MORE.match(earlier[i].text) or not re.match(r"\W{0,3}(?:@|at)", end.group(), re.I):
            break  # (digits before the provider end a name given in one piece: "kira.p" ... "13 at gmail")
    return {}
