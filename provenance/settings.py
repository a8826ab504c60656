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
# Tesseract's OpenMP threads (OMP_THREAD_LIMIT, unless the environment sets it): its threads spin while
# they wait, and on a busy machine they burn the cores the decoder needs. Measured on 2 cores: `check` of
# the consistent sample 4.3 -> 2.8 s; a 1-worker batch of the corpus 67 -> 18 s (user CPU 65 -> 15 s).
TESSERACT_THREADS = "1"
# Textures read as two or three letters; a subtitle has more.
OCR_MIN_LETTERS = 5
# A date stamp has few letters or none ("14.03.21" has six digits): a line of this many digits is kept too.
OCR_MIN_DIGITS = 6
# Lines in a corner (logos, channel names, camera clocks) have a budget of their own, so subtitles on every
# keyframe cannot crowd them out; each costs about as much as a subtitle line (benchmarks/frames.py --evidence).
MAX_OCR_CORNER_LINES = 8
# A logo is often a short word ("AMAQ"): three letters are enough in a corner, at a higher confidence than
# elsewhere (textures in corners of the corpus read as two or three letters below 70).
OCR_CORNER_MIN_LETTERS = 3
OCR_CORNER_MIN_CONFIDENCE = 80.0

# ------------------------------------------------------------------ language of on-screen text

# lingua's confidence (0-1) in a line's language before a subtitle check may say "another language".
TEXT_LANGUAGE_CONFIDENCE = 0.8
# Lines shorter than this many letters are not given a language (one word says little).
TEXT_LANGUAGE_MIN_LETTERS = 8

# ------------------------------------------------------------------ audio

SILENCE_DBFS = -60.0  # a peak below this throughout: nobody can be heard
SOUND_DBFS = -45.0  # a window above this carries audible sound
AUDIO_WINDOW_S = 0.5
MODULATION_DB = 6.0  # speech and music swing this much from one window to the next; a hum does not

# ------------------------------------------------------------------ speech (Silero VAD)

VAD_RATE = 16000  # the model takes 8 or 16 kHz mono; audio is resampled to it in the decode pass
# Silero's own defaults (its get_speech_timestamps): speech starts at 0.5, ends under 0.35 for 100 ms,
# and a stretch shorter than 250 ms is dropped.
VAD_ON = 0.5
VAD_OFF = 0.35
VAD_MIN_SILENCE_S = 0.1
VAD_MIN_SPEECH_S = 0.25
# Speech is "present" from this many seconds on. Measured: the 18 corpus files whose sound decodes (wind,
# engines, rooms, a drone) give 0 s, the sample music 0 s; an espeak-ng sentence gives 2.8 s of its 4 s,
# the samples' voiced buzz 24 s of 42 s.
SPEECH_MIN_S = 1.0
# The report keeps this many stretches of speech (the total covers all of them).
SPEECH_SEGMENTS_KEPT = 20

# ------------------------------------------------------------------ dates

# Time zones on Earth run from UTC-12 to UTC+14: a date with no known zone may be off by that
# much. The larger side is used both ways.
UNKNOWN_ZONE_H = 14.0
# A date without a time of day may be any time of that day.
DATE_ONLY_H = 12.0

# ------------------------------------------------------------------ platform sidecars

# A sidecar whose duration differs from the file's by more than this may describe another file
# (yt-dlp rounds durations to the second; platforms trim a frame or two).
SIDECAR_DURATION_TOLERANCE_S = 2.0
# Sidecars larger than this are not read (yt-dlp's info.json with every format is about 1 MB).
SIDECAR_MAX_BYTES = 32 * 1024 * 1024
# "A release claimed more than a day after the upload": one day's slack beyond the time zones, for a
# release announced the day after the upload.
UPLOAD_SLACK_DAYS = 1

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
# A position this close to a region (a populated place of it within this distance) counts as in it:
# GeoNames gives regions no borders, only the places they hold, which lie a few km apart in settled land.
REGION_BORDER_KM = 25.0
# How many more faces than claimed must appear together before "clearly more" is said:
# the Haar cascade's false faces come one at a time.
CLEARLY_MORE_FACES = 2

# ------------------------------------------------------------------ articles

# Share of an article's words that are English function words ("the", "of", "and", ...) from which it
# is English without asking a language model. Measured: 0.21 to 0.55 over the 353 passages of the
# real-article set (median 0.36), 0.34 for the seed article; 0.00 to 0.07 in French, German, Spanish
# and Russian copy.
ENGLISH_FUNCTION_SHARE = 0.15

# ------------------------------------------------------------------ archive of earlier copies
# Calibrated with benchmarks/archive_calibration.py: 112 copies FFmpeg made of 11 corpus files and 3
# sample clips (re-encoded at CRF 32, halved, 10 % cropped, letterboxed, white pillarboxed, mirrored,
# an excerpt from 30 % + 0.137 s in, and all of these at once) against their sources, and every
# corpus file and sample clip against every other; the README prints the distributions. The choices
# of sampling, framing and trimming were made on the same copies, hashed by a first version of this
# code, before the calibration was run on the final one.

# PDQ's own quality (0-100, gradient energy of the 64x64 image): flatter frames give hashes that
# re-encoding flips at will (the flat sample clips score 8-22 and collided with one another at
# distance 0); 50 is vPDQ's default quality filter too.
ARCHIVE_MIN_QUALITY = 50
# Hamming distance (of 256 bits) at or under which two frames are one picture, PDQ's and vPDQ's
# published threshold. Copies' frames: median 12, 95 % within 28, 96.1 % within 31; unrelated frames:
# none under 58, 1 % under 102, median 118.
ARCHIVE_MAX_DISTANCE = 31
# An archived video keeps a frame's hash every ARCHIVE_EVERY_S at most, and only when it differs by
# more than ARCHIVE_KEEP_DISTANCE from the last one kept (or ARCHIVE_MAX_GAP_S has passed): dense
# enough that an excerpt starting anywhere finds a stored frame close to it (hashes 0.5 s apart left
# excerpt frames at a median of 26; every 0.2 s lost 5 of the 112 copies), sparse in still scenes.
# 24 kept 34 % of the frames sampled at 0.1 s and lost no match against 16 (45 %); 32 lost crops.
ARCHIVE_EVERY_S = 0.1
ARCHIVE_KEEP_DISTANCE = 24
ARCHIVE_MAX_GAP_S = 10.0
# A checked video is sampled this often; each sample stands for this much footage.
ARCHIVE_QUERY_EVERY_S = 0.5
# Framings: the share of the picture (centred) that is hashed. PDQ moves ~6 bits per 1 % of crop
# (frames cropped 4 %: median 28 from the whole; 10 %: 68), so the archive also keeps a 90 % crop and
# a checked frame is also hashed at 95 %: cropped copies then matched like the others (14 of 14).
ARCHIVE_FRAMINGS = (1.0, 0.9)
ARCHIVE_QUERY_FRAMINGS = (1.0, 0.95)
# A frame's luma is subsampled to about this many pixels on its short side before it is hashed
# (PDQ works at 64x64: a 1080p frame is not read whole).
ARCHIVE_WORK_SIDE = 128
# Plain borders (a flat line darker than this or lighter than the next) are trimmed before hashing,
# up to ARCHIVE_MAX_TRIM of each side: letterboxed copies of the 42-second sample went from a median
# distance of 123 to 12.
ARCHIVE_MAX_TRIM = 1 / 3
ARCHIVE_BORDER_DARK = 40
ARCHIVE_BORDER_LIGHT = 215
ARCHIVE_BORDER_FLAT = 16  # the line's luma range (max - min): compressed black bars stay within a few levels
# A match needs this many sampled frames (1.5 s at 0.5 s) matching in the same order: no frame of
# one corpus file or sample clip came within 58 of another's, so three in order is a wide margin.
ARCHIVE_MIN_MATCHED_FRAMES = 3
# Writers wait this long for another writer's transaction (several batch processes may add at once).
ARCHIVE_BUSY_TIMEOUT_S = 30.0

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
