//! Command-line interface: one file per subcommand, each with an `Args` struct and `run()`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod build;
mod eval;
mod export;
mod render;

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
    /// Score a stage against gold data (`relgraph eval tokenize GOLD.conllu`).
    Eval(eval::Args),
}

/// Exit codes (documented in the README).
#[allow(
    dead_code,
    reason = "some codes are used only by subcommands on other branches"
)]
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// A fatal error: nothing useful was produced.
    pub const ERROR: u8 = 1;
    /// Bad command-line usage (clap's own code).
    #[allow(dead_code, reason = "documented exit code; clap exits with it itself")]
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
        Command::Eval(args) => eval::run(args),
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
