#!/usr/bin/env bash
# Installs the build into a scratch prefix and builds the .deb, then checks what a desktop
# finds: the executable, the menu entry, the icon and the AppStream metainfo (validated with
# the freedesktop.org and AppStream tools), and a package that dpkg can read, with the files
# in place and its library dependencies worked out.
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
id=io.github.draftbox.Draftbox

cmake --install "$build" --prefix "$scratch/usr" >/dev/null
for file in bin/draftbox share/applications/$id.desktop \
    share/icons/hicolor/scalable/apps/$id.svg share/metainfo/$id.metainfo.xml; do
    [ -s "$scratch/usr/$file" ] || { echo "not installed: $file"; exit 1; }
done
desktop-file-validate "$scratch/usr/share/applications/$id.desktop"
grep -qx "Icon=$id" "$scratch/usr/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$scratch/usr/share/metainfo/$id.metainfo.xml"
"$scratch/usr/bin/draftbox" --version | grep -q "Draftbox"

(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/deb" >/dev/null)
deb=$(ls "$scratch"/deb/*.deb)
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/draftbox ./usr/share/applications/$id.desktop \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/metainfo/$id.metainfo.xml; do
    grep -q " $file\$" <<<"$contents" || { echo "not in the package: $file"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6network6 libphonenumber libqt6keychain qt6-qpa-plugins libqt6svg6; do
    grep -q "$lib" <<<"$depends" || { echo "missing dependency $lib in: $depends"; exit 1; }
done
echo "installed and packaged: $(basename "$deb")"
