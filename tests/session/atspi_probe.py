#!/usr/bin/python3
"""The AT-SPI probe: what a screen reader sees of one application, as JSON.

Run with Debian's own Python (``/usr/bin/python3``: it has ``pyatspi`` and ``gi``), in
the test's desktop environment (DISPLAY and DBUS_SESSION_BUS_ADDRESS of the session; the
accessibility bus is found through ``org.a11y.Bus`` on that session bus).

    atspi_probe.py dump   --pid PID [--depth N]
    atspi_probe.py find   --pid PID [--name NAME] [--role ROLE] [--contains TEXT]
                          [--window WINDOW]
    atspi_probe.py press  --pid PID --name NAME [--role ROLE]
    atspi_probe.py set-text --pid PID --name NAME --text TEXT [--role ROLE]
    atspi_probe.py insert-text --pid PID --name NAME --text TEXT [--role ROLE]
    atspi_probe.py focus  --pid PID --name NAME [--role ROLE]
    atspi_probe.py --stdin     (the same as one JSON object on stdin: {"command": "press",
                                "pid": PID, "name": NAME, ...}; the test harness uses this,
                                so no name or text shows in a command line)

``dump`` prints ``{"found": true, "app": {...}}``: every node with its role, name,
description, text (for nodes with the Text interface; a password field gives its length
only), states (showing, visible, enabled, sensitive, focused, focusable, active, checked,
selected, editable) and children. The lists of combo boxes are left out (a country list
has hundreds of items). The other commands find the first node whose accessible name is
NAME (preferring one that is showing) and do the action; they print
``{"found": bool, "done": bool}``. Exit status 0, or 3 when the application is not on the
accessibility bus (yet).
"""

import argparse
import json
import sys

import pyatspi

STATES = {
    "showing": pyatspi.STATE_SHOWING, "visible": pyatspi.STATE_VISIBLE,
    "enabled": pyatspi.STATE_ENABLED, "sensitive": pyatspi.STATE_SENSITIVE,
    "focused": pyatspi.STATE_FOCUSED, "focusable": pyatspi.STATE_FOCUSABLE,
    "active": pyatspi.STATE_ACTIVE, "checked": pyatspi.STATE_CHECKED,
    "selected": pyatspi.STATE_SELECTED, "editable": pyatspi.STATE_EDITABLE,
    "modal": pyatspi.STATE_MODAL,
}
SKIP_CHILDREN = {"combo box"}
MAX_DEPTH = 60
MAX_CHILDREN = 400


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def safe(call, default=None):
    try:
        return call()
    except Exception:
        return default


def node(acc, depth=0, max_depth=MAX_DEPTH):
    role = safe(acc.getRoleName, "?")
    states = safe(lambda: acc.getState().getStates(), []) or []
    out = {
        "role": role,
        "name": safe(lambda: acc.name, "") or "",
        "description": safe(lambda: acc.description, "") or "",
        "states": sorted(name for name, state in STATES.items() if state in states),
    }
    text = safe(acc.queryText)
    if text is not None:
        length = safe(lambda: text.characterCount, 0) or 0
        out["length"] = length
        if role != "password text":
            out["text"] = safe(lambda: text.getText(0, -1), "") or ""
    children = []
    if role not in SKIP_CHILDREN and depth < max_depth:
        count = min(safe(lambda: acc.childCount, 0) or 0, MAX_CHILDREN)
        for index in range(count):
            child = safe(lambda i=index: acc.getChildAtIndex(i))
            if child is not None:
                children.append(node(child, depth + 1, max_depth))
    out["children"] = children
    return out


def walk(acc, depth=0):
    yield acc
    if depth >= MAX_DEPTH or safe(acc.getRoleName) in SKIP_CHILDREN:
        return
    for index in range(min(safe(lambda: acc.childCount, 0) or 0, MAX_CHILDREN)):
        child = safe(lambda i=index: acc.getChildAtIndex(i))
        if child is not None:
            yield from walk(child, depth + 1)


def find(app, name, role=None, window=None):
    """The first node named ``name`` (and of ``role``; in the window named ``window`` when
    given), showing ones first."""
    matches = []
    tops = [app] if window is None else [
        top for top in (app.getChildAtIndex(i) for i in range(app.childCount))
        if top is not None and (safe(lambda t=top: t.name) or "") == window]
    for acc in (a for top in tops for a in walk(top)):
        if (safe(lambda a=acc: a.name) or "") != name:
            continue
        if role is not None and safe(acc.getRoleName) != role:
            continue
        matches.append(acc)
    for acc in matches:
        if pyatspi.STATE_SHOWING in (safe(lambda a=acc: a.getState().getStates(), []) or []):
            return acc
    return matches[0] if matches else None


TEXT_ROLES = {"text", "password text", "entry", "paragraph", "terminal", "document text"}


def find_nodes(app, name=None, role=None, contains=None, window=None):
    """Nodes matching all that is given, without their children (a light walk: only the
    role and name of each node are read, the rest only for the matches)."""
    found = []
    tops = [app.getChildAtIndex(i) for i in range(app.childCount)]
    for top in tops:
        if top is None or window is not None and (safe(lambda t=top: t.name) or "") != window:
            continue
        for acc in walk(top):
            acc_role = safe(acc.getRoleName, "?")
            if role is not None and acc_role != role:
                continue
            acc_name = safe(lambda a=acc: a.name, "") or ""
            if name is not None and acc_name != name:
                continue
            if contains is not None:
                text = ""
                if acc_role in TEXT_ROLES:
                    iface = safe(acc.queryText)
                    text = safe(lambda i=iface: i.getText(0, -1), "") if iface else ""
                if contains not in acc_name and contains not in (text or ""):
                    continue
            found.append(node(acc, 0, 0))
    return found


def press(acc):
    """Do the node's press (click, toggle…) action. A menu item's action runs inside the
    D-Bus call in Qt: when it opens a modal question the reply only comes after that
    question is answered, so a reply that does not come counts as done (never try twice:
    that would do it twice)."""
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next((names.index(w) for w in ("Press", "press", "click", "Click", "activate",
                                           "Toggle", "toggle") if w in names), 0)
    if not names:
        return False
    try:
        return bool(action.doAction(index))
    except Exception as err:  # GLib.GError: the reply did not come in time
        if "reply" in str(err).lower():
            return True
        raise


def main():
    if sys.argv[1:] == ["--stdin"]:
        request = json.load(sys.stdin)
        args = argparse.Namespace(command=request["command"], pid=int(request["pid"]),
                                  name=request.get("name"), role=request.get("role"),
                                  text=request.get("text") or "",
                                  depth=int(request.get("depth") or MAX_DEPTH),
                                  contains=request.get("contains"),
                                  window=request.get("window"))
    else:
        parser = argparse.ArgumentParser()
        parser.add_argument("command",
                            choices=["dump", "find", "press", "set-text", "insert-text",
                                     "focus"])
        parser.add_argument("--pid", type=int, required=True)
        parser.add_argument("--name")
        parser.add_argument("--role")
        parser.add_argument("--text", default="")
        parser.add_argument("--depth", type=int, default=MAX_DEPTH,
                            help="dump: how deep (1: the app's windows only)")
        parser.add_argument("--contains", help="find: a part of the name or text")
        parser.add_argument("--window", help="only in the window of this name")
        args = parser.parse_args()
    app = find_app(args.pid)
    if app is None:
        print(json.dumps({"found": False, "app": None}))
        return 3
    if args.command == "dump":
        print(json.dumps({"found": True, "app": node(app, 0, args.depth)}, ensure_ascii=False))
        return 0
    if args.command == "find":
        nodes = find_nodes(app, args.name, args.role, args.contains, args.window)
        print(json.dumps({"found": True, "nodes": nodes}, ensure_ascii=False))
        return 0
    acc = find(app, args.name, args.role, args.window)
    if acc is None:
        print(json.dumps({"found": False, "done": False}))
        return 0
    if args.command == "press":
        done = press(acc)
    elif args.command == "set-text":
        done = bool(acc.queryEditableText().setTextContents(args.text))
    elif args.command == "insert-text":
        length = acc.queryText().characterCount
        done = bool(acc.queryEditableText().insertText(length, args.text, len(args.text)))
    else:
        done = bool(acc.queryComponent().grabFocus())
    print(json.dumps({"found": True, "done": done}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
