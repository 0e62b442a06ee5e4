"""The on-call domain: severity, the alert tracker, contact with Alertmanager (no Qt, no I/O)."""
