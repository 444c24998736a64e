"""Records the console keeps on this computer: the close history and saved passings.

Qt-free; every call may wait for the disk, so the window makes them from a worker.
"""
