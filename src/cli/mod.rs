//! Command-line interface: one file per subcommand, each with an `Args` struct and `run()`.

mod annotate;
mod build;
mod eval;
mod eval_tokenize;
mod export;
mod extract;
mod extract_records;
mod render;
#[cfg(feature = "train")]
mod train;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod merge;
mod neighbors;
mod output;
mod path;
mod procstat;
mod progress;
mod query;
mod stats;
mod why;

/// Turn news text into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "relgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build a knowledge graph from news articles (files, directories, JSONL, stdin).
    Build(build::Args),
    /// Re-export a graph.json store as DOT, GraphML, CSV, GEXF, JSON, Cypher or HTML.
    Export(export::Args),
    /// Draw a graph.json store as SVG/PNG/PDF through Graphviz.
    Render(render::Args),
    /// Segment and tag text files; print CoNLL-U.
    Annotate(annotate::Args),
    /// Extract relation triples sentence by sentence (CaRB tuples, text, JSONL).
    Extract(extract::Args),
    /// Measure a model against gold annotations (`relgraph eval pos|parse GOLD.conllu`, `relgraph eval carb ...`).
    Eval(eval::Args),
    /// Train a model (`relgraph train pos|parse --train ... --dev ... --out ...`).
    #[cfg(feature = "train")]
    Train(train::Args),
    /// Match a relation pattern such as 'Putin -[agree*]-> ?what'.
    Query(query::Args),
    /// Show every edge between two nodes with the sentences that state it.
    Why(why::Args),
    /// List (and export) the neighbourhood of a node.
    Neighbors(neighbors::Args),
    /// Print the shortest paths between two nodes.
    Path(path::Args),
    /// Count nodes and relations; rank actors by degree and PageRank.
    Stats(stats::Args),
    /// Combine graph.json files and `extract` JSONL records into one graph (the reduce step).
    Merge(merge::Args),
    /// Measure throughput per stage, end to end, peak memory and export speed.
    Bench(bench::Args),
}

/// Exit codes (documented in the README).
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// A fatal error: nothing useful was produced.
    pub const ERROR: u8 = 1;
    /// Bad command-line usage (clap's own code).
    #[allow(
        dead_code,
        reason = "clap exits with it by itself; named here for the README"
    )]
    pub const USAGE: u8 = 2;
    /// Output was written, but some inputs were skipped (each named on stderr).
    pub const PARTIAL: u8 = 3;
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: anyhow::Result<u8> = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Annotate(args) => annotate::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        #[cfg(feature = "train")]
        Command::Train(args) => train::run(args),
        Command::Query(args) => query::run(args),
        Command::Why(args) => why::run(args),
        Command::Neighbors(args) => neighbors::run(args),
        Command::Path(args) => path::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Bench(args) => bench::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(exit::OK);
            }
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(exit::ERROR)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
