"""Scenes A: messaging apps, group chats, video calls, lock screens, contact screens (leaky)."""
from common import (Surface, font, bold, fit_font, mix, status_bar, done, registry, tex_gradient, tex_bokeh,
                    UI_FONTS)

SCENES = []
sc = registry(SCENES)

FILLER = ['lol', 'omg yes', 'what time?', 'brb dinner', 'did u finish the homework', 'haha ok',
          'ok see u tmrw', 'can u come over', 'wait what', 'no way!!', 'cool', 'k', 'yesss',
          'bring ur switch', 'mine is broken again', 'hahaha', 'ur so funny', 'same', 'ok', 'kk',
          'r u coming?', 'i asked and she said maybe', 'omg', 'thats sooo cool', 'send pic',
          'im bored', 'lets do the project together', 'who else is coming', 'see u there']

STYLES = {
    'wa_light': dict(bg=(236, 229, 221), me=(217, 253, 211), them=(255, 255, 255), tx=(17, 27, 33),
                     txme=(17, 27, 33), hd=(0, 128, 105), hdtx=(255, 255, 255), hd_dark=True, meta=(102, 119, 129),
                     r=8, times=True, inp='Message', pattern=(226, 218, 208)),
    'wa_dark': dict(bg=(11, 20, 26), me=(0, 92, 75), them=(32, 44, 51), tx=(233, 237, 239), txme=(233, 237, 239),
                    hd=(31, 44, 52), hdtx=(233, 237, 239), hd_dark=True, meta=(134, 150, 160), r=8, times=True,
                    inp='Message', pattern=(18, 28, 34)),
    'ios_light': dict(bg=(255, 255, 255), me=(10, 132, 255), them=(233, 233, 235), tx=(0, 0, 0),
                      txme=(255, 255, 255), hd=(246, 246, 246), hdtx=(0, 0, 0), hd_dark=False, meta=(142, 142, 147),
                      r=18, times=False, inp='iMessage', center_title=True),
    'ios_dark': dict(bg=(0, 0, 0), me=(10, 132, 255), them=(38, 38, 40), tx=(255, 255, 255), txme=(255, 255, 255),
                     hd=(22, 22, 24), hdtx=(255, 255, 255), hd_dark=True, meta=(142, 142, 147), r=18, times=False,
                     inp='iMessage', center_title=True),
    'sms_green': dict(bg=(255, 255, 255), me=(52, 199, 89), them=(233, 233, 235), tx=(0, 0, 0),
                      txme=(255, 255, 255), hd=(246, 246, 246), hdtx=(0, 0, 0), hd_dark=False, meta=(142, 142, 147),
                      r=18, times=False, inp='Text Message', center_title=True),
    'messenger': dict(bg=(255, 255, 255), me=(0, 132, 255), them=(240, 240, 240), tx=(5, 5, 5),
                      txme=(255, 255, 255), hd=(255, 255, 255), hdtx=(5, 5, 5), hd_dark=False, meta=(101, 103, 107),
                      r=18, times=False, inp='Aa'),
    'messenger_dark': dict(bg=(24, 25, 26), me=(160, 51, 255), them=(58, 59, 60), tx=(228, 230, 235),
                           txme=(255, 255, 255), hd=(36, 37, 38), hdtx=(228, 230, 235), hd_dark=True,
                           meta=(176, 179, 184), r=18, times=False, inp='Aa'),
    'tg_light': dict(bg=(200, 215, 180), me=(239, 253, 222), them=(255, 255, 255), tx=(0, 0, 0),
                     txme=(0, 0, 0), hd=(81, 125, 162), hdtx=(255, 255, 255), hd_dark=True, meta=(90, 150, 90),
                     r=12, times=True, inp='Message', pattern=(188, 204, 168)),
    'tg_dark': dict(bg=(14, 22, 33), me=(43, 82, 120), them=(24, 37, 51), tx=(245, 245, 245), txme=(245, 245, 245),
                    hd=(23, 33, 43), hdtx=(245, 245, 245), hd_dark=True, meta=(110, 130, 150), r=12, times=True,
                    inp='Message'),
    'insta_dark': dict(bg=(0, 0, 0), me=(112, 65, 235), them=(38, 38, 38), tx=(245, 245, 245),
                       txme=(255, 255, 255), hd=(0, 0, 0), hdtx=(245, 245, 245), hd_dark=True, meta=(150, 150, 150),
                       r=22, times=False, inp='Message...'),
    'insta_light': dict(bg=(255, 255, 255), me=(55, 151, 240), them=(239, 239, 239), tx=(0, 0, 0),
                        txme=(255, 255, 255), hd=(255, 255, 255), hdtx=(0, 0, 0), hd_dark=False, meta=(142, 142, 142),
                        r=22, times=False, inp='Message...'),
    'android': dict(bg=(250, 250, 255), me=(211, 227, 253), them=(233, 238, 246), tx=(30, 30, 35),
                    txme=(10, 30, 60), hd=(250, 250, 255), hdtx=(30, 30, 35), hd_dark=False, meta=(110, 110, 120),
                    r=20, times=True, inp='RCS message'),
    'pastel': dict(bg=(255, 240, 246), me=(255, 143, 180), them=(255, 255, 255), tx=(70, 40, 60),
                   txme=(255, 255, 255), hd=(255, 200, 220), hdtx=(90, 30, 60), hd_dark=False, meta=(170, 120, 140),
                   r=16, times=True, inp='Say something nice...'),
}


class Msgs:
    """Builders of message segments containing one leak each."""

    def __init__(self, ctx):
        self.ctx, self.P, self.rng = ctx, ctx.P, ctx.rng

    def c(self, s):
        return self.rng.choice(s)

    def addr(self):
        a = self.P.address_one() if self.rng.random() < .5 else self.P.street_addr()
        return [(self.c(['my address is ', 'its ', 'come to ', 'we live at ', 'party is at my house ', 'ok my house is ']), None),
                (a, 'ADDRESS'), (self.c(['', ' !!', ' ring the bell', ' the blue door', ' x']), None)]

    def phone(self):
        return [(self.c(['text me on ', 'my new number ', 'call me ', 'this is my mums number ', 'my number is ']), None),
                (self.P.mobile()[0], 'PHONE'), (self.c(['', ' :)', ' dont tell anyone', ' x', '!!']), None)]

    def school(self):
        return [(self.c(['I go to ', 'im starting at ', 'we both go to ', 'are u at ', 'im new at ']), None),
                (self.P.school(), 'SCHOOL'), (self.c(['', ' too?', ' now', '!']), None)]

    def age(self):
        a = self.P.age()
        return [(self.c(['btw ', '', 'lol ', 'wait ']), None),
                (self.c(["I'm %d", 'im %d', 'im %d years old', 'turning %d next week', '%d yrs old']) % a, 'AGE'),
                (self.c(['', ' and u?', ' hbu', '!!']), None)]

    def place(self):
        return [(self.c(['meet me at ', 'im at ', 'we r at ', 'come to ', 'waiting at ']), None),
                (self.P.place(), 'LOCATION'), (self.c([' at 4', ' after school', ' rn', ' on saturday', '']), None)]

    def email(self):
        return [(self.c(['my email is ', 'send it to ', 'email me ', 'its ']), None), (self.P.email(), 'EMAIL')]

    def handle(self):
        return [(self.c(['add me on snap ', 'my roblox is ', 'follow me ', 'my user is ', 'add me: ']), None),
                (self.P.handle(), 'HANDLE')]

    def dob(self):
        return [(self.c(['my birthday is ', 'born ', 'my bday: ', 'dob ']), None), (self.P.dob(), 'DATE_OF_BIRTH')]

    def person(self):
        return [(self.c(['my full name is ', 'its ', 'ask for ', 'my cousin is ', 'my real name is ']), None),
                (self.P.kid_full(), 'PERSON')]

    def url(self):
        h = self.P.handle()
        u = self.c(['youtube.com/@%s', 'tiktok.com/@%s', 'twitch.tv/%s', 'instagram.com/%s', 'roblox.com/users/%d/profile'])
        u = u % (self.rng.randint(100000000, 999999999),) if '%d' in u else u % h
        return [(self.c(['subscribe!! ', 'follow my channel ', 'watch me ', 'my page ']), None), (u, 'URL')]

    def org(self):
        return [(self.c(['im in ', 'i joined ', 'training with ', 'we have ']), None), (self.P.club(), 'ORG'),
                (self.c(['', ' now', ' on tuesdays', ' tonight']), None)]

    def any(self, kinds):
        return getattr(self, self.c(kinds))()

    def filler(self):
        return [(self.c(FILLER), None)]


def tstr(ctx, h=None, m=None):
    h = h if h is not None else ctx.rng.randint(7, 21)
    m = m if m is not None else ctx.rng.randint(0, 59)
    if ctx.region in ('US', 'CA'):
        return '%d:%02d %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')
    return '%02d:%02d' % (h, m)


def chat_screen(ctx, style, title, msgs, title_kind='PERSON', subtitle=None, sub_kind=None, group=False,
                size=None, fname=None, fs=None):
    """msgs: list of (who, segs); who = 'me' or (name, kind) for group, or 'them'."""
    W, H = size or ctx.shot_size()
    st = STYLES[style]
    k = W / 390.0
    s = Surface(W, H, st['bg'])
    rng = ctx.rng
    if st.get('pattern'):
        for _ in range(int(W * H / (2200 * k * k))):
            x, y, r = rng.random() * W, rng.random() * H, rng.uniform(3, 9) * k
            s.circle(x, y, r, outline=st['pattern'], width=max(1, int(k)))
    fn = fname or rng.choice(UI_FONTS)
    fs = fs or rng.uniform(14.5, 17)
    fm = font(fn, fs * k)
    ft = font(fn, 10.5 * k)
    fnm = font(bold(fn), 12.5 * k)
    sb, hh = int(44 * k), int(58 * k)
    s.rect([0, 0, W, sb + hh], fill=st['hd'])
    status_bar(s, sb, st['hd_dark'], tstr(ctx), k)
    s.text((14 * k, sb + hh / 2), '<', font(fn, 26 * k), st['hdtx'], anchor='lm')
    av_col = rng.choice([(230, 120, 80), (90, 160, 220), (150, 110, 200), (80, 180, 120)])
    tx0 = 44 * k
    ftit = fit_font(title, bold(fn), 17 * k, W - 150 * k)
    if st.get('center_title'):
        s.avatar(W / 2, sb + 20 * k, 17 * k, av_col)
        s.ctext(W / 2, sb + 40 * k, title, font(bold(fn), 12 * k) if len(title) < 30 else font(bold(fn), 10.5 * k),
                st['hdtx'], kind=title_kind)
    else:
        s.avatar(tx0 + 18 * k, sb + hh / 2, 18 * k, av_col)
        s.text((tx0 + 44 * k, sb + hh / 2 - (7 * k if subtitle else 0)), title, ftit, st['hdtx'], kind=title_kind,
               anchor='lm')
        if subtitle:
            fsub = fit_font(subtitle, fn, 11.5 * k, W - 170 * k)
            s.text((tx0 + 44 * k, sb + hh / 2 + 12 * k), subtitle, fsub, mix(st['hdtx'], st['hd'], 0.25),
                   kind=sub_kind, anchor='lm')
    s.line([(0, sb + hh), (W, sb + hh)], mix(st['hd'], (128, 128, 128), 0.3), max(1, int(k)))
    # input bar
    ih = int(52 * k)
    s.rect([0, H - ih, W, H], fill=st['hd'] if st['hd'] != st['bg'] else st['bg'])
    s.rrect([12 * k, H - ih + 8 * k, W - 56 * k, H - 8 * k], 18 * k, fill=mix(st['them'], st['bg'], 0.2),
            outline=mix(st['meta'], st['bg'], 0.5))
    s.text((28 * k, H - ih / 2), st['inp'], font(fn, 14 * k), st['meta'], anchor='lm')
    s.circle(W - 30 * k, H - ih / 2, 17 * k, fill=st['me'])
    # layout bubbles
    maxw = W * 0.70
    px, py = 11 * k, 8 * k
    lh = int(fm.size * 1.32)
    blocks = []
    for who, segs in msgs:
        lines = s.layout(segs, fm, maxw - 2 * px)
        lw = s.lines_width(lines, fm)
        ts = tstr(ctx) if st['times'] else None
        tw_ = ft.getlength(ts) + 8 * k if ts else 0
        last_w = sum(fm.getlength(t) for t, _ in lines[-1])
        extra_row = ts and (last_w + tw_ > maxw - 2 * px)
        bw = max(lw, last_w + tw_ if not extra_row else lw) + 2 * px
        bh = len(lines) * lh + 2 * py + (ft.size + 2 * k if extra_row else 0)
        name = None
        if group and who != 'me':
            name = who
        hgt = bh + (fnm.size + 5 * k if name else 0) + 6 * k
        blocks.append(dict(who=who, lines=lines, bw=bw, bh=bh, ts=ts, name=name, h=hgt))
    top = sb + hh + 12 * k
    chip = rng.choice(['Today', 'Yesterday', 'TODAY', 'Sat'])
    top_chip = top
    top += 30 * k
    avail = H - ih - 8 * k - top
    total, start = 0, len(blocks)
    while start > 0 and total + blocks[start - 1]['h'] <= avail:
        start -= 1
        total += blocks[start]['h']
    if start == 0:
        cw = font(fn, 11 * k).getlength(chip) + 20 * k
        s.rrect([W / 2 - cw / 2, top_chip, W / 2 + cw / 2, top_chip + 20 * k], 8 * k,
                fill=mix(st['them'], st['bg'], 0.3))
        s.ctext(W / 2, top_chip + 4 * k, chip, font(fn, 11 * k), st['meta'])
    y = top if start == 0 else H - ih - 8 * k - total
    for b in blocks[start:]:
        me = b['who'] == 'me'
        x = W - 10 * k - b['bw'] if me else 10 * k + (30 * k if b['name'] else 0)
        if b['name']:
            nm, nk = b['name']
            s.avatar(22 * k, y + b['h'] - 20 * k, 12 * k, av_col)
            col = rng.choice([(214, 80, 60), (40, 140, 200), (150, 90, 200), (30, 150, 90), (220, 140, 20)])
            if st['bg'][0] < 60:
                col = mix(col, (255, 255, 255), 0.3)
            s.text((x + 4 * k, y), nm, fnm, col, kind=nk)
            y += fnm.size + 5 * k
        s.rrect([x, y, x + b['bw'], y + b['bh']], st['r'] * k, fill=st['me'] if me else st['them'])
        s.draw_lines(x + px, y + py, b['lines'], fm, st['txme'] if me else st['tx'], lh)
        if b['ts']:
            tcol = mix(st['txme'] if me else st['tx'], st['me'] if me else st['them'], 0.45)
            s.text((x + b['bw'] - px, y + b['bh'] - py + 1 * k), b['ts'], ft, tcol, anchor='rd')
        y += b['bh'] + 6 * k
    return s


def mix_msgs(ctx, kinds, n_fill=(4, 8), group_names=None):
    M = Msgs(ctx)
    rng = ctx.rng
    items = [M.any([kd]) for kd in kinds] + [M.filler() for _ in range(rng.randint(*n_fill))]
    rng.shuffle(items)
    # make sure at least one leak ends near bottom
    out = []
    for i, segs in enumerate(items):
        if group_names:
            who = rng.choice(group_names + ['me'])
        else:
            who = 'me' if rng.random() < 0.5 else 'them'
        out.append((who, segs))
    return out


def chat_scene(ctx, style, kinds, title_mode='name', group=False, fs=None, size=None):
    P = ctx.P
    gnames = None
    sub, subk = None, None
    if group:
        names = []
        while len(names) < 4:
            n_ = P.kid()
            if n_ not in names:
                names.append(n_)
        gnames = [(n, 'PERSON') for n in names[:3]]
        title, tk = ctx.pick([('%s %s' % (P.grade(), ctx.pick(['Class Chat', 'Besties', 'group', 'Squad'])), None),
                              (P.school(), 'SCHOOL'), (P.club(), 'ORG')])
        if group and ctx.rng.random() < 0.6:
            sub, subk = ', '.join(names) + ', You', 'PERSON'
    else:
        if title_mode == 'name':
            title, tk = P.kid_full(), 'PERSON'
        elif title_mode == 'first':
            title, tk = P.kid(), 'PERSON'
        elif title_mode == 'handle':
            title, tk = P.handle(), 'HANDLE'
        else:
            title, tk = ctx.pick(['Bestie', 'Mum', 'Dad', 'Nan', 'Football Coach', 'Unknown']), None
            if title == 'Mum':
                title = P.mum()
        if ctx.rng.random() < 0.4:
            sub = ctx.pick(['online', 'typing...', 'last seen today at ' + tstr(ctx), 'Active now'])
    msgs = mix_msgs(ctx, kinds, group_names=gnames)
    s = chat_screen(ctx, style, title, msgs, title_kind=tk, subtitle=sub, sub_kind=subk, group=group, fs=fs,
                    size=size)
    return s


def _mk(style, kinds, title_mode='name', group=False, label='chat', fs=None, size=None):
    def fn(ctx):
        s = chat_scene(ctx, style, kinds, title_mode, group, fs, size)
        return done(ctx, s, '%s screenshot, %s style' % (label, style.replace('_', ' ')))
    return fn


CONFIGS = [
    ('wa_light', ['addr', 'phone'], 'name', False, 'chat with typed address and phone'),
    ('wa_dark', ['school', 'age'], 'first', False, 'dark chat, school and age'),
    ('ios_light', ['addr'], 'name', False, 'text thread with home address'),
    ('ios_dark', ['phone', 'place'], 'other', False, 'dark text thread, phone and meeting place'),
    ('sms_green', ['dob', 'age', 'school'], 'first', False, 'SMS thread, birthday and school'),
    ('messenger', ['handle', 'email'], 'name', False, 'messenger chat, handle and email'),
    ('messenger_dark', ['place', 'addr'], 'handle', False, 'dark messenger, meet-up location'),
    ('tg_light', ['phone', 'person'], 'name', False, 'telegram-like chat, full name and phone'),
    ('tg_dark', ['url', 'age'], 'handle', False, 'dark chat, channel link and age'),
    ('insta_dark', ['age', 'school', 'place'], 'handle', False, 'photo-app DM, age school location'),
    ('insta_light', ['phone', 'handle'], 'handle', False, 'photo-app DM, phone and handle'),
    ('android', ['addr', 'dob'], 'other', False, 'android messages, address and birthday'),
    ('pastel', ['org', 'place'], 'first', False, 'pastel chat app, club and place'),
    ('wa_light', ['school', 'org', 'phone'], None, True, 'class group chat, names on top'),
    ('wa_dark', ['addr', 'place'], None, True, 'dark group chat, party address'),
    ('tg_light', ['email', 'url'], None, True, 'group chat, email and link'),
    ('messenger', ['age', 'dob'], None, True, 'group chat, ages and birthday'),
    ('android', ['phone', 'school'], None, True, 'group SMS, number and school'),
    ('ios_light', ['person', 'addr', 'phone'], 'first', False, 'small-font text thread'),
    ('wa_dark', ['email', 'handle'], 'handle', False, 'dark chat, handle and email'),
]
for i, (st_, kinds_, tm_, grp_, lab_) in enumerate(CONFIGS):
    small = 'small-font' in lab_
    f_ = _mk(st_, kinds_, tm_ or 'name', grp_, lab_, fs=8.7 if small else None, size=(540, 960) if small else None)
    f_.__name__ = 'chat_%02d_%s' % (i, st_)
    sc()(f_)


# ---------------------------------------------------------------------------------------- snap-like
@sc()
def snap_chat(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (255, 255, 255))
    status_bar(s, 44 * k, False, tstr(ctx), k)
    fn = rng.choice(UI_FONTS)
    friend = P.kid_full() if rng.random() < .5 else P.kid()
    s.avatar(40 * k, 70 * k, 20 * k, (255, 200, 0))
    s.text((70 * k, 70 * k), friend, font(bold(fn), 18 * k), (0, 0, 0), kind='PERSON', anchor='lm')
    s.line([(0, 98 * k), (W, 98 * k)], (230, 230, 230), max(1, int(k)))
    M = Msgs(ctx)
    items = [M.addr(), M.filler(), M.age(), M.filler(), M.filler(), M.handle(), M.filler(), M.place()]
    y = 115 * k
    fm = font(fn, 15 * k)
    fl = font(bold(fn), 11.5 * k)
    for segs in items:
        me = rng.random() < .5
        col = (242, 60, 87) if me else (14, 173, 255)
        label = 'ME' if me else friend.split()[0].upper()
        lines = s.layout(segs, fm, W - 50 * k)
        hgt = fl.size + 6 * k + len(lines) * fm.size * 1.3 + 12 * k
        if y + hgt > H - 70 * k:
            break
        s.text((18 * k, y), label, fl, col, kind=None if me else 'PERSON')
        y += fl.size + 6 * k
        s.rect([18 * k, y, 20.5 * k, y + len(lines) * fm.size * 1.3], fill=col)
        s.draw_lines(28 * k, y, lines, fm, (20, 20, 20), int(fm.size * 1.3))
        y += len(lines) * fm.size * 1.3 + 12 * k
    s.rrect([12 * k, H - 56 * k, W - 60 * k, H - 16 * k], 20 * k, fill=(240, 240, 240))
    s.text((30 * k, H - 36 * k), 'Send a chat', font(fn, 14 * k), (150, 150, 150), anchor='lm')
    return done(ctx, s, 'snap-style chat, labels on top, address and age')


@sc()
def discord_channel(ctx):
    W, H = ctx.shot_size(landscape=ctx.rng.random() < .5)
    k = min(W / 390, H / 700)
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (49, 51, 56))
    fn = rng.choice(UI_FONTS)
    side = 0
    if W > H:
        side = int(230 * k)
        s.rect([0, 0, side, H], fill=(43, 45, 49))
        s.rich((16 * k, 20 * k), [(P.town(), 'LOCATION'), (' gamers', None)], font(bold(fn), 15 * k), (240, 240, 240))
        for i, ch in enumerate(['# general', '# homework-help', '# minecraft', '# memes', '# voice-chat']):
            s.text((20 * k, 60 * k + i * 30 * k), ch, font(fn, 14 * k), (150, 153, 160))
    s.text((side + 16 * k, 22 * k), '# general', font(bold(fn), 16 * k), (242, 243, 245))
    s.line([(side, 50 * k), (W, 50 * k)], (35, 36, 40), max(1, int(k)))
    M = Msgs(ctx)
    users = [P.handle() for _ in range(4)]
    items = [M.filler(), M.place(), M.filler(), M.school(), M.filler(), M.age(), M.filler(), M.phone()]
    y = 66 * k
    fm, fu, ft = font(fn, 14.5 * k), font(bold(fn), 14.5 * k), font(fn, 10.5 * k)
    cols = [(242, 63, 67), (88, 101, 242), (35, 165, 90), (240, 178, 50)]
    for i, segs in enumerate(items):
        u = i % 4
        lines = s.layout(segs, fm, W - side - 90 * k)
        hgt = fu.size + 8 * k + len(lines) * fm.size * 1.35 + 16 * k
        if y + hgt > H - 70 * k:
            break
        s.avatar(side + 34 * k, y + 18 * k, 18 * k, cols[u])
        bb = s.text((side + 64 * k, y), users[u], fu, cols[u], kind='HANDLE')
        s.text((bb[2] + 8 * k, y + 3 * k), 'Today at ' + tstr(ctx), ft, (148, 155, 164))
        y += fu.size + 8 * k
        s.draw_lines(side + 64 * k, y, lines, fm, (219, 222, 225), int(fm.size * 1.35))
        y += len(lines) * fm.size * 1.35 + 16 * k
    s.rrect([side + 14 * k, H - 56 * k, W - 14 * k, H - 14 * k], 8 * k, fill=(56, 58, 64))
    s.text((side + 30 * k, H - 35 * k), 'Message #general', font(fn, 14 * k), (110, 113, 120), anchor='lm')
    return done(ctx, s, 'dark community-server chat with usernames, school and place')


# ---------------------------------------------------------------------------------------- video call
def video_call(ctx, n_tiles, dark=True, with_chat=False):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (32, 33, 36) if dark else (240, 240, 244))
    fn = rng.choice(UI_FONTS)
    tx = (232, 234, 237) if dark else (30, 30, 30)
    school = P.school()
    g = P.grade()
    title_segs = [(g + ' ' + rng.choice(['Reading Group', 'Maths catch-up', 'Science', 'Homeroom']) + ' - ', None),
                  (school, 'SCHOOL')]
    ftit = font(fn, 16 * k)
    while sum(ftit.getlength(t) for t, _ in title_segs) > W * 0.7:
        ftit = font(fn, ftit.size * 0.9)
    s.rich((20 * k, 18 * k), title_segs, ftit, tx)
    panel = int(W * 0.27) if with_chat else 0
    gx0, gy0, gx1, gy1 = 16 * k, 54 * k, W - panel - 16 * k, H - 86 * k
    cols = 2 if n_tiles <= 4 else 3
    rows = (n_tiles + cols - 1) // cols
    tw_, th_ = (gx1 - gx0) / cols, (gy1 - gy0) / rows
    fname = font(fn, 13 * k)
    for i in range(n_tiles):
        r, c = divmod(i, cols)
        x0, y0 = gx0 + c * tw_ + 4 * k, gy0 + r * th_ + 4 * k
        x1, y1 = x0 + tw_ - 8 * k, y0 + th_ - 8 * k
        bg = rng.choice([(70, 80, 95), (120, 100, 80), (60, 90, 70), (100, 70, 90), (90, 90, 110)])
        tile = Surface(x1 - x0, y1 - y0, (0, 0, 0, 0))
        tile.rrect([0, 0, tile.w - 1, tile.h - 1], 10 * k, fill=bg)
        tw2, th2 = tile.w, tile.h
        tile.person_figure([tw2 * 0.3, th2 * 0.15, tw2 * 0.7, th2 - 2],
                           rng.choice([(200, 60, 60), (40, 90, 180), (230, 200, 60), (60, 60, 60)]),
                           rng.choice([(240, 200, 170), (200, 150, 110), (140, 95, 70), (90, 60, 45)]))
        mask = Surface(tile.w, tile.h, (0, 0, 0, 0))
        mask.rrect([0, 0, tile.w - 1, tile.h - 1], 10 * k, fill=(255, 255, 255))
        tile.img.putalpha(mask.img.getchannel('A'))
        mode = rng.random()
        if mode < 0.6:
            segs = [(P.kid_full(), 'PERSON')]
        elif mode < 0.75:
            segs = [(P.kid(), 'PERSON'), ("'s iPad", None)]
        elif mode < 0.9:
            segs = [(P.handle(), 'HANDLE')]
        else:
            segs = [('%s %s' % (rng.choice(['Mrs', 'Mr', 'Ms']), P.surname()), 'PERSON'), (' (Teacher)', None)]
        wv = sum(fname.getlength(t) for t, _ in segs) + 16 * k
        tile.rrect([8 * k, th2 - 30 * k, 8 * k + wv, th2 - 8 * k], 5 * k, fill=(20, 20, 20))
        tile.rich((16 * k, th2 - 19 * k), segs, fname, (255, 255, 255), anchor_y='m')
        s.paste_layer(tile, ((x0 + x1) / 2, (y0 + y1) / 2))
    # controls
    cy = H - 43 * k
    for i in range(5):
        s.circle(W / 2 - 120 * k + i * 60 * k, cy, 22 * k, fill=(234, 67, 53) if i == 4 else (60, 64, 67))
    if with_chat:
        px = W - panel
        s.rect([px, 0, W, H], fill=(255, 255, 255))
        s.text((px + 16 * k, 20 * k), 'In-call messages', font(bold(fn), 15 * k), (30, 30, 30))
        M = Msgs(ctx)
        y = 60 * k
        fm = font(fn, 12.5 * k)
        for segs in [M.filler(), M.phone(), M.filler(), M.email()]:
            who = P.kid()
            s.text((px + 16 * k, y), who, font(bold(fn), 12 * k), (30, 30, 30), kind='PERSON')
            y += 18 * k
            y += s.para(px + 16 * k, y, segs, fm, (60, 64, 67), panel - 32 * k) + 10 * k
    return s


@sc()
def video_call_grid4(ctx):
    return done(ctx, video_call(ctx, 4), 'video-call screen with name tags and class title')


@sc()
def video_call_grid6_chat(ctx):
    return done(ctx, video_call(ctx, 6, with_chat=True), 'video lesson grid with in-call chat')


@sc()
def video_call_grid9(ctx):
    return done(ctx, video_call(ctx, 9, dark=False), 'light video-call gallery with name tags')


# ---------------------------------------------------------------------------------------- lock screen
def lock_screen(ctx, n=3):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    if rng.random() < .5:
        bg = tex_gradient(W, H, rng.choice([(30, 60, 120), (120, 40, 90), (20, 90, 80)]),
                          rng.choice([(240, 140, 90), (30, 20, 60), (200, 220, 255)]))
    else:
        bg = tex_bokeh(W, H, ctx.nrng)
    s = Surface.from_image(bg)
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, True, '', k)
    s.ctext(W / 2, 70 * k, rng.choice(['Saturday 14 June', 'Monday, March 3', 'Friday 21 November']),
            font(fn, 17 * k), (255, 255, 255))
    s.ctext(W / 2, 92 * k, tstr(ctx, rng.randint(7, 11)).split(' ')[0], font('sans_l', 80 * k), (255, 255, 255))
    M = Msgs(ctx)
    y = 250 * k
    apps = ['MESSAGES', 'WHATSAPP', 'INSTAGRAM', 'SNAPCHAT', 'FAMILY LOCATOR', 'SCHOOL APP']
    for i in range(n):
        app = rng.choice(apps)
        kinds = rng.choice(['addr', 'phone', 'place', 'school', 'age', 'person'])
        segs = M.any([kinds])
        sender = P.kid_full() if rng.random() < .6 else P.kid()
        fm = font(fn, 14 * k)
        lines = s.layout(segs, fm, W - 70 * k)
        hgt = 52 * k + len(lines) * 19 * k + 10 * k
        if y + hgt > H - 80 * k:
            break
        card = Surface(W - 24 * k, hgt, (245, 245, 247, 215))
        card.rrect([0, 0, card.w - 1, card.h - 1], 16 * k, fill=(245, 245, 247))
        card.img.putalpha(card.img.getchannel('A'))
        card.text((14 * k, 12 * k), app, font(fn, 11 * k), (110, 110, 115))
        card.text((card.w - 14 * k, 12 * k), rng.choice(['now', '2m ago', '9m ago', '1h ago']), font(fn, 11 * k),
                  (110, 110, 115), anchor='ra')
        card.text((14 * k, 30 * k), sender, font(bold(fn), 14 * k), (20, 20, 20), kind='PERSON')
        card.draw_lines(14 * k, 50 * k, lines, fm, (40, 40, 40), int(19 * k))
        # transparent corners
        mask = Surface(card.w, card.h, (0, 0, 0, 0))
        mask.rrect([0, 0, card.w - 1, card.h - 1], 16 * k, fill=(255, 255, 255))
        card.img.putalpha(mask.img.getchannel('A'))
        s.paste_layer(card, (W / 2, y + hgt / 2))
        y += hgt + 10 * k
    return s


@sc()
def lockscreen_notifications(ctx):
    return done(ctx, lock_screen(ctx, 3), 'lock screen with message notifications')


@sc()
def lockscreen_notifications_many(ctx):
    return done(ctx, lock_screen(ctx, 5), 'lock screen with stacked notifications')


# ---------------------------------------------------------------------------------------- contact / email
@sc()
def contact_card(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    dark = rng.random() < .5
    bg, fg, sub = ((0, 0, 0), (255, 255, 255), (150, 150, 155)) if dark else ((242, 242, 247), (0, 0, 0), (120, 120, 125))
    card = (28, 28, 30) if dark else (255, 255, 255)
    s = Surface(W, H, bg)
    fn = rng.choice(UI_FONTS)
    status_bar(s, 44 * k, dark, tstr(ctx), k)
    s.text((16 * k, 60 * k), '< Contacts', font(fn, 16 * k), (10, 132, 255))
    s.text((W - 16 * k, 60 * k), 'Edit', font(fn, 16 * k), (10, 132, 255), anchor='ra')
    s.avatar(W / 2, 150 * k, 46 * k, (140, 140, 150))
    first, last = P.kid(), P.surname()
    s.ctext(W / 2, 206 * k, '%s %s' % (first, last), fit_font(first + ' ' + last, fn, 28 * k, W - 40 * k), fg,
            kind='PERSON')
    mob, _ = P.mobile()
    rows = [('mobile', mob, 'PHONE'), ('home', P.landline(), 'PHONE'), ('email', P.email(first, last), 'EMAIL'),
            ('home', P.address_lines(), 'ADDRESS'), ('birthday', P.dob(), 'DATE_OF_BIRTH')]
    y = 270 * k
    fl, fv = font(fn, 13 * k), font(fn, 16 * k)
    for lab, val, kd in rows:
        lines = val if isinstance(val, list) else [val]
        hgt = 30 * k + len(lines) * 22 * k
        if y + hgt > H - 20 * k:
            break
        s.rrect([14 * k, y, W - 14 * k, y + hgt], 10 * k, fill=card)
        s.text((28 * k, y + 8 * k), lab, fl, sub)
        for j, ln in enumerate(lines):
            f2 = fit_font(ln, fn, 16 * k, W - 60 * k)
            s.text((28 * k, y + 26 * k + j * 22 * k), ln, f2, (10, 132, 255) if kd != 'ADDRESS' else fg, kind=kd)
        y += hgt + 10 * k
    return done(ctx, s, 'phone contact card of a child, full details')


@sc()
def email_reading(ctx):
    W, H = ctx.shot_size(landscape=ctx.rng.random() < .4)
    k = min(W / 390, H / 760)
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (255, 255, 255))
    fn = rng.choice(['lsans', 'sans', 'fsans'])
    status_bar(s, 40 * k, False, tstr(ctx), k)
    first, last = P.kid(), P.surname()
    em = P.email(first, last)
    subj = rng.choice(['my project', 'sleepover!!', 'Re: science homework', 'pics from camp'])
    s.text((20 * k, 60 * k), subj, font(bold(fn), 20 * k), (20, 20, 20))
    s.avatar(40 * k, 120 * k, 20 * k, (66, 133, 244))
    s.text((70 * k, 104 * k), '%s %s' % (first, last), font(bold(fn), 14 * k), (20, 20, 20), kind='PERSON')
    s.text((70 * k, 124 * k), em, fit_font(em, fn, 12 * k, W - 90 * k), (95, 99, 104), kind='EMAIL')
    M = Msgs(ctx)
    y = 170 * k
    fm = font(fn, 14.5 * k)
    for segs in [[('Hi!', None)], M.filler(), M.place(), M.filler()]:
        y += s.para(20 * k, y, segs, fm, (32, 33, 36), W - 40 * k) + 10 * k
    y += 10 * k
    s.rich((20 * k, y), [('from ', None), (first, 'PERSON')], fm, (32, 33, 36))
    y += 24 * k
    seg = [(P.address_one(), 'ADDRESS')]
    y += s.para(20 * k, y, seg, font(fn, 12 * k), (120, 120, 120), W - 40 * k) + 4 * k
    s.text((20 * k, y), P.mobile()[0], font(fn, 12 * k), (120, 120, 120), kind='PHONE')
    return done(ctx, s, 'email from a child with signature address and phone')


@sc()
def video_comments(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    dark = rng.random() < .5
    bg, fg, sub = ((15, 15, 15), (241, 241, 241), (170, 170, 170)) if dark else ((255, 255, 255), (15, 15, 15), (96, 96, 96))
    s = Surface(W, H, bg)
    fn = rng.choice(UI_FONTS)
    s.rect([0, 0, W, W * 9 / 16], fill=(30, 30, 30))
    s.circle(W / 2, W * 9 / 32, 30 * k, fill=(255, 255, 255))
    y = W * 9 / 16 + 14 * k
    s.text((14 * k, y), 'Minecraft but every block is lava (part 3)', fit_font('Minecraft but every block is lava (part 3)', bold(fn), 16 * k, W - 28 * k), fg)
    y += 50 * k
    s.text((14 * k, y), 'Comments  %d' % rng.randint(40, 900), font(bold(fn), 15 * k), fg)
    y += 34 * k
    M = Msgs(ctx)
    fm, fu = font(fn, 14 * k), font(fn, 12 * k)
    for segs in [M.age(), M.filler(), M.place(), M.school(), M.handle(), M.filler()]:
        lines = s.layout(segs, fm, W - 80 * k)
        hgt = 20 * k + len(lines) * 19 * k + 18 * k
        if y + hgt > H - 10 * k:
            break
        s.avatar(30 * k, y + 14 * k, 16 * k, (rng.randint(60, 220), rng.randint(60, 220), rng.randint(60, 220)))
        bb = s.text((58 * k, y), '@' + P.handle(), fu, sub, kind='HANDLE')
        s.text((bb[2] + 6 * k, y), '%dh ago' % rng.randint(1, 23), fu, sub)
        s.draw_lines(58 * k, y + 20 * k, lines, fm, fg, int(19 * k))
        y += hgt
    return done(ctx, s, 'video comment section, children sharing age and school')


@sc()
def live_location_map(ctx):
    W, H = ctx.shot_size()
    k = W / 390
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (236, 234, 226))
    fn = rng.choice(UI_FONTS)
    for _ in range(14):
        if rng.random() < .5:
            x = rng.random() * W
            s.line([(x, 0), (x + rng.uniform(-80, 80) * k, H)], (255, 255, 255), int(rng.uniform(8, 16) * k))
        else:
            y = rng.random() * H
            s.line([(0, y), (W, y + rng.uniform(-80, 80) * k)], (255, 255, 255), int(rng.uniform(8, 16) * k))
    for _ in range(6):
        x, y = rng.random() * W, rng.random() * H * 0.6
        s.rect([x, y, x + rng.uniform(40, 120) * k, y + rng.uniform(30, 90) * k], fill=(200, 225, 190))
    status_bar(s, 44 * k, False, tstr(ctx), k, bg=(236, 234, 226))
    px, py = W * rng.uniform(0.35, 0.65), H * rng.uniform(0.3, 0.45)
    s.circle(px, py, 16 * k, fill=(66, 133, 244), outline=(255, 255, 255), width=int(4 * k))
    street = P.street()
    s.rtext((W * 0.3, py + 60 * k), street, font(fn, 12 * k), (110, 110, 110), rng.uniform(-12, 12), kind='LOCATION')
    sh = 230 * k
    s.rrect([0, H - sh, W, H + 30 * k], 24 * k, fill=(255, 255, 255))
    name = P.kid()
    s.rich((20 * k, H - sh + 26 * k), [(name, 'PERSON'), (' is sharing live location', None)], font(bold(fn), 17 * k),
           (20, 20, 20))
    addr = P.address_one()
    y = H - sh + 60 * k
    y += s.para(20 * k, y, [('Near ', None), (addr, 'ADDRESS')], font(fn, 14 * k), (80, 80, 80), W - 40 * k)
    s.text((20 * k, y + 8 * k), 'Updated just now  -  battery %d%%' % rng.randint(5, 99), font(fn, 12 * k), (120, 120, 120))
    return done(ctx, s, 'live-location map screenshot with address')


@sc()
def classroom_stream(ctx):
    W, H = ctx.shot_size(landscape=True)
    k = H / 720
    P, rng = ctx.P, ctx.rng
    s = Surface(W, H, (255, 255, 255))
    fn = rng.choice(['lsans', 'sans', 'fsans'])
    cls = '%s %s' % (P.grade(), rng.choice(['Maple', 'Kauri', 'Rowan', 'Blue Class', 'Section B']))
    s.rrect([W * 0.15, 70 * k, W * 0.85, 250 * k], 10 * k, fill=(30, 142, 62))
    s.text((W * 0.15 + 24 * k, 150 * k), cls, font(bold(fn), 34 * k), (255, 255, 255))
    s.text((W * 0.15 + 24 * k, 200 * k), P.school(), fit_font('x' * 40, fn, 20 * k, W * 0.6), (255, 255, 255),
           kind='SCHOOL')
    y = 280 * k
    M = Msgs(ctx)
    for segs in [M.org(), M.place(), M.email()]:
        nm = P.kid_full()
        s.rrect([W * 0.15, y, W * 0.85, y + 110 * k], 8 * k, outline=(218, 220, 224), width=max(1, int(k)))
        s.avatar(W * 0.15 + 36 * k, y + 34 * k, 18 * k, (120, 90, 200))
        s.text((W * 0.15 + 66 * k, y + 20 * k), nm, font(bold(fn), 15 * k), (32, 33, 36), kind='PERSON')
        s.para(W * 0.15 + 66 * k, y + 48 * k, segs, font(fn, 14 * k), (60, 64, 67), W * 0.62)
        y += 126 * k
        if y + 110 * k > H:
            break
    return done(ctx, s, 'class stream page with pupil posts')
