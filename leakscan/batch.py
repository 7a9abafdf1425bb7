"""Run a scan (and optional redaction) over many items: inline, on a local worker pool, or on Dask.

:func:`scan_items` scans a stream of items in one process (posts in NER batches, media files
one by one). Every engine runs it and :class:`leakscan.redact.files.Redactor` the same way,
inline or in its workers, so every engine gives the same results for the same input.

Design, for flat memory however large the folder:

* the walk is a generator; items are cut into small chunks as they come;
* at most ``window`` chunks are in flight; results come back in input order and are
  yielded at once, never collected;
* each worker process loads the spaCy model once, for the first text that needs NER (a
  worker that meets only photos without free text never does), and keeps it for the run;
* clean copies of media and text files are written by the worker that scanned them; lines
  of a ``.jsonl`` post file are rewritten by the main process, in order, as a stream.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from . import policy, posts
from .conversation import CHILD, Message, Threads
from .errors import InputError
from .findings import ScanResult
from .fsutil import read_input
from .inputs.items import Item
from .inputs.records import is_key_field
from .scanners.detect import detect_text
from .scanners.memo import remember_texts
from .settings import Settings

if TYPE_CHECKING:  # imported when a run redacts (a scan never needs the photo cleaners)
    from .redact.files import Outcome, Redactor

#: Items per chunk sent to a worker: enough posts for an efficient NER batch, few enough
#: media files that progress stays smooth.
CHUNK_ITEMS = 32
#: Files each local worker process must have to be worth starting (see :func:`default_jobs`):
#: under twice this many files a run stays in one process.
FILES_PER_WORKER = 100
ENGINES = ("local", "dask")
#: Seconds to wait for a Dask scheduler given with --scheduler.
SCHEDULER_TIMEOUT = 10

Result = tuple[Item, ScanResult, "Outcome | None"]


#: Posts run through spaCy together in batches of this many (big speed-up per post).
TEXT_BATCH = posts.TEXT_BATCH


def error_result(item: Item) -> ScanResult:
    """The result line for an item that could not be read."""
    return ScanResult(source=item.source, id=item.id, type=item.type, error=item.error)


def scan_item(item: Item, settings: Settings) -> ScanResult:
    """Scan one item (posts are better scanned in batches with :func:`scan_items`)."""
    if item.error is not None:
        return error_result(item)
    if item.type == "text":
        return with_fields(item, posts.scan_text(item.text or "", settings, source=item.source, id=item.id), settings)
    from .photos import scan_image

    # Read here, with the input rules: a regular file only (the name may have become a FIFO
    # since the walk: opened without blocking) and never more than max_file_bytes.
    try:
        data = read_input(item.path, settings.max_file_bytes)  # type: ignore[arg-type]
    except InputError as exc:
        return ScanResult(source=item.source, type=item.type, error=str(exc))
    except OSError as exc:
        return ScanResult(
            source=item.source, type=item.type, error=f"cannot read file ({exc.strerror or type(exc).__name__})"
        )
    if data is None:
        limit = f"file is over the limit of {settings.max_file_bytes:,} bytes (setting max_file_bytes)"
        return ScanResult(source=item.source, type=item.type, error=limit)
    return scan_image(data, settings, name=item.source)


def scan_items(items: Iterable[Item], settings: Settings) -> Iterator[tuple[Item, ScanResult]]:
    """``(item, result)`` for every item, in input order; a chat message in the context of the
    earlier messages of its thread (those before it here, or handed over in ``Item.context``)."""
    pending: list[Item] = []
    threads = Threads()

    def flush() -> Iterator[tuple[Item, ScanResult]]:
        texts = ((p.text or "", p.source, p.id) for p in pending)
        for item, result in zip(pending, posts.scan_texts(texts, settings, batch_size=TEXT_BATCH), strict=True):
            result = with_fields(item, result, settings)
            if item.is_chat:
                result = _in_thread(item, result, threads, settings)
            yield item, result
        pending.clear()

    for item in items:
        if item.error is None and item.type == "text":
            pending.append(item)
            if len(pending) >= TEXT_BATCH:
                yield from flush()
            continue
        if pending:
            yield from flush()
        yield item, scan_item(item, settings)
    if pending:
        yield from flush()


def _thread_key(item: Item) -> tuple[str, Any]:
    """A chat's thread: its id within its file."""
    return str(item.file), item.conversation


def _message(item: Item) -> Message:
    """A chat item as a message of its thread, named in ``parts`` by its id (else ``FILE:LINE``)."""
    return Message(item.text or "", item.sender or CHILD, item.source if item.id is None else item.id)


def _in_thread(item: Item, result: ScanResult, threads: Threads, settings: Settings) -> ScanResult:
    """``result`` of a chat message as a message of its thread; the thread then holds it too."""
    key, message = _thread_key(item), _message(item)
    if item.context:  # its earlier messages were read in another chunk
        threads.start(key, item.context)
    result = posts.with_conversation(
        result, message.text, threads.earlier(key), settings, sender=message.sender, ref=message.ref
    )
    threads.add(key, message)
    return result


_NOT_FOR_KEYS = frozenset({"ner"})


def with_fields(item: Item, result: ScanResult, settings: Settings) -> ScanResult:
    """``result`` (of the post's text) with what the post's other fields hold (``Item.fields``).

    A .jsonl record's other strings and numbers and its keys are scanned like the text (a key
    without NER): their findings name the field (a JSON pointer, or a key's position) and point
    into its value, and the policy decides the
    verdict over all of them together. A field over ``max_text_chars`` cannot be scanned, so
    the post fails closed with an error naming the field.
    """
    if not item.fields:
        return result
    found = list(result.findings)
    problems = [result.error] if result.error else []
    for pointer, value in item.fields:
        if len(value) > settings.max_text_chars:
            problems.append(
                f"field {pointer} is {len(value):,} characters, over the limit of {settings.max_text_chars:,}"
                " (setting max_text_chars)"
            )
            continue
        # A key is a label, read by every scanner but NER (a lone "lang" or "author" is no one's name).
        skip = _NOT_FOR_KEYS if is_key_field(pointer) else frozenset()
        more, failed = detect_text(value, settings, field=pointer, skip=skip)
        found.extend(more)
        if failed:
            problems.append(f"scanner failed on field {pointer}: {', '.join(failed)}")
    findings, verdict = policy.decide(found, settings)
    return replace(result, findings=findings, verdict=verdict, error="; ".join(problems) or None)


@dataclass(frozen=True)
class RedactConfig:
    """How to redact, sent to every worker (picklable)."""

    out: str | None = None
    in_place: bool = False
    dry_run: bool = False
    style: str = "placeholder"
    only_gps: bool = False
    keep_icc: bool = True
    blur_faces: bool = False

    def redactor(self, settings: Settings) -> Redactor:
        from pathlib import Path

        from .media.base import StripOptions
        from .redact.files import Redactor

        return Redactor(
            out=Path(self.out) if self.out else None,
            in_place=self.in_place,
            dry_run=self.dry_run,
            style=self.style,
            options=StripOptions(only_gps=self.only_gps, keep_icc=self.keep_icc, blur_faces=self.blur_faces),
            settings=settings,
        )


def default_jobs(files: int, free: int) -> int:
    """Worker processes for a run over ``files`` files with ``free`` idle cores: one per
    :data:`FILES_PER_WORKER` files, at most one per free core; 1 means no pool at all.

    A worker pays for its own start-up (a new interpreter, the scanners; the spaCy model when a
    text needs NER: 2-3 s of CPU) and saves only while it runs beside the others on a core no
    one else uses: on a busy machine workers just take turns, and the run is slower than one
    process (benchmarks/coldstart.py).
    """
    return max(1, min(free, files // FILES_PER_WORKER))


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def free_cores() -> int:
    """The usable cores not already busy: less the 1-minute load average (at least one)."""
    try:
        busy = round(os.getloadavg()[0])
    except (AttributeError, OSError):  # no load average here (Windows)
        busy = 0
    return max(1, usable_cores() - busy)


def _is_jsonl_line(item: Item) -> bool:
    return item.file is not None and item.line is not None


def _process_chunk(
    chunk: list[Item], settings: Settings, redact: RedactConfig | None
) -> list[tuple[ScanResult, Outcome | None]]:
    """Scan a chunk (and redact its files) in a worker. Lines of .jsonl files are left to the caller."""
    redactor = redact.redactor(settings) if redact else None
    out = []
    for item, result in scan_items(chunk, settings):
        outcome = None
        if redactor is not None and not _is_jsonl_line(item):
            outcome = redactor.handle(item, result)
        out.append((result, outcome))
    return out


def _worker_start() -> None:
    """Worker start-up: ignore Ctrl-C. The main process decides, lets running chunks finish
    their (atomic) writes and cancels the rest, so no partial output is ever left.

    The spaCy model is not loaded here but by the first text that needs NER (:mod:`leakscan.nlp`):
    a worker that only meets photos without free text never imports spaCy (seconds of start-up
    and hundreds of MB per worker).
    """
    import signal

    with contextlib.suppress(ValueError):  # not the main thread (Dask worker threads)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    remember_texts()  # the photos of a run repeat their metadata texts, across chunks too


def _pool_worker_init(parent: int) -> None:
    """Local pool worker start-up: exit with the main process; ignore Ctrl-C."""
    _exit_with_parent(parent)
    _worker_start()


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    """Exit this worker when ``parent``, the process that started it, dies (or died already).

    A main process killed outright (SIGKILL, the OOM killer) cannot stop its workers, and a
    pool worker waiting for its next chunk would wait forever, holding the spaCy model in
    memory. A worker stopped here mid-write leaves no partial file (writes are atomic).
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="leakscan-exit-with-parent", daemon=True).start()


def run(
    items: Iterable[Item],
    settings: Settings,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    redact: RedactConfig | None = None,
    window: int | None = None,
) -> Iterator[Result]:
    """``(item, result, outcome)`` for every item, streamed as results are ready.

    ``jobs=1`` with the local engine runs in this process, in input order. With workers,
    results arrive in order of completion; only the lines of ``.jsonl`` post files being
    redacted are held back until the lines before them are done, because their clean copy
    is written as one stream. ``outcome`` is None unless ``redact`` is given.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    if engine == "local" and jobs <= 1:
        yield from _inline(items, settings, redact)
        return
    main_redactor = redact.redactor(settings) if redact else None
    held: dict[int, list[tuple[Item, ScanResult]]] = {}  # seq -> .jsonl lines waiting their turn
    next_seq = 0
    try:
        for seq, chunk, done in _dispatch(items, settings, jobs, engine, scheduler, redact, window):
            waiting = []
            for item, (result, outcome) in zip(chunk, done, strict=True):
                if main_redactor is not None and _is_jsonl_line(item):
                    waiting.append((item, result))
                else:
                    yield item, result, outcome
            held[seq] = waiting
            while next_seq in held:
                for item, result in held.pop(next_seq):
                    outcome = main_redactor.handle(item, result)  # type: ignore[union-attr]
                    yield from _problems(main_redactor)  # type: ignore[arg-type]
                    yield item, result, outcome
                next_seq += 1
        if main_redactor is not None:
            main_redactor.finish_file()
            yield from _problems(main_redactor)
    except BaseException:
        if main_redactor is not None:
            main_redactor.abort()
        raise


def _inline(items: Iterable[Item], settings: Settings, redact: RedactConfig | None) -> Iterator[Result]:
    redactor = redact.redactor(settings) if redact else None
    remember_texts()  # the photos of a run repeat their metadata texts (forgotten when it ends)
    try:
        for item, result in scan_items(items, settings):
            if redactor is None:
                yield item, result, None
                continue
            outcome = redactor.handle(item, result)
            yield from _problems(redactor)
            yield item, result, outcome
        if redactor is not None:
            redactor.finish_file()
            yield from _problems(redactor)
    except BaseException:
        if redactor is not None:
            redactor.abort()
        raise
    finally:
        remember_texts(False)


def _problems(redactor: Redactor) -> Iterator[Result]:
    """File-level redaction problems (a .jsonl file that changed during the run) as error lines."""
    for outcome in redactor.take_problems():
        result = ScanResult(source=outcome.source, type="text", error=outcome.error)
        yield Item(source=outcome.source, type="text", error=outcome.error), result, outcome


#: The most items in a chunk that grew to keep a chat's thread together.
MAX_CHUNK_ITEMS = 8 * CHUNK_ITEMS


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Chunks of :data:`CHUNK_ITEMS` items, cut between two chat threads rather than inside
    one (up to :data:`MAX_CHUNK_ITEMS`), so a thread's messages run in order on one worker.
    A thread that goes on in a later chunk anyway (a long one, or threads interleaved) has
    its earlier messages handed over with its first message there (``Item.context``)."""
    threads = Threads()
    chunk: list[Item] = []
    here: set[tuple[str, Any]] = set()  # the threads with a message in this chunk
    for item in items:
        if len(chunk) >= CHUNK_ITEMS and not (
            len(chunk) < MAX_CHUNK_ITEMS
            and item.is_chat
            and chunk[-1].is_chat
            and _thread_key(item) == _thread_key(chunk[-1])
        ):
            yield chunk
            chunk, here = [], set()
        if item.is_chat and item.error is None:
            key = _thread_key(item)
            if key not in here:
                here.add(key)
                if earlier := threads.earlier(key):
                    item = replace(item, context=earlier)
            threads.add(key, _message(item))
        chunk.append(item)
    if chunk:
        yield chunk


def _dispatch(
    items: Iterable[Item],
    settings: Settings,
    jobs: int,
    engine: str,
    scheduler: str | None,
    redact: RedactConfig | None,
    window: int | None,
) -> Iterator[tuple[int, list[Item], list[tuple[ScanResult, Outcome | None]]]]:
    """Send chunks to workers, at most ``window`` in flight; yield ``(seq, chunk, results)`` as each completes."""
    window = window or max(2, jobs * 3)
    with _Executor(engine, jobs, scheduler) as ex:
        pending: dict[Any, tuple[int, list[Item]]] = {}
        chunks = enumerate(_chunks(items))
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                nxt = next(chunks, None)
                if nxt is None:
                    exhausted = True
                    break
                seq, chunk = nxt
                pending[ex.submit(_process_chunk, chunk, settings, redact)] = (seq, chunk)
            if not pending:
                return
            for future in ex.wait_any(list(pending)):
                seq, chunk = pending.pop(future)
                yield seq, chunk, ex.result(future)


class _Executor:
    """The chosen engine behind two calls: ``submit(fn, *args)`` and ``wait_any(futures)``."""

    def __init__(self, engine: str, jobs: int, scheduler: str | None):
        self.engine, self.jobs, self.scheduler = engine, jobs, scheduler
        self._close: list[Any] = []
        self._client: Any = None
        self._pool: Any = None

    def __enter__(self) -> _Executor:
        if self.engine == "local":
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "spawn" never copies this process's threads or locks into a worker.
            ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=ctx, initializer=_pool_worker_init, initargs=(os.getpid(),)
            )
            self._close.append(lambda: self._pool.shutdown(wait=True, cancel_futures=True))
        else:
            self._client = dask_client(self.scheduler, self.jobs)
            self._close.append(self._client.close)
            cluster = getattr(self._client, "_leakscan_cluster", None)
            if cluster is not None:
                self._close.append(cluster.close)
            try:
                self._client.run(_worker_start)
            except Exception as exc:  # workers that die at start-up: one line, never a traceback
                from .errors import LeakscanError

                self.__exit__(None, None, None)  # not called when __enter__ raises
                raise LeakscanError(f"the Dask workers could not start ({type(exc).__name__})") from None
        return self

    def submit(self, fn: Any, *args: Any) -> Any:
        # A pool already broken (a worker killed between two chunks) refuses here, not in result().
        return self._guarded(
            lambda: (
                self._pool.submit(fn, *args) if self._pool is not None else self._client.submit(fn, *args, pure=False)
            )
        )

    def result(self, future: Any) -> Any:
        """A chunk's results. The engine itself failing (a worker killed, say by the OOM killer;
        the Dask scheduler gone) stops the run with a one-line error, never a traceback."""
        return self._guarded(future.result)

    def _guarded(self, call: Any) -> Any:
        from .errors import LeakscanError

        try:
            return call()
        except LeakscanError:  # e.g. a full disk seen by a worker: already says what happened
            raise
        except Exception as exc:
            what = "a worker process" if self._pool is not None else "the Dask cluster (a worker or the scheduler)"
            raise LeakscanError(f"{what} failed ({type(exc).__name__}); the run stopped") from None

    def wait_any(self, futures: list[Any]) -> Any:
        if self._pool is not None:
            from concurrent.futures import FIRST_COMPLETED, wait

            return wait(futures, return_when=FIRST_COMPLETED).done
        from dask.distributed import wait as dask_wait

        return dask_wait(futures, return_when="FIRST_COMPLETED").done

    def __exit__(self, *exc: Any) -> None:
        for close in self._close:
            with contextlib.suppress(Exception):
                close()


def dask_client(scheduler: str | None, jobs: int) -> Any:
    """A Dask client: to ``scheduler`` (``tcp://host:8786``), or a new local cluster of ``jobs`` processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from .errors import LeakscanError

        raise LeakscanError(
            "the Dask engine needs the 'dask' extra: pip install 'leakscan[dask]' (dask and distributed)"
        ) from None
    if scheduler:
        from distributed.comm.addressing import get_address_host_port

        from .errors import LeakscanError

        try:
            # The address is checked before a Client exists: a Client that fails half-built leaves
            # an event-loop thread behind that can stall the next Client in the same process.
            get_address_host_port(scheduler)
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise LeakscanError(
                f"cannot reach the Dask scheduler at {scheduler} within {SCHEDULER_TIMEOUT} s ({type(exc).__name__})"
            ) from None
        except (ValueError, TypeError) as exc:  # distributed's word on the address: no port, unknown scheme, TLS
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise LeakscanError(f"cannot use the Dask scheduler address {scheduler}: {reason}") from None
    cluster = LocalCluster(
        n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    client = Client(cluster)
    client._leakscan_cluster = cluster  # closed with the client
    return client


def redact_config_dict(config: RedactConfig | None) -> dict[str, Any] | None:
    return asdict(config) if config else None
