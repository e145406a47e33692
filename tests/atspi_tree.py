"""Print, as JSON, what a screen reader sees of one running application: its accessibility tree
as the AT-SPI registry offers it (Debian's at-spi2-core and python3-pyatspi).

    /usr/bin/python3 tests/atspi_tree.py PID [--timeout SECONDS]
    /usr/bin/python3 tests/atspi_tree.py --check    (only whether the registry answers)

Each object is {"role", "name", "description", "states", "relations", "text" (only for objects
with AT-SPI's Text interface), "extents" (x, y, width, height on the screen, for objects with AT-SPI's
Component interface), "children"}, with AT-SPI's words: states such as "focused",
"focusable", "showing", "visible"; relations such as {"labelled by": ["label: Client ID"]}.

Runs with Debian's Python (pyatspi is not on PyPI), on the standard library and pyatspi only. The
bus is the one AT_SPI_BUS_ADDRESS names, else the D-Bus session's. Exits 2 when pyatspi is
missing, 3 when no application has that process id, 5 when the registry does not answer
(--check); dies of SIGTRAP ("Couldn't connect to accessibility bus") when there is no bus at all;
exits 1, with "Timeout" and a traceback, when the reading takes longer than the timeout: a
missing or stuck registry never hangs the caller."""

from __future__ import annotations

import argparse
import faulthandler
import json
import sys
import time

faulthandler.dump_traceback_later(60, exit=True)  # even the import waits for the bus; main() sets the timeout
try:
    import pyatspi
except ImportError as error:
    print(f"pyatspi is not available: {error}", file=sys.stderr)
    sys.exit(2)

MAX_DEPTH = 60  # a loop in a broken tree ends here
MAX_CHILDREN = 500


def states(accessible: object) -> list[str]:
    state_set = accessible.getState()
    return sorted(pyatspi.stateToString(s) for s in state_set.getStates())


def relations(accessible: object) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for relation in accessible.getRelationSet():
        kind = pyatspi.relationToString(relation.getRelationType())
        targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
        found[kind] = [f"{t.getRoleName()}: {t.name}" for t in targets if t is not None]
    return found


def text(accessible: object) -> str | None:
    try:
        content = accessible.queryText()
    except NotImplementedError:
        return None
    return content.getText(0, -1)


def extents(accessible: object) -> list[int] | None:
    try:
        box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return [box.x, box.y, box.width, box.height]


def node(accessible: object, depth: int = 0) -> dict[str, object]:
    item: dict[str, object] = {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": states(accessible),
        "relations": relations(accessible),
    }
    content = text(accessible)
    if content is not None:
        item["text"] = content
    where = extents(accessible)
    if where is not None:
        item["extents"] = where
    children = []
    if depth < MAX_DEPTH:
        for i in range(min(accessible.childCount, MAX_CHILDREN)):
            try:
                children.append(node(accessible.getChildAtIndex(i), depth + 1))
            except Exception:  # gone while being read (the app deleted it): not on screen any more
                continue
    item["children"] = children
    return item


def application(pid: int, wait: float) -> object | None:
    """The application with process id ``pid`` on the registry, looking again until ``wait`` has passed
    (an application registers itself a moment after it starts)."""
    deadline = time.monotonic() + wait
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pid", type=int, nargs="?")
    parser.add_argument("--check", action="store_true", help="only ask the registry for its applications")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds for the whole reading")
    args = parser.parse_args()
    faulthandler.dump_traceback_later(args.timeout, exit=True)  # ends even a call stuck in D-Bus
    pyatspi.setTimeout(2000, 5000)  # each D-Bus call (milliseconds), and the first ones while the bus starts
    if args.check or args.pid is None:
        count = pyatspi.Registry.getDesktop(0).childCount  # -1: the registry did not answer
        print(f"the AT-SPI registry lists {count} applications")
        return 0 if count >= 0 else 5
    app = application(args.pid, wait=args.timeout / 2)
    if app is None:
        print(f"no application with process id {args.pid} on the AT-SPI registry", file=sys.stderr)
        return 3
    json.dump(node(app), sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
