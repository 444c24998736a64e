"""PyInstaller's entry point: it freezes a script, not `python -m app`."""

import sys

from app.__main__ import main

sys.exit(main())
