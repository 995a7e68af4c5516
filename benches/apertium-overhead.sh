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
  "$BIN translate -q --no-cache --backend apertium $ARTICLE > /dev/null" \
  -n "raw chain, one run" \
  "apertium -u fr-es < $WORK/sentences.txt | apertium -u spa-eng > /dev/null"
# For scale: what a process per sentence would cost (few runs: it is slow).
hyperfine --warmup 1 --runs "${RUNS_PER_SENTENCE:-5}" \
  --export-markdown target/apertium-per-sentence.md \
  -n "raw chain, one run" \
  "apertium -u fr-es < $WORK/sentences.txt | apertium -u spa-eng > /dev/null" \
  -n "raw chain, one run per sentence" \
  "bash $WORK/per-sentence.sh $WORK/sentences.txt > /dev/null"
# hyperfine runs one command's runs, then the other's: on a shared machine whose load drifts,
# that biases the ratio. So also alternate the two, one run each in turn, and compare medians.
N=${INTERLEAVED:-40}
TIMEFORMAT=%R
for i in $(seq "$N"); do
  { time "$BIN" translate -q --no-cache --backend apertium "$ARTICLE" > /dev/null; } 2>> "$WORK/p.txt"
  { time (apertium -u fr-es < "$WORK/sentences.txt" | apertium -u spa-eng > /dev/null); } 2>> "$WORK/r.txt"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
P=$(median "$WORK/p.txt"); R=$(median "$WORK/r.txt")
echo "interleaved, $N runs each: median passerelle ${P}s, raw chain ${R}s, ratio $(awk -v p="$P" -v r="$R" 'BEGIN {printf "%.2f", p/r}')"
