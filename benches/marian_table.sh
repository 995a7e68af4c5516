#!/usr/bin/env bash
# The marian speed table of BENCHMARKS.md, every engine in ONE run on the shared workload of
# shared/tools/marian-speed (make_model.py's DIR): CTranslate2 int8 and f32, Hugging Face
# transformers f32 (bench_py.py) and Passerelle f32 and int8 (cargo bench --bench marian --
# --workload), at 1 and 2 threads, batch 1 and 13; then Passerelle's load figures with the
# weights file evicted from the page cache (first start) and cached (second start), and the
# int8-vs-f32 token agreement. One JSON line per configuration, on stdout.
#
#   benches/marian_table.sh DIR [ANCHORS=../shared/tools/marian-speed] > table.jsonl
#
# Needs: pip install torch transformers ctranslate2 safetensors sentencepiece; a release
# build of the bench (cargo bench --bench marian --no-run).
set -euo pipefail
dir=${1:?usage: marian_table.sh DIR [ANCHORS]}
anchors=${2:-$(cd "$(dirname "$0")/.." && pwd)/../shared/tools/marian-speed}
runs=${RUNS:-3}
warmup=${WARMUP:-1}
export MARIAN_SPEED_DIR=$dir
# BENCH_BIN: the built bench binary (target/release/deps/marian-*), else through cargo.
if [ -n "${BENCH_BIN:-}" ]; then
  bench() { "$BENCH_BIN" --bench --workload "$dir" "$@"; }
else
  bench() { cargo bench --quiet --bench marian -- --workload "$dir" "$@"; }
fi
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) $(nproc) cores" >&2
for threads in 2 1; do
  for batch in 13 1; do
    python3 "$anchors/bench_py.py" ct2 "$threads" "$batch" int8 --runs "$runs" --warmup "$warmup"
    python3 "$anchors/bench_py.py" ct2 "$threads" "$batch" float32 --runs "$runs" --warmup "$warmup"
    python3 "$anchors/bench_py.py" hf "$threads" "$batch" --runs "$runs" --warmup "$warmup"
    bench --threads "$threads" --batch "$batch" --quantize f32 --runs "$runs" --warmup "$warmup"
    bench --threads "$threads" --batch "$batch" --quantize int8 --runs "$runs" --warmup "$warmup"
    # The AVX2 kernel (what runs on CPUs without AVX-512 VNNI), same binary.
    PASSERELLE_INT8_KERNEL=avx2 bench --threads "$threads" --batch "$batch" --quantize int8 \
      --runs "$runs" --warmup "$warmup" | sed 's/^{/{"kernel":"avx2",/'
    echo "# done threads $threads batch $batch, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done
done
# Load: first start with the weights evicted from the page cache, then a second start.
for q in f32 int8; do
  python3 -c "import os,sys; f=os.open(sys.argv[1], os.O_RDONLY); os.posix_fadvise(f, 0, 0, os.POSIX_FADV_DONTNEED)" \
    "$dir/model_hf/model.safetensors"
  bench --threads 2 --batch 13 --quantize "$q" --runs 1 --warmup 0 | sed 's/^{/{"start":"first (weights not in page cache)",/'
  bench --threads 2 --batch 13 --quantize "$q" --runs 1 --warmup 0 | sed 's/^{/{"start":"second (weights cached)",/'
done
bench --threads 2 --agree
echo "# end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
