//! All integration tests in one binary: CLI tests run the real `relgraph` executable.

mod eval_pos_raw;
mod eval_tokenize;
mod extract;
mod ner;
mod parse;
mod pos;
mod query_cli;
mod util;

mod alias_cli;
mod atomic;
mod bad_input;
mod build_cli;
mod consumers;
mod consumers_python;
mod determinism;
mod export_cli;
mod exports_more;
mod exports_view;
mod fixture;
mod golden;
mod output_fresh;
mod properties;
mod regressions;
mod scale;
