//! Open IE on dependency trees: clauses from [`super::clause`] become graded, deduplicated tuples
//! (CaRB text form) and graph [`Triple`]s with entity or concept arguments.

use super::antecedent::{self, Source};
use super::clause::{self, Extraction, Kind, Options, Phrase, RelWord};
use super::tree::Tree;
use super::{ArgKind, Argument, Extractor, Triple, actor, evidence, label, normalize, phrasal};
use crate::annotate::ner::roles;
use crate::annotate::repair;
use crate::document::{Document, EntityType, Sentence, Token};
use std::borrow::Cow;

/// Clause-based Open IE over the parser's trees (tokens need upos, lemma, head, deprel).
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenIeExtractor {
    pub options: Options,
    /// CaRB output: one tuple per conjunct of a coordinated subject as well as the whole.
    pub split_subjects: bool,
}

/// One extraction as text, the way CaRB reads it: relation, arg1, arg2, ...
#[derive(Debug, Clone, PartialEq)]
pub struct TextTuple {
    pub confidence: f32,
    /// How the tuple was found.
    pub kind: Kind,
    pub relation: String,
    /// arg1 (subject) first.
    pub args: Vec<String>,
}

/// An extraction with its confidence.
#[derive(Debug, Clone)]
struct Scored {
    e: Extraction,
    confidence: f32,
    /// One conjunct of a coordinated object: a graph edge of its own, but not a CaRB tuple (CaRB
    /// dev scored them lower than the whole coordination).
    conjunct: bool,
}

impl OpenIeExtractor {
    pub fn new() -> OpenIeExtractor {
        OpenIeExtractor::default()
    }

    fn scored(&self, t: &Tree) -> Vec<Scored> {
        let mut out: Vec<Scored> = Vec::new();
        for e in clause::extract(t, self.options) {
            let confidence = confidence(t, &e);
            let parts = clause::object_conjuncts(t, &e);
            out.push(Scored {
                e,
                confidence,
                conjunct: false,
            });
            out.extend(parts.into_iter().map(|e| Scored {
                e,
                confidence: confidence * 0.9,
                conjunct: true,
            }));
        }
        out
    }

    /// The CaRB tuples of sentence `index` of `doc`, deduplicated (the best confidence wins).
    pub fn text_tuples(&self, doc: &Document, index: usize) -> Vec<TextTuple> {
        let tokens = repaired(&doc.sentences[index]);
        let t = Tree::new(&tokens);
        let mut out: Vec<TextTuple> = Vec::new();
        for s in self.scored(&t) {
            // CaRB gold tuples nearly always have an object; an argless tuple only costs precision.
            if s.e.args.is_empty() || s.conjunct {
                continue;
            }
            // Original bytes, not forms: PTB escapes and case survive exactly.
            let word = |i: usize| doc.slice(t.tokens[i].span);
            let text = |toks: &[usize]| toks.iter().map(|&i| word(i)).collect::<Vec<_>>().join(" ");
            let relation: Vec<&str> =
                s.e.relation
                    .iter()
                    .map(|w| match *w {
                        RelWord::Lit(l) => l,
                        RelWord::Tok(i) => word(i),
                    })
                    .collect();
            let relation = relation.join(" ");
            let rest: Vec<String> = s.e.args.iter().map(|a| text(&a.toks)).collect();
            let mut subjects = vec![(text(&s.e.subject.toks), s.confidence)];
            if self.split_subjects {
                subjects.extend(
                    s.e.subject_parts
                        .iter()
                        .map(|p| (text(&p.toks), s.confidence * 0.9)),
                );
            }
            for (subject, confidence) in subjects {
                let mut args = vec![subject];
                args.extend(rest.iter().cloned());
                let tuple = TextTuple {
                    confidence,
                    kind: s.e.kind,
                    relation: relation.clone(),
                    args,
                };
                match out
                    .iter_mut()
                    .find(|o| o.relation == tuple.relation && o.args == tuple.args)
                {
                    Some(o) => o.confidence = o.confidence.max(tuple.confidence),
                    None => out.push(tuple),
                }
            }
        }
        out
    }
}

/// The sentence's tokens with the parser's errors mended: as the pipeline's repair stage left
/// them, or repaired here when the document came without that stage (hand-built trees).
fn repaired(sentence: &Sentence) -> Cow<'_, [Token]> {
    if sentence.repaired {
        return Cow::Borrowed(&sentence.tokens);
    }
    match repair::repaired(&sentence.tokens) {
        Some(fixed) => Cow::Owned(fixed),
        None => Cow::Borrowed(&sentence.tokens),
    }
}

/// A graded confidence: roughly the precision a tuple of this shape has against CaRB dev gold.
/// The weights were read off CaRB dev by tuple kind and length: clauses with their own subject
/// are the surest, appositions and nominal relations the least; longer relation phrases (a
/// verb group with its preposition) are surer than bare verbs; one-word and very long arguments
/// are less sure.
fn confidence(t: &Tree, e: &Extraction) -> f32 {
    let mut s: f32 = match e.kind {
        Kind::Clause => 0.66,
        Kind::Relative => 0.60,
        Kind::Participle | Kind::Inherited => 0.55,
        Kind::Attribution => 0.50,
        Kind::Apposition => 0.42,
        Kind::Nominal => 0.33,
        // Names with titles read well ("Bush —be→ President"); possession is often not what
        // the gold states.
        Kind::Implied if e.relation == [RelWord::Lit("has")] => 0.20,
        Kind::Implied => 0.42,
    };
    if e.args.is_empty() {
        s -= 0.25;
    }
    // Clauses embedded under a verb (reported speech, "proposed that ...") are often left out
    // of gold sets in favour of the embedding statement.
    if e.predicate.is_some_and(|p| embedded(t, p)) {
        s -= 0.12;
    }
    if e.predicate
        .is_some_and(|p| t.kids(p, &["obj"]).next().is_some())
    {
        s += 0.02;
    }
    let rel = e.relation.len() as f32;
    s += 0.04 * (rel - 1.0).clamp(0.0, 3.0);
    let subj = e.subject.toks.len() as f32;
    let args: f32 = e.args.iter().map(|a| a.toks.len() as f32).sum();
    match args as usize {
        0 | 1 => s -= 0.06,
        2 => s -= 0.02,
        _ => {}
    }
    s -= 0.005 * (args - 20.0).clamp(0.0, 20.0);
    s -= 0.01 * (subj - 10.0).clamp(0.0, 10.0);
    if subj <= 1.0 {
        s -= 0.02;
    }
    if matches!(t.upos(e.subject.head), "PRON") {
        s -= 0.02;
    }
    s.clamp(0.01, 0.99)
}

/// True when `p` heads (or is conjoined to) a complement clause of another predicate.
fn embedded(t: &Tree, p: usize) -> bool {
    let mut cur = p;
    for _ in 0..8 {
        match t.rel(cur) {
            "ccomp" | "csubj" => return true,
            "conj" => match t.parent(cur) {
                Some(h) => cur = h,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

impl Extractor for OpenIeExtractor {
    fn name(&self) -> &'static str {
        "openie"
    }

    fn extract(&self, doc: &Document) -> Vec<Triple> {
        let mut out: Vec<Triple> = Vec::new();
        // The sentence before, where a subject pronoun's antecedent may be.
        let mut before: Option<Before> = None;
        for (si, sentence) in doc.sentences.iter().enumerate() {
            if sentence.tokens.iter().all(|tk| tk.deprel.is_empty()) {
                before = None;
                continue; // not parsed: nothing to read clauses from
            }
            if crate::text::is_dateline(sentence) {
                before = None;
                continue; // "PORT ELSWICK, Nov 12 -": a place and a date, no clause
            }
            let tokens = repaired(sentence);
            let t = Tree::new(&tokens);
            let opens_quoted = before.as_ref().is_some_and(|b| b.closes_quoted);
            let stand_ins = stand_ins(doc, si, &t, opens_quoted, before.as_ref());
            for mut s in self.scored(&t) {
                // "Drugan, the head of the Farmers' Union": the role's relation to the union.
                if s.e.kind == Kind::Apposition
                    && let Some(first) = s.e.args.first()
                    && let Some(role) = phrasal::role_of_named(&t, s.e.subject.head, first.head)
                {
                    s.e = role;
                }
                let Some(first) = s.e.args.first() else {
                    continue;
                };
                if s.e.kind == Kind::Apposition
                    && (phrasal::is_conversion(&t, s.e.subject.head, first.head)
                        || phrasal::is_listed_item(&t, s.e.subject.head, first.head)
                        || phrasal::is_time_apposition(&t, first.head))
                {
                    continue;
                }
                let mut relation = normalize::relation(&t, &s.e);
                // "described it as the first step": an object pronoun that names nothing gives
                // way to the next prepositional argument, whose preposition joins the relation,
                // or to a nominal predicate ("called it a rare chance").
                let stand_in = (t.upos(first.head) == "PRON")
                    .then(|| stand_in(&t, s.e.args.get(1)?))
                    .flatten();
                let mut surface = normalize::surface(&t, &s.e);
                let object = match &stand_in {
                    Some((phrase, prep)) if keep_object(doc, si, &t, first).is_empty() => {
                        if !prep.is_empty() {
                            relation = format!("{relation} {prep}");
                            surface = format!("{surface} {prep}");
                        }
                        phrase
                    }
                    _ => first,
                };
                let said = s
                    .e
                    .predicate
                    .is_some_and(|p| crate::annotate::lexicon::SAY.contains(&t.lemma(p).as_str()));
                // "told reporters that the union had offered ...": what was told is the edge,
                // not a listener that names no one ("told Trump that ..." keeps Trump).
                let object = match told(&t, &s.e, object) {
                    Some(content)
                        if !keep_object(doc, si, &t, object)
                            .iter()
                            .any(|a| matches!(a.kind, ArgKind::Entity(_)))
                            && !keep_object(doc, si, &t, content).is_empty() =>
                    {
                        content
                    }
                    _ => object,
                };
                // Graph nodes only: CaRB tuples keep every argument. A pronoun stands for what
                // it refers to.
                let keep = |p: &Phrase| match stand_ins.iter().find(|(k, _)| *k == p.head) {
                    Some((_, args)) => args.clone(),
                    None => keep_object(doc, si, &t, p),
                };
                let attributed_to = s.e.attributed_to.as_ref().map(|a| {
                    keep(a)
                        .into_iter()
                        .next()
                        .unwrap_or_else(|| argument(doc, si, &t, a))
                        .name
                });
                // One triple per conjoined actor, including conjuncts the parser hung below a
                // name instead of the head.
                let below_name = actor::name_conjuncts(&t, &s.e.subject);
                let siblings = actor::sibling_subjects(&t, &s.e);
                let mut subjects: Vec<&Phrase> = if !s.e.subject_parts.is_empty() {
                    s.e.subject_parts.iter().collect()
                } else if !below_name.is_empty() {
                    below_name.iter().collect()
                } else {
                    vec![&s.e.subject]
                };
                subjects.extend(siblings.iter());
                // "sued last month": a bare point in time is when, not what; a graph edge to it
                // says nothing ("resumed on Monday" keeps its preposition, "lasted an hour" is
                // a duration, and both stay).
                // Nor is the day something was said on ("officials said on Saturday").
                let bare_time = clause::is_temporal(&t, object.head)
                    && repair::is_time_expression(t.tokens, object.head)
                    && (said || t.kids(object.head, &["case"]).next().is_none());
                // "resigned after her team lost": a clause that says when or why is no object
                // either (CaRB tuples keep it as an argument).
                let circumstance = clause::is_circumstance(&t, object.head);
                // "observers found no serious irregularities": the edge is denied, not a find.
                let none = !s.e.negated
                    && s.e.predicate.is_some()
                    && t.rel(object.head) == "obj"
                    && t.kids(object.head, &["det"]).any(|d| t.is_denying_no(d));
                let objects = if bare_time || circumstance {
                    Vec::new()
                } else {
                    keep(object)
                };
                // Nor is a point in time an actor: "rain by Wednesday, which could help crews"
                // hangs the relative clause on the day.
                let subjects: Vec<Argument> = subjects
                    .into_iter()
                    .filter(|p| !repair::is_time_expression(t.tokens, p.head))
                    .flat_map(keep)
                    .collect();
                // "Osaka, Japan": a place in apposition to a place is where it lies.
                let places = |args: &[Argument]| {
                    !args.is_empty()
                        && args.iter().all(|a| {
                            matches!(a.kind, ArgKind::Entity(EntityType::Gpe | EntityType::Loc))
                        })
                };
                if s.e.kind == Kind::Apposition && places(&subjects) && places(&objects) {
                    relation = "be in".to_string();
                }
                // "the two leaders, President Dmitri Lasko ... and Prime Minister Annika
                // Fjell": an apposition that names the people a plural reference stands for
                // says who they are, not that one is the other.
                let restated = s.e.kind == Kind::Apposition
                    && subjects.len() > 1
                    && objects.iter().any(|o| {
                        subjects
                            .iter()
                            .any(|sa| (sa.kind, &sa.name) == (o.kind, &o.name))
                    });
                if restated {
                    continue;
                }
                for (subject_arg, object_arg) in subjects
                    .iter()
                    .flat_map(|sa| objects.iter().map(move |oa| (sa.clone(), oa.clone())))
                {
                    let triple = Triple {
                        subject: subject_arg,
                        relation: relation.clone(),
                        surface: surface.clone(),
                        object: object_arg,
                        negated: s.e.negated || none,
                        modality: s.e.modality.map(|m| t.lemma(m)),
                        attributed_to: attributed_to.clone(),
                        confidence: s.confidence,
                        evidence: evidence(doc, si),
                    };
                    // One edge per sentence: the same nodes read off two phrases (a split
                    // subject, a longer and a shorter object) are one statement.
                    let dup = out.iter().any(|o| {
                        o.evidence.sentence == si
                            && o.relation == triple.relation
                            && (o.subject.kind, &o.subject.name)
                                == (triple.subject.kind, &triple.subject.name)
                            && (o.object.kind, &o.object.name)
                                == (triple.object.kind, &triple.object.name)
                    });
                    // "Her rival, former minister Jorge Matos": once a name stands for the
                    // noun or title beside it, an apposition or title says the actor is itself.
                    let same = matches!(triple.subject.kind, ArgKind::Entity(_))
                        && (triple.subject.kind, &triple.subject.name)
                            == (triple.object.kind, &triple.object.name);
                    // "the club would rather see him retire than sell him" with both "him"s
                    // resolved to the speaker: a plain pronoun object is never its own clause's
                    // subject (that takes "himself").
                    let pronoun_object = matches!(
                        triple.object.text.to_lowercase().as_str(),
                        "him" | "her" | "them" | "it" | "he" | "she" | "they"
                    );
                    // Nor does anyone say or tell something that is themselves: the speaker as
                    // what was said is a misread report.
                    let tautology = same
                        && (matches!(s.e.kind, Kind::Apposition | Kind::Implied)
                            || pronoun_object
                            || said);
                    if !dup && !tautology {
                        out.push(triple);
                    }
                }
            }
            let closes_quoted = antecedent::quoted(&t, opens_quoted, t.len());
            before = Some(Before {
                si,
                tokens,
                stand_ins,
                opens_quoted,
                closes_quoted,
            });
        }
        out
    }
}

/// Subject pronouns of a sentence (token index) with the graph arguments they stand for.
type StandIns = Vec<(usize, Vec<Argument>)>;

/// A sentence already read, for the pronouns of the next.
struct Before<'d> {
    si: usize,
    /// Its tokens, repaired.
    tokens: Cow<'d, [Token]>,
    stand_ins: StandIns,
    /// True when it opens inside a quotation, and when it ends inside one.
    opens_quoted: bool,
    closes_quoted: bool,
}

/// What the subject pronouns of sentence `si` that coreference left unlinked stand for
/// ([`antecedent::find`]): the arguments of the antecedent's phrase, written as the pronoun.
fn stand_ins(
    doc: &Document,
    si: usize,
    t: &Tree,
    opens_quoted: bool,
    before: Option<&Before>,
) -> StandIns {
    let stood =
        |n: usize| before.and_then(|b| b.stand_ins.iter().find(|(k, _)| *k == n).map(|(_, a)| a));
    let chained = |n: usize| stood(n).is_some();
    let prev = before.map(|b| antecedent::Before {
        tree: Tree::new(&b.tokens),
        opens_quoted: b.opens_quoted,
        chained: &chained,
    });
    let org = |a: &Argument| matches!(a.kind, ArgKind::Entity(EntityType::Org | EntityType::Gpe));
    let mut out = StandIns::new();
    for p in 0..t.len() {
        if doc.mention_at(si, p).is_some() {
            continue;
        }
        // "It said ...": only an organisation, or a body named by a common noun, says things.
        let says = antecedent::says(t, p);
        let args = match antecedent::find(t, opens_quoted, prev.as_ref(), p) {
            Some(Source::Same(n)) => keep_object(doc, si, t, &clause::subject_np(t, n)),
            Some(Source::Previous(n)) => match (stood(n), before, &prev) {
                (Some(args), _, _) => args.iter().filter(|a| !says || org(a)).cloned().collect(),
                (None, Some(b), Some(pb)) => {
                    keep_object(doc, b.si, &pb.tree, &clause::subject_np(&pb.tree, n))
                        .into_iter()
                        .filter(|a| !says || org(a) || antecedent::speaks(&pb.tree, n))
                        .collect()
                }
                _ => Vec::new(),
            },
            None => continue,
        };
        // `it` is never a person.
        let it = t.form(p).eq_ignore_ascii_case("it");
        let args: Vec<Argument> = args
            .into_iter()
            .filter(|a| !(it && a.kind == ArgKind::Entity(EntityType::Person)))
            .map(|mut a| {
                a.text = t.form(p).to_string();
                a.span = t.tokens[p].span;
                a
            })
            .collect();
        if !args.is_empty() {
            out.push((p, args));
        }
    }
    out
}

/// The entity or concept arguments of `p` that make graph nodes (not a bare pronoun).
fn keep_object(doc: &Document, si: usize, t: &Tree, p: &Phrase) -> Vec<Argument> {
    arguments(doc, si, t, p)
        .into_iter()
        .filter(|a| !actor::degenerate(t, p.head, a))
        .collect()
}

/// What "tell" told its listener `object`: the complement clause after it.
fn told<'a>(t: &Tree, e: &'a Extraction, object: &Phrase) -> Option<&'a Phrase> {
    let p = e.predicate.filter(|&p| t.lemma(p) == "tell")?;
    if !matches!(t.rel(object.head), "obj" | "iobj") || t.parent(object.head) != Some(p) {
        return None;
    }
    e.args
        .iter()
        .find(|a| a.head > object.head && t.rel(a.head) == "ccomp" && t.parent(a.head) == Some(p))
}

/// What stands in for an object pronoun that names nothing: a prepositional argument without
/// its preposition, and the preposition ("as the first step" → "the first step", "as"), or a
/// nominal predicate with no preposition ("called it a rare chance" → "a rare chance", "").
fn stand_in(t: &Tree, p: &Phrase) -> Option<(Phrase, String)> {
    if t.rel(p.head) == "xcomp" && t.upos(p.head) == "NOUN" {
        return Some((p.clone(), String::new()));
    }
    if t.rel(p.head) != "obl" {
        return None;
    }
    let cases: Vec<usize> = t
        .kids(p.head, &["case"])
        .filter(|&c| c < p.head && p.toks.contains(&c))
        .collect();
    if cases.is_empty() {
        return None;
    }
    let prep = cases
        .iter()
        .map(|&c| t.form(c).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let toks = p
        .toks
        .iter()
        .copied()
        .filter(|x| !cases.contains(x))
        .collect();
    Some((Phrase { head: p.head, toks }, prep))
}

/// The first of [`arguments`].
fn argument(doc: &Document, si: usize, t: &Tree, p: &Phrase) -> Argument {
    arguments(doc, si, t, p).remove(0)
}

/// One entity argument per entity the phrase denotes ([`actor::mentions`]), else one concept.
fn arguments(doc: &Document, si: usize, t: &Tree, p: &Phrase) -> Vec<Argument> {
    let text = t.text(&p.toks);
    let span = match (p.toks.first(), p.toks.last()) {
        (Some(&a), Some(&b)) => t.tokens[a].span.cover(t.tokens[b].span),
        _ => t.tokens[p.head].span,
    };
    let contiguous = p.toks.windows(2).all(|w| w[0] + 1 == w[1]);
    let in_text = span.end <= doc.text.len()
        && doc.text.is_char_boundary(span.start)
        && doc.text.is_char_boundary(span.end);
    let text = if contiguous && in_text {
        doc.text[span.start..span.end].replace(['\n', '\r'], " ")
    } else {
        text
    };
    let of_entity = |ent: &crate::document::Entity| {
        let mut a = Argument::entity(text.clone(), span, ent.kind, ent.name.clone());
        a.aliases = ent.aliases.clone();
        a.roles = ent.roles.clone();
        a
    };
    let entities: Vec<Argument> = actor::mentions(doc, si, t, p)
        .into_iter()
        .filter_map(|m| doc.entities.get(m.entity.0 as usize))
        .map(of_entity)
        .collect();
    // "Her main rival, former finance minister Jorge Matos, conceded": a common noun with a
    // name in apposition is that actor.
    // "One of the victims", "two of the firms": a counted part of its "of" phrase.
    let number = t.upos(p.head) == "NUM" || t.lemma(p.head).eq_ignore_ascii_case("one");
    let appositive = || {
        let a = t.kids(p.head, &["appos"]).next()?;
        // "lenders, including Fjell Bank and Sorvik Savings,": some of them, not their name.
        if phrasal::is_listed_item(t, p.head, a) {
            return None;
        }
        let m = actor::mention(
            doc,
            si,
            t,
            &Phrase {
                head: a,
                toks: vec![a],
            },
        )?;
        let e = doc.entities.get(m.entity.0 as usize)?;
        // "supporters in the capital, Nordvik": a name after a prepositional modifier renames
        // the modifier's noun, whatever the parser hung it on; but a person after a role's "of"
        // phrase holds the role ("the chief executive of Midland Line, Carl Benton,").
        let holder = e.kind == EntityType::Person && roles::is_role_noun(t.form(p.head));
        // "One of the victims, Helion Turbine Systems,": the name is the part, not the whole.
        let part = number
            && t.kids(p.head, &["nmod"])
                .all(|n| t.kids(n, &["case"]).any(|c| t.lemma(c) == "of"));
        if !holder && !part && t.kids(p.head, &["nmod"]).any(|n| p.head < n && n < a) {
            return None;
        }
        Some(e)
    };
    // "the state of Oregon", "the port city of Selby": a kind of place named by its "of"
    // phrase is that place.
    let place_of = || {
        if !PLACE_KINDS.contains(&t.lemma(p.head).to_lowercase().as_str()) {
            return None;
        }
        let n = t
            .kids(p.head, &["nmod"])
            .find(|&n| n > p.head && t.kids(n, &["case"]).any(|c| t.lemma(c) == "of"))?;
        let m = doc.mention_at(si, n)?;
        let e = doc.entities.get(m.entity.0 as usize)?;
        matches!(e.kind, EntityType::Gpe | EntityType::Loc).then_some(e)
    };
    let entities = if entities.is_empty() && (t.upos(p.head) == "NOUN" || number) {
        appositive()
            .or_else(place_of)
            .map(of_entity)
            .into_iter()
            .collect()
    } else {
        entities
    };
    if entities.is_empty() {
        vec![Argument::concept(
            text,
            span,
            label::concept_label_in(t, p.head, &p.toks),
        )]
    } else {
        entities
    }
}

/// Nouns for a kind of place that an "of" phrase names ("the city of Kharkiv"). Not "capital":
/// the capital of Ukraine is Kyiv, not Ukraine.
const PLACE_KINDS: &[&str] = &[
    "city",
    "town",
    "village",
    "state",
    "province",
    "region",
    "county",
    "district",
    "island",
    "islands",
    "republic",
    "kingdom",
    "territory",
    "port",
    "enclave",
    "municipality",
];

#[cfg(test)]
#[path = "openie_tests.rs"]
mod tests;
