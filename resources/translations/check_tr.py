"""Find user-visible string literals handed to Qt widgets without ``tr()`` / ``translate()``.

Scans ``app/`` (not ``app/cli`` nor ``app/analysis``: no UI there) with :mod:`ast`: string literals, f-strings,
``"..." + x``, ``"...".format(...)`` and ``"..." % x`` given to widget constructors (``QLabel("...")``), setters
(``setText``, ``setToolTip``...), menus and tabs (``addMenu``, ``addTab``), header labels, combo items and
``QMessageBox`` / ``QInputDialog`` / ``QFileDialog`` helpers. Strings without letters, and those of ``ALLOWED``
(proper names, format names, file-filter patterns), are not reported.

    python resources/translations/check_tr.py          # prints the findings, exit status 1 if any
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
EXCLUDED = ("cli", "analysis")  # app/cli and app/analysis: no user interface

# Genuinely non-translatable strings: proper names, file formats, pure file-filter patterns.
ALLOWED = {
    "Verbatim", "CSV", "XLSX", "Excel", "Word", "PNG", "SVG", "REFI-QDA", "Iramuteq", "Zipf", "Reinert",
    "Cohen", "Krippendorff", "OK",
    "Français", "English",  # a language is offered under its own name
}
_FILTER_ONLY = re.compile(r"^[\s;()*.\w-]*\(\*\.[\w*]+(?:\s+\*\.[\w*]+)*\)[\s;()*.\w-]*$")

# Widget classes whose positional string arguments are shown (QLabel("..."), QAction("...", parent)...).
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QCommandLinkButton", "QDockWidget", "QWidgetAction", "QProgressDialog", "QTreeWidgetItem",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QMessageBox", "QErrorMessage",
}
# Setters and adders whose string arguments are shown (any position unless listed in ARG_POSITIONS).
SETTERS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setTitle", "setLabelText", "setCancelButtonText", "setOkButtonText", "setInformativeText",
    "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "setTabText", "setTabToolTip",
    "setItemText", "setHeaderLabel", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setIconText", "showMessage", "addMenu", "addTab", "insertTab", "addItem",
    "addItems", "insertItem", "insertItems", "addRow", "insertRow", "addButton", "addAction",
    "addSection", "insertSection", "setDefaultSuffix",
}
# Static helpers: which positional arguments are shown.
STATIC = {
    ("QMessageBox", "warning"): (1, 2), ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "critical"): (1, 2), ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2), ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2), ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getDouble"): (1, 2), ("QInputDialog", "getMultiLineText"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3), ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3), ("QFileDialog", "getExistingDirectory"): (1,),
    ("QColorDialog", "getColor"): (2,), ("QToolTip", "showText"): (1,),
}
# For these adders only some positions are text (addItem(text, userData), addAction(icon, text)...).
ARG_POSITIONS = {
    "addItem": (0,), "insertItem": (1,), "addTab": (1, 2), "insertTab": (2, 3), "addRow": (0,),
    "insertRow": (1,), "addButton": (0,), "setTabText": (1,), "setTabToolTip": (1,), "setItemText": (1,),
    "showMessage": (0,),
}
# Keyword arguments that are shown.
KEYWORDS = {"text", "toolTip", "title", "windowTitle", "placeholderText", "statusTip", "caption", "label"}
TRANSLATORS = {"tr", "translate", "qsTr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str
    literal: bool = True  # an untranslated literal; else ``text`` says what is wrong with a tr() call

    def __str__(self) -> str:
        where = f"{self.path.relative_to(ROOT)}:{self.line}"
        return f"{where}: {self.call}({self.text!r}) is not translated" if self.literal else f"{where}: {self.text}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literals(node: ast.AST | None) -> Iterator[str]:
    """The untranslated literal text that ``node`` puts on screen (nothing for names, calls of tr...)."""
    if node is None:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        yield text
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        yield from _literals(node.left)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literals(value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in TRANSLATORS:
            return
        if node.func.attr in {"format", "replace", "strip", "upper", "lower", "capitalize", "title"}:
            yield from _literals(node.func.value)  # "Text {0}".format(x): the receiver is the shown text


def visible(text: str) -> bool:
    """Text a user reads: has letters, is not allow-listed nor a bare file-filter pattern."""
    stripped = text.strip()
    if not re.search(r"[^\W\d_]", re.sub(r"<[^>]*>|&\w+;", "", stripped.replace("{}", ""))):  # markup only
        return False
    if stripped in ALLOWED or stripped.rstrip("…:.") in ALLOWED:
        return False
    return not _FILTER_ONLY.match(stripped)


def _shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    func, name = call.func, _name(call.func)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (func.value.id, name) in STATIC:
        for i in STATIC[(func.value.id, name)]:
            if i < len(call.args):
                yield call.args[i]
        return
    if name in WIDGETS or name in SETTERS:
        positions = ARG_POSITIONS.get(name)
        for i, arg in enumerate(call.args):
            if positions is None or i in positions:
                yield arg
    for keyword in call.keywords:
        if keyword.arg in KEYWORDS and (name in WIDGETS or name in SETTERS):
            yield keyword.value


def _source_text(call: ast.Call) -> str:
    """The source string of a tr() / translate() call ("" when not a literal)."""
    index = 1 if _name(call.func) == "translate" else 0
    arg = call.args[index] if len(call.args) > index else None
    return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""


def _translation_problems(call: ast.Call, in_class: bool) -> Iterator[str]:
    """What is wrong with a tr() / translate() call: a context lupdate and Qt see differently, a plural
    written by hand, a source that is not a literal."""
    func, name = call.func, _name(call.func)
    if name == "tr":
        receiver = func.value if isinstance(func, ast.Attribute) else None
        if not (isinstance(receiver, ast.Name) and receiver.id == "self"):
            who = ast.unparse(receiver) + ".tr" if receiver is not None else "tr"
            yield f"{who}() files the string under another context than Qt looks up: use self.tr or translate"
        elif not in_class:
            yield "self.tr() outside a class: lupdate cannot name its context, use translate()"
        numerus = len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords)
        if any(k.arg == "n" for k in call.keywords):
            yield "pyside6-lupdate skips n=...: pass the count as the 3rd positional argument"
    elif name == "translate":
        if not (call.args and isinstance(call.args[0], ast.Constant) and call.args[0].value):
            yield "translate() needs a literal context"
        numerus = len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords)
        if numerus and not (len(call.args) >= 4 and isinstance(call.args[3], ast.Constant)):
            yield "pyside6-lupdate reads the n of translate() only when it is a number: use self.tr(text, '', n)"
    else:
        return
    text = _source_text(call)
    if not text:
        yield "the source of a translation must be a string literal (lupdate cannot read it)"
    elif "(s)" in text and not ("%n" in text and numerus):
        yield f"{text!r}: a count with \"(s)\" needs %n and the n argument of tr() (plural forms)"


def check_file(path: Path) -> list[Finding]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    findings = []
    in_class: set[int] = set()  # ids of the calls inside a class body
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        in_class.update(id(n) for n in ast.walk(cls))
    in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for arg in _shown_arguments(node):
            for text in _literals(arg):
                if visible(text):
                    findings.append(Finding(path, arg.lineno, _name(node.func), text))
        if _name(node.func) in {"tr", "translate"}:
            if id(node) in in_fstring:
                findings.append(Finding(path, node.lineno, _name(node.func), "pyside6-lupdate does not read "
                                        "translations inside an f-string: translate first, then format", literal=False))
            for problem in _translation_problems(node, id(node) in in_class):
                findings.append(Finding(path, node.lineno, _name(node.func), problem, literal=False))
    return findings


def sources(root: Path = APP) -> list[Path]:
    return sorted(p for p in root.rglob("*.py")
                  if not set(p.relative_to(root).parts[:-1]) & set(EXCLUDED) and ".venv" not in p.parts)


def check(root: Path = APP) -> list[Finding]:
    return [finding for path in sources(root) for finding in check_file(path)]


def main() -> int:
    findings = check()
    for finding in findings:
        print(finding)
    print(f"{len(findings)} untranslated string(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
