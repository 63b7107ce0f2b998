//! `relgraph extract --format records`: the map step of a cluster job. Documents stream in
//! from any inputs `build` reads (a Spark or Hadoop streaming mapper feeds JSONL on stdin), are
//! annotated and extracted in parallel, and leave as one [`DocumentRecord`] JSON line each, in
//! input order. `relgraph merge` reduces any grouping of such outputs to the graph `build`
//! gives over the same documents.
//!
//! [`DocumentRecord`]: relgraph::extract::record::DocumentRecord

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;

use relgraph::annotate::{ParserKind, Pipeline};
use relgraph::corpus;
use relgraph::extract::Extractor;
use relgraph::input::{self, StdinFormat};

use super::build::thread_pool;
use super::exit;

/// Writes the record of every document of `inputs` to stdout; skipped documents are named on
/// stderr and make the exit code [`exit::PARTIAL`].
pub fn run(
    inputs: &[PathBuf],
    stdin_format: StdinFormat,
    extractor: &dyn Extractor,
    parser: ParserKind,
    threads: Option<usize>,
) -> anyhow::Result<u8> {
    let pipeline = Pipeline::embedded_with(parser).context("cannot load the embedded models")?;
    let pool = thread_pool(threads)?;
    let mut docs = input::read(inputs, stdin_format);
    let mut out = BufWriter::new(std::io::stdout());
    let mut skipped = 0;
    let mut failed = None;
    corpus::for_each_outcome(
        docs.by_ref(),
        &pool,
        &pipeline,
        extractor,
        |outcome| match outcome {
            Ok(record) if failed.is_none() => {
                if let Err(e) = writeln!(out, "{}", record.to_json_line()) {
                    failed = Some(e);
                }
            }
            Ok(_) => {}
            Err(message) => {
                skipped += 1;
                eprintln!("warning: {message}");
            }
        },
    );
    for note in docs.take_warnings() {
        eprintln!("warning: {note}");
    }
    if let Some(e) = failed {
        return Err(e).context("cannot write the records");
    }
    out.flush().context("cannot write the records")?;
    Ok(if skipped > 0 { exit::PARTIAL } else { exit::OK })
}
