"""The HTTP service apps call before a post goes out (``leakscan serve``), and the demo page.

Endpoints (all JSON errors look like ``{"error": "code", "message": "..."}``):

* ``POST /v1/check`` - a post (text and/or photos) -> verdict, findings with messages,
  redacted text, clean photo copies on request. JSON (photos as base64) or multipart.
* ``POST /v1/clean-image`` - one photo (raw body or multipart) -> the clean copy's bytes,
  with the findings in the ``X-Leakscan-Findings`` header; or JSON with ``?format=json``.
* ``GET /healthz`` - liveness/readiness.
* ``GET /`` - the demo composer page (``leakscan/static``); ``GET /openapi.json`` - the schema.

Never a 500 for anything a client sends: bad input is a 400 (malformed JSON or form, bad
base64, unknown settings keys), 408 (too slow: headers or body), 413 (over a limit: body,
text, photo count, pixels), 415 (not JSON or a form, not an image, an unknown charset), 422
(an image nothing could be read of, or that cannot be cleaned) or 431 (headers too large).
A photo read only in part is answered like the others: verdict ``block``, its ``error``
says why. Error messages name the field and the problem, never a value or a key the client
chose. Request bodies, post texts and matched values are never logged: the access log is off
by default and, when on, shows the path without its query string.

Connections are bounded by :class:`GuardedHTTP` (header time and size, how many per worker);
``leakscan serve`` runs uvicorn with it (:data:`UVICORN_OPTIONS`).

Scanning is CPU-bound and runs in a thread pool, so slow clients (whose bodies arrive in
the event loop) never hold up other requests. The spaCy model and data load once per
worker process, before it takes requests. Run several workers with ``--workers N``; the
limits reach every worker through ``LEAKSCAN_*`` environment variables (see
:class:`ServerConfig`).

FastAPI, uvicorn and python-multipart are an optional extra: ``pip install 'leakscan[serve]'``.

The package, one job a module: :mod:`.config` (limits from the environment), :mod:`.schema`
(the JSON contract as Pydantic models, the OpenAPI document), :mod:`.errors` (error answers
that never quote a value), :mod:`.guard` (bounds on bodies, headers and connections),
:mod:`.parsing` (JSON and multipart requests into a post), :mod:`.app` (``create_app`` and
its routes) and :mod:`.serve` (uvicorn, one or several workers).
"""

from __future__ import annotations

from .app import create_app
from .config import ServerConfig
from .guard import GuardedHTTP, GuardMiddleware
from .serve import UVICORN_OPTIONS, log_config, run

__all__ = ["UVICORN_OPTIONS", "GuardMiddleware", "GuardedHTTP", "ServerConfig", "create_app", "log_config", "run"]
