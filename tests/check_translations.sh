#!/usr/bin/env bash
# The committed translations (draftbox.ts, and draftbox_de.ts and draftbox_fr.ts beside it) list
# every tr() string of the sources and no other: lupdate on copies changes nothing. When it does,
# run: cmake --build build --target draftbox_lupdate (then translate what came in unfinished).
set -euo pipefail
lupdate=$1
source=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
translations=("$source"/resources/translations/draftbox*.ts)
cp "${translations[@]}" "$scratch/"
(cd "$source" && "$lupdate" "$@" -ts "$scratch"/draftbox*.ts)
stale=0
for ts in "${translations[@]}"; do
    name=$(basename "$ts")
    if ! diff -u "$ts" "$scratch/$name"; then
        echo "translations/$name is out of date: cmake --build build --target draftbox_lupdate"
        stale=1
    fi
done
[ "$stale" = 0 ] || exit 1
echo "translations/draftbox.ts lists $(grep -c '<message' "$scratch/draftbox.ts") strings," \
    "in ${#translations[@]} files"
