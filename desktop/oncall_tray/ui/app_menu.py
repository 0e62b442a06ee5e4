"""The tray menu's own entries: ``TrayController``'s (split out of ``app`` for size): "Send a test
notification", "Start with the session" (the autostart entry, issue 7) and Quit once the Settings
dialog's unsaved changes are settled. GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QSessionManager

from .. import autostart
from ..core.overview import Light
from ..notify.messages import BODY_LIMIT, Notice, clip
from .translations import translate, translator_for

log = logging.getLogger(__name__)
TR_CONTEXT = "app"
tr = translator_for(TR_CONTEXT)


class MenuEntries:
    """Mixin of ``TrayController``: uses its ``config``, ``loaded``, ``tray``, ``notifier`` and
    ``connection``."""

    def _settings_settled(self) -> bool:
        """Whether the open Settings dialog, if any, lets the tray quit: asked with changes typed
        (``settings_unsaved.settled_for_quit``: Save, Discard or Cancel; review 66 S9)."""
        from .settings_unsaved import settled_for_quit

        settings = self.connection.dialogs.get("settings")
        return settings is None or settled_for_quit(settings)

    def quit_settled(self) -> None:
        """Quit, confirmed in the tray menu or the alerts window: once the Settings dialog's
        unsaved changes, if any, are saved or discarded; a Cancel, or a Save that fails, keeps
        the tray running (review 66 S9)."""
        if self._settings_settled():
            QCoreApplication.quit()

    def commit_session(self, manager: QSessionManager) -> None:
        """The desktop session ends (``QGuiApplication.commitDataRequest``): the Settings dialog's
        unsaved changes are asked about as at Quit when the session manager lets the app ask;
        a Cancel, or a Save that fails, asks it to cancel the logout (review 66 S9)."""
        settings = self.connection.dialogs.get("settings")
        if settings is None or not settings.changed() or not manager.allowsInteraction():
            return
        settled = self._settings_settled()
        manager.release()
        if not settled:
            manager.cancel()

    def send_test_notification(self) -> None:
        """A notice that shows whether notifications reach the desktop."""
        body = tr("Notifications work. Watching %1.").replace("%1", self.config.alertmanager_url)
        self.notifier.show([Notice(tr("oncall-tray test notification"), body, None)])

    def _show_autostart(self) -> None:
        """Tick "Start with the session" as the autostart entry is now."""
        self.tray.set_autostart(autostart.for_platform().state().enabled)

    def set_autostart(self, enabled: bool) -> None:
        """"Start with the session" from the menu: write or remove the autostart entry (issue 7)
        for the settings file in use; a failure is logged and notified (why, in the engineer's
        language), and the tick follows what the entry really is."""
        from ..paths import default_config_path

        mechanism = autostart.for_platform()
        explicit = self.loaded.path if self.loaded.path != default_config_path() else None
        try:
            mechanism.enable(autostart.launch_command(explicit)) if enabled else mechanism.disable()
        except OSError as exc:
            from ..config_write import save_failure_text  # the error path only, as ``autostart``

            log.warning("cannot change the autostart entry: %s", exc)
            why = save_failure_text(exc, translate)  # review 65 T14: said in English
            self.notifier.show([Notice(tr("Cannot change the autostart entry"), clip(why, BODY_LIMIT), None,
                                       light=Light.WARNING)])
        self._show_autostart()
