#!/usr/bin/env bash
# Builds the Linux artefacts from this checkout with the venv's PyInstaller, both from one
# one-folder app:
#   dist/rufus-console-<version>-linux-<arch>.tar.gz  the app folder, the .desktop file, the
#                                                      icon, install.sh and INSTALL.txt
#   dist/rufus-console_<version>_<debarch>.deb        the same app as a Debian package
#                                                      (packaging/build_deb.py)
#   dist/SHA256SUMS                                   the checksums of both
# and prints the two artefacts' paths, one a line. packaging/devenv.sh bundle sets up the venv
# and calls this; Windows and macOS are built by .github/workflows/bundles.yml from the same
# spec.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${RUFUS_VENV:-$ROOT/.venv}
PYTHON=$VENV/bin/python
OUT=${RUFUS_DIST:-$ROOT/dist}
WORK=$ROOT/build/bundle

log() { printf 'build_bundle: %s\n' "$*" >&2; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/app/__init__.py")
ARCH=$(uname -m)
NAME=rufus-console-$VERSION
[ -n "$VERSION" ] || { log "no __version__ in app/__init__.py"; exit 1; }

# The icon files must match their one source before they are shipped.
"$PYTHON" "$ROOT/packaging/make_icons.py" --check
# The window's catalogues, compiled for the spec to ship.
"$PYTHON" "$ROOT/packaging/translations.py" build

log "PyInstaller: $NAME for $ARCH"
started=$SECONDS
rm -rf "$WORK"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/work" "$ROOT/packaging/rufus-console.spec"

# pyenv's Python carries its own prefix as RUNPATH (/root/.pyenv/.../lib) into libpython and
# every extension module: a folder of the build machine that the app never needs (the
# bootloader points the loader at _internal) and that lintian rightly flags. Drop those;
# the $ORIGIN-relative ones that Qt's libraries carry stay.
while IFS= read -r -d '' file; do
  runpath=$(readelf --dynamic --wide "$file" 2>/dev/null | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
  case $runpath in /*) patchelf --remove-rpath "$file" ;; esac
done < <(find "$WORK/dist/rufus-console" -type f -name '*.so*' -print0)

stage=$WORK/stage/$NAME
mkdir -p "$stage"
cp -R "$WORK/dist/rufus-console" "$stage/rufus-console"
cp "$ROOT/resources/rufus-console.desktop" "$stage/"
cp "$ROOT/resources/icons/rufus-console-256.png" "$stage/rufus-console.png"
cp "$ROOT/packaging/linux/install.sh" "$stage/"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@ARCH@/$ARCH/g" "$ROOT/packaging/linux/INSTALL.txt" >"$stage/INSTALL.txt"

mkdir -p "$OUT"
# dist/ holds the artefacts of the last build and nothing else, so SHA256SUMS covers it all.
rm -f "$OUT"/rufus-console-*-linux-*.tar.gz "$OUT"/rufus-console_*.deb "$OUT/SHA256SUMS"
tarball=$OUT/$NAME-linux-$ARCH.tar.gz
# Owner and order fixed, so two builds of one checkout differ only where PyInstaller does.
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$WORK/stage" -czf "$tarball" "$NAME"
log "built in $((SECONDS - started)) s: app folder $(du -sh "$stage/rufus-console" | cut -f1)," \
  "tarball $(du -h "$tarball" | cut -f1)"

started=$SECONDS
deb=$("$PYTHON" "$ROOT/packaging/build_deb.py" "$WORK/dist/rufus-console" "$OUT")
log "built $(basename "$deb") in $((SECONDS - started)) s"

(cd "$OUT" && sha256sum -- "$(basename "$tarball")" "$(basename "$deb")" >SHA256SUMS)
echo "$tarball"
echo "$deb"
