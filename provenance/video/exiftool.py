"""ExifTool adapter: one long-lived `-stay_open` process, group-qualified numeric tags.

Where it sits: video file -> `ExifTool.read()` -> `{"QuickTime:CreateDate": "...", ...}`.
It knows nothing of claims. Keys are `-G1` group-qualified and values `-n` numeric,
never ExifTool's human-readable text.

Two hazards of the `-stay_open` protocol are handled here:

* A file that makes ExifTool hang would block pyexiftool's read loop for ever. A
  watchdog runs each read in a worker thread; past the timeout it swaps the pipe the
  worker reads from for a descriptor whose reads fail (so the worker ends instead of
  spinning on EOF), kills the process and starts a fresh one for the next file.
* ExifTool reads `-stay_open` arguments one per line, so a newline in a file name
  would split it into extra arguments (an injected option). Such names, and names
  that are not valid in the filesystem encoding, reach ExifTool only through a
  temporary symlink with a plain name (`provenance.video.paths`). Paths are always passed absolute, so a name
  with a leading `-` is never read as an option.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from typing import Any

import exiftool
from exiftool.exceptions import ExifToolException

from provenance.errors import ExifToolError, ExifToolNotFound
from provenance.settings import EXIFTOOL_TIMEOUT_S
from provenance.video.paths import safe_path

ENV_EXECUTABLE = "PROVENANCE_EXIFTOOL"
INSTALL_HINT = (
    "ExifTool is not installed: install it with 'apt-get install libimage-exiftool-perl' "
    "(Debian/Ubuntu) or 'brew install exiftool' (macOS), or point PROVENANCE_EXIFTOOL at it"
)

# -G1: family-1 groups (QuickTime, Keys, UserData, Track1...); -n: numbers, not prose;
# -a: keep duplicate tags (each track's dates). LargeFileSupport for files over 2 GB.
_READ_ARGS = ("-G1", "-n", "-a", "-api", "LargeFileSupport=1")


def find_executable(executable: str | None = None) -> str:
    """Resolve the ExifTool executable: argument, then $PROVENANCE_EXIFTOOL, then PATH.

    Raises:
        ExifToolNotFound: nothing executable was found.
    """
    wanted = executable or os.environ.get(ENV_EXECUTABLE) or "exiftool"
    found = shutil.which(wanted)
    if found is None:
        if executable or os.environ.get(ENV_EXECUTABLE):
            raise ExifToolNotFound(f"ExifTool executable not found: {wanted!r}")
        raise ExifToolNotFound(INSTALL_HINT)
    return found


class ExifTool:
    """A reusable ExifTool session. Use as a context manager; one per run.

    Args:
        executable: path or name of the exiftool program (default: $PROVENANCE_EXIFTOOL or PATH).
        timeout_s: seconds one file may take before the watchdog restarts ExifTool.
    """

    def __init__(self, executable: str | None = None, timeout_s: float = EXIFTOOL_TIMEOUT_S) -> None:
        self.executable = find_executable(executable)
        self.timeout_s = timeout_s
        self._helper: exiftool.ExifToolHelper | None = None
        self.version: str | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> ExifTool:
        self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        helper = exiftool.ExifToolHelper(executable=self.executable, common_args=list(_READ_ARGS))
        try:
            helper.run()
        except (ExifToolException, OSError) as exc:
            raise ExifToolError(f"could not start ExifTool ({self.executable}): {exc}") from exc
        self._helper = helper
        self.version = str(helper.version)

    def close(self) -> None:
        helper, self._helper = self._helper, None
        if helper is not None and helper.running:
            try:
                helper.terminate(timeout=5)
            except Exception:  # noqa: BLE001 - shutting down: nothing left to report to
                _kill(helper)

    def read(self, path: str | os.PathLike[str]) -> dict[str, Any]:
        """Read every tag of one file.

        Returns:
            Group-qualified tag name -> value (`SourceFile` removed).

        Raises:
            ExifToolError: ExifTool reported an error for the file, or timed out.
        """
        result = self._guarded(path, lambda helper, target: helper.execute_json(target))
        if not result:
            raise ExifToolError("ExifTool returned nothing for the file")
        tags = dict(result[0])
        tags.pop("SourceFile", None)
        if "ExifTool:Error" in tags:
            raise ExifToolError(f"ExifTool: {tags['ExifTool:Error']}")
        return tags

    def read_embedded_gps(self, path: str | os.PathLike[str]) -> list[tuple[float, float, str | None]]:
        """GPS fixes from embedded metadata streams (GoPro GPMF, CAMM, dashcam tracks), via `-ee`.

        Returns:
            One (latitude, longitude, GPSDateTime or None) per embedded document that has a fix.

        Raises:
            ExifToolError: ExifTool failed on the file, or timed out.
        """
        # -p prints one line per embedded document; documents without a fix print nothing
        fmt = "$GPSLatitude|$GPSLongitude|${GPSDateTime;$_ = '' unless defined $_}"
        out = self._guarded(path, lambda helper, target: helper.execute("-ee", "-p", fmt, target))
        fixes = []
        for line in str(out).splitlines():
            parts = line.split("|")
            try:
                lat, lon = float(parts[0]), float(parts[1])
            except (ValueError, IndexError):
                continue
            fixes.append((lat, lon, parts[2].strip() if len(parts) > 2 and parts[2].strip() else None))
        return fixes

    def _guarded(self, path: str | os.PathLike[str], call: Callable[[exiftool.ExifToolHelper, str], Any]) -> Any:
        """Run one ExifTool command on a file behind the watchdog; restart ExifTool if it hangs."""
        with self._lock:
            if self._helper is None or not self._helper.running:
                self._start()
            helper = self._helper
            assert helper is not None
            with safe_path(path) as target:
                outcome: dict[str, Any] = {}

                def work() -> None:
                    try:
                        outcome["result"] = call(helper, target)
                    except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                        outcome["error"] = exc

                worker = threading.Thread(target=work, name="exiftool-read", daemon=True)
                worker.start()
                worker.join(self.timeout_s)
                if worker.is_alive():
                    _break_pipe(helper)
                    _kill(helper)
                    worker.join(5)
                    self._helper = None
                    raise ExifToolError(
                        f"ExifTool did not finish within {self.timeout_s:g} s; file treated as unreadable"
                    )
        if "error" in outcome:
            exc = outcome["error"]
            self._restart_if_dead()
            raise ExifToolError(f"ExifTool failed: {_first_line(str(exc))}") from exc
        return outcome.get("result")

    def _restart_if_dead(self) -> None:
        if self._helper is not None and not self._helper.running:
            self._helper = None


def read_everything(session: ExifTool, path: str | os.PathLike[str]) -> tuple[dict[str, Any], list]:
    """All tags of a file, and the fixes of its embedded GPS streams where it may have any.

    Raises:
        ExifToolError: ExifTool failed on the file, or timed out.
    """
    tags = session.read(path)
    return tags, session.read_embedded_gps(path) if may_embed_gps(tags) else []


def may_embed_gps(tags: dict[str, Any]) -> bool:
    """Whether `-ee` is worth running: a timed-metadata track (GoPro MET, CAMM, ...) or an AVCHD stream.

    `-ee` walks every sample of every embedded stream: on a file with a hundred subtitle tracks it
    takes tens of seconds for nothing, so it only runs where GPS can be.
    """
    for key, value in tags.items():
        name = key.partition(":")[2]
        if name in ("HandlerType", "MetaFormat", "OtherFormat") and value in ("meta", "camm", "gpmd", "mebx"):
            return True
        if (
            name == "HandlerDescription"
            and isinstance(value, str)
            and any(word in value.upper() for word in ("MET", "GPS", "CAMM"))
        ):
            return True
    return tags.get("File:FileType") in ("M2TS", "MTS", "TS")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no message"


def _break_pipe(helper: exiftool.ExifToolHelper) -> None:
    """Make the blocked reader's next read fail instead of spinning on EOF.

    pyexiftool reads until it sees its ready marker and loops on an empty read, so
    killing ExifTool alone would leave the worker spinning. dup2 atomically replaces
    its stdout descriptor with a directory descriptor: select() reports it readable
    and read() raises EISDIR, which ends the worker.
    """
    process = getattr(helper, "_process", None)
    if process is None or process.stdout is None:
        return
    dir_fd = os.open(os.path.abspath(os.sep), os.O_RDONLY)
    try:
        os.dup2(dir_fd, process.stdout.fileno())
    finally:
        os.close(dir_fd)


def _kill(helper: exiftool.ExifToolHelper) -> None:
    process = getattr(helper, "_process", None)
    if process is not None:
        process.kill()
        process.wait(timeout=5)
    # pyexiftool has no public "forget the dead process" call
    flag = getattr(helper, "_flag_running_false", None)
    if callable(flag):
        flag()
