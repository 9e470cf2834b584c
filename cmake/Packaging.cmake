# The Debian package: `cpack -G DEB` in a build directory (e.g. build/ci) makes
# partner-purchase_<version>_<arch>.deb from the install() rules (the executable, the
# icon, the .desktop file and the AppStream metainfo). tests/tst_debpackage.sh builds it,
# installs it into a scratch dpkg root, starts the installed binary and removes it.
#
# Depends: computed by dpkg-shlibdeps (Debian: dpkg-dev) from the libraries the binary
# links — libqt6core6, libqt6gui6, libqt6widgets6, libqt6network6, libqt6printsupport6,
# libqt6httpserver6, libqt6websockets6, libqt6keychain1 (qt6keychain), libstdc++6, libc6 —
# plus what is only loaded at run time: libsecret (QtKeychain's Secret Service backend)
# and Qt's platform plugins (xcb, wayland).

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "partner-purchase")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Partner Purchase developers")
set(CPACK_PACKAGE_CONTACT "The Partner Purchase developers <partner-purchase@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped below 80 columns, as Debian's policy asks of the extended description.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Partner Purchase is a desktop app for the staff of Yeastar resellers. It buys"
    "Yeastar Partner Portal subscriptions, for the reseller's own account or for its"
    "customers, through the Partner Portal OpenAPI: sign in once (the client secret"
    "is kept in the system keychain), choose the product, the recipient, the plans"
    "and services and the billing contact, review the exact order, place it, and"
    "keep a receipt to print, save as PDF or export as CSV."
    "A practice mode (--practice) runs a built-in practice portal on 127.0.0.1"
    "where nothing real is bought.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON) # the CI build is RelWithDebInfo; the package ships no debug info
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # partner-purchase_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
find_program(PP_DPKG dpkg)
if(PP_DPKG)
    execute_process(COMMAND "${PP_DPKG}" --print-architecture
        OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
# Qt's own translations (Cancel, Close, the print dialog) in German and Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Somewhere to keep the secret between runs (without one it is kept for the session).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc")
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip") # fast; the package is small
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/shots/")

include(CPack)
