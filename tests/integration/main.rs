//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod pos;
mod util;
