#!/bin/sh
# Install Locator for this user, without root. Run it from the unpacked folder:
#
#   ./install.sh              install, or update an earlier install
#   ./install.sh --uninstall  remove the program (your vault is never touched)
#
# Where things go (PREFIX is ~/.local unless LOCATOR_PREFIX says otherwise, e.g.
# `sudo LOCATOR_PREFIX=/usr/local ./install.sh` for every user of the computer):
#   PREFIX/opt/locator/                               the program (this folder)
#   PREFIX/bin/locator, PREFIX/bin/locator-cli        links to start it
#   PREFIX/share/applications/locator.desktop         the applications-menu entry
#   PREFIX/share/icons/hicolor/{256x256,scalable}/apps/locator.{png,svg}
# The vault lives elsewhere (~/.local/share/locator/ by default) and stays put.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
prefix=${LOCATOR_PREFIX:-$HOME/.local}
opt="$prefix/opt/locator"
bin="$prefix/bin"
share="$prefix/share"
desktop="$share/applications/locator.desktop"
icons="$share/icons/hicolor"

is_locator_folder() {  # a folder that really holds a Locator program, nothing else
    [ -x "$1/locator" ] && [ -x "$1/locator-cli" ] && [ -d "$1/_internal" ]
}

refresh_menus() {  # best effort: menus also notice new files by themselves
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
}

remove_link() {  # only our own links
    if [ -L "$1" ]; then
        case $(readlink "$1") in "$opt"/*) rm -f "$1" ;; esac
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_link "$bin/locator"
    remove_link "$bin/locator-cli"
    rm -f "$desktop" "$icons/256x256/apps/locator.png" "$icons/scalable/apps/locator.svg"
    if is_locator_folder "$opt"; then
        rm -rf "$opt"
    fi
    refresh_menus
    echo "Locator is removed. Your vault and its backups were not touched."
    exit 0
fi

if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if ! is_locator_folder "$here"; then
    echo "Run this script from the unpacked Locator folder (with locator and _internal/)." >&2
    exit 1
fi
case $opt in
    *[\"\$\`\\]*) echo "The install folder may not contain \" \$ \` or \\: $opt" >&2; exit 1 ;;
esac

mkdir -p "$prefix/opt" "$bin" "$share/applications" "$icons/256x256/apps" \
         "$icons/scalable/apps"
if [ "$here" != "$(cd "$prefix/opt" && pwd -P)/locator" ]; then
    rm -rf "$opt.new"
    cp -a "$here" "$opt.new"
    if [ -e "$opt" ]; then
        if ! is_locator_folder "$opt"; then
            rm -rf "$opt.new"
            echo "$opt exists and is not a Locator program: not replacing it." >&2
            exit 1
        fi
        rm -rf "$opt"
    fi
    mv "$opt.new" "$opt"
fi

ln -sfn "$opt/locator" "$bin/locator"
ln -sfn "$opt/locator-cli" "$bin/locator-cli"
cp "$opt/_internal/packaging/icons/locator.png" "$icons/256x256/apps/locator.png"
cp "$opt/_internal/packaging/icons/locator.svg" "$icons/scalable/apps/locator.svg"
sed -e "s|^Exec=locator\$|Exec=\"$opt/locator\"|" -e "s|^TryExec=locator\$|TryExec=$opt/locator|" \
    "$opt/locator.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh_menus

echo "Locator $("$opt/locator" --version | sed 's/^Locator //') is installed."
echo "Start it from your applications menu, or run: $bin/locator"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not in your PATH: use the menu, or the full path above.)" ;;
esac
