"""One exception root for everything leakscan raises on purpose.

The tree::

    LeakscanError                 exit code 2 unless said otherwise
    ├── SettingsError             invalid settings (unknown key, bad region, bad value)
    ├── InputError                an item could not be read or scanned
    │   ├── UnsupportedFormatError  content that is not a supported image/text/post file
    │   └── LimitError            an item over a configured limit (text length, bytes, pixels)
    │       └── TooManyPixelsError  a picture larger than max_image_pixels (a decompression bomb)
    └── RedactError               a clean copy could not be written or failed verification
        └── DiskFullError         the output disk is full: the run stops (every next write would fail)

Messages never contain a matched value or the text of a post: they name the file, the
line, the field and the problem, nothing more.
"""

from __future__ import annotations


class LeakscanError(Exception):
    """Root of every error leakscan raises on purpose. ``exit_code`` is what the CLI returns."""

    exit_code: int = 2


class SettingsError(LeakscanError, ValueError):
    """Settings that cannot be used: an unknown key, an unknown phone region, a bad limit."""


class InputError(LeakscanError):
    """An item that could not be read or scanned (the run goes on with the others)."""


class UnsupportedFormatError(InputError):
    """Content that is not a supported image, video, text or post file."""


class LimitError(InputError):
    """An item larger than a configured limit (text length, file size, image pixels)."""


class TooManyPixelsError(LimitError):
    """A picture whose header declares more pixels (width x height) than ``max_image_pixels``:
    a decompression bomb for whoever decodes it next."""


class RedactError(LeakscanError):
    """A clean copy could not be written, or it still held what it should not."""


class DiskFullError(RedactError):
    """The output disk is full (or over quota). Fatal for a run: no partial file is left."""
