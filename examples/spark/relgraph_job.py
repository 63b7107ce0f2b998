"""relgraph on Spark: map JSONL news documents through `relgraph extract` with RDD.pipe, then
reduce the document records with `relgraph merge` into one graph, the same graph (byte for
byte) as `relgraph build` over the same documents.

Runs unchanged in local mode (`--master 'local[2]'`) and on a cluster (`spark-submit`); see
the README section "Beyond one machine". Every executor needs the relgraph binary: ship it with
`spark-submit --files relgraph` and pass `--relgraph ./relgraph`.

Map: each partition's lines go to one `relgraph extract - --stdin-format jsonl --format records`
process, whose stdout lines (one record per document) form the records RDD.
Reduce: merging is associative and commutative, so the records can be combined in any order.
By default the driver streams them into one `relgraph merge -` process; with `--records DIR`
they are first saved as text files (on a cluster: HDFS, S3, ...) and merged from there.
"""

import argparse
import shlex
import subprocess
import sys

from pyspark import SparkConf, SparkContext


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="JSONL documents: one {id, text, ...} per line (any Spark path)")
    p.add_argument("--out", required=True, help="output directory of the merged graph (on the driver)")
    p.add_argument("--relgraph", default="relgraph", help="the relgraph binary as executors see it")
    p.add_argument("--driver-relgraph", help="the relgraph binary on the driver (default: --relgraph)")
    p.add_argument("--partitions", type=int, default=4, help="minimum number of input partitions")
    p.add_argument("--threads", type=int, default=1, help="relgraph threads per map task (Spark runs one task per core)")
    p.add_argument("--extractor", default="openie", choices=["openie", "baseline"])
    p.add_argument("--format", default="all", help="formats `relgraph merge` writes (graph.json always)")
    p.add_argument("--records", help="also save the map output here and merge from these files")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: from spark-submit)")
    return p.parse_args(argv)


def extract_command(args):
    return " ".join(shlex.quote(a) for a in [
        args.relgraph, "extract", "-", "--stdin-format", "jsonl", "--format", "records",
        "--extractor", args.extractor, "--threads", str(args.threads),
    ])


def merge(relgraph, out, fmt, lines):
    """Feeds record lines to one `relgraph merge -` and waits for it."""
    cmd = [relgraph, "merge", "-", "--out", out, "--format", fmt, "--quiet"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, text=True, encoding="utf-8")
    for line in lines:
        proc.stdin.write(line)
        proc.stdin.write("\n")
    proc.stdin.close()
    if proc.wait() != 0:
        sys.exit(f"relgraph merge failed with exit code {proc.returncode}")


def main(argv):
    args = parse_args(argv)
    conf = SparkConf().setAppName("relgraph")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        documents = sc.textFile(args.input, minPartitions=args.partitions).filter(lambda l: l.strip())
        # checkCode: a mapper that fails (or skips a document, exit code 3) fails the task.
        records = documents.pipe(extract_command(args), checkCode=True)
        driver_relgraph = args.driver_relgraph or args.relgraph
        if args.records:
            records.saveAsTextFile(args.records)
            lines = sc.textFile(args.records).toLocalIterator()
        else:
            lines = records.toLocalIterator()
        merge(driver_relgraph, args.out, args.format, lines)
    finally:
        sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
