"""Alertmanager API v2 client and its data types (no Qt)."""

from .errors import (
    AlertmanagerError,
    BadResponse,
    CredentialsNeeded,
    NotFound,
    Refused,
    Unreachable,
)
from .models import Alert, AlertStatus, ClusterStatus, Matcher, PostableSilence, Silence, Status

__all__ = [
    "Alert", "AlertStatus", "AlertmanagerError", "BadResponse", "ClusterStatus",
    "CredentialsNeeded", "Matcher", "NotFound", "PostableSilence", "Refused", "Silence", "Status",
    "Unreachable",
]
