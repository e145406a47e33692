"""The Qt bindings keep Python's reference counts right. PySide6 6.12.0 on Python 3.11 does
not: every call of a void Qt method drops a reference to None, and every bool a Python override
(such as a page's isComplete) returns to Qt drops one to True or False, so the app aborts
("deallocating None", "deallocating True or False") or crashes at some random later moment."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWizard, QWizardPage

CALLS = 1000


def test_void_calls_keep_none_alive(qapp):
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        thing.setObjectName("x")
    assert sys.getrefcount(None) - before > -CALLS // 2, "each void Qt call dropped a reference to None"


def test_overrides_returning_bools_keep_them_alive(qapp):
    class Page(QWizardPage):
        def isComplete(self) -> bool:
            return True

    wizard = QWizard()
    page = Page()
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        page.completeChanged.emit()  # QWizard asks the page isComplete() each time
    assert sys.getrefcount(True) - before > -CALLS // 2, "each bool returned to Qt dropped a reference to it"
    wizard.deleteLater()
