//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod extract;
mod parse;
mod util;
