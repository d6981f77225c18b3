"""Test configuration shared by every layer.

Qt runs offscreen (without a display pytest-qt would abort the process); BLAS stays on one thread; caches stay in a temporary folder;
``shared_corpora`` points at ``../shared/corpora`` and skips, with a reason, when it is absent.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("VERBATIM_LANG", "en")
# the GUI tests start no warm analysis process when a project opens (the tests of it start their own)
os.environ.setdefault("VERBATIM_WARM_WORKER", "0")
# machine-local caches (compiled regexes) go to a folder of this run, not to the user's home
os.environ.setdefault("VERBATIM_CACHE_DIR", tempfile.mkdtemp(prefix="verbatim-test-cache-"))

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VERBATIM_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """The folder of real corpora beside the checkout; skip when it is not there."""
    path = SHARED / "corpora"
    if not path.is_dir():
        pytest.skip(f"../shared/corpora not found at {path} (CI always has it)")
    return path


@pytest.fixture(scope="session")
def shared_refi() -> Path:
    """The REFI-QDA schemas beside the checkout; skip when they are not there."""
    path = SHARED / "refi"
    if not (path / "Project.xsd").is_file():
        pytest.skip(f"../shared/refi not found at {path} (CI always has it)")
    return path
