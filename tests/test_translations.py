"""The shipped translations (pt_BR, en): complete, consistent with the source, compiled, and
loaded both by the command line (ElementTree on the .ts) and by Qt (QTranslator on the .qm)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "i18n" / "update_translations.py"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("pt_BR", "en")


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def messages(language: str):
    """(context, source, translation element) of every live message of a shipped .ts."""
    root = ET.parse(TS_DIR / f"oncall_tray_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            yield context.findtext("name"), message.findtext("source"), translation


def test_check_passes():
    """Every extracted string is in both catalogues, pt_BR is finished, the .qm are fresh."""
    run = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                         cwd=ROOT, timeout=90)
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}\nfix: {sys.executable} {SCRIPT.relative_to(ROOT)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_header_and_completeness(language):
    root = ET.parse(TS_DIR / f"oncall_tray_{language}.ts").getroot()
    assert root.get("version") == "2.1"
    assert root.get("language") == {"pt_BR": "pt_BR", "en": "en_US"}[language]
    assert root.get("sourcelanguage") == "en"
    found = list(messages(language))
    assert found
    for context, source, translation in found:
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") is None, (context, source, translation.get("type"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_place_markers_kept(language):
    """A translation has exactly the %N markers of its source (they are str.replace'd in code)."""
    markers = load_script().place_markers
    wrong = [(context, source, translation.text) for context, source, translation in messages(language)
             if translation is not None and translation.text
             and markers(translation.text) != markers(source)]
    assert not wrong


def test_english_is_the_source_text():
    wrong = [(c, s, t.text) for c, s, t in messages("en") if t.text != s]
    assert not wrong


def test_cli_translator_reads_the_ts():
    from oncall_tray.i18n import translator

    tr = translator("pt_BR")
    assert tr("severity", "critical") == "crítico"
    assert tr("severity", "warning") == "aviso"
    assert tr("severity", "unknown") == "desconhecido"
    assert tr("no such context", "untranslated text") == "untranslated text"
    assert translator("en")("severity", "critical") == "critical"


def test_qt_translators_load_the_qm():
    """A bare QCoreApplication (offscreen) with ``ui.translations.install(app, "pt_BR")``.

    Run in a child process: a QCoreApplication is a process-wide singleton, and other tests
    need a QApplication (pytest-qt)."""
    code = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import QCoreApplication
        from oncall_tray.ui.translations import install
        app = QCoreApplication(sys.argv[:1])
        translators = install(app, "pt_BR")
        t = QCoreApplication.translate
        print(json.dumps({
            "installed": len(translators),
            "quit": t("tray", "Quit"),
            "test": t("tray", "Send test notification"),
            "critical": t("severity", "critical"),
            "unknown": t("tray", "not in the catalogue"),
        }))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["installed"] >= 1
    assert result["quit"] == "Sair"
    assert result["test"] == "Enviar notificação de teste"
    assert result["critical"] == "crítico"
    assert result["unknown"] == "not in the catalogue"


def test_extractor_patterns_and_problems(tmp_path):
    """The extractor finds the three marking patterns and lists calls it cannot read."""
    script = load_script()
    package = tmp_path / "desktop" / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "consts.py").write_text('CONTEXT = "shared"\n')
    (package / "sub" / "window.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication
        from ..consts import CONTEXT
        TR_CONTEXT = "window"

        def translator_for(context):
            def tr(text):
                return QCoreApplication.translate(context, text)
            return tr

        tr = translator_for(TR_CONTEXT)
        a = tr("Quit")
        b = QCoreApplication.translate("other", "Open " "%1")
        c = translate("other", "Open %1")
        d = tr(CONTEXT, "Shared")
        e = tr(f"Hello {a}")
        f = QCoreApplication.translate("other", "Same", "menu")
    '''))
    (package / "plain.py").write_text('x = tr("no context here")\n')
    found = script.extract(package, tmp_path / "ts")
    assert set(found.messages) == {
        ("window", "Quit", ""), ("other", "Open %1", ""), ("shared", "Shared", ""), ("other", "Same", "menu")}
    assert found.messages[("other", "Open %1", "")] == [
        ("../desktop/pkg/sub/window.py", 13), ("../desktop/pkg/sub/window.py", 14)]
    problems = "\n".join(found.problems)
    assert "window.py:16" in problems and "plain.py:1" in problems
    assert len(found.problems) == 2  # the forwarding wrapper is not a problem


def test_every_literal_text_is_extracted():
    """A ``tr(CONTEXT, "text")`` whose context the extractor cannot read (a constant imported from
    another module) leaves "text" out of the catalogues: shown in English in every language.
    Seen in the merge of code review 81's fixes: every notice of ``notify.poll_plan.plan`` ("Contact
    with Alertmanager lost", "12 alerts raised in severity") had become "vanished" in pt_BR. The
    calls left unread on purpose take their text from a variable (``tr("dashboard", check.state)``)."""
    found = load_script().extract()
    literal = [problem for problem in found.problems if re.search(r"\(\s*[\w.]+\s*,\s*['\"]", problem)]
    assert not literal, "\n".join(literal)


def test_merge_keeps_translations_and_marks_vanished():
    script = load_script()
    old = script.Catalogue(entries={
        ("c", "kept", ""): script.Entry("c", "kept", translation="mantido"),
        ("c", "gone", ""): script.Entry("c", "gone", translation="sumiu"),
        ("c", "draft", ""): script.Entry("c", "draft", translation="rascunho", type="unfinished"),
        ("c", "empty", ""): script.Entry("c", "empty", type="unfinished"),
    })
    found = script.Extraction({("c", "kept", ""): [("a.py", 1)], ("c", "new", ""): [("a.py", 2)]})
    pt = script.merge(old, found, "pt_BR")
    assert (pt[("c", "kept", "")].translation, pt[("c", "kept", "")].type) == ("mantido", None)
    assert (pt[("c", "new", "")].translation, pt[("c", "new", "")].type) == ("", "unfinished")
    assert pt[("c", "gone", "")].type == "vanished" and pt[("c", "gone", "")].locations == []
    assert pt[("c", "draft", "")].type == "obsolete"
    assert ("c", "empty", "") not in pt
    en = script.merge(script.Catalogue(), found, "en")
    assert (en[("c", "new", "")].translation, en[("c", "new", "")].type) == ("new", None)
    text = script.render_ts("pt_BR", pt)
    assert text == script.render_ts("pt_BR", dict(reversed(list(pt.items()))))  # order-independent
    root = ET.fromstring(text)
    assert root.get("language") == "pt_BR" and root.get("sourcelanguage") == "en"


def test_red_flags_are_named_in_portuguese():
    from oncall_tray.i18n import translator

    tr = translator("pt_BR")
    # the guide's own term (review 21: "sinal vermelho" is a traffic light), for the guide's own red flag only
    assert tr("attention", "Red flag: %1") == "Red flag: %1"  # (review 55 M6: the banner's as the tooltip's)



def test_a_silence_is_a_silenciamento_in_portuguese():
    """The project's word (fresh-user review: "informe o ID do silence", "Nenhum silence tem um
    ID…", "corresponde a vários silences"); the command names stay as they are."""
    import re

    from oncall_tray.i18n import translator

    wrong = [(context, source, translation.text) for context, source, translation in messages("pt_BR")
             if re.search(r"\bsilences?\b", re.sub(r"(oncall-tray|amtool) silence|`[^`]*`", "", translation.text or ""))]
    assert not wrong
    tr = translator("pt_BR")
    assert tr("cli", "No silence has an ID that starts with %1 (see: oncall-tray silence list --all).") == \
        "Nenhum silenciamento tem um ID que começa com %1 (veja: oncall-tray silence list --all)."

@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANGUAGE": "pt_BR", "LANG": "en_US.UTF-8"}, "pt_BR"),  # gettext: LANGUAGE first
    ({"LANGUAGE": "de:pt_BR:en", "LANG": "de_DE.UTF-8"}, "pt_BR"),  # the first we ship
    ({"LANGUAGE": "en_GB:pt", "LANG": "pt_BR.UTF-8"}, "en"),
    ({"LANGUAGE": "de", "LANG": "pt_BR.UTF-8"}, "pt_BR"),  # nothing shipped in LANGUAGE: the locale
    ({"LC_ALL": "pt_PT.UTF-8", "LANG": "en_US.UTF-8"}, "pt_BR"),
    # review 42 F7: the first set of LC_ALL, LC_MESSAGES, LANG decides; C asks for the untranslated
    # text, and gettext then ignores LANGUAGE
    ({"LC_ALL": "C", "LANG": "pt_BR.UTF-8"}, "en"),
    ({"LC_ALL": "C.UTF-8", "LANG": "pt_BR.UTF-8", "LANGUAGE": "pt_BR"}, "en"),
    ({"LC_MESSAGES": "POSIX", "LANG": "pt_BR.UTF-8"}, "en"),
])
def test_the_system_language_follows_gettexts_order(monkeypatch, env, expected):
    from oncall_tray.i18n import resolve_language

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert resolve_language("") == expected
