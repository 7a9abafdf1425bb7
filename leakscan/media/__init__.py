"""Photo and video containers: one small handler per format behind a two-method interface.

Each handler module (Pillow-style, one file per format) sniffs its format from the first
bytes and implements ``read(data) -> RawMetadata`` (find the metadata blocks, undecoded)
and ``strip(data, options) -> Stripped`` (write a copy without them, losslessly where the
format allows). Decoding EXIF/XMP/IPTC blocks into fields is shared (exif.py, xmp.py,
iptc.py); turning fields into findings is the photo metadata scanner's job.

``HANDLERS`` is the explicit list, tried in order by :func:`sniff`.
"""
