//! Relations stated inside noun phrases: appositions ("A, B" → A —be→ B), titles ("President
//! Bush" → Bush —be→ President), possession ("the abbey's properties" → abbey —has→
//! properties) and nominal relations ("his call with Putin" → his —call with→ Putin).

use super::clause::{DETACHED, Extraction, Kind, Phrase, RelWord, np, subject_np};
use super::label::content_clause;
use super::tree::Tree;
use crate::annotate::ner::roles;

/// "14.2 million euros ($15.4 million)", "80 meters (260 feet)": an amount in brackets after an
/// amount (`a` an apposition of `n`) converts it. The graph leaves it out; CaRB's gold has such
/// tuples, so extraction keeps it.
pub(super) fn is_conversion(t: &Tree, n: usize, a: usize) -> bool {
    let amount = |i: usize| {
        t.upos(i) == "NUM" || t.xpos(i) == "$" || t.kids(i, &["nummod"]).next().is_some()
    };
    let bracketed = t.kids(a, &["punct"]).any(|p| p < a && t.form(p) == "(");
    bracketed && amount(n) && amount(a)
}

/// "groups, including the Journalists' Association, Reporters United and the Open Press Fund,",
/// "lenders, including Fjell Bank and Sorvik Savings,": a list after "including", "such as" or
/// "like" between a noun (or an item) at `a` and an item at `b`, or right before the first of
/// them, names some of them; the items
/// rename neither the noun nor each other. The graph leaves such appositions out; CaRB's gold
/// has some, so extraction keeps them.
pub(super) fn is_listed_item(t: &Tree, a: usize, b: usize) -> bool {
    let opener = |i: usize| {
        matches!(t.form(i).to_lowercase().as_str(), "including" | "like")
            || (t.form(i).eq_ignore_ascii_case("as")
                && i > 0
                && t.form(i - 1).eq_ignore_ascii_case("such"))
    };
    // From the word before the first one's phrase ("including Fjell Bank, Sorvik Savings").
    let (lo, hi) = (a.min(b), a.max(b));
    let start = t.subtree(lo).into_iter().min().unwrap_or(lo);
    (start.saturating_sub(1)..hi).any(opener)
}

/// "sacked the coach on Saturday, a day after the cup exit": a time in apposition (`a`) says
/// when, it renames nothing. The graph leaves it out; extraction keeps it for CaRB.
pub(super) fn is_time_apposition(t: &Tree, a: usize) -> bool {
    super::clause::is_time_noun(t, a)
}

/// "Alexander Grushko, Russia's deputy foreign minister" → Grushko —be→ deputy foreign minister.
pub(super) fn apposition(t: &Tree, n: usize) -> Option<Extraction> {
    let a = t.kids_full(n, &["appos"]).next()?;
    // On a verb only a summary of its clause is an apposition; anything else is a noun the
    // parser hung there ("gathered outside the building in Kessa, the capital").
    if t.upos(n) == "VERB" && !CLAUSE_SUMMARIES.contains(&t.lemma(a).to_lowercase().as_str()) {
        return None;
    }
    // "supporters in the capital, Nordvik": after a prepositional modifier, the name renames
    // the modifier's noun (the nearest one), wherever the parser hung it; but a name after a
    // role's "of" phrase names the holder ("the chief executive of Aurora, Paul Decker").
    let mut renamed = n;
    let holder = t.upos(a) == "PROPN" && roles::is_role_noun(t.form(n));
    while let Some(m) = t
        .kids(renamed, &["nmod"])
        .filter(|&m| !holder && renamed < m && m < a)
        .last()
    {
        renamed = m;
    }
    // "agreed to buy Harbor Freightways for $4 billion, a deal that ...": an event noun after a
    // name sums up the clause, the parser hung it on the nearest noun; a name is no deal. Nor
    // is a thing ("... in cash, a deal that", "$38.50 a share, a premium of 27 percent"): only
    // an event or arrangement can be renamed as one ("the merger, a deal worth ..."). Hung on
    // the verb, it sums up the clause, which it may ("named new officers, a move that ...").
    // An event the apposition hangs on is what it renames, not the noun of its modifier ("an
    // offer on the minimum wage: an increase to ...").
    if CLAUSE_SUMMARIES.contains(&t.lemma(a).to_lowercase().as_str()) && t.upos(n) != "VERB" {
        let event = |i: usize| {
            let lemma = t.lemma(i).to_lowercase();
            t.upos(i) == "NOUN"
                && (CLAUSE_SUMMARIES.contains(&lemma.as_str()) || EVENTS.contains(&lemma.as_str()))
        };
        // "... in breach of the truce, a charge officials denied": a claim sums up what was
        // said, never the event it names.
        let assertion = matches!(
            t.lemma(a).to_lowercase().as_str(),
            "claim" | "accusation" | "charge" | "allegation"
        );
        let said = |i: usize| {
            matches!(
                t.lemma(i).to_lowercase().as_str(),
                "statement" | "report" | "announcement" | "remark" | "comment"
            )
        };
        if assertion && !said(n) && !said(renamed) {
            return None;
        }
        if event(n) {
            renamed = n;
        } else if !event(renamed) {
            return None;
        }
    }
    // "charged each passenger about $2,000": an amount beside a thing that is none is the
    // second object the parser read as an apposition, not what the thing is.
    let amount = |i: usize| super::label::quantity(t, i).is_some();
    if amount(a) && !amount(renamed) && !amount(n) {
        return None;
    }
    let subject = subject_np(t, renamed);
    Some(Extraction {
        kind: Kind::Apposition,
        subject_parts: Vec::new(),
        subject,
        relation: vec![RelWord::Lit("be")],
        predicate: None,
        args: vec![np(t, a)],
        negated: false,
        passive: false,
        modality: None,
        attributed_to: None,
    })
}

/// Nouns that sum up a whole statement in an apposition after it ("..., a move that ...", "...,
/// a claim officials denied"), never what a name is.
const CLAUSE_SUMMARIES: &[&str] = &[
    "deal",
    "move",
    "step",
    "decision",
    "transaction",
    "purchase",
    "acquisition",
    "claim",
    "accusation",
    "charge",
    "allegation",
    "measure",
    "development",
    "setback",
    "blow",
    "boost",
    "reversal",
    "increase",
    "decline",
    "drop",
    "rise",
    "jump",
    "fall",
    "gain",
    "loss",
    "figure",
    "sign",
    "signal",
    "premium",
    "discount",
    "record",
];

/// Nouns of events and arrangements, which a summary noun can rename ("the merger, a deal
/// worth $4 billion"; "the strike, a setback for ...").
const EVENTS: &[&str] = &[
    "merger",
    "agreement",
    "accord",
    "pact",
    "sale",
    "takeover",
    "plan",
    "proposal",
    "ceasefire",
    "truce",
    "offer",
    "bid",
    "contract",
    "treaty",
    "settlement",
    "ruling",
    "verdict",
    "order",
    "law",
    "bill",
    "policy",
    "reform",
    "strike",
    "attack",
    "election",
    "vote",
    "result",
    "change",
    "cut",
    "hike",
    "announcement",
    "statement",
    "report",
    "investment",
    "loan",
    "fine",
    "ban",
];

/// "his call with Putin" → his —call with→ Putin: a possessed noun with a prepositional
/// complement; "Putin's demand for halting aid" → Putin —demand for→ halting aid: a possessed
/// light noun with the clause that states its content.
pub(super) fn nominal(t: &Tree, n: usize) -> Option<Extraction> {
    // A noun that names a person by a relation ("his French counterpart in Beijing") is that
    // person; its modifier says where the person is, not a relation of the owner's.
    if !matches!(t.upos(n), "NOUN")
        || super::actor::RELATIONAL.contains(&t.lemma(n).to_lowercase().as_str())
    {
        return None;
    }
    let owner = t.kids_full(n, &["nmod:poss"]).next()?;
    let clause = content_clause(t, n);
    let m = clause.or_else(|| t.kids_full(n, &["nmod"]).find(|&m| m > n))?;
    let cases: Vec<usize> = t.kids(m, &["case", "mark"]).filter(|&c| c < m).collect();
    // "Norway's parliament on Tuesday", "his ministry last year": a time, or a noun with no
    // preposition, is no relation of the owner's.
    let time = super::clause::is_time_noun(t, m);
    if clause.is_none() && (cases.is_empty() || time) {
        return None;
    }
    let mut obj = np(t, m);
    obj.toks.retain(|x| !cases.contains(x));
    let subject = subject_np(t, owner);
    let mut relation = vec![RelWord::Tok(n)];
    relation.extend(cases.into_iter().map(RelWord::Tok));
    Some(Extraction {
        kind: Kind::Nominal,
        subject,
        subject_parts: Vec::new(),
        relation,
        predicate: Some(n),
        args: vec![obj],
        negated: false,
        passive: false,
        modality: None,
        attributed_to: None,
    })
}

/// Nouns that name whom a person is to someone, beside the roles: "Okafor's agent, Luc
/// Besnard".
const PERSONAL_RELATIONS: &[&str] = &[
    "agent", "brother", "daughter", "father", "husband", "mother", "partner", "sister", "son",
    "wife",
];

/// "Dacora's chief executive, Victor Stan," → Victor Stan —be chief executive of→ Dacora: a
/// possessed role with a name in apposition says what the person is to the owner, which a bare
/// "has" would hide.
fn role_of_owner(t: &Tree, n: usize, owner: usize) -> Option<Extraction> {
    let lemma = t.lemma(n).to_lowercase();
    let role = roles::is_role_noun(&lemma)
        || super::actor::RELATIONAL.contains(&lemma.as_str())
        || PERSONAL_RELATIONS.contains(&lemma.as_str());
    if !role {
        return None;
    }
    let name = t.kids(n, &["appos"]).find(|&a| t.upos(a) == "PROPN")?;
    let mut relation = vec![RelWord::Lit("be")];
    relation.extend(
        t.kids(n, &["compound", "amod"])
            .filter(|&c| c < n && c > owner && t.upos(c) != "PROPN")
            .map(RelWord::Tok),
    );
    relation.push(RelWord::Tok(n));
    relation.push(RelWord::Lit("of"));
    Some(Extraction {
        kind: Kind::Implied,
        subject: np(t, name),
        subject_parts: Vec::new(),
        relation,
        predicate: None,
        args: vec![subject_np(t, owner)],
        negated: false,
        passive: false,
        modality: None,
        attributed_to: None,
    })
}

/// "Pavel Drugan, the head of the National Farmers' Union" → Pavel Drugan —be head of→ National
/// Farmers' Union: a role in apposition to a name, with an "of" phrase that names what the role
/// is in, says what the person is to it, as [`role_of_owner`] does for "the union's head".
/// The graph takes it in place of the apposition `name` —be→ `a`; CaRB's gold keeps the whole
/// apposition as what the person is, so extraction does too.
pub(super) fn role_of_named(t: &Tree, name: usize, a: usize) -> Option<Extraction> {
    let capitalised = |i: usize| t.form(i).starts_with(char::is_uppercase);
    if t.upos(name) != "PROPN" || !roles::is_role_noun(&t.lemma(a).to_lowercase()) {
        return None;
    }
    let m = t.kids(a, &["nmod"]).find(|&m| m > a && capitalised(m))?;
    let cases: Vec<usize> = t.kids(m, &["case"]).filter(|&c| c < m).collect();
    if cases.len() != 1 || !t.form(cases[0]).eq_ignore_ascii_case("of") {
        return None;
    }
    let mut obj = np(t, m);
    obj.toks.retain(|x| !cases.contains(x));
    let mut relation = vec![RelWord::Lit("be")];
    relation.extend(
        t.kids(a, &["compound", "amod"])
            .filter(|&c| c < a && t.upos(c) != "PROPN")
            .map(RelWord::Tok),
    );
    relation.push(RelWord::Tok(a));
    relation.push(RelWord::Lit("of"));
    Some(Extraction {
        kind: Kind::Apposition,
        subject: subject_np(t, name),
        subject_parts: Vec::new(),
        relation,
        predicate: None,
        args: vec![obj],
        negated: false,
        passive: false,
        modality: None,
        attributed_to: None,
    })
}

/// An extraction with an implied relation word between two phrases.
fn implied(subject: Phrase, word: &'static str, object: Phrase) -> Extraction {
    Extraction {
        kind: Kind::Implied,
        subject,
        subject_parts: Vec::new(),
        relation: vec![RelWord::Lit(word)],
        predicate: None,
        args: vec![object],
        negated: false,
        passive: false,
        modality: None,
        attributed_to: None,
    }
}

/// "President Bush", "morning show host Ryan Cameron": a name with common-noun modifiers before
/// it → Bush —be→ President.
pub(super) fn title(t: &Tree, n: usize) -> Option<Extraction> {
    if t.upos(n) != "PROPN" {
        return None;
    }
    let nouns: Vec<usize> = t
        .kids(n, &["compound"])
        .filter(|&c| c < n && t.upos(c) == "NOUN")
        .collect();
    let first = *nouns.first()?;
    let last = *nouns.last()?;
    let mut title: Vec<usize> = Vec::new();
    for &c in &nouns {
        title.extend(t.subtree(c));
    }
    title.sort_unstable();
    let name: Vec<usize> = (last + 1..=n).chain(t.kids(n, &["flat"])).collect();
    let name = Phrase {
        head: n,
        toks: t.contiguous(name, n),
    };
    Some(implied(
        name,
        "be",
        Phrase {
            head: first,
            toks: t.contiguous(title, last),
        },
    ))
}

/// "the abbey 's properties" → the abbey —has→ properties.
pub(super) fn possession(t: &Tree, n: usize) -> Option<Extraction> {
    if !matches!(t.upos(n), "NOUN") {
        return None;
    }
    let owner = t.kids_full(n, &["nmod:poss"]).next()?;
    // A possessed noun with a complement is a nominal relation ("Putin's demand for halting
    // aid" → Putin —demand for→ halting aid), not also a possession.
    if t.upos(owner) == "PRON" || nominal(t, n).is_some() {
        return None;
    }
    // "Friday's closing price", "last year's vote": a time does not own what happened in it.
    let lemma = t.lemma(owner).to_lowercase();
    if lemma != "may" && crate::annotate::lexicon::TIME_WORDS.contains(&lemma.as_str()) {
        return None;
    }
    // "an Alzheimer's treatment": a disease owns nothing.
    if crate::annotate::ner::diseases::is_eponym(t.form(owner)) {
        return None;
    }
    // "the miners' union", "a patients' group": a bare plural says what kind, not whose.
    let bare_plural = t.upos(owner) == "NOUN"
        && t.xpos(owner) == "NNS"
        && t.kids_full(owner, &["det", "nmod:poss", "nummod", "amod"])
            .next()
            .is_none();
    if bare_plural {
        return None;
    }
    if let Some(e) = role_of_owner(t, n, owner) {
        return Some(e);
    }
    // "Ukraine's neutral status and the refusal of ...": a conjunct with its own determiner or
    // possessor is not owned by this possessor.
    let own_det = |c: usize| {
        t.kids(c, &["det"]).next().is_some() || t.kids_full(c, &["nmod:poss"]).next().is_some()
    };
    let owned = t.trim(t.subtree_without(n, |c| {
        c == owner
            || matches!(t.rel(c), "det")
            || DETACHED.contains(&t.deprel(c))
            || t.rel(c) == "conj" && own_det(c)
    }));
    Some(implied(
        subject_np(t, owner),
        "has",
        Phrase {
            head: n,
            toks: t.contiguous(owned, n),
        },
    ))
}
