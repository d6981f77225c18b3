"""Stable GUIDs for the entities of a project.

Codes keep the GUID they came with (``codes.guid``). Other entities that came from a REFI-QDA
import keep theirs through the ``refi.guids`` project setting (``{"document:3": guid}``); every
other entity gets a name-based UUID (uuid5) of the project's identity and its kind and id, so two
exports of the same project give the same GUIDs and a re-import recognises them.
"""

from __future__ import annotations

import json
import re
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from corpus.store.models import SettingRow

SETTING = "refi.guids"
PROJECT_SETTING = "refi.project_guid"
_ROOT = uuid.uuid5(uuid.NAMESPACE_URL, "https://verbatim.invalid/refi")  # fixed namespace of Verbatim


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(SettingRow.value).where(SettingRow.key == key))


class GuidMap:
    """GUIDs of one project's entities, stable across exports."""

    def __init__(self, session: Session):
        self._known: dict[str, str] = json.loads(_setting(session, SETTING) or "{}")
        stored = _setting(session, PROJECT_SETTING)
        created = _setting(session, "created") or ""
        self.project = stored or str(uuid.uuid5(_ROOT, f"project:{created}"))
        self._ns = uuid.UUID(self.project)

    def get(self, kind: str, key: object) -> str:
        """The GUID of entity ``kind`` number ``key`` (any hashable key made a string)."""
        name = f"{kind}:{key}"
        return self._known.get(name) or str(uuid.uuid5(self._ns, name))


def remember(session: Session, guids: dict[str, str]) -> None:
    """Add ``{"kind:id": guid}`` pairs (from an import) to the project's stored GUIDs."""
    known: dict[str, str] = json.loads(_setting(session, SETTING) or "{}")
    known.update(guids)
    session.merge(SettingRow(key=SETTING, value=json.dumps(known, sort_keys=True)))


_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def normal_guid(value: str | None) -> str | None:
    """A GUID without braces, lower case (tools write ``{ABC...}`` or upper case), or ``None``.

    A value that is not a GUID (some tools write other identifiers) becomes a name-based UUID of it: the
    same value always gives the same GUID, so references still meet their target, and a re-export
    validates against the schema."""
    if not value:
        return None
    clean = value.strip().strip("{}").lower()
    return clean if _GUID.match(clean) else str(uuid.uuid5(_ROOT, f"foreign:{value.strip()}"))
