"""Why Alertmanager's state is unknown to the shift windows ("no answer from Alertmanager yet", a
failed poll's reason) is put in the engineer's language when shown, not when the tray started or
polled: Settings > language changed meanwhile, the checklists said it in the language before
(pytest-qt, offscreen)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from oncall_tray.alertmanager.errors import Unreachable
from oncall_tray.config import Config
from oncall_tray.core.contact import ContactMonitor
from oncall_tray.core.handoff_live import seen_title, unknown_words
from oncall_tray.paths import Folders
from oncall_tray.watch import PollResult

URL = "http://127.0.0.1:9"


@pytest.fixture
def controller(tmp_path, qtbot):
    from oncall_tray.ui.shift_controller import ShiftController

    controller = ShiftController(Config(alertmanager_url=URL, engineer="ana"), lambda notices: None,
                                 path=tmp_path / "journal.db", folders=Folders.for_user())
    try:
        yield controller
    finally:
        controller.shutdown()


@contextlib.contextmanager
def language(controller, name: str):
    """The interface in ``name`` for a while; ``controller`` (if any) told as
    ``TrayController.apply_settings`` tells it (the translators, then the shift), at the change and back."""
    from PySide6.QtCore import QLocale

    from oncall_tray.ui.translations import install

    translators = install(QCoreApplication.instance(), name)
    if controller is not None:
        controller.retranslate()
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.instance().removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))
        if controller is not None:
            controller.retranslate()


def said(controller) -> tuple[str, str]:
    """What the start checklist and a shift window's title say of the unknown state, now."""
    translate = QCoreApplication.translate
    return unknown_words(controller.live, translate), seen_title(None, controller.live.error, None,
                                                                 dt.datetime.now(dt.timezone.utc), translate)


def test_no_answer_yet_follows_a_language_change(controller):
    with language(controller, "en"):
        assert "(no answer from Alertmanager yet)" in said(controller)[0]
        with language(controller, "pt_BR"):
            words, title = said(controller)
            assert "(ainda sem resposta do Alertmanager)" in words, words
            assert title.endswith("ainda sem resposta do Alertmanager"), title


def test_a_failed_polls_reason_follows_a_language_change(controller):
    now = dt.datetime.now(dt.timezone.utc)
    error = Unreachable(URL, "connection refused")
    with language(controller, "pt_BR"):  # polled in Portuguese, then English chosen
        controller.on_polled(PollResult(None, ContactMonitor().failure(now, error.describe()), error))
        assert "(conexão recusada)" in said(controller)[0]
        with language(controller, "en"):
            words, title = said(controller)
            assert "(connection refused);" in words, words
            assert title.endswith("connection refused"), title


def test_why_the_journal_cannot_be_used_follows_a_language_change(qtbot, tmp_path):
    # the same fault in the notes' place of an alerts window made after the change (the language
    # switch makes it again): the journal's reason was worded once, when it was found held
    from oncall_tray.core.journal_hold import Holder, JournalHold
    from oncall_tray.ui.alerts_window import AlertsWindow
    from oncall_tray.ui.journal_slot import JournalSlot
    from oncall_tray.ui.shift_controller import ShiftController

    hold = JournalHold.take(tmp_path / "journal.db", Holder(str(tmp_path / "other.yaml"), (URL,), 1))
    config = Config(alertmanager_url=URL, engineer="ana")
    try:
        with language(None, "en"):
            side = ShiftController(config, lambda notices: None, path=tmp_path / "journal.db",
                                   folders=Folders.for_user())
        try:
            with language(side, "pt_BR"):
                window = AlertsWindow(config)
                qtbot.addWidget(window)
                side.attach_window(window)
                line = window.findChild(JournalSlot).line.text()
                assert line.startswith("Sem notas aqui: o diário do turno não pode ser usado (outro "
                                       "oncall-tray está com o diário do turno (configurações "), line
                assert str(side.unusable()).startswith("o diário do turno não pode ser usado (outro oncall-tray")
                # and the Take over the shift banner's (``problem``), worded once at open (code review 86 BF3)
                assert side.problem.startswith("O diário do turno não é usado por esta bandeja: outro oncall-tray "
                                               "está com o diário do turno"), side.problem
        finally:
            side.shutdown()
    finally:
        hold.release()
