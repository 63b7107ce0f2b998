#!/usr/bin/env bash
# Runs examples/spark/relgraph_job.py on the sample corpus with PySpark in local mode (the same
# job runs on a cluster) and checks that its graph.json is byte-identical to `relgraph build`'s.
# Needs Java 17+ and Python 3; pyspark goes into a venv outside the repository's files
# (default target/spark-venv, or $RELGRAPH_SPARK_VENV). Not part of `cargo test`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${RELGRAPH_SPARK_VENV:-$root/target/spark-venv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v java >/dev/null || { echo "run.sh: Spark needs Java 17 or newer on PATH" >&2; exit 1; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
relgraph=$root/target/release/relgraph

if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pyspark
fi
export PYSPARK_PYTHON="$venv/bin/python"

# The sample corpus as JSONL: each examples/*.txt (id = file name), then examples/summit.jsonl.
"$venv/bin/python" - "$root/examples" > "$work/corpus.jsonl" <<'PY'
import json, pathlib, sys
examples = pathlib.Path(sys.argv[1])
for path in sorted(examples.glob("*.txt")):
    print(json.dumps({"id": path.name, "text": path.read_text(encoding="utf-8")}))
for line in (examples / "summit.jsonl").read_text(encoding="utf-8").splitlines():
    if line.strip():
        print(line)
PY

"$relgraph" build "$work/corpus.jsonl" --out "$work/build" --format json --quiet
"$venv/bin/python" "$here/relgraph_job.py" --master 'local[2]' --partitions 3 \
    --relgraph "$relgraph" --input "$work/corpus.jsonl" --out "$work/spark" --format json \
    --records "$work/records"

documents=$(wc -l < "$work/corpus.jsonl")
if cmp -s "$work/build/graph.json" "$work/spark/graph.json"; then
    echo "ok: Spark map/merge over $documents documents gave the graph.json of relgraph build"
else
    diff "$work/build/graph.json" "$work/spark/graph.json" | head -20 >&2
    echo "FAILED: the Spark graph.json differs from relgraph build's" >&2
    exit 1
fi
