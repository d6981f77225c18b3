#!/usr/bin/env bash
# Smoke test of a built Verbatim: unpack (or take) it into a temporary folder and run, with no Python on
# the PATH and an empty home folder, what a researcher does first:
#   verbatim-cli new, import of a transcript, autocode, lex reinert, export-docx,
#   verbatim --smoke-test (the GUI offscreen: welcome page, sample project, a Reinert analysis to the end).
#
# Usage: packaging/smoke_test.sh PATH
#   PATH: a .deb (unpacked with dpkg-deb -x, as installing would lay it out), or a folder holding the
#   verbatim and verbatim-cli executables (dist/verbatim on Linux or macOS, the Inno Setup install folder
#   on Windows under Git Bash). Exit 0 when every step worked; the log of a failed step is printed.
set -euo pipefail

target=${1:?usage: smoke_test.sh VERBATIM.deb|FOLDER}
target=$(cd "$(dirname "$target")" && pwd)/$(basename "$target")
work=$(mktemp -d "${TMPDIR:-/tmp}/verbatim-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
exe_suffix=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe_suffix=".exe" ;; esac

if [[ "$target" == *.deb ]]; then
  dpkg-deb -x "$target" "$work/root"
  app_dir="$work/root/opt/verbatim"
  test -x "$work/root/usr/bin/verbatim" || { echo "FAIL: no /usr/bin/verbatim launcher in the package"; exit 1; }
  test -f "$work/root/usr/share/mime/packages/verbatim.xml" || { echo "FAIL: no MIME type for .vbt"; exit 1; }
  grep -q "MimeType=application/x-verbatim-project" "$work/root/usr/share/applications/verbatim.desktop" \
    || { echo "FAIL: the desktop entry does not open .vbt files"; exit 1; }
elif [[ "$target" == *.app ]]; then
  app_dir="$target/Contents/MacOS"
else
  app_dir="$target"
fi
cli="$app_dir/verbatim-cli$exe_suffix"
gui="$app_dir/verbatim$exe_suffix"
test -x "$cli" && test -x "$gui" || { echo "FAIL: verbatim and verbatim-cli not found in $app_dir"; exit 1; }

mkdir -p "$work/home" "$work/data" "$work/empty-bin"
sample=$(ls -d "$app_dir"/_internal/resources/sample "$app_dir"/../Resources/resources/sample 2>/dev/null | head -1 || true)
cp "$sample/entretien_nadia.txt" "$work/data/entretien.txt"

# No Python (and nothing else) on the PATH, a fresh home, offscreen Qt, English messages.
run() {
  env -i PATH="$work/empty-bin" HOME="$work/home" USERPROFILE="$work/home" APPDATA="$work/home" \
    LOCALAPPDATA="$work/home" TMPDIR="$work" TEMP="$work" TMP="$work" QT_QPA_PLATFORM=offscreen \
    VERBATIM_LANG=en LANG=C.UTF-8 SYSTEMROOT="${SYSTEMROOT:-}" "$@"
}
step() {
  local name=$1; shift
  local started=$SECONDS
  if run "$@" >"$work/step.log" 2>&1; then
    echo "ok   $name ($((SECONDS - started)) s)"
  else
    echo "FAIL $name (exit $?)"; cat "$work/step.log"; exit 1
  fi
}
if env -i PATH="$work/empty-bin" /bin/sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  echo "FAIL: a Python is on the test PATH"; exit 1
fi

p="$work/data/projet.vbt"
step "verbatim-cli --help" "$cli" --help
step "verbatim-cli new" "$cli" new "$p"
step "verbatim-cli import" "$cli" import "$p" "$work/data/entretien.txt"
step "verbatim-cli info" "$cli" info "$p"
step "verbatim-cli autocode" "$cli" autocode "$p" --code "Travail" --pattern "travail" --scope sentence
step "verbatim-cli lex reinert" "$cli" lex reinert "$p" --out "$work/data/reinert" --quiet
test -n "$(ls "$work/data/reinert")" || { echo "FAIL: lex reinert wrote nothing"; exit 1; }
step "verbatim-cli export-docx" "$cli" export-docx "$p" "$work/data/extraits.docx"
test -s "$work/data/extraits.docx" || { echo "FAIL: export-docx wrote no file"; exit 1; }
step "verbatim --smoke-test (GUI, sample project, Reinert analysis)" "$gui" --smoke-test
echo "smoke test passed: $target"
