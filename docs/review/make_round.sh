#!/bin/sh
# A folder for one reviewer of a review round: DIR/rubric.md, DIR/events/ (the events read) and
# DIR/drafts/ (NAME.default.txt or NAME.seedS.txt, with NAME….warn when drafter warns). Run from the
# project root with drafter installed; the reviewer is given reviewer-prompt.md with DIR filled in.
#   sh docs/review/make_round.sh DIR default|SEED NUM...     e.g.  sh docs/review/make_round.sh /tmp/r43/a 211 164 165 166
set -e
here=$(dirname "$0")
command -v drafter >/dev/null || { echo "drafter is not installed in this shell (activate its venv)" >&2; exit 1; }
dir=$1; seed=$2; shift 2
mkdir -p "$dir/events" "$dir/drafts"
cp "$here/rubric.md" "$dir/"
if [ "$seed" = default ]; then tag=default; args=""; else tag=seed$seed; args="--seed $seed"; fi
for n in "$@"; do
  for ev in "$here"/events/$n-*.yaml; do
    name=$(basename "$ev" .yaml)
    cp "$ev" "$dir/events/"
    drafter draft "$ev" $args > "$dir/drafts/$name.$tag.txt" 2> "$dir/drafts/$name.$tag.warn" || { echo "FAILED: $name" >&2; exit 1; }
    [ -s "$dir/drafts/$name.$tag.warn" ] || rm -f "$dir/drafts/$name.$tag.warn"
  done
done
ls "$dir"/drafts/*.txt | wc -l
