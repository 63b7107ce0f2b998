//! Pictures of the graph through the installed Graphviz: the DOT export piped into `dot` (small
//! graphs, layered and readable) or `sfdp -Goverlap=prism` (large graphs, where `dot` takes
//! minutes and the multiscale force layout with prism overlap removal stays fast and legible).
//!
//! The image format comes from the output file's extension (`svg`, `png`, `pdf`); the image is
//! written atomically, like every export. Graphviz missing from `PATH` is an error that names the
//! program and how to install it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use super::dot::Dot;
use super::write_atomic;
use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;

/// Graphs with more nodes than this are laid out with `sfdp` instead of `dot`.
pub const DOT_MAX_NODES: usize = 300;

/// Which Graphviz layout program draws the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `dot` up to [`DOT_MAX_NODES`] nodes, `sfdp` above.
    Auto,
    Dot,
    Sfdp,
}

impl Layout {
    /// The program and its extra arguments for a graph of `nodes` nodes.
    pub fn command(self, nodes: usize) -> (&'static str, &'static [&'static str]) {
        let sfdp: (&str, &[&str]) = ("sfdp", &["-Goverlap=prism"]);
        match self {
            Layout::Dot => ("dot", &[]),
            Layout::Sfdp => sfdp,
            Layout::Auto if nodes <= DOT_MAX_NODES => ("dot", &[]),
            Layout::Auto => sfdp,
        }
    }
}

/// Graphviz output format (`-T`) for a file name: `svg`, `png` or `pdf`.
pub fn image_format(path: &Path) -> Result<&'static str> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "svg" => Ok("svg"),
        "png" => Ok("png"),
        "pdf" => Ok("pdf"),
        _ => Err(Error::other(format!(
            "{}: cannot tell the image format from the extension; use .svg, .png or .pdf",
            path.display()
        ))),
    }
}

/// What [`render`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The Graphviz program that laid the graph out.
    pub program: &'static str,
    pub format: &'static str,
    pub bytes: usize,
}

/// Renders `graph` into `out` with Graphviz (see [`Layout`]).
///
/// # Errors
/// An unknown extension; Graphviz not installed (the message says `apt-get install graphviz`);
/// Graphviz failing (its stderr is included); the output file not writable.
pub fn render(graph: &KnowledgeGraph, out: &Path, layout: Layout) -> Result<Rendered> {
    let format = image_format(out)?;
    let (program, args) = layout.command(graph.node_count());
    let bytes = run_graphviz(program, args, format, Dot::new(graph).to_string())?;
    write_atomic(out, &bytes)?;
    Ok(Rendered {
        program,
        format,
        bytes: bytes.len(),
    })
}

/// Pipes `dot_text` through `program -T<format> args…` and returns its standard output.
pub fn run_graphviz(
    program: &str,
    args: &[&str],
    format: &str,
    dot_text: String,
) -> Result<Vec<u8>> {
    let mut child = Command::new(program)
        .arg(format!("-T{format}"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::other(format!(
                    "Graphviz program `{program}` was not found on PATH; install Graphviz \
                     (Debian/Ubuntu: `apt-get install graphviz`, macOS: `brew install graphviz`) \
                     or use `relgraph export --format dot` and render the .dot file elsewhere"
                ))
            } else {
                Error::other(format!("could not start Graphviz `{program}`: {e}"))
            }
        })?;
    // Feed stdin from a thread: Graphviz may fill its stdout pipe before reading all input.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let feeder = std::thread::spawn(move || stdin.write_all(dot_text.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::other(format!("Graphviz `{program}` did not finish: {e}")))?;
    let fed = feeder.join().expect("the stdin feeder does not panic");
    if !output.status.success() {
        return Err(Error::other(format!(
            "Graphviz `{program} -T{format}` failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    fed.map_err(|e| Error::other(format!("could not send the graph to `{program}`: {e}")))?;
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_switches_to_sfdp_above_the_limit() {
        assert_eq!(Layout::Auto.command(10).0, "dot");
        assert_eq!(Layout::Auto.command(DOT_MAX_NODES).0, "dot");
        assert_eq!(Layout::Auto.command(DOT_MAX_NODES + 1).0, "sfdp");
        assert!(Layout::Auto.command(5000).1.contains(&"-Goverlap=prism"));
        assert_eq!(Layout::Sfdp.command(1).0, "sfdp");
        assert_eq!(Layout::Dot.command(10_000).0, "dot");
    }

    #[test]
    fn image_format_table() {
        for (name, want) in [
            ("g.svg", Some("svg")),
            ("G.PNG", Some("png")),
            ("a/b.pdf", Some("pdf")),
        ] {
            assert_eq!(image_format(Path::new(name)).ok(), want, "{name}");
        }
        let err = image_format(Path::new("graph.jpg"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("graph.jpg") && err.contains(".svg"), "{err}");
    }

    #[test]
    fn a_missing_program_is_named_with_the_install_command() {
        let err = run_graphviz("relgraph-no-such-graphviz", &[], "svg", String::new())
            .unwrap_err()
            .to_string();
        assert!(err.contains("`relgraph-no-such-graphviz`"), "{err}");
        assert!(err.contains("apt-get install graphviz"), "{err}");
    }
}
