"""Speaker colours that stay the same from one launch of the app to the next.

A colour used to be handed out in the order speakers were first seen in the session, so the same
person changed colour depending on which document was opened first. Now it derives from a stable
key: the speaker's case id (consecutive ids, as the speakers of one interview get, take distinct
colours), else a checksum of the name.
"""

from __future__ import annotations

import zlib

SPEAKER_COLORS = ("#1F5F9E", "#A4471C", "#2E7D32", "#7B3FA0", "#00777A", "#8C6D00", "#B0306A", "#4E5B6E")


def speaker_color_name(speaker: str, case_id: int | None = None) -> str:
    """The ``#RRGGBB`` colour of a speaker, the same in every session."""
    if case_id is not None:
        key = case_id - 1
    else:
        key = zlib.crc32(" ".join(speaker.split()).casefold().encode("utf-8"))
    return SPEAKER_COLORS[key % len(SPEAKER_COLORS)]
