"""Launch child, baseline: a bare PySide6 QWizard with one page (a title and a label), shown.
Prints ``painted <peak RSS KiB>`` after its first paint, then exits. Run by ``launch.py``."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

from benchmarks.first_paint import FirstPaint


def bare_wizard() -> QWizard:
    """The baseline's window, not shown yet (``memory_bare.py`` shows it too)."""
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Connect Zoho Books")
    QVBoxLayout(page).addWidget(QLabel("This wizard connects your company's Zoho Books."))
    wizard.addPage(page)
    return wizard


def main() -> int:
    app = QApplication(sys.argv)
    wizard = bare_wizard()
    FirstPaint(wizard)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
