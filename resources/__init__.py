"""Run-time resources of oncall-tray (icons, translations, demo alerts); read them with
importlib.resources.files("oncall_tray.resources")."""
