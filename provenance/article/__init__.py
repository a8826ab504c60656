"""The article side: loading an article (`load`) and reading its claims about the video (`claims`).

Nothing here imports the video stack: `provenance claims` runs on this package alone.
"""
