"""One module per subcommand (or group). Each has ``register(subparsers, tr)``, which adds its
parser (help texts in the language of ``tr``, context "cli_help") and sets
``handler=function(args, loaded) -> exit code``, and may set ``given_back=function(args, tr) -> str``:
what it was given to keep, printed back when ``cli`` stops it before it runs (nothing typed is
lost). None imports Qt at module level; only the tray itself does.

The modules are imported by ``modules()``, when the command line names a subcommand or asks
for help: the tray itself runs for days and needs none of them (memory: issue 2).
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: The subcommand modules, in the order ``--help`` lists them.
MODULE_NAMES = ("status", "ack", "silence", "escalate", "trend", "handoff", "login", "logout", "config_cmd",
                "demo_cmd", "autostart_cmd")


def modules() -> list[ModuleType]:
    """The subcommand modules (imported on first call), in the order ``--help`` lists them."""
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES]
