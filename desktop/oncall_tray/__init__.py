"""oncall-tray: the ConectCRM on-call engineer's system-tray companion for Prometheus Alertmanager."""

__version__ = "0.1.0"
APP_NAME = "oncall-tray"
