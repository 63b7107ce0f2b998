//! BIO tags, the UNER `.iob2` reader, BIO → span decoding and exact-span scoring.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};

/// The UNER entity types the statistical tagger predicts.
pub const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

/// Index of entity type `ty` ("PER", "ORG", "LOC") in [`TYPES`].
///
/// # Panics
/// When `ty` is not one of [`TYPES`]: a programming error.
pub fn type_index(ty: &str) -> usize {
    TYPES
        .iter()
        .position(|&t| t == ty)
        .unwrap_or_else(|| panic!("{ty} is not a tagger type"))
}

/// Number of BIO classes: `O` plus `B-`/`I-` per type.
pub const N_TAGS: usize = 1 + 2 * TYPES.len();

/// The tag of a token outside any entity.
pub const O: usize = 0;

/// Writes entity type `ty` (an index into [`TYPES`]) over `tags[span]`: `B-` on the first
/// token, `I-` on the rest.
pub fn label_span(tags: &mut [usize], span: std::ops::Range<usize>, ty: usize) {
    for (k, t) in tags[span].iter_mut().enumerate() {
        *t = if k == 0 { 1 } else { 2 } + 2 * ty;
    }
}

/// Tag `i` as a string: 0 = `O`, 1 = `B-PER`, 2 = `I-PER`, 3 = `B-ORG`, ...
pub fn tag_name(tag: usize) -> String {
    match tag {
        0 => "O".to_string(),
        t => format!(
            "{}-{}",
            if t % 2 == 1 { "B" } else { "I" },
            TYPES[(t - 1) / 2]
        ),
    }
}

/// Parses a BIO tag. The 2022 train draft's `OTH` type and stray `B-O` tags map to `O`
/// (as its PROVENANCE.md says), and so does anything else unknown.
pub fn tag_id(s: &str) -> usize {
    let Some((bio, ty)) = s.split_once('-') else {
        return 0;
    };
    match TYPES.iter().position(|t| *t == ty) {
        Some(k) if bio == "B" => 1 + 2 * k,
        Some(k) if bio == "I" => 2 + 2 * k,
        _ => 0,
    }
}

/// True for a `B-`/`I-` tag of a type outside [`TYPES`] other than the stray `O` (`B-OTH`).
fn other_type(s: &str) -> bool {
    s.split_once('-')
        .is_some_and(|(_, ty)| ty != "O" && !TYPES.contains(&ty))
}

/// True when `cur` may follow `prev` (`None` = sentence start): `I-X` only after `B-X` or `I-X`.
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p != 0 && (p - 1) / 2 == (cur - 1) / 2)
}

/// An entity span over tokens `start..end` with a type index into [`TYPES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagSpan {
    pub start: usize,
    pub end: usize,
    pub ty: usize,
}

/// Decodes BIO tags into spans. An `I-X` that does not continue an `X` span starts a new one
/// (the usual conlleval convention), so gold files with broken BIO still score sensibly.
pub fn spans(tags: &[usize]) -> Vec<TagSpan> {
    let mut out: Vec<TagSpan> = Vec::new();
    let mut open: Option<TagSpan> = None;
    for (i, &t) in tags.iter().enumerate() {
        let ty = if t == 0 { None } else { Some((t - 1) / 2) };
        let inside = t != 0 && t % 2 == 0;
        match (&mut open, ty) {
            (Some(s), Some(k)) if inside && s.ty == k => s.end = i + 1,
            _ => {
                out.extend(open.take());
                open = ty.map(|k| TagSpan {
                    start: i,
                    end: i + 1,
                    ty: k,
                });
            }
        }
    }
    out.extend(open);
    out
}

/// One sentence of an `.iob2` file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IobSentence {
    pub id: String,
    /// The document (`# newdoc id`) the sentence belongs to; empty before the first one.
    pub doc: String,
    pub words: Vec<String>,
    pub tags: Vec<usize>,
    /// Per token: the file names an entity here of a type the tagger does not predict (the
    /// draft's `OTH`), read as `O` in `tags`. Empty for sources without such tags.
    pub other: Vec<bool>,
}

/// Reads an `.iob2` file (CoNLL-U-like comments, then `ID FORM TAG ...` per token).
pub fn read_iob2(path: &Path) -> Result<Vec<IobSentence>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_iob2(&text).map_err(|(line, msg)| {
        Error::input(
            format!("{}:{line}", path.display()),
            format!("{msg}; expected `ID<TAB>FORM<TAB>BIO-TAG` lines (UNER .iob2 format)"),
        )
    })
}

/// Parses `.iob2` text; an error carries the 1-based line number.
pub fn parse_iob2(text: &str) -> std::result::Result<Vec<IobSentence>, (usize, String)> {
    let mut out = Vec::new();
    let mut cur = IobSentence::default();
    let mut doc = String::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(id) = c.trim().strip_prefix("sent_id = ") {
                cur.id = id.to_string();
            } else if let Some(id) = c.trim().strip_prefix("newdoc id = ") {
                doc = id.to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 {
            return Err((
                n + 1,
                format!("only {} tab-separated column(s)", cols.len()),
            ));
        }
        // Multiword-token ranges (`3-4`) and empty nodes (`5.1`) carry no tag of their own.
        if cols[0].contains(['-', '.']) {
            continue;
        }
        cur.doc.clone_from(&doc);
        cur.words.push(cols[1].to_string());
        cur.tags.push(tag_id(cols[2]));
        cur.other.push(other_type(cols[2]));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Groups consecutive sentences of the same document: index ranges into `sents`.
pub fn documents(sents: &[IobSentence]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        match out.last_mut() {
            Some(r) if sents[r.start].doc == s.doc => r.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Exact-span counts for one type (or overall).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Exact-span scores: a predicted span is correct only if start, end and type all match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpanScore {
    pub overall: Counts,
    pub per_type: BTreeMap<String, Counts>,
}

impl SpanScore {
    /// Adds one sentence's gold and predicted tags.
    pub fn add(&mut self, gold: &[usize], predicted: &[usize]) {
        let g = spans(gold);
        let p = spans(predicted);
        for s in &g {
            self.overall.gold += 1;
            self.per_type
                .entry(TYPES[s.ty].to_string())
                .or_default()
                .gold += 1;
        }
        for s in &p {
            let hit = g.contains(s) as usize;
            self.overall.predicted += 1;
            self.overall.correct += hit;
            let c = self.per_type.entry(TYPES[s.ty].to_string()).or_default();
            c.predicted += 1;
            c.correct += hit;
        }
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Fixtures for the tests of the passes over tag sequences.

    /// Tag ids of space-separated tag names ("O B-PER I-PER").
    pub fn tags(s: &str) -> Vec<usize> {
        s.split_whitespace().map(super::tag_id).collect()
    }

    /// Sentences as words, split at spaces.
    pub fn sentences<'a>(text: &[&'a str]) -> Vec<Vec<&'a str>> {
        text.iter().map(|s| s.split(' ').collect()).collect()
    }

    /// The tags of one sentence (`text` with `labels`) after a pass over a document.
    pub fn after_pass(
        pass: fn(&[Vec<&str>], &mut [Vec<usize>]),
        text: &str,
        labels: &str,
    ) -> Vec<usize> {
        let mut t = vec![tags(labels)];
        pass(&sentences(&[text]), &mut t);
        t.remove(0)
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::tags;
    use super::*;

    #[test]
    fn tag_names_round_trip_and_draft_tags_map_to_o() {
        for t in 0..N_TAGS {
            assert_eq!(tag_id(&tag_name(t)), t);
        }
        for s in ["O", "B-OTH", "I-OTH", "B-O", "X", "B-MISC"] {
            assert_eq!(tag_id(s), 0, "{s}");
        }
    }

    #[test]
    fn label_span_writes_b_then_i() {
        let mut t = tags("O O O O");
        label_span(&mut t, 1..3, 1);
        assert_eq!(t, tags("O B-ORG I-ORG O"));
        label_span(&mut t, 3..4, 2);
        assert_eq!(t, tags("O B-ORG I-ORG B-LOC"));
    }

    #[test]
    fn bio_decoding_table() {
        let span = |start, end, ty| TagSpan { start, end, ty };
        for (bio, want) in [
            ("O O O", vec![]),
            ("B-PER I-PER O", vec![span(0, 2, 0)]),
            ("B-PER B-PER", vec![span(0, 1, 0), span(1, 2, 0)]),
            ("B-ORG I-LOC", vec![span(0, 1, 1), span(1, 2, 2)]),
            ("O I-LOC I-LOC", vec![span(1, 3, 2)]),
            ("B-LOC I-LOC O B-PER", vec![span(0, 2, 2), span(3, 4, 0)]),
            ("I-PER", vec![span(0, 1, 0)]),
        ] {
            assert_eq!(spans(&tags(bio)), want, "{bio}");
        }
    }

    #[test]
    fn transitions_forbid_i_after_other_type() {
        assert!(allowed(None, tag_id("B-PER")));
        assert!(!allowed(None, tag_id("I-PER")));
        assert!(allowed(Some(tag_id("B-PER")), tag_id("I-PER")));
        assert!(allowed(Some(tag_id("I-PER")), tag_id("I-PER")));
        assert!(!allowed(Some(tag_id("B-ORG")), tag_id("I-PER")));
        assert!(!allowed(Some(0), tag_id("I-LOC")));
    }

    #[test]
    fn eval_arithmetic_on_a_fixture() {
        let fixture = "# newdoc id = d\n# sent_id = a\n1\tAnna\tB-PER\n2\tKarp\tI-PER\n3\tmet\tO\n4\tIBM\tB-ORG\n\n\
                       # sent_id = b\n1\tin\tO\n2\tOslo\tB-LOC\n3\tnow\tO\n";
        let gold = parse_iob2(fixture).unwrap();
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[0].id, "a");
        assert_eq!((gold[0].doc.as_str(), gold[1].doc.as_str()), ("d", "d"));
        assert_eq!(documents(&gold), vec![0..2]);
        let mut sc = SpanScore::default();
        // Sentence a: the person is cut short (wrong), IBM right. Sentence b: Oslo right, `now` spurious.
        sc.add(&gold[0].tags, &tags("B-PER O O B-ORG"));
        sc.add(&gold[1].tags, &tags("O B-LOC B-PER"));
        assert_eq!(
            sc.overall,
            Counts {
                gold: 3,
                predicted: 4,
                correct: 2
            }
        );
        assert!((sc.overall.precision() - 0.5).abs() < 1e-12);
        assert!((sc.overall.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((sc.overall.f1() - 4.0 / 7.0).abs() < 1e-12);
        assert_eq!(
            sc.per_type["PER"],
            Counts {
                gold: 1,
                predicted: 2,
                correct: 0
            }
        );
        assert_eq!(sc.per_type["ORG"].f1(), 1.0);
        assert!(parse_iob2("1\tonly-two\n").is_err());
    }
}
