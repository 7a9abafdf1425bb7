"""A4 / Letter documents (150-200 dpi), scanned or photographed."""
import data as D
from base import qr_payload, fit_H
from common import (Layer, LayoutError, font, rfont, put_text, put_parts, wrap_parts, line_h, put_qr, qr_total,
                    mix, rgba, tlen, fit_font, place, place_H, scribble_signature, photo_placeholder, warp_layer, paste)
from fx import background, PHOTO_SIZES
from photos import shadow, INKS, BRIGHT

BLACK = (25, 25, 28)


def new_page(ctx):
    letter = ctx.region in ('US', 'CA')
    dpi = ctx.ch([150, 150, 160, 175, 200, 200])
    w_in, h_in = (8.5, 11.0) if letter else (8.27, 11.69)
    W, H = int(round(w_in * dpi)), int(round(h_in * dpi))
    paper = ctx.ch([(255, 255, 255), (252, 252, 248), (250, 249, 244)])
    P = Layer(W, H, paper)
    P.dpi = dpi
    P.pt = dpi / 72.0
    P.m = dpi * ctx.r(0.7, 0.95)
    return P


def finish(ctx, P):
    if ctx.spec.get('mode', 'scan') == 'scan':
        W, H = P.W, P.H
        C = Layer(W, H, ctx.ch([(250, 250, 250), (235, 235, 235), (255, 255, 255)]))
        ang = ctx.r(-1.5, 1.5) if not ctx.gentle else ctx.r(-0.5, 0.5)
        Hm = place_H(W, H, W / 2 + ctx.r(-0.01, 0.01) * W, H / 2 + ctx.r(-0.01, 0.01) * H, 1.0, ang)
        place(C, P, Hm, check=False)
        ctx.dpi = P.dpi
        return C, {'fx': 'scan'}
    # photographed on a table: the page stays at ~150-200 dpi
    cands = [(w, h) for (w, h) in PHOTO_SIZES]
    ctx.rng.shuffle(cands)
    size = None
    for (a, b) in cands:
        w, h = min(a, b), max(a, b)
        if P.H / h <= 0.9 and P.H / h >= 0.5 and P.W / w <= 0.9:
            size = (w, h)
            break
    if size is None:
        size = (3024, 4032)
    L = background(ctx, size[0], size[1], ctx.ch(['wood', 'table', 'table', 'fabric', 'carpet']))
    Hm = fit_H(L, P.W, P.H, ctx, L.W / 2 + ctx.r(-0.04, 0.04) * L.W, L.H / 2 + ctx.r(-0.03, 0.03) * L.H, 1.0,
               ctx.r(-7, 7), kx=ctx.r(-0.07, 0.07), ky=ctx.r(-0.04, 0.04), fy=ctx.r(0.92, 1.0), jitter=0.01,
               margin=0.02)
    w, off = warp_layer(P, Hm)
    shadow(L, w, off, ctx, 0.35)
    paste(L, w, off[0], off[1])
    return L, {'fx': 'photo', 'blur_max': 1.0}


def para(P, x, y, parts, fk, size, col, maxw, gap=1.25):
    f = font(fk, size)
    lines = wrap_parts(parts, f, maxw)
    for ln in lines:
        put_parts(P, (x, y), ln, f, col)
        y += line_h(f) * gap
    return y


def letterhead(ctx, P, y, align='m'):
    p = ctx.p
    pt = P.pt
    col = ctx.ch([(20, 50, 120), (120, 20, 40), (10, 90, 60), (30, 30, 30), (0, 100, 140)])
    fk = rfont(ctx.rng, ctx.ch(['serif_b', 'ui_b', 'display']))
    x = P.W / 2 if align == 'm' else P.m
    f = fit_font(fk, p.school, P.W - 2 * P.m, 22 * pt)
    put_text(P, (x, y), p.school, f, col, kind='SCHOOL', anchor='ma' if align == 'm' else 'la')
    y += line_h(f) * 1.1
    st = D.address(ctx.rng, ctx.region)
    parts = [(st['street'] + ', ' + p.addr['town'], 'LOCATION')] if ctx.chance(0.5) else \
        [ctx.ch(['Learning together', 'Respect - Resilience - Kindness', 'Est. 19%02d' % ctx.ri(10, 99)])]
    put_parts(P, (x, y), parts, font(rfont(ctx.rng, 'ui'), 10 * pt), (70, 70, 70), align='m' if align == 'm' else 'l')
    y += 16 * pt
    P.d.line([(P.m, y), (P.W - P.m, y)], fill=rgba(col), width=max(2, int(1.5 * pt)))
    return y + 14 * pt, col


def hand(ctx):
    return rfont(ctx.rng, 'hand'), ctx.ch(INKS)


def field(ctx, P, x, y, label, value, lf, hf, ink, x_end, lead=6):
    """Label, a dotted line to x_end, and a handwritten value on the line. y is the baseline."""
    put_text(P, (x, y), label, lf, BLACK, anchor='ls')
    lx = x + tlen(label, lf) + lead * P.pt
    for xx in range(int(lx), int(x_end), int(4 * P.pt)):
        P.d.line([(xx, y + 3 * P.pt), (xx + 2 * P.pt, y + 3 * P.pt)], fill=(120, 120, 120, 255), width=1)
    if value:
        value = [(q, None) if isinstance(q, str) else q for q in value]
        txt = ''.join(q for q, _ in value)
        f = hf
        if f.getlength(txt) > x_end - lx - 8 * P.pt:
            f = fit_font(_key_of(f), txt, x_end - lx - 8 * P.pt, f.size)
        put_parts(P, (lx + ctx.r(3, 10) * P.pt, y + ctx.r(-2, 1) * P.pt), value, f, ink, anchor_v='s')


def _key_of(fnt):
    from common import FONT_FILES
    for k, v in FONT_FILES.items():
        if fnt.path.endswith(v):
            return k
    return 'dv'


def doc_qr(ctx, P, x, y, caption, pl=None):
    if not ctx.spec.get('qr'):
        return 0
    payload, k, text = pl or qr_payload(ctx, ctx.spec['qr'])
    m = max(4, int(P.pt * 2.6))
    tot = put_qr(P, (x, y), payload, m, kind=k, text=text)
    put_text(P, (x + tot / 2, y + tot + 2 * P.pt), caption, font(rfont(ctx.rng, 'ui'), 8 * P.pt), (60, 60, 60),
             anchor='ma')
    return tot


# ------------------------------------------------------------------ documents
def permission_slip(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    pt, m = P.pt, P.m
    y, col = letterhead(ctx, P, m * 0.8)
    bf = rfont(rng, ctx.ch(['serif', 'ui']))
    put_text(P, (P.W - m, y), D.event_date(rng, ctx.region), font(bf, 11 * pt), BLACK, anchor='ra')
    y += 26 * pt
    y = para(P, m, y, ['Dear Parents and Caregivers,'], bf, 11 * pt, BLACK, P.W - 2 * m)
    y += 6 * pt
    place_ = ctx.ch(['the Science Centre', 'the Botanic Gardens', 'the Maritime Museum', 'the City Zoo',
                     'the Art Gallery', 'Adventure Park'])
    y = para(P, m, y, ['Our ', (p.year, 'AGE'), ' classes will visit %s on %s as part of our learning this term. '
                       'The bus leaves school at 9:00 am and returns by 2:45 pm. The cost is %s per child. Please make '
                       'sure your child brings a packed lunch, a water bottle and a hat.' %
                       (place_, D.event_date(rng, ctx.region), ctx.ch(['$12', '\u00a38', '\u20ac10', 'R80', '\u20b9250']))],
             bf, 11 * pt, BLACK, P.W - 2 * m)
    y += 6 * pt
    y = para(P, m, y, ['Please return the slip below by Friday.'], bf, 11 * pt, BLACK, P.W - 2 * m)
    y += 10 * pt
    tn = p.teacher
    y = para(P, m, y, ['Kind regards,'], bf, 11 * pt, BLACK, P.W - 2 * m)
    y = para(P, m, y, [(tn, 'PERSON'), ', Class Teacher'] if ctx.chance(0.7) else ['The Class Team'], bf, 11 * pt,
             BLACK, P.W - 2 * m)
    if ctx.spec.get('qr'):
        doc_qr(ctx, P, P.W - m - 70 * pt, y - 60 * pt, 'Scan to contact us')
    y += 22 * pt
    P.d.line([(m * 0.5, y), (P.W - m * 0.5, y)], fill=(90, 90, 90, 255), width=2)
    put_text(P, (m * 0.6, y), '\u2702', font('dv', 16 * pt), (90, 90, 90), anchor='lm')
    y += 24 * pt
    put_text(P, (P.W / 2, y), 'PERMISSION SLIP', font(rfont(rng, 'ui_b'), 15 * pt), BLACK, anchor='ma')
    y += 40 * pt
    lf = font(rfont(rng, 'ui'), 11 * pt)
    hk, ink = hand(ctx)
    hf = font(hk, 15 * pt)
    gap = 34 * pt
    field(ctx, P, m, y, 'Student name:', [(p.full, 'PERSON')], lf, hf, ink, P.W * 0.62)
    field(ctx, P, P.W * 0.64, y, 'Class:', [(p.year, 'AGE')] if ctx.chance(0.7) else [p.cls], lf, hf, ink, P.W - m)
    y += gap
    put_text(P, (m, y), 'I give permission for my child to attend the excursion.', lf, BLACK, anchor='ls')
    y += gap
    field(ctx, P, m, y, 'Parent/Guardian name:', [(p.parent, 'PERSON')], lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Contact phone:', [(p.phone_parent, 'PHONE')], lf, hf, ink, P.W * 0.55)
    if ctx.chance(0.6):
        field(ctx, P, P.W * 0.57, y, 'Email:', [(p.email_parent, 'EMAIL')], lf, font(hk, 12 * pt), ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Medical information:', [ctx.ch(['none', 'Asthma - inhaler in bag', 'nut allergy', 'n/a'])],
          lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Signature:', None, lf, hf, ink, P.W * 0.55)
    scribble_signature(P, m + 90 * pt, y - 22 * pt, 120 * pt, 20 * pt, rng, ink, max(2, int(pt)))
    field(ctx, P, P.W * 0.57, y, 'Date:', [D.event_date(rng, ctx.region)], lf, font(hk, 12 * pt), ink, P.W - m)
    return finish(ctx, P)


def reg_form(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    pt, m = P.pt, P.m
    col = ctx.ch([(20, 60, 140), (180, 30, 40), (10, 110, 70), (90, 40, 140)])
    P.d.rectangle([0, 0, P.W, m * 0.6 + 60 * pt], fill=rgba(col))
    fb = rfont(rng, 'display')
    put_text(P, (P.W / 2, m * 0.45), p.team if ctx.chance(0.6) else p.org,
             fit_font(fb, p.org, P.W - 2 * m, 24 * pt), (255, 255, 255), kind='ORG', anchor='ma')
    put_text(P, (P.W / 2, m * 0.45 + 34 * pt), 'Player Registration Form %d' % D.REF_YEAR, font(rfont(rng, 'ui'), 12 * pt),
             (255, 255, 255), anchor='ma')
    y = m * 0.6 + 90 * pt
    lf = font(rfont(rng, 'ui'), 10.5 * pt)
    sf = font(rfont(rng, 'ui_b'), 12 * pt)
    hk, ink = hand(ctx)
    hf = font(hk, 14 * pt)
    gap = 31 * pt
    x2 = P.W * 0.58

    def section(t):
        nonlocal y
        put_text(P, (m, y), t, sf, col, anchor='ls')
        P.d.line([(m, y + 6 * pt), (P.W - m, y + 6 * pt)], fill=rgba(col), width=2)
        y += gap

    section('PLAYER DETAILS')
    field(ctx, P, m, y, 'Full name:', [(p.full, 'PERSON')], lf, hf, ink, x2 - 10 * pt)
    field(ctx, P, x2, y, 'Date of birth:', [(D.fmt_date(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')], lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Age group:', [(p.agegroup, 'AGE')], lf, hf, ink, x2 - 10 * pt)
    field(ctx, P, x2, y, 'School:', [(p.school, 'SCHOOL')], lf, font(hk, 11 * pt), ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Home address:', [(p.addr['lines'][0], 'ADDRESS')], lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, '', [(', '.join(p.addr['lines'][1:]), 'ADDRESS')], lf, hf, ink, P.W - m)
    y += gap * 1.3
    section('PARENT / GUARDIAN')
    field(ctx, P, m, y, 'Name:', [(p.parent, 'PERSON')], lf, hf, ink, x2 - 10 * pt)
    field(ctx, P, x2, y, 'Mobile:', [(p.phone_parent, 'PHONE')], lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Email:', [(p.email_parent, 'EMAIL')], lf, hf, ink, P.W - m)
    y += gap * 1.3
    section('EMERGENCY CONTACT')
    em = D.full_name(rng, ctx.region)
    field(ctx, P, m, y, 'Name:', [(em, 'PERSON')] if ctx.chance(0.6) else [ctx.ch(['Nana', 'Grandad', 'Granny', 'Next-door neighbour'])], lf, hf, ink, x2 - 10 * pt)
    field(ctx, P, x2, y, 'Phone:', [(D.mobile(rng, ctx.region), 'PHONE')], lf, hf, ink, P.W - m)
    y += gap
    field(ctx, P, m, y, 'Relationship:', [ctx.ch(['Aunt', 'Grandmother', 'Neighbour', 'Uncle', 'Family friend'])], lf, hf,
          ink, x2 - 10 * pt)
    y += gap * 1.3
    section('MEDICAL & CONSENT')
    field(ctx, P, m, y, 'Medical conditions / allergies:', [ctx.ch(['None', 'Asthma', 'Eczema', 'Peanut allergy'])], lf,
          hf, ink, P.W - m)
    y += gap
    put_text(P, (m, y), '[x] I consent to photos of my child being used in club newsletters.', lf, BLACK, anchor='ls')
    y += gap
    field(ctx, P, m, y, 'Signed:', None, lf, hf, ink, x2 - 10 * pt)
    scribble_signature(P, m + 70 * pt, y - 20 * pt, 110 * pt, 18 * pt, rng, ink, max(2, int(pt)))
    field(ctx, P, x2, y, 'Date:', [D.event_date(rng, ctx.region)], lf, font(hk, 12 * pt), ink, P.W - m)
    if y > P.H - m * 0.5:
        raise LayoutError('form overflow')
    return finish(ctx, P)


SUBJECTS = ['English', 'Mathematics', 'Science', 'History', 'Geography', 'The Arts', 'Physical Education',
            'Technology', 'Languages', 'Music', 'Health']


def report_card(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    pt, m = P.pt, P.m
    y, col = letterhead(ctx, P, m * 0.8, align=ctx.ch(['m', 'l']))
    tf = rfont(rng, ctx.ch(['ui', 'serif']))
    tb = rfont(rng, ctx.ch(['ui_b', 'serif_b']))
    put_text(P, (P.W / 2, y), 'Student Progress Report - %s %d' % (ctx.ch(['Term 2', 'Semester 1', 'Mid-Year', 'Autumn Term']),
                                                                     D.REF_YEAR - 1), font(tb, 14 * pt), BLACK, anchor='ma')
    y += 34 * pt
    f = font(tf, 11 * pt)
    rows = [['Student: ', (p.full, 'PERSON')], ['Year / Class: ', (p.year, 'AGE'), ' / ' + p.cls],
            ['Teacher: ', (p.teacher, 'PERSON')]]
    if ctx.chance(0.4):
        rows.append(['Date of birth: ', (D.fmt_date(rng, ctx.region, p.dob), 'DATE_OF_BIRTH')])
    rows.append(['Days absent: %d' % ctx.ri(0, 12)])
    for r in rows:
        put_parts(P, (m, y), r, f, BLACK)
        y += line_h(f) * 1.3
    y += 10 * pt
    # table
    cols = [m, P.W * 0.45, P.W * 0.68, P.W - m]
    hdr = ['Subject', 'Achievement', 'Effort']
    P.d.rectangle([m, y, P.W - m, y + 22 * pt], fill=rgba(mix(col, (255, 255, 255), 0.8)))
    for i, h in enumerate(hdr):
        put_text(P, (cols[i] + 6 * pt, y + 11 * pt), h, font(tb, 10.5 * pt), BLACK, anchor='lm')
    y += 22 * pt
    grades = ['A', 'B', 'C', 'D', 'Excellent', 'Good', 'Satisfactory', 'Working towards', 'Exceeding', 'Meeting']
    for s_ in rng.sample(SUBJECTS, ctx.ri(6, 9)):
        P.d.line([(m, y), (P.W - m, y)], fill=(160, 160, 160, 255), width=1)
        put_text(P, (cols[0] + 6 * pt, y + 11 * pt), s_, f, BLACK, anchor='lm')
        put_text(P, (cols[1] + 6 * pt, y + 11 * pt), ctx.ch(grades), f, BLACK, anchor='lm')
        put_text(P, (cols[2] + 6 * pt, y + 11 * pt), ctx.ch(['Consistent', 'Usually', 'Sometimes', 'Always']), f, BLACK,
                 anchor='lm')
        y += 22 * pt
    P.d.rectangle([m, y - 22 * pt * 0, P.W - m, y], outline=(120, 120, 120, 255))
    y += 20 * pt
    put_text(P, (m, y), 'Teacher comment', font(tb, 11.5 * pt), col)
    y += 20 * pt
    fn = p.first
    pro = 'She' if p.gender == 'F' else 'He'
    y = para(P, m, y, [(fn, 'PERSON') if ctx.chance(0.6) else (pro, None), ' has made %s progress this %s. %s contributes thoughtfully to class discussions '
                       'and works well with others. ' % (ctx.ch(['excellent', 'steady', 'pleasing', 'good']),
                                                         ctx.ch(['term', 'semester']), pro),
                       pro, ' is encouraged to %s.' % ctx.ch(['read every night', 'check work carefully',
                                                                          'ask for help when unsure', 'practise times tables'])],
             tf, 11 * pt, BLACK, P.W - 2 * m)
    y += 20 * pt
    scribble_signature(P, m, y, 110 * pt, 18 * pt, rng, (20, 20, 60), max(2, int(pt)))
    y += 30 * pt
    put_parts(P, (m, y), ['Principal: ', (D.teacher_name(rng, ctx.region, 1), 'PERSON')] if ctx.chance(0.5)
              else ['Principal'], f, BLACK)
    if y > P.H - m * 0.4:
        raise LayoutError('report overflow')
    return finish(ctx, P)


def timetable(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    land = False
    pt, m = P.pt, P.m
    tb = rfont(rng, 'ui_b')
    tf = rfont(rng, ctx.ch(['ui', 'narrow']))
    y = m * 0.8
    title = ctx.ch([[(p.full, 'PERSON'), "'s Timetable"], ['Timetable - ', (p.full, 'PERSON')],
                    ['Weekly timetable: ', (p.first, 'PERSON')]])
    put_parts(P, (P.W / 2, y), title, font(tb, 18 * pt), BLACK, align='m')
    y += 30 * pt
    put_parts(P, (P.W / 2, y), [(p.school, 'SCHOOL'), ' - ', (p.year, 'AGE'), ' (' + p.cls + ')'],
              fit_font(tf, p.school + ' - ' + p.year + ' (' + p.cls + ')', P.W - 2 * m, 12 * pt), (60, 60, 60), align='m')
    y += 34 * pt
    days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
    periods = ctx.ri(5, 7)
    gx0, gx1 = m * 0.7, P.W - m * 0.7
    cw = (gx1 - gx0) / 6
    rh = min(70 * pt, (P.H - y - m * 1.5) / (periods + 1))
    cols = [(255, 230, 230), (230, 240, 255), (230, 255, 235), (255, 250, 220), (240, 230, 255), (225, 250, 250)]
    subj_col = {}
    for j, dname in enumerate(days):
        x = gx0 + (j + 1) * cw
        P.d.rectangle([x, y, x + cw, y + rh * 0.6], fill=(60, 60, 70, 255))
        put_text(P, (x + cw / 2, y + rh * 0.3), dname, fit_font(tb, dname, cw * 0.9, 10 * pt), (255, 255, 255), anchor='mm')
    y0 = y + rh * 0.6
    named = set(rng.sample(range(periods * 5), ctx.ri(1, 2)))
    teachers = [D.teacher_name(rng, ctx.region, 0) for _ in range(6)]
    subs = rng.sample(SUBJECTS, 8)
    for i in range(periods):
        yy = y0 + i * rh
        put_text(P, (gx0 + cw / 2, yy + rh / 2), 'P%d' % (i + 1), font(tb, 11 * pt),
                 BLACK, anchor='mm')
        for j in range(5):
            x = gx0 + (j + 1) * cw
            sub = subs[(i * 3 + j * 5 + ctx.ri(0, 1)) % len(subs)]
            c = subj_col.setdefault(sub, cols[len(subj_col) % len(cols)])
            P.d.rectangle([x, yy, x + cw, yy + rh], fill=rgba(c), outline=(150, 150, 150, 255))
            put_text(P, (x + cw / 2, yy + rh * 0.28), sub, fit_font(tb, sub, cw * 0.9, 9.5 * pt), BLACK, anchor='mm')
            k = i * 5 + j
            tn = teachers[(i + j) % len(teachers)]
            if k in named:
                put_text(P, (x + cw / 2, yy + rh * 0.56), tn, fit_font(tf, tn, cw * 0.92, 8.5 * pt), (50, 50, 50),
                         kind='PERSON', anchor='mm')
            else:
                code = ''.join(ch for ch in tn.split()[-1].upper() if ch.isalpha())[:3]
                put_text(P, (x + cw / 2, yy + rh * 0.56), code, font(tf, 8.5 * pt), (50, 50, 50), anchor='mm')
            put_text(P, (x + cw / 2, yy + rh * 0.8), 'Rm %s%d' % (ctx.ch('ABCS'), ctx.ri(1, 30)), font(tf, 8 * pt),
                     (90, 90, 90), anchor='mm')
    y = y0 + periods * rh + 24 * pt
    if ctx.chance(0.6):
        put_parts(P, (gx0, y), ['Bus: Route %d from ' % ctx.ri(2, 99), (p.addr['town'], 'LOCATION'), ' - 7:52 am'],
                  font(tf, 11 * pt), BLACK)
    return finish(ctx, P)


def club_flyer(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    pt, m = P.pt, P.m
    col = ctx.ch(BRIGHT + [(20, 60, 140)])
    P.d.rectangle([0, 0, P.W, P.H * 0.28], fill=rgba(col))
    fb = rfont(rng, 'display')
    org = p.org
    f = font(fb, 34 * pt)
    lines = wrap_parts([(org, None)], f, P.W - 2 * m)
    if len(lines) > 2:
        f = fit_font(fb, org, (P.W - 2 * m) * 1.8, 34 * pt)
        lines = wrap_parts([(org, None)], f, P.W - 2 * m)
    lk = P.new_leak('ORG', org)
    y = m * 0.7
    for ln in lines:
        put_text(P, (P.W / 2, y), ''.join(t for t, _ in ln), f, (255, 255, 255), into=lk, anchor='ma')
        y += line_h(f)
    put_text(P, (P.W / 2, P.H * 0.2), ctx.ch(['NEW MEMBERS WELCOME!', 'JOIN US THIS SEASON!', 'COME AND TRY IT!']),
             font(fb, 20 * pt), (255, 255, 255), anchor='ma')
    y = P.H * 0.28 + 40 * pt
    photo_placeholder(P, (m, y, P.W - m, y + P.H * 0.2))
    y += P.H * 0.2 + 30 * pt
    tf = rfont(rng, 'ui')
    tb = rfont(rng, 'ui_b')
    f = font(tf, 14 * pt)
    venue = ctx.ch(['Community Hall', 'Sports Park', 'Leisure Centre', 'Church Hall', 'Scout Den', 'School Gym'])
    rows = [['Ages %d-%d  |  All abilities' % (p.age - 2, p.age + 3)],
            ['Where: %s, ' % venue, (p.addr['town'], 'LOCATION')],
            ['When: %s %s' % (ctx.ch(['Saturdays', 'Tuesdays', 'Thursdays', 'Sundays']), ctx.ch(['9-11am', '4-5:30pm', '6-7pm']))],
            ['Contact ' + ctx.ch(['Coach ', 'Leader ', '']), (p.parent if ctx.chance(0.5) else D.full_name(rng, ctx.region), 'PERSON')],
            ['Call or text ', (D.mobile(rng, ctx.region), 'PHONE')]]
    if ctx.chance(0.7):
        rows.append(['Email ', (D.email(rng, ctx.region, D.first_name(rng, ctx.region), D.surname(rng, ctx.region)), 'EMAIL')])
    if ctx.chance(0.5):
        rows.append(['Group chat: ', ('chat.whatsapp.com/' + D.invite_code(rng) + D.invite_code(rng), 'URL')])
    has_qr = bool(ctx.spec.get('qr'))
    maxw = P.W - 2 * m - (P.W * 0.3 if has_qr else 0)
    y0 = y
    for r in rows:
        y = para(P, m, y, r, tf, 14 * pt, BLACK, maxw, gap=1.35)
    if has_qr:
        doc_qr(ctx, P, P.W - m - P.W * 0.25, y0, ctx.ch(['Scan to join', 'Join our chat', 'Message us']))
    if y > P.H - m * 0.4:
        raise LayoutError('flyer overflow')
    return finish(ctx, P)


def invitation(ctx):
    p, rng = ctx.p, ctx.rng
    P = new_page(ctx)
    pt, m = P.pt, P.m
    c1, c2 = rng.sample(BRIGHT, 2)
    for i in range(20):
        r = ctx.r(10, 40) * pt
        x = ctx.r(0, P.W)
        y = ctx.ch([ctx.r(0, m * 0.8), ctx.r(P.H - m * 0.6, P.H)])
        P.d.ellipse([x - r, y - r, x + r, y + r], fill=rgba(ctx.ch([c1, c2])))
    fb = rfont(rng, ctx.ch(['display', 'hand', 'serif_b']))
    y = m * 1.3
    put_text(P, (P.W / 2, y), ctx.ch(["You're invited!", 'Party time!', "Let's celebrate!"]), font(fb, 36 * pt), c1,
             anchor='ma')
    y += 70 * pt
    name = p.first
    parts = ctx.ch([[('Come and celebrate ', None), (name, 'PERSON'), ("'s", None)],
                    [('Join us for ', None), (name, 'PERSON'), ("'s", None)]])
    put_parts(P, (P.W / 2, y), parts, font(rfont(rng, 'serif'), 18 * pt), (40, 40, 40), align='m')
    y += 40 * pt
    put_parts(P, (P.W / 2, y), [(D.ordinal(p.age), 'AGE'), ' Birthday Party'], font(fb, 40 * pt), c2, align='m')
    y += 90 * pt
    tf = rfont(rng, ctx.ch(['ui', 'serif']))
    f = font(tf, 15 * pt)
    put_text(P, (P.W / 2, y), D.event_date(rng, ctx.region) + ', ' + ctx.ch(['2-5 pm', '11am-2pm', '3:30-6 pm']), f,
             BLACK, anchor='ma')
    y += 34 * pt
    if ctx.chance(0.6):
        put_parts(P, (P.W / 2, y), ['All of ', (p.year, 'AGE'), ' at ', (p.school, 'SCHOOL'), ' are welcome!'],
                  fit_font(tf, 'All of %s at %s are welcome!' % (p.year, p.school), P.W - 2 * m, 14 * pt), BLACK, align='m')
        y += 34 * pt
    if ctx.chance(0.85):
        put_text(P, (P.W / 2, y), 'at our place:', f, BLACK, anchor='ma')
        y += 28 * pt
        for ln in p.addr['lines']:
            put_text(P, (P.W / 2, y), ln, f, BLACK, kind='ADDRESS', anchor='ma')
            y += 26 * pt
    else:
        v = ctx.ch(['Bounce Zone', 'Jump Park', 'Laser Quest', 'Splash Pool', 'Clay Cafe'])
        put_parts(P, (P.W / 2, y), ['at ' + v + ', ', (p.addr['town'], 'LOCATION')], f, BLACK, align='m')
        y += 28 * pt
    y += 30 * pt
    r = ctx.ch([['RSVP to ', (p.parent_first, 'PERSON'), ' on ', (p.phone_parent, 'PHONE')],
                ['RSVP: ', (p.parent, 'PERSON'), ' - ', (p.email_parent, 'EMAIL')],
                ['Text ', (p.phone_parent, 'PHONE'), ' to RSVP']])
    y = para(P, m, y, r, tf, 15 * pt, BLACK, P.W - 2 * m)
    put_text(P, (P.W / 2, y + 10 * pt), 'by ' + D.event_date(rng, ctx.region), f, BLACK, anchor='ma')
    y += 50 * pt
    if ctx.spec.get('qr'):
        pl = qr_payload(ctx, ctx.spec['qr'])
        tot = qr_total(pl[0], max(4, int(P.pt * 2.6)))
        if y + tot + 30 * pt > P.H - m * 0.7:
            raise LayoutError('invite qr')
        doc_qr(ctx, P, P.W / 2 - tot / 2, y, ctx.ch(['Map', 'RSVP here', 'Scan for directions']), pl)
    return finish(ctx, P)
