"""Tests for the HANDLE/URL scanner: @mentions, platform cues, Discord tags and links.

Every handle, server and link here is made up.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import scan_checked

from leakscan.findings import Kind
from leakscan.scanners.handle import HandleScanner, is_common_word, looks_like_handle
from leakscan.settings import Settings

SETTINGS = Settings()
SCANNER = HandleScanner()


def found(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of every finding (each checked against the scanner contract), and never two that overlap."""
    out = scan_checked(SCANNER, text, SETTINGS)
    for a, b in pairwise(out):
        assert a.end <= b.start, "findings must not overlap"
    return [(f.kind.value, f.text) for f in out]


def handles(text: str) -> list[str]:
    return [t for k, t in found(text) if k == "HANDLE"]


def urls(text: str) -> list[str]:
    return [t for k, t in found(text) if k == "URL"]


HANDLES = [
    ("ask @taylor lol", ["@taylor"]),  # a given name, though a star has it, is a friend's account
    ("sub to my yt its ciarangaming", ["ciarangaming"]),  # a channel's name ending in "gaming"
    ("bio 🎮 disc: frostbyte_22", ["frostbyte_22"]),  # "disc:" in a bio is Discord
    ("minecraft add me blocky_finn22 tonight", ["blocky_finn22"]),  # a platform, an order, the username
    # the name given after the platform and "my name is"; the tag before "add me on"
    ("add me on roblox my name is ZzStormKid11zZ thx", ["ZzStormKid11zZ"]),
    ("yo bro tui_rangi_08 add me on fortnite", ["tui_rangi_08"]),
    ("whats ur roblox name mine is ToastyPenguin44", ["ToastyPenguin44"]),
    # "is just", "is called": the whole cue, then the name (not "just", "called" as the name)
    ("my snap is just wren.oak11", ["wren.oak11"]),
    ("anyone on roblox rn? user toby_blox2013", ["toby_blox2013"]),  # "user" and a username's shape
    ("my yt channel is called FernGlowCrafts", ["FernGlowCrafts"]),
    ("add me on ps BigWaveBen", ["BigWaveBen"]),
    # @mentions
    ("follow @mia.dances for more", ["@mia.dances"]),
    ("shoutout to @jake_11!", ["@jake_11"]),
    ("@GalaxyKid_77 lol", ["@GalaxyKid_77"]),
    ("ig @mia", ["@mia"]),
    ("tiktok @mia.dances", ["@mia.dances"]),
    ("tiktok: @slime.queen.ella 500 followers goal!!", ["@slime.queen.ella"]),
    ("follow @noah_builds on tiktok i do lego builds", ["@noah_builds"]),
    ("@mia.dances. and @jake_11, and @pixel_panda", ["@mia.dances", "@jake_11", "@pixel_panda"]),
    ("(@lola.gymnast)", ["@lola.gymnast"]),
    ("follow me @ mia.dances", ["@ mia.dances"]),
    ("follow @josé_11 and @mía", ["@josé_11", "@mía"]),
    # platform cues
    ("snap: jakeyboi11", ["jakeyboi11"]),
    ("sc: ryan_dunk23 🏀", ["ryan_dunk23"]),
    ("my snap is jakeyboi11 add me!!!", ["jakeyboi11"]),
    ("add me on snap jakeyboi11", ["jakeyboi11"]),
    ("my insta is mia.dances", ["mia.dances"]),
    ("my insta is @mia.dances follow me pls", ["@mia.dances"]),
    ("my insta mia.dances", ["mia.dances"]),
    ("add me on fortnite ShadowFox", ["ShadowFox"]),
    ("add me on fortnite GalaxyKid_77 im cracked fr", ["GalaxyKid_77"]),
    ("my roblox is cool_kid_2014", ["cool_kid_2014"]),
    ("my roblox is xXNinjaCatXx join me", ["xXNinjaCatXx"]),
    ("my roblox username is coolkidd", ["coolkidd"]),
    ("roblox user: bubblegum_unicorn99", ["bubblegum_unicorn99"]),
    ("add me on roblox bubblegum_unicorn99", ["bubblegum_unicorn99"]),
    ("discord shadowfox#4412", ["shadowfox#4412"]),
    ("discord: shadowfox#4412 add me", ["shadowfox#4412"]),
    ("dm me on discord pixelbyte#0923", ["pixelbyte#0923"]),
    ("my discord is moonlight.owl now i changed it", ["moonlight.owl"]),
    ("my gamertag is xXSlayerXx", ["xXSlayerXx"]),
    ("my xbox gamertag is SilentStorm 4821", ["SilentStorm 4821"]),
    ("psn: DarkWolf_1122", ["DarkWolf_1122"]),
    ("psn name DarkWolf_1122 send me a friend request", ["DarkWolf_1122"]),
    ("xbox: xXSlayerXx", ["xXSlayerXx"]),
    ("my youtube channel is MiaMakesSlime", ["MiaMakesSlime"]),
    ("subscribe to my channel MiaMakesSlime", ["MiaMakesSlime"]),
    ("kik: jakeyboi11", ["jakeyboi11"]),
    ("kik = jakeyboi11", ["jakeyboi11"]),
    ("telegram jakey_11", ["jakey_11"]),
    ("minecraft username steve123", ["steve123"]),
    ("minecraft username CreeperSlayer_X join my realm", ["CreeperSlayer_X"]),
    ("my twitch is blazekid_2012 come watch me stream", ["blazekid_2012"]),
    ("my snapchat name is sunnyday", ["sunnyday"]),
    ("my insta is sunnyday", ["sunnyday"]),
    ("13 | oakridge | snap maddie.b13 🌸", ["maddie.b13"]),
    ("NEW SNAP benny.b.2013 NEW ME", ["benny.b.2013"]),
    ("my brawl stars friend code is #8YQL20VR lol", ["#8YQL20VR"]),
    ("my tiktok is its_ava_xo", ["its_ava_xo"]),
    ("my snap is jake11 and my insta is mia.dances", ["jake11", "mia.dances"]),
    ("add me on snap its jake_11", ["jake_11"]),
    ("my ign is ShadowFox", ["ShadowFox"]),
    ("my username is cool_kid_2014", ["cool_kid_2014"]),
    ("snapchat - jakeyboi11", ["jakeyboi11"]),
    ("Insta: MiaDances", ["MiaDances"]),
    ("IG: MIA.DANCES", ["MIA.DANCES"]),
    ("add me on roblox: CoolKid2014", ["CoolKid2014"]),
    ("fortnite name is ShadowFox", ["ShadowFox"]),
    ("u can find me on yt as MiaMakesSlime", ["MiaMakesSlime"]),
    ("my steam is xXSlayerXx", ["xXSlayerXx"]),
    ("epic: ShadowFox", ["ShadowFox"]),
    ("kik me @ jakey11", ["@ jakey11"]),
    ("hmu on snap jakeyboi11", ["jakeyboi11"]),
    ("my dc is shadowfox#4412", ["shadowfox#4412"]),
    ("my clash royale player tag: #2PP8QLJ", ["#2PP8QLJ"]),
    ("my roblox id is 123456789", ["123456789"]),
    ("I'm 12 and my discord is JakeTheSnake", ["JakeTheSnake"]),
    # the username before the platform
    ("search MiaMakesSlime on youtube", ["MiaMakesSlime"]),
    ("im its_ava_xo on snapchat", ["its_ava_xo"]),
    ("add kittykat_2012 on snap i post my hamster", ["kittykat_2012"]),
    ("ShadowFox on fortnite", ["ShadowFox"]),
    # bare Discord tags
    ("hmu shadowfox#4412", ["shadowfox#4412"]),
    ("pixel.byte#0923 is me", ["pixel.byte#0923"]),
    # "its" after a platform: a username that looks like one, or one said to be mine
    ("add me on snap its jakeyboi11", ["jakeyboi11"]),
    ("my snap its jake", ["jake"]),
    ("my snap is jakeyyyy", ["jakeyyyy"]),  # a stretched name that is no everyday word stays
    ("we are on fortnite add him blazecat_nz", ["blazecat_nz"]),  # a platform, an order to add a friend
    ("my ps is heaps_gamer99", ["heaps_gamer99"]),  # an intensifier inside a username stays one
]


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_finds_handle(text: str, expected: list[str]) -> None:
    assert handles(text) == expected


NOT_HANDLES = [
    "that new xbox is wild",  # a judgement of the console after "is", no username
    "my snap is so dry lately",
    "the new xbox is pretty laggy tbh",  # an intensifier, then a judgement: no username
    "my ps is super slow since the update",
    "my youtube is amazing",  # an "-ing" word, no channel's name
    "we played disc golf at the park",
    "add me on snap its easier",
    "my snap is just for close friends",  # "is just" before everyday words
    "user 2 left the chat lol",  # "user" and no username's shape
    "our channel is called the best in the school",
    "hey cuz add me on fortnite",
    "ps i miss u already",
    "add me on roblox my name is hard to spell lol",
    "add me on snap its way faster there",
    "add me on fortnite so we can play",
    "add me on fortnite tonight",
    "my insta is private",
    "my insta account is private",
    "snap me later",
    "my discord is down",
    "my tiktok is blowing up",
    "my snap got hacked",
    "my roblox is fun",
    "i play roblox everyday",
    "i love snap filters",
    "meet @ the park",
    "@ the park at 5",
    "meet @5pm",
    "party @ 5:30",
    "@10am tomorrow",
    "see you @home",
    "@ school",
    "@ McDonalds",
    "jakey11@hotmail.com",
    "email jake.smith@gmail.com now",
    "I can handle it",
    "check out my channel",
    "my channel is new",
    "subscribe to my channel pls",
    "my youtube is cool",
    "epic win",
    "that was so epic lol",
    "my steam deck is here",
    "order#1234 shipped",
    "issue#2048",
    "we won #1234",
    "#2014",
    "ps: see you later",
    "my xbox broke",
    "got 2nd on fortnite",
    "I'm good on roblox",
    "Jake on snap said hi",
    "see you on snap",
    "my name is Emma",
    "my snap streak is 100 days",
    "my snap score is 50000",
    "add me on snap!!",
    "add me on snap as well",
    "follow me on insta for more slime videos",
    "tiktok made me buy it",
    "youtube kids is boring",
    "minecraft 1.20 update",
    "minecraft 1.20.1 is out",
    "my minecraft is 1.20.1",
    "xbox 360 and ps5 2023",
    "add me on fortnite 1v1",
    "roblox add him later",  # an order to add a friend, and no username after it
    "got 20000 on fortnite",
    "my roblox is lvl100",
    "my roblox is 2day",
    "snap 123456",
    "my ps is sooo laggy today",  # an everyday word typed stretched (world17 family)
    "my snap is deaddd lol",
    "talking about the #WorldCup on Facebook",
    "track me on FB #co54",
    "@@@@",
    "@",
    "#",
    "year 4 at elm ps is actually great",  # "ps" is a primary school, and the word after it chat
    "minecraft dungeons is lowkey better",
    "who wants to squad up on fortnite lads",
    "hmu for cod zombies tonight",
    "dm me for youtube collabs",
    "@mrbeast please give me a car",  # a star's public account
    "follow @nasa for space pics",  # a public body's
    "grade 3 at ridge ps is heaps good",  # an Australian intensifier after the school's "ps"
    "new ps5 game is hella fun",  # ... and an American one
]


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_not_a_handle(text: str) -> None:
    assert handles(text) == []


URLS = [
    ("play me chess.com/member/rookhopper_09", ["chess.com/member/rookhopper_09"]),  # a player's page there
    ("join the group chat.whatsapp.com/Hq7Lm2Pz9 before sat", ["chat.whatsapp.com/Hq7Lm2Pz9"]),
    ("https://www.twitch.tv/blazekid_2012 live now!!!", ["https://www.twitch.tv/blazekid_2012"]),
    ("look https://scratch.mit.edu/users/coder_kid_2013/", ["https://scratch.mit.edu/users/coder_kid_2013/"]),
    ("party https://maps.app.goo.gl/Xy7Qa9kLp2 be there at 3", ["https://maps.app.goo.gl/Xy7Qa9kLp2"]),
    ("rsvp here https://forms.gle/partyRSVPella11.", ["https://forms.gle/partyRSVPella11"]),
    ("(see http://example.com/a_(b))", ["http://example.com/a_(b)"]),
    ("(see http://example.com/page)", ["http://example.com/page"]),
    ("HTTPS://EXAMPLE.ORG/MIA?x=1&y=2!", ["HTTPS://EXAMPLE.ORG/MIA?x=1&y=2"]),
    ("visit www.miamakes.com!", ["www.miamakes.com"]),
    ("www.example.co.uk/club, ok", ["www.example.co.uk/club"]),
    ("watch my slime vid tiktok.com/@ellaslimes/video/7301234567890", ["tiktok.com/@ellaslimes/video/7301234567890"]),
    ("tiktok.com/@mia.", ["tiktok.com/@mia"]),
    ("youtube.com/c/MiaMakesSlime", ["youtube.com/c/MiaMakesSlime"]),
    ("youtube.com/@minecraftmax2013 i only have 12 subs", ["youtube.com/@minecraftmax2013"]),
    ("instagram.com/mia.dances", ["instagram.com/mia.dances"]),
    ("join discord.gg/abc123 now", ["discord.gg/abc123"]),
    ("twitch.tv/shadowfox", ["twitch.tv/shadowfox"]),
    ("vm.tiktok.com/ZMabc123/", ["vm.tiktok.com/ZMabc123/"]),
    ("my shop bit.ly/mias-slime-shop 5 dollars each", ["bit.ly/mias-slime-shop"]),
    ("miadances.tumblr.com is my blog", ["miadances.tumblr.com"]),
    ("youtu.be/dQw4w9WgXcQ?t=42", ["youtu.be/dQw4w9WgXcQ?t=42"]),
    ("linktr.ee/mia.dances", ["linktr.ee/mia.dances"]),
    ("my site is miamakesslime.com", ["miamakesslime.com"]),
    ("a https://a.example.com/x and www.b-example.net", ["https://a.example.com/x", "www.b-example.net"]),
    # a page of its own under a public site, or a brand's site with a path, may lead to someone
    ("wiki.lego.com is mine", ["wiki.lego.com"]),
    ("mia.wikipedia.org", ["mia.wikipedia.org"]),
    ("www.google.com/maps/place/12+oak+st", ["www.google.com/maps/place/12+oak+st"]),
    ("www.kofimakes.co.za", ["www.kofimakes.co.za"]),
    # a game server's address: a service word before the server's own name
    ("our smp ip is play.wombatcraft.net come on", ["play.wombatcraft.net"]),
    ("server mc.kiwiblocks.co.nz join rn", ["mc.kiwiblocks.co.nz"]),
    ("hub.tigerpvp.in is up again", ["hub.tigerpvp.in"]),
    # a free host's subdomain is someone's own server; a country domain told as the server
    ("join ours: tamandjo.aternos.me", ["tamandjo.aternos.me"]),
    ("our mc server ferncraft.ie is online", ["ferncraft.ie"]),
    # a channel of a name close to a star's is a child's own
    ("subscribe youtube.com/@markiplierfan2014", ["youtube.com/@markiplierfan2014"]),
    ("tiktok.com/@khaby.lame.jr", ["tiktok.com/@khaby.lame.jr"]),
]


@pytest.mark.parametrize(("text", "expected"), URLS)
def test_finds_url(text: str, expected: list[str]) -> None:
    assert urls(text) == expected


NOT_URLS = [
    "go on youtube.com",
    "my lichess.org puzzle streak is 30",  # a chess site's bare name: nobody's page
    "make a free server on aternos.me",  # the host's own page
    "thabo.builds.za",  # a country domain with no server told of
    "is whatsapp.com down for anyone",
    "i love tiktok.com",
    "www.",
    "http://",
    "e.g. this",
    "i.e. that",
    "mia.dances",
    "jakey11@hotmail.com",
    "jakey11 at hotmail.com",
    "file.txt and index.html",
    "it was fun.it was great",
    "3.14 and 1.5",
    "ok.com",
    "we r at the mall.com lol",
    "look at this.com",
    "go play.this.com",
    "mc.ok.net",
    "i was so tired.in the morning",
    "my other acc is naledi.skates.za",
    "a...b",
    # public websites and brands' home pages lead to no child (boxes, posters, homework)
    "just look it up on wikipedia.org",
    "coolmathgames.com is blocked at school",
    "revise on bbc.co.uk/bitesize tonight",
    "https://www.bbc.co.uk/bitesize/guides/abc",
    "scan for more at www.lego.com",
    "www.nintendo.com",
    "the forecast on bom.gov.au says rain",
    # a public game server's joining address: the server of millions
    "server ip is play.hypixel.net",
    "mc.cubecraft.net tonight?",
    # a star's channel (the famous list) is public
    "his new vid is up youtube.com/@Markiplier",
    "https://www.youtube.com/@markiplier/videos",
    "tiktok.com/@khaby.lame lol",
]


@pytest.mark.parametrize("text", NOT_URLS)
def test_not_a_url(text: str) -> None:
    assert urls(text) == []


def test_a_url_with_a_handle_is_one_url() -> None:
    assert found("check tiktok.com/@mia.dances ok") == [("URL", "tiktok.com/@mia.dances")]
    assert found("https://instagram.com/@jake_11") == [("URL", "https://instagram.com/@jake_11")]


def test_handles_and_urls_together() -> None:
    text = "my insta is mia.dances and my yt is youtube.com/@MiaMakesSlime, discord shadowfox#4412"
    assert found(text) == [
        ("HANDLE", "mia.dances"),
        ("URL", "youtube.com/@MiaMakesSlime"),
        ("HANDLE", "shadowfox#4412"),
    ]


@pytest.mark.parametrize("word", ["private", "later", "so", "the", "down", "Tonight", "LOL", "snap", "it’s"])
def test_common_words(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("xXSlayerXx", True),
        ("MiaMakesSlime", True),
        ("jake_11", True),
        ("steve123", True),
        ("mia.dances", True),
        ("Emma", False),
        ("shadowfox", False),
        ("McDonalds", False),
        ("LOL", False),
        ("mia.", False),
    ],
)
def test_looks_like_handle(token: str, expected: bool) -> None:
    assert looks_like_handle(token) is expected


@pytest.mark.parametrize(
    "soup",
    [
        "@" * 200_000,
        "@a" * 100_000,
        "a.a.a.a@" * 25_000,
        "a." * 100_000 + "com",
        ".com" * 50_000,
        "http://" * 30_000,
        "https://" + "a" * 200_000,
        "www." * 50_000,
        "tiktok.com/" * 20_000,
        "snap: " * 40_000,
        "add me on snap " * 15_000,
        "a#1234" * 40_000,
        "x" * 200_000 + "#1234",
        "my insta is " * 20_000,
        ("(" * 1000 + "http://x.com/" + ")" * 1000) * 20,
    ],
)
def test_adversarial_input_is_scanned(soup: str) -> None:
    # Time is measured by benchmarks/text_scaling.py (these units are among its patterns).
    found(soup)


# -- issue 10: handles without "@" and game IDs (leakscan/lexicon handle_* families) --------------

WORLD_HANDLES = [
    # a plea to reach the child, then a username-only token and no platform named
    ("hmu petra.zammit_x if u wanna call", "petra.zammit_x"),
    ("dm me kofi_rides22 for the vid", "kofi_rides22"),
    ("my bgmi name is Raj_Sniper77", "Raj_Sniper77"),
    ("free fire id: 5512309876", "5512309876"),
    ("ff id is 4409871234 add me", "4409871234"),
    ("my genshin uid 812345678", "812345678"),
    ("snap me lulu_xo.22 if ur bored", "lulu_xo.22"),
    ("sc me tayy.b09", "tayy.b09"),
    ("add BrambleFox07 on fort for duos", "BrambleFox07"),  # a game by its short name, after a cue
    ("add kestrel#OCE1 on val rn", "kestrel#OCE1"),
    ("league id NightOwlTovah im plat 2", "NightOwlTovah"),
    ("my switch friend code is SW-1234-5678-9012", "SW-1234-5678-9012"),
    # a Switch code without its cue, Mobile Legends IDs with their server
    ("trade villagers? SW-5521-0093-7714", "SW-5521-0093-7714"),
    ("mlbb id 661203948 (3012) add me", "661203948 (3012)"),
    ("ml id ko 552091833 tara", "552091833"),
    # a handle opening the post, after "follow my ... acc", "add me im", "im" in a game post
    ("toby_nz09 add me on roblox", "toby_nz09"),
    ("frostbyte_22 is my minecraft name", "frostbyte_22"),
    ("follow my slime acc goo.galaxy.7 pls", "goo.galaxy.7"),
    ("add me im PixelPanda_04", "PixelPanda_04"),
    ("duos in fortnite later? im NovaKid_11", "NovaKid_11"),
    ("tara laro tayo sa ml DarkMage_PH", "DarkMage_PH"),
    # Hindi/Urdu "pe"/"mein" (on/in) after the platform
    ("snap pe riya.k_05 add karo", "riya.k_05"),
    ("roblox mein SpeedyTiger_09 hai mera", "SpeedyTiger_09"),
    # a game's numeric ID after "(my) id" elsewhere in a post about the game
    ("who wants ml later, my id 771203455", "771203455"),
    ("pubg squad? id: 5120398", "5120398"),
    # an account's name opening the post, a tag before "add me"
    ("cosplay acc stitch.and.sew 🧵", "stitch.and.sew"),
    ("on fortnite tonight ShadowFern9 add me", "ShadowFern9"),
    # the xX...Xx wrapping only usernames wear
    ("lol xXfrostwolfXx left the game", "xXfrostwolfXx"),
    # a name with dots after the platform is the username, not a website
    ("my discord is bluemoon.tv", "bluemoon.tv"),
    # a Minecraft server's name
    ("our server name is KiwiKraft_NZ come play", "KiwiKraft_NZ"),
    # the platform itself after "is my"; "my" in Malay after "id" in a post about the game
    ("moonpie_x3 is my tiktok go look", "moonpie_x3"),
    ("jom main mlbb, id saya 6120394471", "6120394471"),
    ("main roblox jom, username aku hafiz_kool12", "hafiz_kool12"),  # Malay "my username"
    ("ig saya siti.bakes", "siti.bakes"),
    ("insta pe follow karo priya_sketches", "priya_sketches"),  # Hinglish "do follow"
    ("insta pe add kr meera_draws22", "meera_draws22"),  # Hinglish "add (me) there"
    ("thabo_yt09 join my party quick", "thabo_yt09"),  # an invite to the child's game
    # a handle opening the post with its platform or a plea to follow after it (the caption)
    ("zed_77 my tiktok for dance vids", "zed_77"),
    ("kiri.waves roblox", "kiri.waves"),
    ("moana_fan07 free fire squad join karo", "moana_fan07"),
    ("pete.draws.9 follow pls", "pete.draws.9"),
    # an order to add the child, in English or another language, then a username and no platform
    ("add me wiremu_kicks22 after school", "wiremu_kicks22"),
    ("add me pls tamsin.art_ 🎨", "tamsin.art_"),
    ("snapa mig linnea.rides_07", "linnea.rides_07"),  # Swedish "snap me"
    ("mon snap c'est noa.vrt_12 ajoutez moi", "noa.vrt_12"),  # French "is" (world26 recall family)
    ("il mio tiktok è bea.fiore_10", "bea.fiore_10"),  # Italian "is"
    ("add me on snap wildcat_09", "wildcat_09"),  # a judgement's word inside a username is kept
    ("pls follow kojo_kicks_09 for more", "kojo_kicks_09"),  # an order to follow, no platform
    ("agrégame tomas_river09 porfa", "tomas_river09"),  # Spanish "add me"
    ("add mình nha cá_heo_2013", "cá_heo_2013"),  # Vietnamese "add me"
    # "is" of another language between the platform and the handle
    ("mi discord es pablito_fc_10", "pablito_fc_10"),
    ("meu insta é bia.skates", "bia.skates"),
    ("agrega a nico_99 en fortnite", "nico_99"),  # Spanish "of", the platform after
    ("segue a nina.draws_12 no insta", "nina.draws_12"),  # Portuguese "on"
    ("xbox gt FROSTxBYTEx9 on now", "FROSTxBYTEx9"),  # a console, then "gt" (gamertag)
    ("psn gamer tag LunaRay_04", "LunaRay_04"),
    ("my riot id is kiwifern#NZ2 add me", "kiwifern#NZ2"),  # a Riot ID's tagline after "#"
    ("valorant riot id tuimoon#OCE duo?", "tuimoon#OCE"),
    # "user" for username: after "my", or a name that looks like a handle
    ("ok my user is mossgolem_ada if u want to trade", "mossgolem_ada"),
    ("my user is tavitagames", "tavitagames"),
    ("user: quillfox_31", "quillfox_31"),
    # a list of accounts: beside a username given, an unknown word after the next platform is one too
    ("snap kojoqb or insta kojo.qb_09", "kojoqb"),
    ("yt channel is rafi_builds and tiktok rafibldz", "rafibldz"),
    # chat apps of East and Southeast Asia, with a cue
    ("line id: kanya_swims12", "kanya_swims12"),
    ("my kakao is haneul_0923", "haneul_0923"),
    ("add me on zalo bao.ngoc11", "bao.ngoc11"),
    # a platform that needs a cue, with a word shaped as a username before "on" it or after "me"
    ("Kagiso_Grinds_77 on cod mobile, u can add", "Kagiso_Grinds_77"),
    ("kakao me jisoo_0722", "jisoo_0722"),
    # a chat app's name that is no everyday word, then a word shaped as a username: its ID, no cue needed
    ("beach day 🌊 kakao yeseul_0411", "yeseul_0411"),
    ("wechat liang88 for the group", "liang88"),
    # Telegram said short, after "my"
    ("my tele ruixin_1203 ok", "ruixin_1203"),
    # a twelve-digit friend or trainer code in groups of four: the whole code, not its first group
    ("pogo trainer code 6172 0483 9915 pls add", "6172 0483 9915"),
    ("my friend code: 3309-8812-4470 send gifts", "3309-8812-4470"),
    # "me" in Malay before the game's name ("add aku ff <ID>")
    ("add aku ff 4190237758 nanti malam", "4190237758"),
]

WORLD_NOT_HANDLES = [
    "hmu later when ur free",  # a plea to reach with a plain word after it
    "follow the signs to the beach",  # an order to follow, a plain word after it
    "dm me pls i need help with maths",
    "hmu at 4.30 after practice",
    "my line is funny lol",  # a part in a play
    "the line at the canteen is so long",
    "kakao talk crashed again",
    "kakao friends plushies r so cute",  # the app's plain words after it
    "my tele is broken again",  # a television
    "we built a fort with val in the backyard",  # a fort and a given name, no cue
    "my league is so hard this season",  # an everyday word after the platform's
    "watching netball on the tele with nan",
    "the tele remote is lost",
    "see u on ps later",  # a plain word before "on ps"
    "she is so good on ff",
    "every user is welcome here",  # a bare "user" before a plain word is no username
    "snap streaks are dumb, insta reels better",  # platforms before everyday words, no username given
    "tiktok dances rn",
    "my user is so laggy today",
    "username aku lupa la",  # Malay "my username I forgot": no username after "aku"
    "insta pe follow karo yaar",  # Hinglish "do follow on insta", an everyday word after it
    "snap pe add karo na yaar",  # ... "add (me) there", no username after it
    "nobody join my lobby pls",  # an invite without a handle
    "snap me later ok",
    "mon snap c'est trop drôle",  # French "is", then how the app is: no username
    "ton insta cest nul",
    "switch it off pls",
    "the ff on the remote",
    "line up at the door",
    "snap me when ur home",
    "my line is busy",
    "my uid is wrong",
    "my clash is level 12",
    "follow my art acc pls",
    "im Sarah and i love fortnite",
    "im 12 and i play roblox",
    "ff na 12pm ok",
    "ig 2morrow then",
    "sw-12-34 is the room code",
    "insta pe reel dekhi kal",
    "roblox mein lag bahut hai",
    "mi amigo de roblox es re bueno",  # Spanish "my friend from roblox": a friend, no username
    "tengo 900 robux de roblox",
    "the user is always right",
    "my user experience was bad",
    "my student id 4459201 got lost",
    "saw it on insta, my library id 5561230 expired",
    "my minecraft login is outlook.com",
    "on ps5 add me",
    "lobby code ZX7Q hurry",
    "our realm code is Bz8qLm3Tw",
    "my acc is private now",
    "pubg custom tonight, room id 5528190 pass 42",
    "this is my tiktok era",
    "ps5 fortnite tonight anyone",  # a console, then a game: no handle opens the post
    "gta5 roblox or minecraft",
    "lol.. roblox is down again",
    "fifa23 ps5 who wants",
    "lol is my insta down or what",  # a custom room anyone joins, no player's ID
    "add me pls im bored",  # an order to add, no username after it
    "add me on mysite.com",  # a web address, no username
    "add me 2 the group chat",
    "add me... nobody ever does",
    "mi discord es muy lento hoy",  # Spanish "is", then everyday words
    "my xbox gt is so long lol",  # "gt", then everyday words
    "riot id is so annoying to change",
    "trainer code 6172 0483 is half of it",  # two groups of four: no whole code
    "add aku dulu nanti",  # Malay "add me first": no username
]


@pytest.mark.parametrize(("text", "handle"), WORLD_HANDLES)
def test_world_handles_and_game_ids(text: str, handle: str) -> None:
    assert handle in [f.text for f in scan_checked(SCANNER, text) if f.kind is Kind.HANDLE]


@pytest.mark.parametrize("text", WORLD_NOT_HANDLES)
def test_world_platform_look_alikes_are_no_handle(text: str) -> None:
    assert [f.text for f in scan_checked(SCANNER, text) if f.kind is Kind.HANDLE] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of accounts: both usernames
        ("snap kojoqb or insta kojo.qb_09", ["kojoqb", "kojo.qb_09"]),
        # a word after another platform outside a list is no username, even beside one ("tonite", Malay "petang")
        ("valorant tonite? my snap is jun_88", ["jun_88"]),
        ("jom main roblox petang ni, user aku hafiz_77", ["hafiz_77"]),
    ],
)
def test_listed_accounts(text: str, expected: list[str]) -> None:
    assert handles(text) == expected
