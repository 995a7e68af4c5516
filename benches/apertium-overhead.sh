#!/usr/bin/env bash
# Apertium overhead (issue 2 acceptance): the time `passerelle translate --backend apertium` takes
# on the sample article, against piping the same sentences (as `passerelle segment` finds them)
# through the raw Apertium chain by hand, and against one chain run per sentence.
#
#   cargo build --release --no-default-features && bash benches/apertium-overhead.sh
#
# Needs hyperfine and apertium (fr-es, spa-eng). Results go to stdout and to
# target/apertium-overhead.md and target/apertium-per-sentence.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-target/release/passerelle}
ARTICLE=${ARTICLE:-tests/fixtures/ukraine-chine-2022-03.fr.txt}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BIN" segment "$ARTICLE" > "$WORK/sentences.txt"
echo "$(wc -l < "$WORK/sentences.txt") sentences, $(wc -c < "$ARTICLE") bytes"
cat > "$WORK/per-sentence.sh" <<'SH'
while IFS= read -r line; do
  printf '%s\n' "$line" | apertium -u fr-es | apertium -u spa-eng
done < "$1"
SH
hyperfine --warmup 3 --runs "${RUNS:-30}" --export-markdown target/apertium-overhead.md \
  -n "passerelle translate --backend apertium" \
  "$BIN translate -q --backend apertium $ARTICLE > /dev/null" \
  -n "raw chain, one run" \
  "apertium -u fr-es < $WORK/sentences.txt | apertium -u spa-eng > /dev/null"
# For scale: what a process per sentence would cost (few runs: it is slow).
hyperfine --warmup 1 --runs "${RUNS_PER_SENTENCE:-5}" \
  --export-markdown target/apertium-per-sentence.md \
  -n "raw chain, one run" \
  "apertium -u fr-es < $WORK/sentences.txt | apertium -u spa-eng > /dev/null" \
  -n "raw chain, one run per sentence" \
  "bash $WORK/per-sentence.sh $WORK/sentences.txt > /dev/null"
