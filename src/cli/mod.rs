//! Command-line interface: one file per subcommand, each with an `Args` struct and `run()`.

mod annotate;
mod eval;
#[cfg(feature = "train")]
mod train;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turn news text into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "relgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Segment and tag text files; print CoNLL-U.
    Annotate(annotate::Args),
    /// Measure a model against gold annotations (`relgraph eval pos GOLD.conllu`).
    Eval(eval::Args),
    /// Train a model (`relgraph train pos --train ... --dev ... --out ...`).
    #[cfg(feature = "train")]
    Train(train::Args),
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
        Command::Annotate(a) => annotate::run(a),
        Command::Eval(a) => eval::run(a),
        #[cfg(feature = "train")]
        Command::Train(a) => train::run(a),
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
