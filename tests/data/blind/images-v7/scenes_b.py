"""Game screens: profiles, lobbies, leaderboards, friend lists; clean HUDs."""
from common import Canvas, font, pick, pick_size, mix
from people import Persona, FIRST, LAST
import ui

GFAM = ["sans-b", "cond-b", "lib-b", "narrow-b", "mono-b"]
PAL = [((18, 22, 40), (255, 196, 0)), ((30, 10, 40), (0, 230, 200)), ((12, 30, 20), (120, 255, 80)),
       ((40, 40, 48), (255, 90, 90)), ((225, 235, 245), (20, 60, 160)), ((10, 10, 12), (200, 120, 255))]


def _base(rng, kind="desktop"):
    W, H = pick_size(rng, kind if rng.random() < 0.7 else "screen")
    if H > W:
        W, H = H, W  # games are landscape
    bg, acc = pick(rng, PAL)
    c = Canvas(W, H, bg)
    for i in range(0, H, max(2, H // 60)):
        c.d.line([(0, i), (W, i)], fill=mix(bg, acc, 0.04 + 0.04 * ((i // 7) % 2)))
    return c, W / 1920, bg, acc, ("desktop" if W * H >= 1280 * 720 else "screen")


def _ink(bg):
    return (240, 240, 240) if sum(bg) < 380 else (20, 20, 30)


def game_profile(rng, p):
    c, s, bg, acc, kind = _base(rng)
    tx = _ink(bg)
    fb = pick(rng, GFAM); fr = pick(rng, ["sans", "cond", "lib", "mono"])
    ui.panel(c, [60 * s, 60 * s, c.w - 60 * s, c.h - 60 * s], mix(bg, tx, 0.08), acc, 20 * s, 3 * s)
    c.d.rectangle([110 * s, 120 * s, 420 * s, 430 * s], fill=mix(bg, acc, 0.5))
    c.d.polygon([(265 * s, 160 * s), (380 * s, 380 * s), (150 * s, 380 * s)], fill=acc)
    c.text((470 * s, 130 * s), p.gamertag, font(fb, 76 * s), acc, "HANDLE")
    c.d.text((470 * s, 240 * s), "LEVEL %d   |   %d WINS   |   K/D %.2f" % (rng.randint(5, 300), rng.randint(10, 4000), rng.uniform(0.4, 3)), font=font(fr, 34 * s), fill=tx)
    c.d.text((110 * s, 480 * s), "ABOUT ME", font=font(fb, 36 * s), fill=acc)
    lines = [
        [("name: ", None), (p.first, "PERSON"), (" | age ", None), (str(p.age), "AGE")],
        [("from ", None), (p.town, "LOCATION"), (" (", None), (p.reg, None), (")", None)],
        [("i go to ", None), (p.school, "SCHOOL")],
        [("add my snap ", None), (p.handle, "HANDLE")],
        [("discord: ", None), (p.handle + "#" + str(rng.randint(1000, 9999)), "HANDLE")],
        [("real name ", None), (p.full, "PERSON"), (" lol", None)],
        [("born ", None), (p.dob, "DATE_OF_BIRTH")],
    ]
    rng.shuffle(lines)
    y = 550 * s
    f = font(fr, pick(rng, [30, 34, 40]) * s)
    for ln in lines[:rng.randint(2, 4)]:
        c.spans((110 * s, y), ln, f, tx)
        y += f.size * 1.5
    for i in range(6):
        x = 110 * s + i * 160 * s
        c.d.ellipse([x, c.h - 260 * s, x + 120 * s, c.h - 140 * s], fill=mix(acc, bg, i * 0.12), outline=tx)
    return c, kind, "game profile page (%s)" % p.reg


def game_lobby(rng, p):
    c, s, bg, acc, kind = _base(rng)
    tx = _ink(bg)
    fb = pick(rng, GFAM); fr = pick(rng, ["sans", "cond", "lib", "mono"])
    c.d.text((80 * s, 60 * s), pick(rng, ["SQUAD LOBBY", "PARTY", "WAITING FOR PLAYERS", "CUSTOM MATCH"]), font=font(fb, 60 * s), fill=acc)
    n = rng.randint(4, 8)
    f = font(fb, 34 * s)
    for i in range(n):
        y = 170 * s + i * 90 * s
        ui.panel(c, [80 * s, y, 900 * s, y + 75 * s], mix(bg, tx, 0.1), acc if i == 0 else None, 10 * s, 2 * s)
        q = p if i == 0 else Persona(rng, p.reg)
        nm = q.gamertag if rng.random() < 0.7 else q.first + "_" + q.last.replace(" ", "") + str(rng.randint(1, 99))
        c.text((110 * s, y + 18 * s), nm, f, tx, "HANDLE")
        c.d.text((880 * s, y + 38 * s), "READY" if rng.random() < 0.6 else "...", font=font(fr, 26 * s), fill=acc, anchor="rm")
    ui.panel(c, [1000 * s, 170 * s, c.w - 80 * s, c.h - 120 * s], mix(bg, (0, 0, 0), 0.3), None, 10 * s)
    c.d.text((1030 * s, 190 * s), "LOBBY CHAT", font=font(fb, 30 * s), fill=acc)
    fc = font(fr, pick(rng, [22, 26, 30]) * s)
    chat = [
        [(p.gamertag, "HANDLE"), (": ", None), ("im ", None), (str(p.age), "AGE"), (" wbu", None)],
        [(p.gamertag, "HANDLE"), (": ", None), ("from ", None), (p.town, "LOCATION")],
        [("anyone at ", None), (p.school, "SCHOOL"), ("??", None)],
        [(p.gamertag, "HANDLE"), (": ", None), ("add me ", None), (p.handle, "HANDLE"), (" on snap", None)],
        [("gg", None)], [("lag again", None)], [("who wants to 1v1", None)],
        [(p.gamertag, "HANDLE"), (": ", None), ("text me ", None), (p.phone, "PHONE")],
    ]
    rng.shuffle(chat)
    y = 250 * s
    for ln in chat[:rng.randint(4, 6)]:
        from common import wrap_parts
        for sub in wrap_parts(ln, fc, c.w - 1140 * s):
            if y > c.h - 160 * s:
                break
            c.spans((1030 * s, y), sub, fc, tx)
            y += fc.size * 1.5
    c.d.rounded_rectangle([80 * s, c.h - 110 * s, 500 * s, c.h - 40 * s], radius=int(10 * s), fill=acc)
    c.d.text((290 * s, c.h - 75 * s), "START", font=font(fb, 36 * s), fill=bg, anchor="mm")
    return c, kind, "game lobby with chat (%s)" % p.reg


def leaderboard(rng, p):
    c, s, bg, acc, kind = _base(rng)
    tx = _ink(bg)
    fb = pick(rng, GFAM); fr = pick(rng, ["sans", "cond", "lib", "mono"])
    title = pick(rng, [[("LEADERBOARD - ", None), (p.school, "SCHOOL")], [("WEEKLY TOP 10", None)], [(p.club, "ORG"), (" CHALLENGE", None)], [("CLASS ", None), (p.year, "AGE"), (" TOURNAMENT", None)]])
    c.spans((c.w / 2, 80 * s), title, font(fb, 54 * s), acc, anchor="mm")
    f = font(fr, pick(rng, [28, 32, 36]) * s)
    sc = rng.randint(20000, 90000)
    me = rng.randint(0, 7)
    for i in range(10):
        y = 150 * s + i * 85 * s
        if y > c.h - 80 * s:
            break
        ui.panel(c, [200 * s, y, c.w - 200 * s, y + 72 * s], mix(bg, acc, 0.35 if i == me else 0.08), None, 8 * s)
        c.d.text((240 * s, y + 36 * s), "#%d" % (i + 1), font=font(fb, 34 * s), fill=acc if i != me else tx, anchor="lm")
        q = p if i == me else Persona(rng, p.reg)
        r = rng.random()
        if r < 0.5:
            c.text((380 * s, y + 16 * s), q.gamertag, f, tx, "HANDLE")
        elif r < 0.8:
            c.text((380 * s, y + 16 * s), q.first + " " + q.last[0] + ".", f, tx, "PERSON")
        else:
            c.text((380 * s, y + 16 * s), q.full, f, tx, "PERSON")
        c.d.text((c.w - 240 * s, y + 36 * s), "{:,}".format(sc), font=f, fill=tx, anchor="rm")
        sc -= rng.randint(100, 4000)
    return c, kind, "game leaderboard (%s)" % p.reg


def friend_list(rng, p):
    c, s, bg, acc, kind = _base(rng)
    tx = _ink(bg)
    fb = pick(rng, GFAM); fr = pick(rng, ["sans", "cond", "lib"])
    ui.panel(c, [c.w - 760 * s, 0, c.w, c.h], mix(bg, (0, 0, 0), 0.35), None, 0)
    c.d.text((c.w - 720 * s, 40 * s), "FRIENDS  (%d online)" % rng.randint(2, 9), font=font(fb, 40 * s), fill=acc)
    f = font(fb, 32 * s); f2 = font(fr, 24 * s)
    for i in range(9):
        y = 120 * s + i * 105 * s
        if y > c.h - 110 * s:
            break
        q = Persona(rng, p.reg)
        ui.avatar(c, c.w - 680 * s, y + 45 * s, 38 * s, pick(rng, ui.AVC), None, s)
        c.text((c.w - 620 * s, y + 10 * s), q.gamertag, f, tx, "HANDLE")
        r = rng.random()
        if r < 0.35:
            c.spans((c.w - 620 * s, y + 55 * s), [("note: ", None), (q.first + " " + q.last, "PERSON"), (" from school", None)], f2, mix(tx, bg, 0.3))
        elif r < 0.55:
            c.spans((c.w - 620 * s, y + 55 * s), [(q.first, "PERSON"), (" - ", None), (q.school, "SCHOOL")], f2, mix(tx, bg, 0.3))
        elif r < 0.7:
            c.spans((c.w - 620 * s, y + 55 * s), [(q.first, "PERSON"), (", ", None), (str(q.age), "AGE")], f2, mix(tx, bg, 0.3))
        else:
            c.d.text((c.w - 620 * s, y + 55 * s), pick(rng, ["Online", "In lobby", "Offline - 2h", "Playing Ranked"]), font=f2, fill=(90, 220, 120))
    c.text((80 * s, 60 * s), p.gamertag, font(fb, 48 * s), acc, "HANDLE")
    return c, kind, "game friend list (%s)" % p.reg


def game_hud(rng, p):
    c, s, bg, acc, kind = _base(rng)
    tx = _ink(bg)
    fb = pick(rng, GFAM)
    for i in range(20):
        x, y = rng.randint(0, c.w), rng.randint(c.h // 3, c.h)
        r = rng.randint(20, 200) * s
        c.d.rectangle([x, y, x + r, y + r * 2], fill=mix(bg, acc, rng.uniform(0.05, 0.3)))
    c.d.rectangle([40 * s, 40 * s, 540 * s, 80 * s], outline=tx, width=int(3 * s))
    c.d.rectangle([44 * s, 44 * s, (44 + 490 * rng.random()) * s, 76 * s], fill=(220, 50, 50))
    c.d.text((40 * s, 100 * s), "HP %d/100" % rng.randint(5, 100), font=font(fb, 32 * s), fill=tx)
    c.d.text((c.w / 2, 60 * s), "WAVE %d" % rng.randint(1, 30), font=font(fb, 54 * s), fill=acc, anchor="mm")
    c.d.text((c.w - 40 * s, 40 * s), "SCORE {:,}".format(rng.randint(1000, 999999)), font=font(fb, 40 * s), fill=tx, anchor="ra")
    c.d.text((c.w - 40 * s, 100 * s), "%02d:%02d" % (rng.randint(0, 9), rng.randint(0, 59)), font=font(fb, 40 * s), fill=tx, anchor="ra")
    c.d.text((c.w - 40 * s, c.h - 60 * s), "AMMO %d / %d" % (rng.randint(0, 30), rng.randint(30, 240)), font=font(fb, 44 * s), fill=acc, anchor="rs")
    c.d.ellipse([40 * s, c.h - 340 * s, 340 * s, c.h - 40 * s], fill=mix(bg, tx, 0.15), outline=acc, width=int(3 * s))
    c.d.text((190 * s, c.h - 190 * s), "N", font=font(fb, 30 * s), fill=tx, anchor="mm")
    c.d.text((c.w / 2, c.h - 120 * s), pick(rng, ["PRESS E TO OPEN CHEST", "CHECKPOINT REACHED", "DOUBLE XP WEEKEND", "NEW QUEST: FIND THE KEY", "LEVEL UP! 42"]), font=font(fb, 36 * s), fill=tx, anchor="mm")
    return c, kind, "game HUD, no personal data"
