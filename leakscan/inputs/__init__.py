"""Input adapters: turn command-line paths, stdin and texts into items to scan.

An :class:`~leakscan.inputs.items.Item` is one post (from ``--text``, stdin, a ``.txt``/``.md``
file or one line of a ``.jsonl`` file) or one image/video file. Files are recognised by their
content, not their name; folders are walked recursively without following symlinks.
"""

from .items import Item, Skipped, iter_items

__all__ = ["Item", "Skipped", "iter_items"]
