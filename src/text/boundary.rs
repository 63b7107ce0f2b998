//! A learned sentence-boundary classifier that reviews the rules of [`super::sentences`].
//!
//! Every gap between two tokens (without a blank line, which always breaks) is one binary
//! decision. The rules' verdict is a feature, next to the words and case classes around the gap,
//! so the averaged perceptron (Collins 2002) learns where the rules are wrong on real text: a
//! colon before a capitalised clause, a signature line without final punctuation, `..` used as a
//! full stop. Trained on the raw text of UD English EWT train (`relgraph train sentences`).

use super::sentences::line_breaks;
use super::tokenize::Piece;
use crate::error::Result;
use crate::perceptron::ScoreTable;
use crate::perceptron::codec::{self, Reader, Writer};
use crate::perceptron::features::Feature;
use crate::perceptron::table::argmax_i32;

/// Model file kind and format version; bump the version when the features change.
pub const KIND: &str = "sent";
pub const VERSION: u32 = 2;
const RETRAIN: &str = "relgraph train sentences --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out src/model/weights/sent.bin";

/// Class 1 = a sentence ends after the token, class 0 = it goes on.
pub const N_CLASSES: usize = 2;

/// The trained classifier; an empty one keeps every decision of the rules.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BoundaryModel {
    pub(crate) table: ScoreTable,
}

/// Hash of a word, lower-cased without allocating.
fn lower_hash(s: &str) -> u64 {
    let mut f = Feature::new(90);
    for c in s.chars().flat_map(char::to_lowercase) {
        f = f.num(c as u64);
    }
    f.finish()
}

/// A coarse class of a token: capitalised word, lower-case word, number, or its first character.
fn class(s: &str) -> u64 {
    match s.chars().next() {
        Some(c) if c.is_uppercase() => {
            if s.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && s.len() > 1
            {
                1
            } else {
                2
            }
        }
        Some(c) if c.is_alphabetic() => 3,
        Some(c) if c.is_ascii_digit() => 4,
        Some(c) => 16 + c as u64,
        None => 0,
    }
}

/// Features of the gap after piece `i` (which must have a successor) given the rules' verdict.
pub(crate) fn gap_features(text: &str, pieces: &[Piece], i: usize, rule: bool, out: &mut Vec<u64>) {
    out.clear();
    let form = |k: usize| &text[pieces[k].start..pieces[k].end];
    let (cur, next) = (form(i), form(i + 1));
    let prev = if i > 0 { form(i - 1) } else { "" };
    let next2 = if i + 2 < pieces.len() {
        form(i + 2)
    } else {
        ""
    };
    let gap = &text[pieces[i].end..pieces[i + 1].start];
    let r = u64::from(rule);
    let (lc, ln) = (lower_hash(cur), lower_hash(next));
    let (cc, cn, cp) = (class(cur), class(next), class(prev));
    let f = |tpl: u32| Feature::new(tpl).num(r);
    out.push(f(91).finish());
    out.push(f(92).num(lc).finish());
    out.push(f(93).num(ln).finish());
    out.push(f(94).num(cc).num(cn).finish());
    out.push(f(95).num(lc).num(cn).finish());
    out.push(f(96).num(lower_hash(prev)).num(lc).finish());
    out.push(
        f(97)
            .num(line_breaks(gap).min(1) as u64)
            .num(u64::from(gap.is_empty()))
            .num(cn)
            .finish(),
    );
    out.push(f(98).num(cp).num(cc).num(cn).finish());
    out.push(f(99).num(ln).num(class(next2)).finish());
    out.push(f(100).num(cc).num(ln).finish());
    out.push(
        f(101)
            .num(cur.chars().count().min(6) as u64)
            .num(cc)
            .num(cn)
            .finish(),
    );
    out.push(f(102).num(lc).num(ln).finish());
    // Line breaks in the gap (0, 1, 2+) with the words around it: signature lines, lists and
    // headers end without punctuation, and what follows a line break decides it.
    let lb = line_breaks(gap).min(2) as u64;
    out.push(f(103).num(lb).num(lc).num(cn).finish());
    out.push(f(104).num(lower_hash(prev)).num(cn).finish());
    out.push(f(105).num(cp).num(lc).num(cn).finish());
    out.push(f(106).num(cn).num(class(next2)).num(lb).finish());
    out.push(f(107).num(lc).num(class(next2)).finish());
    out.push(f(108).num(ln).num(lb).finish());
    out.push(
        f(109)
            .num(next.chars().count().min(6) as u64)
            .num(cn)
            .num(cc)
            .finish(),
    );
}

impl BoundaryModel {
    /// The classifier embedded in the binary (decoded on first use).
    pub fn embedded() -> &'static BoundaryModel {
        crate::model::sentences()
    }

    /// Whether a sentence ends after piece `i`, given the rules' verdict `rule`.
    pub(crate) fn breaks(
        &self,
        text: &str,
        pieces: &[Piece],
        i: usize,
        rule: bool,
        feats: &mut Vec<u64>,
    ) -> bool {
        if self.table.n_features() == 0 {
            return rule;
        }
        gap_features(text, pieces, i, rule, feats);
        let mut scores = [0i32; N_CLASSES];
        self.table.add_scores(feats, &mut scores);
        // Ties keep the rules' verdict.
        if scores[0] == scores[1] {
            rule
        } else {
            argmax_i32(&scores) == 1
        }
    }

    /// Decodes a model file (`name` is used in messages).
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<BoundaryModel> {
        let payload = codec::decode_file(bytes, name, KIND, VERSION, RETRAIN)?;
        let table = ScoreTable::decode(&mut Reader::new(&payload))?;
        if table.n_classes() != N_CLASSES {
            return Err(crate::error::Error::model(format!(
                "model {name} is corrupt (class count); run `{RETRAIN}`"
            )));
        }
        Ok(BoundaryModel { table })
    }

    /// Encodes the classifier as a model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        self.table.encode(&mut w);
        codec::encode_file(KIND, VERSION, w.bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_decodes_and_round_trips() {
        let m = BoundaryModel::embedded();
        assert!(m.table.n_features() > 1000);
        assert_eq!(
            BoundaryModel::from_bytes(&m.to_bytes(), "sent.bin").unwrap(),
            *m
        );
        let err = BoundaryModel::from_bytes(crate::model::pos_file(), "pos.bin").unwrap_err();
        assert!(
            err.to_string().contains("relgraph train sentences"),
            "{err}"
        );
    }
}
