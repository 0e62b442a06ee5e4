"""design.md's layer order: "a layer may import only the layers above it" — ``alertmanager/``
(1) imports nothing of the package, ``core/`` (2) only ``alertmanager/``. Code review 63A CA8:
``core.journal_starts`` imported the watcher-level ``member_starts`` (for ``RESTART_GRACE``) and
``alertmanager.errors`` the top-level ``terminal_text`` (for ``escape_char``). Read from the
sources (``ast``): every import, also those inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

import oncall_tray

PACKAGE = Path(oncall_tray.__file__).parent

#: Top-level modules the lower layers used before this test (the translation and reason helpers,
#: review 63A: "the same pattern"), and core's URL identity and Prometheus types: known, not to grow.
#: ``url_passwords`` is ``config_urls``' own half (split from it; it imports nothing of the package),
#: which core reached through it already: the handoff names an unreachable address with its
#: password masked (fresh-user review 71 AP2); the client reaches it too, masking a URL password an
#: answer's body echoes (code review 81 AX8).
KNOWN = {"alertmanager": {"i18n", "reasons", "url_passwords"},
         "core": {"i18n", "reasons", "config_urls", "url_passwords", "prometheus"}}
#: The layers each may import.
ALLOWED = {"alertmanager": {"alertmanager"}, "core": {"alertmanager", "core"}}


def _imported(path: Path, layer: str) -> set[str]:
    """The package's first-level names (``core``, ``member_starts``, …) that ``path``, a module
    of ``layer``, imports."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = (node.module or "").split(".")
            if node.level == 1:
                names.add(layer)
            elif node.level == 2:
                names.update([parts[0]] if parts[0] else [alias.name for alias in node.names])
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for name in [module] if module else [alias.name for alias in node.names]:
                if name.startswith("oncall_tray."):
                    names.add(name.split(".")[1])
    return names


def test_the_lower_layers_import_no_layer_below_them():
    wrong = {}
    for layer, allowed in ALLOWED.items():
        for path in sorted((PACKAGE / layer).glob("*.py")):
            above = _imported(path, layer) - allowed - KNOWN[layer]
            if above:
                wrong[f"{layer}/{path.name}"] = sorted(above)
    assert not wrong, wrong
