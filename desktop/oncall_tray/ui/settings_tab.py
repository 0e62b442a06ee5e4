"""A tab of the settings dialog (GUI thread only): a form of its keys, each editor with its
message line under it (kept while empty, so that the fields below do not move), its tooltip,
example and what 0 means, and the buttons some keys have (choose a CA file; enter the password
or token; move a URL's user name to the User name field)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..config import Config
from .settings_field import Field, translated
from .settings_layout import EXAMPLES, URLS, ZERO_MEANS, example_text
from .translations import translator_for

if TYPE_CHECKING:
    from .settings_dialog import SettingsDialog

TR_CONTEXT = "settings"
tr = translator_for(TR_CONTEXT)


def choose_ca_bundle(dialog: SettingsDialog) -> None:
    """A CA certificates file chosen in a file chooser over ``dialog``, into its field; the alias
    check's answer held while the chooser is open (``AliasCheck.boxed``, code review 70 AE1) and
    acted on only once the file is in its field: a file chosen is an edit, which drops a Save
    waiting for the answer, said under Save (code review 71 AG5: the held Save wrote the settings
    without the file and closed the dialog, the file lost without a word)."""
    with dialog.aliases.boxed():
        path, _filter = QFileDialog.getOpenFileName(dialog, tr("CA certificates"), "",
                                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            dialog.fields["ca_bundle"].set(path)


def add_tab(dialog: SettingsDialog, title: str, keys: list[tuple[str, str, str]], config: Config) -> None:
    """Add to ``dialog.tabs`` a tab ``title`` with an editor for each of ``keys`` (key, label,
    tooltip; marked for translation) showing ``config``'s value, kept in ``dialog.fields`` and
    their labels in ``dialog.labels``."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(2)  # each field's message line (kept while empty) spaces the rows
    for key, label, hint in keys:
        value = config.alertmanager_urls() if key == URLS else dialog.written_twice.get(key, getattr(config, key))
        field = Field(key, value, lambda *_args, k=key: dialog._changed(k))
        dialog.fields[key] = field
        if hint:
            field.widget.setToolTip(translated(hint))
        if key in EXAMPLES and hasattr(field.widget, "setPlaceholderText"):
            field.widget.setPlaceholderText(example_text(key))
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        row = QHBoxLayout()
        row.addWidget(field.widget, 1)
        if key in ZERO_MEANS:
            field.zero_note = QLabel(translated(ZERO_MEANS[key]))
            field.zero_note.setObjectName(f"zero_{key}")
            field.zero_note.setStyleSheet("color: #616161")
            policy = field.zero_note.sizePolicy()  # the fields of minutes line up, 0 or not
            policy.setRetainSizeWhenHidden(True)
            field.zero_note.setSizePolicy(policy)
            field.zero_note.setMinimumWidth(max(field.zero_note.fontMetrics().horizontalAdvance(translated(text))
                                                for text in set(ZERO_MEANS.values())))
            row.addWidget(field.zero_note)
        if key == "ca_bundle":
            browse = QPushButton(tr("Choose…"))
            browse.clicked.connect(lambda: choose_ca_bundle(dialog))
            row.addWidget(browse)
        if key == "auth_username":
            dialog.login_button = QPushButton(tr("Enter password or token…"))
            dialog.login_button.clicked.connect(dialog._request_login)
            row.addWidget(dialog.login_button)
        box.addLayout(row)
        box.addWidget(field.error)
        if key == URLS:  # a URL holding a password: its user name goes to the User name field (review 61 W5)
            dialog.move_user_button = QPushButton()
            dialog.move_user_button.setVisible(False)
            dialog.move_user_button.clicked.connect(dialog._move_user)
            box.addWidget(dialog.move_user_button, 0, Qt.AlignmentFlag.AlignLeft)
        dialog.labels[key] = translated(label) or key
        form.addRow(dialog.labels[key], cell)
    # a message of two lines or more gets its height (the page grows, and scrolls once the tab
    # is full), not the one line kept for it (fresh-user review: clipped at top and bottom)
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # as wide and tall as the page with its messages empty (as before), and room for two more lines
    least = page.minimumSizeHint()
    scroll.setMinimumSize(least.width(), least.height() + 2 * dialog.fontMetrics().lineSpacing())
    dialog.tabs.addTab(scroll, title)
