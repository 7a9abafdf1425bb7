"""Parcels and envelopes with each country's address and postcode layout."""
from common import Canvas, font, fam, ink_for, lighter, darker, mix, sub_canvas, HAND_FONTS
from people import Child, ordinal
import textures as TX
import docs_common as DC
import leaktext as LT

COUNTRIES = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA']
CARRIER = {'US': ['USPS PRIORITY MAIL', 'UPS GROUND', 'FedEx Home Delivery'], 'UK': ['Royal Mail Tracked 48', 'Evri', 'DPD Local'],
           'IE': ['An Post', 'DPD Ireland', 'Fastway'], 'CA': ['Canada Post Expedited', 'Purolator'], 'AU': ['Australia Post Parcel Post', 'StarTrack'],
           'NZ': ['NZ Post Courier', 'CourierPost'], 'IN': ['India Post Speed Post', 'Delhivery', 'Blue Dart'], 'ZA': ['PostNet', 'The Courier Guy', 'Aramex']}


def parcel_envelope(rng, nrng, want, variant=0):
    country = COUNTRIES[variant % len(COUNTRIES)]
    c = Child(rng, country)
    sender = Child(rng, country if rng.random() < 0.7 else rng.choice(COUNTRIES))
    envelope = variant >= 8
    W, H = DC.photo_size(rng, portrait=rng.random() < 0.3, big_p=0.8)
    s = min(W, H) / 2000
    budget = want
    if not envelope:
        base = TX.speckle(W, H, nrng, rng.choice([(190, 150, 105), (175, 135, 90), (200, 165, 120)]), 9)
        cv = Canvas(W, H, img=base)
        # tape
        tw = int(W * 0.12)
        tx = int(W * rng.uniform(0.1, 0.8))
        cv.d.rectangle((tx, 0, tx + tw, H), fill=mix((190, 150, 105), (230, 220, 200), 0.4))
        lw, lh = int(W * 0.5), int(W * 0.5 * rng.uniform(0.62, 0.75))
        if lh > H * 0.85:
            lh = int(H * 0.85); lw = int(lh / 0.7)
        lb = sub_canvas(lw, lh, (255, 255, 255, 255))
        ls = lw / 1200
        F = fam(rng, 'sans')
        lb.d.rectangle((0, 0, lw - 1, lh - 1), outline=(0, 0, 0, 255), width=max(2, int(4 * ls)))
        lb.text((int(30 * ls), int(24 * ls)), rng.choice(CARRIER[country]), font(F[1], 44 * ls), (0, 0, 0))
        lb.d.line((0, int(90 * ls), lw, int(90 * ls)), fill=(0, 0, 0, 255), width=max(2, int(3 * ls)))
        y = int(110 * ls)
        fsmall = font(F[0], 24 * ls)
        if budget >= 4:
            lb.text((int(30 * ls), y), 'FROM:', fsmall, (0, 0, 0))
            lb.text((int(130 * ls), y), sender.full, fsmall, (0, 0, 0), kind='PERSON')
            sl = sender.address_lines(with_country=sender.country != country)
            lb.lines((int(130 * ls), y + int(30 * ls)), sl, fsmall, (0, 0, 0), kind='ADDRESS')
            budget -= 2
            y += int(30 * ls) * (len(sl) + 1) + int(20 * ls)
        else:
            lb.text((int(30 * ls), y), 'FROM: ' + rng.choice(['Online Order Returns Dept.', 'Warehouse 4, Unit 12', 'Fulfilment Centre']), fsmall, (0, 0, 0))
            y += int(60 * ls)
        lb.d.line((0, y, lw, y), fill=(0, 0, 0, 255), width=max(1, int(2 * ls)))
        y += int(20 * ls)
        lb.text((int(30 * ls), y), 'SHIP TO:', font(F[1], 30 * ls), (0, 0, 0))
        y += int(44 * ls)
        fbig = font(F[1], 46 * ls)
        up = rng.random() < 0.5
        nm = c.full.upper() if up else c.full
        if budget > 0:
            lb.text((int(60 * ls), y), nm, fbig, (0, 0, 0), kind='PERSON')
            budget -= 1
        else:
            lb.text((int(60 * ls), y), 'THE OCCUPIER', fbig, (0, 0, 0))
        y += int(60 * ls)
        al = c.address_lines()
        if up:
            al = [a.upper() for a in al]
        if budget > 0:
            b = lb.lines((int(60 * ls), y), al, font(F[1], 40 * ls), (0, 0, 0), kind='ADDRESS')
            budget -= 1
            y = b[3] + int(30 * ls)
        if budget > 0 and y < lh - int(250 * ls):
            b = lb.text((int(60 * ls), y), 'Tel:', font(F[0], 30 * ls), (0, 0, 0))
            lb.text((b[2] + int(12 * ls), y), c.parent_phone, font(F[0], 30 * ls), (0, 0, 0), kind='PHONE')
            budget -= 1
            y += int(44 * ls)
        if budget > 0 and y < lh - int(250 * ls):
            lb.text((int(60 * ls), y), c.parent_email, font(F[0], 26 * ls), (0, 0, 0), kind='EMAIL')
            budget -= 1
            y += int(40 * ls)
        # barcode + tracking (harmless)
        bx, by = int(60 * ls), lh - int(200 * ls)
        while bx < lw - int(80 * ls):
            w = rng.choice([2, 4, 6]) * ls
            lb.d.rectangle((bx, by, bx + w, by + int(120 * ls)), fill=(0, 0, 0, 255))
            bx += w + rng.choice([2, 4, 6]) * ls
        trk = f'{rng.choice(["JD", "RM", "AP", "CP", "EE", "1Z"])}{rng.randint(10 ** 9, 10 ** 10 - 1)}{rng.choice(["GB", "AU", "CA", "IN", "ZA", "NZ", "IE", "US"])}'
        lb.ctext(lw / 2, by + int(130 * ls), trk, font('mono', 30 * ls), (0, 0, 0))
        lb.text((lw - int(260 * ls), int(30 * ls)), f'{rng.uniform(0.2, 4.5):.2f} kg', font(F[0], 30 * ls), (0, 0, 0))
        cv.paste_canvas(lb, (W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H), rng.uniform(-8, 8))
        # gift note sticker
        if budget >= 2:
            nw = int(W * 0.22)
            note = sub_canvas(nw, int(nw * 0.6), (255, 240, 160, 255))
            ns = nw / 600
            fh = font(rng.choice(HAND_FONTS), 44 * ns)
            note.hand((int(30 * ns), int(40 * ns)), 'Happy', fh, (30, 30, 90), rng)
            b = note.hand((int(30 * ns), int(110 * ns)), ordinal(c.age), fh, (30, 30, 90), rng, kind='AGE')
            note.hand((b[2] + int(14 * ns), int(110 * ns)), 'birthday', fh, (30, 30, 90), rng)
            note.hand((int(30 * ns), int(180 * ns)), c.first + '!', fh, (30, 30, 90), rng)
            # leak only the name (without !)
            f_ = fh
            note.leak('PERSON', c.first, (int(30 * ns), int(180 * ns) - 4 * ns, int(30 * ns) + f_.getlength(c.first) + 4 * ns, int(180 * ns) + f_.size * 1.2))
            budget -= 2
            cv.paste_canvas(note, (W * 0.14 + nw / 2 * 0.2, H * 0.8), rng.uniform(-12, 12))
        return cv, {'medium': 'photo', 'fill': (60, 50, 40)}
    # ---------------- envelope on a surface
    surf = TX.table(W, H, nrng)
    cv = Canvas(W, H, img=surf)
    ew = int(W * 0.78)
    eh = int(ew * rng.uniform(0.5, 0.6))
    if eh > H * 0.8:
        eh = int(H * 0.8); ew = int(eh / 0.55)
    col = rng.choice([(250, 250, 245), (240, 230, 205), (225, 235, 250), (250, 240, 240)])
    env = sub_canvas(ew, eh)
    env.img.paste(TX.paper(ew, eh, nrng, col, 3, 5).convert('RGBA'), (0, 0))
    es = ew / 2000
    # stamp
    sx0 = ew - int(300 * es)
    env.d.rectangle((sx0, int(50 * es), sx0 + int(220 * es), int(320 * es)), fill=rng.choice([(200, 40, 60), (40, 100, 170), (60, 140, 80)]) + (255,))
    env.ctext(sx0 + int(110 * es), int(230 * es), rng.choice(['1st', '$1.73', '€1.65', 'P$3.00' if False else '$3.20', 'Rs 5', 'STANDARD']), font('sans_b', 40 * es), (255, 255, 255))
    # postmark (generic)
    px, py = sx0 - int(120 * es), int(180 * es)
    env.d.ellipse((px - int(120 * es), py - int(120 * es), px + int(120 * es), py + int(120 * es)), outline=(60, 60, 70, 255), width=max(2, int(5 * es)))
    env.ctext(px, py - int(20 * es), f'{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.26', font('mono', 34 * es), (60, 60, 70))
    for k in range(4):
        env.d.line((px + int(130 * es), py - int(60 * es) + k * int(40 * es), sx0 + int(240 * es), py - int(60 * es) + k * int(40 * es)), fill=(60, 60, 70, 255), width=max(2, int(5 * es)))
    hand = rng.random() < 0.7
    fn = font(rng.choice(HAND_FONTS), rng.choice([64, 72, 80]) * es) if hand else font(fam(rng)[0], 56 * es)
    ink = rng.choice([(20, 30, 90), (20, 20, 20), (90, 20, 80)])
    x, y = int(ew * 0.3), int(eh * 0.42)
    lines = [c.full if rng.random() < 0.6 else rng.choice(['Miss ', 'Master ', '']) + c.full] + c.address_lines(with_country=rng.random() < 0.3)
    if budget > 0:
        nm = lines[0]
        b = env.hand((x, y), nm, fn, ink, rng, kind='PERSON') if hand else env.text((x, y), nm, fn, ink, kind='PERSON')
        budget -= 1
    else:
        b = env.hand((x, y), 'To the Householder', fn, ink, rng) if hand else env.text((x, y), 'To the Householder', fn, ink)
    y = b[3] + fn.size * 0.35
    boxes = []
    for ln in lines[1:]:
        bb = env.hand((x, y), ln, fn, ink, rng) if hand else env.text((x, y), ln, fn, ink)
        boxes.append(bb)
        y = bb[3] + fn.size * 0.35
    if budget > 0:
        from common import union
        env.leak('ADDRESS', '\n'.join(lines[1:]), union(boxes))
        budget -= 1
    # return address top-left, small
    if budget >= 2:
        fs = font(rng.choice(HAND_FONTS) if hand else 'sans', 34 * es)
        env.text((int(60 * es), int(60 * es)), sender.full, fs, ink, kind='PERSON')
        env.lines((int(60 * es), int(110 * es)), sender.address_lines()[:3], fs, ink, kind='ADDRESS')
        budget -= 2
    if budget >= 1:
        env.text((int(60 * es), eh - int(120 * es)), rng.choice(['Please do not bend', 'Birthday card inside!', 'Photos - do not bend']), font('sans_b', 30 * es), ink)
    cv.paste_canvas(env, (W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H), rng.uniform(-7, 7))
    return cv, {'medium': 'photo', 'fill': darker(surf.getpixel((0, 0)), 0.3)}
