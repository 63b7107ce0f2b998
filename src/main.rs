//! The `relgraph` binary: parse the command line, dispatch, print the error chain.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
