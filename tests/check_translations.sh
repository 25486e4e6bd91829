#!/usr/bin/env bash
# The committed translations/draftbox.ts lists every tr() string of the sources: lupdate on a
# copy changes nothing. When it does, run: cmake --build build --target draftbox_lupdate
set -euo pipefail
lupdate=$1
source=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$source/resources/translations/draftbox.ts" "$scratch/draftbox.ts"
(cd "$source" && "$lupdate" "$@" -ts "$scratch/draftbox.ts")
if ! diff -u "$source/resources/translations/draftbox.ts" "$scratch/draftbox.ts"; then
    echo "translations/draftbox.ts is out of date: cmake --build build --target draftbox_lupdate"
    exit 1
fi
echo "translations/draftbox.ts lists $(grep -c '<message' "$scratch/draftbox.ts") strings"
