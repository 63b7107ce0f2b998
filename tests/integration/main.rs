//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod query_cli;
mod util;

mod consumers;
mod consumers_python;
mod determinism;
mod export_cli;
mod fixture;
mod golden;
