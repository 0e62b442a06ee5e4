"""Questions before a risky step (silencing a critical alert longer than the guide allows,
sending a silence that may exist already): "No" is the default answer, so that Enter or
Escape never takes the step (a fresh-user review: Enter extended the silence). GUI thread only."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_risky(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask ``text`` with Yes and No, No the default button (Enter) and, as Qt makes the only
    "no" button of a box, Escape's answer. True only when Yes was clicked or chosen."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
