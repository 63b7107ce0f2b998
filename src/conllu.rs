//! CoNLL-U reading and writing (UD's 10-column format).
//!
//! The reader keeps comments (`# text = ...`, `# newdoc`, `# newpar`), multiword token lines
//! (`3-4`) and skips empty nodes (`5.1`), which basic dependency trees do not use.

use std::fmt::Write as _;

use crate::document::{Sentence, Span, Token};
use crate::error::{Error, Result};

/// One word line of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 = root.
    pub head: usize,
    pub deprel: String,
    pub misc: String,
}

impl Word {
    /// `SpaceAfter=No` is absent from MISC.
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// A multiword token such as `don't` = `do` + `n't` (ids `first..=last`, 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiWord {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConllSentence {
    /// Comment lines without the leading `# `.
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiWord>,
}

impl ConllSentence {
    /// The value of a `# key = value` comment.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }

    /// True if the sentence starts a new document (`# newdoc`).
    pub fn new_doc(&self) -> bool {
        self.comments.iter().any(|c| c.starts_with("newdoc"))
    }

    /// True if the sentence starts a new paragraph (`# newpar`) or document.
    pub fn new_par(&self) -> bool {
        self.new_doc() || self.comments.iter().any(|c| c.starts_with("newpar"))
    }

    /// Converts to a document sentence with synthetic spans (words joined by single spaces where
    /// `SpaceAfter` says so), returning the sentence and the text it spans.
    pub fn to_sentence(&self, offset: usize) -> (Sentence, String) {
        let mut text = String::new();
        let mut tokens = Vec::with_capacity(self.words.len());
        for w in &self.words {
            let start = offset + text.len();
            text.push_str(&w.form);
            let mut t = Token::new(w.form.clone(), Span::new(start, offset + text.len()));
            t.lemma = w.lemma.clone();
            t.upos = w.upos.clone();
            t.xpos = w.xpos.clone();
            t.feats = w.feats.clone();
            t.head = w.head;
            t.deprel = w.deprel.clone();
            t.space_after = w.space_after();
            if t.space_after {
                text.push(' ');
            }
            tokens.push(t);
        }
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        (
            Sentence {
                span: Span::new(offset, offset + text.len()),
                tokens,
                repaired: false,
            },
            text,
        )
    }
}

/// Parses a whole CoNLL-U file. `name` is used in error messages.
pub fn parse(input: &str, name: &str) -> Result<Vec<ConllSentence>> {
    let mut out = Vec::new();
    let mut cur = ConllSentence::default();
    for (lineno, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() || !cur.comments.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = |msg: &str| {
            Error::input(
                format!("{name}:{}", lineno + 1),
                format!("{msg}; is this a CoNLL-U file?"),
            )
        };
        if cols.len() != 10 {
            return Err(bad(&format!(
                "expected 10 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty node of an enhanced graph
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => return Err(bad(&format!("bad multiword id `{id}`"))),
            };
            cur.multiwords.push(MultiWord {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let head = match cols[6] {
            "_" => 0,
            h => h.parse().map_err(|_| bad(&format!("bad head `{h}`")))?,
        };
        cur.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads and parses a CoNLL-U file.
pub fn read(path: &std::path::Path) -> Result<Vec<ConllSentence>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(&text, &path.display().to_string())
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() { "_" } else { s }
}

/// Writes one annotated sentence as CoNLL-U (with `# sent_id` and `# text` comments).
pub fn write_sentence(out: &mut String, sent_id: &str, text: &str, tokens: &[Token]) {
    write_sentence_with_misc(out, sent_id, text, tokens, &[]);
}

/// [`write_sentence`] with extra MISC attributes per token (`extra[i]`, e.g.
/// `Entity=B-PERSON|Ref=2`); a missing or empty entry adds nothing.
pub fn write_sentence_with_misc(
    out: &mut String,
    sent_id: &str,
    text: &str,
    tokens: &[Token],
    extra: &[String],
) {
    let _ = writeln!(out, "# sent_id = {sent_id}");
    let _ = writeln!(out, "# text = {}", text.replace('\n', " "));
    for (i, t) in tokens.iter().enumerate() {
        let head = if t.deprel.is_empty() {
            "_".to_string()
        } else {
            t.head.to_string()
        };
        let more = extra.get(i).map_or("", String::as_str);
        let misc = match (t.space_after, more.is_empty()) {
            (true, true) => "_".to_string(),
            (false, true) => "SpaceAfter=No".to_string(),
            (true, false) => more.to_string(),
            (false, false) => format!("{more}|SpaceAfter=No"),
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            i + 1,
            t.form,
            or_blank(&t.lemma),
            or_blank(&t.upos),
            or_blank(&t.xpos),
            or_blank(&t.feats),
            head,
            or_blank(&t.deprel),
            misc
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = 1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_comments_multiwords_and_skips_empty_nodes() {
        let s = &parse(SAMPLE, "t").unwrap()[0];
        assert!(s.new_doc() && s.new_par());
        assert_eq!(s.meta("text"), Some("I don't know."));
        assert_eq!(s.words.len(), 5);
        assert_eq!(
            s.multiwords[0],
            MultiWord {
                first: 2,
                last: 3,
                form: "don't".into(),
                misc: "_".into()
            }
        );
        assert_eq!(s.words[3].head, 0);
        assert!(!s.words[3].space_after());
        let (sent, text) = s.to_sentence(10);
        assert_eq!(text, "I do n't know.");
        assert_eq!(sent.tokens[4].span, Span::new(23, 24));
    }

    #[test]
    fn round_trips_through_the_writer() {
        let s = &parse(SAMPLE, "t").unwrap()[0];
        let (sent, text) = s.to_sentence(0);
        let mut out = String::new();
        write_sentence(&mut out, "1", &text, &sent.tokens);
        let back = &parse(&out, "t").unwrap()[0];
        assert_eq!(
            back.words,
            s.words
                .iter()
                .map(|w| Word {
                    misc: if w.space_after() {
                        "_".into()
                    } else {
                        w.misc.clone()
                    },
                    ..w.clone()
                })
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn wrong_column_count_names_the_line() {
        let err = parse("1\tx\n", "f.conllu").unwrap_err().to_string();
        assert!(err.starts_with("f.conllu:1: expected 10"), "{err}");
    }
}
