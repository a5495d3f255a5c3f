"""The translation check behind tests/ui/test_translation.py: finds text a
person would read that does not go through tr()/QCoreApplication.translate.

Three rules, each on the syntax tree of a ui/ module:

1. **Literal on a text sink.** A string literal with words (or a list/tuple of
   them, or a conditional between them) passed where Qt shows it: text setters,
   widget constructors, message boxes, `addRow` labels, QFileDialog/QInputDialog
   titles, labels and filters, table headers, exceptions shown to the user — and
   every helper in ui/ whose parameter ends up in one of those (found by following
   parameters into sinks, so `note_editor(...)`, `RowTable(...)`, `FormDialog(...)`,
   `add_line(...)` and any new helper are covered without listing them).
2. **Glued sentence.** An f-string, a `+` or `%` concatenation or a `"...".format()`
   whose literal part has prose (a word and a space) anywhere in ui/, wherever it
   goes: a sentence is one translatable template with placeholders, never pieces.
3. **Markup with words.** HTML built in Python whose text between the tags has words.

Not flagged: logging calls, style sheets, object names, strings inside a
translate/tr call, and a line that ends with `# i18n: not shown` (for text that
never reaches a person: file-name patterns, keys, debug output).
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "opd_desktop" / "ui"

# Qt methods and constructors that show their argument(s) to a person: name → positions.
SINKS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setToolTip": (0,),
    "setTitle": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setHtml": (0,),
    "setMarkdown": (0,),
    "setPlainText": (0,),
    "setFormat": (0,),
    "showMessage": (0,),
    "addMenu": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addButton": (0,),
    "addRow": (0,),
    "addAction": (0,),
    "drawText": (1, 2),
    "setHorizontalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QCommandLinkButton": (0, 1),
    "QToolButton": (0,),
    "QProgressDialog": (0, 1),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (0, 1),
    "QStandardItem": (0,),
    "QMessageBox": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    # QFileDialog: caption and filter; QInputDialog: title and label.
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getInt": (1, 2),
    "getDouble": (1, 2),
    "getItem": (1, 2),
    "getMultiLineText": (1, 2),
    # Callbacks and signals that carry a message to a label or the status bar.
    "on_error": (0,),
    "show_error": (0,),
    "notify": (0, 1),
    "announce": (0,),
    "emit": (0,),
}
SINK_KEYWORDS = {"caption", "filter", "title", "label", "text", "placeholder", "tooltip", "message"}
# Calls whose string arguments never reach a person.
NOT_SHOWN_CALLS = {
    "debug",
    "info",
    "exception",
    "setObjectName",
    "setStyleSheet",
    "setProperty",
    "getLogger",
    "setDisplayFormat",
    "strftime",
    "isoformat",
    "horizontalAdvance",
    "boundingRect",
    "QKeySequence",
    "value",
    "setValue",
    "contains",
    "startswith",
    "endswith",
    "split",
    "replace",
}
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
TRANSLATING = {"translate", "tr", "english_plural", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
IGNORE_MARK = "# i18n: not shown"
BUILTIN_ERRORS = {
    name for name in dir(builtins) if name.endswith("Error")
}  # internal, never shown as they are


def _strip_markup(text: str) -> str:
    """The words of `text` without tags, entities and {placeholders}."""
    return re.sub(r"<[^>]*>|&#?\w+;|\{[^{}]*\}", "", text)


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in _strip_markup(text))


def _is_prose(text: str) -> bool:
    """A word next to a space, outside markup: something a person reads as language."""
    return bool(re.search(r"[^\W\d_]{2,}\s|\s[^\W\d_]{2,}", _strip_markup(text)))


_SUPER_BASES: dict[int, str] = {}  # id of a super().__init__(...) call → the base class it reaches


def _call_name(node: ast.Call) -> str:
    func = node.func
    if id(node) in _SUPER_BASES:
        return _SUPER_BASES[id(node)]
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(node: ast.AST) -> bool:
    """A literal a person would read: letters outside markup (an f-string with words is glued text)."""
    if isinstance(node, ast.JoinedStr):  # f"Notes on {title}" (not f"conversation:{id}", a link)
        return _is_prose("".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_letters(node.value)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(_is_words(e) for e in node.elts)
    if isinstance(node, ast.BoolOp):  # label or "Next step…"
        return any(_is_words(v) for v in node.values)
    if isinstance(node, ast.IfExp):  # "Restore" if archived else "Archive"
        return _is_words(node.body) or _is_words(node.orelse)
    if isinstance(node, ast.BinOp):  # "Notes on " + title
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.Call) and _call_name(node) == "format" and isinstance(node.func, ast.Attribute):
        return _is_words(node.func.value)  # "Notes on {title}".format(...) without translate
    if isinstance(node, ast.Call) and _call_name(node) == "join" and node.args:
        return _is_words(node.args[0])
    if isinstance(node, ast.ListComp | ast.GeneratorExp):
        return _is_words(node.elt)
    return False


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


def _functions(tree: ast.AST) -> Iterable[tuple[str, ast.FunctionDef, list[str]]]:
    """(name callers use, definition, parameters as callers pass them) for every function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    params = [a.arg for a in item.args.args][1:] + [a.arg for a in item.args.kwonlyargs]
                    name = node.name if item.name == "__init__" else item.name
                    yield name, item, params
        elif isinstance(node, ast.FunctionDef):
            params = [a.arg for a in node.args.args] + [a.arg for a in node.args.kwonlyargs]
            if params[:1] not in (["self"], ["cls"]):
                yield node.name, node, params


def _sink_positions(call: ast.Call, sinks: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
    name = _call_name(call)
    if name in ("warning", "critical", "information", "question", "about") and not (
        isinstance(call.func, ast.Attribute) and "QMessageBox" in ast.unparse(call.func.value)
    ):
        return ()
    if name == "emit" and not (
        isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Attribute)
    ):
        return ()
    return sinks.get(name, ())


def _shown_arguments(call: ast.Call, sinks: dict[str, tuple[int, ...]], keywords: dict[str, set[str]]):
    name = _call_name(call)
    for position in _sink_positions(call, sinks):
        if position < len(call.args):
            yield call.args[position]
    for keyword in call.keywords:
        named = keyword.arg in keywords.get(name, set()) or keyword.arg in SINK_KEYWORDS
        if keyword.arg and named and (name in sinks or name in keywords):
            yield keyword.value


@cache
def text_helpers(folder: Path = UI) -> tuple[dict[str, tuple[int, ...]], dict[str, set[str]]]:
    """Every ui/ function, method and class whose parameter reaches a sink, with
    the parameter's position and name (followed until nothing new is found)."""
    sinks = dict(SINKS)
    keywords: dict[str, set[str]] = {}
    definitions = [
        (name, definition, params, _positional_count(definition, params))
        for path in sorted(folder.glob("*.py"))
        for name, definition, params in _functions(ast.parse(path.read_text("utf-8")))
    ]
    changed = True
    while changed:
        changed = False
        for name, definition, params, positional in definitions:
            shown = [
                argument
                for call in ast.walk(definition)
                if isinstance(call, ast.Call) and _call_name(call) not in TRANSLATING
                for argument in _shown_arguments(call, sinks, keywords)
            ] + [
                ret.value
                for ret in ast.walk(definition)
                if isinstance(ret, ast.Return) and _builds_markup(ret.value)
            ]
            for argument in shown:
                if True:
                    used = {
                        n.id
                        for n in ast.walk(argument)
                        if isinstance(n, ast.Name) and n.id in params and not _inside_translate(n, argument)
                    }
                    for param in used:
                        position = params.index(param)
                        if position < positional and position not in sinks.get(name, ()):
                            sinks[name] = (*sinks.get(name, ()), position)
                            changed = True
                        if param not in keywords.setdefault(name, set()):
                            keywords[name].add(param)
                            changed = True
    return sinks, keywords


def _positional_count(definition: ast.FunctionDef, params: list[str]) -> int:
    return len(params) - len(definition.args.kwonlyargs)


def _builds_markup(node: ast.AST | None) -> bool:
    """A returned f-string or concatenation with tags: an HTML builder whose inputs are shown."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and "<" in str(v.value) for v in node.values)
    if isinstance(node, ast.BinOp):
        return (
            _builds_markup(node.left)
            or _builds_markup(node.right)
            or (isinstance(node.left, ast.Constant) and "<" in str(node.left.value))
        )
    return False


def _inside_translate(target: ast.AST, root: ast.AST) -> bool:
    for call in (n for n in ast.walk(root) if isinstance(n, ast.Call) and _call_name(n) in TRANSLATING):
        if any(n is target for n in ast.walk(call)):
            return True
    return False


def _not_shown_context(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside a logging call, a style sheet, a translate call, an assert or an internal exception."""
    current = parents.get(node)
    while current is not None:
        if isinstance(current, ast.Call):
            name = _call_name(current)
            if name in NOT_SHOWN_CALLS or name in TRANSLATING:
                return True
            func = current.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in LOGGERS
            ):
                return True
            if name in BUILTIN_ERRORS:  # internal: a person sees the apology, never this text
                return True
        if isinstance(current, ast.Assert):
            return True
        if isinstance(current, ast.FunctionDef | ast.ClassDef | ast.Module):
            return False
        current = parents.get(current)
    return False


def _glued(node: ast.AST) -> bool:
    """An f-string, concatenation or .format on a literal whose literal part is prose."""
    if isinstance(node, ast.JoinedStr):
        literal = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        return _is_prose(literal) and len(node.values) > 1
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return any(
            isinstance(side, ast.Constant) and isinstance(side.value, str) and _is_prose(side.value)
            for side in (node.left, node.right)
        )
    if isinstance(node, ast.Call) and _call_name(node) == "format" and isinstance(node.func, ast.Attribute):
        value = node.func.value
        return isinstance(value, ast.Constant) and isinstance(value.value, str) and _is_prose(value.value)
    return False


def _markup_with_words(node: ast.AST) -> bool:
    """'<p>Some words</p>': HTML whose text has words."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value
    return bool(re.search(r"</?[a-zA-Z][^>]*>", text)) and _is_prose(text)


def untranslated(path: Path) -> list[str]:
    """Lines of `path` that show text to a person without translating it."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parents = _parents(tree)
    _SUPER_BASES.clear()
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.bases):
        base = cls.bases[0]
        base_name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            is_super = isinstance(func, ast.Attribute) and func.attr == "__init__"
            if (
                is_super
                and isinstance(func.value, ast.Call)
                and getattr(func.value.func, "id", "") == "super"
            ):
                _SUPER_BASES[id(call)] = base_name
    sinks, keywords = text_helpers(path.parent) if path.parent == UI else _local_helpers(tree)
    found: dict[int, str] = {}

    def flag(node: ast.AST, why: str) -> None:
        line = node.lineno
        if IGNORE_MARK in lines[line - 1] or IGNORE_MARK in lines[getattr(node, "end_lineno", line) - 1]:
            return
        found.setdefault(line, f"{path.name}:{line}: {why}: {ast.unparse(node)[:90]}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) not in TRANSLATING:
            for argument in _shown_arguments(node, sinks, keywords):
                if _is_words(argument) and not _not_shown_context(node, parents):
                    flag(node, "shown untranslated")
            name = _call_name(node)
            if (
                name.endswith("Error")
                and name not in BUILTIN_ERRORS
                and node.args
                and _is_words(node.args[0])
                and not _not_shown_context(node, parents)
            ):
                flag(node, "shown untranslated")
        if isinstance(node, ast.FunctionDef | ast.Module):
            for value in _assigned_then_shown(node, sinks, keywords):
                flag(value, "shown untranslated (through a variable)")
        if isinstance(node, ast.For):
            for line in _literal_loop(node, sinks, keywords):
                flag(line, "shown untranslated (loop over literals)")
        glued = _glued(node) and not isinstance(parents.get(node), ast.JoinedStr)
        if glued and not _not_shown_context(node, parents):
            flag(node, "glued sentence")
        if _markup_with_words(node) and not _not_shown_context(node, parents):
            flag(node, "markup with words")
    return [found[line] for line in sorted(found)]


def _assigned_then_shown(function: ast.FunctionDef | ast.Module, sinks, keywords) -> list[ast.AST]:
    """`headers = ("Action", "Owner")` … `RowTable(headers)`: literal words reaching a sink through a
    local name (in a function) or a module constant (used anywhere in the module)."""
    assigned: dict[str, list[ast.AST]] = {}
    scope = function.body if isinstance(function, ast.Module) else [function]
    for node in (
        n for statement in scope for n in (ast.walk(statement) if statement is function else [statement])
    ):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            assigned.setdefault(node.target.id, []).append(node.value)
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(target.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name):
                            assigned.setdefault(name.id, []).append(value)
    found = []
    for call in (
        n for n in ast.walk(function) if isinstance(n, ast.Call) and _call_name(n) not in TRANSLATING
    ):
        for argument in _shown_arguments(call, sinks, keywords):
            if isinstance(argument, ast.Name):
                found += [value for value in assigned.get(argument.id, []) if _is_words(value)]
    return found


def _literal_loop(loop: ast.For, sinks, keywords) -> list[ast.AST]:
    """`for label, editor in (("Words", a), ...)`: literal words that reach a sink through the loop variable."""
    items = loop.iter
    if isinstance(items, ast.Call) and _call_name(items) == "items" and isinstance(items.func, ast.Attribute):
        items = items.func.value
        if isinstance(items, ast.Dict):
            items = ast.Tuple(
                elts=[ast.Tuple(elts=[k, v]) for k, v in zip(items.keys, items.values, strict=True)]
            )
    if not isinstance(items, ast.List | ast.Tuple):
        return []
    names = [loop.target] if isinstance(loop.target, ast.Name) else getattr(loop.target, "elts", [])
    shown: set[str] = set()
    for call in (n for statement in loop.body for n in ast.walk(statement) if isinstance(n, ast.Call)):
        for argument in _shown_arguments(call, sinks, keywords):
            shown |= {n.id for n in ast.walk(argument) if isinstance(n, ast.Name)}
    found = []
    for element in items.elts:
        values = [element] if isinstance(loop.target, ast.Name) else getattr(element, "elts", [])
        for name, value in zip(names, values, strict=False):
            if (
                isinstance(name, ast.Name)
                and name.id in shown
                and _is_words(value)
                and hasattr(value, "lineno")
            ):
                found.append(value)
    return found


def _local_helpers(tree: ast.AST) -> tuple[dict[str, tuple[int, ...]], dict[str, set[str]]]:
    """For a file outside ui/ (the check's own tests): the ui/ helpers plus its own."""
    sinks, keywords = text_helpers(UI)
    return sinks, keywords
