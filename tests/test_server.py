"""The HTTP service against a real ``leakscan serve`` process (uvicorn, 2 workers) on 127.0.0.1.

One server is started for the whole module with small limits (so the 413 cases are cheap)
and its stdout/stderr are captured, to check at the end that no post text, matched value
or photo data reached the logs.
"""

from __future__ import annotations

import base64
import codecs
import io
import json
import os
import resource
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
import piexif
import pytest
from PIL import Image

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from leakscan.photos import scan_image

MAX_BODY = 2_000_000
MAX_TEXT = 5_000
MAX_IMAGES = 3
MAX_CONTEXT_MESSAGES = 8
MAX_CONTEXT_CHARS = 8_000
BODY_TIMEOUT = 4

#: Values that must never appear in the server's logs (every request below uses them).
SECRET_NAME = "Quillfeather"
SECRET_PHONE = "217 555 0134"
POST = f"hi im zara {SECRET_NAME}, text me on {SECRET_PHONE}"


# -- test data ----------------------------------------------------------------------------------------


def _rational(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60 * 100)
    return ((deg, 1), (minutes, 1), (seconds, 100))


def gps_jpeg(lat: float = 48.8584, lon: float = 2.2945) -> bytes:
    """A small synthetic JPEG with EXIF GPS at a public landmark (fictional post, not a home)."""
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: _rational(lat),
        piexif.GPSIFD.GPSLongitudeRef: b"E",
        piexif.GPSIFD.GPSLongitude: _rational(lon),
    }
    exif = piexif.dump({"0th": {piexif.ImageIFD.Artist: SECRET_NAME.encode()}, "Exif": {}, "GPS": gps})
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 160, 220)).save(buf, "JPEG", quality=85, exif=exif)
    return buf.getvalue()


#: XMP that declares an entity: leakscan reads it by pattern, but values may hide behind the entity,
#: so a photo holding it cannot be fully checked.
ENTITY_XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><!DOCTYPE x [<!ENTITY a "b">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&a;</dc:title>'
    b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def partly_readable_jpeg(exif: bytes | None = None) -> bytes:
    """A JPEG leakscan can read only in part (see :data:`ENTITY_XMP`), with ``exif`` if given."""
    buf = io.BytesIO()
    extra = {"exif": exif} if exif else {}
    Image.new("RGB", (64, 48), (90, 160, 220)).save(buf, "JPEG", xmp=ENTITY_XMP, **extra)
    return buf.getvalue()


def gps_exif() -> bytes:
    return Image.open(io.BytesIO(gps_jpeg())).info["exif"]


def date_exif() -> bytes:
    """EXIF with a capture time only: a low-severity finding, nothing a child is warned about."""
    return piexif.dump({"0th": {}, "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:05:01 10:00:00"}})


def plain_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 40, 40)).save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid-looking PNG whose header declares a huge canvas (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
        + _chunk(b"IEND", b"")
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- the server ---------------------------------------------------------------------------------------


@dataclass
class Server:
    url: str
    host: str
    port: int
    proc: subprocess.Popen
    logs: list[Path]

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.logs)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(logdir: Path, env: dict[str, str], workers: int = 2, nofile: int | None = None) -> Iterator[Server]:
    """A ``leakscan serve`` process on a free loopback port (``nofile``: its open-file limit), until exit."""
    port = _free_port()
    out, err = logdir / "stdout.log", logdir / "stderr.log"
    cmd = [sys.executable, "-c", "from leakscan.cli import main; main()", "serve", "--port", str(port)]
    cmd += ["--workers", str(workers), "--access-log"]

    def limit() -> None:
        if nofile is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    with open(out, "wb") as fout, open(err, "wb") as ferr:
        proc = subprocess.Popen(
            cmd, stdout=fout, stderr=ferr, env={**os.environ, **env}, start_new_session=True, preexec_fn=limit
        )
    srv = Server(f"http://127.0.0.1:{port}", "127.0.0.1", port, proc, [out, err])
    try:
        deadline = time.monotonic() + 180
        while True:
            if proc.poll() is not None:
                pytest.fail(f"leakscan serve exited with {proc.returncode}:\n{srv.log_text()[-3000:]}")
            try:
                if httpx.get(srv.url + "/healthz", timeout=2).json().get("ready"):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"leakscan serve did not start:\n{srv.log_text()[-3000:]}")
            time.sleep(0.3)
        while srv.log_text().count("Application startup complete") < workers:  # all of them (quiet logs after)
            if time.monotonic() > deadline:
                pytest.fail(f"a worker did not start:\n{srv.log_text()[-3000:]}")
            time.sleep(0.3)
        yield srv
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {
        "LEAKSCAN_MAX_BODY_BYTES": str(MAX_BODY),
        "LEAKSCAN_MAX_TEXT_CHARS": str(MAX_TEXT),
        "LEAKSCAN_MAX_IMAGES": str(MAX_IMAGES),
        "LEAKSCAN_BODY_TIMEOUT": str(BODY_TIMEOUT),
        "LEAKSCAN_MAX_CONTEXT_MESSAGES": str(MAX_CONTEXT_MESSAGES),
        "LEAKSCAN_MAX_CONTEXT_CHARS": str(MAX_CONTEXT_CHARS),
    }
    with serving(tmp_path_factory.mktemp("server"), env) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def _error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "message"}
    if code is not None:
        assert body["error"] == code, body
    return body


# -- the endpoints ------------------------------------------------------------------------------------


def test_healthz_and_two_workers(server: Server) -> None:
    pids = set()
    deadline = time.monotonic() + 60
    while len(pids) < 2 and time.monotonic() < deadline:
        with httpx.Client(base_url=server.url, timeout=5) as fresh:  # a new connection each time
            body = fresh.get("/healthz").json()
        assert body["status"] == "ok" and body["ready"] is True
        pids.add(body["pid"])
    assert len(pids) == 2, "both worker processes answer"


def test_openapi_schema_has_real_models(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/clean-image", "/healthz"} <= set(schema["paths"])
    components = schema["components"]["schemas"]
    for name in (
        "CheckRequest",
        "CheckResponse",
        "FindingOut",
        "ItemOut",
        "SettingsIn",
        "ErrorOut",
        "CleanImageResponse",
    ):
        assert name in components, name
    assert set(components["CheckRequest"]["properties"]) == {
        "text",
        "images",
        "settings",
        "clean_images",
        "style",
        "context",
    }
    check = schema["paths"]["/v1/check"]["post"]
    assert set(check["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert check["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("CheckResponse")
    assert {"400", "413", "415"} <= set(check["responses"])
    # a post that could not be checked has no redacted version: null, said so in the schema
    redacted = components["CheckResponse"]["properties"]["redacted_text"]
    assert {"type": "null"} in redacted["anyOf"] and "null" in redacted["description"]
    # every $ref resolves
    for ref in _refs(schema):
        assert ref.rsplit("/", 1)[-1] in components, ref


def test_the_schema_is_what_the_service_answers() -> None:
    """The models of the OpenAPI document hold exactly the keys the answers are written with (the
    core's ``to_dict()``), and take kinds, severities, verdicts and known facts from the core's own
    types: a key, kind or known fact added there cannot be missing here."""
    from dataclasses import fields

    from leakscan.api import check_post
    from leakscan.findings import Kind, Severity, Verdict
    from leakscan.server import schema
    from leakscan.settings import KnownFacts, Settings

    check = check_post("call me on 217 555 0134", images=[gps_jpeg()], clean_images=True)
    answer = check.to_dict()
    pairs = [
        (schema.CheckResponse, answer),
        (schema.ItemOut, answer["images"][0]),
        (schema.FindingOut, answer["images"][0]["findings"][0]),
        (schema.CleanedImageOut, answer["cleaned_images"][0]),
    ]
    for model, written in pairs:
        assert set(model.model_fields) == set(written), model.__name__
        model.model_validate(written)  # and every value fits the model
    components = schema.CheckResponse.model_json_schema()["$defs"]
    assert components["Kind"]["enum"] == [k.value for k in Kind]
    assert components["Severity"]["enum"] == [s.value for s in Severity]
    assert components["Verdict"]["enum"] == [v.value for v in Verdict]
    assert set(schema.KnownFactsIn.model_fields) == {f.name for f in fields(KnownFacts)}
    assert set(schema.REQUEST_SETTINGS) == set(schema.SettingsIn.model_fields) < {f.name for f in fields(Settings)}


def _refs(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_check_text(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"text": POST})
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    body = r.json()
    assert body["verdict"] == "block"
    phone = [f for f in body["text"]["findings"] if f["kind"] == "PHONE"]
    assert phone and POST[phone[0]["start"] : phone[0]["end"]] == SECRET_PHONE
    assert "phone number" in phone[0]["message"]
    assert "[PHONE]" in body["redacted_text"] and SECRET_PHONE not in body["redacted_text"]
    assert body["text_changed"] is True and body["images"] == [] and body["cleaned_images"] is None


def test_check_text_mask_style(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"text": f"call {SECRET_PHONE}", "style": "mask"})
    assert r.json()["redacted_text"] == "call *** *** ****"


@pytest.mark.parametrize("payload", [{"text": ""}, {}, {"text": "   ", "images": []}])
def test_empty_posts_are_ok(client: httpx.Client, payload: dict) -> None:
    r = client.post("/v1/check", json=payload)
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "ok" and r.json()["text"]["findings"] == []


def test_check_with_base64_photo_and_clean_copy(client: httpx.Client) -> None:
    photo = gps_jpeg()
    r = client.post("/v1/check", json={"text": "fun day", "images": [b64(photo)], "clean_images": True})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "block" and body["text"]["verdict"] == "ok"
    kinds = {f["kind"] for f in body["images"][0]["findings"]}
    assert "GPS" in kinds
    gps = next(f for f in body["images"][0]["findings"] if f["kind"] == "GPS")
    assert "map pin" in gps["message"]
    cleaned = body["cleaned_images"][0]
    assert cleaned["media_type"] == "image/jpeg" and cleaned["error"] is None
    clean = base64.b64decode(cleaned["data"])
    assert clean.startswith(b"\xff\xd8") and "GPS" not in scan_image(clean).kinds


def test_check_accepts_data_urls(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"images": ["data:image/jpeg;base64," + b64(gps_jpeg())]})
    assert r.status_code == 200 and r.json()["verdict"] == "block"


def test_check_multipart(client: httpx.Client) -> None:
    files = [("images", ("beach.jpg", gps_jpeg(), "image/jpeg")), ("images", ("red.png", plain_png(), "image/png"))]
    data = {"text": POST, "settings": json.dumps({"regions": ["US"]}), "clean_images": "true", "style": "mask"}
    r = client.post("/v1/check", data=data, files=files)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "block"
    assert [i["verdict"] for i in body["images"]] == ["block", "ok"]
    assert len(body["cleaned_images"]) == 2 and SECRET_PHONE not in body["redacted_text"]


def test_settings_per_request(client: httpx.Client) -> None:
    post = "mail help@kidsapp.example"
    assert client.post("/v1/check", json={"text": post}).json()["verdict"] == "block"
    allowed = client.post("/v1/check", json={"text": post, "settings": {"allow": ["help@kidsapp.example"]}})
    assert allowed.json()["verdict"] == "ok"
    ignored = client.post("/v1/check", json={"text": post, "settings": {"ignore_kinds": ["EMAIL"]}})
    assert ignored.json()["verdict"] == "ok"
    softer = client.post("/v1/check", json={"text": post, "settings": {"severity": {"EMAIL": "medium"}}})
    assert softer.json()["verdict"] == "warn"


#: A posted value (a child's name, as an app might misplace it) that no error body may echo.
ECHO = SECRET_NAME

#: (settings, error code, what the message must say): keys and values the client chose are never
#: quoted; leakscan's own names (fields, settings, kinds) are.
_BAD_SETTINGS = [
    ({ECHO: "blue"}, "unknown_setting", "regions, scanners, known"),
    ({"region": ["GB"]}, "unknown_setting", "did you mean 'regions'"),
    ({"known": {ECHO: ["rex"]}}, "unknown_setting", "known"),
    ({"known": {"name": [ECHO]}}, "unknown_setting", "did you mean 'names'"),
    ({"model": ECHO}, "unknown_setting", "'model'"),  # the model and limits belong to the server
    ({"max_text_chars": 10**9}, "unknown_setting", "'max_text_chars'"),
    ({"regions": [ECHO]}, "invalid_setting", "settings.regions[0]"),
    ({"regions": ["GB", "UK"]}, "invalid_setting", "'GB'"),
    ({"regions": ECHO}, "invalid_setting", "settings.regions"),
    ({"scanners": ["phone", ECHO]}, "invalid_setting", "settings.scanners[1]"),
    ({"ignore_kinds": [ECHO]}, "invalid_request", "settings.ignore_kinds[0]"),
    ({"severity": {"PHONE": ECHO}}, "invalid_request", "settings.severity.PHONE"),
    ({"severity": {ECHO: "high"}}, "invalid_request", "settings.severity"),
    ({"allow": ECHO}, "invalid_request", "settings.allow"),
    ({"known": {"names": ECHO}}, "invalid_request", "settings.known.names"),
    (ECHO, "invalid_request", "settings"),
    ({"regions": 5}, "invalid_request", "settings.regions"),
]


@pytest.mark.parametrize(("settings", "code", "says"), _BAD_SETTINGS)
def test_bad_settings_are_400_naming_the_key_never_the_value(
    client: httpx.Client, settings: object, code: str, says: str
) -> None:
    """Error bodies used to echo unknown keys and region or scanner values: they name the key or
    field and the problem only (apps log error bodies; a misplaced name must not land there)."""
    body = _error(client.post("/v1/check", json={"text": "hi", "settings": settings}), 400, code)
    assert says in body["message"] and ECHO not in body["message"], body
    files = {"images": ("red.png", plain_png(), "image/png")}
    form = client.post("/v1/check", data={"text": "hi", "settings": json.dumps(settings)}, files=files)
    body = _error(form, 400, code)
    assert says in body["message"] and ECHO not in body["message"], body


@pytest.mark.parametrize(
    ("request_kw", "says"),
    [
        ({"json": {"text": "hi", ECHO: 1}}, "text, images, settings"),
        ({"json": {"text": "hi", "image": []}}, "did you mean 'images'"),
        ({"json": {"text": [ECHO]}}, "text"),
        ({"json": {"style": ECHO}}, "style"),
        ({"json": {"clean_images": ECHO}}, "clean_images"),
        ({"json": {"images": [ECHO + "$"]}}, "images[0]"),
        ({"json": {"images": [{ECHO: 1}]}}, "images[0]"),
        ({"data": {"text": "hi", ECHO: "1"}, "files": {"f": ("a.png", plain_png(), "image/png")}}, "text, settings"),
        ({"data": {"clean_images": ECHO}, "files": {"f": ("a.png", plain_png(), "image/png")}}, "clean_images"),
        ({"data": {"style": ECHO}, "files": {"f": ("a.png", plain_png(), "image/png")}}, "style"),
        ({"data": {"settings": "{" + ECHO}, "files": {"f": ("a.png", plain_png(), "image/png")}}, "settings"),
        ({"content": b'{"text": "' + ECHO.encode() + b'",', "headers": {"content-type": "application/json"}}, "JSON"),
    ],
)
def test_bad_requests_never_echo_what_was_posted(client: httpx.Client, request_kw: dict, says: str) -> None:
    body = _error(client.post("/v1/check", **request_kw), 400)
    assert says in body["message"] and ECHO not in body["message"], body


@pytest.mark.parametrize("query", [f"format={ECHO}", f"only={ECHO}", f"format=json&only={ECHO}"])
def test_bad_query_values_are_not_echoed(client: httpx.Client, query: str) -> None:
    r = client.post(f"/v1/clean-image?{query}", content=plain_png(), headers={"content-type": "image/png"})
    body = _error(r, 400, "invalid_request")
    assert ("format" in body["message"] or "only" in body["message"]) and ECHO not in body["message"]


# -- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b'{"text": "unfinished', "malformed_json"),
        (b"", "malformed_json"),
        (b"\xff\xfe\x00{", "malformed_json"),
        (b"[1, 2, 3]", "invalid_request"),
        (b'"just a string"', "invalid_request"),
        (b'{"text": 5}', "invalid_request"),
        (b'{"text": null}', "invalid_request"),
        (b'{"images": "abc"}', "invalid_request"),
        (b'{"images": [5]}', "invalid_request"),
        (b'{"clean_images": "maybe"}', "invalid_request"),
        (b'{"style": "blur"}', "invalid_request"),
        (b'{"text": "hi", "bogus": 1}', "unknown_field"),
        (b'{"text": "hi", "text": ' + b"[" * 5000 + b"]" * 5000 + b"}", None),
    ],
)
def test_malformed_json_is_400(client: httpx.Client, content: bytes, code: str | None) -> None:
    r = client.post("/v1/check", content=content, headers={"content-type": "application/json"})
    _error(r, 400, code)


@pytest.mark.parametrize(
    ("path", "content_type", "content"),
    [
        ("/v1/check", "text/plain", b"call me on 217 555 0134"),
        ("/v1/check", "application/x-www-form-urlencoded", b"text=hello"),
        ("/v1/check", "image/jpeg", b"\xff\xd8\xff"),
        ("/v1/check", "", b'{"text": "hi"}'),
        ("/v1/clean-image", "application/json", b'{"image": "abc"}'),
        ("/v1/clean-image", "text/html", b"<html>"),
    ],
)
def test_wrong_content_types_are_415(client: httpx.Client, path: str, content_type: str, content: bytes) -> None:
    headers = {"content-type": content_type} if content_type else {}
    _error(client.post(path, content=content, headers=headers), 415, "unsupported_media_type")


@pytest.mark.parametrize(
    "data",
    [b"hello world, not a picture", b"", b"\x00" * 100, b"GIF87", b"%PDF-1.7\n..."],
)
def test_base64_that_is_not_an_image_is_415(client: httpx.Client, data: bytes) -> None:
    _error(client.post("/v1/check", json={"images": [b64(data)]}), 415, "not_an_image")
    _error(client.post("/v1/clean-image", content=data, headers={"content-type": "image/png"}), 415, "not_an_image")


def tiny_mp4() -> bytes:
    """A small MP4 leakscan reads (a movie: the service takes photos only)."""

    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + kind + body

    return box(b"ftyp", b"mp42\x00\x00\x00\x00isom") + box(b"moov", box(b"udta", b"")) + box(b"mdat", bytes(8))


def test_a_video_is_415(client: httpx.Client) -> None:
    assert scan_image(tiny_mp4()).type == "video"  # leakscan reads it: the service refuses it
    for r in (
        client.post("/v1/check", json={"images": [b64(tiny_mp4())]}),
        client.post("/v1/check", files={"images": ("clip.mp4", tiny_mp4(), "video/mp4")}),
        client.post("/v1/clean-image", content=tiny_mp4(), headers={"content-type": "application/octet-stream"}),
    ):
        message = _error(r, 415, "not_an_image")["message"]
        assert "video" in message and "JPEG" in message, message


def test_a_request_sniffs_and_parses_each_photo_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The service reads a photo once, and the check, the size limits and the clean copy share it
    (it was sniffed three times and parsed twice for a check with a clean copy)."""
    from fastapi.testclient import TestClient

    from leakscan import media
    from leakscan.server import ServerConfig, create_app

    original = gps_jpeg()
    counts = {"sniff": 0, "read": 0}

    def counted(method, name):
        def call(handler, data, *args):
            if bytes(data[:64]) == original[:64] and (name == "sniff" or len(data) == len(original)):
                counts[name] += 1
            return method(handler, data, *args)

        return call

    with TestClient(create_app(ServerConfig(max_connections=16))) as app:
        for handler in media.HANDLERS:
            for name in counts:
                monkeypatch.setattr(type(handler), name, counted(getattr(type(handler), name), name))
        for request in (
            lambda: app.post("/v1/check", json={"text": "fun day", "images": [b64(original)], "clean_images": True}),
            lambda: app.post("/v1/clean-image", content=original, headers={"content-type": "image/jpeg"}),
            lambda: app.post("/v1/clean-image?format=json&only=gps", files={"image": ("a.jpg", original)}),
        ):
            counts.update(sniff=0, read=0)
            assert request().status_code == 200
            assert counts == {"sniff": 1, "read": 1}


@pytest.mark.parametrize("value", ["not base64 at all!", "ab$c", "data:image/png,xyz", "====", "ÿÿÿ"])
def test_bad_base64_is_400(client: httpx.Client, value: str) -> None:
    body = _error(client.post("/v1/check", json={"images": [b64(plain_png()), value]}), 400, "bad_base64")
    assert "images[1]" in body["message"]


def test_image_bomb_is_413(client: httpx.Client) -> None:
    bomb = png_bomb()
    body = _error(client.post("/v1/check", json={"images": [b64(bomb)]}), 413, "too_many_pixels")
    assert "100000x100000" in body["message"]
    _error(client.post("/v1/clean-image", content=bomb, headers={"content-type": "image/png"}), 413, "too_many_pixels")
    files = {"image": ("bomb.png", bomb, "image/png")}
    _error(client.post("/v1/clean-image", files=files), 413, "too_many_pixels")


def test_huge_bodies_are_413(client: httpx.Client, server: Server) -> None:
    big = b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}'
    _error(client.post("/v1/check", content=big, headers={"content-type": "application/json"}), 413, "too_large")
    photo = b"\xff\xd8\xff" + b"\x00" * (MAX_BODY + 10)
    _error(client.post("/v1/clean-image", content=photo, headers={"content-type": "image/jpeg"}), 413, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 65536
        yield b'"}'

    _error(client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"}), 413, "too_large")
    # A declared length far over the limit is refused before any of the body is sent...
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 99999999999\r\n\r\n"
        )
        assert _read_status(sock) == 413
    # ...and a client that waits for "100 Continue" is told 413 instead.
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/clean-image HTTP/1.1\r\nHost: x\r\nContent-Type: image/jpeg\r\n"
            b"Expect: 100-continue\r\nContent-Length: 5000000\r\n\r\n"
        )
        assert _read_status(sock) == 413


def test_early_answers_to_big_bodies_reach_the_client(client: httpx.Client) -> None:
    """415/413 answered before the body is used: the rest is drained, never a connection reset."""
    for _ in range(5):
        big = b"x" * (MAX_BODY - 100)
        _error(client.post("/v1/check", content=big, headers={"content-type": "text/plain"}), 415)
        _error(client.post("/v1/check", content=big + big, headers={"content-type": "application/json"}), 413)


def test_text_too_long_and_too_many_images_are_413(client: httpx.Client) -> None:
    _error(client.post("/v1/check", json={"text": "a" * (MAX_TEXT + 1)}), 413, "text_too_long")
    assert client.post("/v1/check", json={"text": "a" * MAX_TEXT}).status_code == 200
    images = [b64(plain_png())] * (MAX_IMAGES + 1)
    _error(client.post("/v1/check", json={"images": images}), 413, "too_many_images")
    files = [("images", (f"{i}.png", plain_png(), "image/png")) for i in range(MAX_IMAGES + 1)]
    r = client.post("/v1/check", files=files)
    assert r.status_code in (400, 413), r.text


def test_malformed_multipart_is_400(client: httpx.Client) -> None:
    headers = {"content-type": "multipart/form-data; boundary=xyz"}
    r = client.post("/v1/check", content=b"--xyz\r\nnonsense without headers", headers=headers)
    assert 400 <= r.status_code < 500, r.text
    r = client.post("/v1/check", data={"text": "hi", "surprise": "1"}, files={"f": ("a.png", plain_png(), "image/png")})
    assert "surprise" not in _error(r, 400, "unknown_field")["message"]  # a client's key is never quoted
    r = client.post("/v1/check", data={"clean_images": "perhaps"}, files={"f": ("a.png", plain_png(), "image/png")})
    _error(r, 400)
    r = client.post("/v1/check", data={"settings": "{not json"}, files={"f": ("a.png", plain_png(), "image/png")})
    _error(r, 400, "malformed_json")


def _part(name: str, data: bytes, *headers: str, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    head = "".join(f"{h}\r\n" for h in (f"Content-Disposition: {disposition}", *headers))
    return head.encode() + b"\r\n" + data


def _form(*parts: bytes, boundary: str = "xyz", close: bool = True) -> bytes:
    """A multipart body by hand (clients cannot be made to send broken ones)."""
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    return body + (b"--" + boundary.encode() + b"--\r\n" if close else b"")


def _post_form(client: httpx.Client, body: bytes, path: str = "/v1/check", ctype: str = "") -> httpx.Response:
    headers = {"content-type": ctype or "multipart/form-data; boundary=xyz"}
    return client.post(path, content=body, headers=headers)


_PHONE_TEXT = f"call me on {SECRET_PHONE}"


@pytest.mark.parametrize(
    "body",
    [
        _form(_part("style", b"mask"), _part("text", _PHONE_TEXT.encode()), close=False),  # last part cut off
        _form(_part("text", _PHONE_TEXT.encode()), close=False)[:-2],  # not even the part's CRLF
        _form(_part("text", b"hi"), _part("photo", gps_jpeg(), filename="p.jpg"), close=False),  # the photo dropped
        _form(_part("text", b"hi"), _part("photo", gps_jpeg()[:300], filename="p.jpg"), close=False)[:-2],
        b'--xyz\r\nContent-Disposition: form-data; name="text"\r\n',  # cut in the part's headers
        b"--xyz\r\n",
        b"",
    ],
    ids=["last-part-cut", "no-crlf", "photo-dropped", "photo-cut", "in-headers", "one-boundary", "empty"],
)
def test_multipart_without_its_closing_boundary_is_400(client: httpx.Client, body: bytes) -> None:
    """A form cut before ``--boundary--`` used to answer 200 with its last part (text or photo) dropped."""
    for path in ("/v1/check", "/v1/clean-image"):
        if path == "/v1/clean-image" and b"filename" not in body:
            continue
        r = _post_form(client, body, path)
        message = _error(r, 400, "malformed_form")["message"]
        assert "closing boundary" in message


@pytest.mark.parametrize(
    "body",
    [
        _form(_part("style", b"mask"), _part("text", _PHONE_TEXT.encode())),
        _form(_part("text", _PHONE_TEXT.encode())) + b"epilogue to ignore",
        _form(_part("text", _PHONE_TEXT.encode())) + b"--xyz\r\n",  # what follows the end is epilogue
        _form(_part("text", _PHONE_TEXT.encode()), boundary="----WebKitFormBoundary7MA4YWxkTrZu0gW"),
    ],
    ids=["two-parts", "epilogue", "boundary-after-end", "browser-boundary"],
)
def test_complete_multipart_forms_are_read_whole(client: httpx.Client, body: bytes) -> None:
    ctype = "multipart/form-data; boundary=" + ("----WebKitFormBoundary7MA4YWxkTrZu0gW" if b"WebKit" in body else "xyz")
    r = _post_form(client, body, ctype=ctype)
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "block" and SECRET_PHONE not in r.json()["redacted_text"]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (_form(_part("text", _PHONE_TEXT.encode()), _part("text", b"hi")), "'text'"),
        (_form(_part("text", b"hi"), _part("text", _PHONE_TEXT.encode())), "'text'"),
        (_form(_part("text", b"hi"), _part("style", b"mask"), _part("style", b"placeholder")), "'style'"),
        (
            _form(_part("settings", b"{}"), _part("text", b"hi"), _part("settings", b'{"regions": ["GB"]}')),
            "'settings'",
        ),
        (_form(_part("clean_images", b"true"), _part("clean_images", b"false")), "'clean_images'"),
    ],
)
def test_a_form_field_given_twice_is_refused_naming_it(client: httpx.Client, body: bytes, says: str) -> None:
    """Only one value would be checked (the last one was, and a number in the first read 'ok')."""
    r = _error(_post_form(client, body), 400, "duplicate_field")
    assert says in r["message"] and SECRET_PHONE not in r["message"], r


def test_photos_may_share_a_field_name(client: httpx.Client) -> None:
    """Many photos are many files: a file field given twice is not a duplicate."""
    body = _form(
        _part("text", b"fun day"),
        _part("photo", plain_png(), filename="a.png"),
        _part("photo", gps_jpeg(), filename="b.jpg"),
    )
    r = _post_form(client, body)
    assert r.status_code == 200 and r.json()["verdict"] == "block", r.text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"text": "' + _PHONE_TEXT + '", "text": "hi"}', "'text'"),
        ('{"text": "hi", "style": "mask", "text": "' + _PHONE_TEXT + '"}', "'text'"),
        ('{"text": "hi", "settings": {"regions": ["GB"], "regions": ["US"]}}', "'regions'"),
        ('{"text": "hi", "settings": {"known": {"names": ["a"], "names": ["' + ECHO + '"]}}}', "'names'"),
        ('{"text": "hi", "settings": {"known": {}}, "settings": {}}', "'settings'"),
        ('{"text": "hi", "' + ECHO + '": 1, "' + ECHO + '": 2}', "a key"),  # the client's own key: never quoted
    ],
)
def test_a_json_key_given_twice_is_refused_naming_it(client: httpx.Client, content: str, says: str) -> None:
    r = client.post("/v1/check", content=content.encode(), headers={"content-type": "application/json"})
    body = _error(r, 400, "duplicate_key")
    assert says in body["message"] and ECHO not in body["message"] and SECRET_PHONE not in body["message"], body


@pytest.mark.parametrize("query", ["only=gps&only=all", "format=json&format=image", "only=all&only=all"])
def test_a_query_parameter_given_twice_is_refused(client: httpx.Client, query: str) -> None:
    r = client.post(f"/v1/clean-image?{query}", content=plain_png(), headers={"content-type": "image/png"})
    body = _error(r, 400, "duplicate_field")
    assert query.split("=")[0] in body["message"], body


@pytest.mark.parametrize(
    "text",
    [
        *("call me on 217" + hidden + "555" + hidden + "0134" for hidden in "\u0000\u001f\u2028\u2800\u00b7"),
        "call\u0000me\u0000on\u0000217\u0000555\u00000134",  # NULs where every space was
    ],
)
def test_json_text_with_hidden_separators_between_digits_is_checked(client: httpx.Client, text: str) -> None:
    r = client.post(
        "/v1/check", content=json.dumps({"text": text}).encode(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "block"
    assert [f["kind"] for f in r.json()["text"]["findings"]] == ["PHONE"]


def test_incomplete_forms_never_pass_a_photo_unchecked(client: httpx.Client) -> None:
    body = _form(_part("text", b"fun day"), _part("photo", gps_jpeg(), filename="p.jpg"))
    assert _post_form(client, body).json()["verdict"] == "block"  # the photo is read...
    cut = _form(_part("text", b"fun day"), _part("photo", gps_jpeg(), filename="p.jpg"), close=False)
    assert _post_form(client, cut).status_code == 400  # ...and never silently dropped


_UTF16_CASES = [
    # (part headers, encoded text): what a client may send for one text field
    (("Content-Type: text/plain; charset=utf-16",), _PHONE_TEXT.encode("utf-16")),  # BOM + declared
    (("Content-Type: text/plain; charset=UTF-16LE",), _PHONE_TEXT.encode("utf-16-le")),  # declared, no BOM
    (("Content-Type: text/plain; charset=utf-16be",), _PHONE_TEXT.encode("utf-16-be")),
    ((), _PHONE_TEXT.encode("utf-16")),  # a BOM alone (little-endian)
    ((), codecs.BOM_UTF16_BE + _PHONE_TEXT.encode("utf-16-be")),  # a BOM alone (big-endian)
    ((), codecs.BOM_UTF8 + _PHONE_TEXT.encode()),  # a UTF-8 BOM
    (("Content-Type: text/plain; charset=utf-8",), codecs.BOM_UTF16_LE + _PHONE_TEXT.encode("utf-16-le")),  # BOM wins
    (("Content-Type: text/plain; charset=utf-32",), _PHONE_TEXT.encode("utf-32")),
    (("Content-Type: text/plain; charset=iso-8859-1",), ("café " + _PHONE_TEXT).encode("latin-1")),
    (("Content-Type: text/plain; charset=utf-8",), ("café " + _PHONE_TEXT).encode()),
    ((), ("café " + _PHONE_TEXT).encode()),  # no charset: UTF-8
]


_UTF16_IDS = [
    "utf16",
    "utf16le",
    "utf16be",
    "bom-le",
    "bom-be",
    "bom-utf8",
    "bom-wins",
    "utf32",
    "latin1",
    "utf8",
    "default",
]


@pytest.mark.parametrize(("headers", "data"), _UTF16_CASES, ids=_UTF16_IDS)
def test_text_parts_are_decoded_by_their_charset_or_bom(client: httpx.Client, headers: tuple, data: bytes) -> None:
    """A UTF-16 part was read as Latin-1 (NUL between the digits) and its phone number missed."""
    r = _post_form(client, _form(_part("text", data, *headers), _part("style", b"mask")))
    assert r.status_code == 200, r.text
    body = r.json()
    phones = [f for f in body["text"]["findings"] if f["kind"] == "PHONE"]
    assert [f["text"] for f in phones] == [SECRET_PHONE], body
    text = ("café " if "café".encode() in data or b"caf\xe9" in data else "") + _PHONE_TEXT
    assert body["redacted_text"] == text.replace(SECRET_PHONE, "*** *** ****")  # offsets into the decoded text


@pytest.mark.parametrize(
    ("headers", "data", "status", "code"),
    [
        ((), ("café " + _PHONE_TEXT).encode("latin-1"), 400, "bad_encoding"),  # not UTF-8, and nothing says so
        (("Content-Type: text/plain; charset=utf-8",), b"caf\xc3\x28 " + _PHONE_TEXT.encode(), 400, "bad_encoding"),
        (("Content-Type: text/plain; charset=utf-16le",), _PHONE_TEXT.encode("utf-16-le")[:-1], 400, "bad_encoding"),
        (
            ("Content-Type: text/plain; charset=utf-16le",),
            b"\x00\xd8" + _PHONE_TEXT.encode("utf-16-le"),
            400,
            "bad_encoding",
        ),
        (("Content-Type: text/plain; charset=x-klingon-9",), _PHONE_TEXT.encode(), 415, "unsupported_charset"),
        (("Content-Type: text/plain; charset=base64",), _PHONE_TEXT.encode(), 415, "unsupported_charset"),
        (("Content-Transfer-Encoding: base64",), base64.b64encode(_PHONE_TEXT.encode()), 400, "malformed_form"),
    ],
    ids=["latin1-undeclared", "bad-utf8", "odd-utf16", "lone-surrogate", "unknown-charset", "not-a-text-codec", "cte"],
)
def test_undecodable_text_parts_are_refused_naming_the_field(
    client: httpx.Client, headers: tuple, data: bytes, status: int, code: str
) -> None:
    for field in ("text", "settings"):
        body = _error(_post_form(client, _form(_part(field, data, *headers))), status, code)
        assert f"'{field}'" in body["message"] and "klingon" not in body["message"]


def test_not_found_and_method_not_allowed_are_json(client: httpx.Client) -> None:
    _error(client.get("/v2/nothing"), 404, "not_found")
    _error(client.get("/v1/check"), 405, "method_not_allowed")
    _error(client.post("/v1/clean-image?format=xml", content=plain_png(), headers={"content-type": "image/png"}), 400)


# -- /v1/clean-image --------------------------------------------------------------------------------


def test_clean_image_raw_body(client: httpx.Client) -> None:
    photo = gps_jpeg()
    r = client.post("/v1/clean-image", content=photo, headers={"content-type": "image/jpeg"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/jpeg"
    assert r.headers["x-leakscan-verdict"] == "block"
    header = r.headers["x-leakscan-findings"]
    assert header.isascii()
    findings = json.loads(header)
    assert {"GPS", "OWNER"} <= {f["kind"] for f in findings}
    assert r.headers["x-leakscan-lossless"] == "true"
    assert isinstance(json.loads(r.headers["x-leakscan-removed"]), list)
    result = scan_image(r.content)
    assert not ({"GPS", "OWNER"} & {k.value for k in result.kinds})
    assert Image.open(io.BytesIO(r.content)).size == (64, 48)


def test_clean_image_json_and_multipart(client: httpx.Client) -> None:
    r = client.post("/v1/clean-image?format=json", files={"image": ("beach.jpg", gps_jpeg(), "image/jpeg")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "block"
    assert any(f["kind"] == "GPS" and "map pin" in f["message"] for f in body["findings"])
    clean = base64.b64decode(body["image"]["data"])
    assert "GPS" not in {k.value for k in scan_image(clean).kinds}


def test_clean_image_only_gps_keeps_the_rest(client: httpx.Client) -> None:
    r = client.post(
        "/v1/clean-image?only=gps", content=gps_jpeg(), headers={"content-type": "application/octet-stream"}
    )
    assert r.status_code == 200, r.text
    kinds = {k.value for k in scan_image(r.content).kinds}
    assert "GPS" not in kinds and "OWNER" in kinds


def test_clean_image_needs_exactly_one_file(client: httpx.Client) -> None:
    two = [("a", ("a.png", plain_png(), "image/png")), ("b", ("b.png", plain_png(), "image/png"))]
    _error(client.post("/v1/clean-image", files=two), 400, "one_file")
    _error(client.post("/v1/clean-image", content=b"", headers={"content-type": "image/png"}), 415)


def test_clean_image_of_a_clean_png(client: httpx.Client) -> None:
    r = client.post("/v1/clean-image", content=plain_png(), headers={"content-type": "image/png"})
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    assert r.headers["x-leakscan-verdict"] == "ok" and json.loads(r.headers["x-leakscan-findings"]) == []


# -- photos that cannot be (fully) checked never read as ok ------------------------------------------


_PARTLY = [
    pytest.param(lambda: partly_readable_jpeg(gps_exif()), {"GPS", "OWNER"}, id="partly-with-gps"),
    pytest.param(lambda: partly_readable_jpeg(date_exif()), {"DATETIME"}, id="partly-with-a-date"),
    pytest.param(lambda: partly_readable_jpeg(), set(), id="partly-with-nothing-found"),
    pytest.param(lambda: gps_jpeg()[:200], {"GPS", "OWNER"}, id="cut-short"),
]


@pytest.mark.parametrize(("photo", "kinds"), _PARTLY)
def test_a_photo_not_fully_checked_is_block_with_its_reason(client: httpx.Client, photo, kinds: set) -> None:
    """Whatever could be read is reported, the verdict is block and ``error`` says why, in JSON and in
    forms. (A photo read in part with nothing found used to be a 422 "could not be read".)"""
    data = photo()
    for r in (
        client.post("/v1/check", json={"text": "fun day", "images": [b64(data)]}),
        client.post("/v1/check", data={"text": "fun day"}, files={"p": ("p.jpg", data, "image/jpeg")}),
    ):
        assert r.status_code == 200, r.text
        body = r.json()
        item = body["images"][0]
        assert body["verdict"] == "block" and item["verdict"] == "block", body
        assert item["error"].startswith("could not be fully checked: "), item
        assert {f["kind"] for f in item["findings"]} == kinds


@pytest.mark.parametrize(("photo", "kinds"), _PARTLY[:2])
def test_clean_image_of_a_photo_not_fully_checked_says_so(client: httpx.Client, photo, kinds: set) -> None:
    data = photo()
    r = client.post("/v1/clean-image?format=json", content=data, headers={"content-type": "image/jpeg"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"] == "block" and body["error"].startswith("could not be fully checked: ")
    assert {f["kind"] for f in body["findings"]} == kinds
    copy = scan_image(base64.b64decode(body["image"]["data"]))  # the copy itself is verified
    assert copy.checked and copy.verdict.value == "ok", copy
    raw = client.post("/v1/clean-image", content=data, headers={"content-type": "image/jpeg"})
    assert raw.status_code == 200 and raw.headers["x-leakscan-verdict"] == "block"
    assert raw.headers["x-leakscan-error"] == body["error"]


@pytest.mark.parametrize("data", [plain_png(), gps_jpeg()], ids=["clean", "gps"])
def test_fully_checked_photos_carry_no_error(client: httpx.Client, data: bytes) -> None:
    item = client.post("/v1/check", json={"images": [b64(data)]}).json()["images"][0]
    assert item["error"] is None
    r = client.post("/v1/clean-image?format=json", content=data, headers={"content-type": "image/jpeg"})
    assert r.json()["error"] is None
    raw = client.post("/v1/clean-image", content=data, headers={"content-type": "image/jpeg"})
    assert "x-leakscan-error" not in raw.headers


@pytest.mark.parametrize(
    "data",
    [b"\xff\xd8\xff\xe1\x00\x08Exif", b"RIFF\x10\x00\x00\x00WEBPVP8X" + b"\xff" * 20, partly_readable_jpeg()],
    ids=["jpeg-header", "webp-header", "partly-with-nothing-found"],
)
def test_a_photo_not_fully_checked_is_never_200_ok(client: httpx.Client, data: bytes) -> None:
    for r in (
        client.post("/v1/check", json={"images": [b64(data)]}),
        client.post("/v1/clean-image", content=data, headers={"content-type": "image/jpeg"}),
        client.post("/v1/clean-image?format=json", content=data, headers={"content-type": "image/jpeg"}),
    ):
        if r.status_code == 200:
            body = r.json() if r.headers["content-type"] == "application/json" else {}
            verdict = body.get("images", [body])[0].get("verdict") if body else r.headers["x-leakscan-verdict"]
            assert verdict == "block", r.text
        else:
            assert r.status_code in (413, 415, 422), r.text


# -- robustness -----------------------------------------------------------------------------------------


def _read_status(sock: socket.socket) -> int:
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return int(data.split(b" ", 2)[1])


def test_slow_client_does_not_block_others(server: Server, client: httpx.Client) -> None:
    body = json.dumps({"text": POST}).encode()
    head = (
        f"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    statuses: list[int] = []
    trickle = 2.0  # seconds each slow client takes to send its body (under the body timeout)

    def slow() -> None:
        with socket.create_connection((server.host, server.port), timeout=20) as sock:
            sock.sendall(head)
            step = max(1, len(body) // 20)
            for i in range(0, len(body), step):
                sock.sendall(body[i : i + step])
                time.sleep(trickle / 20)
            statuses.append(_read_status(sock))

    slowpokes = [threading.Thread(target=slow) for _ in range(4)]  # more than there are workers
    for t in slowpokes:
        t.start()
    time.sleep(0.2)
    t0 = time.monotonic()
    for _ in range(10):
        r = client.post("/v1/check", json={"text": f"call {SECRET_PHONE}"})
        assert r.status_code == 200
    fast = time.monotonic() - t0
    still_sending = sum(t.is_alive() for t in slowpokes)
    for t in slowpokes:
        t.join(timeout=30)
    assert still_sending == 4 and fast < trickle - 0.2, f"10 requests took {fast:.2f}s beside slow clients"
    assert statuses == [200] * 4


def test_stalled_body_is_408(server: Server) -> None:
    with socket.create_connection((server.host, server.port), timeout=BODY_TIMEOUT + 10) as sock:
        sock.sendall(
            b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        t0 = time.monotonic()
        assert _read_status(sock) == 408
        assert time.monotonic() - t0 < BODY_TIMEOUT + 3


@pytest.mark.parametrize(
    ("path", "content_type", "content"),
    [
        ("/v1/check", "application/json", b'{"text": "\\ud800"}'),  # a lone surrogate
        ("/v1/check", "application/json", b'{"text": "' + "é😀\u202e".encode() * 100 + b'"}'),
        ("/v1/check", "application/json", b'{"images": ["' + b"A" * 1000 + b'"]}'),
        ("/v1/check", "application/json", json.dumps({"images": [b64(b"\xff\xd8\xff\xe1" + b"\xff" * 300)]}).encode()),
        ("/v1/check", "application/json", json.dumps({"images": [b64(gps_jpeg()[:200])]}).encode()),
        ("/v1/check", "application/json", json.dumps({"images": [b64(png_bomb(1, 1)[:40])]}).encode()),
        ("/v1/check", "application/json", json.dumps({"settings": {"known": {"names": ["a" * 3000]}}}).encode()),
        ("/v1/check", "application/json", json.dumps({"settings": {"allow": [None]}}).encode()),
        ("/v1/check", "application/json", json.dumps({"settings": {"regions": []}}).encode()),
        ("/v1/check", "application/json; charset=latin-1", b'{"text": "caf\xe9"}'),
        ("/v1/check", "multipart/form-data", b"no boundary"),
        ("/v1/check", "multipart/form-data; boundary=", b""),
        ("/v1/clean-image", "image/jpeg", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00II*\x00\xff\xff\xff\xff"),
        ("/v1/clean-image", "image/png", png_bomb(1, 1)[:-12]),
        ("/v1/clean-image", "image/gif", b"GIF89a" + b"\x00" * 20),
        ("/v1/clean-image", "image/webp", b"RIFF\x10\x00\x00\x00WEBPVP8X" + b"\xff" * 20),
        ("/v1/clean-image", "image/heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40),
    ],
)
def test_odd_input_never_500(client: httpx.Client, path: str, content_type: str, content: bytes) -> None:
    r = client.post(path, content=content, headers={"content-type": content_type})
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        _error(r, r.status_code)


def test_demo_page_is_served_offline(client: httpx.Client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "Fix it for me" in r.text
    for asset in ("/static/app.js", "/static/style.css"):
        a = client.get(asset)
        assert a.status_code == 200 and len(a.content) > 100
    for page in (r.text, client.get("/static/app.js").text, client.get("/static/style.css").text):
        assert "http://" not in page and "https://" not in page  # nothing from a CDN


def _first_byte(server: Server, request: bytes, then_send: bytes = b"") -> tuple[float, bytes]:
    """Seconds from sending ``request`` to the first byte of the answer, and the whole answer."""
    with socket.create_connection((server.host, server.port), timeout=15) as sock:
        t0 = time.monotonic()
        sock.sendall(request)
        first = sock.recv(1)
        elapsed = time.monotonic() - t0
        data = first
        while first:
            first = sock.recv(65536)
            data += first
            if b"\r\n\r\n" in data and len(data) >= _expected_length(data):
                break
        return elapsed, data


def _expected_length(answer: bytes) -> int:
    head, _, _ = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(head) + 4 + int(value)
    return 1 << 62


#: Time-to-first-byte bound: the guard used to hold every page for its 5 s drain limit. A
#: correctness bound (a page answers at once), not a benchmark: those are in benchmarks/.
PROMPT = 2.0


@pytest.mark.parametrize(
    ("method", "path"),
    [
        *[("GET", p) for p in ("/", "/static/style.css", "/static/app.js", "/healthz", "/openapi.json")],
        *[("HEAD", p) for p in ("/", "/static/style.css", "/static/app.js", "/healthz")],
    ],
)
def test_pages_answer_at_once(server: Server, method: str, path: str) -> None:
    request = f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
    elapsed, answer = _first_byte(server, request)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    assert elapsed < PROMPT, f"{method} {path}: first byte after {elapsed:.2f} s"


@pytest.mark.parametrize(
    ("path", "content_type", "status"),
    [
        ("/v1/check", "text/plain", 415),
        ("/v1/clean-image", "application/json", 415),
        ("/v1/check", "application/json", 413),
    ],
)
def test_early_answers_arrive_while_the_client_is_still_sending(
    server: Server, path: str, content_type: str, status: int
) -> None:
    """An answer that does not need the body (415, or 413 from Content-Length) reaches a client that
    reads while it uploads at once; what it still sends is drained after the answer, not before."""
    length = MAX_BODY * 2 if status == 413 else MAX_BODY // 2
    head = f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
    elapsed, answer = _first_byte(server, head.encode() + b"x" * 10_000)
    assert answer.startswith(f"HTTP/1.1 {status}".encode()), answer[:200]
    assert elapsed < PROMPT, f"{path}: {status} after {elapsed:.2f} s"
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["error"]


@pytest.mark.parametrize(
    ("path", "content_type", "sent"),
    [
        ("/v1/check", "application/json", b'{"text": "call me on'),
        ("/v1/check", "multipart/form-data; boundary=xyz", b'--xyz\r\nContent-Disposition: form-data; name="text"\r\n'),
        ("/v1/clean-image", "image/jpeg", gps_jpeg()[:500]),
        ("/v1/clean-image", "multipart/form-data; boundary=xyz", b"--xyz\r\n"),
        ("/v1/check", "application/json", b""),
    ],
    ids=["json", "form", "photo", "photo-form", "nothing"],
)
def test_a_client_that_goes_away_costs_one_quiet_line_at_most(
    server: Server, path: str, content_type: str, sent: bytes
) -> None:
    """A client that closed its connection mid-body used to cost a 45-line traceback in the log."""
    before = server.log_text()
    for _ in range(3):
        with socket.create_connection((server.host, server.port), timeout=10) as sock:
            head = f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\nContent-Length: 5000\r\n\r\n"
            sock.sendall(head.encode() + sent)
            time.sleep(0.2)
    time.sleep(0.5)
    assert httpx.get(server.url + "/healthz", timeout=10).status_code == 200  # the workers are fine
    new = server.log_text()[len(before) :].splitlines()
    new = [line for line in new if "GET /healthz" not in line]
    assert len(new) <= 3, "\n".join(new[:60])
    assert not [line for line in new if "Traceback" in line or 'File "' in line or "ERROR" in line], new


# -- connections: slow headers, the connection limit, running out of file descriptors ----------------

HEADER_TIMEOUT = 2
MAX_CONNECTIONS = 40
PARTIAL = b"GET /healthz HTTP/1.1\r\nHost: x\r\n"  # a request whose headers never end


def _without_pixels(folder: Path) -> dict[str, str]:
    """``LEAKSCAN_SETTINGS`` for a service whose tests are about connections, not photos: it
    reads no picture, so its start-up loads no pixel model (~0.5 CPU-s a worker)."""
    path = folder / "no-pixels.toml"
    path.write_text("pixels = false\n", encoding="utf-8")
    return {"LEAKSCAN_SETTINGS": str(path)}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker with a short header timeout and a small connection limit."""
    folder = tmp_path_factory.mktemp("guarded")
    env = {"LEAKSCAN_HEADER_TIMEOUT": str(HEADER_TIMEOUT), "LEAKSCAN_MAX_CONNECTIONS": str(MAX_CONNECTIONS)}
    with serving(folder, {**env, **_without_pixels(folder)}, workers=1) as srv:
        yield srv


def _connect(server: Server, n: int, first: bytes = PARTIAL) -> list[socket.socket]:
    socks = []
    for _ in range(n):
        sock = socket.create_connection((server.host, server.port), timeout=10)
        if first:
            sock.sendall(first)
        socks.append(sock)
    return socks


@contextmanager
def trickling(socks: list[socket.socket], every: float = 0.3) -> Iterator[None]:
    """Slowloris: one more header line on every connection now and then, never the blank line."""
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(every):
            for sock in socks:
                with suppress(OSError):
                    sock.send(b"X-Slow: 1\r\n")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)


def _until_closed(sock: socket.socket, deadline: float) -> tuple[bool, bytes]:
    """Whether the server closes the connection by ``deadline`` (monotonic), and what it sent."""
    data = b""
    try:
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            chunk = sock.recv(65536)
            if not chunk:
                return True, data
            data += chunk
    except TimeoutError:
        return False, data
    except OSError:  # reset: closed too
        return True, data
    finally:
        sock.close()
    return False, data


def _new_lines(server: Server, before: str) -> list[str]:
    return server.log_text()[len(before) :].splitlines()


def test_slow_headers_neither_starve_others_nor_stay_open(guarded: Server) -> None:
    """Connections that never finish their headers held a slot (and a file descriptor) forever:
    thousands of them starved everyone. Now the longest-waiting ones make room for new
    connections past the limit, and each is closed when its header time is up."""
    before = guarded.log_text()
    slow = _connect(guarded, MAX_CONNECTIONS * 3)
    silent = _connect(guarded, 5, first=b"")  # connected, never a byte
    with trickling(slow):
        t0 = time.monotonic()
        with httpx.Client(base_url=guarded.url, timeout=10) as c:
            assert c.get("/healthz").status_code == 200
            assert c.post("/v1/check", json={"text": POST}).json()["verdict"] == "block"
        assert time.monotonic() - t0 < PROMPT
        deadline = time.monotonic() + HEADER_TIMEOUT + 3
        results = [_until_closed(sock, deadline) for sock in silent + slow]
    assert all(closed for closed, _ in results), sum(not closed for closed, _ in results)
    answers = [data for _, data in results if data]
    assert answers and all(a.startswith(b"HTTP/1.1 408") for a in answers), answers[:3]
    assert json.loads(answers[0].partition(b"\r\n\r\n")[2])["error"] == "too_slow"
    new = _new_lines(guarded, before)
    assert not [line for line in new if "Traceback" in line or "ERROR" in line], new[:20]
    assert sum("connection" in line.lower() for line in new) <= 2, new[:20]  # the limit: said once, not per connection


@pytest.mark.parametrize(("spread", "status"), [(0.0, 200), (HEADER_TIMEOUT / 2, 200), (HEADER_TIMEOUT + 1.5, 408)])
def test_headers_must_arrive_within_the_header_timeout(guarded: Server, spread: float, status: int) -> None:
    lines = [b"GET /healthz HTTP/1.1\r\n", b"Host: x\r\n", b"Accept: */*\r\n", b"X-Step: 1\r\n", b"\r\n"]
    with socket.create_connection((guarded.host, guarded.port), timeout=HEADER_TIMEOUT + 10) as sock:
        for line in lines:
            with suppress(OSError):
                sock.sendall(line)
            time.sleep(spread / len(lines))
        assert _read_status(sock) == status


def test_the_header_timeout_holds_for_every_request_of_a_kept_alive_connection(guarded: Server) -> None:
    with socket.create_connection((guarded.host, guarded.port), timeout=10) as sock:
        sock.sendall(PARTIAL + b"\r\n")
        assert _read_status(sock) == 200
        time.sleep(0.2)
        sock.sendall(PARTIAL)  # the second request's headers never end
        closed, data = _until_closed(sock, time.monotonic() + HEADER_TIMEOUT + 3)
    body = data.rpartition(b"HTTP/1.1 ")[2]
    assert closed and body.startswith(b"408"), data[-300:]


@pytest.mark.parametrize(("size", "status"), [(8_000, 200), (60_000, 200), (70_000, 431), (10_000_000, 431)])
def test_request_headers_are_bounded_in_size(guarded: Server, size: int, status: int) -> None:
    head = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(
        b"X-Pad-%d: %s\r\n" % (i, b"a" * 990) for i in range(size // 1000)
    )
    with socket.create_connection((guarded.host, guarded.port), timeout=10) as sock:
        with suppress(OSError):  # the server may close before all of it is sent
            sock.sendall(head + b"\r\n")
        closed, data = _until_closed(sock, time.monotonic() + 5) if status != 200 else (False, b"")
        if status == 200:
            assert _read_status(sock) == 200
        else:
            assert closed and data.startswith(b"HTTP/1.1 431"), data[:200]


def test_several_workers_guard_their_connections_too(server: Server) -> None:
    """``--workers N`` hands uvicorn's config to new processes: the guarded protocol goes with it."""
    big = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 70_000 + b"\r\n\r\n"
    for _ in range(4):
        with socket.create_connection((server.host, server.port), timeout=10) as sock:
            with suppress(OSError):
                sock.sendall(big)
            closed, data = _until_closed(sock, time.monotonic() + 5)
        assert closed and data.startswith(b"HTTP/1.1 431"), data[:200]


@pytest.mark.parametrize("max_connections", [None, 1000], ids=["default-limit", "limit-over-the-fds"])
def test_a_low_open_file_limit_is_one_log_line_at_most_and_the_service_answers(
    tmp_path: Path, max_connections: int | None
) -> None:
    """At the open-file limit accept() fails with EMFILE: asyncio logged a traceback for each attempt
    (a million lines in 20 s, "Too many open files") and, with slow connections held open, nobody
    was served again. By default the connection limit makes room at once; set above the open-file
    limit, running out is one warning and the service recovers as the slow connections time out."""
    env = {"LEAKSCAN_HEADER_TIMEOUT": str(HEADER_TIMEOUT), **_without_pixels(tmp_path)}
    if max_connections:
        env["LEAKSCAN_MAX_CONNECTIONS"] = str(max_connections)
    with serving(tmp_path, env, workers=1, nofile=128) as srv:
        slow = _connect(srv, 200)
        time.sleep(0.5)
        t0 = time.monotonic()
        r = httpx.get(srv.url + "/healthz", timeout=HEADER_TIMEOUT * 5 + 10)
        waited = time.monotonic() - t0
        for sock in slow:
            sock.close()
        time.sleep(0.5)
        lines = srv.log_text().splitlines()
    assert r.status_code == 200
    assert waited < (PROMPT if max_connections is None else HEADER_TIMEOUT * 5), waited
    assert not [line for line in lines if "Traceback" in line], lines[:40]
    out_of_fds = [line for line in lines if "file descriptors" in line or "open files" in line]
    # asyncio accepts a whole burst of waiting connections before any is seen (and one closed to make
    # room), so even the default limit can run out for a moment: one line at most. Set above the
    # open-file limit: one line at start, and one when it runs out.
    assert len(out_of_fds) <= (1 if max_connections is None else 2), out_of_fds
    assert len(lines) < 60, lines[:60]


def test_internal_errors_are_a_bare_500_without_details(caplog: pytest.LogCaptureFixture) -> None:
    """No client input reaches the catch-all; it is checked here on a crashing app in process."""
    import asyncio

    from leakscan.server import GuardMiddleware

    async def crashing(scope: dict, receive: object, send: object) -> None:
        raise RuntimeError(f"bug while reading {SECRET_PHONE}")

    app = GuardMiddleware(crashing, max_body_bytes=1000, body_timeout=5)  # type: ignore[arg-type]

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return await c.post("/v1/check", json={"text": POST})

    with caplog.at_level("ERROR", logger="leakscan.server"):
        r = asyncio.run(call())
    body = _error(r, 500, "internal_error")
    assert SECRET_PHONE not in body["message"]
    assert "RuntimeError" in caplog.text and SECRET_PHONE not in caplog.text


def test_logs_hold_no_bodies_or_values(server: Server, client: httpx.Client) -> None:
    """Posts, names, phone numbers, settings and photos sent to the service never reach its log.

    The test sends its own (the tests before it may have run in another worker's server)."""
    post = f"i'm {SECRET_NAME}, call {SECRET_PHONE} or mail help@kidsapp.example, we live in Paris, zara"
    client.post("/v1/check", json={"text": post, "settings": {"known": {"names": ["zara"]}}})
    client.post("/v1/check", json={"text": "/etc/passwd", "settings": {"allow": ["help@kidsapp.example"]}})
    client.post("/v1/clean-image?format=json", content=gps_jpeg(), headers={"content-type": "image/jpeg"})
    time.sleep(0.5)
    logs = server.log_text()
    assert "POST /v1/check" in logs and "POST /v1/clean-image" in logs  # the access log is on...
    assert "format=json" not in logs  # ...path only
    for secret in (SECRET_NAME, SECRET_PHONE, "555 0134", "kidsapp", "help@", "48.85", "Paris", "zara", "/etc/passwd"):
        assert secret not in logs, secret
    assert b64(gps_jpeg())[:40] not in logs
    assert "Traceback" not in logs and " 500 " not in logs


# -- the serve command ------------------------------------------------------------------------------


def _serve(args: list[str], prelude: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    code = f"{prelude}\nfrom leakscan.cli import main\nmain()"
    return subprocess.run(
        [sys.executable, "-c", code, "serve", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    done = _serve(["--port", "1"], prelude="import sys; sys.modules['fastapi'] = None")
    assert done.returncode == 1
    assert "pip install 'leakscan[serve]'" in done.stderr and "fastapi" in done.stderr


def test_serve_refuses_bad_configuration(tmp_path: Path) -> None:
    bad = tmp_path / "settings.json"
    bad.write_text('{"regions": ["UK"]}')
    done = _serve(["--settings", str(bad)])
    assert done.returncode == 2 and "GB" in done.stderr
    done = _serve([], env={"LEAKSCAN_MAX_BODY_BYTES": "lots"})
    assert done.returncode == 2 and "LEAKSCAN_MAX_BODY_BYTES" in done.stderr


def _nodelay_of_accepted(listener: socket.socket) -> int:
    """Serve on ``listener`` with asyncio, connect once: TCP_NODELAY of the accepted socket."""
    import asyncio

    async def main() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport):
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
        with socket.create_connection(listener.getsockname()[:2]):
            value = await asyncio.wait_for(seen, 10)
        server.close()
        return value

    return asyncio.run(main())


def test_the_shared_socket_of_several_workers_gets_tcp_nodelay():
    """uvicorn binds the ``--workers N`` socket with proto 0, so asyncio left Nagle's algorithm
    on and every keep-alive response waited ~40 ms for the client's delayed ACK."""
    from leakscan.server.serve import _tcp_listener

    def bound() -> socket.socket:
        sock = socket.socket(socket.AF_INET)  # as uvicorn's Config.bind_socket does
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        return sock

    fixed = _tcp_listener(bound())
    assert fixed.proto == socket.IPPROTO_TCP
    assert _nodelay_of_accepted(fixed) != 0


# -- chats: the context field (issue 12) -----------------------------------------------------------------

#: The child's number in pieces, someone else's message in between.
CHAT_CONTEXT = ["my cell is 917", {"from": "sam", "text": "what"}, {"from": "child", "text": "555", "id": "m3"}]


@pytest.mark.parametrize(
    ("context", "text", "verdict", "parts"),
    [
        (CHAT_CONTEXT, "0138", "block", [[0, "m3"]]),
        ([{"from": "sam", "text": "gg"}], "0138", "ok", []),
        (None, "0138", "ok", []),
    ],
)
def test_check_with_a_context_finds_leaks_across_messages(
    client: httpx.Client, context: list | None, text: str, verdict: str, parts: list
) -> None:
    body = {"text": text} if context is None else {"text": text, "context": context}
    r = client.post("/v1/check", json=body)
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["verdict"] == verdict
    assert [f["parts"] for f in answer["text"]["findings"] if f["parts"] is not None] == parts
    assert answer["redacted_text"] == ("[PHONE]" if parts else text)


def test_check_with_a_context_carries_the_ask_the_child_answers(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"text": "im 11", "context": [{"from": "sam", "text": "how old are you?"}]})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["verdict"] == "block"
    asks = [f for f in answer["text"]["findings"] if f["kind"] == "ASKS_PII"]
    assert len(asks) == 1 and asks[0]["start"] is None and asks[0]["parts"] == [0]


def test_check_multipart_with_a_context(client: httpx.Client) -> None:
    data = {"text": "0138", "context": json.dumps(CHAT_CONTEXT)}
    r = client.post("/v1/check", data=data, files=[("images", ("red.png", plain_png(), "image/png"))])
    assert r.status_code == 200, r.text
    assert [f["parts"] for f in r.json()["text"]["findings"] if f["parts"]] == [[0, "m3"]]


SECRET_WORD = "zanzibarquokka"  # in what is posted, never in an answer


@pytest.mark.parametrize(
    ("context", "status", "code", "names"),
    [
        (["hi"] * (MAX_CONTEXT_MESSAGES + 1), 413, "too_many_messages", "context"),
        ([SECRET_WORD * 100] * 6, 413, "context_too_long", "context"),
        ([SECRET_WORD * 3 * (MAX_TEXT // 40)], 413, "too_large", "context[0]"),
        (["hi", 42], 400, "invalid_context", "context[1]"),
        (["hi", {"from": "sam"}], 400, "invalid_context", "context[1]"),
        ([{"from": "sam", "text": "hi", SECRET_WORD: SECRET_WORD}], 400, "invalid_context", "context[0]"),
        ([{"from": SECRET_WORD, "text": 5}], 400, "invalid_context", "context[0]"),
        (SECRET_WORD, 400, None, "context"),
        ({"text": SECRET_WORD}, 400, None, "context"),
    ],
)
def test_a_bad_context_is_refused_naming_the_field_never_the_text(
    client: httpx.Client, context: object, status: int, code: str | None, names: str
) -> None:
    for r in (
        client.post("/v1/check", json={"text": "hi", "context": context}),
        client.post("/v1/check", files=[("text", (None, "hi")), ("context", (None, json.dumps(context)))]),
    ):
        body = _error(r, status, code)
        assert names in body["message"] and SECRET_WORD not in body["message"], body
