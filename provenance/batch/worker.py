"""A batch worker process: `python -m provenance.batch.worker HANDLER`, one task at a time.

Where it sits: started and watched by `batch.pool`. It imports its handler (`module:function`, by
default `provenance.batch.work:run_task`) once, says it is ready, then answers each task its parent
sends on stdin with one message on the stdout it was started with. Anything else that writes to
stdout (a native library) is sent to stderr instead, so it cannot break the messages.

A message is a 4-byte big-endian length and a pickle. Pickle is safe here: both ends are this program,
connected by a pipe nothing else can write to. Messages:

    worker -> parent   ("ready", None) once; then ("done", result) or ("failed", reason) per task
    parent -> worker   a task; end of input: finish

The worker ignores Ctrl-C (the batch decides what an interrupt stops) and, with `faulthandler`, leaves
a Python stack on stderr when native code crashes it.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import importlib
import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

DEFAULT_HANDLER = "provenance.batch.work:run_task"
_HEADER = struct.Struct(">I")


def send(stream: BinaryIO, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def receive_from(fd: int) -> Any:
    """One message from a file descriptor; raises EOFError when the other end has gone."""
    header = _read_exactly(fd, _HEADER.size)
    return pickle.loads(_read_exactly(fd, _HEADER.unpack(header)[0]))


def _read_exactly(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def load_handler(name: str) -> Callable[[Any], Any]:
    module, _, function = name.partition(":")
    return getattr(importlib.import_module(module), function)


def serve(handler: Callable[[Any], Any], inbox: int, outbox: BinaryIO) -> None:
    """Answer tasks until the parent closes our input."""
    send(outbox, ("ready", None))
    while True:
        try:
            task = receive_from(inbox)
        except EOFError:
            return
        try:
            message: tuple[str, Any] = ("done", handler(task))
        except MemoryError:
            message = ("failed", "ran out of memory while checking this pair")
        except Exception as exc:  # noqa: BLE001 - one pair's internal error must not end the batch
            message = ("failed", f"internal error: {type(exc).__name__}: {exc}")
        send(outbox, message)
        _give_back_memory()


def _give_back_memory() -> None:
    """Hand freed memory back to the system between pairs (glibc keeps decoder buffers otherwise)."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to do
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    faulthandler.enable()
    outbox = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    handler = load_handler(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_HANDLER)
    serve(handler, sys.stdin.fileno(), outbox)


if __name__ == "__main__":
    main()
