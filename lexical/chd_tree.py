"""The split tree of Reinert's CHD and IRaMuTeQ's terminal-class rule (LEXICAL.md §5, steps 5-6)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["SplitInfo", "CHDTree", "find_terminal", "number_classes"]


@dataclass
class SplitInfo:
    """What happened at one split (1-based ``index``): leaf ``parent`` became ``children``."""

    index: int
    parent: int
    children: tuple[int, int]
    sizes: tuple[int, int]
    n_rows: int
    n_cols: int
    sigma: float
    cut_chi2: float
    chi2: float
    passes: int
    eliminated: tuple[int, int]
    emptied: int = 0


@dataclass
class CHDTree:
    """The phase-1 tree: labels after each split (``history[:, s]`` is IRaMuTeQ's n1 column s),
    the parent of each label, its children, and per-split information."""

    history: np.ndarray
    parent: dict[int, int] = field(default_factory=dict)
    children: dict[int, tuple[int, int]] = field(default_factory=dict)
    splits: list[SplitInfo] = field(default_factory=list)

    @property
    def leaves(self) -> np.ndarray:
        """Labels after the last split (0 = unclassified)."""
        return self.history[:, -1] if self.history.shape[1] else np.zeros(0, dtype=int)

    def descendants(self, label: int) -> list[int]:
        """All labels below ``label`` (not itself)."""
        out: list[int] = []
        stack = list(self.children.get(label, ()))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(self.children.get(node, ()))
        return out

    def size(self, label: int) -> int:
        """Number of rows that carried ``label`` at some split."""
        if label == 1:
            return int(np.sum(self.history[:, 0] != 0)) if self.history.size else 0
        return int(np.any(self.history == label, axis=1).sum())


def find_terminal(tree: CHDTree, mincl: int) -> list[int]:
    """IRaMuTeQ's terminal classes: leaves with >= ``mincl`` rows; a smaller leaf promotes its mother
    when the mother has >= ``mincl`` rows and no branch under the mother is already terminal (or both
    its daughters are small); otherwise the small leaf is dropped."""
    leaves = tree.leaves
    labels, counts = np.unique(leaves[leaves != 0], return_counts=True)
    terminal = [int(lab) for lab, n in zip(labels, counts) if n >= mincl]
    tocheck = [int(lab) for lab, n in zip(labels, counts) if n < mincl]
    while tocheck:
        val = tocheck.pop(0)
        mother = tree.parent.get(val, 1)
        if mother == 1 or mother in terminal:
            continue
        sisters = tree.children[mother]
        below = tree.descendants(mother)
        both_small = all(s in tocheck or s == val for s in sisters)
        none_terminal = not any(d in terminal for d in below)
        if tree.size(mother) >= mincl and (both_small or none_terminal):
            terminal = [t for t in terminal if t not in below]
            terminal.append(mother)
            tocheck = [t for t in tocheck if t not in below]
        # else: the small leaf is dropped (its rows become unclassified)
    return terminal


def number_classes(tree: CHDTree, terminal: list[int]) -> tuple[np.ndarray, list[int]]:
    """Final labels 1..K: terminal nodes numbered in depth-first order of the tree (daughter 2i before
    2i+1); rows of a terminal node's subtree get its number, other rows 0."""
    order: list[int] = []
    stack = [1]
    while stack:
        node = stack.pop()
        if node in terminal:
            order.append(node)
            continue
        stack.extend(reversed(tree.children.get(node, ())))
    leaves = tree.leaves
    labels = np.zeros(len(leaves), dtype=np.int64)
    for k, node in enumerate(order, start=1):
        members = [node, *tree.descendants(node)]
        labels[np.isin(leaves, members)] = k
    return labels, order
