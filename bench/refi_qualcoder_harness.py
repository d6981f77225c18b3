"""Run QualCoder's own REFI-QDA project import, headless, and dump what it stored as JSON.

Usage (by ``bench/refi_peers_bench.py``, under a Python that has PyQt6)::

    python refi_qualcoder_harness.py QUALCODER_SRC FILE.qdpx OUT.json

``QUALCODER_SRC`` is the ``src`` folder of a QualCoder checkout (its ``qualcoder`` package is imported
from there, never copied into Verbatim). Only stdlib and PyQt6 are needed: QualCoder's ``helpers``
module (PDF, images, media players) is replaced by a stub giving the one class ``refi`` uses from it,
``Message`` (a message box, here a no-op), and its file dialog returns the file given. The project
database gets the tables QualCoder's ``__main__`` creates for a new project.
"""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
import sys
import tempfile
import types
from pathlib import Path

SCHEMA = [
    "CREATE TABLE project (databaseversion text, date text, memo text,about text, bookmarkfile integer, "
    "bookmarkpos integer, codername text, recently_used_codes text, avbookmarkfile integer, avbookmarkmsec integer, "
    "avbookmarktextpos integer)",
    "CREATE TABLE source (id integer primary key, name text, fulltext text, mediapath text, memo text, "
    "owner text, date text, av_text_id integer, risid integer, unique(name))",
    "CREATE TABLE code_image (imid integer primary key,id integer,x1 integer, y1 integer, width integer, "
    "height integer, cid integer, memo text, date text, owner text, important integer, pdf_page integer)",
    "CREATE TABLE code_av (avid integer primary key,id integer,pos0 integer, pos1 integer, cid integer, "
    "memo text, date text, owner text, important integer)",
    "CREATE TABLE annotation (anid integer primary key, fid integer,pos0 integer, pos1 integer, memo text, "
    "owner text, date text, unique(fid,pos0,pos1,owner))",
    "CREATE TABLE attribute_type (name text primary key, date text, owner text, memo text, caseOrFile text, "
    "valuetype text)",
    "CREATE TABLE attribute (attrid integer primary key, name text, attr_type text, value text, id integer, "
    "date text, owner text, unique(name,attr_type,id))",
    "CREATE TABLE case_text (id integer primary key, caseid integer, fid integer, pos0 integer, pos1 integer, "
    "owner text, date text, memo text)",
    "CREATE TABLE cases (caseid integer primary key, name text, memo text, owner text,date text, "
    "constraint ucm unique(name))",
    "CREATE TABLE code_cat (catid integer primary key, name text, owner text, date text, memo text, "
    "supercatid integer, unique(name))",
    "CREATE TABLE code_text (ctid integer primary key, cid integer, fid integer,seltext text, pos0 integer, "
    "pos1 integer, owner text, date text, memo text, avid integer, important integer, "
    "unique(cid,fid,pos0,pos1, owner))",
    "CREATE TABLE code_name (cid integer primary key, name text, memo text, catid integer, owner text,"
    "date text, color text, supercid integer, unique(name))",
    "CREATE TABLE journal (jid integer primary key, name text, jentry text, date text, owner text, unique(name))",
]


class _TextEdit:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def append(self, text: str) -> None:
        self.lines.append(str(text))


class _App:
    def __init__(self, conn: sqlite3.Connection, folder: str) -> None:
        self.conn = conn
        self.project_path = folder
        self.settings = {"directory": folder, "codername": "default", "ai_enable": "False"}
        self.ai_models: list = []

    def write_config_ini(self, *_args: object) -> None:
        """QualCoder saves its settings here; nothing to save in a harness."""


def _install_stubs() -> None:
    builtins._ = lambda text: text  # QualCoder installs gettext's _ at start-up
    helpers = types.ModuleType("qualcoder.helpers")

    class Message:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            pass

        def exec(self) -> int:
            return 0

    helpers.Message = Message
    sys.modules["qualcoder.helpers"] = helpers


def _dump(conn: sqlite3.Connection, log: list[str]) -> dict:
    def rows(sql: str) -> list[dict]:
        cur = conn.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    return {
        "sources": rows("select id, name, memo, length(fulltext) as size from source"),
        "categories": rows("select catid, name, memo, supercatid from code_cat"),
        "codes": rows("select cid, name, memo, catid, supercid, color from code_name"),
        "codings": rows("select cid, fid, seltext, pos0, pos1, owner, memo from code_text"),
        "annotations": rows("select fid, pos0, pos1, memo from annotation"),
        "journals": rows("select name, jentry, owner from journal"),
        "cases": rows("select caseid, name, memo from cases"),
        "case_text": rows("select caseid, fid, pos0, pos1 from case_text"),
        "attributes": rows("select name, attr_type, value, id from attribute"),
        "log": log,
    }


def main(src: str, qdpx: str, out: str) -> int:
    """Import ``qdpx`` with QualCoder's RefiImport into a fresh database; write the JSON dump to ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, src)
    _install_stubs()
    from PyQt6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    work = tempfile.mkdtemp(prefix="qualcoder-harness-")
    for folder in ("documents", "images", "audio", "video"):  # the folders of a QualCoder project
        (Path(work) / folder).mkdir()
    copy = Path(work) / Path(qdpx).name
    copy.write_bytes(Path(qdpx).read_bytes())
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(copy), "qdpx"))
    from qualcoder import refi

    conn = sqlite3.connect(Path(work) / "data.qda")
    for statement in SCHEMA:
        conn.execute(statement)
    conn.commit()
    log = _TextEdit()
    refi.RefiImport(_App(conn, work), log, "qdpx")
    Path(out).write_text(json.dumps(_dump(conn, log.lines), ensure_ascii=False, indent=1), encoding="utf-8")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
