"""The fixed plan of 240 images: scene, region, format, quality, QR type."""
import random

PLAN_SEED = 151515
PREFIX = "k"
N_IMAGES = 240

# (scene, count, family)
LEAKY = [
    ("chat_whatsapp", 8, "screenshot"), ("chat_imessage", 7, "screenshot"), ("chat_instagram", 6, "screenshot"),
    ("chat_discord", 6, "screenshot"), ("chat_sms", 6, "screenshot"), ("game_profile", 6, "screenshot"),
    ("friend_list", 6, "screenshot"), ("game_lobby", 5, "screenshot"), ("lock_screen", 5, "screenshot"),
    ("signup_form", 6, "screenshot"),
    ("birthday_banner", 5, "photo"), ("birthday_cake", 5, "photo"), ("parcel_label", 6, "photo"), ("envelope", 5, "photo"),
    ("school_sign_near", 4, "photo"), ("school_sign_far", 4, "photo"), ("lunchbox_label", 4, "photo"),
    ("bottle_label", 4, "photo"), ("bag_tag", 4, "photo"), ("team_shirt", 3, "photo"), ("race_bib", 3, "photo"),
    ("certificate", 5, "photo"), ("trophy", 4, "photo"), ("house_street_sign", 5, "photo"), ("noticeboard", 5, "photo"),
    ("whiteboard", 5, "photo"), ("fridge_notes", 5, "photo"), ("id_card", 3, "photo"), ("library_card", 3, "photo"),
    ("lost_pet_poster", 5, "photo"),
    ("permission_slip", 6, "document"), ("form", 6, "document"), ("report_card", 5, "document"),
    ("timetable", 5, "document"), ("club_flyer", 5, "document"), ("invitation", 5, "document"),
]
CLEAN = [
    ("clean_league_table", 4, "screenshot"), ("clean_scoreboard", 3, "photo"), ("clean_celebrity_poster", 4, "photo"),
    ("clean_movie_poster", 4, "photo"), ("clean_book_cover", 4, "photo"), ("clean_packaging", 5, "photo"),
    ("clean_website", 4, "screenshot"), ("clean_weather_app", 4, "screenshot"), ("clean_game_hud", 4, "screenshot"),
    ("clean_menu", 4, "photo"), ("clean_recipe", 3, "document"), ("clean_road_sign", 3, "photo"),
    ("clean_shop_sign", 3, "photo"), ("clean_museum_sign", 3, "photo"), ("clean_ticket", 3, "photo"),
    ("clean_bus_timetable", 3, "photo"), ("clean_worksheet", 2, "document"),
]
# QR payload types on leaky images (30)
QR_LEAKY = {
    "lost_pet_poster": ["tel", "tel", "sms", "tel"], "bag_tag": ["mecard", "vcard", "mecard"],
    "id_card": ["vcard", "vcard"], "library_card": ["text"], "club_flyer": ["wa", "discord", "tme", "mailto"],
    "invitation": ["geo", "sms", "tel", "vcard"], "game_profile": ["discord", "snap", "tme"],
    "friend_list": ["snap", "snap"], "fridge_notes": ["wifi", "text", "wifi"], "noticeboard": ["mailto", "wa"],
    "permission_slip": ["mailto"], "bottle_label": ["text"],
}
# QR payloads on clean images (10): public / brand content only
QR_CLEAN = {
    "clean_packaging": [None, None, None, None],  # brand URL chosen by the scene
    "clean_menu": ["https://order.harbourkitchen.com/menu", "https://www.littlefoxespresso.com/order"],
    "clean_ticket": ["TKT-4821-9931-CHILD", "https://www.cityaquarium.org/tickets/scan/AQ77310"],
    "clean_museum_sign": ["https://www.nationalmuseum.org/audio/exhibit-14"],
    "clean_celebrity_poster": ["https://www.livenation.com/tours"],
}
SCREEN_SCENES_CLEAN = {"clean_league_table", "clean_website", "clean_weather_app", "clean_game_hud"}
REGIONS = ["US", "UK", "IE", "CA", "AU", "NZ", "IN", "ZA"]
EXT = {"jpeg": "jpg", "png": "png", "webp": "webp"}


def build_plan():
    rng = random.Random(PLAN_SEED)
    items = []
    for scenes, clean in ((LEAKY, False), (CLEAN, True)):
        for name, n, fam in scenes:
            for i in range(n):
                items.append({"scene": name, "clean": clean, "family": fam, "k": i})
    assert len(items) == N_IMAGES, len(items)
    # QR codes
    for it in items:
        it["qr"] = None
        it["qr_payload"] = None
        if not it["clean"] and it["scene"] in QR_LEAKY and it["k"] < len(QR_LEAKY[it["scene"]]):
            it["qr"] = QR_LEAKY[it["scene"]][it["k"]]
        if it["clean"] and it["scene"] in QR_CLEAN and it["k"] < len(QR_CLEAN[it["scene"]]):
            it["qr"] = "clean"
            it["qr_payload"] = QR_CLEAN[it["scene"]][it["k"]]
    # regions: balanced over leaky images, random for clean ones
    regs = (REGIONS * 30)[:sum(1 for it in items if not it["clean"])]
    rng.shuffle(regs)
    j = 0
    for it in items:
        if it["clean"]:
            it["region"] = rng.choice(REGIONS)
        else:
            it["region"] = regs[j]
            j += 1
    # capture kind
    for it in items:
        if it["family"] == "screenshot":
            it["capture"] = "screen"
        elif it["family"] == "document":
            if it["scene"] == "clean_worksheet":
                it["doc_mode"] = "scan"
            else:
                it["doc_mode"] = "photo" if rng.random() < 0.4 else "scan"
            it["capture"] = it["doc_mode"]
        else:
            it["capture"] = "photo"
    # formats: 48 PNG, 48 WEBP, 144 JPEG
    screens = [it for it in items if it["capture"] == "screen"]
    scans = [it for it in items if it["capture"] == "scan"]
    photos = [it for it in items if it["capture"] == "photo"]
    for grp in (screens, scans, photos):
        rng.shuffle(grp)
    quota = {"screen": (40, 15), "scan": (8, 6)}
    for grp, key in ((screens, "screen"), (scans, "scan")):
        npng, nwebp = quota[key]
        for i, it in enumerate(grp):
            it["format"] = "png" if i < npng else ("webp" if i < npng + nwebp else "jpeg")
    n_webp_left = 48 - sum(1 for it in items if it.get("format") == "webp")
    n_png_left = 48 - sum(1 for it in items if it.get("format") == "png")
    for i, it in enumerate(photos):
        it["format"] = "webp" if i < n_webp_left else ("png" if i < n_webp_left + n_png_left else "jpeg")
    for it in items:
        f = it["format"]
        it["quality"] = rng.randint(60, 92) if f == "jpeg" else (rng.randint(70, 90) if f == "webp" else None)
    rng.shuffle(items)
    for i, it in enumerate(items):
        it["index"] = i + 1
        it["file"] = "out/img_%s%03d.%s" % (PREFIX, i + 1, EXT[it["format"]])
    return items
