"""The Qt interface: the tray, its windows and dialogs, and the worker threads that feed them.

Importing it first imports PySide6 and replaces PySide6's source-caching import hook
(``qt_workarounds.stop_source_caching``), before the other modules of the interface are imported.
"""

import PySide6.QtCore  # noqa: F401  (the import hook exists once PySide6 is imported)

from .qt_workarounds import stop_source_caching

stop_source_caching()
