//! Colours and sizes per node type shared by the visual exports (GEXF viz, HTML viewer).
//!
//! The colours are the DOT exporter's ColorBrewer pastels, so a graph looks the same in Gephi,
//! in the browser and in a Graphviz rendering.

use crate::document::EntityType;
use crate::graph::NodeKind;

/// Fill colour of a node type as `(r, g, b)`.
pub fn rgb(kind: NodeKind) -> (u8, u8, u8) {
    match kind {
        NodeKind::Entity(EntityType::Person) => (0xa6, 0xce, 0xe3),
        NodeKind::Entity(EntityType::Org) => (0xfd, 0xbf, 0x6f),
        NodeKind::Entity(EntityType::Gpe) => (0xb2, 0xdf, 0x8a),
        NodeKind::Entity(EntityType::Loc) => (0xcc, 0xeb, 0xc5),
        NodeKind::Entity(EntityType::Norp) => (0xca, 0xb2, 0xd6),
        NodeKind::Entity(EntityType::Event) => (0xfb, 0x9a, 0x99),
        NodeKind::Entity(EntityType::Misc) => (0xd9, 0xd9, 0xd9),
        NodeKind::Concept => (0xff, 0xff, 0xb3),
    }
}

/// `#rrggbb` form of [`rgb`].
pub fn hex(kind: NodeKind) -> String {
    let (r, g, b) = rgb(kind);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Node size for `mentions` mentions: grows with the square root so that one node mentioned a
/// thousand times does not swallow the picture (1 → 15, 4 → 20, 100 → 60).
pub fn node_size(mentions: usize) -> f64 {
    10.0 + 5.0 * (mentions as f64).sqrt()
}

/// Edge thickness for `weight` statements: 1 + log2, as in the DOT pen width.
pub fn edge_thickness(weight: usize) -> f64 {
    1.0 + (weight.max(1) as f64).log2()
}

/// The ISO date (`YYYY-MM-DD`) a document date starts with, if it is one; time and zone parts
/// (`2025-03-18T09:30:00Z`) are dropped, anything else (`March 2025`, `2025-13-01`) is `None`.
pub fn iso_date(s: &str) -> Option<&str> {
    let d = s.trim().get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let month: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_date_table() {
        for (input, want) in [
            ("2025-03-18", Some("2025-03-18")),
            (" 2025-03-18T09:30:00Z", Some("2025-03-18")),
            ("2025-13-01", None),
            ("2025-00-10", None),
            ("2025-03-32", None),
            ("March 2025", None),
            ("2025-3-18", None),
            ("", None),
            ("2025-03-1🚀", None),
        ] {
            assert_eq!(iso_date(input), want, "{input:?}");
        }
    }

    #[test]
    fn sizes_grow_slowly() {
        assert_eq!(node_size(1), 15.0);
        assert_eq!(node_size(4), 20.0);
        assert_eq!(edge_thickness(1), 1.0);
        assert_eq!(edge_thickness(4), 3.0);
        assert_eq!(hex(NodeKind::Concept), "#ffffb3");
    }
}
