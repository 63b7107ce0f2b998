//! Prints the actors of a text file: each entity with its type, aliases, roles and mentions.
//!
//! `cargo run --release --example entities -- article.txt`

use relgraph::Document;
use relgraph::annotate::Pipeline;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: entities FILE"))?;
    let text = std::fs::read_to_string(&path)?;
    let mut doc = Document::new(&path, text);
    Pipeline::embedded()?.annotate(&mut doc)?;
    for (i, e) in doc.entities.iter().enumerate() {
        let mentions: Vec<&str> = doc
            .mentions
            .iter()
            .filter(|m| m.entity.0 as usize == i)
            .map(|m| doc.slice(m.span))
            .collect();
        println!(
            "{:<6} {:<28} aliases={:?} roles={:?} mentions={:?}",
            e.kind.as_str(),
            e.name,
            e.aliases,
            e.roles,
            mentions
        );
    }
    Ok(())
}
