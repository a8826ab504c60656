# Shared set-up for scripts/demo and scripts/test; sourced, not run.
# Creates .venv, installs the package with its test extras, and makes sure ExifTool and Tesseract are
# there; scripts/test sets PROVENANCE_SETUP=test first, which also installs what only the tests need
# (FFmpeg, whose ffprobe gives the tests their independent readings, and espeak-ng, which speaks the
# voice of a sample clip the tests regenerate).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'provenance setup: %s\n' "$*" >&2; }

is_root_with_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_install() {
    if [ -z "${PROVENANCE_APT_UPDATED:-}" ]; then
        apt-get update -qq >/dev/null
        export PROVENANCE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

find_python() {
    for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ]; then
    PY=$(find_python) || { say "Python 3.11 or newer is needed (apt: python3; Homebrew: python@3.12)"; exit 2; }
    if ! "$PY" -m venv .venv >/dev/null 2>&1; then
        rm -rf .venv
        if is_root_with_apt; then
            say "installing python3-venv"
            apt_install python3-venv
            "$PY" -m venv .venv
        else
            say "the Python venv module is missing: install it with 'sudo apt-get install python3-venv'"
            exit 2
        fi
    fi
fi

# pdqhash (the archive's PDQ hash) ships as source only: pip compiles it with a C++ compiler.
if ! command -v c++ >/dev/null 2>&1; then
    if is_root_with_apt; then
        say "installing a C++ compiler for pdqhash (Debian package g++)"
        apt_install g++
    else
        say "a C++ compiler is needed to build pdqhash: install it with 'sudo apt-get install g++' (Debian/Ubuntu) or 'xcode-select --install' (macOS), then run this again"
        exit 2
    fi
fi

# Reinstall only when the project's metadata changed since the last install.
stamp=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.provenance-installed 2>/dev/null)" != "$stamp" ]; then
    say "installing provenance and its test tools into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
    # -qq: pip's own warnings about this machine's index configuration are not the project's lines
    .venv/bin/python -m pip install -qq --disable-pip-version-check -e '.[test]'
    echo "$stamp" > .venv/.provenance-installed
fi
# The offline gazetteer is indexed once into the user's cache folder (about 15 s); do it now, not in the first run.
.venv/bin/python -m provenance.gazetteer >/dev/null

if ! command -v "${PROVENANCE_EXIFTOOL:-exiftool}" >/dev/null 2>&1; then
    if is_root_with_apt; then
        say "installing ExifTool (Debian package libimage-exiftool-perl)"
        apt_install libimage-exiftool-perl
    else
        say "ExifTool is missing: install it with 'sudo apt-get install libimage-exiftool-perl' (Debian/Ubuntu) or 'brew install exiftool' (macOS), then run this again"
        exit 2
    fi
fi

# Tesseract reads burned-in subtitles (Arabic, Russian, English). Without it the report says OCR
# was not available and keeps text presence only, so a missing Tesseract is a notice, not a stop.
# The DejaVu fonts draw the sample clips' subtitles.
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx ara ||
    ! tesseract --list-langs 2>/dev/null | grep -qx rus || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    if is_root_with_apt; then
        say "installing Tesseract OCR with Arabic and Russian (tesseract-ocr, -ara, -rus) and fonts-dejavu-core"
        apt_install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus fonts-dejavu-core
    else
        say "Tesseract OCR is missing: on-screen text will be detected but not read; install it with 'sudo apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus' (Debian/Ubuntu) or 'brew install tesseract tesseract-lang' (macOS)"
    fi
fi

# What only the tests need: a missing tool here would fail the suite, so it is installed or named.
# espeak-ng speaks the synthetic Russian voice of a sample clip, which the tests regenerate.
if [ "${PROVENANCE_SETUP:-}" = test ] && ! command -v espeak-ng >/dev/null 2>&1; then
    if is_root_with_apt; then
        say "installing espeak-ng for the sample generator's synthetic voice (Debian package espeak-ng)"
        apt_install espeak-ng
    else
        say "the tests regenerate a sample clip with a synthetic voice: install it with 'sudo apt-get install espeak-ng' (Debian/Ubuntu) or 'brew install espeak-ng' (macOS), then run this again"
        exit 2
    fi
fi
if [ "${PROVENANCE_SETUP:-}" = test ] && ! command -v ffprobe >/dev/null 2>&1; then
    if is_root_with_apt; then
        say "installing FFmpeg for the tests' independent readings (Debian package ffmpeg)"
        apt_install ffmpeg
    else
        say "the tests need ffprobe: install it with 'sudo apt-get install ffmpeg' (Debian/Ubuntu) or 'brew install ffmpeg' (macOS), then run this again"
        exit 2
    fi
fi
# Headless Chromium loads the HTML reports in the tests (DOM checks, a screenshot).
if [ "${PROVENANCE_SETUP:-}" = test ] && ! command -v "${PROVENANCE_CHROMIUM:-chromium}" >/dev/null 2>&1; then
    if is_root_with_apt; then
        say "installing Chromium for the HTML report tests (Debian package chromium)"
        apt_install chromium
    else
        say "the tests need headless Chromium: install it with 'sudo apt-get install chromium' (Debian; on Ubuntu the chromium package is a snap), or point PROVENANCE_CHROMIUM at a Chromium or Chrome executable, then run this again"
        exit 2
    fi
fi
