//! In-document coreference: clusters the tagger's mentions into entities (name variants,
//! country aliases, acronyms), then links title references ("the Russian president"),
//! pronouns and plural references ("the two leaders") to them.
//!
//! Rules, in the spirit of the sieve of Lee et al. (2013, "Deterministic coreference
//! resolution based on entity-centric, precision-ranked rules"): precise name matches first,
//! then references that need an antecedent; anything ambiguous is left unlinked.

mod definite;
pub(crate) mod gender;
mod homeland;
mod names;
mod neuter;
mod refer;

use self::names::{Cluster, cluster_names};
use super::Annotator;
use crate::document::{Document, Entity, EntityId, EntityType, Mention};
use crate::error::Result;

pub use self::names::{NameParts, in_capitals, normalise_key};

/// The coreference stage (run after the entity tagger).
#[derive(Debug, Default, Clone, Copy)]
pub struct Coref;

impl Coref {
    pub fn new() -> Coref {
        Coref
    }
}

impl Annotator for Coref {
    fn name(&self) -> &'static str {
        "coref"
    }

    /// Rebuilds `doc.entities` as one entity per cluster and points every mention at its
    /// cluster; adds mentions for linked titles, pronouns and plural references.
    fn annotate(&self, doc: &mut Document) -> Result<()> {
        self.resolve(doc);
        Ok(())
    }
}

impl Coref {
    fn resolve(&self, doc: &mut Document) {
        let (mut clusters, mut mentions) = cluster_names(doc);
        let extra = refer::resolve(doc, &mut clusters, &mentions);
        mentions.extend(extra);
        mentions.sort_by_key(|m| (m.sentence, m.tokens.0, m.tokens.1, m.entity));
        // Entities are numbered by first mention, so ids are stable for the same text.
        let mut first_at = vec![usize::MAX; clusters.len()];
        for (p, m) in mentions.iter().enumerate().rev() {
            first_at[m.entity.0 as usize] = p;
        }
        let mut first: Vec<(usize, usize)> = first_at
            .iter()
            .enumerate()
            .filter(|&(_, &p)| p != usize::MAX)
            .map(|(c, &p)| (p, c))
            .collect();
        first.sort_unstable();
        let mut renumber = vec![u32::MAX; clusters.len()];
        for (new, &(_, old)) in first.iter().enumerate() {
            renumber[old] = new as u32;
        }
        for m in &mut mentions {
            m.entity = EntityId(renumber[m.entity.0 as usize]);
        }
        doc.entities = first
            .iter()
            .map(|&(_, c)| entity_of(&clusters[c]))
            .collect();
        doc.mentions = mentions;
        retag_names(doc);
    }
}

fn entity_of(c: &Cluster) -> Entity {
    let name = c.canonical();
    let mut aliases: Vec<String> = c.surfaces.iter().filter(|s| **s != name).cloned().collect();
    aliases.sort();
    aliases.dedup();
    Entity {
        name,
        kind: c.kind,
        aliases,
        roles: c.roles.clone(),
    }
}

/// Mentions of entity `id`, for tests and callers that want them.
pub fn mentions_of(doc: &Document, id: EntityId) -> Vec<&Mention> {
    doc.mentions.iter().filter(|m| m.entity == id).collect()
}

/// Writes each name's final type back to its tokens' entity tags, so whatever reads a token's
/// tag after coreference (`annotate`'s CoNLL-U, the baseline extractor, a repair run on a
/// document that skipped the repair stage) sees what the document says the name is: "Halvard", tagged
/// a person in "a setback for Halvard" but clustered with "Halvard Orbital", is an
/// organisation there too. Only names (mentions that open with a proper noun) are retagged;
/// types the tag set lacks (nationalities, events) leave the tags as they are.
fn retag_names(doc: &mut Document) {
    for m in &doc.mentions {
        let Some(e) = doc.entities.get(m.entity.0 as usize) else {
            continue;
        };
        let ty = match e.kind {
            EntityType::Person => "PER",
            EntityType::Org => "ORG",
            EntityType::Gpe | EntityType::Loc => "LOC",
            _ => continue,
        };
        let Some(tokens) = doc.sentences.get_mut(m.sentence).map(|s| &mut s.tokens) else {
            continue;
        };
        let (start, end) = m.tokens;
        if tokens.get(start).is_none_or(|t| t.upos != "PROPN") || end > tokens.len() || start >= end
        {
            continue;
        }
        for (k, t) in tokens[start..end].iter_mut().enumerate() {
            t.ner = format!("{}-{ty}", if k == 0 { "B" } else { "I" });
        }
    }
}

#[cfg(test)]
mod tests;
