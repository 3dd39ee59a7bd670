#!/bin/sh
# Draft every review event at its default seed into docs/review/drafts/ (run from the project root,
# with drafter installed): NAME.txt is the draft; NAME.warn, when present, holds drafter's warnings
# (e.g. the event gives too little for the length it asks).
set -e
here=$(dirname "$0")
# (a shell without drafter on its PATH once left every draft empty and committed: stop instead)
command -v drafter >/dev/null || { echo "drafter is not installed in this shell (activate its venv)" >&2; exit 1; }
mkdir -p "$here/drafts"
rm -f "$here"/drafts/*.txt "$here"/drafts/*.warn
for ev in "$here"/events/*.yaml; do
  name=$(basename "$ev" .yaml)
  drafter draft "$ev" > "$here/drafts/$name.txt" 2> "$here/drafts/$name.warn" || { echo "FAILED: $name" >&2; exit 1; }
  [ -s "$here/drafts/$name.warn" ] || rm -f "$here/drafts/$name.warn"
done
ls "$here"/drafts/*.txt | wc -l
