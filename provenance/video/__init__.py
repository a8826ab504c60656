"""The video side: adapters that read a file and the builder that turns what they read into evidence.

    probe.py        packets and timing, read once (PyAV), and whether a first frame decodes (OpenCV)
    decode.py       the one decode pass, feeding detectors/ (shots, frozen frames, keyframe choice)
    detectors/      per-frame detectors behind one interface: update(sample) / finish(end)
    keyframe/       what a keyframe shows: faces, text lines, OCR, perceptual hashes
    audio.py        the first audio stream's level, metered in the same demux
    exiftool.py     ExifTool adapter (stay_open session, watchdog, safe file names)
    credentials.py  C2PA adapter (c2pa-python, offline)
    paths.py        file names native tools cannot take, handed over as symlinks
    evidence/       tags + probe + decode pass -> VideoEvidence: facts, dates, GPS, signals

Adapters know nothing of claims; importing this package loads nothing heavy.
"""
