"""leakscan itself does not leak: no network use, no value in a log or an error, nothing raw on a terminal.

* **Network**: a guard (installed in-process, and as ``sitecustomize`` for subprocesses, so
  pool workers and the uvicorn server are guarded too) makes ``connect``/``connect_ex``/
  ``sendto``/``getaddrinfo``/``create_connection``/``gethostbyname`` raise for anything but
  loopback and records every attempt. The CLI (in-process and as a ``-j 2`` subprocess with a
  report), the Python API and a real ``leakscan serve`` process are run over posts and photos
  full of leaks: the list of attempts must be empty. A control proves the guard records.
* **Logs and errors**: everything runs with the root logger (and uvicorn's and leakscan's) at
  DEBUG and warnings captured; no distinctive value (phone, e-mail, name, street, school,
  handle, owner, serial number, GPS coordinates) and no post text may appear in any log line,
  any ``ScanResult.error``, any exception message for bad input, or any 4xx body.
* **Terminal**: escape sequences (CSI, OSC, BEL), a bidi override, NUL and CR in EXIF fields,
  posts and file names never reach the terminal raw in table output or error lines (also
  through a real pseudo-terminal); JSON output escapes them and keeps the values exact.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import pty
import select
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import piexif
import pytest
from click.testing import CliRunner
from conftest import ROOT
from PIL import Image, PngImagePlugin, TiffImagePlugin

import leakscan
from leakscan import photos
from leakscan.cli import cli
from leakscan.errors import LeakscanError
from leakscan.redact.image import clean_image_bytes

# -- distinctive (made-up) values --------------------------------------------------------------

PHONE = "(217) 555-0187"
EMAIL = "zelda.quinn2013@example.net"
NAME = "Mirabel Okonkwo"
STREET = "17 Juniper Lane"
SCHOOL = "Larkspur Elementary"
HANDLE = "@mirabel.dances"
OWNER = "Tobias Wrenfield"
SERIAL = "ZX48213977"
LAT, LON = 39.7886123, -89.6853217
POST = (
    f"hi im {NAME}, i go to {SCHOOL} and we live at {STREET} springfield. call {PHONE} or mail {EMAIL}, insta {HANDLE}"
)
#: None of these may appear in a log line, an error message or an error body.
NEEDLES = [
    "555-0187",
    "555 0187",
    "5550187",
    "zelda.quinn",
    "Mirabel",
    "mirabel",
    "Okonkwo",
    "Juniper",
    "Larkspur",
    "Tobias",
    "Wrenfield",
    "ZX48213977",
    "39.788",
    "89.685",
    "39.79",
    "89.69",
]


def leaks_in(text: str) -> list[str]:
    return [n for n in NEEDLES if n in text]


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return ((d, 1), (m, 1), (round(((value - d) * 60 - m) * 60 * 10000), 10000))


def exif_bytes(artist: str = OWNER, description: str = STREET) -> bytes:
    return piexif.dump(
        {
            "0th": {
                piexif.ImageIFD.Artist: artist.encode(),
                piexif.ImageIFD.Copyright: NAME.encode(),
                piexif.ImageIFD.ImageDescription: description.encode(),
                piexif.ImageIFD.Make: b"Synthetic",
            },
            "Exif": {piexif.ExifIFD.BodySerialNumber: SERIAL.encode(), piexif.ExifIFD.CameraOwnerName: OWNER.encode()},
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: _dms(LAT),
                piexif.GPSIFD.GPSLongitudeRef: b"W",
                piexif.GPSIFD.GPSLongitude: _dms(LON),
            },
        }
    )


def leaky_jpeg(**kw) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (30, 140, 80)).save(buf, "JPEG", quality=85, exif=exif_bytes(**kw))
    return buf.getvalue()


def leaky_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", OWNER)
    info.add_text("Comment", f"at {STREET}, call {PHONE}")
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 90, 40)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def leaky_tiff() -> bytes:
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[315] = OWNER  # Artist: short values are what Pillow's DEBUG log would print
    ifd[270] = STREET
    ifd[33432] = NAME
    buf = io.BytesIO()
    Image.new("RGB", (24, 16), (10, 20, 30)).save(buf, "TIFF", tiffinfo=ifd)
    return buf.getvalue()


def leaky_webp() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (90, 90, 200)).save(buf, "WEBP", exif=exif_bytes())
    return buf.getvalue()


def broken_variants(data: bytes) -> list[bytes]:
    """Truncations and corruptions of a photo, through its metadata (for error paths)."""
    out = [data[:n] for n in (20, 60, 120, 200, 400, len(data) // 2)]
    corrupt = bytearray(data)
    for i in range(30, min(len(corrupt), 400), 37):
        corrupt[i] ^= 0xFF
    out.append(bytes(corrupt))
    return out


def leak_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "post.txt").write_text(POST, encoding="utf-8")
    (root / "posts.jsonl").write_text(
        json.dumps({"id": 1, "text": POST})
        + "\n"
        + f'{{"id": 2, "text": "{POST}"\n'  # broken JSON holding the values
        + json.dumps({"id": 3, "text": [POST]})
        + "\n",
        encoding="utf-8",
    )
    (root / "bad-utf8.txt").write_bytes(POST.encode() + b"\xff\xfe" + POST.encode())
    (root / "photo.jpg").write_bytes(leaky_jpeg(description=POST))
    (root / "photo.png").write_bytes(leaky_png())
    (root / "photo.tif").write_bytes(leaky_tiff())
    (root / "photo.webp").write_bytes(leaky_webp())
    for i, broken in enumerate(broken_variants(leaky_jpeg())):
        (root / f"broken{i}.jpg").write_bytes(broken)
    (root / "text-as.jpg").write_bytes(POST.encode())
    return root


# -- the network guard -------------------------------------------------------------------------

GUARD = r'''
"""sitecustomize for leakscan's no-leak tests: refuse and record any non-loopback network use."""
import errno
import ipaddress
import json
import logging
import os
import socket
import traceback


def is_loopback(host):
    if host is None:
        return True  # passive / local
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0].lower()
    if host in ("localhost", "") or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def install(record):
    """Patch the socket module; returns the originals as (owner, name, value) to restore."""
    originals = []

    def blocked(what, target):
        record({"what": what, "target": repr(target)[:200], "pid": os.getpid(),
                "stack": "".join(traceback.format_stack(limit=14))})
        return OSError(errno.ENETUNREACH, "network use blocked by leakscan's no-leak test (" + what + ")")

    def sock_ok(sock, address):
        if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
            return True
        return isinstance(address, tuple) and is_loopback(address[0])

    def patch(owner, name, wrap):
        real = getattr(owner, name)
        originals.append((owner, name, real))
        setattr(owner, name, wrap(real))

    def guard_connect(real, what):
        def connect(self, address):
            if not sock_ok(self, address):
                raise blocked(what, address)
            return real(self, address)
        return connect

    def guard_send(real, what):
        def send(self, *args):
            address = args[-1] if len(args) >= 2 else None
            if address is not None and not sock_ok(self, address):
                raise blocked(what, address)
            return real(self, *args)
        return send

    def guard_host(real, what):
        def lookup(host, *args, **kwargs):
            if not is_loopback(host):
                raise blocked(what, host)
            return real(host, *args, **kwargs)
        return lookup

    def guard_create(real):
        def create_connection(address, *args, **kwargs):
            if not is_loopback(address[0]):
                raise blocked("create_connection", address)
            return real(address, *args, **kwargs)
        return create_connection

    patch(socket.socket, "connect", lambda r: guard_connect(r, "connect"))
    patch(socket.socket, "connect_ex", lambda r: guard_connect(r, "connect_ex"))
    patch(socket.socket, "sendto", lambda r: guard_send(r, "sendto"))
    patch(socket.socket, "sendmsg", lambda r: guard_send(r, "sendmsg"))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        patch(socket, name, lambda r, name=name: guard_host(r, name))
    patch(socket, "create_connection", guard_create)
    return originals


def _to_file(entry):
    with open(os.environ["LEAKSCAN_NET_LOG"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


if os.environ.get("LEAKSCAN_NET_LOG"):
    install(_to_file)
if os.environ.get("LEAKSCAN_DEBUG_LOG"):
    logging.basicConfig(level=logging.DEBUG, format="LOG %(name)s %(levelname)s %(message)s")
    logging.captureWarnings(True)
'''


@pytest.fixture
def net_guard():
    """The guard in this process: yields the list of attempts."""
    ns: dict = {}
    exec(compile(GUARD, "leakscan_net_guard", "exec"), ns)
    attempts: list[dict] = []
    originals = ns["install"](attempts.append)
    try:
        yield attempts
    finally:
        for owner, name, value in reversed(originals):
            setattr(owner, name, value)


@pytest.fixture
def guard_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a guarded, DEBUG-logging subprocess (its children inherit it)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["LEAKSCAN_NET_LOG"] = str(tmp_path / "net.jsonl")
    env["LEAKSCAN_DEBUG_LOG"] = "1"
    env.pop("LEAKSCAN_CORPUS", None)
    return env


def attempts_of(env: dict[str, str]) -> list[dict]:
    path = Path(env["LEAKSCAN_NET_LOG"])
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = f"{record.name} {record.levelname} {record.getMessage()}"
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.lines.append(text)


@pytest.fixture
def debug_log():
    """Root logger (and every named logger) at DEBUG, warnings captured: yields the formatted lines."""
    root = logging.getLogger()
    handler = _Records()
    old_level = root.level
    named = {n: logging.getLogger(n).level for n in ("leakscan", "uvicorn", "uvicorn.error", "PIL", "asyncio")}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for n in named:
        logging.getLogger(n).setLevel(logging.DEBUG)
    logging.captureWarnings(True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            yield handler.lines
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        root.setLevel(old_level)
        for n, level in named.items():
            logging.getLogger(n).setLevel(level)


# -- the guard works --------------------------------------------------------------------------


def test_the_guard_records_and_refuses_outside_connections(net_guard, guard_env):
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.com", 443)
    s = socket.socket()
    try:
        with pytest.raises(OSError):
            s.connect(("198.51.100.7", 443))
    finally:
        s.close()
    assert [a["what"] for a in net_guard] == ["create_connection", "getaddrinfo", "connect"]
    # loopback is allowed (the service's clients use it)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        socket.create_connection(server.getsockname(), timeout=1).close()
    finally:
        server.close()
    assert len(net_guard) == 3
    # in a subprocess, through sitecustomize
    code = "import urllib.request\ntry:\n    urllib.request.urlopen('http://example.com', timeout=2)\nexcept OSError:\n    pass"
    subprocess.run([sys.executable, "-c", code], env=guard_env, timeout=60, check=True)
    assert attempts_of(guard_env), "the subprocess guard recorded nothing"


# -- network, logs and errors: CLI and API in this process -------------------------------------


def _cli(*args: str | Path, input: str | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def leaky(tmp_path: Path) -> dict:
    """The inputs, made before logging goes to DEBUG (Pillow logs what it writes)."""
    return {
        "folder": leak_folder(tmp_path / "in"),
        "images": [leaky_jpeg(), leaky_png(), leaky_tiff(), leaky_webp()],
        "broken": [POST.encode(), *broken_variants(leaky_jpeg()), *broken_variants(leaky_png())],
    }


def test_cli_and_api_in_process_no_network_no_values_in_logs_or_errors(tmp_path: Path, leaky, net_guard, debug_log):
    folder = leaky["folder"]
    outputs = []
    for args in (
        ["scan", folder, "--format", "jsonl", "--report", tmp_path / "report.html"],
        ["scan", folder],
        ["redact", folder, "--out", tmp_path / "clean", "--format", "jsonl"],
        ["scan", "--text", POST, "--format", "jsonl"],
        ["redact", "--text", POST],
        ["scan", "-"],
    ):
        res = _cli(*args, input=POST if args[-1] == "-" else None)
        assert res.exit_code in (0, 1, 2), res.output
        outputs.append(res)
    # error lines in the JSON output: reasons, never values
    errors = []
    for res in outputs:
        for line in res.stdout.splitlines():
            if line.startswith("{"):
                d = json.loads(line)
                errors += [d["error"], (d.get("redaction") or {}).get("error"), (d.get("redaction") or {}).get("note")]
    errors = [e for e in errors if e]
    assert len(errors) >= 8  # the broken files, lines and texts above
    assert not leaks_in("\n".join(errors)), errors
    assert not leaks_in("\n".join(r.stderr for r in outputs))

    # the Python API, including bad input
    settings = leakscan.Settings.from_dict({"known": {"names": [NAME], "streets": [STREET], "phones": [PHONE]}})
    assert leakscan.scan_text(POST).findings
    assert leakscan.redact_text(POST).text != POST
    check = leakscan.check_post(POST, images=leaky["images"], settings=settings, clean_images=True)
    assert check.verdict.value == "block" and all(c is not None for c in check.cleaned_images)
    api_errors: list[str] = []
    for data in leaky["images"]:
        assert photos.scan_image(data).findings
        clean_image_bytes(data)
    for data in leaky["broken"]:
        api_errors.append(photos.scan_image(data).error or "")
        try:
            clean_image_bytes(data)
        except LeakscanError as exc:
            api_errors.append(str(exc))
    api_errors += list(leakscan.check_post(POST * 10, images=[POST.encode()], settings={"regions": ["GB"]}).errors)
    api_errors.append(leakscan.scan_text(POST * 5000).error or "")
    for bad in ({"known": {"names": [NAME, None]}}, {"known": {"streets": [STREET, 5]}}, {"allow": [EMAIL, 3]}):
        with pytest.raises(LeakscanError) as info:
            leakscan.Settings.from_dict(bad)
        api_errors.append(str(info.value))
    with pytest.raises(TypeError) as info:
        leakscan.check_post(POST.encode())  # type: ignore[arg-type]
    api_errors.append(str(info.value))
    assert len([e for e in api_errors if e]) >= 10
    assert not leaks_in("\n".join(api_errors)), api_errors

    assert net_guard == [], net_guard
    assert debug_log, "nothing was logged at all: the DEBUG capture is not working"
    found = [line for line in debug_log if leaks_in(line)]
    assert not found, found[:5]


# -- a real subprocess: workers, report, DEBUG logs --------------------------------------------


def test_cli_subprocess_with_workers_no_network_no_values_in_logs(tmp_path: Path, guard_env):
    folder = leak_folder(tmp_path / "in")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "leakscan",
            "redact",
            str(folder),
            "--out",
            str(tmp_path / "clean"),
            "-j",
            "2",
            "--format",
            "jsonl",
            "--report",
            str(tmp_path / "report.html"),
        ],
        env=guard_env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert res.returncode == 2, res.stderr[-2000:]  # the broken files
    assert len(res.stdout.splitlines()) >= 12
    assert "LOG " in res.stderr  # DEBUG logging was on (spaCy, Pillow... say something)
    assert attempts_of(guard_env) == []
    assert not leaks_in(res.stderr), [ln for ln in res.stderr.splitlines() if leaks_in(ln)][:5]


# -- the HTTP service -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _hostile_forms(photo: bytes) -> list[bytes]:
    """Multipart bodies python-multipart refuses or complains about, full of the values."""
    head = b'--b\r\nContent-Disposition: form-data; name="text"\r\n'
    return [
        head + f"{NAME}: {PHONE}\r\n\r\n{POST}\r\n--b--\r\n".encode(),  # a header name with a space
        head + f"Content-Type: {PHONE}\r\nContent-Transfer-Encoding: {NAME}\r\n\r\n{POST}\r\n--b--\r\n".encode(),
        f"--{NAME}\r\n{POST}".encode(),  # not the boundary
        b"--b" + PHONE.encode() + b"\r\n" + POST.encode(),  # bytes after the boundary
        head + b"\r\n" + POST.encode() + b"\r\n--b\r\n" + f"{EMAIL}\r\n\r\n".encode() + photo,
        head + b"X" * 5000 + f": {PHONE}\r\n\r\n{POST}\r\n--b--\r\n".encode(),  # an oversized header
        head + b"\r\n" + POST.encode() + b"\r\n--b--" + PHONE.encode(),  # junk after the end
    ]


SERVE = (
    "import sys\n"
    "from leakscan import server\n"
    "server.run('127.0.0.1', int(sys.argv[1]), access_log=True, log_level='debug',"
    " config=server.ServerConfig(max_text_chars=2000, max_images=3))\n"
)


def test_service_no_network_no_values_in_logs_or_error_bodies(tmp_path: Path, guard_env):
    httpx = pytest.importorskip("httpx")
    pytest.importorskip("uvicorn")
    port = _free_port()
    log = tmp_path / "server.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(port)],
            env=guard_env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    bodies: list[str] = []
    try:
        deadline = time.monotonic() + 300
        while True:
            assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
            try:
                if httpx.get(f"{url}/healthz", timeout=2).json().get("ready"):
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)
        images = [leaky_jpeg(description=POST), leaky_png(), leaky_tiff(), leaky_webp()]
        with httpx.Client(base_url=url, timeout=60) as c:
            # good requests full of leaks
            r = c.post("/v1/check", json={"text": POST, "images": [base64.b64encode(i).decode() for i in images[:3]]})
            assert r.status_code == 200 and r.json()["verdict"] == "block"
            r = c.post(
                "/v1/check",
                json={
                    "text": POST,
                    "settings": {"known": {"names": [NAME], "streets": [STREET]}},
                    "clean_images": True,
                },
            )
            assert r.status_code == 200
            r = c.post("/v1/check", data={"text": POST, "clean_images": "true"}, files={"a": ("a.jpg", images[0])})
            assert r.status_code == 200
            for image in images:
                assert (
                    c.post("/v1/clean-image", content=image, headers={"content-type": "image/jpeg"}).status_code == 200
                )
                assert c.post("/v1/clean-image?format=json", files={"image": ("x", image)}).status_code == 200
            # bad requests holding the values: 4xx with a reason, never the values
            photo_file = {"photo": ("p.jpg", images[0], "image/jpeg")}
            bad = [
                ("/v1/check", {"content": f'{{"text": "{POST}",', "headers": {"content-type": "application/json"}}),
                ("/v1/check", {"json": {"text": POST * 40}}),
                ("/v1/check", {"json": {"text": [POST]}}),
                ("/v1/check", {"json": {"text": POST, "style": POST}}),
                ("/v1/check", {"json": {"text": POST, "clean_images": POST}}),
                ("/v1/check", {"json": {"text": POST, "images": [POST]}}),
                ("/v1/check", {"json": {"text": POST, "images": [base64.b64encode(POST.encode()).decode()]}}),
                ("/v1/check", {"json": {"text": POST, "settings": {"known": {"names": NAME}}}}),
                ("/v1/check", {"json": {"text": POST, "settings": {"allow": [EMAIL, 5]}}}),
                ("/v1/check", {"json": {"text": POST, "images": [base64.b64encode(images[0]).decode()] * 4}}),
                ("/v1/check", {"data": {"text": POST, "settings": POST}, "files": photo_file}),
                ("/v1/check", {"data": {"text": POST, "clean_images": POST}, "files": photo_file}),
                ("/v1/check", {"data": {"text": POST, "style": POST}, "files": photo_file}),
                ("/v1/check", {"data": {"text": POST * 40}, "files": photo_file}),
                ("/v1/check", {"content": POST.encode(), "headers": {"content-type": "text/plain"}}),
                ("/v1/clean-image", {"content": POST.encode(), "headers": {"content-type": "image/jpeg"}}),
                ("/v1/clean-image", {"content": POST.encode(), "headers": {"content-type": "text/plain"}}),
            ]
            # broken multipart bodies: python-multipart logs the bytes it chokes on and part headers
            for form in _hostile_forms(images[0]):
                bad.append(
                    ("/v1/check", {"content": form, "headers": {"content-type": "multipart/form-data; boundary=b"}})
                )
            for broken in [*broken_variants(images[0]), *broken_variants(images[1]), *broken_variants(images[2])]:
                bad.append(("/v1/clean-image", {"content": broken, "headers": {"content-type": "image/jpeg"}}))
                bad.append(("/v1/check", {"json": {"text": POST, "images": [base64.b64encode(broken).decode()]}}))
            statuses = []
            for path, kw in bad:
                r = c.post(path, **kw)
                statuses.append(r.status_code)
                if r.status_code >= 400:
                    assert r.status_code < 500, (path, r.text[:300])
                    bodies.append(r.text)
                elif path == "/v1/check":  # a broken photo may still be read: its error is in the body
                    bodies += [i.get("error") or "" for i in r.json()["images"]]
            r = c.get(f"/v1/check?text={PHONE}")
            bodies.append(r.text)
            assert sum(s >= 400 for s in statuses) >= 16
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    logs = log.read_text(encoding="utf-8", errors="replace")
    assert "LOG " in logs and "DEBUG" in logs, logs[-2000:]  # root and uvicorn really were at DEBUG
    # python-multipart's lines quote body bytes (a byte, a part header): none, at any level
    assert "python_multipart" not in logs and "multipart.multipart" not in logs, logs[-2000:]
    assert attempts_of(guard_env) == []
    assert not leaks_in("\n".join(bodies)), [b for b in bodies if leaks_in(b)][:3]
    assert not leaks_in(logs), [ln for ln in logs.splitlines() if leaks_in(ln)][:5]


# -- the terminal ----------------------------------------------------------------------------------

HOSTILE = "Tobias\x1b[2J\x1b]0;pwned\x07\u202eWrenfield\x00\r!"
RAW = ("\x1b", "\x07", "\u202e", "\x00", "\x9b")


def hostile_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "photo.jpg").write_bytes(leaky_jpeg(artist=HOSTILE, description=f"desc {HOSTILE} {PHONE}"))
    (root / "post.txt").write_text(f"call me {PHONE} \x1b[2J\x1b]0;title\x07 \u202eevil\x00\r done", encoding="utf-8")
    (root / "post2.txt").write_text(f"text me {PHONE} \x1b[2J\x1b]0;title\x07 \u202eevil\r done", encoding="utf-8")
    (root / "evil\x1b]0;pwned\x07\u202e.jpg").write_bytes(b"\x1b[2J not an image at all \x07")
    (root / "snap\x1b]0;pwned\x07\u202e.jpg").write_bytes(leaky_jpeg())
    return root


def assert_no_raw(text: str) -> None:
    assert not [c for c in RAW if c in text], repr(text[:500])
    assert "\r" not in text.replace("\r\n", "\n")


def test_table_output_and_error_lines_show_no_raw_control_characters(tmp_path: Path):
    folder = hostile_folder(tmp_path / "in")
    for args in (
        ["scan", folder / "photo.jpg"],
        ["scan", folder],
        ["scan", "--text", f"hey {PHONE}\x1b[2J\x1b]0;t\x07\u202e\x00\r"],
        ["redact", folder, "--out", tmp_path / "clean"],
        ["redact", folder, "--dry-run"],
    ):
        res = _cli(*args)
        assert res.exit_code in (1, 2), res.output
        assert_no_raw(res.stdout)
        assert_no_raw(res.stderr)
    res = _cli("scan", folder / "photo.jpg")
    assert "Tobias" in res.stdout and "Wrenfield" in res.stdout  # shown, made harmless
    # a fatal error line naming a hostile file (the disk filled up while writing it)
    import leakscan.fsutil as fsutil

    real = fsutil.os.fsync

    def full(fd):
        raise OSError(28, "No space left on device")

    fsutil.os.fsync = full
    try:
        res = _cli("redact", next(folder.glob("snap*.jpg")), "--out", tmp_path / "clean2")
    finally:
        fsutil.os.fsync = real
    assert res.exit_code == 2 and "disk is full" in res.stderr
    assert_no_raw(res.stderr)


def test_json_output_escapes_control_characters_and_keeps_the_values(tmp_path: Path):
    folder = hostile_folder(tmp_path / "in")
    post = f"call me {PHONE} \x1b[2J\x1b]0;title\x07 \u202eevil\x00\r\x9b done"
    for fmt in ("jsonl", "json"):
        for args in (["scan", folder], ["redact", folder, "--dry-run"], ["redact", "--text", post]):
            res = _cli(*args, "--format", fmt)
            assert_no_raw(res.stdout)
            assert "\r" not in res.stdout
            data = [json.loads(x) for x in res.stdout.splitlines()] if fmt == "jsonl" else json.loads(res.stdout)
            if args[1] == "--text":  # the clean post, exact: escapes on the wire, the same value
                assert data[0]["redaction"]["text"] == post.replace(PHONE, "[PHONE]")
            else:
                assert any("\u202e" in d["source"] for d in data)


def test_json_output_and_jsonl_copies_survive_lone_surrogates(tmp_path: Path):
    """A post (or id) holding a lone surrogate escape is valid JSON but cannot be UTF-8 encoded:
    the output keeps it as an escape instead of crashing."""
    posts = tmp_path / "in" / "posts.jsonl"
    posts.parent.mkdir()
    posts.write_text('{"id": "\\ud800x", "text": "call me on 217 555 0134 \\udc00 ok"}\n', encoding="utf-8")
    res = _cli("scan", posts, "--format", "jsonl")
    assert res.exit_code == 1 and json.loads(res.stdout)["id"] == "\ud800x"
    res = _cli("redact", posts.parent, "--out", tmp_path / "out", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    clean = json.loads((tmp_path / "out" / "posts.jsonl").read_text(encoding="utf-8"))
    assert clean == {"id": "\ud800x", "text": "call me on [PHONE] \udc00 ok"}


def test_redact_text_is_exact_when_piped(tmp_path: Path):
    post = f"a\x1b[2Jb {PHONE}"
    res = _cli("redact", "--text", post)
    assert res.stdout == "a\x1b[2Jb [PHONE]\n"  # a pipe gets the post itself, byte for byte


def _run_in_pty(args: list[str], timeout: float = 300) -> str:
    """Run ``python -m leakscan ARGS`` on a real pseudo-terminal; everything it wrote."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "leakscan", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200", "TERM": "xterm-256color"},
        close_fds=True,
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_a_real_terminal_never_receives_the_hostile_sequences(tmp_path: Path):
    folder = hostile_folder(tmp_path / "in")
    settings = tmp_path / "fast.toml"
    settings.write_text('scanners = ["phone", "email", "photo_metadata"]\n', encoding="utf-8")
    out = _run_in_pty(["scan", str(folder), "--settings", str(settings)])
    out += _run_in_pty(["redact", "--text", f"x \x1b]0;pwned\x07 {PHONE} \u202e", "--settings", str(settings)])
    assert "BLOCK" in out and "[PHONE]" in out
    for seq in ("\x1b[2J", "\x1b]0;", "\x07", "\u202e", "\x00", "\x9b"):
        assert seq not in out, (seq, out[:1000])
    assert "\r!" not in out and "\r done" not in out  # the posts' own CRs (rich's progress bar uses CR itself)


def test_the_pixel_models_leave_no_telemetry_id_or_cache_behind(tmp_path: Path) -> None:
    # onnxruntime's official builds (1.29+) write a device id and an event cache under
    # ~/.cache/Microsoft and upload them unless told not to before their import: a scan that reads
    # what a photo shows (OCR and faces, both on onnxruntime) must leave nothing in a fresh HOME.
    photo = tmp_path / "note.png"
    image = Image.new("RGB", (640, 200), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(image).text((20, 80), "call me 217 555 0134", fill="black")
    image.save(photo)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORT_")}
    env["HOME"] = str(home)
    code = "import sys, leakscan; r = leakscan.scan_image(sys.argv[1]); print(r.verdict)"
    done = subprocess.run(
        [sys.executable, "-c", code, str(photo)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert [p.relative_to(home) for p in home.rglob("*")] == []
