//! `relgraph render`: draw a graph.json store as SVG, PNG or PDF with the installed Graphviz.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args as ClapArgs, ValueEnum};

use relgraph::export::render::{DOT_MAX_NODES, Layout, render};
use relgraph::graph::KnowledgeGraph;

use super::exit;

/// Draw a graph.json store as an image through Graphviz (`dot` or `sfdp`).
///
/// The format follows the extension of --out (.svg, .png, .pdf). Graphviz must be installed
/// (Debian/Ubuntu: `apt-get install graphviz`).
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph render out/graph.json --out out/graph.svg
  relgraph render out/graph.json --out out/graph.png --layout sfdp")]
pub struct Args {
    /// The graph.json store to draw.
    pub graph: PathBuf,
    /// The image to write; its extension chooses the format.
    #[arg(long, short)]
    pub out: PathBuf,
    /// Layout program: auto picks `dot` up to 300 nodes and `sfdp -Goverlap=prism` above.
    #[arg(long, value_enum, default_value_t = LayoutChoice::Auto)]
    pub layout: LayoutChoice,
}

/// `--layout` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LayoutChoice {
    Auto,
    Dot,
    Sfdp,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let layout = match args.layout {
        LayoutChoice::Auto => Layout::Auto,
        LayoutChoice::Dot => Layout::Dot,
        LayoutChoice::Sfdp => Layout::Sfdp,
    };
    let done = render(&graph, &args.out, layout).with_context(|| {
        format!(
            "could not render {} into {}",
            args.graph.display(),
            args.out.display()
        )
    })?;
    println!("{}", args.out.display());
    eprintln!(
        "rendered {} nodes and {} edges with {} ({}; {} bytes){}",
        graph.node_count(),
        graph.edge_count(),
        done.program,
        done.format,
        done.bytes,
        if graph.node_count() > DOT_MAX_NODES && layout == Layout::Auto {
            " — large graph, force layout"
        } else {
            ""
        }
    );
    Ok(exit::OK)
}
