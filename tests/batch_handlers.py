"""Task handlers for the worker-pool tests: each task name says what the worker does with it.

The pool runs any `module:function`; these misbehave on purpose, the way a decoder can.
"""

from __future__ import annotations

import ctypes
import os
import time


def act(task: str) -> str:
    if task == "hang":
        time.sleep(3600)
    if task == "hog":  # grows by 50 MB every 20 ms, touching every page, up to 3 GB
        blocks = []
        for _ in range(60):
            blocks.append(b"x" * (50 << 20))
            time.sleep(0.02)
    if task == "segfault":
        ctypes.string_at(0)
    if task == "exit":
        os._exit(3)
    if task == "raise":
        raise RuntimeError("a bug in one pair")
    if task == "slow":
        time.sleep(0.5)
    return f"done {task} in {os.getpid()}"
