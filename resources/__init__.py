"""Run-time resources of oncall-tray (icons, translations, demo alerts); find them with
``oncall_tray.paths.shipped``."""
