//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod query_cli;
mod util;
