//! The relation pattern language: text → [`Pattern`] (see [`super::ast`]), with byte offsets
//! for error carets.
//!
//! # Grammar
//!
//! ```text
//! pattern    = chain [ "where" condition { "and" condition } ]
//! chain      = node edge node { edge node }           (one or more hops)
//! node       = ( "?" [ variable ] | name ) [ ":" type ]
//! variable   = letter { letter | digit | "_" }
//! name       = word { word } | '"' text '"'           (bare names stop before `where`)
//! edge       = "-[" rel "]->"                         (left to right)
//!            | "<-[" rel "]-"                         (right to left)
//!            | "-[" rel "]-"                          (either direction)
//!            | "-->" | "<--" | "--"                   (any relation)
//! rel        = [ "not" ] [ glob { "|" glob } ] [ "by" name ]
//! glob       = relation lemma words; "*" matches any run, "?" one character; empty = "*"
//! condition  = ( "weight" | "docs" ) op number       (statements / distinct documents)
//!            | [ "not" ] "negated"
//!            | "by" name                              (attributed to)
//!            | "modal" [ "=" word ]                   (has a modal marker)
//!            | "date" op yyyy-mm-dd                   (some statement's document date)
//! op         = "=" | "==" | "!=" | "<" | "<=" | ">" | ">="
//! type       = person | org | gpe | loc | norp | event | misc | entity | concept
//!              (also the labels organization, place, location, group)
//! ```
//!
//! `?` alone is a fresh anonymous node; a `?name` used twice is one node. Names match a node's
//! name or aliases case-insensitively (see `eval`). `where` conditions hold for every edge of the
//! chain; `not` and `by` inside brackets restrict only that edge. Without `not`, both asserted
//! and negated statements match (negated ones show as `not <relation>`); `where not negated`
//! keeps asserted ones only.
//!
//! ```
//! use relgraph::query::Pattern;
//! let p: Pattern = "Putin -[agree*]-> ?what where weight >= 2".parse().unwrap();
//! assert_eq!(p.edges.len(), 1);
//! assert_eq!(p.to_string(), "Putin -[agree*]-> ?what where weight >= 2");
//! ```

use std::str::FromStr;

use super::ast::{
    CmpOp, Condition, Direction, EdgePattern, Glob, NodePattern, Pattern, Term, TypeFilter,
    is_word_char,
};
use crate::error::{Error, ErrorKind, Result};

impl Pattern {
    /// Parses a pattern; errors are [`ErrorKind::Query`] with the offending byte offset.
    pub fn parse(text: &str) -> Result<Pattern> {
        Parser { src: text, pos: 0 }.pattern()
    }
}

impl FromStr for Pattern {
    type Err = Error;
    fn from_str(s: &str) -> Result<Pattern> {
        Pattern::parse(s)
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, offset: usize, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Query {
            pattern: self.src.to_string(),
            offset,
            message: message.into(),
        })
    }

    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.src.len() - trimmed.len();
    }

    fn eat(&mut self, token: &str) -> bool {
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    /// The next whitespace-free word (as in a name), without consuming it.
    fn peek_word(&self) -> &str {
        let rest = self.rest();
        let end = rest
            .char_indices()
            .find(|&(i, c)| !is_word_char(c, i == 0) || self.edge_at(i))
            .map_or(rest.len(), |(i, _)| i);
        &rest[..end]
    }

    /// True when an edge starts `i` bytes past the cursor.
    fn edge_at(&self, i: usize) -> bool {
        let r = &self.rest()[i..];
        r.starts_with("-[") || r.starts_with("--")
    }

    fn eat_keyword(&mut self, kw: &str) -> bool {
        let w = self.peek_word();
        if w.eq_ignore_ascii_case(kw) {
            self.pos += w.len();
            true
        } else {
            false
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn pattern(mut self) -> Result<Pattern> {
        self.skip_ws();
        if self.at_end() {
            return Err(self.error(
                0,
                "empty pattern; write a chain such as `Putin -[agree*]-> ?what`",
            ));
        }
        let mut nodes = vec![self.node()?];
        let mut edges = Vec::new();
        loop {
            self.skip_ws();
            if self.at_end() || self.peek_word().eq_ignore_ascii_case("where") {
                break;
            }
            edges.push(self.edge()?);
            self.skip_ws();
            if self.at_end() {
                return Err(self.error(
                    self.pos,
                    "expected a node after the edge, such as `?x` or a name",
                ));
            }
            nodes.push(self.node()?);
        }
        if edges.is_empty() {
            return Err(self.error(self.pos, "expected an edge such as `-[*]->` after the node"));
        }
        let mut conditions = Vec::new();
        if self.eat_keyword("where") {
            loop {
                self.skip_ws();
                conditions.push(self.condition()?);
                self.skip_ws();
                if self.at_end() {
                    break;
                }
                if !self.eat_keyword("and") {
                    return Err(self.error(self.pos, "expected `and` or the end of the pattern"));
                }
            }
        }
        check_variable_types(&self, &nodes)?;
        Ok(Pattern {
            text: self.src.to_string(),
            nodes,
            edges,
            conditions,
        })
    }

    fn node(&mut self) -> Result<NodePattern> {
        let offset = self.pos;
        let term = if self.eat("?") {
            let rest = self.rest();
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            if len == 0 {
                Term::Anonymous
            } else if rest.starts_with(|c: char| c.is_ascii_digit() || c == '_') {
                return Err(self.error(self.pos, "a variable name starts with a letter: `?who`"));
            } else {
                let v = rest[..len].to_string();
                self.pos += len;
                Term::Var(v)
            }
        } else {
            Term::Name(self.name("a node: a name, `?` or `?variable`")?)
        };
        let kind = if self.eat(":") {
            let at = self.pos;
            let w = self.peek_word().to_string();
            match TypeFilter::parse(&w) {
                Some(k) => {
                    self.pos += w.len();
                    Some(k)
                }
                None => {
                    return Err(self.error(
                        at,
                        format!(
                            "unknown node type `{w}`; use person, org, gpe, loc, norp, event, misc, entity or concept"
                        ),
                    ));
                }
            }
        } else {
            None
        };
        Ok(NodePattern { term, kind, offset })
    }

    /// A quoted string or one or more bare words (stopping before keywords in `stop`).
    fn name_until(&mut self, what: &str, stop: &[&str]) -> Result<String> {
        if let Some(q @ ('"' | '\'')) = self.peek() {
            let open = self.pos;
            self.pos += 1;
            let Some(len) = self.rest().find(q) else {
                return Err(self.error(open, "unterminated quote: add the closing quote"));
            };
            let name = self.rest()[..len].to_string();
            self.pos += len + 1;
            if name.trim().is_empty() {
                return Err(self.error(open, "empty name"));
            }
            return Ok(name);
        }
        let mut words: Vec<&str> = Vec::new();
        loop {
            let save = self.pos;
            self.skip_ws();
            let w = self.peek_word();
            if w.is_empty() || stop.iter().any(|k| w.eq_ignore_ascii_case(k)) {
                self.pos = save;
                break;
            }
            let (start, len) = (self.pos, w.len());
            words.push(&self.src[start..start + len]);
            self.pos += len;
        }
        if words.is_empty() {
            return Err(self.error(self.pos, format!("expected {what}")));
        }
        Ok(words.join(" "))
    }

    fn name(&mut self, what: &str) -> Result<String> {
        self.name_until(what, &["where", "and"])
    }

    fn edge(&mut self) -> Result<EdgePattern> {
        let offset = self.pos;
        let backward = self.eat("<");
        let mut edge = EdgePattern {
            direction: Direction::Either,
            relations: Vec::new(),
            negated_only: false,
            by: None,
            offset,
        };
        if self.eat("--") {
            let forward = self.eat(">");
            edge.direction = direction(self, backward, forward, offset)?;
            return Ok(edge);
        }
        if !self.eat("-[") {
            return Err(self.error(
                self.pos,
                "expected an edge: `-[relation]->`, `<-[relation]-` or `-[relation]-`",
            ));
        }
        self.skip_ws();
        if self.eat_keyword("not") {
            edge.negated_only = true;
        }
        loop {
            self.skip_ws();
            let start = self.pos;
            let len = self.rest().find(['|', ']']).unwrap_or(self.rest().len());
            let text = &self.rest()[..len];
            // A ` by ` inside the brackets ends the relation and starts the attribution.
            let (glob_text, by_at) = match find_word(text, "by") {
                Some(i) => (&text[..i], Some(start + i)),
                None => (text, None),
            };
            if glob_text.contains(['[', '<', '>', '"']) {
                let bad = glob_text.find(['[', '<', '>', '"']).unwrap_or(0);
                return Err(self.error(
                    start + bad,
                    "unexpected character in a relation; close it with `]`",
                ));
            }
            if !glob_text.trim().is_empty() {
                edge.relations.push(Glob::new(glob_text));
            } else if self.rest().starts_with('|') || !edge.relations.is_empty() {
                return Err(self.error(start, "empty relation between `|`"));
            }
            self.pos = start + glob_text.len();
            if let Some(at) = by_at {
                self.pos = at + 2;
                self.skip_ws();
                edge.by = Some(self.name_until("a source after `by`", &[])?);
                self.skip_ws();
                if self.peek() != Some(']') {
                    return Err(self.error(self.pos, "expected `]` after the `by` source"));
                }
            }
            if self.eat("|") {
                continue;
            }
            if self.at_end() {
                return Err(self.error(self.pos, "expected `]` to close the relation"));
            }
            break;
        }
        if edge.relations.iter().any(Glob::is_any) {
            edge.relations.clear();
        }
        if !self.eat("]-") {
            // `]>` misses its dash: point at what follows the bracket.
            let at = if self.rest().starts_with(']') {
                self.pos + 1
            } else {
                self.pos
            };
            return Err(self.error(at, "expected `]->` or `]-` to close the edge"));
        }
        let forward = self.eat(">");
        edge.direction = direction(self, backward, forward, offset)?;
        Ok(edge)
    }

    fn condition(&mut self) -> Result<Condition> {
        let at = self.pos;
        let word = self.peek_word().to_ascii_lowercase();
        self.pos += word.len();
        self.skip_ws();
        Ok(match word.as_str() {
            "weight" | "docs" => {
                let op = self.op()?;
                self.skip_ws();
                let num_at = self.pos;
                let digits = self
                    .rest()
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(self.rest().len());
                let n: usize = self.rest()[..digits]
                    .parse()
                    .map_err(|_| self.error(num_at, "expected a whole number"))?;
                self.pos += digits;
                if word == "weight" {
                    Condition::Weight(op, n)
                } else {
                    Condition::Docs(op, n)
                }
            }
            "negated" => Condition::Negated(true),
            "not" => {
                if !self.eat_keyword("negated") {
                    return Err(self.error(self.pos, "expected `negated` after `not`"));
                }
                Condition::Negated(false)
            }
            "by" => Condition::By(self.name_until("a source after `by`", &["and"])?),
            "modal" => {
                if self.eat("=") {
                    self.skip_ws();
                    let m = self.peek_word().to_lowercase();
                    if m.is_empty() {
                        return Err(self.error(self.pos, "expected a modal such as `would`"));
                    }
                    self.pos += m.len();
                    Condition::Modal(Some(m))
                } else {
                    Condition::Modal(None)
                }
            }
            "date" => {
                let op = self.op()?;
                self.skip_ws();
                let d = self.peek_word().to_string();
                let valid = !d.is_empty()
                    && d.chars().all(|c| c.is_ascii_digit() || c == '-')
                    && d.starts_with(|c: char| c.is_ascii_digit());
                if !valid {
                    return Err(self.error(self.pos, "expected a date such as 2025-03-18"));
                }
                self.pos += d.len();
                Condition::Date(op, d)
            }
            _ => {
                return Err(self.error(
                    at,
                    "unknown condition; use weight, docs, negated, not negated, by, modal or date",
                ));
            }
        })
    }

    fn op(&mut self) -> Result<CmpOp> {
        for (tok, op) in [
            ("==", CmpOp::Eq),
            ("!=", CmpOp::Ne),
            ("<=", CmpOp::Le),
            (">=", CmpOp::Ge),
            ("=", CmpOp::Eq),
            ("<", CmpOp::Lt),
            (">", CmpOp::Gt),
        ] {
            if self.eat(tok) {
                return Ok(op);
            }
        }
        Err(self.error(self.pos, "expected a comparison: = != < <= > >="))
    }
}

/// The direction of an edge from its arrow heads.
fn direction(p: &Parser<'_>, backward: bool, forward: bool, offset: usize) -> Result<Direction> {
    match (backward, forward) {
        (false, true) => Ok(Direction::Forward),
        (true, false) => Ok(Direction::Backward),
        (false, false) => Ok(Direction::Either),
        (true, true) => Err(p.error(
            offset,
            "an edge has at most one arrow head: `-[r]->`, `<-[r]-` or `-[r]-`",
        )),
    }
}

/// Byte offset of `word` as a whole, whitespace-delimited word in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut offset = 0;
    for piece in text.split(' ') {
        if piece.eq_ignore_ascii_case(word) {
            return Some(offset);
        }
        offset += piece.len() + 1;
    }
    None
}

/// A variable used twice must not carry two different types.
fn check_variable_types(p: &Parser<'_>, nodes: &[NodePattern]) -> Result<()> {
    for (i, n) in nodes.iter().enumerate() {
        let (Term::Var(v), Some(k)) = (&n.term, n.kind) else {
            continue;
        };
        for earlier in &nodes[..i] {
            if let (Term::Var(w), Some(j)) = (&earlier.term, earlier.kind)
                && w == v
                && j != k
            {
                return Err(p.error(n.offset, format!("?{v} is already typed {}", j.name())));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
