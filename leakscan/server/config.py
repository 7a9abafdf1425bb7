"""The service's configuration: its limits and base settings, from ``LEAKSCAN_*`` environment variables.

Worker processes (``leakscan serve --workers N``) build their app from the environment, so
every limit reaches every worker through :meth:`ServerConfig.to_env`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..errors import SettingsError
from ..settings import Settings

logger = logging.getLogger(__name__)

_ENV_PREFIX = "LEAKSCAN_"
#: ServerConfig fields in seconds (the others are whole numbers, or the settings file).
_SECONDS = ("body_timeout", "header_timeout")
#: File descriptors kept for all but client connections (listening socket, logs, pipes, the loop).
_FD_RESERVE = 64


def _env_name(field_name: str) -> str:
    """The environment variable of a :class:`ServerConfig` field (``settings_file``: ``LEAKSCAN_SETTINGS``)."""
    return _ENV_PREFIX + ("SETTINGS" if field_name == "settings_file" else field_name.upper())


def open_file_limit() -> int | None:
    """This process's soft limit on open files (``ulimit -n``), or None when there is none to read."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def _default_max_connections() -> int:
    """1,000 connections per worker, or what the open-file limit leaves room for (at least 16)."""
    limit = open_file_limit()
    return 1000 if limit is None else max(16, min(1000, limit - _FD_RESERVE))


@dataclass(frozen=True)
class ServerConfig:
    """The service's limits and base settings.

    Every field can be set from the environment as ``LEAKSCAN_<FIELD>`` in upper case
    (``LEAKSCAN_MAX_BODY_BYTES=10000000``); ``LEAKSCAN_SETTINGS`` names a settings file
    (.toml/.json) with the base settings every request starts from.
    """

    #: Largest request body (bytes) accepted; a 12-megapixel phone photo is 3-8 MB (x4/3 as base64).
    max_body_bytes: int = 32 * 1024 * 1024
    #: Longest post text (characters).
    max_text_chars: int = 20_000
    #: Largest image (width x height) accepted; bigger is refused as a decompression bomb.
    max_image_pixels: int = 100_000_000
    #: Most photos in one post.
    max_images: int = 10
    #: Most earlier messages in a check's ``context`` (a chat), and most characters in all of them.
    max_context_messages: int = 50
    max_context_chars: int = 50_000
    #: Seconds a client may take to send its whole request body (slow clients get 408).
    body_timeout: float = 30.0
    #: Seconds a client may take to send a request's line and headers, from its first byte (or
    #: from connecting): slower clients get 408 and the connection is closed.
    header_timeout: float = 10.0
    #: Most open connections per worker process; past it, the one that has waited longest for a
    #: request is closed. Default: 1,000, or fewer when the open-file limit (``ulimit -n``) is low.
    max_connections: int = field(default_factory=_default_max_connections)
    #: Settings file every request's settings are merged over (None: the defaults).
    settings_file: str | None = None

    def __post_init__(self) -> None:
        for name in (
            "max_body_bytes",
            "max_text_chars",
            "max_image_pixels",
            "max_images",
            "max_context_messages",
            "max_context_chars",
            "max_connections",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise SettingsError(f"server setting {name!r} must be a positive whole number")
        for name in _SECONDS:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < float("inf"):
                raise SettingsError(f"server setting {name!r} must be a positive number of seconds")

    @classmethod
    def from_env(cls, environ: MutableMapping[str, str] | None = None) -> ServerConfig:
        """The configuration from ``LEAKSCAN_*`` environment variables (defaults for the rest)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_env_name(f.name))
            if raw is None or raw == "":
                continue
            if f.name == "settings_file":
                values[f.name] = raw
                continue
            try:
                values[f.name] = float(raw) if f.name in _SECONDS else int(raw.replace("_", ""))
            except ValueError:
                raise SettingsError(f"environment variable {_env_name(f.name)} must be a number") from None
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The ``LEAKSCAN_*`` variables that reproduce this configuration (for worker processes)."""
        env = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            env[_env_name(f.name)] = str(value)
        return env

    def base_settings(self) -> Settings:
        """The settings every request starts from, with this service's limits applied."""
        settings = Settings.load(self.settings_file) if self.settings_file else Settings()
        return replace(
            settings,
            max_text_chars=self.max_text_chars,
            max_file_bytes=self.max_body_bytes,
            max_image_pixels=min(settings.max_image_pixels, self.max_image_pixels),
        )


def check_open_file_limit(config: ServerConfig) -> None:
    """Warn (once, at start) when ``max_connections`` is more than the open-file limit leaves room for."""
    limit = open_file_limit()
    if limit is not None and config.max_connections > limit - _FD_RESERVE:
        logger.warning(
            "max_connections (%d) is more than %d open file descriptors leave room for: "
            "past it, new connections wait (raise ulimit -n or lower LEAKSCAN_MAX_CONNECTIONS)",
            config.max_connections,
            limit,
        )
