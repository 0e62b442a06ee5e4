"""``python -m oncall_tray``: same as the ``oncall-tray`` command."""

import sys

from .cli import main

sys.exit(main())
