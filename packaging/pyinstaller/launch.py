"""Entry point of the PyInstaller bundle: the same as the ``oncall-tray`` command."""

import sys

from oncall_tray.cli import main

if __name__ == "__main__":
    sys.exit(main())
