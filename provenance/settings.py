"""Every threshold and tolerance, named and documented, in one place.

Where it sits: read by the adapters (time budgets, detector thresholds), the evidence builder
(time-zone uncertainty) and the checks (tolerances). Each value says how it was chosen or
measured; change one here and the benchmarks under `benchmarks/` say what it costs.
Plain numbers only: importing this module loads nothing else.
"""

from __future__ import annotations

# ------------------------------------------------------------------ time budgets

# Wall-clock budget of the packet scan (demux only): a hostile file cannot hold a run for ever.
PROBE_DEADLINE_S = 120.0
# Wall-clock budget of the decode pass; past it the pass stops and says so (`complete: false`).
DECODE_DEADLINE_S = 600.0
# Seconds ExifTool may spend on one file before the watchdog restarts it.
EXIFTOOL_TIMEOUT_S = 30.0
# Packets in a row that fail to decode before the pass gives up (one damaged packet is skipped).
MAX_BAD_PACKETS = 25

# ------------------------------------------------------------------ frame detectors

# Every decoded frame is compared at this size (luma; chroma at half of it).
SMALL = (64, 36)
# Mean absolute luma+chroma difference (0-255) at 64x36. Measured on generated and real clips: hard
# cuts score 30 and more, motion inside a shot rarely above 10.
CUT_MIN_SCORE = 18.0
# A cut also stands out against the recent frames' differences (and colour changes).
CUT_RATIO = 3.0
# In fast motion every frame differs a lot and a cut barely stands out; its colours still change
# at once. Histogram distance (half the L1 distance, averaged over Y, U and V; 0 same, 1 disjoint):
# cuts between the benchmark's moving sources score 0.24-0.9, frames inside a shot up to 0.47.
CUT_HISTOGRAM = 0.5
# No cut within this long of the previous one (flashes, fades).
MIN_SHOT_S = 0.3
# A black frame: mean luma under BLACK_LUMA (limited-range video: 16 is black) and little spread.
BLACK_LUMA = 24.0
BLACK_SPREAD = 10.0
# Consecutive frames this similar are "the same picture" ...
FROZEN_SCORE = 0.5
# ... provided no cell of the small image changed more than this (small moving objects).
FROZEN_PEAK = 12
# A still picture counts as a frozen segment from this long on.
FROZEN_MIN_S = 1.0

# ------------------------------------------------------------------ keyframes

# A shot's keyframe is taken this far into it (or at its end when shorter).
KEYFRAME_AFTER_S = 0.5
# Long shots get one more keyframe this often.
KEYFRAME_EVERY_S = 10.0
# Keyframes handed to the detector thread and not yet collected (bounds memory).
KEYFRAMES_IN_FLIGHT = 2
# Faces are looked for at this width (and at least 6 % of the picture's height): half the time
# of 640 px with the same hits on the sample clips (benchmarks/frames.py measures the whole pass).
FACE_WIDTH = 480
# Haar scale step: 1.15 or 1.2 saved 10-30 % of keyframe time but lost faces on the samples (2 -> 0-1).
FACE_SCALE_STEP = 1.1
FACE_MIN_NEIGHBOURS = 6
# Text lines are looked for at this width.
TEXT_LINE_WIDTH = 640

# ------------------------------------------------------------------ OCR

OCR_LANGUAGES = "ara+rus+eng"
# At most this many text lines a video go to Tesseract (one process, all lines at the end).
MAX_OCR_LINES = 16
# Tesseract's mean word confidence below which a reading is noise: texture on the GoPro clip read
# as three "Arabic" letters until this floor.
OCR_MIN_CONFIDENCE = 60.0
# Raw-line mode: single-line mode (7) drops Arabic lines in its layout analysis, and a second
# Tesseract process for the lines it misses costs as much as the first (model loading).
OCR_PAGE_MODE = "13"
# Textures read as two or three letters; a subtitle has more.
OCR_MIN_LETTERS = 5

# ------------------------------------------------------------------ audio

SILENCE_DBFS = -60.0  # a peak below this throughout: nobody can be heard
SOUND_DBFS = -45.0  # a window above this carries audible sound
AUDIO_WINDOW_S = 0.5
MODULATION_DB = 6.0  # speech and music swing this much from one window to the next; a hum does not

# ------------------------------------------------------------------ dates

# Time zones on Earth run from UTC-12 to UTC+14: a date with no known zone may be off by that
# much. The larger side is used both ways.
UNKNOWN_ZONE_H = 14.0
# A date without a time of day may be any time of that day.
DATE_ONLY_H = 12.0

# ------------------------------------------------------------------ checks

# Tolerance that follows the precision of the phrase: "42-second" is right to the second,
# "a two-minute clip" to the half minute.
UNIT_TOLERANCE_S = {"second": 1.0, "minute": 30.0, "hour": 1800.0}
# "about" widens the tolerance by this share of the value; "nearly" allows this much less.
ABOUT_SHARE = 0.1
NEARLY_SHARE = 0.15
# How far from a city's centre footage can be and still be "in" it: wide enough for suburbs and a
# city's own outskirts, since GeoNames gives one point per city.
CITY_RADIUS_KM = 30.0
# A position this close to a country (a gazetteer city of it within this distance) counts as in it.
COUNTRY_BORDER_KM = 50.0
# How many more faces than claimed must appear together before "clearly more" is said:
# the Haar cascade's false faces come one at a time.
CLEARLY_MORE_FACES = 2

# ------------------------------------------------------------------ batch runs

# Wall-clock limit of one pair in a batch worker: above the pair's own budgets (ExifTool 30 s, packet
# scan 120 s, decode pass 600 s, each stopping cleanly), so only a pair stuck in native code reaches it.
PAIR_TIME_LIMIT_S = 900.0
# Resident memory one worker may use (its ExifTool and Tesseract children included). A worker idles at
# about 200 MB and the decode pass peaks at about 210 MB on 1080p (README, frame analysis); 4K HEVC with
# FFmpeg's frame threads takes a few hundred more. Past this the pair is stopped and reported.
PAIR_MEMORY_LIMIT_MB = 1500
# How often the batch looks at its workers' memory while they work.
MEMORY_POLL_S = 0.25
# Seconds a worker may take to start (imports, ExifTool) before it counts as unable to start.
WORKER_START_S = 60.0
# Fresh workers that die before their first pair, in a row, before the batch stops and says why.
WORKER_START_FAILURES = 3
# Articles a worker keeps read (text and claims) for the next pair that shares one.
ARTICLE_CACHE_SIZE = 64
# Pairs handed to a Dask cluster at once, per worker thread: enough to keep each busy while results
# come back, without the scheduler holding a whole archive's tasks.
DASK_TASKS_PER_THREAD = 4
# Rows of the Markdown summary's table: GitHub shows at most 1 MiB of a step's summary, and an editor
# reads the failing rows first; the rest are counted, and summary.json holds them all.
MARKDOWN_MAX_ROWS = 200
