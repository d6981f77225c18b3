"""Input units of the lexical analyses.

A :class:`SourceText` is one unit of text to analyse: a whole document, a speaker turn, or a coded
excerpt. ``offset`` is where ``text`` starts in its document, so every offset the lexical layer hands
back (segments, tokens, concordance hits) can be expressed in document code points.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceText:
    """One unit of text to analyse.

    ``key`` identifies the unit for the caller (a document id, ``"doc:turn"``...); ``variables`` are the
    Iramuteq starred variables (``{"annee": "2001"}`` gives the modality ``*annee_2001``); ``offset`` is
    the position of ``text[0]`` in its document, in Python code points.
    """

    key: str
    text: str
    variables: dict[str, str] = field(default_factory=dict)
    offset: int = 0

    def star_modalities(self) -> list[str]:
        """The Iramuteq modalities of this text, ``*var_mod``, in the order of ``variables``."""
        return [f"*{name}_{value}" for name, value in self.variables.items()]
