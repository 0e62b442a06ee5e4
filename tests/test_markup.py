"""markup.escape gives what html.escape gives, without importing html, with the control
characters shown as escapes (review 59 U3)."""

import html
import subprocess
import sys

import pytest

from oncall_tray.markup import escape
from oncall_tray.terminal_text import visible

SAMPLES = ["", "plain", "a & b < c > d", "\"quoted\" and 'single'", "&amp; already", "<b>x</b>",
           "ação — 5 min ≥ 3 & <pod=\"api-1\">", "\x00\n\t", "RTL \u202e<b>\u202c \u2067x\u2069 \u200f\x1b[31m"]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("quote", [True, False])
def test_escape_is_html_escape(text, quote):
    assert escape(text, quote) == html.escape(visible(text, multiline=True), quote)


def test_escape_shows_controls_as_escapes():
    """Review 59 U3: a right-to-left override in a summary showed it reversed in the detail
    pane; an escape, a bell, a bidi mark or isolate is shown as the command line shows it."""
    assert escape("RTL \u202eoverridden\u202c <b>") == "RTL \\u202eoverridden\\u202c &lt;b&gt;"
    assert escape("a\u2066b\u2069 \u200e\u200f\u061c \x1b[2J\x07\x85") == (
        "a\\u2066b\\u2069 \\u200e\\u200f\\u061c \\u001b[2J\\u0007\\u0085")
    assert escape("two\nlines\tand a tab, emoji 🚨 and a joiner 👩\u200d💻") == (
        "two\nlines\tand a tab, emoji 🚨 and a joiner 👩\u200d💻")


def test_the_tray_at_rest_does_not_import_html_nor_importlib_resources():
    """What the tray imports to start (the app module, the notifications, the shipped
    translations and icons) leaves out html and importlib.resources (issue 2: memory)."""
    code = ("import sys; import oncall_tray.ui.app, oncall_tray.notify.backends, oncall_tray.ui.plain; "
            "from oncall_tray import i18n; i18n.translation_file('pt_BR', 'qm').read_bytes(); "
            "from oncall_tray.ui import app_identity; "
            "print(sorted(m for m in ('html', 'importlib.resources', 'tenacity', 'difflib') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"

