"""EXIF/TIFF tables: field types, tag names, pointer tags (data only; the reader is :mod:`.exif`).

Tag names follow ExifTool's. Maker-note tags are in :mod:`.makernotes`.
"""

from __future__ import annotations

# -- TIFF field types -------------------------------------------------------------------

BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED, SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE, IFD = range(1, 14)
LONG8, SLONG8, IFD8 = 16, 17, 18
TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8, 17: 8, 18: 8}
#: struct codes of the numeric types.
NUM_FMT = {3: "H", 4: "L", 6: "b", 8: "h", 9: "l", 11: "f", 12: "d", 13: "L", 16: "Q", 17: "q", 18: "Q"}

# -- tag names --------------------------------------------------------------------------

TAGS_IFD: dict[int, str] = {
    0x00FE: "NewSubfileType",
    0x0100: "ImageWidth",
    0x0101: "ImageLength",
    0x0102: "BitsPerSample",
    0x0103: "Compression",
    0x0106: "PhotometricInterpretation",
    0x010D: "DocumentName",
    0x010E: "ImageDescription",
    0x010F: "Make",
    0x0110: "Model",
    0x0111: "StripOffsets",
    0x0112: "Orientation",
    0x0115: "SamplesPerPixel",
    0x0116: "RowsPerStrip",
    0x0117: "StripByteCounts",
    0x011D: "PageName",
    0x0131: "Software",
    0x0132: "DateTime",
    0x013B: "Artist",
    0x013C: "HostComputer",
    0x0142: "TileWidth",
    0x0143: "TileLength",
    0x0144: "TileOffsets",
    0x0145: "TileByteCounts",
    0x014A: "SubIFDs",
    0x0201: "JPEGInterchangeFormat",
    0x0202: "JPEGInterchangeFormatLength",
    0x02BC: "XMP",
    0x4746: "Rating",
    0x8298: "Copyright",
    0x83BB: "IPTC-NAA",
    0x8649: "PhotoshopSettings",
    0x8769: "ExifIFD",
    0x8773: "ICCProfile",
    0x8825: "GPSInfo",
    0x9003: "DateTimeOriginal",
    0x9004: "CreateDate",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x927C: "MakerNote",
    0x9286: "UserComment",
    0x9C9B: "XPTitle",
    0x9C9C: "XPComment",
    0x9C9D: "XPAuthor",
    0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject",
    0xA005: "InteropIFD",
    0xA420: "ImageUniqueID",
    0xA430: "CameraOwnerName",
    0xA431: "BodySerialNumber",
    0xA435: "LensSerialNumber",
    0xC612: "DNGVersion",
    0xC62F: "CameraSerialNumber",
    0xC634: "DNGPrivateData",
    0xC68B: "OriginalRawFileName",
    0xFDE8: "OwnerName",
    0xFDE9: "SerialNumber",
    0xFDEA: "Lens",
    0xFE4C: "RawFile",
    0x87B1: "GeoTiffAsciiParams",
    0x87AF: "GeoTiffDirectory",
    0x87B0: "GeoTiffDoubleParams",
    0x830E: "PixelScale",
    0x8482: "ModelTiePoint",
    0x85D8: "ModelTransform",
}

TAGS_GPS: dict[int, str] = {
    0x00: "GPSVersionID",
    0x01: "GPSLatitudeRef",
    0x02: "GPSLatitude",
    0x03: "GPSLongitudeRef",
    0x04: "GPSLongitude",
    0x05: "GPSAltitudeRef",
    0x06: "GPSAltitude",
    0x07: "GPSTimeStamp",
    0x08: "GPSSatellites",
    0x09: "GPSStatus",
    0x0A: "GPSMeasureMode",
    0x0B: "GPSDOP",
    0x0C: "GPSSpeedRef",
    0x0D: "GPSSpeed",
    0x0E: "GPSTrackRef",
    0x0F: "GPSTrack",
    0x10: "GPSImgDirectionRef",
    0x11: "GPSImgDirection",
    0x12: "GPSMapDatum",
    0x13: "GPSDestLatitudeRef",
    0x14: "GPSDestLatitude",
    0x15: "GPSDestLongitudeRef",
    0x16: "GPSDestLongitude",
    0x17: "GPSDestBearingRef",
    0x18: "GPSDestBearing",
    0x19: "GPSDestDistanceRef",
    0x1A: "GPSDestDistance",
    0x1B: "GPSProcessingMethod",
    0x1C: "GPSAreaInformation",
    0x1D: "GPSDateStamp",
    0x1E: "GPSDifferential",
    0x1F: "GPSHPositioningError",
}

TAGS_INTEROP: dict[int, str] = {0x0001: "InteropIndex", 0x0002: "InteropVersion"}

#: Pointer tags: tag -> name of the IFD they point to.
POINTERS = {0x8769: "ExifIFD", 0x8825: "GPS", 0xA005: "Interop", 0x014A: "SubIFD"}
#: Tags whose values are the offsets and lengths of image data: (offsets tag, lengths tag).
IMAGE_DATA = ((0x0111, 0x0117), (0x0144, 0x0145), (0x0201, 0x0202))
#: Text tags stored as bytes: one too large to decode leaves the payload not fully checked.
TEXT_BYTES = frozenset({0x9286, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})
