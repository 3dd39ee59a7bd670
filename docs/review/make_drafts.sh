#!/bin/sh
# Draft every review event at its default seed into docs/review/drafts/ (run from the project root,
# with drafter installed): NAME.txt is the draft; NAME.warn, when present, holds drafter's warnings
# (e.g. the event gives too little for the length it asks).
set -e
here=$(dirname "$0")
mkdir -p "$here/drafts"
rm -f "$here"/drafts/*.txt "$here"/drafts/*.warn
for ev in "$here"/events/*.yaml; do
  name=$(basename "$ev" .yaml)
  drafter draft "$ev" > "$here/drafts/$name.txt" 2> "$here/drafts/$name.warn" || echo "FAILED: $name" >&2
  [ -s "$here/drafts/$name.warn" ] || rm -f "$here/drafts/$name.warn"
done
ls "$here"/drafts/*.txt | wc -l
