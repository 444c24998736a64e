#!/bin/sh
# Installs Rufus Console for you alone: no root, nothing outside your home folder.
#
#   ./install.sh              install (or upgrade) from this folder
#   ./install.sh --uninstall  remove what install.sh put in place (your settings, logs,
#                             close history and key stay)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/opt/rufus-console
LAUNCHER=$HOME/.local/bin/rufus-console
DESKTOP_FILE=$DATA/applications/rufus-console.desktop
ICON=$DATA/icons/hicolor/256x256/apps/rufus-console.png

refresh_menus() {
  # Desktops notice the change sooner; nothing breaks where these tools are missing.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_DIR"
  rm -f "$LAUNCHER" "$DESKTOP_FILE" "$ICON"
  refresh_menus
  echo "Rufus Console is removed. Your settings, logs, close history and the key in the system"
  echo "keyring are kept; run 'rufus-console key forget' before uninstalling to remove the key too."
  exit 0
fi

mkdir -p "$HOME/.local/opt" "$(dirname "$LAUNCHER")" "$(dirname "$DESKTOP_FILE")" "$(dirname "$ICON")"
# Copy next to the old version, then swap, so a failed copy leaves the old one working.
rm -rf "$APP_DIR.new"
cp -R "$HERE/rufus-console" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sf "$APP_DIR/rufus-console" "$LAUNCHER"
cp "$HERE/rufus-console.png" "$ICON"
# The menu entry runs the installed binary by its full path: ~/.local/bin is not always on
# the PATH that a desktop session starts programs with.
sed "s|^Exec=.*|Exec=\"$APP_DIR/rufus-console\"|" "$HERE/rufus-console.desktop" >"$DESKTOP_FILE"
refresh_menus

echo "Rufus Console $("$APP_DIR/rufus-console" --version | cut -d' ' -f2) is installed."
echo "Start it from your desktop's menu (Rufus Console), or run: $LAUNCHER"
echo "Try it without an account first: $LAUNCHER --demo"
