"""The words the ADDRESS scanner reads by (:mod:`leakscan.scanners.address`): street types
in English and other languages, words that cannot be part of a street name or that make a
number a count, the cues before an address, regions, countries and famous street names.
"""

from __future__ import annotations

from .base import words

#: Street types that mark an address even in lower case ("42 oak street").
STRONG_SUFFIXES = words(
    """street st str road rd avenue ave av boulevard blvd lane ln crescent cres terrace tce terr
    parkway pkwy highway hwy dr ct pl cir expressway expy freeway fwy turnpike tpke"""
)
#: Street types that need a capitalised name, a cue or more address after them ("42 Oak Drive"; "lawn":
#: an Irish estate's road, "27 ashgrove lawn"; "pde": Australia's parade, "6 ashgrove pde"; "crt" and
#: "cct": its court and circuit, "14 banksia crt").
MEDIUM_SUFFIXES = words(
    """drive court close way place grove gardens gdns circle square sq trail trl row mews walk
    alley path loop bend rise view green park hill heights ridge crossing point commons landing
    manor meadow meadows plaza cove glen hollow brook creek estate estates wharf quay parade
    esplanade promenade embankment drove chase croft fold garth wynd yard approach broadway
    mall lanes gate vale dale lawn lawns pde crt cct"""
)
#: Further street types (the US Postal Service list) that need a cue or more address after them.
EXTRA_SUFFIXES = words(
    """branch bridge brooks burg bypass camp canyon cape causeway center centre cliff cliffs club
    common corner corners course courts coves creek crest crossroad curve dam divide drives
    extension falls ferry field fields flat flats ford fords forest forge forges fork forks fort
    garden gateway glens greens groves harbor harbour harbors haven highlands hills inlet island
    islands isle junction key keys knoll knolls lake lakes land light lights loaf lock locks
    lodge manors mill mills mission motorway mount mountain mountains neck orchard oval
    overpass parks passage pike pine pines plain plains points port ports prairie radial ramp
    ranch rapid rapids rest ridges river roads route shoal shoals shore shores skyway spring
    springs spur spurs squares station stravenue stream streets summit throughway trace track
    trafficway trailer tunnel underpass union unions valley valleys viaduct views village
    villages ville vista walks wall ways well wells"""
)
ALL_SUFFIXES = STRONG_SUFFIXES | MEDIUM_SUFFIXES | EXTRA_SUFFIXES
#: Street-type abbreviations that may carry a dot ("St.", "Ave.").
ABBREV_SUFFIXES = words(
    "st str rd ave av blvd ln cres tce terr pkwy hwy dr ct pl cir expy fwy tpke gdns sq trl pde crt cct"
)
#: Street types written before the name ("rue du Centre", "Via Roma", "Calle Mayor").
PREFIX_TYPES = words(
    """rue avenue av avda avenida via viale calle carrer rua ul ulica piazza piazzetta plaza paseo
    camino boulevard bd chemin allée allee place strada corso largo travessa estrada rodovia
    praça praca calea aleja al ulitsa prospekt prospect quai impasse cours route"""
)
#: Prefix types that are also everyday English words: need a capitalised name.
AMBIGUOUS_PREFIX_TYPES = words("via avenue av place route al boulevard bd cours plaza prospect")
#: Endings of one-word street names in other languages ("Mellemvej", "Schillerstraße").
COMPOUND_ENDINGS = (
    "vej", "gade", "gatan", "vägen", "vagen", "katu", "kuja", "polku", "straße", "strasse", "weg",
    "gasse", "platz", "allee", "laan", "straat", "plein", "gracht", "veien", "vegen", "gata",
    "stræde", "straede", "bakken", "sletta", "stien", "svingen", "kroken", "gränd", "backe",
    "stigen", "leden", "torget", "torv", "väg", "ulica", "ulice", "iela", "gatve", "tänav",
    "utca", "tie", "steig", "damm", "ring", "ufer", "markt", "kade", "singel", "dreef", "hof",
    "plaats", "dijk", "steeg", "stræti", "straeti", "vegur", "braut", "stígur", "stigur",
)  # fmt: skip
#: Endings that need a longer stem ("cutie 2" is not a street; "Puruntie 82" is).
SHORT_RISKY_ENDINGS = {"tie": 4, "ring": 5, "hof": 4, "weg": 3, "damm": 3, "markt": 3, "kade": 4, "steig": 3}
#: Street-type words written as a separate word after the name ("Rákóczi út 13", "Luite tee 71").
SEPARATE_TYPES = words(
    """út ut utca tér ter körút krt gate gata gaten tee vej gade gatan vägen straße strasse weg
    ulica ulice cesta iela tänav puiestee põik allee platz laan straat vei veg"""
)
#: Words that cannot be part of a street name.
STOP = words(
    """a an the and or of in at to on onto into my our your his her their its this that these
    those for with from by near next is are was were be been am i we you he she they it me us
    them so but then than just very lol omg also too if when where while as not no yes about
    after before over under up down off out around behind between get got go going went come
    came have has had do did does like love hate want need really only even still all any some
    every each both more most less many much few"""
)
#: Words after a number that show it is a count, a time or a measure ("5 min drive").
JUNK = words(
    """min mins minute minutes hr hrs hour hours sec secs second seconds day days week weeks
    month months year years yr yrs mile miles mi km kms meter meters metre metres ft feet foot
    inch inches lb lbs kg pound pounds dollar dollars bucks cents percent pc pcs pts points
    goals goal times time way ways people kids friends players games levels lvl step steps
    block blocks floor floors story stories storey storeys pm am oclock o'clock tonight today
    tomorrow yesterday morning night nights k m b x laps lap reps sets rounds round
    innings runs bags boxes cups slices pieces ghz mhz hz gb mb tb kb gig gigs mp px fps mah kw
    star stars hundred thousand million billion grand percent"""
)
#: Words that end an address chunk after a strong cue.
CHUNK_STOP = words(
    """for in after last please thanks thank and but so because when if since until then i we
    you he she they it this that is was are were will would can could should with tomorrow
    today tonight asap now soon ok okay lol by"""
    # an instruction after a time ("its at 3 bring a towel", "its at 4 dont be late"): no street
    """ bring wear dont don't pls plz rsvp see text call"""
    # a time that repeats or is exact ("the bus is at 6 every day", "practice is at 5 sharp")
    """ every each sharp"""
)
#: US states and territories, Canadian provinces, Australian states (abbreviations).
REGION_CODES = words(
    """al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
    nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi as mp
    ab bc mb nb nl ns nt nu on pe qc sk yt nsw vic qld tas act"""
)
#: Full region names (US states, Canadian provinces, Australian states, UK nations, counties...).
REGION_NAMES = words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming alberta
    manitoba ontario quebec saskatchewan yukon nunavut queensland victoria tasmania england
    scotland wales yorkshire lancashire kent essex surrey sussex devon cornwall dorset somerset
    norfolk suffolk cheshire derbyshire hampshire berkshire"""
)
#: Multi-word region names.
REGION_PHRASES = frozenset(
    {
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
        "rhode island", "south carolina", "south dakota", "west virginia", "british columbia",
        "new brunswick", "nova scotia", "prince edward island", "new south wales",
        "western australia", "south australia", "northern territory", "northern ireland",
        "greater london", "west midlands", "west yorkshire", "south yorkshire", "greater manchester",
    }
)  # fmt: skip
#: Country names (lower case) that may end an address block.
COUNTRIES = frozenset(
    """afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|aruba|
    australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|
    benin|bermuda|bhutan|bolivia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|
    burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|
    chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|
    denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|england|
    equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|
    georgia|germany|ghana|greece|greenland|grenada|guatemala|guinea|guyana|haiti|honduras|
    hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|
    jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|
    lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macedonia|madagascar|
    malawi|malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|
    micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|
    nepal|netherlands|the netherlands|new zealand|nicaragua|niger|nigeria|north korea|
    north macedonia|northern ireland|norway|oman|pakistan|palau|palestine|panama|
    papua new guinea|paraguay|peru|philippines|poland|portugal|puerto rico|qatar|romania|
    russia|rwanda|saint lucia|samoa|san marino|saudi arabia|scotland|senegal|serbia|
    seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|
    south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|
    tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|
    tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|
    united states of america|uruguay|usa|uk|u.s.a.|u.s.|us|uzbekistan|vanuatu|vatican city|
    venezuela|vietnam|wales|yemen|zambia|zimbabwe|kingdom of the netherlands|
    republic of ireland""".replace("\n", "").replace(" " * 4, "")
    .split("|")
)  # fmt: skip
#: Cheap substring pre-check for texts without a digit: a street word must be there.
STREET_WORD_TRIGGERS = (
    "street", " st", "road", " rd", "avenue", " ave", "lane", "boulevard", "blvd", "drive",
    "crescent", "terrace", "parkway", "highway", " hwy", "close", "court", "way", "place",
    "grove", "garden", "circle", "square", "trail", " row", "mews", "walk", " ln", " dr", " ct",
    " pl",
)  # fmt: skip
#: Strong cues (the last words before a house number) after which a number starts an address.
CUES = frozenset(
    """address|addresses|address is|address was|address to|address with|address are|addresses are|
    new address|new address is|address is now|live at|lives at|lived at|living at|live on|lives on|lived on|
    living on|live in|lives in|moved to|moved in to|move to|moving to|located at|located on|is located at|
    send to|send it to|send them to|send this to|send mail to|sent to|sent it to|ship to|ship it to|
    shipped to|deliver to|deliver it to|delivered to|mail to|mail it to|mailed to|corner of|
    drop me off at|drops you off at|drop you off at|drop us off at|meet me at|meet you at|meet us at|
    taxi to|return to|return it to|office is at|offices are at|office is located at|
    offices are located at|arrived at|come to|come over to|house is|house is at|house is on|home is|
    home is at|home is on|place is|place is at|flat is|apartment is|house on|house at|place on|
    staying at|stay at|is at|its at|it's at|pick me up at|pick us up at|come get me at|here they are|
    it is|its in|it's in|in|at|zip""".replace("\n", "").split("|")
)
#: Cue words that are too weak on their own (kept for lower-case street types that need context).
WEAK_CUES = frozenset({"in", "at", "it is", "zip", "on"})
#: Cues right before a street name without a number ("I live on", "our house is on").
LIVE_CUES = frozenset(
    """live on|lives on|lived on|living on|live in|lives in|living in|moved to|moving to|move to|
    house is on|home is on|house on|place is on|flat is on|apartment is on|moved onto|live off|
    lives off|live just off|located on""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
#: Prepositions before a capitalised street name ("on Oak Avenue").
PREPS = words("on at off near along down up onto from to by of in across past")
NUMBER_WORDS = words(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty
    ninety hundred"""
)
#: Street names that are famous titles, not where someone lives.
FAMOUS_STREETS = frozenset(
    {
        "sesame street", "wall street", "abbey road", "penny lane", "fear street", "jump street",
        "easy street", "memory lane", "electric avenue", "coronation street", "downing street",
        "mulholland drive", "elm street", "baker street", "sunset boulevard", "sunset blvd",
        "lovers lane", "privet drive", "diagon alley", "spooner street", "evergreen terrace",
        "wisteria lane", "main street", "high street", "easy st", "sesame st", "wall st", "main st", "high st",
        "broad street", "front street", "market street", "church street", "station road",
    }
)  # fmt: skip
#: Addresses of stories, shows, games and public offices, with their numbers, however written: a
#: fan's trivia, no child's home ("sherlock lives at 221b baker street", "mario kart 8 rainbow road").
FAMOUS_ADDRESSES = frozenset(
    {
        "221b baker street", "221b baker st", "4 privet drive", "4 privet dr", "742 evergreen terrace",
        "124 conch street", "12 grimmauld place", "1313 mockingbird lane", "31 spooner street",
        "1640 riverside drive", "177a bleecker street", "1407 graymalkin lane", "62 west wallaby street",
        "10 downing street", "10 downing st", "1600 pennsylvania avenue", "1600 pennsylvania ave",
        "8 rainbow road", "mario kart 8 rainbow road", "7 rainbow road", "64 rainbow road",
    }
)  # fmt: skip
#: Capitalised words before a number that are labels, not street names ("Phone: 0688 843 79").
NOT_STREET_WORDS = words(
    """phone mobile tel telephone fax desk cell office home work ph number no nr id code pin card
    account acct ref order ticket room page chapter level grade year class age score ext extension
    flight gate seat platform track bus route date dob born size height weight total price cost
    version season episode ep part vol volume issue book unit suite apt apartment flat box
    zip postcode post postal ssn iban invoice january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday windows xbox ps playstation iphone
    ipad galaxy pixel nexus android ios minecraft fortnite roblox channel"""
)
#: Street types accepted after a preposition without a house number ("on Oak Avenue").
NAMED_SUFFIXES = words("street road avenue ave lane boulevard blvd st rd drive crescent terrace")
PARTICLES = words("de del della delle dei di da do dos das du des la le les los el van von der den y e")
#: Small words inside place names ("Kingdom of the Netherlands", "Trinidad and Tobago").
NAME_GLUE = frozenset({"and", "of", "the"})
#: First words of town names that are everyday words too ("new york", "east grinstead").
TOWN_PREFIXES = frozenset(
    "new north south east west upper lower great little saint st port fort mount lake san santa los las el la".split()  # noqa: SIM905
)
