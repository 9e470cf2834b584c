#!/bin/sh
# Installs the Debian 12 packages Partner Purchase needs to build, test and run,
# but only those that are missing, so a second run costs nothing.
set -eu

BUILD_PACKAGES="cmake ninja-build ccache lld g++ qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev \
qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
qt6-translations-l10n libgl-dev libssl-dev libfontconfig-dev"
# libfontconfig-dev: main.cpp starts fontconfig on a worker at start-up.
# libsecret is loaded by QtKeychain at run time without a package dependency.
RUN_PACKAGES="libsecret-1-0 xvfb xauth dbus dbus-x11 gnome-keyring"
# librsvg2-bin renders the icon's PNG sizes at build time; desktop-file-utils and appstream
# validate the .desktop and metainfo files; dpkg-dev (dpkg-shlibdeps) computes the .deb's
# dependencies for `cpack -G DEB`.
# fonts-wqy-microhei: a CJK font, so that the Chinese interface renders (tests, screenshots).
# at-spi2-core and python3-pyatspi: the accessibility bus and a client that uses it as a
# screen reader does (scripts/screen-reader-walk.py).
# openssl makes the self-signed certificates of the TLS tests; libssl-dev (above) lets
# tst_keychainprompts speak gcr's encrypted prompter protocol.
# clang-format (14 on Debian 12): `make check` / `make format` (scripts/check-format.sh).
TOOL_PACKAGES="poppler-utils imagemagick librsvg2-bin desktop-file-utils appstream dpkg-dev fonts-wqy-microhei \
at-spi2-core python3-pyatspi openssl clang-format"
# make fuzz: clang-14, libclang-rt-14-dev (libclang_rt.fuzzer, .asan, .ubsan), llvm-14 (llvm-symbolizer).
FUZZ_PACKAGES="clang-14 libclang-rt-14-dev llvm-14"

# One dpkg-query for all of them (make test asks several times per run): each installed
# package prints its name; the missing ones are the rest.
all="$BUILD_PACKAGES $RUN_PACKAGES $TOOL_PACKAGES $FUZZ_PACKAGES"
# shellcheck disable=SC2086
installed=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' $all 2>/dev/null |
    sed -n 's/^ii  *\([^ :]*\).*/\1/p' | tr '\n' ' ') "
missing=""
for pkg in $all; do
    case "$installed" in
        *" $pkg "*) ;;
        *) missing="$missing $pkg" ;;
    esac
done

[ -z "$missing" ] && exit 0

echo "Installing missing packages:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
