"""Alertmanager API v2 client and its data types (no Qt)."""

from .errors import (
    AlertmanagerError,
    BadResponse,
    CredentialsNeeded,
    Refused,
    Unreachable,
)
from .models import Alert, AlertStatus, ClusterStatus, Matcher, Silence, Status

__all__ = [
    "Alert", "AlertStatus", "AlertmanagerError", "BadResponse", "ClusterStatus",
    "CredentialsNeeded", "Matcher", "Refused", "Silence", "Status", "Unreachable",
]
