"""Text from Alertmanager or Prometheus made safe for a terminal (no Qt): the names of
``alertmanager.terminal_text``, where it lives so that the lowest layer (``alertmanager/``: the
errors, matchers and models that show such text) imports nothing above it (design.md's layer
order; code review 63A CA8), re-exported for the layers above."""

from .alertmanager.terminal_text import (ESCAPE, ascii_json, escape_char, json_text, read_escape, read_escapes,
                                         visible)

__all__ = ["ESCAPE", "ascii_json", "escape_char", "json_text", "read_escape", "read_escapes", "visible"]
