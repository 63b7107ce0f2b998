//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod ner;
mod pos;
mod util;
