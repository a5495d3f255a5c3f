"""Walk OPD Desktop's accessibility tree over AT-SPI, as Orca sees it, and
print every control with its role and name. Run by scripts/atspi_check.sh
(which starts Xvfb, a D-Bus session, the AT-SPI bus and the app); it needs the
system Python with pyatspi (Debian: python3-pyatspi), not the app's venv.

Exit status: 0 when the app is found and every interactive control it exposes
has a name; 1 otherwise (the unnamed ones are listed)."""

from __future__ import annotations

import sys
import time

import pyatspi

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "menu item",
    "page tab",
    "list",
    "table",
    "tree",
    "tree table",
    "slider",
    "link",
}
APP_NAMES = ("opd-desktop", "OPD Desktop", "python3", "python")


def find_app(timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name in APP_NAMES and app.childCount:
                return app
        time.sleep(0.5)
    return None


def walk(node, depth: int = 0, out: list | None = None, limit: int = 4000):
    out = [] if out is None else out
    if node is None or len(out) >= limit:
        return out
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
    except Exception:  # a node that went away while walking
        return out
    out.append((depth, role, name, showing, node.description or ""))
    for index in range(node.childCount):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        walk(child, depth + 1, out, limit)
    return out


def press(app, role: str, name: str) -> bool:
    """Activate a control through AT-SPI's action interface, as Orca does on Enter."""
    found = pyatspi.findDescendant(app, lambda n: n.getRoleName() == role and n.name == name)
    if found is None:
        return False
    action = found.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("Press", "press", "click", "SetFocus"):
            action.doAction(index)
            return True
    return False


def main() -> int:
    app = find_app()
    if app is None:
        print("OPD Desktop did not appear on the AT-SPI bus", file=sys.stderr)
        return 1
    unnamed = report(app, "The team overview")
    if len(sys.argv) > 1:  # a report's name: open it through AT-SPI and walk its page too
        if not press(app, "push button", sys.argv[1]):
            print(f"no button {sys.argv[1]!r} to press over AT-SPI", file=sys.stderr)
            return 1
        time.sleep(3)
        unnamed += report(app, f"After pressing {sys.argv[1]!r} over AT-SPI")
    return 1 if unnamed else 0


def report(app, title: str) -> int:
    print(f"== {title}")
    nodes = walk(app)
    shown = [n for n in nodes if n[3]]
    for depth, role, name, _showing, description in shown:
        extra = f"  — {description}" if description else ""
        print(f"{'  ' * min(depth, 12)}{role}: {name!r}{extra}")
    interactive = [n for n in shown if n[1] in INTERACTIVE]
    unnamed = [n for n in interactive if not n[2].strip()]
    print(
        f"\n{len(nodes)} accessible objects, {len(shown)} showing, "
        f"{len(interactive)} interactive showing, {len(unnamed)} of them without a name"
    )
    for _depth, role, _name, _showing, _description in unnamed:
        print(f"  unnamed {role}")
    print()
    return len(unnamed)


if __name__ == "__main__":
    sys.exit(main())
