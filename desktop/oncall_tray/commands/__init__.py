"""One module per subcommand (or group). Each has ``register(subparsers)``, which adds its
parser and sets ``handler=function(args, loaded) -> exit code``. None imports Qt at module
level; only the tray itself does."""

from . import config_cmd, demo_cmd, escalate, handoff, status

#: In the order ``--help`` lists them.
MODULES = (status, escalate, handoff, config_cmd, demo_cmd)
