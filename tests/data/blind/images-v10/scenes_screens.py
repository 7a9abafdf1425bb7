"""Phone screenshot scenes (crisp UI): chats, profiles, games, calls, lock screens, maps, forms."""
import math

from PIL import Image

import data as D
from common import Flat, Photo, font, rgb, mix, tcase, SANS, SANS_B, HAND

AV_COLORS = [(229, 115, 115), (240, 98, 146), (186, 104, 200), (121, 134, 203), (79, 195, 247), (77, 182, 172),
             (129, 199, 132), (255, 183, 77), (255, 138, 101), (161, 136, 127), (100, 181, 246), (174, 213, 129)]


def initials(name):
    p = [w for w in name.replace("-", " ").split() if w[0].isalpha()]
    return (p[0][0] + (p[-1][0] if len(p) > 1 else "")).upper() if p else "?"


def status_bar(fl, s, dark, rng, h=None):
    col = (255, 255, 255) if dark else (20, 20, 20)
    h = h or int(44 * s)
    t = rng.choice(["9:41", "7:58", "15:07", "21:34", "16:20", "8:15", "22:47", "13:02", "18:45"])
    fl.draw.text((int(24 * s), h // 2), t, font=font("sans_b", 15 * s), fill=col, anchor="lm")
    x = fl.w - int(20 * s)
    # battery
    bw, bh = int(25 * s), int(12 * s)
    fl.draw.rounded_rectangle([x - bw, h // 2 - bh // 2, x, h // 2 + bh // 2], radius=int(3 * s), outline=col, width=max(1, int(s)))
    lvl = rng.uniform(0.15, 1.0)
    fl.draw.rectangle([x - bw + int(2 * s), h // 2 - bh // 2 + int(2 * s), x - bw + int(2 * s) + int((bw - 4 * s) * lvl), h // 2 + bh // 2 - int(2 * s)],
                      fill=(240, 60, 60) if lvl < 0.2 else col)
    x -= bw + int(8 * s)
    if rng.random() < 0.5:
        fl.draw.text((x, h // 2), f"{int(lvl * 100)}%", font=font("sans", 12 * s), fill=col, anchor="rm")
        x -= int(34 * s)
    # wifi arcs
    for i in range(3):
        r = (4 + i * 4) * s
        fl.draw.arc([x - r, h // 2 + 4 * s - r, x + r, h // 2 + 4 * s + r], 225, 315, fill=col, width=max(1, int(2 * s)))
    x -= int(22 * s)
    for i in range(4):
        bh2 = (3 + i * 2.5) * s
        fl.draw.rectangle([x + i * 4 * s, h // 2 + 5 * s - bh2, x + i * 4 * s + 2.5 * s, h // 2 + 5 * s], fill=col)
    return h


def home_bar(fl, s, dark):
    col = (230, 230, 230) if dark else (30, 30, 30)
    fl.draw.rounded_rectangle([fl.w / 2 - 67 * s, fl.h - 12 * s, fl.w / 2 + 67 * s, fl.h - 7 * s], radius=3 * s, fill=col)


# ----------------------------------------------------------------- message generation
def leak_messages(rng, k, friends):
    """Candidate messages (list of runs) that leak something, as (runs, n_leaks)."""
    f = rng.choice(friends) if friends else k
    c = [
        [("my number is ", None), (k.phone, "PHONE")],
        [("text me on ", None), (k.phone, "PHONE"), (" after 4", None)],
        [("new number!! ", None), (k.phone, "PHONE"), (" save it", None)],
        [("my mums number is ", None), (k.parent_phone, "PHONE"), (" if u need", None)],
        [("my address is ", None), (k.address(), "ADDRESS")],
        [("party at mine ", None), (k.street_addr(), "ADDRESS"), (" sat 2pm", None)],
        [("come to ", None), (k.address("short"), "ADDRESS"), (" its the blue door", None)],
        [("i go to ", None), (k.school, "SCHOOL")],
        [("im in ", None), (k.year_label, "AGE"), (" at ", None), (k.school, "SCHOOL")],
        [("who else is going to ", None), (k.school, "SCHOOL"), (" next year?", None)],
        [("meet at ", None), (k.venue, "LOCATION"), (" at 3?", None)],
        [("we just moved to ", None), (k.suburb, "LOCATION")],
        [("im at ", None), (k.venue, "LOCATION"), (" rn", None)],
        [("add me ", None), (k.handle(1), "HANDLE")],
        [("my insta is ", None), ("@" + k.handle(0), "HANDLE")],
        [("email me ", None), (k.email(), "EMAIL")],
        [("my bday is ", None), (k.dob("long"), "DATE_OF_BIRTH"), (" dont forget", None)],
        [("im ", None), (f"{k.age} years old", "AGE"), (" not a baby lol", None)],
        [("i turn ", None), (str(k.age + 1), "AGE"), (" next week!!", None)],
        [("training at ", None), (k.org, "ORG"), (" tmrw?", None)],
        [("my friend code ", None), (k.friend_code(), "HANDLE")],
        [("sub to my channel ", None), (k.url(), "URL")],
        [("", None), (f.first, "PERSON"), (" is coming too", None)],
        [("ask ", None), (f.full, "PERSON"), (" she has the notes", None)],
        [("", None), (f.full, "PERSON"), (" lives on my street", None)],
        [("its ", None), (f.first, "PERSON"), ("s party at ", None), (f.venue, "LOCATION")],
        [("my roblox is ", None), (k.gamer_tag(), "HANDLE")],
        [("join ", None), (k.org, "ORG"), (" with me its fun", None)],
        [("my new vid ", None), ("youtube.com/@" + k.handle(6), "URL"), (" pls like", None)],
        [("watch me live ", None), ("twitch.tv/" + k.handle(7).replace(".", "_"), "URL")],
    ]
    c += [[("email me at ", None), (k.email(), "EMAIL"), (" for the project", None)],
          [("my dob is ", None), (k.dob("num"), "DATE_OF_BIRTH"), (" for the form", None)],
          [("call my dad ", None), (k.parent_phone, "PHONE")],
          [("here's my tiktok ", None), ("tiktok.com/@" + k.handle(3), "URL")]]
    W_ = {"EMAIL": 4.0, "URL": 3.5, "PHONE": 2.5, "DATE_OF_BIRTH": 3.0, "ADDRESS": 1.5, "ORG": 2.0, "LOCATION": 1.2, "PERSON": 0.5}
    keyed = []
    for runs in c:
        runs = [(tcase(rng, s, (8, 0, 3)) if kd is None else s, kd) for s, kd in runs]
        w = max(W_.get(kd, 1.0) for _, kd in runs if kd)
        keyed.append((rng.random() ** (1.0 / w), runs))
    keyed.sort(key=lambda t: t[0])
    return [r for _, r in keyed]  # pop() takes the highest key first


HARMLESS = ["lol", "omg yes", "did u do the maths hw", "who's coming saturday", "brb dinner", "thats so funny",
            "cant wait!!", "see u tmrw", "same", "haha no way", "what time?", "ok", "wait what", "noooo",
            "mum says yes", "SAME", "that test was so hard", "ur so annoying haha", "send the pic", "what are u wearing",
            "i'm so bored", "did anyone see the new episode", "yesss", "lmaooo", "that's not fair", "whos bringing snacks",
            "ok see u there", "I forgot my PE kit again", "can i copy ur homework jk", "good night!!", "K", "hahaha"]


def chat_scene(ctx, group=True):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    friends = D.friends_for(rng, k, rng.randint(2, 5))
    style = rng.choice(["wa", "wa_dark", "imsg", "discord", "insta", "wa", "imsg", "snap", "discord"])
    dark = style in ("wa_dark", "discord")
    bgc = {"wa": (236, 229, 221), "wa_dark": (11, 20, 26), "imsg": (255, 255, 255), "discord": (49, 51, 56),
           "insta": (255, 255, 255), "snap": (255, 255, 255)}[style]
    fl = Flat(W, H, bgc)
    if style in ("wa",):
        for _ in range(int(W * H / (2500 * s * s))):
            x, y = rng.uniform(0, W), rng.uniform(0, H)
            fl.draw.ellipse([x, y, x + 5 * s, y + 5 * s], outline=(222, 214, 204), width=max(1, int(s)))
    hdr_col = {"wa": (0, 128, 105), "wa_dark": (31, 44, 52), "imsg": (246, 246, 246), "discord": (43, 45, 49),
               "insta": (255, 255, 255), "snap": (255, 255, 255)}[style]
    hh = int(104 * s)
    fl.draw.rectangle([0, 0, W, hh], fill=hdr_col)
    hdark = style in ("wa", "wa_dark", "discord")
    status_bar(fl, s, hdark, rng)
    tcol = (255, 255, 255) if hdark else (10, 10, 10)
    n_target = ctx.n
    count = 0
    # header
    fl.draw.line([(16 * s, 74 * s), (26 * s, 64 * s)], fill=(0, 122, 255) if not hdark else tcol, width=int(3 * s))
    fl.draw.line([(16 * s, 74 * s), (26 * s, 84 * s)], fill=(0, 122, 255) if not hdark else tcol, width=int(3 * s))
    if group:
        title = rng.choice(["Year 6 squad", "football lads", "sleepover plans!!", "the besties", "bus crew", "6B girls",
                            "science project", "netball team", "Minecraft server", "birthday planning", "cousins"])
        fl.avatar(60 * s, 74 * s, 18 * s, title[0].upper(), rng.choice(AV_COLORS))
        fl.text((86 * s, 56 * s), title, font("sans_b", 17 * s), tcol)
        sub = font("sans", 12.5 * s)
        scol = mix(tcol, hdr_col, 0.35)
        nm_n = min(3, n_target - 1 - count)
        if nm_n >= 1 and rng.random() < 0.35:
            runs = []
            for fr_ in friends[:nm_n]:
                runs += [(fr_.first, "PERSON"), (", ", None)]
            runs.append(("You", None))
            fl.runs((86 * s, 80 * s), runs, sub, scol)
            count += nm_n
        else:
            fl.text((86 * s, 80 * s), rng.choice(["tap here for group info", f"{len(friends) + 1} members", "online"]), sub, scol)
    else:
        other = friends[0]
        nm = rng.choice([other.full, other.first, other.first + " " + other.last[0]])
        fl.avatar(60 * s, 74 * s, 18 * s, initials(nm), rng.choice(AV_COLORS))
        fl.text((86 * s, 58 * s), nm, font("sans_b", 17 * s), tcol, kind="PERSON")
        count += 1
        fl.text((86 * s, 81 * s), rng.choice(["online", "last seen today at 16:02", "Active now", "typing..."]), font("sans", 12 * s),
                mix(tcol, hdr_col, 0.35))
    # messages
    y = hh + 14 * s
    bottom = H - 90 * s
    cands = leak_messages(rng, k, friends)
    mf = rng.choice(SANS)
    fnt = font(mf, rng.choice([15, 16, 16.5, 17]) * s)
    namef = font(rng.choice(SANS_B), 13 * s)
    if rng.random() < 0.5:
        day = rng.choice(["TODAY", "Yesterday", "Saturday", "12 November", "Tue 3 Nov"])
        fl.draw.rounded_rectangle([W / 2 - 50 * s, y, W / 2 + 50 * s, y + 22 * s], radius=8 * s, fill=mix(bgc, (128, 128, 128), 0.2))
        fl.draw.text((W / 2, y + 11 * s), day, font=font("sans", 11 * s), fill=(90, 90, 90) if not dark else (200, 200, 200), anchor="mm")
        y += 34 * s
    sender_colors = {}
    hrs, mins = rng.randint(7, 21), rng.randint(0, 50)
    prev = None
    while y < bottom - 40 * s:
        mine = rng.random() < 0.4
        spk = None if mine else (prev if prev is not None and rng.random() < 0.45 else rng.choice(friends))
        if count >= n_target and group and spk is not prev:
            # no budget left for another sender name: continue as the previous speaker or as me
            spk = prev
            mine = prev is None
        use_leak = count < n_target and cands and rng.random() < 0.8
        if use_leak:
            runs = cands.pop()
            nl = sum(1 for r in runs if r[1])
            if count + nl > n_target:
                runs = [(rng.choice(HARMLESS), None)]
        else:
            runs = [(rng.choice(HARMLESS), None)]
        # will sender label be drawn
        label = group and not mine and spk is not prev and style in ("wa", "wa_dark", "imsg", "insta", "discord", "snap")
        maxw = W * 0.68 if style not in ("discord", "snap") else W - 90 * s
        from common import wrap_runs
        wl = wrap_runs(runs, fnt, maxw - 24 * s)
        lh = int(fnt.size * 1.3)
        bw = max(fnt.getlength("".join(t[0] for t in ln)) for ln in wl) + 24 * s
        bh = lh * len(wl) + 16 * s + (18 * s if label and style not in ("discord", "snap") else 0)
        if y + bh + 30 * s > bottom:
            break
        ts = f"{hrs}:{mins:02d}"
        mins += rng.randint(0, 4)
        if mins > 59:
            hrs, mins = hrs + 1, mins - 60
        nm_txt = None
        if not mine:
            if style == "discord":
                nm_txt = spk.gamer_tag()
            else:
                if not hasattr(spk, "_disp"):
                    spk._disp = rng.choice([spk.first, spk.full, spk.first + " " + spk.last[0] + "."])
                nm_txt = spk._disp
        if style in ("discord", "snap"):
            ax = 34 * s
            if style == "discord":
                if (spk is not prev or mine) and count < n_target:
                    nm = nm_txt if not mine else k.gamer_tag()
                    fl.avatar(ax, y + 18 * s, 17 * s, nm[0].upper(), sender_colors.setdefault(nm, rng.choice(AV_COLORS)))
                    kd = "HANDLE"
                    fl.text((62 * s, y), nm, namef, sender_colors[nm], kind=kd)
                    count += 1 if kd else 0
                    fl.text((62 * s + namef.getlength(nm) + 8 * s, y + 2 * s), f"Today at {ts}", font("sans", 11 * s), (148, 155, 164))
                    y += 20 * s
                ty = y
                for ln in wl:
                    fl.runs((62 * s, ty), ln, fnt, (219, 222, 225))
                    ty += lh
                y = ty + 10 * s
            else:
                col = (242, 60, 87) if mine else (14, 173, 255)
                if mine or (spk is not prev and count < n_target):
                    nm = "ME" if mine else nm_txt.upper()
                    kd = "PERSON" if not mine else None
                    fl.text((20 * s, y), nm, font("sans_b", 12 * s), col, kind=kd)
                    count += 1 if kd else 0
                    y += 18 * s
                fl.draw.rectangle([14 * s, y, 16.5 * s, y + lh * len(wl)], fill=col)
                ty = y
                for ln in wl:
                    fl.runs((24 * s, ty), ln, fnt, (30, 30, 30))
                    ty += lh
                y = ty + 12 * s
        else:
            if mine:
                bx1 = W - 12 * s
                bx0 = bx1 - bw
                col = {"wa": (220, 248, 198), "wa_dark": (0, 92, 75), "imsg": (10, 132, 255), "insta": (120, 70, 240)}[style]
                tc = (255, 255, 255) if style in ("imsg", "insta", "wa_dark") else (20, 20, 20)
            else:
                bx0 = (12 if not group or style in ("wa", "wa_dark") else 44) * s
                bx1 = bx0 + bw
                col = {"wa": (255, 255, 255), "wa_dark": (32, 44, 51), "imsg": (233, 233, 235), "insta": (239, 239, 239)}[style]
                tc = (233, 237, 239) if style == "wa_dark" else (20, 20, 20)
            if label:
                bw2 = max(bw, namef.getlength(nm_txt) + 24 * s)
                if mine:
                    bx0 = bx1 - bw2
                else:
                    bx1 = bx0 + bw2
            fl.rrect([bx0, y, bx1, y + bh], 16 * s if style in ("imsg", "insta") else 8 * s, col)
            if group and not mine and style in ("imsg", "insta") and spk is not prev:
                fl.avatar(24 * s, y + bh - 14 * s, 13 * s, initials(spk.full), rng.choice(AV_COLORS))
            ty = y + 8 * s
            if label:
                ncol = sender_colors.setdefault(nm_txt, rng.choice([(214, 61, 120), (53, 146, 196), (230, 126, 34), (39, 174, 96), (142, 68, 173)]))
                if style in ("imsg", "insta"):
                    ncol = (120, 120, 128)
                kd = "PERSON"
                fl.text((bx0 + 12 * s, ty), nm_txt, namef, ncol, kind=kd)
                count += 1 if kd else 0
                ty += 18 * s
            for ln in wl:
                fl.runs((bx0 + 12 * s, ty), ln, fnt, tc)
                ty += lh
            if style in ("wa", "wa_dark"):
                fl.draw.text((bx1 - 8 * s, y + bh - 4 * s), ts, font=font("sans", 10 * s), fill=mix(tc, col, 0.45), anchor="rd")
            if rng.random() < 0.12:
                fl.emoji(rng, bx1 + 14 * s if not mine else bx0 - 14 * s, y + bh - 10 * s, 8 * s)
            y += bh + 8 * s
        count += sum(1 for r in runs if r[1])
        prev = None if mine else spk
    # input bar
    ib = (246, 246, 246) if not dark else (30, 31, 34)
    fl.draw.rectangle([0, H - 84 * s, W, H], fill=ib)
    fl.rrect([50 * s, H - 74 * s, W - 56 * s, H - 40 * s], 17 * s, (255, 255, 255) if not dark else (56, 58, 64))
    fl.draw.text((66 * s, H - 57 * s), rng.choice(["Message", "iMessage", "Type a message", "Send a chat"]), font=font("sans", 15 * s),
                 fill=(150, 150, 150), anchor="lm")
    fl.circle(W - 30 * s, H - 57 * s, 15 * s, (0, 132, 255) if style != "wa" else (0, 168, 132))
    fl.draw.text((25 * s, H - 57 * s), "+", font=font("sans", 26 * s), fill=(0, 122, 255), anchor="mm")
    home_bar(fl, s, dark)
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


def scene_group_chat(ctx):
    return chat_scene(ctx, True)


def scene_dm_chat(ctx):
    return chat_scene(ctx, False)


# ----------------------------------------------------------------- social profile
def scene_profile(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    dark = rng.random() < 0.35
    bg = (0, 0, 0) if dark else (255, 255, 255)
    fg = (245, 245, 245) if dark else (20, 20, 20)
    sub = (160, 160, 160) if dark else (110, 110, 110)
    fl = Flat(W, H, bg)
    status_bar(fl, s, dark, rng)
    n = ctx.n
    cnt = 0
    items = []  # ordered candidate leaks for the bio
    h1 = k.handle(0)
    # handle in header
    fl.text((20 * s, 58 * s), h1, font(rng.choice(SANS_B), 19 * s), fg, kind="HANDLE")
    cnt += 1
    # avatar + stats
    av_r = 44 * s
    fl.circle(20 * s + av_r + 3 * s, 100 * s + av_r + 3 * s, av_r + 3 * s, rng.choice([(214, 41, 118), (250, 126, 30), (150, 47, 191)]))
    fl.avatar(20 * s + av_r + 3 * s, 100 * s + av_r + 3 * s, av_r - 2 * s, initials(k.full), rng.choice(AV_COLORS))
    stats = [(str(rng.randint(3, 400)), "posts"), (f"{rng.randint(50, 3000):,}", "followers"), (str(rng.randint(40, 900)), "following")]
    for i, (a, b) in enumerate(stats):
        cx = 150 * s + i * 80 * s
        fl.text((cx, 118 * s), a, font("sans_b", 17 * s), fg, anchor="ma")
        fl.text((cx, 142 * s), b, font("sans", 13 * s), fg, anchor="ma")
    y = 206 * s
    bf = font(rng.choice(SANS), 14.5 * s)
    if cnt < n:
        nm = rng.choice([k.full, k.full, k.first + " " + k.last[0], k.first + " " + k.last + " " + rng.choice(["*", "~", "!!"])])
        fl.text((20 * s, y), nm, font("sans_b", 15 * s), fg, kind="PERSON")
        cnt += 1
    else:
        fl.text((20 * s, y), rng.choice(["just vibing", "gamer girl", "footy", "art acc"]), font("sans_b", 15 * s), fg)
    y += 22 * s
    bio = [
        [(f"{k.age}", "AGE"), (" | ", None), (k.year_label, "AGE")],
        [(k.school, "SCHOOL")],
        [("lives in ", None), (k.suburb, "LOCATION")],
        [("snap: ", None), (k.handle(2), "HANDLE")],
        [("dm for collabs ", None), (k.email(), "EMAIL")],
        [("bday ", None), (k.dob("num"), "DATE_OF_BIRTH")],
        [(k.org, "ORG")],
        [("bsf ", None), ("@" + D.Kid(rng, k.country).handle(3), "HANDLE")],
        [("discord ", None), (k.gamer_tag(), "HANDLE")],
        [("", None), (k.url(), "URL")],
    ]
    rng.shuffle(bio)
    for runs in bio:
        nl = sum(1 for r in runs if r[1])
        if cnt + nl > n - (1 if cnt < n - 1 else 0):
            continue
        if rng.random() < 0.25:
            fl.emoji(rng, 28 * s, y + 9 * s, 7 * s)
            fl.runs((42 * s, y), runs, bf, fg)
        else:
            fl.runs((20 * s, y), runs, bf, fg)
        cnt += nl
        y += 21 * s
    if cnt < n:
        fl.text((20 * s, y), k.url(), bf, (0, 149, 246) if not dark else (224, 241, 255), kind="URL")
        cnt += 1
        y += 21 * s
    y += 14 * s
    for i, lab in enumerate(["Follow", "Message"] if rng.random() < 0.6 else ["Edit profile", "Share profile"]):
        x0 = 20 * s + i * ((W - 46 * s) / 2 + 6 * s)
        fl.rrect([x0, y, x0 + (W - 46 * s) / 2, y + 32 * s], 8 * s, (0, 149, 246) if lab == "Follow" else ((38, 38, 38) if dark else (239, 239, 239)))
        fl.draw.text((x0 + (W - 46 * s) / 4, y + 16 * s), lab, font=font("sans_b", 13.5 * s), fill=(255, 255, 255) if lab == "Follow" or dark else fg, anchor="mm")
    y += 50 * s
    # story highlights
    for i in range(4):
        cx = 50 * s + i * 80 * s
        fl.circle(cx, y + 30 * s, 30 * s, (60, 60, 60) if dark else (220, 220, 220))
        fl.circle(cx, y + 30 * s, 26 * s, rng.choice(AV_COLORS))
        fl.draw.text((cx, y + 72 * s), rng.choice(["summer", "pets", "art", "fam", "holiday", "bffs", "food"]), font=font("sans", 11 * s), fill=fg, anchor="mm")
    y += 100 * s
    # grid of posts
    cw = W / 3
    r = 0
    while y < H - 50 * s:
        for c in range(3):
            a, b = rng.choice(AV_COLORS), rng.choice(AV_COLORS)
            tile = Image.linear_gradient("L").resize((int(cw - 2), int(cw - 2)))
            im = Image.composite(Image.new("RGB", tile.size, a), Image.new("RGB", tile.size, b), tile)
            fl.paste(im, (c * cw + 1, y))
        y += cw
    fl.draw.rectangle([0, H - 50 * s, W, H], fill=bg)
    for i in range(5):
        fl.draw.rounded_rectangle([W * (i + 0.5) / 5 - 11 * s, H - 38 * s, W * (i + 0.5) / 5 + 11 * s, H - 16 * s], radius=5 * s, outline=fg, width=int(2 * s))
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


def scene_profile_qr(ctx):
    """'Add me' share card with a QR code (snapchat / discord / whatsapp link)."""
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    col = rng.choice([(255, 252, 0), (88, 101, 242), (37, 211, 102), (0, 136, 204), (225, 48, 108)])
    fl = Flat(W, H, col)
    status_bar(fl, s, col != (255, 252, 0), rng)
    kind = {(255, 252, 0): "snap", (88, 101, 242): "discord", (37, 211, 102): "wa", (0, 136, 204): "tg", (225, 48, 108): "ig"}[col]
    h = k.handle(rng.randint(0, 7))
    if kind == "snap":
        payload, leak = f"https://www.snapchat.com/add/{h}", h
    elif kind == "discord":
        code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        payload, leak = f"https://discord.gg/{code}", f"discord.gg/{code}"
    elif kind == "wa":
        d = D.phone_digits(D.phone(rng, k.country, intl=True))
        payload, leak = f"https://wa.me/{d}", d
    elif kind == "tg":
        payload, leak = f"https://t.me/{h.replace('.', '_')}", h.replace(".", "_")
    else:
        payload, leak = f"https://instagram.com/{h}", h
    lk = "PHONE" if kind == "wa" else "URL" if kind == "discord" else "HANDLE"
    card = Flat(int(W * 0.8), int(W * 0.86), (255, 255, 255))
    top_ = max(100 * s, H * 0.13)
    cw = card.w
    mod = max(4, int(cw * 0.56 / 37))
    tot = card.qr(payload, (cw - (29 + 6) * mod) // 2 if len(payload) < 30 else (cw - (33 + 6) * mod) // 2, int(cw * 0.12), mod,
                  leaks=[(lk, leak)], border=3)
    cnt = 1
    yy = int(cw * 0.12) + tot + 14 * s
    nm = k.full if rng.random() < 0.6 else k.first
    if cnt < ctx.n:
        card.text((cw / 2, yy), nm, font("sans_b", 20 * s), (20, 20, 20), kind="PERSON", anchor="ma")
        cnt += 1
    yy += 30 * s
    if cnt < ctx.n:
        card.text((cw / 2, yy), ("@" if kind != "wa" else "") + (h if kind != "wa" else D.phone(rng, k.country, intl=True)),
                  font("sans", 15 * s), (90, 90, 90), kind="HANDLE" if kind != "wa" else "PHONE", anchor="ma")
        cnt += 1
    card.img = card.img  # noqa
    fl.rrect([W * 0.1 - 1, top_ - 1, W * 0.9 + 1, top_ + card.h + 1], 24 * s, (255, 255, 255))
    fl.add_from(card, W * 0.1, top_)
    fl.text((W / 2, top_ - 50 * s), {"snap": "Add me on Snapchat", "discord": "Join my server!", "wa": "Chat with me on WhatsApp",
                                          "tg": "Message me on Telegram", "ig": "Follow me"}[kind], font("sans_b", 20 * s),
            (20, 20, 20) if kind == "snap" else (255, 255, 255), anchor="ma")
    y = top_ + card.h + 30 * s
    if cnt < ctx.n and y < H - 170 * s:
        fl.text((W / 2, y), rng.choice([k.school, k.org]), font("sans", 15 * s), (20, 20, 20) if kind == "snap" else (255, 255, 255),
                kind="SCHOOL" if rng.random() < 2 and k.school in "".join([k.school]) else "ORG", anchor="ma")
        # the above line is always SCHOOL when the chosen text is the school; fix kind by comparison
        last = fl.leaks[-1]
        last[0] = "SCHOOL" if last[1] == k.school else "ORG"
        cnt += 1
    tc_ = (20, 20, 20) if kind == "snap" else (255, 255, 255)
    y += 28 * s
    for runs in [[(k.email(), "EMAIL")], [(k.url(), "URL")], [(f"{k.age} y/o", "AGE"), (" | ", None), (k.suburb, "LOCATION")]]:
        nl = sum(1 for r in runs if r[1])
        if cnt + nl > ctx.n or y > H - 170 * s:
            continue
        fl.runs((W / 2, y), runs, font("sans", 14 * s), tc_, anchor="ma")
        cnt += nl
        y += 26 * s
    fl.rrect([W * 0.25, H - 120 * s, W * 0.75, H - 76 * s], 22 * s, (255, 255, 255))
    fl.draw.text((W / 2, H - 98 * s), "Share", font=font("sans_b", 16 * s), fill=(20, 20, 20), anchor="mm")
    home_bar(fl, s, kind != "snap")
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


# ----------------------------------------------------------------- games
def scene_game_lobby(ctx):
    rng = ctx.rng
    W, H = ctx.size
    if rng.random() < 0.6 and W < H:
        W, H = H, W
    ctx.size = (W, H)
    s = min(W, H) / 390
    k = D.Kid(rng)
    others = D.friends_for(rng, k, 7)
    bg1, bg2 = rng.choice([((20, 24, 48), (70, 20, 90)), ((10, 40, 60), (5, 10, 20)), ((40, 10, 10), (10, 10, 30)), ((25, 25, 25), (60, 60, 70))])
    g = Image.linear_gradient("L").resize((W, H))
    fl = Flat(W, H, Image.composite(Image.new("RGB", (W, H), bg2), Image.new("RGB", (W, H), bg1), g))
    acc = rng.choice([(0, 229, 255), (255, 200, 0), (120, 255, 120), (255, 80, 160)])
    mode = rng.choice(["lobby", "friends", "scoreboard"])
    title = {"lobby": rng.choice(["PARTY LOBBY", "SQUAD", "Waiting for players...", "Private Match"]),
             "friends": rng.choice(["FRIENDS", "Friends List", "ONLINE FRIENDS"]),
             "scoreboard": rng.choice(["MATCH RESULTS", "SCOREBOARD", "Round 3 - Leaderboard"])}[mode]
    tf = font(rng.choice(["sans_b", "free_b", "cond_b", "lib_b"]), 26 * s)
    fl.text((30 * s, 20 * s), title, tf, acc)
    cnt = 0
    n = ctx.n
    y = 70 * s
    rowh = 40 * s
    rf = font(rng.choice(["sans_b", "cond_b", "mono_b", "free_b", "lib_b"]), 16 * s)
    small = font("sans", 12 * s)
    players = [k] + others
    rows = int((H - y - 70 * s) // (rowh + 6 * s))
    for i in range(min(rows, len(players))):
        p = players[i]
        fl.rrect([24 * s, y, W * 0.7, y + rowh], 6 * s, mix(bg1, (255, 255, 255), 0.12 if i else 0.22))
        fl.draw.text((40 * s, y + rowh / 2), str(i + 1) if mode == "scoreboard" else "", font=rf, fill=(200, 200, 200), anchor="lm")
        fl.circle(80 * s, y + rowh / 2, 13 * s, rng.choice(AV_COLORS))
        tag = p.gamer_tag()
        kd = "HANDLE"
        if cnt >= n - (1 if i == 0 else 0) and i > 0:
            tag, kd = rng.choice(["Waiting for player...", "Empty slot", "CPU", "Bot"]), None
        fl.text((102 * s, y + 8 * s), tag, rf, (255, 255, 255) if i else acc, kind=kd)
        cnt += 1 if kd else 0
        right = W * 0.7 - 14 * s
        if mode == "scoreboard":
            fl.draw.text((right, y + rowh / 2), f"{rng.randint(0, 30)}   {rng.randint(0, 20)}   {rng.randint(100, 9000)}", font=rf, fill=(220, 220, 220), anchor="rm")
        elif mode == "friends":
            st = rng.choice(["Online", "In Match", "Offline", "Away", "Playing Creative"])
            fl.draw.text((right, y + rowh / 2), st, font=small, fill=(120, 255, 120) if st == "Online" else (180, 180, 180), anchor="rm")
            if i and cnt < n and rng.random() < 0.3:
                fl.text((102 * s + rf.getlength(tag) + 12 * s, y + 12 * s), f"({p.first})", small, (180, 180, 200), kind="PERSON")
                cnt += 1
        else:
            fl.draw.text((right, y + rowh / 2), rng.choice(["READY", "Lvl " + str(rng.randint(1, 200)), "NOT READY", f"{rng.randint(12, 90)} ms"]),
                         font=small, fill=acc, anchor="rm")
        y += rowh + 6 * s
    # side panel: friend code / chat
    px = W * 0.73
    fl.rrect([px, 70 * s, W - 24 * s, H - 60 * s], 8 * s, mix(bg1, (0, 0, 0), 0.4))
    yy = 84 * s
    if cnt < n:
        fl.text((px + 12 * s, yy), rng.choice(["Your friend code", "MY CODE", "Friend Code:"]), small, (180, 180, 180))
        yy += 18 * s
        fl.text((px + 12 * s, yy), k.friend_code(), font("mono_b", 13 * s), acc, kind="HANDLE")
        cnt += 1
        yy += 30 * s
    fl.text((px + 12 * s, yy), "Party chat", small, (180, 180, 180))
    yy += 20 * s
    cf = font("sans", 11.5 * s)
    msgs = leak_messages(rng, rng.choice(players), players[1:])
    while yy < H - 90 * s:
        if cnt < n and msgs:
            runs = msgs.pop()
            nl = sum(1 for r in runs if r[1])
            if cnt + nl > n:
                continue
            cnt += nl
        else:
            runs = [(rng.choice(["gg", "lets go", "one more?", "ez", "brb", "nice shot", "who's hosting", "invite me"]), None)]
        _, hh, _ = fl.paragraph((px + 12 * s, yy), runs, cf, (235, 235, 235), W - 24 * s - px - 24 * s, int(15 * s))
        yy += hh + 6 * s
    fl.rrect([30 * s, H - 50 * s, 200 * s, H - 14 * s], 6 * s, acc)
    fl.draw.text((115 * s, H - 32 * s), rng.choice(["START", "READY UP", "INVITE", "PLAY AGAIN"]), font=font("sans_b", 15 * s), fill=(10, 10, 10), anchor="mm")
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


# ----------------------------------------------------------------- video call
def scene_video_call(ctx):
    rng = ctx.rng
    W, H = ctx.size
    if rng.random() < 0.5 and W < H:
        W, H = H, W
    ctx.size = (W, H)
    s = min(W, H) / 390
    k = D.Kid(rng)
    ppl = [k] + D.friends_for(rng, k, 8)
    fl = Flat(W, H, (26, 26, 26))
    n = ctx.n
    cnt = 0
    teacher = D.Kid(rng, k.country)
    tname = rng.choice(["Ms", "Mr", "Mrs", "Miss"]) + " " + teacher.last
    title = rng.choice([f"{k.year_label} - {tname}'s class", f"{k.org} catch-up", f"Maths group - {tname}", "Study group", "Sleepover call"])
    if n < 4:
        title = rng.choice(["Study group", "Sleepover call", "Homework help", "Movie night"])
    tf = font("sans_b", 14 * s)
    parts = []
    if tname in title and cnt + 1 <= n:
        a, b = title.split(tname)
        if k.year_label in a and cnt + 2 <= n:
            parts = [(k.year_label, "AGE"), (a[len(k.year_label):], None), (tname, "PERSON"), (b, None)]
        else:
            parts = [(a, None), (tname, "PERSON"), (b, None)]
    elif k.org in title and cnt < n:
        parts = [(k.org, "ORG"), (title[len(k.org):], None)]
    else:
        parts = [(title, None)]
    fl.runs((16 * s, 12 * s), parts, tf, (240, 240, 240))
    cnt += sum(1 for p in parts if p[1])
    fl.draw.text((W - 16 * s, 12 * s), rng.choice(["12:41", "00:23:10", "Recording", "45:02"]), font=font("sans", 12 * s), fill=(200, 200, 200), anchor="ra")
    cols = rng.choice([2, 3, 3])
    rows = 3 if W < H else 2
    if W < H:
        cols = 2
    top, bot = 44 * s, 70 * s
    tw = (W - 8 * s * (cols + 1)) / cols
    th = (H - top - bot - 8 * s * (rows + 1)) / rows
    nf = font(rng.choice(SANS), 13 * s)
    for i in range(min(rows * cols, len(ppl))):
        r, c = divmod(i, cols)
        x0 = 8 * s + c * (tw + 8 * s)
        y0 = top + 8 * s + r * (th + 8 * s)
        base = rng.choice([(60, 64, 67), (45, 50, 60), (70, 60, 55), (40, 55, 50)])
        fl.rrect([x0, y0, x0 + tw, y0 + th], 8 * s, base, outline=(80, 200, 120) if i == 1 else None, width=int(3 * s))
        p = ppl[i]
        fl.avatar(x0 + tw / 2, y0 + th / 2, min(tw, th) * 0.2, initials(p.full), rng.choice(AV_COLORS))
        label = rng.choice([p.full, p.first, p.first + " " + p.last[0], p.full])
        if i == 0:
            label = rng.choice([label + " (Host)", "You"]) if rng.random() < 0.5 else label
        if cnt >= n and label != "You":
            label = rng.choice(["iPad", "Guest", "Phone", "Camera off"])
        kd = "PERSON" if label not in ("You", "iPad", "Guest", "Phone", "Camera off") else None
        lw = nf.getlength(label) + 16 * s
        fl.rrect([x0 + 6 * s, y0 + th - 30 * s, x0 + 6 * s + lw, y0 + th - 6 * s], 4 * s, (20, 20, 20))
        if kd and label.endswith("(Host)"):
            fl.runs((x0 + 14 * s, y0 + th - 26 * s), [(label[:-7], "PERSON"), (" (Host)", None)], nf, (255, 255, 255))
        else:
            fl.text((x0 + 14 * s, y0 + th - 26 * s), label, nf, (255, 255, 255), kind=kd)
        cnt += 1 if kd else 0
        if rng.random() < 0.4:
            fl.circle(x0 + tw - 20 * s, y0 + 20 * s, 10 * s, (220, 50, 50))
    # toolbar
    for i, lab in enumerate(["Mute", "Video", "Share", "Chat", "Leave"]):
        cx = W / 2 + (i - 2) * 70 * s
        fl.circle(cx, H - 40 * s, 18 * s, (220, 50, 50) if lab == "Leave" else (60, 60, 60))
        fl.draw.text((cx, H - 14 * s), lab, font=font("sans", 10 * s), fill=(220, 220, 220), anchor="mm")
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


# ----------------------------------------------------------------- lock screen
def scene_lock_screen(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    fr = D.friends_for(rng, k, 4)
    a, b = rng.choice(AV_COLORS), rng.choice([(20, 30, 60), (60, 20, 60), (10, 60, 70), (80, 40, 20)])
    g = Image.linear_gradient("L").resize((W, H))
    fl = Flat(W, H, Image.composite(Image.new("RGB", (W, H), b), Image.new("RGB", (W, H), a), g))
    status_bar(fl, s, True, rng)
    tm = rng.choice(["7:42", "15:31", "8:05", "21:17", "6:58"])
    fl.draw.text((W / 2, 110 * s), rng.choice(["Sunday 6 December", "Monday, 30 November", "Friday 4 December", "Saturday, 5 December"]),
                 font=font("sans", 17 * s), fill=(255, 255, 255), anchor="mm")
    fl.draw.text((W / 2, 175 * s), tm, font=font(rng.choice(["sans_b", "free_b", "lib_b"]), 82 * s), fill=(255, 255, 255), anchor="mm")
    n = ctx.n
    cnt = 0
    mum = rng.choice(["Mum", "Mom", "Mummy", "Dad", "Amma", "Papa", "Nana"])
    notes = [
        ("Messages", [(mum, None)], [("pick u up from ", None), (k.venue, "LOCATION"), (" at 5", None)]),
        ("Messages", [(mum, None)], [("Don't forget ", None), (k.org, "ORG"), (" tonight x", None)]),
        ("WhatsApp", [(fr[0].full, "PERSON")], [("my new number ", None), (fr[0].phone, "PHONE")]),
        ("Snapchat", [(fr[1].first, "PERSON")], [("sent you a Snap", None)]),
        ("Instagram", [(fr[2].handle(0), "HANDLE")], [("started following you", None)]),
        ("Find My", [("Find My", None)], [(k.first, "PERSON"), ("'s iPhone is at ", None), (k.street_addr(), "ADDRESS")]),
        ("School App", [(k.school, "SCHOOL")], [("Reminder: ", None), (k.year_label, "AGE"), (" trip forms due Friday", None)]),
        ("Discord", [(fr[3].gamer_tag(), "HANDLE")], [("yo u on tonight?", None)]),
        ("Gmail", [(fr[1].full, "PERSON")], [("Re: project - sent to ", None), (k.email(), "EMAIL")]),
        ("Messages", [(fr[2].first + " " + fr[2].last, "PERSON")], [("party at ", None), (fr[2].address("short"), "ADDRESS")]),
        ("Calendar", [("Birthday", None)], [(fr[0].first, "PERSON"), ("'s party - ", None), (fr[0].venue, "LOCATION")]),
        ("YouTube", [("New comment", None)], [("on your video ", None), (k.url(), "URL")]),
        ("TikTok", [(fr[1].handle(2), "HANDLE")], [("mentioned you: check out ", None), ("tiktok.com/@" + k.handle(5), "URL")]),
        ("Messages", [(mum, None)], [("call me on ", None), (k.parent_phone, "PHONE"), (" my phone died", None)]),
    ]
    rng.shuffle(notes)
    y = 260 * s
    tfn = font("sans_b", 14.5 * s)
    bfn = font(rng.choice(SANS), 14 * s)
    for app, title, body in notes:
        nl = sum(1 for r in title + body if r[1])
        if cnt + nl > n:
            continue
        wl_h = 0
        from common import wrap_runs
        wl = wrap_runs(body, bfn, W - 100 * s)
        ch = 48 * s + len(wl) * 18 * s
        if y + ch > H - 90 * s:
            break
        fl.rrect([12 * s, y, W - 12 * s, y + ch], 20 * s, (235, 235, 240))
        fl.rrect([24 * s, y + 12 * s, 58 * s, y + 46 * s], 8 * s, rng.choice(AV_COLORS))
        fl.draw.text((W - 26 * s, y + 12 * s), rng.choice(["now", "2m ago", "14m ago", "1h ago", "Yesterday"]), font=font("sans", 12 * s), fill=(120, 120, 120), anchor="ra")
        fl.runs((70 * s, y + 10 * s), title, tfn, (20, 20, 20))
        fl.paragraph((70 * s, y + 30 * s), body, bfn, (40, 40, 40), W - 100 * s, int(18 * s))
        cnt += nl
        y += ch + 10 * s
    fl.circle(50 * s, H - 60 * s, 22 * s, (60, 60, 70))
    fl.circle(W - 50 * s, H - 60 * s, 22 * s, (60, 60, 70))
    home_bar(fl, s, True)
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


# ----------------------------------------------------------------- maps
def scene_maps(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    fl = Flat(W, H, (242, 239, 233))
    d = fl.draw
    for _ in range(rng.randint(3, 6)):
        x, y = rng.uniform(0, W), rng.uniform(0, H * 0.7)
        d.rounded_rectangle([x, y, x + rng.uniform(60, 200) * s, y + rng.uniform(40, 160) * s], radius=20 * s, fill=(200, 228, 190))
    if rng.random() < 0.5:
        d.polygon([(0, H * 0.5), (W * 0.3, H * 0.45), (W * 0.5, H * 0.62), (0, H * 0.7)], fill=(170, 210, 240))
    for _ in range(14):
        if rng.random() < 0.5:
            y = rng.uniform(0, H * 0.75)
            d.line([(0, y), (W, y + rng.uniform(-80, 80) * s)], fill=(255, 255, 255), width=int(rng.choice([6, 9, 14]) * s))
        else:
            x = rng.uniform(0, W)
            d.line([(x, 0), (x + rng.uniform(-80, 80) * s, H * 0.78)], fill=(255, 255, 255), width=int(rng.choice([6, 9, 14]) * s))
    d.line([(rng.uniform(0, W), 0), (rng.uniform(0, W), H * 0.78)], fill=(252, 214, 112), width=int(12 * s))
    n = ctx.n
    cnt = 0
    pf = font("sans_b", 13 * s)
    pois = [("Cafe", (200, 120, 60)), ("Pharmacy", (220, 70, 70)), ("Bus stop", (60, 120, 220)), ("Supermarket", (90, 160, 90)), ("Petrol", (120, 120, 120))]
    for nm, c in rng.sample(pois, 3):
        x, y = rng.uniform(40, W - 120) * 1, rng.uniform(140 * s, H * 0.6)
        fl.circle(x, y, 9 * s, c)
        d.text((x + 14 * s, y), nm, font=font("sans", 12 * s), fill=mix(c, (0, 0, 0), 0.3), anchor="lm")
    # home pin
    hx, hy = W * rng.uniform(0.3, 0.6), H * rng.uniform(0.3, 0.5)
    fl.circle(hx, hy - 26 * s, 17 * s, (234, 67, 53))
    d.polygon([(hx - 12 * s, hy - 18 * s), (hx + 12 * s, hy - 18 * s), (hx, hy)], fill=(234, 67, 53))
    fl.circle(hx, hy - 26 * s, 6 * s, (255, 255, 255))
    lab = rng.choice(["Home", "Home", f"{k.first}'s house", "Home sweet home"])
    if lab.endswith("house") and cnt < n:
        fl.runs((hx + 20 * s, hy - 36 * s), [(k.first, "PERSON"), ("'s house", None)], pf, (180, 40, 30))
        cnt += 1
    else:
        fl.text((hx + 20 * s, hy - 36 * s), lab, pf, (180, 40, 30))
    if cnt < n and rng.random() < 0.8:
        sx, sy = W * rng.uniform(0.1, 0.35), (H * 0.2 if hy > H * 0.4 else H * 0.52)
        sfn = font("sans", 12 * s)
        sx = min(sx, W - sfn.getlength(k.school) - 30 * s)
        fl.circle(sx, sy, 10 * s, (66, 133, 244))
        fl.text((sx + 14 * s, sy - 8 * s), k.school, sfn, (40, 90, 180), kind="SCHOOL")
        cnt += 1
    # search bar
    fl.rrect([14 * s, 52 * s, W - 14 * s, 98 * s], 23 * s, (255, 255, 255))
    status_bar(fl, s, False, rng)
    fl.draw.text((60 * s, 75 * s), "Search here", font=font("sans", 15 * s), fill=(120, 120, 120), anchor="lm")
    # bottom card
    cy = H * 0.6
    fl.rrect([0, cy, W, H + 30 * s], 24 * s, (255, 255, 255))
    d.rounded_rectangle([W / 2 - 20 * s, cy + 8 * s, W / 2 + 20 * s, cy + 13 * s], radius=3 * s, fill=(200, 200, 200))
    y = cy + 26 * s
    fl.text((20 * s, y), "Home", font("sans_b", 22 * s), (20, 20, 20))
    y += 34 * s
    if cnt < n:
        before = len(fl.leaks)
        _, hh, _ = fl.paragraph((20 * s, y), [(k.address(), "ADDRESS")], font("sans", 15 * s), (80, 80, 80), W - 40 * s)
        cnt += len(fl.leaks) - before
        y += hh + 6 * s
    fl.text((20 * s, y), rng.choice(["Saved in Labelled", "Saved", "12 min drive"]), font("sans", 13 * s), (66, 133, 244))
    y += 30 * s
    for i, lab in enumerate(["Directions", "Start", "Share"]):
        x0 = 20 * s + i * 118 * s
        fl.rrect([x0, y, x0 + 108 * s, y + 36 * s], 18 * s, (26, 115, 232) if i == 0 else (232, 240, 254))
        d.text((x0 + 54 * s, y + 18 * s), lab, font=font("sans_b", 13 * s), fill=(255, 255, 255) if i == 0 else (26, 115, 232), anchor="mm")
    y += 52 * s
    extra = [[("Shared with ", None), (D.Kid(rng, k.country).first, "PERSON")], [("Near ", None), (k.venue, "LOCATION")],
             [("Added by ", None), (k.parent_first + " " + k.last, "PERSON")], [("Home phone ", None), (k.parent_phone, "PHONE")],
             [("School run: ", None), (k.school, "SCHOOL")], [("Account ", None), (k.email(), "EMAIL")]]
    rng.shuffle(extra)
    for runs in extra:
        if cnt < n and y < H - 40 * s:
            if runs[1][1] == "SCHOOL" and any(l[0] == "SCHOOL" for l in fl.leaks):
                continue
            fl.runs((20 * s, y), runs, font("sans", 13 * s), (90, 90, 90))
            cnt += 1
            y += 22 * s
    home_bar(fl, s, False)
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph


# ----------------------------------------------------------------- sign-up form (browser)
def scene_signup_form(ctx):
    rng = ctx.rng
    W, H = ctx.size
    s = W / 390
    k = D.Kid(rng)
    fl = Flat(W, H, (255, 255, 255))
    fl.draw.rectangle([0, 0, W, 100 * s], fill=(242, 242, 247))
    status_bar(fl, s, False, rng)
    site = rng.choice(["forms.juniorclubs.org/register", "signup.summercamp.net/kids", "register.leaguehub.com/junior", "www.kidzcoding.co/join"])
    fl.rrect([14 * s, 52 * s, W - 14 * s, 88 * s], 10 * s, (227, 227, 232))
    fl.draw.text((W / 2, 70 * s), site, font=font("sans", 13 * s), fill=(60, 60, 60), anchor="mm")
    accent = rng.choice([(33, 150, 83), (230, 81, 0), (63, 81, 181), (0, 137, 123)])
    fl.draw.rectangle([0, 100 * s, W, 160 * s], fill=accent)
    fl.text((20 * s, 116 * s), rng.choice(["Junior Registration", "Camp Sign-Up 2027", "Join the Club!", "Player Registration"]), font("sans_b", 21 * s), (255, 255, 255))
    fields = [("First name", k.first, "PERSON"), ("Last name", k.last, "PERSON"), ("Date of birth", k.dob("num"), "DATE_OF_BIRTH"),
              ("Age", str(k.age), "AGE"), ("School", k.school, "SCHOOL"), ("School year", k.year_label, "AGE"),
              ("Email", k.email(), "EMAIL"), ("Phone", k.phone, "PHONE"), ("Home address", k.address("short"), "ADDRESS"),
              ("Suburb / town", k.suburb, "LOCATION"), ("Club", k.org, "ORG"), ("Username", k.handle(4), "HANDLE")]
    if rng.random() < 0.5:
        fields = fields[:2] + rng.sample(fields[2:], len(fields) - 2)
    y = 176 * s
    lf = font("sans", 13 * s)
    vf = font(rng.choice(SANS), 16 * s)
    cnt = 0
    for lab, val, kd in fields:
        if y > H - 120 * s:
            break
        fl.text((20 * s, y), lab + ("" if rng.random() < 0.5 else " *"), lf, (90, 90, 90))
        y += 20 * s
        fl.rrect([20 * s, y, W - 20 * s, y + 38 * s], 6 * s, (255, 255, 255), outline=(200, 200, 205), width=max(1, int(s)))
        if cnt < ctx.n:
            fl.text((30 * s, y + 9 * s), val, vf, (20, 20, 20), kind=kd)
            cnt += 1
        else:
            fl.text((30 * s, y + 9 * s), rng.choice(["", "Select...", "Optional"]), vf, (170, 170, 170))
        y += 52 * s
    fl.rrect([20 * s, H - 90 * s, W - 20 * s, H - 44 * s], 10 * s, accent)
    fl.draw.text((W / 2, H - 67 * s), "Submit", font=font("sans_b", 17 * s), fill=(255, 255, 255), anchor="mm")
    home_bar(fl, s, False)
    ph = Photo(fl.img)
    ph.leaks, ph.qrs = fl.leaks, fl.qrs
    return ph
