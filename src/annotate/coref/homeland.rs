//! "her country", "his nation": the country a person speaks for, read off the words written
//! before their name ("Veldoran Prime Minister Anna Roskova", "Russian President Vladimir
//! Putin", "U.S. Secretary of State Marco Rubio"). Only a country the document names counts,
//! and only when the person's titles point at exactly one.

use super::names::Cluster;
use crate::annotate::ner::demonyms::demonyms;
use crate::annotate::ner::gazetteer::Gazetteer;
use crate::annotate::ner::roles::is_role_word;
use crate::document::{Document, EntityType, Mention};

/// Nouns that, after "his"/"her", mean the person's country.
pub const COUNTRY_NOUNS: &[&str] = &["country", "nation", "homeland"];

/// How far before a name its title may start.
const TITLE_REACH: usize = 6;

/// Whether `word` names the country cluster `c`: one of its names, a demonym of one
/// (`Veldoran` for `Veldora`), or a gazetteer alias or nationality of it (`U.S.`, `Russian`).
fn names_country(word: &str, c: &Cluster, gaz: &Gazetteer) -> bool {
    if c.surfaces
        .iter()
        .any(|s| s == word || (!s.contains(' ') && demonyms(s).iter().any(|d| d.as_str() == word)))
    {
        return true;
    }
    gaz.lookup(&[word]).is_some_and(|m| {
        let canonical = m.entry.canonical.to_lowercase();
        c.keys.contains(&canonical)
            || c.gazetteer_name
                .as_ref()
                .is_some_and(|g| g.to_lowercase() == canonical)
    })
}

/// The country cluster person cluster `person` speaks for, if its titles name exactly one.
pub fn homeland(
    doc: &Document,
    named: &[Mention],
    clusters: &[Cluster],
    person: usize,
    gaz: &Gazetteer,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    for m in named.iter().filter(|m| m.entity.0 as usize == person) {
        let toks = &doc.sentences[m.sentence].tokens;
        let mut j = m.tokens.0;
        // Walk back over the title: capitalised words, role words and "of".
        while j > 0 && m.tokens.0 - j < TITLE_REACH {
            let w = toks[j - 1].form.as_str();
            let title_like =
                w.chars().next().is_some_and(char::is_uppercase) || is_role_word(w) || w == "of";
            if !title_like {
                break;
            }
            j -= 1;
            for (c, cl) in clusters.iter().enumerate() {
                if cl.kind == EntityType::Gpe && names_country(w, cl, gaz) {
                    match found {
                        Some(f) if f != c => return None,
                        _ => found = Some(c),
                    }
                }
            }
        }
    }
    found
}
