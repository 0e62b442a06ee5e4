"""Desktop notifications: what to say (``messages``) and how to deliver it (``backends``).
No Qt here: the Qt fallback is handed in by the interface as one more backend."""
