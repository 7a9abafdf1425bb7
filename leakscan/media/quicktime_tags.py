"""QuickTime/MP4 tables: metadata atoms and keys as ExifTool names them (data only).

The reader is :mod:`.quicktime`.
"""

from __future__ import annotations

#: Boxes of ``moov`` walked into when looking for metadata.
MOOV_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"edts", b"udta", b"meta", b"ilst"})
TIME_BOXES = frozenset({b"mvhd", b"tkhd", b"mdhd"})

#: QuickTime ``udta``/``ilst`` string atoms -> field names, as ExifTool names them (its
#: QuickTime UserData and ItemList tables; ``©`` is byte 0xA9). The scanner classifies the
#: names: ``Author``/``Artist``/``Copyright`` are owners, ``Performers``/``Director``... people.
QT_ATOMS = {
    b"\xa9xyz": "GPSCoordinates",
    b"\xa9day": "ContentCreateDate",
    b"\xa9mak": "Make",
    b"\xa9mod": "Model",
    b"\xa9mdl": "Model",
    b"\xa9swr": "SoftwareVersion",
    b"\xa9too": "Encoder",
    b"\xa9enc": "EncodedBy",
    b"\xa9ART": "Artist",
    b"aART": "AlbumArtist",
    b"\xa9aut": "Author",
    b"\xa9own": "Owner",
    b"\xa9cpy": "Copyright",
    b"cprt": "Copyright",
    b"\xa9phg": "RecordingCopyright",
    b"\xa9prf": "Performers",
    b"\xa9dir": "Director",
    b"\xa9prd": "Producer",
    b"\xa9xpd": "ExecutiveProducer",
    b"\xa9wrt": "Composer",
    b"\xa9com": "Composer",
    b"\xa9swf": "SongWriter",
    b"\xa9arg": "Arranger",
    b"\xa9con": "Conductor",
    b"\xa9sol": "Soloist",
    b"\xa9ope": "OriginalArtist",
    b"\xa9ard": "ArtDirector",
    b"\xa9sne": "SoundEngineer",
    b"\xa9src": "SourceCredits",
    b"\xa9lab": "RecordLabelName",
    b"\xa9nam": "Title",
    b"\xa9snm": "Subtitle",
    b"\xa9st3": "Subtitle",
    b"\xa9cmt": "Comment",
    b"\xa9des": "Description",
    b"desc": "Description",
    b"ldes": "LongDescription",
    b"\xa9inf": "Information",
    b"\xa9lyr": "Lyrics",
    b"\xa9alb": "Album",
    b"\xa9grp": "Grouping",
    b"\xa9gen": "Genre",
    b"\xa9fmt": "Format",
    b"\xa9req": "Requirements",
    b"covr": "CoverArt",
}
#: Free-text atoms: their text goes through the text scanners.
QT_TEXT_ATOMS = frozenset(
    {
        b"\xa9nam",
        b"\xa9snm",
        b"\xa9st3",
        b"\xa9cmt",
        b"\xa9des",
        b"desc",
        b"ldes",
        b"\xa9inf",
        b"\xa9lyr",
        b"\xa9alb",
        b"\xa9grp",
    }
)
#: 3GPP ``udta`` atoms: version/flags, language, a NUL-terminated UTF-8 or UTF-16 (BOM) string.
ATOMS_3GPP = {
    b"auth": "Author",
    b"cprt": "Copyright",
    b"perf": "Performer",
    b"titl": "Title",
    b"dscp": "Description",
    b"albm": "Album",
    b"coll": "CollectionName",
    b"gnre": "Genre",
    b"kywd": "Keywords",
}
TEXT_3GPP = frozenset({b"titl", b"dscp", b"albm", b"coll", b"kywd"})
#: Plain-string ``udta`` atoms (camera clip data).
PLAIN_ATOMS = {
    b"slno": "SerialNumber",
    b"cmid": "CameraID",
    b"clid": "ClipID",
    b"clfn": "ClipFileName",
    b"reel": "ReelName",
    b"scen": "Scene",
    b"shot": "ShotName",
    b"angl": "CameraAngle",
    b"name": "Name",
}
PLAIN_TEXT = frozenset({b"clfn", b"reel", b"scen", b"shot", b"name"})
#: ``udta`` atoms known to hold nothing about places or people (playback settings, vendor
#: flags ExifTool reads as such): no reason to call the movie not fully checked.
QT_HARMLESS = frozenset(
    {b"WLOC", b"LOOP", b"SelO", b"AllF", b"ptv ", b"hnti", b"hinf", b"hinv", b"SDLN", b"smrd", b"free", b"skip"}
)
#: Apple ``keys`` names (after ``com.apple.quicktime.``) -> field names.
QT_KEYS = {
    "location.iso6709": "GPSCoordinates",
    "make": "Make",
    "model": "Model",
    "software": "Software",
    # the capture time with its time zone: named like EXIF's so it is reported as DATETIME
    "creationdate": "DateTimeOriginal",
    "author": "Author",
    "artist": "Artist",
    "copyright": "Copyright",
    "displayname": "DisplayName",
    "title": "Title",
    "description": "Description",
    "comment": "Comment",
    "information": "Information",
    "location.name": "LocationName",
    "location.body": "LocationBody",
    "location.note": "LocationNote",
}
QT_TEXT_KEYS = frozenset({"DisplayName", "Title", "Description", "Comment", "Information", "LocationNote"})
#: 3GPP ``udta`` atoms that hold location.
LOCATION_ATOMS = frozenset({b"\xa9xyz", b"loci", b"LOCI", b"\xa9lox"})

#: Track handlers whose samples are pictures or sound (or time codes): what a video is.
MEDIA_HANDLERS = frozenset({b"vide", b"soun", b"auxv", b"pict", b"tmcd", b"hint", b"sdsm", b"odsm"})
#: Apple timed-metadata (``mebx``) keys that say nothing about places or people: face
#: rectangles (never who), orientation, Live Photo timing. Any other key, or any other
#: kind of metadata track (GoPro ``gpmd``, ``camm``, subtitles...), is not read by leakscan:
#: the movie then reads as not fully checked and a strip removes the track.
HARMLESS_MEBX_KEYS = frozenset(
    "com.apple.quicktime." + k
    for k in (
        "detected-face",
        "detected-face.bounds",
        "detected-face.face-id",
        "detected-face.roll-angle",
        "detected-face.yaw-angle",
        "video-orientation",
        "still-image-time",
        "live-photo-info",
        "live-photo.vitality-score",
        "live-photo.vitality-scoring-version",
        "scene-illuminance",
    )
)
