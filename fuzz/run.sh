#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer coverage instrumentation on stable Rust and runs each
# for a bounded time: `fuzz/run.sh SECONDS [TARGET...]` (default 60 s, every target).
#
# The flags are the ones cargo-fuzz passes, minus the nightly-only `-Zsanitizer`: stable rustc
# accepts `-Cpasses=sancov-module` and `-Cllvm-args`, so no nightly and no cargo-fuzz are needed.
# Crashes land in fuzz/artifacts/TARGET/; the growing corpus in fuzz/corpus/TARGET/ (seeded from
# fuzz/seeds/TARGET/, which is committed and replayed by `cargo test`).
# Runs under `nice -n 19`: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(tokenize pipeline graph_json conllu query)
fi
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps RUSTFLAGS off build scripts and proc macros (they cannot link
# the coverage hooks).
triple="$(rustc -vV | sed -n "s/^host: //p")"
nice -n 19 cargo build --release --bins --target "$triple"
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t" "seeds/$t"
    echo "== $t: ${secs}s"
    nice -n 19 "target/$triple/release/$t" "corpus/$t" "seeds/$t" \
        -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>&1 |
        tee "artifacts/$t.log" | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==|SUMMARY|panicked|Done)" || true
done
