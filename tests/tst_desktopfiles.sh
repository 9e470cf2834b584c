#!/bin/sh
# The desktop integration files are valid and agree with each other:
#  - the .desktop file passes desktop-file-validate;
#  - the AppStream metainfo passes appstreamcli validate (offline: --no-net);
#  - the metainfo's screenshots are files committed under docs/screenshots;
#  - the .desktop file's Icon and the metainfo's launchable are the application ID;
#  - both are translated into every language of the interface (de, zh_CN): Name,
#    GenericName, Comment and the practice action; name, summary and description;
#  - the icon PNGs rendered by the build have the sizes their folders claim.
# Usage: tst_desktopfiles.sh <source directory> <build directory>
set -eu
src=$1
build=$2
app_id=io.github.partnerpurchase.PartnerPurchase
desktop="$src/resources/$app_id.desktop"
metainfo="$src/resources/$app_id.metainfo.xml"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop file's Icon is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"

for lang in de zh_CN; do
    for key in Name GenericName Comment Keywords; do
        grep -q "^$key\[$lang\]=." "$desktop" || fail "the .desktop file has no $key[$lang]"
    done
    # The practice action's name too (the second Name[…] of the file).
    [ "$(grep -c "^Name\[$lang\]=." "$desktop")" -ge 2 ] || fail "the practice action has no Name[$lang]"
    for element in name summary p li; do
        grep -q "<$element xml:lang=\"$lang\">" "$metainfo" || fail "the metainfo has no <$element> in $lang"
    done
    # Every list item of the application's description (the first one; the release notes
    # stay in English), in every language.
    description=$(sed -n '/<description>/,/<\/description>/p;/<\/description>/q' "$metainfo")
    [ "$(echo "$description" | grep -c "<li xml:lang=\"$lang\">")" -eq "$(echo "$description" | grep -c "<li>")" ] \
        || fail "not every <li> of the metainfo's description is translated into $lang"
done

shots=$(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo")
[ -n "$shots" ] || fail "the metainfo has no screenshots"
for shot in $shots; do
    [ -f "$src/$shot" ] || fail "the metainfo shows $shot, which is not in the repository"
done

# PNG: the width and height are the big-endian words at bytes 16 and 20.
for size in 16 24 32 48 64 128 256; do
    png="$build/resources/icons/$size/partner-purchase.png"
    [ -f "$png" ] || fail "$png was not rendered"
    set -- $(od -An -tu1 -j16 -N8 "$png")
    width=$(( ($1 << 24) | ($2 << 16) | ($3 << 8) | $4 ))
    height=$(( ($5 << 24) | ($6 << 16) | ($7 << 8) | $8 ))
    [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "$png is ${width}×${height}, not ${size}×${size}"
done
echo "PASS"
