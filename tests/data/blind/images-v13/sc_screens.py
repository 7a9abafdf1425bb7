"""Phone screenshot scenes (leaky): chats, game screens, lock screens, sign-up forms."""
import numpy as np
from PIL import Image

import ui
from common import F, Canvas, hexc, lum, mix, wrap_runs, line_width, draw_lines, fit_wrap, FAMILIES
from people import make_person, dob_text, ordinal, fmt_day_month, handle_for, name, MONTHS, DAYS
from qrdata import personal_qr
from talk import frag, neutral

LINKY = ("URL", "EMAIL", "PHONE")

CHAT_KIND_W = {"PERSON": 0.7, "HANDLE": 0.8, "PHONE": 1.7, "ADDRESS": 3.5, "AGE": 1.0, "SCHOOL": 2.3,
               "DATE_OF_BIRTH": 0.9, "EMAIL": 0.6, "URL": 1.5, "ORG": 1.0, "LOCATION": 0.4}


def pick_kinds(rng, n, weights=None):
    w = weights or CHAT_KIND_W
    ks = list(w.keys())
    out = []
    for _ in range(n):
        k = rng.choices(ks, [w[x] for x in ks])
        if out.count(k) >= 2:
            k = rng.choices(ks, [w[x] for x in ks])
        out.append(k)
    return out


THEMES = {
    "whatsapp": {
        False: dict(bg=hexc("#efe7de"), head=hexc("#008069"), head_fg=(255, 255, 255), out=hexc("#d9fdd3"),
                    inc=(255, 255, 255), fg=hexc("#111b21"), sub=hexc("#667781"), link=hexc("#027eb5"),
                    bar=hexc("#f0f2f5"), field=(255, 255, 255)),
        True: dict(bg=hexc("#0b141a"), head=hexc("#202c33"), head_fg=hexc("#e9edef"), out=hexc("#005c4b"),
                   inc=hexc("#202c33"), fg=hexc("#e9edef"), sub=hexc("#8696a0"), link=hexc("#53bdeb"),
                   bar=hexc("#0b141a"), field=hexc("#2a3942")),
    },
    "imessage": {
        False: dict(bg=(255, 255, 255), head=hexc("#f6f6f6"), head_fg=(0, 0, 0), out=hexc("#0a84ff"),
                    inc=hexc("#e9e9eb"), fg=(0, 0, 0), out_fg=(255, 255, 255), sub=hexc("#8e8e93"),
                    link=hexc("#0a60c8"), bar=(255, 255, 255), field=(255, 255, 255)),
        True: dict(bg=(0, 0, 0), head=hexc("#1c1c1e"), head_fg=(255, 255, 255), out=hexc("#0a84ff"),
                   inc=hexc("#262628"), fg=(255, 255, 255), out_fg=(255, 255, 255), sub=hexc("#8e8e93"),
                   link=hexc("#4da3ff"), bar=(0, 0, 0), field=hexc("#1c1c1e")),
    },
    "instagram": {
        False: dict(bg=(255, 255, 255), head=(255, 255, 255), head_fg=(0, 0, 0), out=hexc("#7c3aed"),
                    inc=hexc("#efefef"), fg=(0, 0, 0), out_fg=(255, 255, 255), sub=hexc("#737373"),
                    link=hexc("#00376b"), bar=(255, 255, 255), field=hexc("#efefef")),
        True: dict(bg=(0, 0, 0), head=(0, 0, 0), head_fg=(245, 245, 245), out=hexc("#3797f0"),
                   inc=hexc("#262626"), fg=(245, 245, 245), out_fg=(255, 255, 255), sub=hexc("#a8a8a8"),
                   link=hexc("#e0f1ff"), bar=(0, 0, 0), field=hexc("#262626")),
    },
    "sms": {
        False: dict(bg=(255, 255, 255), head=hexc("#f3f6fc"), head_fg=hexc("#1f1f1f"), out=hexc("#d3e3fd"),
                    inc=hexc("#f1f3f4"), fg=hexc("#1f1f1f"), sub=hexc("#5f6368"), link=hexc("#0b57d0"),
                    bar=(255, 255, 255), field=hexc("#f1f3f4")),
        True: dict(bg=hexc("#1f1f1f"), head=hexc("#2a2a2c"), head_fg=hexc("#e3e3e3"), out=hexc("#004a77"),
                   inc=hexc("#303134"), fg=hexc("#e3e3e3"), sub=hexc("#9aa0a6"), link=hexc("#a8c7fa"),
                   bar=hexc("#1f1f1f"), field=hexc("#303134")),
    },
}

NAME_COLS = [hexc(h) for h in ["#e542a3", "#1f7aec", "#d3396d", "#35cd96", "#fe7c7f", "#6bcbef", "#fa6533",
                               "#a62c71", "#02a698", "#c48c00"]]


def _msg_list(rng, p, n_msgs, kinds, group_members):
    msgs = []
    used = set()
    slots = sorted(rng.sample(range(n_msgs), min(len(kinds), n_msgs)))
    ki = 0
    for i in range(n_msgs):
        for _try in range(6):
            if ki < len(kinds) and i == slots[ki]:
                runs = frag(rng, p, kinds[ki])
            else:
                runs = neutral(rng)
            key = "".join(t for t, k in runs if not k)
            if key not in used:
                break
        used.add(key)
        if ki < len(kinds) and i == slots[ki]:
            ki += 1
        out = rng.chance(0.5)
        sender = None
        if not out and group_members:
            prev = msgs[-1] if msgs else None
            if prev and not prev["out"] and prev["sender"] and rng.chance(0.55):
                sender = prev["sender"]
            else:
                sender = rng.choice(group_members)
        msgs.append(dict(runs=runs, out=out, sender=sender))
    return msgs


def _time(rng, h24):
    if h24:
        return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))
    return "%d:%02d %s" % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(["am", "pm"]))


def scene_chat(rng, ctx):
    app = ctx["app"]
    dark = ctx["dark"]
    p = make_person(rng)
    ios = app == "imessage" or (app in ("whatsapp", "instagram") and rng.chance(0.5))
    land = app in ("whatsapp", "sms") and rng.chance(0.12)
    W, H = ui.phone_size(rng, land)
    s = ui.ui_scale(W, H, ios)
    th = THEMES[app][dark]
    cv = Canvas(W, H, th["bg"], mode="RGB")
    d = cv.d
    h24 = p.region not in ("US", "CA") and rng.chance(0.6)
    group = app in ("whatsapp", "imessage") and rng.chance(0.2)
    contact = p.friends[0]
    members = []
    if group:
        members = ["%s" % f[0] if rng.chance(0.6) else "%s %s" % f for f in p.friends[1:rng.randint(3, 4)]]
    # ---- background pattern (whatsapp doodles)
    if app == "whatsapp":
        pc = mix(th["bg"], (128, 128, 128), 0.07)
        for _ in range(int(W * H / (2600 * s * s))):
            x, y = rng.uniform(0, W), rng.uniform(0, H)
            r = rng.uniform(3, 9) * s
            if rng.chance(0.5):
                d.ellipse([x - r, y - r, x + r, y + r], outline=pc, width=max(1, int(s)))
            else:
                d.line([(x - r, y), (x + r, y + r * 0.5)], fill=pc, width=max(1, int(s)))
    # ---- header geometry
    sb_h = 44 * s if ios else 26 * s
    head_h = (56 * s if app != "imessage" else 74 * s) + sb_h
    n_leaks = rng.randint(3, 6)
    fontname = {"whatsapp": "DejaVuSans", "imessage": rng.choice(["LiberationSans-Regular", "FreeSans"]),
                "instagram": rng.choice(["LiberationSans-Regular", "DejaVuSansCondensed"]),
                "sms": rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans"])}[app]
    fsize = rng.uniform(14.5, 17) * s
    font = F(fontname, fsize)
    bfont = F(FAMILIES["sansb"][FAMILIES["sans"].index(fontname)] if fontname in FAMILIES["sans"]
              else "DejaVuSans-Bold", fsize * 0.9)
    kinds = pick_kinds(rng, n_leaks)
    msgs = _msg_list(rng, p, rng.randint(8, 15), kinds, members)
    # ---- input bar
    bar_h = 58 * s + (34 * s if ios else 0)
    d.rectangle([0, H - bar_h, W, H], fill=th["bar"])
    fy0 = H - bar_h + 9 * s
    d.rounded_rectangle([12 * s, fy0, W - 64 * s, fy0 + 40 * s], radius=20 * s, fill=th["field"],
                        outline=None if app != "imessage" else th["sub"])
    ph = {"whatsapp": "Message", "imessage": "iMessage", "instagram": "Message...", "sms": "Text message"}[app]
    cv.text((30 * s, fy0 + 20 * s), ph, F(fontname, 15 * s), th["sub"], anchor="lm")
    ui.circle_icon(cv, W - 34 * s, fy0 + 20 * s, 20 * s, th["head"] if app == "whatsapp" else th["out"],
                   "\u25b6" if app != "whatsapp" else "\u25cf", s=s)
    if ios:
        ui.bottom_bar(cv, s, th["fg"], True)
    # ---- layout messages bottom-up
    pad_x, pad_y = 11 * s, 7 * s
    asc, desc = font.getmetrics()
    lh = int((asc + desc) * 1.12)
    maxw = W * (0.7 if not land else 0.5) - 2 * pad_x

    def font_for(st):
        return bfont if st == "b" else font

    def fill_for_out(st):
        if st == "link":
            return th["link"] if app in ("whatsapp", "sms") else th.get("out_fg", th["fg"])
        return th.get("out_fg", th["fg"])

    def fill_for_in(st):
        if st == "link":
            return th["link"]
        return th["fg"]

    prev_sender = None
    for m in msgs:
        m["label"] = m["sender"] if (m["sender"] and m["sender"] != prev_sender) else None
        prev_sender = m["sender"] if not m["out"] else None
    blocks = []
    show_time = app in ("whatsapp", "sms")
    tfont = F(fontname, 11 * s)
    for m in msgs:
        runs = [(t, k, "link" if k in LINKY and app != "instagram" else None) for t, k in m["runs"]]
        lines = wrap_runs(runs, font_for, maxw)
        lw = max(line_width(l, font_for) for l in lines)
        tt = _time(rng, h24)
        tw = tfont.getlength(tt) + (22 * s if m["out"] and app == "whatsapp" else 0)
        label_h = 0
        if m["label"]:
            label_h = lh * 0.95
            lw = max(lw, bfont.getlength(m["label"]))
        bw = lw + 2 * pad_x
        bh = len(lines) * lh + 2 * pad_y + label_h
        if show_time:
            last_w = line_width(lines[-1], font_for)
            if last_w + tw + 8 * s > maxw:
                bh += 14 * s
            else:
                bw = max(bw, last_w + tw + 2 * pad_x + 8 * s)
            bw = max(bw, tw + 2 * pad_x)
        blocks.append(dict(m=m, lines=lines, bw=bw, bh=bh, label_h=label_h, time=tt))
    gap = 5 * s
    y = H - bar_h - 10 * s
    placed = []
    top_limit = head_h + 40 * s
    for b in reversed(blocks):
        ytop = y - b["bh"]
        extra = 0
        if app == "imessage" and b["m"]["sender"]:
            extra = 0
        if ytop < top_limit:
            break
        placed.append((b, ytop))
        y = ytop - gap - (6 * s if rng.chance(0.25) else 0)
    # day chip
    chip = rng.choice(["TODAY", "Today", "Yesterday", "%s" % rng.choice(DAYS)]) if app != "imessage" else \
        "%s %s" % (rng.choice(["Today", "Yesterday", rng.choice(DAYS)]), _time(rng, h24))
    cfont = F(fontname, 12 * s)
    cw = cfont.getlength(chip) + 20 * s
    cy = y - 16 * s
    if cy > head_h + 12 * s:
        if app == "whatsapp":
            d.rounded_rectangle([W / 2 - cw / 2, cy - 12 * s, W / 2 + cw / 2, cy + 12 * s], radius=7 * s,
                                fill=th["inc"])
        cv.text((W / 2, cy), chip, cfont, th["sub"], anchor="mm")
    # draw
    for b, ytop in placed:
        m = b["m"]
        out = m["out"]
        if out:
            x1 = W - 12 * s
            x0 = x1 - b["bw"]
        else:
            x0 = 12 * s + (0 if not (group and app == "imessage") else 34 * s)
            x1 = x0 + b["bw"]
        col = th["out"] if out else th["inc"]
        r = {"whatsapp": 8 * s, "imessage": 18 * s, "instagram": 20 * s, "sms": 18 * s}[app]
        r = min(r, b["bh"] / 2)
        tail = None
        if app == "whatsapp":
            tail = "right" if out else "left"
        elif app == "imessage":
            tail = "br" if out else "bl"
        ui.bubble(cv, x0, ytop, x1, ytop + b["bh"], r, col, tail, s)
        if group and app == "imessage" and not out:
            ui.avatar(cv, 12 * s + 14 * s, ytop + b["bh"] - 14 * s, 14 * s, m["sender"] or "?", rng)
        ty = ytop + pad_y
        if m["label"]:
            sc = rng.choice(NAME_COLS) if app == "whatsapp" else th["sub"]
            cv.text((x0 + pad_x, ty + asc * 0.9), m["label"], bfont, sc, kind="PERSON", anchor="ls")
            ty += b["label_h"]
        draw_lines(cv, x0 + pad_x, ty + asc, b["lines"], font_for, fill_for_out if out else fill_for_in, lh)
        if show_time:
            tcol = mix(col, th["fg"], 0.55) if not dark else mix(col, (255, 255, 255), 0.55)
            tx = x1 - pad_x - (22 * s if out and app == "whatsapp" else 0)
            cv.text((tx, ytop + b["bh"] - 5 * s), b["time"], tfont, tcol, anchor="rs")
            if out and app == "whatsapp":
                ui.ticks(cv, x1 - pad_x - 16 * s, ytop + b["bh"] - 9 * s, s, hexc("#53bdeb"))
    if placed and placed[0][0]["m"]["out"] and app in ("imessage", "instagram"):
        b, ytop = placed[0]
        cv.text((W - 14 * s, ytop + b["bh"] + 3 * s), rng.choice(["Delivered", "Read", "Seen"]),
                F(fontname, 11 * s), th["sub"], anchor="ra")
    # ---- header (drawn last, on top)
    d.rectangle([0, 0, W, head_h], fill=th["head"])
    ui.status_bar(cv, s, th["head_fg"] if app == "whatsapp" and not dark else th["head_fg"], rng, ios,
                  height=sb_h)
    hy = sb_h + (head_h - sb_h) / 2
    hf = F(rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold"]), 16.5 * s)
    sf = F(fontname, 12.5 * s)
    ui.back_arrow(cv, 10 * s, hy, s, th["head_fg"] if app != "imessage" else th["link"])
    if group:
        gname_runs = rng.choice([
            [(p.club, "ORG")],
            [(p.year, "AGE"), (" besties", None)],
            [("the squad", None)],
            [(p.school_short, "SCHOOL"), (" " + rng.choice(["gang", "crew", "girls", "boys"]), None)],
            [("bday party planning", None)],
        ])
        title_runs = gname_runs
        sub_runs = []
        for i, mname in enumerate(members):
            sub_runs.append((mname, "PERSON"))
            sub_runs.append((", ", None))
        sub_runs.append(("You", None))
    else:
        cname = "%s %s" % contact if rng.chance(0.55) else contact[0]
        title_runs = [(cname, "PERSON")]
        if app == "instagram":
            h2 = handle_for(rng, contact[0], contact[1], p.yob)
            sub_runs = [(h2, "HANDLE")]
        elif app == "sms" and rng.chance(0.4):
            num = p.mobile
            title_runs = [(num, "PHONE")]
            sub_runs = [("Mobile", None)]
        elif app == "whatsapp":
            sub_runs = [(rng.choice(["online", "typing...", "last seen today at %s" % _time(rng, h24)]), None)]
        else:
            sub_runs = []
    if app == "imessage":
        ui.avatar(cv, W / 2, sb_h + 24 * s, 20 * s, title_runs[0][0] if not group else "G", rng)
        tw = sum(F("DejaVuSans", 12 * s).getlength(t) for t, k in title_runs)
        cv.runs(W / 2 - tw / 2, sb_h + 62 * s, [(t, k, F("DejaVuSans", 12 * s), th["head_fg"]) for t, k in title_runs])
        if group:
            sf2 = F("DejaVuSans", 10 * s)
            sw = sum(sf2.getlength(t) for t, k in sub_runs)
            if sw < W * 0.9:
                cv.runs(W / 2 - sw / 2, sb_h + 72 * s, [(t, k, sf2, th["sub"]) for t, k in sub_runs])
    else:
        ax = 52 * s
        if app != "sms":
            ui.avatar(cv, ax, hy, 18 * s, title_runs[0][0], rng)
            tx = ax + 28 * s
        else:
            tx = 42 * s
        fg = th["head_fg"]
        avail = W - tx - 110 * s
        # shrink title if needed
        tfsz = 16.5 * s
        while sum(F("DejaVuSans-Bold", tfsz).getlength(t) for t, k in title_runs) > avail and tfsz > 9 * s:
            tfsz -= 1
        hf = F("DejaVuSans-Bold", tfsz)
        if sub_runs:
            cv.runs(tx, hy - 2 * s, [(t, k, hf, fg) for t, k in title_runs])
            sw = sum(sf.getlength(t) for t, k in sub_runs)
            srun = sub_runs
            if sw > avail:
                # keep as many members as fit
                srun = []
                acc = 0
                for t, k in sub_runs:
                    if acc + sf.getlength(t) > avail - sf.getlength("...") :
                        break
                    srun.append((t, k))
                    acc += sf.getlength(t)
                while srun and srun[-1][1] is None:
                    srun.pop()
                srun.append(("...", None))
            cv.runs(tx, hy + 16 * s, [(t, k, sf, mix(fg, th["head"], 0.25)) for t, k in srun])
        else:
            cv.runs(tx, hy + 6 * s, [(t, k, hf, fg) for t, k in title_runs])
        ui.icon_video(cv, W - 88 * s, hy, s, fg)
        ui.icon_phone(cv, W - 52 * s, hy, s, fg)
        ui.icon_dots(cv, W - 18 * s, hy, s, fg)
    return cv, dict(region=p.region, app=app, dark=dark)


# ---------------------------------------------------------------- discord


def scene_discord(rng, ctx):
    dark = ctx["dark"]
    p = make_person(rng)
    land = rng.chance(0.2)
    W, H = ui.phone_size(rng, land)
    s = ui.ui_scale(W, H, False)
    bg = hexc("#313338") if dark else (255, 255, 255)
    fg = hexc("#dbdee1") if dark else hexc("#313338")
    sub = hexc("#949ba4") if dark else hexc("#5c5e66")
    head = hexc("#2b2d31") if dark else hexc("#f2f3f5")
    cv = Canvas(W, H, bg, mode="RGB")
    d = cv.d
    fn = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans"])
    font = F(fn, 15 * s)
    bfont = F("DejaVuSans-Bold", 15 * s)
    asc, desc = font.getmetrics()
    lh = int((asc + desc) * 1.15)
    users = [p.handle] + [handle_for(rng, f[0], f[1], p.yob) for f in p.friends[:rng.randint(2, 3)]]
    ucols = [hexc(h) for h in ["#f47fff", "#5865f2", "#3ba55c", "#faa61a", "#ed4245", "#eb459e"]]
    kinds = pick_kinds(rng, rng.randint(3, 6))
    msgs = _msg_list(rng, p, rng.randint(7, 12), kinds, None)
    sb = ui.status_bar(cv, s, fg, rng, False)
    head_h = sb + 52 * s
    bar_h = 64 * s
    x_text = 70 * s
    maxw = W - x_text - 16 * s
    blocks = []
    last_user = None
    for m in msgs:
        u = rng.choice(users) if rng.chance(0.35) or last_user is None else last_user
        lines = wrap_runs([(t, k, "link" if k == "URL" else None) for t, k in m["runs"]], lambda st: font, maxw)
        new = u != last_user
        hgt = len(lines) * lh + (lh * 1.1 + 14 * s if new else 4 * s)
        blocks.append(dict(u=u, lines=lines, new=new, h=hgt))
        last_user = u
    y = H - bar_h - 10 * s
    placed = []
    for b in reversed(blocks):
        if y - b["h"] < head_h + 8 * s:
            break
        y -= b["h"]
        placed.append((b, y))
    # ensure first placed block (topmost) shows its author
    if placed:
        b, yy = placed[-1]
        if not b["new"]:
            b["new"] = True
            extra = lh * 1.1 + 10 * s
            if yy - extra < head_h + 8 * s:
                placed.pop()
            else:
                placed[-1] = (b, yy - extra)
                b["h"] += extra
    tf = F(fn, 11 * s)
    for b, yy in placed:
        yb = yy + (14 * s if b["new"] else 4 * s)
        if b["new"]:
            ci = users.index(b["u"]) % len(ucols)
            ui.avatar(cv, 36 * s, yb + 18 * s, 19 * s, b["u"], rng, col=ucols[ci])
            cv.text((x_text, yb + asc), b["u"], bfont, ucols[ci] if dark or rng.chance(0.5) else fg,
                    kind="HANDLE", anchor="ls")
            ux = x_text + bfont.getlength(b["u"]) + 8 * s
            cv.text((ux, yb + asc), "%s at %s" % (rng.choice(["Today", "Yesterday"]), _time(rng, False)), tf, sub,
                    anchor="ls")
            yb += lh * 1.1
        draw_lines(cv, x_text, yb + asc, b["lines"], lambda st: font,
                   lambda st: hexc("#00a8fc") if st == "link" else fg, lh)
    d.rectangle([0, 0, W, head_h], fill=head)
    ui.status_bar(cv, s, fg, rng, False)
    hy = sb + 26 * s
    for i in range(3):
        d.rectangle([12 * s, hy - 7 * s + i * 6 * s, 30 * s, hy - 5.5 * s + i * 6 * s], fill=fg)
    chan = rng.choice([[("# general", None)], [("# homework-help", None)], [("# memes", None)],
                       [("@", None), (users[1], "HANDLE")], [("# ", None), (p.year.lower().replace(" ", "-"), "AGE"),
                                                           ("-chat", None)]])
    cv.runs(44 * s, hy + 6 * s, [(t, k, F("DejaVuSans-Bold", 16 * s), fg) for t, k in chan])
    srv = rng.choice([[(p.club, "ORG"), (" server", None)], [("Minecraft SMP", None)],
                      [(p.school_short, "SCHOOL"), (" " + rng.choice(["gamers", "class", "hangout"]), None)],
                      [("homework squad", None)]])
    cv.runs(44 * s, hy + 22 * s, [(t, k, F(fn, 11 * s), sub) for t, k in srv])
    ui.icon_search(cv, W - 24 * s, hy, s, fg)
    d.rectangle([0, H - bar_h, W, H], fill=bg)
    d.rounded_rectangle([56 * s, H - bar_h + 10 * s, W - 14 * s, H - 12 * s], radius=20 * s,
                        fill=hexc("#383a40") if dark else hexc("#ebedef"))
    ui.circle_icon(cv, 30 * s, H - bar_h / 2 - 1 * s, 17 * s, hexc("#404249") if dark else hexc("#e3e5e8"), "+", fg, s)
    cv.text((72 * s, H - bar_h / 2 - 1 * s), "Message " + chan[0][0] if chan[0][0] != "@" else "Message",
            F(fn, 14 * s), sub, anchor="lm")
    return cv, dict(region=p.region, app="discord", dark=dark)


# ------------------------------------------------------------ game screens

GAME_THEMES = [
    dict(bg1=hexc("#1b1f3b"), bg2=hexc("#3a1c71"), card=hexc("#262b52"), acc=hexc("#ffcc00"), fg=(255, 255, 255)),
    dict(bg1=hexc("#0f2027"), bg2=hexc("#2c5364"), card=hexc("#17323d"), acc=hexc("#00e5ff"), fg=(240, 250, 255)),
    dict(bg1=hexc("#2d0b00"), bg2=hexc("#7a1f00"), card=hexc("#3e1a0c"), acc=hexc("#ff8a00"), fg=(255, 245, 235)),
    dict(bg1=hexc("#e8f0ff"), bg2=hexc("#c9dcff"), card=(255, 255, 255), acc=hexc("#3b5bdb"), fg=hexc("#16213e")),
    dict(bg1=hexc("#10361f"), bg2=hexc("#1e6b3a"), card=hexc("#164a2b"), acc=hexc("#a3ff5c"), fg=(240, 255, 240)),
    dict(bg1=hexc("#fdf0f6"), bg2=hexc("#f7c6dc"), card=(255, 255, 255), acc=hexc("#d6336c"), fg=hexc("#3b1029")),
]


def _game_bg(rng, W, H, th):
    from common import gradient
    im = gradient(W, H, th["bg1"], th["bg2"], vertical=rng.chance(0.5))
    return im


def scene_game_profile(rng, ctx):
    p = make_person(rng)
    land = rng.chance(0.3)
    W, H = ui.phone_size(rng, land)
    s = ui.ui_scale(W, H, False)
    th = rng.choice(GAME_THEMES)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(_game_bg(rng, W, H, th))
    d = cv.d
    fg, acc = th["fg"], th["acc"]
    sub = mix(fg, th["card"], 0.4)
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSansNarrow-Bold", "FreeSansBold", "DejaVuSansCondensed-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    sb = ui.status_bar(cv, s, fg, rng, False) if not land else 0
    game = rng.choice(["BlockQuest", "Starfall Arena", "Pixel Kart", "SkyRealm", "Galaxy Pets", "Fort Frenzy",
                       "Dragon Dash", "Candy Kingdoms"])
    cv.text((16 * s, sb + 26 * s), game.upper(), F(fb, 18 * s), acc, anchor="lm")
    cv.text((W - 16 * s, sb + 26 * s), "PROFILE", F(fb, 13 * s), sub, anchor="rm")
    top = sb + 54 * s
    if land:
        colw = W * 0.42
    else:
        colw = W
    # card
    d.rounded_rectangle([12 * s, top, colw - 12 * s, top + 150 * s], radius=14 * s, fill=th["card"])
    ui.avatar(cv, 60 * s, top + 58 * s, 38 * s, p.handle, rng)
    tag = p.handle if rng.chance(0.7) else p.handles[1]
    tsz = 20 * s
    while F(fb, tsz).getlength(tag) > colw - 140 * s and tsz > 10 * s:
        tsz -= 1
    cv.text((112 * s, top + 44 * s), tag, F(fb, tsz), fg, kind="HANDLE", anchor="ls")
    lvl = rng.randint(3, 180)
    cv.text((112 * s, top + 68 * s), "Level %d  \u2022  %s" % (lvl, rng.choice(["Online", "In menu", "Away"])),
            F(fr, 12 * s), sub, anchor="ls")
    d.rounded_rectangle([112 * s, top + 78 * s, colw - 28 * s, top + 86 * s], radius=4 * s, fill=mix(th["card"], fg, 0.15))
    d.rounded_rectangle([112 * s, top + 78 * s, 112 * s + (colw - 140 * s) * rng.uniform(0.1, 0.95), top + 86 * s],
                        radius=4 * s, fill=acc)
    # bio line
    bio_kinds = rng.sample(["PERSON", "AGE", "LOCATION", "SCHOOL", "DATE_OF_BIRTH", "AGE", "PERSON"], rng.randint(2, 4))
    runs = []
    for k in bio_kinds:
        if k == "PERSON":
            runs.append((p.first if rng.chance(0.6) else p.full, "PERSON"))
        elif k == "AGE":
            runs.append((rng.choice(["%d" % p.age, "%d y/o" % p.age, p.year, "age %d" % p.age]), "AGE"))
        elif k == "LOCATION":
            runs.append((rng.choice([p.loc, p.town]), "LOCATION"))
        elif k == "SCHOOL":
            runs.append((p.school_short, "SCHOOL"))
        elif k == "DATE_OF_BIRTH":
            runs.append(("bday ", None))
            runs.append((fmt_day_month(rng, p.region, p.dob[1], p.dob[2]), "DATE_OF_BIRTH"))
        runs.append((rng.choice([" | ", " \u2022 ", " / ", "  "]), None))
    runs = runs[:-1]
    bf, lines = fit_wrap(runs, fr, 13.5 * s, colw - 56 * s, 2 * 13.5 * s * 1.3 + 1, 1.3)
    cv.text((28 * s, top + 112 * s), "Bio", F(fb, 11 * s), sub, anchor="ls")
    by = top + 132 * s
    draw_lines(cv, 28 * s, by, lines, lambda st: bf, lambda st: fg, min(18 * s, bf.size * 1.3))
    y = top + 150 * s + 14 * s
    if land:
        x0, y = colw + 6 * s, sb + 54 * s
        wcol = W - colw - 18 * s
    else:
        x0 = 12 * s
        wcol = W - 24 * s
    # stats grid
    stats = [("Wins", str(rng.randint(3, 900))), ("Matches", str(rng.randint(50, 3000))),
             ("K/D", "%.2f" % rng.uniform(0.3, 3.5)), ("Friends", str(rng.randint(2, 300)))]
    cw = wcol / 4
    d.rounded_rectangle([x0, y, x0 + wcol, y + 64 * s], radius=12 * s, fill=th["card"])
    for i, (a, b) in enumerate(stats):
        cx = x0 + cw * (i + 0.5)
        cv.text((cx, y + 26 * s), b, F(fb, 18 * s), acc, anchor="mm")
        cv.text((cx, y + 48 * s), a, F(fr, 11 * s), sub, anchor="mm")
    y += 76 * s
    # linked accounts
    rows = []
    if rng.chance(0.3):
        rows.append(("Discord", p.handles[min(1, len(p.handles) - 1)], "HANDLE"))
    if rng.chance(0.8):
        rows.append(("Channel", p.url, "URL"))
    if rng.chance(0.4):
        rows.append(("Clan", p.club if rng.chance(0.5) else p.school_short, "ORG" if rng.chance(0.5) else None))
    if rng.chance(0.3):
        rows.append(("Email", p.email, "EMAIL"))
    if rows:
        rh = 40 * s
        d.rounded_rectangle([x0, y, x0 + wcol, y + rh * len(rows) + 30 * s], radius=12 * s, fill=th["card"])
        cv.text((x0 + 14 * s, y + 18 * s), "LINKED", F(fb, 11 * s), sub, anchor="lm")
        for i, (lab, val, k) in enumerate(rows):
            yy = y + 30 * s + rh * i + rh / 2
            cv.text((x0 + 14 * s, yy), lab, F(fr, 13 * s), sub, anchor="lm")
            vf = F(fr, 13 * s)
            vx = x0 + 100 * s
            sz = 13 * s
            while vf.getlength(val) > wcol - 112 * s and sz > 7 * s:
                sz -= 0.5
                vf = F(fr, sz)
            if k == "ORG" and val == p.school_short:
                k = "SCHOOL"
            if lab == "Clan" and k is None:
                k = "ORG" if val == p.club else "SCHOOL"
            cv.text((vx, yy), val, vf, fg, kind=k, anchor="lm")
        y += rh * len(rows) + 42 * s
    # QR friend code
    if ctx.get("qr"):
        payload, leaks = personal_qr(rng, p, ctx["qr"])
        from common import qr_module_count
        n = qr_module_count(payload)
        if land:
            x0, wcol = 12 * s, colw - 24 * s
            y = top + 150 * s + 10 * s
        avail_h = H - y - 50 * s
        mod = int(min(wcol * 0.6, avail_h) / (n + 6))
        mod = max(mod, 4)
        size = (n + 6) * mod
        qx = x0 + (wcol - size) / 2
        d.rounded_rectangle([qx - 10 * s, y, qx + size + 10 * s, y + size + 40 * s], radius=12 * s,
                            fill=(255, 255, 255))
        cv.qr(qx, y + 6 * s, payload, mod, leaks=leaks)
        cv.text((qx + size / 2, y + size + 24 * s), "Scan to add me!", F(fb, 12 * s), (30, 30, 30), anchor="mm")
        y += size + 50 * s
    # recent matches if space
    while y + 50 * s < H - 20 * s:
        d.rounded_rectangle([x0, y, x0 + wcol, y + 42 * s], radius=10 * s, fill=th["card"])
        res = rng.choice(["Victory", "Defeat", "2nd place", "Top 5"])
        cv.text((x0 + 14 * s, y + 21 * s), res, F(fb, 13 * s), acc if res == "Victory" else fg, anchor="lm")
        cv.text((x0 + wcol - 14 * s, y + 21 * s), "%d elim  \u2022  %dm ago" % (rng.randint(0, 14), rng.randint(2, 59)),
                F(fr, 12 * s), sub, anchor="rm")
        y += 50 * s
    return cv, dict(region=p.region)


def scene_friend_list(rng, ctx):
    p = make_person(rng)
    land = rng.chance(0.3)
    W, H = ui.phone_size(rng, land)
    s = ui.ui_scale(W, H, False)
    th = rng.choice(GAME_THEMES)
    cv = Canvas(W, H, th["bg1"], mode="RGB")
    cv.im.paste(_game_bg(rng, W, H, th))
    d = cv.d
    fg, acc = th["fg"], th["acc"]
    sub = mix(fg, th["card"], 0.45)
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSansNarrow-Bold", "FreeSansBold", "DejaVuSansCondensed-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    sb = ui.status_bar(cv, s, fg, rng, False) if not land else 4 * s
    nfr = rng.randint(8, 60)
    cv.text((16 * s, sb + 28 * s), "Friends (%d)" % nfr, F(fb, 20 * s), fg, anchor="lm")
    cv.text((W - 16 * s, sb + 28 * s), "+ Add", F(fb, 14 * s), acc, anchor="rm")
    y = sb + 52 * s
    d.rounded_rectangle([12 * s, y, W - 12 * s, y + 36 * s], radius=18 * s, fill=th["card"])
    ui.icon_search(cv, 34 * s, y + 18 * s, s * 0.8, sub)
    cv.text((50 * s, y + 18 * s), "Search friends", F(fr, 13 * s), sub, anchor="lm")
    y += 48 * s
    cols = 2 if land else 1
    colw = (W - 24 * s) / cols
    rh = 58 * s
    ci = 0
    rows_per_col = int((H - y - 16 * s) // rh)
    n = min(rows_per_col * cols, rng.randint(4, 6))
    section = rng.chance(0.35)
    friends = p.friends[:]
    for i in range(n):
        col = i // rows_per_col if cols > 1 else 0
        row = i % rows_per_col if cols > 1 else i
        x0 = 12 * s + col * colw
        yy = y + row * rh
        f = friends[i % len(friends)]
        tag = handle_for(rng, f[0], f[1], p.yob)
        d.rounded_rectangle([x0, yy, x0 + colw - 8 * s, yy + rh - 8 * s], radius=10 * s, fill=th["card"])
        ui.avatar(cv, x0 + 28 * s, yy + (rh - 8 * s) / 2, 18 * s, tag, rng)
        online = rng.chance(0.5)
        d.ellipse([x0 + 40 * s, yy + 32 * s, x0 + 50 * s, yy + 42 * s],
                  fill=hexc("#3ba55c") if online else hexc("#747f8d"))
        tf = F(fb, 14.5 * s)
        cv.text((x0 + 56 * s, yy + 22 * s), tag, tf, fg, kind="HANDLE", anchor="ls")
        tx = x0 + 56 * s + tf.getlength(tag) + 6 * s
        if rng.chance(0.15) and tx + 120 * s < x0 + colw:
            note = rng.choice(["(%s)" % f[0], "(%s from school)" % f[0], "(%s %s)" % f, "(cousin %s)" % f[0]])
            nm = f[0] if "%s %s" % f not in note else "%s %s" % f
            pre, post = note.split(nm, 1)
            cv.runs(tx, yy + 22 * s, [(pre, None, F(fr, 12 * s), sub), (nm, "PERSON", F(fr, 12 * s), sub),
                                      (post, None, F(fr, 12 * s), sub)])
        st = rng.choice(["Online \u2022 In lobby", "Online \u2022 Playing Creative", "Offline \u2022 %dh ago" % rng.randint(1, 23),
                         "Away", "Offline \u2022 %dd ago" % rng.randint(1, 9)]) if not online else \
            rng.choice(["Online \u2022 In lobby", "Online \u2022 Playing Ranked", "Online"])
        cv.text((x0 + 56 * s, yy + 40 * s), st, F(fr, 11.5 * s), sub, anchor="ls")
    y += (min(n, rows_per_col) if cols > 1 else n) * rh + 6 * s
    if section and y + 90 * s < H:
        cv.text((16 * s, y + 14 * s), "FRIEND REQUESTS", F(fb, 12 * s), sub, anchor="lm")
        y += 28 * s
        f = name(rng, p.region)
        tag = handle_for(rng, f[0], f[1], p.yob)
        d.rounded_rectangle([12 * s, y, W - 12 * s, y + 50 * s], radius=10 * s, fill=th["card"])
        ui.avatar(cv, 40 * s, y + 25 * s, 18 * s, tag, rng)
        cv.text((68 * s, y + 30 * s), tag, F(fb, 14 * s), fg, kind="HANDLE", anchor="ls")
        d.rounded_rectangle([W - 100 * s, y + 12 * s, W - 24 * s, y + 38 * s], radius=8 * s, fill=acc)
        cv.text((W - 62 * s, y + 25 * s), "Accept", F(fb, 12 * s), th["card"], anchor="mm")
    return cv, dict(region=p.region)


def scene_lobby(rng, ctx):
    p = make_person(rng)
    W, H = ui.phone_size(rng, True)
    s = ui.ui_scale(W, H, False)
    th = rng.choice(GAME_THEMES)
    cv = Canvas(W, H, th["bg1"], mode="RGB")
    cv.im.paste(_game_bg(rng, W, H, th))
    d = cv.d
    fg, acc = th["fg"], th["acc"]
    sub = mix(fg, th["card"], 0.45)
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSansNarrow-Bold", "FreeSansBold", "DejaVuSansCondensed-Bold"])
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    mode = rng.choice(["SQUADS \u2022 RANKED", "DUOS \u2022 CASUAL", "PARTY LOBBY", "CUSTOM MATCH", "TEAM DEATHMATCH"])
    cv.text((20 * s, 26 * s), mode, F(fb, 18 * s), acc, anchor="lm")
    cv.text((W - 20 * s, 26 * s), "Starting in 0:%02d" % rng.randint(5, 59), F(fb, 14 * s), fg, anchor="rm")
    nteam = 2
    per = rng.randint(2, 3)
    left = 16 * s
    panel_w = (W * 0.62 - left) / nteam
    top = 56 * s
    rh = 46 * s
    tags = [p.handle] + [handle_for(rng, f[0], f[1], p.yob) for f in p.friends[:nteam * per - 1]]
    rng.shuffle(tags)
    for t in range(nteam):
        x0 = left + t * panel_w
        d.rounded_rectangle([x0, top, x0 + panel_w - 10 * s, top + 30 * s + per * rh], radius=10 * s, fill=th["card"])
        cv.text((x0 + 12 * s, top + 16 * s), "TEAM %s" % "AB"[t], F(fb, 12 * s), sub, anchor="lm")
        for i in range(per):
            tag = tags[t * per + i]
            yy = top + 30 * s + i * rh
            ui.avatar(cv, x0 + 26 * s, yy + rh / 2, 15 * s, tag, rng)
            tsz = 13 * s
            while F(fb, tsz).getlength(tag) > panel_w - 110 * s and tsz > 7 * s:
                tsz -= 0.5
            cv.text((x0 + 48 * s, yy + rh / 2 - 2 * s), tag, F(fb, tsz), fg, kind="HANDLE", anchor="ls")
            cv.text((x0 + 48 * s, yy + rh / 2 + 12 * s), "Lv %d" % rng.randint(1, 99), F(fr, 10 * s), sub, anchor="ls")
            ready = rng.chance(0.7)
            cv.text((x0 + panel_w - 20 * s, yy + rh / 2), "READY" if ready else "...", F(fb, 10 * s),
                    acc if ready else sub, anchor="rm")
    # chat panel
    cx0 = W * 0.62 + 8 * s
    d.rounded_rectangle([cx0, top, W - 16 * s, H - 16 * s], radius=10 * s, fill=mix(th["card"], (0, 0, 0), 0.2))
    cv.text((cx0 + 12 * s, top + 16 * s), "LOBBY CHAT", F(fb, 12 * s), sub, anchor="lm")
    kinds = pick_kinds(rng, rng.randint(2, 3))
    msgs = _msg_list(rng, p, rng.randint(2, 4), kinds, None)
    cf = F(fr, 12 * s)
    cfb = F(fb, 12 * s)
    asc, desc = cf.getmetrics()
    lh = int((asc + desc) * 1.2)
    maxw = W - 16 * s - cx0 - 24 * s
    blocks = []
    for m in msgs:
        u = rng.choice(tags[:4])
        runs = [(u + ": ", "HANDLE_SENDER", "b")] + [(t, k, None) for t, k in m["runs"]]
        lines = wrap_runs(runs, lambda st: cfb if st == "b" else cf, maxw)
        blocks.append((u, lines))
    y = H - 60 * s
    placed = []
    for u, lines in reversed(blocks):
        hgt = len(lines) * lh + 4 * s
        if y - hgt < top + 30 * s:
            break
        y -= hgt
        placed.append((u, lines, y))
    for u, lines, yy in placed:
        for i, ln in enumerate(lines):
            xx = cx0 + 12 * s
            for t, k, st in ln:
                f = cfb if st == "b" else cf
                if k == "HANDLE_SENDER":
                    cv.text((xx, yy + asc + i * lh), t[:-2], f, acc, kind="HANDLE", anchor="ls")
                    cv.text((xx + f.getlength(t[:-2]), yy + asc + i * lh), ": ", f, acc, anchor="ls")
                else:
                    cv.text((xx, yy + asc + i * lh), t, f, fg, kind=k, anchor="ls")
                xx += f.getlength(t)
    d.rounded_rectangle([cx0 + 8 * s, H - 52 * s, W - 24 * s, H - 24 * s], radius=8 * s, fill=th["card"])
    cv.text((cx0 + 18 * s, H - 38 * s), "Say something...", F(fr, 11 * s), sub, anchor="lm")
    # ready button
    d.rounded_rectangle([left, H - 64 * s, left + 200 * s, H - 20 * s], radius=12 * s, fill=acc)
    cv.text((left + 100 * s, H - 42 * s), "READY UP", F(fb, 16 * s), th["card"], anchor="mm")
    return cv, dict(region=p.region)


# --------------------------------------------------------------- lock screen


def scene_lock(rng, ctx):
    p = make_person(rng)
    W, H = ui.phone_size(rng, False)
    ios = rng.chance(0.55)
    s = ui.ui_scale(W, H, ios)
    cv = Canvas(W, H, (0, 0, 0), mode="RGB")
    cv.im.paste(ui.wallpaper(rng, W, H))
    d = cv.d
    fg = (255, 255, 255)
    ui.status_bar(cv, s, fg, rng, ios)
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold"])
    fl = rng.choice(["DejaVuSans-ExtraLight", "DejaVuSans", "LiberationSans-Regular", "FreeSans"])
    hh, mm = rng.randint(1, 12), rng.randint(0, 59)
    y = 80 * s if ios else 70 * s
    month = rng.randint(1, 12)
    cv.text((W / 2, y), "%s, %d %s" % (rng.choice(DAYS), rng.randint(1, 28), MONTHS[month - 1]), F(fb, 17 * s), fg,
            anchor="mm")
    cv.text((W / 2, y + 60 * s), "%d:%02d" % (hh, mm), F(fl, 78 * s), fg, anchor="mm")
    y += 130 * s
    # notifications
    nn = rng.randint(2, 4)
    app_names = ["Messages", "WhatsApp", "Snapchat", "Instagram", "School App", "Calendar", "Family Link"]
    for i in range(nn):
        app = rng.choice(app_names)
        kinds = pick_kinds(rng, 1)
        runs = frag(rng, p, kinds[0])
        who = rng.choice(["Mum", "Dad", "Nana", "Mum", "Dad", "%s" % p.friends[i][0], "%s %s" % p.friends[i + 1]])
        ff = F(rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans"]), 14 * s)
        fbb = F(fb, 14 * s)
        lines = wrap_runs(runs, lambda st: ff, W - 100 * s)
        hgt = 52 * s + len(lines) * 19 * s
        if y + hgt > H - 150 * s:
            break
        card = Image.new("RGBA", (W, H), (0, 0, 0, 0))
        from PIL import ImageDraw as _ID
        _ID.Draw(card).rounded_rectangle([14 * s, y, W - 14 * s, y + hgt], radius=18 * s, fill=(245, 245, 245, 175))
        cv.im.paste(card.convert("RGB"), (0, 0), card)
        tc = (20, 20, 20)
        d.rounded_rectangle([26 * s, y + 12 * s, 46 * s, y + 32 * s], radius=5 * s, fill=ui.AVATAR_COLS[i * 3 % 16])
        cv.text((54 * s, y + 22 * s), app.upper() if not ios else app, F(fb if ios else "DejaVuSans", 11 * s),
                (70, 70, 70), anchor="lm")
        cv.text((W - 28 * s, y + 22 * s), rng.choice(["now", "%dm ago" % rng.randint(1, 50)]), F("DejaVuSans", 11 * s),
                (90, 90, 90), anchor="rm")
        is_name = who not in ("Mum", "Dad", "Nana")
        cv.text((28 * s, y + 46 * s), who, fbb, tc, kind="PERSON" if is_name else None, anchor="ls")
        draw_lines(cv, 28 * s, y + 66 * s, lines, lambda st: ff, lambda st: tc, 19 * s)
        y += hgt + 10 * s
    # owner info / QR
    by = H - (110 * s if ios else 90 * s)
    info_f = F(rng.choice(["DejaVuSans", "LiberationSans-Regular", "DejaVuSansCondensed"]), 12.5 * s)
    owner = rng.chance(0.75)
    if ctx.get("qr"):
        payload, leaks = personal_qr(rng, p, ctx["qr"])
        from common import qr_module_count
        n = qr_module_count(payload)
        mod = max(4, int(min(W * 0.4, by - y - 60 * s) / (n + 6)))
        size = (n + 6) * mod
        qy = by - size - 40 * s
        if qy < y:
            qy = y
        cv.qr(W / 2 - size / 2, qy, payload, mod, leaks=leaks)
        cv.text((W / 2, qy + size + 14 * s), "If found, scan me", F(fb, 13 * s), fg, anchor="mm")
    if owner:
        runs = rng.choice([
            [("If found please call ", None), (p.parent_mobile, "PHONE")],
            [("Owner: ", None), (p.full, "PERSON"), (" \u2022 ", None), (p.parent_mobile, "PHONE")],
            [("This phone belongs to ", None), (p.first, "PERSON"), (". Call ", None), (p.parent_mobile, "PHONE")],
            [("If found please return to ", None), (p.addr["oneline"], "ADDRESS")],
            [("Reward if returned to ", None), (p.addr["street"], "ADDRESS"), (" \u2022 ", None), (p.parent_mobile, "PHONE")],
        ])
        lines = wrap_runs(runs, lambda st: info_f, W - 40 * s)
        lw = max(line_width(l, lambda st: info_f) for l in lines)
        draw_lines(cv, W / 2 - lw / 2, by, lines, lambda st: info_f, lambda st: fg, 17 * s)
    # flashlight/camera buttons
    for cx in (50 * s, W - 50 * s):
        d.ellipse([cx - 22 * s, H - 70 * s - 22 * s, cx + 22 * s, H - 70 * s + 22 * s], fill=(40, 40, 40))
    if ios:
        ui.bottom_bar(cv, s, fg, True)
    return cv, dict(region=p.region)


# ---------------------------------------------------------------- sign-up form


def scene_signup(rng, ctx):
    p = make_person(rng)
    W, H = ui.phone_size(rng, False)
    ios = rng.chance(0.5)
    s = ui.ui_scale(W, H, ios)
    dark = rng.chance(0.3)
    bg = hexc("#121212") if dark else rng.choice([(255, 255, 255), hexc("#f7f7fb"), hexc("#fffaf3")])
    fg = (235, 235, 235) if dark else (25, 25, 30)
    sub = (150, 150, 155) if dark else (110, 110, 120)
    field = hexc("#1f1f22") if dark else (255, 255, 255)
    acc = rng.choice([hexc("#5b5bd6"), hexc("#e8590c"), hexc("#0ca678"), hexc("#d6336c"), hexc("#1c7ed6")])
    cv = Canvas(W, H, bg, mode="RGB")
    d = cv.d
    ui.status_bar(cv, s, fg, rng, ios)
    fr = rng.choice(["DejaVuSans", "LiberationSans-Regular", "FreeSans", "DejaVuSansCondensed"])
    fb = rng.choice(["DejaVuSans-Bold", "LiberationSans-Bold", "FreeSansBold"])
    app = rng.choice(["Join BrainyBuddies", "Create your account", "Sign up to PlayZone", "Register - KidsCode Club",
                      "New player", "Create account"])
    y = (50 if ios else 36) * s
    ui.back_arrow(cv, 12 * s, y + 16 * s, s, fg)
    cv.text((W / 2, y + 16 * s), app, F(fb, 17 * s), fg, anchor="mm")
    y += 50 * s
    fields = [("First name", p.first, "PERSON"), ("Last name", p.last, "PERSON"),
              ("Username", p.handle, "HANDLE"), ("Email", p.email if rng.chance(0.6) else p.parent_email, "EMAIL"),
              ("Date of birth", dob_text(rng, p, "num"), "DATE_OF_BIRTH"),
              ("Phone", p.mobile, "PHONE"), ("School", p.school, "SCHOOL"), ("Year / Grade", p.year, "AGE"),
              ("Town / City", p.loc, "LOCATION"), ("Address", p.addr["oneline"], "ADDRESS"),
              ("Age", str(p.age), "AGE"), ("Parent's email", p.parent_email, "EMAIL"),
              ("Club / Team", p.club, "ORG"), ("Channel", p.url, "URL")]
    if rng.chance(0.7):
        fields[0] = ("Full name", p.full, "PERSON")
        del fields[1]
    rest = fields[4:]
    pri = [f for f in rest if f[2] in ("DATE_OF_BIRTH", "ADDRESS", "SCHOOL") and rng.chance(0.9)]
    oth = [f for f in rest if f not in pri]
    keep = fields[:4] + pri + rng.sample(oth, max(0, rng.randint(4, 6) - len(pri)))
    keep = fields[:4] + pri + [f for f in oth if f in keep]
    kb = rng.chance(0.45)
    bottom = H * 0.58 if kb else H - 110 * s
    fh = 62 * s
    lf = F(fr, 12 * s)
    vf = F(fr, 15.5 * s)
    focus = rng.randint(0, len(keep) - 1)
    for i, (lab, val, kind) in enumerate(keep):
        if y + fh > bottom:
            break
        cv.text((22 * s, y + 12 * s), lab, lf, sub, anchor="lm")
        bx0, by0, bx1, by1 = 18 * s, y + 22 * s, W - 18 * s, y + 54 * s
        d.rounded_rectangle([bx0, by0, bx1, by1], radius=8 * s, fill=field,
                            outline=acc if i == focus else mix(sub, bg, 0.5), width=max(1, int(1.5 * s)))
        sz = 15.5 * s
        while F(fr, sz).getlength(val) > bx1 - bx0 - 24 * s and sz > 8 * s:
            sz -= 0.5
        cv.text((bx0 + 12 * s, (by0 + by1) / 2), val, F(fr, sz), fg, kind=kind, anchor="lm")
        y += fh
    if y + fh < bottom:
        cv.text((22 * s, y + 12 * s), "Password", lf, sub, anchor="lm")
        d.rounded_rectangle([18 * s, y + 22 * s, W - 18 * s, y + 54 * s], radius=8 * s, fill=field,
                            outline=mix(sub, bg, 0.5), width=max(1, int(1.5 * s)))
        cv.text((30 * s, y + 38 * s), "\u2022" * rng.randint(6, 12), vf, fg, anchor="lm")
        y += fh
    if y + 40 * s < bottom:
        d.rectangle([20 * s, y + 6 * s, 36 * s, y + 22 * s], outline=acc, width=max(1, int(2 * s)))
        cv.text((44 * s, y + 14 * s), "I agree to the Terms", F(fr, 12 * s), sub, anchor="lm")
        y += 34 * s
    if kb:
        ui.keyboard(cv, s, dark, H * 0.6)
    else:
        d.rounded_rectangle([18 * s, H - 90 * s, W - 18 * s, H - 42 * s], radius=24 * s, fill=acc)
        cv.text((W / 2, H - 66 * s), "Sign up", F(fb, 16 * s), (255, 255, 255), anchor="mm")
    return cv, dict(region=p.region)
