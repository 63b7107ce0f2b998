//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod parse;
mod pos;
mod util;
