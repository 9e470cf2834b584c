#!/bin/sh
# Who may include whom, as README.md's map draws it:
#  - app/ (the core, pp_core and pp_practice) includes no QtWidgets or QtPrintSupport header;
#    main.cpp, the executable's own file, is the one exception;
#  - no widget talks to the portal or builds the core: nothing in ui/ includes
#    api/PortalClient.h, and only MainWindow (which hands the objects down) includes
#    AppServices.h;
#  - the practice portal shares no code with the client: app/practice/ includes only its
#    own headers;
#  - WizardContext (the bag of every client and model that pages were once handed) stays gone.
# Usage: tst_layering.sh <source directory> <Qt include directories, ';'-separated>
set -eu
src=$1
qt_includes=$2

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The class headers of QtWidgets and QtPrintSupport (QWidget, QDialog, QPrinter…).
widget_headers=$(mktemp)
trap 'rm -f "$widget_headers"' EXIT
old_ifs=$IFS
IFS=';'
for dir in $qt_includes; do
    case $dir in
    */QtWidgets | */QtPrintSupport)
        ls "$dir" | grep -E '^Q[A-Z][A-Za-z]*$' >>"$widget_headers"
        ;;
    esac
done
IFS=$old_ifs
[ -s "$widget_headers" ] || fail "no QtWidgets headers found in: $qt_includes"

cd "$src"
# Every #include <…> of app/ but main.cpp, as "file:header" with any QtWidgets/ prefix dropped.
hits=$(grep -rE --include='*.cpp' --include='*.h' '^[[:space:]]*#[[:space:]]*include[[:space:]]*<' app \
    | grep -v '^app/main\.cpp:' \
    | sed 's/^\([^:]*\):.*<\(Qt[A-Za-z]*\/\)\{0,1\}\([^>]*\)>.*/\1:\3/' \
    | awk -F: 'NR == FNR { widget[$0] = 1; next } ($2 in widget) || $2 == "QtWidgets" || $2 == "QtPrintSupport"' \
        "$widget_headers" - || true)
[ -z "$hits" ] || fail "the core includes widget headers: $hits"

hits=$(grep -rlE '#[[:space:]]*include[[:space:]]*"(api/)?PortalClient\.h"' ui || true)
[ -z "$hits" ] || fail "widgets include PortalClient.h: $hits"

hits=$(grep -rlE '#[[:space:]]*include[[:space:]]*"AppServices\.h"' ui | grep -v '^ui/MainWindow\.cpp$' || true)
[ -z "$hits" ] || fail "widgets other than MainWindow include AppServices.h: $hits"

hits=$(grep -rhE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' app/practice \
    | sed 's/.*"\(.*\)".*/\1/' | grep -v '^Practice[A-Za-z]*\.h$' | sort -u || true)
[ -z "$hits" ] || fail "the practice portal includes headers not its own: $hits"

hits=$(grep -rlw --exclude=tst_layering.sh WizardContext app ui tests bench fuzz || true)
[ -z "$hits" ] || fail "WizardContext is back: $hits"

[ "$failures" -eq 0 ] || exit 1
echo "PASS: app/ has no widget header, ui/ no PortalClient.h, only MainWindow AppServices.h, app/practice/ only its own headers"
