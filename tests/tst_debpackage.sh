#!/bin/sh
# The Debian package, built and installed the way a user installs it, without touching
# this machine:
#  1. `cpack -G DEB` from this build directory (the binary is already built);
#  2. its control fields: name, version, architecture, and Depends on the Debian runtime
#     packages (Qt 6, QtKeychain, libsecret), each of which is installed here;
#  3. its files: the binary, the .desktop file, the metainfo and the icons;
#  4. `dpkg --root` into a scratch root whose package database is a copy of this
#     machine's, so dpkg checks the Depends against what is really installed while the
#     files land in the scratch root;
#  5. the installed partner-purchase --version (it runs against the system's Qt);
#  6. `dpkg --root -r` and a check that no file is left.
# Without root, step 4 unpacks with `dpkg -x` instead (dpkg cannot install files it may
# not chown) and the Depends are checked with dpkg-query.
#
# Usage: tst_debpackage.sh <build directory> <version>
set -eu
build=$1
version=$2
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" # dpkg wants ldconfig

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/pp-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

# 1. Build the package.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(ls "$scratch"/out/partner-purchase_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = "partner-purchase" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
depends=$(field Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6printsupport6 \
               libqt6httpserver6 libqt6keychain1 libsecret-1-0 qt6-qpa-plugins; do
    echo "$depends" | grep -Eq "(^|, )$package( |,|$)" || fail "Depends lacks $package"
done
# Every dependency (the first of each set of alternatives) is a package installed here,
# or a virtual package an installed one provides (qt6-websockets-abi, for instance).
installed_or_provided() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" && return 0
    dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | sed -n 's/^install ok installed|//p' \
        | tr ',' '\n' | sed 's/(.*//; s/ //g' | grep -qx "$1"
}
echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*//; s/ //g' | while read -r package; do
    [ -n "$package" ] || continue
    installed_or_provided "$package" || fail "dependency $package is not an installed Debian package"
done

# 3. Files.
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
app_id=io.github.partnerpurchase.PartnerPurchase
for path in ./usr/bin/partner-purchase \
            ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            ./usr/share/icons/hicolor/16x16/apps/$app_id.png \
            ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
            ./usr/share/icons/hicolor/256x256/apps/$app_id.png; do
    echo "$contents" | grep -qx "$path" || fail "the package lacks $path"
done
if echo "$contents" | grep -Eq '^\./usr/(include|lib)/|tst_'; then
    fail "the package ships build or test files"
fi

# 4. Install.
root="$scratch/root"
if [ "$(id -u)" -eq 0 ]; then
    admin="$root/var/lib/dpkg"
    mkdir -p "$admin/info" "$admin/updates" "$admin/triggers"
    cp /var/lib/dpkg/status "$admin/status"
    touch "$admin/available"
    dpkg --root="$root" --log=/dev/null --no-triggers -i "$deb" >"$scratch/dpkg.log" 2>&1 \
        || { cat "$scratch/dpkg.log" >&2; fail "dpkg -i refused the package"; }
    dpkg-query --admindir="$admin" -W -f='${Status}' partner-purchase | grep -q "install ok installed" \
        || fail "dpkg does not list partner-purchase as installed"
else
    echo "not root: unpacking with dpkg -x instead of installing"
    dpkg -x "$deb" "$root"
fi

# 5. Run the installed binary (no display needed for --version).
output=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/partner-purchase" --version \
             2>"$scratch/stderr") \
    || { cat "$scratch/stderr" >&2; fail "the installed partner-purchase --version failed"; }
echo "installed binary says: $output"
[ "$output" = "partner-purchase $version" ] || fail "expected 'partner-purchase $version'"

# 6. Remove.
if [ "$(id -u)" -eq 0 ]; then
    dpkg --root="$root" --log=/dev/null --no-triggers -r partner-purchase >"$scratch/dpkg.log" 2>&1 \
        || { cat "$scratch/dpkg.log" >&2; fail "dpkg -r failed"; }
    left=$(find "$root" -path "$root/var" -prune -o -type f -print)
    [ -z "$left" ] || fail "files left after dpkg -r: $left"
fi
echo "PASS"
