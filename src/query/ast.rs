//! The pattern AST: chains of node and edge patterns with `where` conditions, relation globs,
//! and the canonical text form (`Display`) that parses back to the same pattern.
//!
//! The grammar is documented in [`super::parse`].

use std::fmt;
use std::fmt::Write as _;

use crate::document::EntityType;

/// A parsed pattern: `nodes[i] -edges[i]- nodes[i + 1]`, plus conditions on every edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The pattern text as given (error carets point into it).
    pub text: String,
    pub nodes: Vec<NodePattern>,
    /// `edges.len() == nodes.len() - 1`, at least one.
    pub edges: Vec<EdgePattern>,
    pub conditions: Vec<Condition>,
}

/// One node position of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodePattern {
    pub term: Term,
    pub kind: Option<TypeFilter>,
    /// Byte offset of the node in the pattern text.
    pub offset: usize,
}

/// What a node position stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// `?`: any node, not reported by name.
    Anonymous,
    /// `?x`: any node, bound to `x` (the same variable twice is the same node).
    Var(String),
    /// A name, resolved through names and aliases.
    Name(String),
}

/// A node type constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeFilter {
    /// `:person`, `:org`, ...; `:entity` (any entity) is `Entity(None)`.
    Entity(Option<EntityType>),
    /// `:concept`.
    Concept,
}

/// Which way an edge of the pattern runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `-[r]->`: from the left node to the right node.
    Forward,
    /// `<-[r]-`: from the right node to the left node.
    Backward,
    /// `-[r]-`: either way.
    Either,
}

/// One edge position of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgePattern {
    pub direction: Direction,
    /// Relation globs, any of which may match; empty means any relation.
    pub relations: Vec<Glob>,
    /// `not`: only negated statements.
    pub negated_only: bool,
    /// `by NAME`: only statements attributed to NAME.
    pub by: Option<String>,
    /// Byte offset of the edge in the pattern text.
    pub offset: usize,
}

/// A relation glob: `*` matches any run of characters, `?` exactly one. Case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob(String);

/// A `where` condition, checked on every edge of a match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Number of statements (the edge weight).
    Weight(CmpOp, usize),
    /// Number of distinct documents stating the edge.
    Docs(CmpOp, usize),
    /// `negated` (true) or `not negated` (false).
    Negated(bool),
    /// Some statement is attributed to this source.
    By(String),
    /// Some statement has a modal marker (this one, when given).
    Modal(Option<String>),
    /// Some statement's document date compares so (ISO dates compare as text).
    Date(CmpOp, String),
}

/// A comparison operator of a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// `left OP right`.
    pub fn holds<T: Ord + ?Sized>(self, left: &T, right: &T) -> bool {
        match self {
            CmpOp::Eq => left == right,
            CmpOp::Ne => left != right,
            CmpOp::Lt => left < right,
            CmpOp::Le => left <= right,
            CmpOp::Gt => left > right,
            CmpOp::Ge => left >= right,
        }
    }

    pub(super) fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

impl Glob {
    /// A glob from its text (lower-cased, whitespace runs collapsed).
    pub fn new(text: &str) -> Glob {
        Glob(
            text.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the glob is `*` (matches everything).
    pub fn is_any(&self) -> bool {
        !self.0.is_empty() && self.0.chars().all(|c| c == '*')
    }

    /// True when the glob has no wildcard, so it can be looked up exactly.
    pub fn is_literal(&self) -> bool {
        !self.0.contains(['*', '?'])
    }

    /// Whether `text` (a normalised, lower-case relation) matches.
    ///
    /// Greedy matching with one backtrack point at the last `*`: linear in practice and never
    /// exponential, since a later `*` supersedes any earlier choice.
    pub fn matches(&self, text: &str) -> bool {
        let p: Vec<char> = self.0.chars().collect();
        let t: Vec<char> = text.chars().collect();
        let (mut pi, mut ti) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while ti < t.len() {
            if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
                pi += 1;
                ti += 1;
            } else if pi < p.len() && p[pi] == '*' {
                star = Some((pi, ti));
                pi += 1;
            } else if let Some((sp, st)) = star {
                pi = sp + 1;
                ti = st + 1;
                star = Some((sp, st + 1));
            } else {
                return false;
            }
        }
        p[pi..].iter().all(|&c| c == '*')
    }
}

impl TypeFilter {
    /// Parses a type name (case-insensitive), or `None`.
    pub fn parse(s: &str) -> Option<TypeFilter> {
        let lower = s.to_ascii_lowercase();
        Some(match lower.as_str() {
            "entity" | "actor" => TypeFilter::Entity(None),
            "concept" => TypeFilter::Concept,
            "organisation" => TypeFilter::Entity(Some(EntityType::Org)),
            "place" => TypeFilter::Entity(Some(EntityType::Gpe)),
            "group" => TypeFilter::Entity(Some(EntityType::Norp)),
            _ => TypeFilter::Entity(Some(EntityType::parse(&lower)?)),
        })
    }

    /// Whether a node whose entity type is `entity` (None for a concept) passes.
    pub fn accepts(self, entity: Option<EntityType>) -> bool {
        match self {
            TypeFilter::Entity(None) => entity.is_some(),
            TypeFilter::Entity(Some(t)) => entity == Some(t),
            TypeFilter::Concept => entity.is_none(),
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            TypeFilter::Entity(None) => "Entity",
            TypeFilter::Entity(Some(t)) => t.label(),
            TypeFilter::Concept => "Concept",
        }
    }
}

impl Pattern {
    /// Variable names in order of first appearance.
    pub fn variables(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for n in &self.nodes {
            if let Term::Var(v) = &n.term
                && !out.contains(&v.as_str())
            {
                out.push(v);
            }
        }
        out
    }
}

/// Canonical text: parsing it again gives the same pattern (offsets aside).
impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, node) in self.nodes.iter().enumerate() {
            if i > 0 {
                let e = &self.edges[i - 1];
                let mut rel = String::new();
                if e.negated_only {
                    rel.push_str("not ");
                }
                let globs: Vec<&str> = e.relations.iter().map(Glob::as_str).collect();
                rel.push_str(if globs.is_empty() { "*" } else { "" });
                rel.push_str(&globs.join("|"));
                if let Some(by) = &e.by {
                    write!(rel, " by {}", quoted(by))?;
                }
                let rel = rel.trim();
                match e.direction {
                    Direction::Forward => write!(f, " -[{rel}]-> ")?,
                    Direction::Backward => write!(f, " <-[{rel}]- ")?,
                    Direction::Either => write!(f, " -[{rel}]- ")?,
                }
            }
            match &node.term {
                Term::Anonymous => f.write_str("?")?,
                Term::Var(v) => write!(f, "?{v}")?,
                Term::Name(n) => f.write_str(&quoted(n))?,
            }
            if let Some(k) = node.kind {
                write!(f, ":{}", k.name())?;
            }
        }
        for (i, c) in self.conditions.iter().enumerate() {
            f.write_str(if i == 0 { " where " } else { " and " })?;
            match c {
                Condition::Weight(op, n) => write!(f, "weight {} {n}", op.as_str())?,
                Condition::Docs(op, n) => write!(f, "docs {} {n}", op.as_str())?,
                Condition::Negated(true) => f.write_str("negated")?,
                Condition::Negated(false) => f.write_str("not negated")?,
                Condition::By(n) => write!(f, "by {}", quoted(n))?,
                Condition::Modal(None) => f.write_str("modal")?,
                Condition::Modal(Some(m)) => write!(f, "modal = {m}")?,
                Condition::Date(op, d) => write!(f, "date {} {d}", op.as_str())?,
            }
        }
        Ok(())
    }
}

/// A name as written in a pattern: bare when it re-parses as itself, else double-quoted.
fn quoted(name: &str) -> String {
    let bare = name.split(' ').all(|w| {
        !w.is_empty() && !is_keyword(w) && w.char_indices().all(|(i, c)| is_word_char(c, i == 0))
    });
    if bare && !name.contains("--") && !name.contains("-[") {
        name.to_string()
    } else {
        format!("\"{name}\"")
    }
}

fn is_keyword(w: &str) -> bool {
    ["where", "and", "by", "not"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
}

/// Characters of a bare name word. `-` is allowed inside (`Jean-Luc`) unless it starts an edge.
pub(super) fn is_word_char(c: char, first: bool) -> bool {
    !(c.is_whitespace()
        || matches!(c, ':' | '[' | ']' | '<' | '>' | '"' | '|' | '?' | '=' | '!')
        || (first && matches!(c, '-' | '\'')))
}
