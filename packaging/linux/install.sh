#!/bin/sh
# Install this oncall-tray bundle for the current user (no root needed), or remove it:
#   ./install.sh             copy to ~/.local/lib/oncall-tray, link ~/.local/bin/oncall-tray, and add
#                            the menu entry, the icons and the AppStream metainfo under ~/.local/share
#   ./install.sh --uninstall remove all of that (and the autostart entry)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/oncall-tray
bin=$HOME/.local/bin
id=com.conectcrm.OncallTray
if [ "${1:-}" = "--uninstall" ]; then
  [ -x "$lib/oncall-tray" ] && "$lib/oncall-tray" autostart off >/dev/null 2>&1 || true
  rm -rf "$lib"
  rm -f "$bin/oncall-tray" "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
  find "$data/icons/hicolor" -name 'oncall-tray.*' -delete 2>/dev/null || true
  echo "oncall-tray removed"
  exit 0
fi
if [ "$here" != "$lib" ]; then
  rm -rf "$lib.new"
  mkdir -p "$(dirname "$lib")"
  cp -a "$here" "$lib.new"
  rm -rf "$lib"
  mv "$lib.new" "$lib"
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$lib/oncall-tray" "$bin/oncall-tray"
sed "s|^Exec=oncall-tray|Exec=$lib/oncall-tray|" "$lib/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$lib/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
(cd "$lib/share" && find icons -type f) | while read -r f; do
  mkdir -p "$data/$(dirname "$f")"
  cp "$lib/share/$f" "$data/$f"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "oncall-tray installed in $lib; start it from the menu or with: $bin/oncall-tray"
echo "to start it with the session: $bin/oncall-tray autostart on"
