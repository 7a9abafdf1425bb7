"""Sentence templates that carry personal details (as segment lists) and
harmless filler lines, in the voice of 8-14 year olds."""


def _lc(segs, on):
    if not on:
        return segs
    return [(t.lower(), k) for t, k in segs]


def pool(c, rng, lower=False):
    """list of segment lists; each contains >= 1 leak"""
    age_phrase = rng.choice([str(c.age), f'{c.age} yrs old', f'{c.age} years old', f'{c.age}yo', f'turning {c.age + 1}'])
    P = [
        [('my number is ', None), (c.phone, 'PHONE')],
        [('text me ', None), (c.phone, 'PHONE'), (' after school', None)],
        [('this is my mums number ', None), (c.parent_phone, 'PHONE'), (' if mine is off', None)],
        [('i live at ', None), (c.short_address(), 'ADDRESS')],
        [('come to mine its ', None), (c.street_line, 'ADDRESS'), (' the blue door', None)],
        [('do u go to ', None), (c.school, 'SCHOOL'), ('??', None)],
        [('im in ', None), (c.year, 'AGE'), (' at ', None), (c.school, 'SCHOOL')],
        [("i'm ", None), (age_phrase, 'AGE'), (' lol', None)],
        [('my bday is ', None), (c.bday_short(), 'DATE_OF_BIRTH'), (' dont forget', None)],
        [('add me on roblox ', None), (c.handle, 'HANDLE')],
        [('my fortnite is ', None), (c.handle2, 'HANDLE')],
        [('email me at ', None), (c.email, 'EMAIL')],
        [('we live in ', None), (c.suburb, 'LOCATION'), (' now', None)],
        [('meet at the park in ', None), (c.suburb, 'LOCATION'), (' at 4', None)],
        [('my friend ', None), (c.friend, 'PERSON'), (' says hi', None)],
        [('is ', None), (c.friend_first, 'PERSON'), (' coming to training', None)],
        [('i play for ', None), (c.club, 'ORG')],
        [('my mum works at ', None), (c.work, 'ORG'), (' so she can drive us', None)],
        [('sub to my channel ', None), ('youtube.com/@' + c.handle.strip('_').replace('.', ''), 'URL')],
        [('hi im ', None), (c.first, 'PERSON'), (', ', None), (str(c.age), 'AGE'), (' from ', None), (c.town, 'LOCATION')],
        [('my snap is ', None), (c.handle2, 'HANDLE'), (' add me', None)],
        [('home phone ', None), (c.landline, 'PHONE')],
        [('my address is ', None), (c.address_inline(), 'ADDRESS')],
        [('born ', None), (c.dob_str(), 'DATE_OF_BIRTH'), (' so im older than u', None)],
        [('we moved to ', None), (c.town, 'LOCATION'), (' in the summer', None)],
        [('my sister ', None), (c.sibling, 'PERSON'), (' is in ', None), (c.year, 'AGE')],
    ]
    rng.shuffle(P)
    return [_lc(p, lower) for p in P]


FILLER = ['lol', 'omg same', 'did u finish the maths homework', 'brb dinner', 'what time is it', 'that level was so hard',
          'wanna play later', 'ok', 'haha', 'noooo', 'my mum said no', 'can u help me with the quiz', 'i got 12 out of 20',
          'the bus was late again', 'see u tmrw', 'have u seen the new update', 'its raining so hard', 'yesss',
          'who won', 'same time tomorrow?', 'gtg', 'i forgot my pe kit', 'the new skin is 800 robux', 'ur so funny',
          'we have a test on friday', 'wait what', 'ok deal', 'cant, piano', 'how many levels left', 'done!',
          'send the pic', 'did u see that', 'im so bored', 'good night', 'the wifi is so slow', 'page 42 or 43?']


def fillers(rng, n, lower=True):
    return [[(rng.choice(FILLER), None)] for _ in range(n)]


def take(c, rng, want, lower=False):
    """pick leak sentences so total leak count ~ want"""
    out, n = [], 0
    for p in pool(c, rng, lower):
        k = sum(1 for _, kk in p if kk)
        if n + k <= want:
            out.append(p)
            n += k
        if n >= want:
            break
    return out, n


def count(segs):
    return sum(1 for s in segs if s[1])
