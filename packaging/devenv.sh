#!/usr/bin/env bash
# Sets up Rufus Console from nothing and runs one task in the result. The README's two
# commands are the two tasks; .ci/run calls the second one.
#
#   packaging/devenv.sh demo    system libraries + venv, then the console on the simulated cloud
#   packaging/devenv.sh test    the same plus test tools, then lint, types, every test, and the
#                               Linux bundle and .deb built and smoke-tested
#   packaging/devenv.sh bundle  only build the Linux bundle and .deb (dist/rufus-console-*.tar.gz,
#                               dist/rufus-console_*.deb, dist/SHA256SUMS)
#
# Idempotent and quick on a second run: apt is skipped when nothing is missing, pip when
# pyproject.toml has not changed since the last install.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${RUFUS_VENV:-$ROOT/.venv}

# Qt's wheels need these on a bare Debian (shared/PLATFORM.md): offscreen rendering, a real
# X11 window, a virtual screen, and a Secret Service for the keyring integration test.
QT_OFFSCREEN=(libgl1 libegl1 libglib2.0-0 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3)
QT_XCB=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
        libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
# Building: readelf and strip (PyInstaller, build_deb.py), patchelf (build_bundle.sh).
BUILD=(binutils patchelf)
# Testing the .deb: lintian, appstreamcli, and mmdebstrap for a throwaway Debian root;
# shellcheck, which actionlint runs on the workflow's shell steps.
TEST_ONLY=(xvfb xauth dbus gnome-keyring desktop-file-utils lintian appstream mmdebstrap
           shellcheck)

log() { printf 'devenv: %s\n' "$*" >&2; }

missing_debian_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

ensure_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    log "not a Debian-like system: make sure Qt 6's X11/EGL libraries and Python 3.11+ are installed"
    return
  fi
  local wanted=("$@")
  command -v python3 >/dev/null 2>&1 || wanted+=(python3)
  # Debian splits venv support out of python3; a pyenv or python.org build carries it.
  python3 -c 'import ensurepip' >/dev/null 2>&1 || wanted+=(python3-venv)
  local missing
  mapfile -t missing < <(missing_debian_packages "${wanted[@]}")
  [ "${#missing[@]}" -eq 0 ] && return
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      log "missing system packages: ${missing[*]}"
      log "install them as root (apt-get install ${missing[*]}) and run this again"
      exit 1
    fi
  fi
  log "installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  # $1: the pyproject extras to install, comma-separated ("" for the app alone).
  local extras=$1
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-${extras:-app}"
  if ! [ -f "$stamp" ] || ! [ "$stamp" -nt "$ROOT/pyproject.toml" ]; then
    log "installing rufus-console${extras:+[$extras]} into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT${extras:+[$extras]}"
    touch "$stamp"
  fi
  # The window's catalogues (.ts) compiled to what Qt loads (.qm): under a second.
  "$VENV/bin/python" "$ROOT/packaging/translations.py" build
}

private_runtime_dir() {
  # Qt warns when XDG_RUNTIME_DIR is unset or not 0700.
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
}

task_demo() {
  ensure_system_packages "${QT_OFFSCREEN[@]}" "${QT_XCB[@]}"
  ensure_venv ""
  private_runtime_dir
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    # Qt would abort with a platform-plugin message that says little to an official.
    log "no screen here: run this in a desktop session, or on a headless machine:"
    log "  apt-get install xvfb && xvfb-run -a packaging/devenv.sh demo"
    exit 1
  fi
  exec "$VENV/bin/rufus-console" --demo "$@"
}

task_test() {
  ensure_system_packages "${QT_OFFSCREEN[@]}" "${QT_XCB[@]}" "${BUILD[@]}" "${TEST_ONLY[@]}"
  ensure_venv dev,package
  private_runtime_dir
  cd "$ROOT"
  local bin=$VENV/bin
  log "ruff check";           "$bin/ruff" check .
  log "ruff format --check";  "$bin/ruff" format --check .
  log "mypy";                 "$bin/mypy"
  # The Windows and macOS workflow cannot run here: its syntax, expressions, runner labels,
  # actions and (through shellcheck) shell steps are checked instead.
  log "actionlint";           "$bin/actionlint" -shellcheck="$(command -v shellcheck)"
  log "pytest"
  # No test may reach the desktop's keyring or screen; the Secret Service test builds its own.
  local rc=0
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM=offscreen \
    timeout -k 10 900 "$bin/python" -m pytest "$@" || rc=$?
  if [ "$rc" -eq 5 ]; then
    log "pytest collected no test: that is a failure"
    exit 1
  fi
  [ "$rc" -eq 0 ] || exit "$rc"
  window_smoke
  bundle_smoke
}

task_bundle() {
  ensure_system_packages "${QT_OFFSCREEN[@]}" "${QT_XCB[@]}" "${BUILD[@]}"
  ensure_venv package
  private_runtime_dir
  "$ROOT/packaging/build_bundle.sh"
}

bundle_smoke() {
  # The product officials run is the bundle, so it is built and tested on every run: from
  # its tarball, installed into a throwaway HOME, with no Python reachable (smoke_bundle.py);
  # and as a .deb, installed, upgraded and removed in a throwaway Debian root (smoke_deb.py).
  log "building the Linux bundle and .deb"
  local artefacts tarball deb
  artefacts=$(RUFUS_VENV=$VENV "$ROOT/packaging/build_bundle.sh")
  tarball=$(grep '\.tar\.gz$' <<<"$artefacts")
  deb=$(grep '\.deb$' <<<"$artefacts")
  log "smoke test of $(basename "$tarball")"
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORM \
    timeout -k 10 300 "$VENV/bin/python" "$ROOT/packaging/smoke_bundle.py" "$tarball"
  log "smoke test of $(basename "$deb")"
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORM \
    timeout -k 10 600 "$VENV/bin/python" "$ROOT/packaging/smoke_deb.py" "$deb"
}

window_smoke() {
  # One real X11 window (xcb, not offscreen) on a virtual screen: it lists the demo cloud's
  # sessions, closes one through the confirmation and exits 0. Settings go to a throwaway
  # folder; no keyring is reached (the demo key lives in memory).
  log "window smoke test under Xvfb"
  local scratch
  scratch=$(mktemp -d)
  local rc=0
  env -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORM \
    XDG_CONFIG_HOME="$scratch/config" \
    timeout -k 10 120 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$VENV/bin/rufus-console" --demo --self-test || rc=$?
  rm -rf "$scratch"
  if [ "$rc" -ne 0 ]; then
    log "the window smoke test failed (exit $rc)"
    exit "$rc"
  fi
}

case "${1:-}" in
  demo) shift; task_demo "$@" ;;
  test) shift; task_test "$@" ;;
  bundle) shift; task_bundle ;;
  *) echo "usage: packaging/devenv.sh demo|test|bundle [args...]" >&2; exit 2 ;;
esac
