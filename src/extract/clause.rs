//! Clause-based extraction over a UD tree: finds predicates (verbs, copular and nominal predicates),
//! their subjects (own or inherited), relation phrase and arguments, in the spirit of ClausIE
//! (Del Corro & Gemulla, WWW 2013): clauses are read off the dependency structure, not patterns.

use super::phrasal;
use super::tree::Tree;
use crate::annotate::lexicon::{OBJECT_CONTROL, SAY, TIME_WORDS};
use crate::annotate::repair;

/// How an extraction was found; drives its confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A predicate with its own subject.
    Clause,
    /// A conjoined or adverbial predicate that borrows its head's subject.
    Inherited,
    /// A relative clause whose subject or object is the noun it modifies.
    Relative,
    /// A participle modifying a noun ("an armada preparing to invade").
    Participle,
    /// "A, B" → A is B.
    Apposition,
    /// "his call with Putin" → his —call with→ Putin.
    Nominal,
    /// "President Bush" → Bush —be→ President; "the abbey 's properties" → abbey —have→ properties.
    Implied,
    /// "Y, X said" / "according to X, Y" → X —say→ Y.
    Attribution,
}

/// One word of a relation phrase: a sentence token or a word that the sentence implies ("be").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RelWord {
    Tok(usize),
    Lit(&'static str),
}

/// A phrase: its tokens in order and its head token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub head: usize,
    pub toks: Vec<usize>,
}

/// One extraction in token indices; [`super::openie`] turns it into text, triples and confidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    pub kind: Kind,
    pub subject: Phrase,
    /// The conjuncts of a coordinated subject ("Trump and Putin" → Trump, Putin); empty otherwise.
    pub subject_parts: Vec<Phrase>,
    pub relation: Vec<RelWord>,
    /// The predicate token (verb or predicate nominal), if any.
    pub predicate: Option<usize>,
    pub args: Vec<Phrase>,
    pub negated: bool,
    pub passive: bool,
    pub modality: Option<usize>,
    pub attributed_to: Option<Phrase>,
}

/// Modal auxiliaries reported as modality.
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall",
];

/// Dependents that belong to the clause, not to a nominal or adjectival predicate's own phrase.
const CLAUSAL: &[&str] = &[
    "nsubj",
    "csubj",
    "cop",
    "aux",
    "mark",
    "punct",
    "advcl",
    "cc",
    "conj",
    "parataxis",
    "obl",
    "ccomp",
    "discourse",
    "expl",
    "xcomp",
    "vocative",
    "dep",
    "list",
    "reparandum",
    "obj",
    "iobj",
];

/// Dependents cut out of argument phrases: they become extractions of their own.
pub(super) const DETACHED: &[&str] = &["acl:relcl", "appos", "parataxis"];

/// Options the CaRB measurements chose between.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Adverbial clauses become extra arguments of their head clause (CaRB gold often has them).
    pub advcl_args: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { advcl_args: true }
    }
}

/// All extractions of one sentence, in predicate order (duplicates possible; the caller dedups).
pub fn extract(t: &Tree, opts: Options) -> Vec<Extraction> {
    let mut out = Vec::new();
    for p in 0..t.len() {
        if is_predicate(t, p) {
            if let Some(e) = clause(t, p, opts) {
                out.push(e);
            }
        }
        out.extend(phrasal::apposition(t, p));
        out.extend(phrasal::nominal(t, p));
        out.extend(phrasal::title(t, p));
        out.extend(phrasal::possession(t, p));
    }
    out.extend(attributions(t));
    out
}

pub(super) fn is_negation(t: &Tree, i: usize) -> bool {
    t.rel(i) == "advmod" && matches!(t.lemma(i).as_str(), "not" | "never" | "n't" | "no")
}

fn has_cop(t: &Tree, p: usize) -> bool {
    t.kids(p, &["cop"]).next().is_some()
}

/// Heads of clauses: verbs (not auxiliaries or modifiers), copular predicates, main-verb AUX.
pub fn is_predicate(t: &Tree, p: usize) -> bool {
    let r = t.rel(p);
    if nominal_gerund(t, p) {
        return false;
    }
    if r == "xcomp" {
        return controlled(t, p).is_some() || purpose_of_subject(t, p);
    }
    if matches!(
        r,
        "aux"
            | "cop"
            | "case"
            | "mark"
            | "det"
            | "amod"
            | "compound"
            | "fixed"
            | "flat"
            | "punct"
            | "cc"
            | "discourse"
            | "goeswith"
    ) {
        return false;
    }
    has_cop(t, p)
        || t.upos(p) == "VERB"
        || (t.upos(p) == "AUX" && t.kids(p, &["nsubj", "expl"]).next().is_some())
}

/// Nouns whose "is to ..." says what they are ("the aim is to cut costs"), not a plan.
const CONTENT_SUBJECTS: &[&str] = &[
    "aim",
    "goal",
    "plan",
    "idea",
    "purpose",
    "task",
    "job",
    "point",
    "mission",
    "objective",
    "priority",
    "thing",
    "all",
    "what",
    "intention",
    "hope",
    "challenge",
    "solution",
];

/// "Amazon is to cut 10,000 jobs": news's "is to" for "will". UD hangs the "be" on the
/// infinitive as its copula (as for "the aim is to cut costs"); with a subject that is no
/// content noun, the infinitive is the predicate and the "be" an auxiliary.
fn be_to(t: &Tree, p: usize) -> bool {
    let Some(be) = t.kids(p, &["cop"]).next() else {
        return false;
    };
    t.upos(p) == "VERB"
        && t.xpos(p) == "VB"
        && be + 1 < p
        && t.kids(p, &["mark"])
            .any(|m| m == be + 1 && t.lemma(m) == "to")
        && t.kids(p, &["nsubj"]).next().is_some_and(|s| {
            !CONTENT_SUBJECTS.contains(&t.lemma(s).to_lowercase().as_str())
                && t.kids(s, &["acl", "acl:relcl"]).next().is_none()
        })
}

/// A gerund that names an activity ("intelligence sharing", "data sharing with Kyiv"): right
/// after a singular common noun that is its compound or not its dependent at all, with no
/// subject or object of its own. The parser often reads it as a verb (a participle of the noun,
/// or a conjunct), which would make "intelligence" the one that shares. A plural before it
/// ("refugees fleeing to Poland") is still a participle.
fn nominal_gerund(t: &Tree, p: usize) -> bool {
    if t.upos(p) != "VERB" || p == 0 || !t.form(p).to_lowercase().ends_with("ing") {
        return false;
    }
    let n = p - 1;
    let compound = t.parent(n) == Some(p) && t.rel(n) == "compound";
    let singular = t.upos(n) == "NOUN" && (t.xpos(n) == "NN" || compound);
    singular
        && (compound || t.parent(n) != Some(p))
        && t.kids(p, &["nsubj", "obj", "csubj", "ccomp", "xcomp"])
            .next()
            .is_none()
}

/// For an object-control complement ("led the host to lobby for a change"), the object that is
/// its subject. Other `xcomp`s are read as part of their head's relation ("agreed to pause").
fn controlled(t: &Tree, x: usize) -> Option<usize> {
    if t.rel(x) != "xcomp" || t.upos(x) != "VERB" {
        return None;
    }
    let head = t.parent(x)?;
    t.kids(head, &["obj", "iobj"])
        .next()
        .filter(|_| !purpose_of_subject(t, x))
}

/// A "to" complement after an amount says what the subject wants it for: "needed 210 million
/// dollars to continue operations" (an amount does nothing). So does one after the object of a
/// verb of having or using ([`SUBJECT_PURPOSE`]: "the president has 20 days to sign it", "used
/// the money to buy arms"). Such a complement is a clause of its own whose subject is the
/// verb's.
fn purpose_of_subject(t: &Tree, x: usize) -> bool {
    t.rel(x) == "xcomp"
        && t.upos(x) == "VERB"
        && t.parent(x).is_some_and(|h| {
            let infinitive = t.kids(x, &["mark"]).any(|m| t.lemma(m) == "to");
            let having =
                infinitive && SUBJECT_PURPOSE.contains(&t.lemma(h).to_lowercase().as_str());
            t.kids(h, &["obj"])
                .next()
                .is_some_and(|o| having || super::label::quantity(t, o).is_some())
        })
}

/// Verbs whose object is what the subject has or uses for what their "to" complement says.
const SUBJECT_PURPOSE: &[&str] = &[
    "borrow", "have", "lack", "need", "raise", "receive", "spend", "take", "use",
];

/// Verbs whose object did what their "of"/"for" gerund says ("accused Norway of delaying the
/// talks", "praised the team for finishing early").
const OBJECT_GERUND: &[&str] = &[
    "accuse",
    "blame",
    "charge",
    "suspect",
    "criticize",
    "criticise",
    "fault",
    "condemn",
    "praise",
    "thank",
    "credit",
    "commend",
    "punish",
    "sanction",
    "fine",
    "sue",
    "sentence",
    "jail",
    "imprison",
    "convict",
    "fire",
    "dismiss",
    "suspend",
    "expel",
    "reward",
    "penalise",
    "penalize",
];

/// Verbs whose object would have done what their "from" gerund says ("blocked the state from
/// enforcing the law", "barred the firm from selling").
const OBJECT_PREVENTED: &[&str] = &[
    "block",
    "bar",
    "ban",
    "prevent",
    "stop",
    "keep",
    "prohibit",
    "restrict",
    "forbid",
    "deter",
    "discourage",
    "dissuade",
    "exclude",
    "disqualify",
];

/// The object that is the subject of an adverbial complement the parser did not mark as
/// `xcomp`: "urged [the EU] to fund" (a `to` infinitive of an object-control verb), "accused
/// [Norway] of delaying" (an `of`/`for` gerund of a verb of blame or praise) and "blocked [the
/// state] from enforcing" (a `from` gerund of a verb of prevention).
fn object_controller(t: &Tree, p: usize) -> Option<usize> {
    if t.rel(p) != "advcl" || t.upos(p) != "VERB" {
        return None;
    }
    let head = t.parent(p)?;
    let obj = t.kids(head, &["obj"]).find(|&o| o < p)?;
    let marks: Vec<String> = t
        .kids(p, &["mark"])
        .map(|m| t.lemma(m).to_lowercase())
        .collect();
    let lemma = t.lemma(head).to_lowercase();
    let infinitive = marks.iter().any(|m| m == "to") && OBJECT_CONTROL.contains(&lemma.as_str());
    let ing = t.xpos(p) == "VBG" || t.form(p).to_lowercase().ends_with("ing");
    let gerund = ing
        && ((marks.iter().any(|m| m == "of" || m == "for")
            && OBJECT_GERUND.contains(&lemma.as_str()))
            || (marks.iter().any(|m| m == "from") && OBJECT_PREVENTED.contains(&lemma.as_str())));
    (infinitive || gerund).then_some(obj)
}

/// The subject a "for" phrase gives the "to" infinitive right after it: "waiting for the
/// company to act" (the company acts, not the ones waiting), "called for talks to resume"; so
/// do "called on X" and "appealed to X".
fn for_to_subject(t: &Tree, p: usize) -> Option<usize> {
    if !matches!(t.rel(p), "advcl" | "xcomp") || t.upos(p) != "VERB" {
        return None;
    }
    let to = t.kids(p, &["mark"]).find(|&m| t.lemma(m) == "to")?;
    let head = t.parent(p)?;
    // "called on the prime minister to appear", "appealed to residents to stay": the one
    // called on or appealed to.
    let verb = t.lemma(head).to_lowercase();
    let case = |c: usize| match t.lemma(c).to_lowercase().as_str() {
        "for" => true,
        "on" => verb == "call",
        "to" => verb == "appeal",
        _ => false,
    };
    t.kids(head, &["obl"]).find(|&o| {
        o < to && t.kids(o, &["case"]).any(case) && t.subtree(o).iter().max() == Some(&(to - 1))
    })
}

fn is_rel_pronoun(t: &Tree, i: usize) -> bool {
    t.has_feat(i, "PronType=Rel")
        || matches!(t.lemma(i).as_str(), "who" | "which" | "that" | "whom")
}

/// "two of which", "many of whom": a part of the noun a relative clause modifies (not "whose
/// side", where the noun owns the subject).
fn is_partitive(t: &Tree, i: usize) -> bool {
    t.kids_full(i, &["nmod"]).any(|m| {
        matches!(t.form(m).to_lowercase().as_str(), "which" | "whom")
            && t.kids(m, &["case"]).any(|c| t.lemma(c) == "of")
    })
}

/// Nouns a relative clause says when, where, why or how of ("the day the war began", "the way
/// it works"): the gap is an adverbial, never the object.
const ADVERBIAL_HEADS: &[&str] = &[
    "day", "time", "year", "week", "month", "moment", "hour", "night", "morning", "evening",
    "reason", "way", "place", "point", "extent", "manner", "era", "period", "minute", "second",
];

/// True when the relative clause `p` has no relative word and no object of its own, so the
/// noun it modifies fills its object gap: "the plan the committee approved" (the committee
/// approved the plan), also with "that" read as a marker. Not with a stranded preposition ("the
/// firm he worked for"), a clausal complement, or a head that is a time, place or manner.
fn object_gap(t: &Tree, p: usize) -> bool {
    let Some(n) = t.parent(p) else {
        return false;
    };
    let own_subject = t
        .kids(p, &["nsubj"])
        .any(|s| !is_rel_pronoun(t, s) && !is_partitive(t, s));
    let relative_word = t.children(p).iter().any(|&c| {
        (is_rel_pronoun(t, c) || is_partitive(t, c)) && t.rel(c) != "mark"
            || matches!(
                t.lemma(c).as_str(),
                "where" | "when" | "why" | "how" | "whose"
            )
    });
    // "Ferrante, whose side has scored just twice": the noun owns the subject.
    let whose = t.children(p).iter().any(|&c| {
        t.kids_full(c, &["nmod:poss"])
            .any(|w| t.form(w).eq_ignore_ascii_case("whose"))
    });
    let complement = t
        .kids(p, &["obj", "iobj", "ccomp", "xcomp"])
        .next()
        .is_some();
    // A preposition left without its noun, attached to the verb.
    let stranded = t
        .children(p)
        .iter()
        .any(|&c| t.upos(c) == "ADP" && t.children(c).is_empty() && c > p);
    t.upos(p) == "VERB"
        && n < p
        && matches!(t.upos(n), "NOUN" | "PROPN")
        && own_subject
        && !relative_word
        && !whose
        && !complement
        && !stranded
        && !t.has_feat(p, "Voice=Pass")
        && t.kids_full(p, &["aux:pass", "cop"]).next().is_none()
        && !ADVERBIAL_HEADS.contains(&t.lemma(n).to_lowercase().as_str())
}

/// A noun phrase headed by `h`, without the dependents that become extractions of their own.
pub fn np(t: &Tree, h: usize) -> Phrase {
    let toks = t.trim(t.subtree_without(h, |c| DETACHED.contains(&t.deprel(c))));
    Phrase {
        head: h,
        toks: t.contiguous(toks, h),
    }
}

/// A noun phrase used as a subject: without its own preposition ("to the people who ..." → "the people").
pub fn subject_np(t: &Tree, h: usize) -> Phrase {
    subject_np_without(t, h, usize::MAX)
}

/// [`subject_np`] leaving out the subtree of child `cut` too (a participle modifying the noun).
fn subject_np_without(t: &Tree, h: usize, cut: usize) -> Phrase {
    let toks = t.subtree_without(h, |c| {
        c == cut || DETACHED.contains(&t.deprel(c)) || matches!(t.rel(c), "case" | "mark")
    });
    Phrase {
        head: h,
        toks: t.contiguous(t.trim(toks), h),
    }
}

/// An argument phrase: the subtree minus detached parts; leading `case` stays (it reads "in 968").
fn arg(t: &Tree, h: usize) -> Phrase {
    let mut p = np(t, h);
    // "said that Y": the complementiser is not part of what was said.
    if t.rel(h) == "ccomp" {
        if let Some(&first) = p.toks.first() {
            if t.rel(first) == "mark" && t.parent(first) == Some(h) && t.lemma(first) == "that" {
                p.toks.remove(0);
            }
        }
    }
    p
}

/// The subject of predicate `p` and how it was found: its own, or inherited up conj/advcl chains,
/// or the noun a relative clause or participle modifies.
fn subject(t: &Tree, p: usize, depth: usize) -> Option<(Phrase, Kind, Option<usize>)> {
    if depth > 8 {
        return None;
    }
    let own = t.kids(p, &["nsubj", "csubj"]).next();
    let relcl = t.deprel(p) == "acl:relcl";
    if let Some(s) = own {
        // "governments, two of which reached the same conclusion": a part of the noun.
        if relcl && (is_rel_pronoun(t, s) || is_partitive(t, s)) {
            // "the wounded, one of whom is a girl": what a part is, the noun is not.
            if is_partitive(t, s) && t.kids(p, &["cop"]).next().is_some() {
                return None;
            }
            let mut head = t.parent(p)?;
            // "Feldner, a former finance director who took over the airline": the noun in
            // apposition to a name is that name's holder, who did it.
            // So is one in apposition to a noun that a name renames first ("The envoy, Grace
            // Wanjiru, a retired diplomat who chaired the talks").
            if t.rel(head) == "appos"
                && t.upos(head) == "NOUN"
                && let Some(up) = t.parent(head).filter(|&n| n < head)
            {
                if t.upos(up) == "PROPN" {
                    head = up;
                } else if let Some(name) = t
                    .kids(up, &["appos"])
                    .find(|&a| a < head && t.upos(a) == "PROPN")
                {
                    head = name;
                }
            }
            return Some((subject_np(t, head), Kind::Relative, Some(s)));
        }
        // "the demand, which he said would add $410 million": the relative word is the subject
        // of a clause reported inside the relative clause.
        let reported = t.rel(p) == "ccomp"
            && is_rel_pronoun(t, s)
            && t.parent(p).is_some_and(|q| t.deprel(q) == "acl:relcl");
        if reported && let Some(head) = t.parent(p).and_then(|q| t.parent(q)) {
            return Some((subject_np(t, head), Kind::Relative, Some(s)));
        }
        return Some((subject_np(t, s), Kind::Clause, None));
    }
    let parent = t.parent(p)?;
    if let Some(o) = object_controller(t, p).or_else(|| for_to_subject(t, p)) {
        return Some((subject_np(t, o), Kind::Inherited, None));
    }
    match t.rel(p) {
        "xcomp" if purpose_of_subject(t, p) && is_predicate(t, parent) => {
            let (s, _, _) = subject(t, parent, depth + 1)?;
            Some((s, Kind::Inherited, None))
        }
        "xcomp" => Some((subject_np(t, controlled(t, p)?), Kind::Inherited, None)),
        "conj" | "advcl" if is_predicate(t, parent) => {
            let (s, _, _) = subject(t, parent, depth + 1)?;
            Some((s, Kind::Inherited, None))
        }
        // A participle modifies its noun ("an armada preparing to invade"); a marked clause
        // ("demand for halting aid") is the noun's complement, not a statement about it.
        "acl" if !relcl && t.kids(p, &["mark"]).next().is_none() => {
            Some((subject_np_without(t, parent, p), Kind::Participle, None))
        }
        _ => None,
    }
}

/// The object verb `p` shares with its conjunct: "condemned and rejected the offer" condemned
/// the offer too. Only when nothing but the coordinator stands between the two verbs, `p` has
/// no dependent after it but the conjunct, the conjunct has no subject of its own, and `p` is
/// not a verb that mostly goes without an object ("sat and watched the match").
fn shared_object(t: &Tree, p: usize) -> Option<usize> {
    if t.upos(p) != "VERB" || crate::annotate::lexicon::mostly_intransitive(&t.lemma(p)) {
        return None;
    }
    let v = t
        .kids(p, &["conj"])
        .find(|&v| v == p + 2 && t.upos(v) == "VERB" && t.rel(p + 1) == "cc")?;
    let alone = t
        .children(p)
        .iter()
        .all(|&c| c < p || c == v || t.upos(c) == "PUNCT");
    let own_subject = t
        .kids_full(v, &["nsubj", "nsubj:pass", "aux:pass"])
        .next()
        .is_some();
    if !alone || own_subject {
        return None;
    }
    t.kids(v, &["obj"]).next()
}

/// True when conjunct `c` is joined to its first conjunct by "&" between names: one name
/// ("Harrow & Velt Construction", "Procter & Gamble"), not two actors.
fn in_name(t: &Tree, c: usize) -> bool {
    t.upos(c) == "PROPN"
        && t.parent(c).is_some_and(|h| t.upos(h) == "PROPN")
        && t.kids(c, &["cc"]).any(|k| t.form(k) == "&")
}

fn conjuncts(t: &Tree, s: &Phrase) -> Vec<Phrase> {
    let parts: Vec<usize> = t
        .kids(s.head, &["conj"])
        .filter(|&c| !in_name(t, c))
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let head = t.trim(t.subtree_without(s.head, |c| {
        (t.rel(c) == "conj" && !in_name(t, c))
            || t.rel(c) == "cc"
            || DETACHED.contains(&t.deprel(c))
    }));
    let mut out = vec![Phrase {
        head: s.head,
        toks: head,
    }];
    out.extend(parts.into_iter().map(|c| np(t, c)));
    out
}

/// The clause headed by predicate `p`.
fn clause(t: &Tree, p: usize, opts: Options) -> Option<Extraction> {
    // "Y, X said": the saying is read by `attributions`, with Y as its object.
    if t.rel(p) == "parataxis" && is_say(t, p) && t.kids(p, &["ccomp", "obj"]).next().is_none() {
        return None;
    }
    let (mut subj, mut kind, rel_pron) = subject(t, p, 0)?;
    let mut rel: Vec<RelWord> = Vec::new();
    let mut negated = false;
    let mut modality = None;
    // A past participle that modifies its noun is passive: "talks led by Rubio" are talks that
    // were led by him, so the edge reads `be led by` as the full passive clause does. With an
    // object it is a main verb the tagger took for a participle ("teams pulled survivors").
    // "Groups have criticised the lawsuit" read with a passive subject: "have" and no "be"
    // make it active.
    let perfect = t
        .kids_full(p, &["aux"])
        .any(|a| t.lemma(a).eq_ignore_ascii_case("have"))
        && t.kids_full(p, &["aux:pass"]).next().is_none()
        && t.kids(p, &["obj"]).next().is_some();
    let passive = (t
        .kids_full(p, &["nsubj:pass", "aux:pass", "csubj:pass"])
        .next()
        .is_some()
        && !perfect)
        || (kind == Kind::Participle && t.xpos(p) == "VBN" && t.kids(p, &["obj"]).next().is_none())
        // "If convicted on the most serious count, he faces ...": a participle clause opened
        // by a subordinator, with no subject, auxiliary or object of its own, is passive.
        || (t.rel(p) == "advcl"
            && t.xpos(p) == "VBN"
            && t.kids(p, &["mark"]).next().is_some()
            && t.kids(p, &["nsubj", "aux", "obj", "cop"]).next().is_none())
        // "was arrested on Tuesday and charged with fraud": a participle coordinated with a
        // passive verb, without a subject, auxiliary or object of its own, shares its passive.
        || (t.rel(p) == "conj"
            && t.xpos(p) == "VBN"
            && t.kids(p, &["nsubj", "aux", "obj"]).next().is_none()
            && t.parent(p).is_some_and(|h| {
                t.kids_full(h, &["nsubj:pass", "aux:pass"]).next().is_some()
            }));
    let verbal =
        |m: usize, rel: &mut Vec<RelWord>, negated: &mut bool, modality: &mut Option<usize>| {
            for c in t.children(m).iter().copied() {
                match t.rel(c) {
                    // The "is" of "is to cut" is no copula of the verb's relation.
                    "cop" if be_to(t, m) => {}
                    "aux" | "cop" => {
                        if MODALS.contains(&t.lemma(c).as_str()) {
                            *modality = Some(c);
                        }
                        rel.push(RelWord::Tok(c));
                    }
                    "advmod" if is_negation(t, c) => {
                        *negated = true;
                        rel.push(RelWord::Tok(c));
                    }
                    "compound" if t.deprel(c) == "compound:prt" => rel.push(RelWord::Tok(c)),
                    _ => {}
                }
            }
        };
    verbal(p, &mut rel, &mut negated, &mut modality);
    // "had conceded nothing on sovereignty": the verb did not happen; its other arguments
    // stay ("not concede on sovereignty").
    if t.kids(p, &["obj"]).any(|o| {
        matches!(
            t.lemma(o).to_lowercase().as_str(),
            "nothing" | "nobody" | "none"
        )
    }) {
        negated = true;
    }
    // "processed the payments without carrying out checks": what a clause opened by "without"
    // says did not happen.
    if t.rel(p) == "advcl"
        && t.kids(p, &["mark"])
            .any(|m| t.lemma(m).eq_ignore_ascii_case("without"))
    {
        negated = true;
    }
    // "urged the EU to fund" (read as a complement or as an adverbial clause), "accused Norway
    // of delaying", "barred the firm from selling": the object's deed is urged, alleged or prevented, not stated; the controlling verb says how,
    // as a modal would.
    let urged_complement = controlled(t, p).is_some()
        && t.parent(p)
            .is_some_and(|h| OBJECT_CONTROL.contains(&t.lemma(h).to_lowercase().as_str()));
    // So is what the ones called on or waited for are to do ("called on the minister to
    // appear").
    let called_for = for_to_subject(t, p).is_some();
    if modality.is_none() && (object_controller(t, p).is_some() || urged_complement || called_for) {
        modality = t.parent(p);
    }
    let mut args: Vec<Phrase> = Vec::new();
    let mut chain = vec![p];
    // "are set to swap prisoners", "is ready to sign the deal": the adjective and its infinitive
    // join the relation, and the infinitive's arguments are the clause's.
    let adjective_infinitive = (has_cop(t, p) && t.upos(p) == "ADJ")
        .then(|| {
            t.kids(p, &["xcomp"]).find(|&x| {
                x > p
                    && t.upos(x) == "VERB"
                    && t.kids(x, &["mark"]).any(|m| t.lemma(m) == "to")
                    && t.kids(x, &["obj", "obl", "ccomp"]).next().is_some()
            })
        })
        .flatten();
    if let Some(x) = adjective_infinitive {
        rel.push(RelWord::Tok(p));
        for m in t.kids(x, &["mark"]) {
            rel.push(RelWord::Tok(m));
        }
        verbal(x, &mut rel, &mut negated, &mut modality);
        rel.push(RelWord::Tok(x));
        chain = vec![x];
    } else if has_cop(t, p) && !be_to(t, p) {
        complement(t, p, &mut rel, &mut args);
    } else {
        rel.push(RelWord::Tok(p));
        // xcomp chains: "agreed to pause", "wants to be able to go".
        let mut cur = p;
        while t.kids(cur, &["obj", "iobj"]).next().is_none() {
            let Some(x) = t.kids(cur, &["xcomp"]).find(|&x| t.upos(x) == "VERB") else {
                break;
            };
            for m in t.kids(x, &["mark"]) {
                rel.push(RelWord::Tok(m));
            }
            // "agreed not to take action" agreed to something: the "not" is the infinitive's
            // and stays in the relation (see `normalize::relation`); the agreeing is no denial.
            let mut infinitive_denied = false;
            verbal(x, &mut rel, &mut infinitive_denied, &mut modality);
            rel.push(RelWord::Tok(x));
            chain.push(x);
            cur = x;
        }
    }
    // Arguments from every chain member, after the predicate first, then those before it.
    let mut found: Vec<usize> = Vec::new();
    for &m in &chain {
        for c in t.children(m).iter().copied() {
            let r = t.rel(c);
            let take = match r {
                // A copular predicate's obliques were placed by `complement`; a distance says
                // how far ("sank 11 kilometers off the coast"), not what.
                "obl" => !has_cop(t, m) && !is_distance(t, c),
                "obj" | "iobj" | "ccomp" => true,
                "xcomp" => !chain.contains(&c),
                "advcl" => opts.advcl_args && !has_according(t, c),
                _ => false,
            };
            let pronoun =
                Some(c) == rel_pron || (t.deprel(p) == "acl:relcl" && is_rel_pronoun(t, c));
            if take && !pronoun && !has_according(t, c) {
                found.push(c);
            }
        }
    }
    // "destroyed or damaged more than 11,000 homes": a verb with no argument of its own shares
    // the object of the conjunct right after it.
    if found.is_empty() && !passive && chain.len() == 1 {
        found.extend(shared_object(t, p));
    }
    found.sort_unstable();
    let anchor = chain.last().copied().unwrap_or(p);
    let (mut after, before): (Vec<usize>, Vec<usize>) =
        found.into_iter().partition(|&c| c > anchor);
    // Time expressions ("on Thursday", "last week") come after the other arguments, so the
    // preposition that moves into the relation is the one of a real argument: "agreed on
    // Thursday to a halt" reads `agree to` + `halt`, not `agree on` + `Thursday`.
    // A clause that says when or why comes last: "began in July when Okafor handed in a
    // request" reads `begin in` + `July`.
    // What was said comes before where it was said: "said in a statement that police had
    // arrested 12 people" reads `say` + the clause, not `say in` + `statement`.
    // The person told stays first ("told reporters at the court that ..."); other verbs keep
    // the order of the sentence.
    let oblique = |c: usize| {
        let say = t.parent(c).is_some_and(|v| is_say(t, v));
        say && !matches!(t.rel(c), "obj" | "iobj" | "ccomp")
    };
    // A passive's agent comes before where it happened: "was greeted in Morrava by the
    // foreign minister" reads `be greeted by` + `foreign minister`.
    let before_agent = |c: usize| {
        t.deprel(c) == "obl"
            && t.kids(c, &["case"])
                .any(|k| matches!(t.lemma(k).as_str(), "in" | "at" | "on"))
            && t.parent(c).is_some_and(|v| {
                t.kids(v, &["obl"])
                    .any(|a| a > c && t.deprel(a) == "obl:agent")
            })
    };
    after.sort_by_key(|&c| {
        (
            is_circumstance(t, c),
            is_temporal(t, c),
            oblique(c),
            before_agent(c),
            c,
        )
    });
    // "people who knew what they wanted": "what" is a free relative, the thing known, never
    // the noun the clause modifies.
    let relcl_object = t.deprel(p) == "acl:relcl"
        && (t.kids(p, &["obj"]).any(|o| {
            is_rel_pronoun(t, o)
                && !matches!(t.lemma(o).to_lowercase().as_str(), "what" | "whatever")
        }) || object_gap(t, p));
    let is_object = |c: &usize| matches!(t.rel(*c), "obj" | "iobj" | "ccomp" | "xcomp");
    let has_object = relcl_object || after.iter().chain(&before).any(is_object);
    // A relative pronoun as object: the modified noun is the object ("the match which Keibler lost").
    if relcl_object {
        if let Some(n) = t.parent(p) {
            args.push(np(t, n));
        }
    }
    // A quote before "he said at a rally" is what was said: an object before the verb comes
    // ahead of the obliques after it, so the first argument is the object.
    // So is a quote before "she told reporters": what was said comes ahead of the person told.
    let said_before = is_say(t, p)
        && before.iter().any(|&c| t.rel(c) == "ccomp")
        && !after.iter().any(|&c| t.rel(c) == "ccomp");
    let (fronted, before): (Vec<usize>, Vec<usize>) = if said_before {
        before.into_iter().partition(|&c| t.rel(c) == "ccomp")
    } else if after.iter().any(is_object) {
        (Vec::new(), before)
    } else {
        before.into_iter().partition(is_object)
    };
    let mut ordered: Vec<Phrase> = fronted
        .iter()
        .chain(&after)
        .chain(&before)
        .map(|&c| arg(t, c))
        .collect();
    // "met with Putin": with no object, the first following oblique lends its preposition to the relation.
    if !has_object && args.is_empty() && !has_cop(t, p) {
        if let Some(first) = ordered
            .first_mut()
            .filter(|f| t.rel(f.head) == "obl" && f.head > anchor)
        {
            let cases: Vec<usize> = t
                .kids(first.head, &["case"])
                .filter(|&c| c < first.head)
                .collect();
            // "voted in favour of the bill", "acting on behalf of the families": a preposition
            // of three words, whose noun names nothing, lends all three.
            let of = t
                .kids(first.head, &["nmod"])
                .find(|&m| m > first.head && t.kids(m, &["case"]).any(|c| t.lemma(c) == "of"));
            let phrasal = PREPOSITION_NOUNS.contains(&t.lemma(first.head).to_lowercase().as_str());
            if let (true, false, Some(m)) = (phrasal, cases.is_empty(), of) {
                let of_case: Vec<usize> = t.kids(m, &["case"]).filter(|&c| c < m).collect();
                rel.extend(cases.iter().map(|&c| RelWord::Tok(c)));
                rel.push(RelWord::Tok(first.head));
                rel.extend(of_case.iter().map(|&c| RelWord::Tok(c)));
                let mut inner = arg(t, m);
                inner.toks.retain(|x| !of_case.contains(x));
                *first = inner;
            } else if !cases.is_empty() {
                first.toks.retain(|x| !cases.contains(x));
                rel.extend(cases.into_iter().map(RelWord::Tok));
            }
        }
    }
    args.extend(ordered.into_iter().filter(|a| !a.toks.is_empty()));
    // Adverbs inside the verb group belong to the relation ("have sharply improved").
    let toks: Vec<usize> = rel
        .iter()
        .filter_map(|w| {
            if let RelWord::Tok(i) = *w {
                Some(i)
            } else {
                None
            }
        })
        .collect();
    if let (Some(&lo), Some(&hi)) = (toks.iter().min(), toks.iter().max()) {
        for &m in &chain {
            for c in t.kids(m, &["advmod"]) {
                if lo < c && c < hi && t.children(c).is_empty() && !is_negation(t, c) {
                    rel.push(RelWord::Tok(c));
                }
            }
        }
    }
    rel.sort_unstable_by_key(|w| match *w {
        RelWord::Tok(i) => i + 1,
        RelWord::Lit(_) => 0,
    });
    rel.dedup();
    // Inherited subjects that are just a relative pronoun are useless; keep the clause otherwise.
    if subj.toks.is_empty() {
        return None;
    }
    if kind == Kind::Clause && t.deprel(p) == "acl:relcl" {
        kind = Kind::Relative;
    }
    let attributed_to = attribution_of(t, p);
    let subject_parts = conjuncts(t, &subj);
    subj.toks.retain(|&x| !rel.contains(&RelWord::Tok(x)));
    Some(Extraction {
        kind,
        subject: subj,
        subject_parts,
        relation: rel,
        predicate: Some(p),
        args,
        negated,
        passive,
        modality,
        attributed_to,
    })
}

/// Relation and arguments of a copular predicate `p` ("is open to", "is a footballer", "is in Paris").
fn complement(t: &Tree, p: usize, rel: &mut Vec<RelWord>, args: &mut Vec<Phrase>) {
    let obls: Vec<usize> = t
        .kids(p, &["obl"])
        .filter(|&o| o > p && !has_according(t, o))
        .collect();
    if t.upos(p) == "ADJ" && !obls.is_empty() {
        // "is open to talks": adjective and preposition join the relation.
        rel.push(RelWord::Tok(p));
        let first = obls[0];
        let cases: Vec<usize> = t.kids(first, &["case"]).filter(|&c| c < first).collect();
        rel.extend(cases.iter().copied().map(RelWord::Tok));
        let mut a = arg(t, first);
        a.toks.retain(|x| !cases.contains(x));
        args.push(a);
        args.extend(obls[1..].iter().map(|&o| arg(t, o)));
        return;
    }
    // "is in Paris": the predicate nominal's preposition joins the relation.
    let cases: Vec<usize> = t.kids(p, &["case"]).filter(|&c| c < p).collect();
    rel.extend(cases.iter().copied().map(RelWord::Tok));
    let toks = t.trim(t.subtree_without(p, |c| {
        CLAUSAL.contains(&t.rel(c))
            || DETACHED.contains(&t.deprel(c))
            || cases.contains(&c)
            || is_negation(t, c)
    }));
    args.push(Phrase {
        head: p,
        toks: t.contiguous(toks, p),
    });
    args.extend(obls.iter().map(|&o| arg(t, o)));
}

/// True when `x` is introduced by "according (to)".
fn has_according(t: &Tree, x: usize) -> bool {
    t.kids(x, &["case"])
        .any(|c| t.lemma(c) == "accord" || t.form(c).eq_ignore_ascii_case("according"))
}

/// Measures and norms that "according to" goes by without anyone saying anything: "divided
/// according to each ship's degree of fault", "according to plan", "according to the rules".
const NORMS: &[&str] = &[
    "ability",
    "criterion",
    "custom",
    "degree",
    "formula",
    "guideline",
    "law",
    "level",
    "merit",
    "need",
    "plan",
    "practice",
    "principle",
    "procedure",
    "proportion",
    "protocol",
    "regulation",
    "rule",
    "schedule",
    "size",
    "standard",
    "term",
    "tradition",
    "weight",
];

/// True when `x` is introduced by "according (to)" and names a source ("according to
/// officials", "according to the report"), not a norm ([`NORMS`]).
fn according_to_source(t: &Tree, x: usize) -> bool {
    has_according(t, x) && !NORMS.contains(&t.lemma(x).to_lowercase().as_str())
}

/// Who the clause headed by `p` is attributed to: the subject of a verb of saying that takes it as
/// complement ("X said Y"), or that it takes as parenthetical ("Y, X said"), or "according to X".
fn attribution_of(t: &Tree, p: usize) -> Option<Phrase> {
    if let Some(x) = t.kids(p, &["obl"]).find(|&x| according_to_source(t, x)) {
        return Some(subject_np(t, x));
    }
    if let Some(q) = closing_report(t, p) {
        return t.kids(q, &["nsubj"]).next().map(|s| np(t, s));
    }
    let q = t.parent(p)?;
    if t.rel(p) == "ccomp" && is_say(t, q) {
        return t.kids(q, &["nsubj"]).next().map(|s| np(t, s));
    }
    // A conjunct is said by whoever says its first conjunct: "X destroyed homes and forced
    // residents to flee, officials said".
    // Not a clause with its own subject after "according to X" ("The toll rose to 1,146,
    // according to the agency, and officials warned ...").
    if t.rel(p) == "conj" && !after_according(t, q, p) {
        return attribution_of(t, q);
    }
    None
}

/// Is `c`, a conjunct of `p`, a clause with its own subject after the "according to" phrase of
/// `p`? What the source says ends at its phrase; the clause after it is the writer's.
fn after_according(t: &Tree, p: usize, c: usize) -> bool {
    t.rel(c) == "conj"
        && t.kids(c, &["nsubj", "nsubj:pass"]).next().is_some()
        && t.kids(p, &["obl"])
            .any(|x| x < c && according_to_source(t, x))
}

/// The verb of saying the parser hung below `p` in "Y, X said" (or "Y, said X"): a clause
/// that reports nothing itself. Not the complement of a verb of saying: in "the consortium can
/// claim costs, analysts said" the claim is the statement, not who said it.
fn closing_report(t: &Tree, p: usize) -> Option<usize> {
    t.kids(p, &["parataxis", "ccomp"]).find(|&q| {
        let content = is_say(t, p) && t.rel(q) == "ccomp";
        is_say(t, q) && t.kids(q, &["ccomp"]).next().is_none() && !content
    })
}

/// A verb of saying, or "ask", which reports a question the way "say" reports a statement
/// ('"Who will pay for this?" asked Senator Brask').
fn is_say(t: &Tree, q: usize) -> bool {
    SAY.contains(&t.lemma(q).as_str()) || t.lemma(q) == "ask"
}

/// "Y, X said" and "according to X, Y": X —say→ Y, since the tree hangs the saying off Y.
fn attributions(t: &Tree) -> Vec<Extraction> {
    let mut out = Vec::new();
    for p in 0..t.len() {
        if !is_predicate(t, p) {
            continue;
        }
        let speaker_said = closing_report(t, p);
        let (speaker, relation, cut) = if let Some(q) = speaker_said {
            let Some(s) = t.kids(q, &["nsubj"]).next() else {
                continue;
            };
            let mut rel: Vec<RelWord> = t.kids(q, &["aux"]).map(RelWord::Tok).collect();
            rel.push(RelWord::Tok(q));
            (np(t, s), rel, q)
        } else if let Some(x) = t.kids(p, &["obl"]).find(|&x| according_to_source(t, x)) {
            (subject_np(t, x), vec![RelWord::Lit("say")], x)
        } else {
            continue;
        };
        let content = t.trim(t.subtree_without(p, |c| c == cut || after_according(t, p, c)));
        out.push(Extraction {
            kind: Kind::Attribution,
            subject: speaker,
            subject_parts: Vec::new(),
            relation,
            predicate: Some(cut),
            args: vec![Phrase {
                head: p,
                toks: content,
            }],
            negated: false,
            passive: false,
            modality: None,
            attributed_to: None,
        });
    }
    out
}

/// One extraction per conjunct of a coordinated first object ("improved morale and image" →
/// improved morale, improved image); empty when the object is not coordinated.
pub fn object_conjuncts(t: &Tree, e: &Extraction) -> Vec<Extraction> {
    let Some(first) = e.args.first() else {
        return Vec::new();
    };
    let parts: Vec<usize> = t
        .kids(first.head, &["conj"])
        // Only conjuncts the argument holds: a possession leaves out a conjunct with its own
        // determiner ("Ukraine's status and the refusal ...").
        .filter(|&c| {
            matches!(t.upos(c), "NOUN" | "PROPN") && first.toks.contains(&c) && !in_name(t, c)
        })
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let skip = |c: usize| {
        (t.rel(c) == "conj" && !in_name(t, c))
            || t.rel(c) == "cc"
            || DETACHED.contains(&t.deprel(c))
    };
    let mut head: Vec<usize> = t.trim(t.subtree_without(first.head, skip));
    head.retain(|x| first.toks.contains(x));
    let mut phrases = vec![Phrase {
        head: first.head,
        toks: head,
    }];
    phrases.extend(parts.into_iter().map(|c| np(t, c)));
    phrases
        .into_iter()
        .map(|p| {
            let mut x = e.clone();
            x.args[0] = p;
            x
        })
        .collect()
}

/// Nouns that make a preposition with the words around them and name nothing themselves: "in
/// favour of", "on behalf of", "in support of", "in charge of".
const PREPOSITION_NOUNS: &[&str] = &["behalf", "charge", "favor", "favour", "front", "support"];

/// A clause that says when or why something happened, no object of its verb: an adverbial
/// clause opened by a subordinator but "whether", which opens what was asked, or by "for"
/// or "without" before an -ing clause ("sentenced ... for taking bribes", "left without
/// speaking to reporters": the clause's own triple says what was not done); a complement clause opened by one
/// of them ("comes as both countries prepare") is such a clause the parser misread ("if" and
/// "whether" open what was asked there). "when" and "where" come as adverbs: "drowned when
/// their car was swept away".
pub(super) fn is_circumstance(t: &Tree, c: usize) -> bool {
    match t.rel(c) {
        "advcl" => {
            t.kids(c, &["mark"]).any(|m| {
                let m = t.lemma(m).to_lowercase();
                matches!(m.as_str(), "for" | "without")
                    || (m != "whether" && repair::SUBORDINATORS.contains(&m.as_str()))
            }) || t.kids(c, &["advmod"]).any(|m| {
                m < c
                    && matches!(
                        t.lemma(m).to_lowercase().as_str(),
                        "when" | "whenever" | "where" | "wherever"
                    )
            })
        }
        "ccomp" => t.kids(c, &["mark"]).any(|m| {
            let m = t.lemma(m).to_lowercase();
            !matches!(m.as_str(), "whether" | "if") && repair::SUBORDINATORS.contains(&m.as_str())
        }),
        _ => false,
    }
}

/// True when word `i`'s lemma is a day, month or unit of time ([`TIME_WORDS`]).
pub(super) fn is_time_noun(t: &Tree, i: usize) -> bool {
    TIME_WORDS.contains(&t.lemma(i).to_lowercase().as_str())
}

/// A temporal oblique: `obl:tmod`, or an oblique headed by a day, month or time noun, or by a
/// year ("founded in 2009").
pub(super) fn is_temporal(t: &Tree, c: usize) -> bool {
    t.deprel(c) == "obl:tmod" || (t.rel(c) == "obl" && (is_time_noun(t, c) || is_year(t, c)))
}

/// A year written as four digits from 1000 to 2199, as news writes them ("in 2009").
fn is_year(t: &Tree, i: usize) -> bool {
    let form = t.form(i);
    t.upos(i) == "NUM"
        && form.len() == 4
        && form
            .parse::<u16>()
            .is_ok_and(|y| (1000..=2199).contains(&y))
}

/// "11 kilometers" of "sank 11 kilometers off the coast": how far, not what.
fn is_distance(t: &Tree, c: usize) -> bool {
    t.deprel(c) == "obl:npmod"
        && crate::annotate::lexicon::DISTANCES.contains(&t.lemma(c).to_lowercase().as_str())
}
