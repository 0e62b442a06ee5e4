"""One module per subcommand (or group). Each has ``register(subparsers, tr)``, which adds its
parser (help texts in the language of ``tr``, context "cli_help") and sets
``handler=function(args, loaded) -> exit code``. None imports Qt at module
level; only the tray itself does."""

from . import ack, autostart_cmd, config_cmd, demo_cmd, escalate, handoff, login, logout, silence, status, trend

#: In the order ``--help`` lists them.
MODULES = (status, ack, silence, escalate, trend, handoff, login, logout, config_cmd, demo_cmd, autostart_cmd)
