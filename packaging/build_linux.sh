#!/usr/bin/env bash
# Build the Linux installer (a .deb) from a clean checkout:
#   packaging/build_linux.sh [--skip-freeze]
# 1. a build virtual environment in build/venv with the app's dependencies and PyInstaller;
# 2. PyInstaller with packaging/verbatim.spec -> build/dist/verbatim/ (verbatim, verbatim-cli, _internal/);
# 3. a .deb laid out as /opt/verbatim, /usr/bin/verbatim{,-cli}, a desktop entry, the .vbt MIME type and
#    an icon -> dist/verbatim_<version>_<arch>.deb (its path is the last line printed).
# --skip-freeze reuses build/dist/verbatim (to repackage after changing only the packaging files).
# VERBATIM_BUILD_VENV=PATH freezes with an existing virtual environment that has the app's dependencies.
# Why a .deb and not an AppImage: it builds here with dpkg-deb alone (appimagetool is no Debian package),
# needs no FUSE, and registers the desktop entry and the .vbt type through the system's own triggers.
# Takes ~13-20 min on 2 busy cores, almost all of it in PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DEBIAN_FRONTEND=noninteractive

need_apt=()
for tool in dpkg-deb:dpkg strip:binutils objdump:binutils; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need_apt+=("${tool##*:}")
done
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

started=$SECONDS
if [ "${1:-}" != "--skip-freeze" ]; then
  venv=${VERBATIM_BUILD_VENV:-build/venv}  # CI passes its test venv (dependencies already there)
  echo "== build environment ($venv)"
  if [ -z "${VERBATIM_BUILD_VENV:-}" ]; then
    [ -x build/venv/bin/python ] || python3 -m venv build/venv
    build/venv/bin/pip install -q --upgrade pip
    build/venv/bin/pip install -q . "pyinstaller>=6.10"
  else
    "$venv/bin/pip" install -q "pyinstaller>=6.10"
  fi
  echo "== PyInstaller ($(nproc) cores)"
  "$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
    packaging/verbatim.spec
  echo "   frozen in $((SECONDS - started)) s"
fi
test -x build/dist/verbatim/verbatim-cli || { echo "no build/dist/verbatim: run without --skip-freeze" >&2; exit 1; }

# Debug symbols out of the libraries that carry them and survive stripping: the interpreter and its
# extension modules (a self-built Python keeps its symbols: libpython 23 -> 5 MB). The wheels' other libraries stay as they
# are: stripping those patched by auditwheel breaks them (numpy's OpenBLAS: "ELF load command
# address/offset not page-aligned").
internal=build/dist/verbatim/_internal
before=$(du -sm build/dist/verbatim | cut -f1)
strip --strip-unneeded "$internal"/libpython3*.so* \
  "$internal"/python3*/lib-dynload/*.so 2>/dev/null || true
echo "   stripped: $before -> $(du -sm build/dist/verbatim | cut -f1) MB"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
arch=$(dpkg --print-architecture)
stage=build/deb/verbatim
echo "== .deb staging ($version, $arch)"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/mime/packages" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a build/dist/verbatim "$stage/opt/verbatim"
ln -s ../../opt/verbatim/verbatim "$stage/usr/bin/verbatim"
ln -s ../../opt/verbatim/verbatim-cli "$stage/usr/bin/verbatim-cli"
install -m 644 packaging/verbatim.desktop "$stage/usr/share/applications/verbatim.desktop"
install -m 644 packaging/verbatim-mime.xml "$stage/usr/share/mime/packages/verbatim.xml"
install -m 644 packaging/verbatim.svg "$stage/usr/share/icons/hicolor/scalable/apps/verbatim.svg"
size_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: verbatim
Version: $version
Architecture: $arch
Maintainer: Verbatim developers <verbatim@localhost>
Installed-Size: $size_kb
Depends: libc6 (>= 2.31), libegl1, libgl1, libglib2.0-0, libdbus-1-3, libfontconfig1, libfreetype6,
 libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libx11-xcb1
Section: science
Priority: optional
Description: offline qualitative analysis of French interview transcripts
 Thematic coding of transcripts (codebook, codings, memos, queries, inter-coder
 agreement, Word and REFI-QDA exports) and IRaMuTeQ-style lexicometry (Reinert
 classification, similarity, specificities) in one offline desktop application.
 Everything it needs is bundled in /opt/verbatim; no Python is required.
EOF
mkdir -p dist
deb="dist/verbatim_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "   unpacked: $((size_kb / 1024)) MB, package: $(( $(stat -c %s "$deb") / 1048576 )) MB, total $((SECONDS - started)) s"
echo "$root/$deb"
