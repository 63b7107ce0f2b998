//! Short labels for concept nodes: a phrase's head lemma plus its most informative dependent
//! ("an immediate pause in strikes against energy infrastructure" → `energy pause`).
//!
//! The rule, from dependency roles only:
//! - a light noun (a small closed class: demand, call, request, ...) with a complement defers to
//!   the complement ("demand for halting military aid" → label of "halting military aid");
//! - a verbal head is labelled by its object and its lemma (`aid halt`), without one by its
//!   subject (`bill pass`; a passive keeps its participle, `firefighter injured`; also when
//!   the object is an amount, `export rise`), without a named subject either by a prepositional
//!   argument it aims at (`court appeal`) or by its `xcomp` ("begun diverting vessels" →
//!   `vessel divert`), with "not" or "no" when it is negated (`deal not accept`, `no decision
//!   made`);
//! - a nominal head takes its own compound modifier ("peace deal"; a name whole, also when the
//!   tagger read its last word as a common noun: "World Trade Organization rule"), else the
//!   rightmost noun among its prepositional modifiers, which names the most specific thing (its
//!   compound if it has one: "... against energy infrastructure" → `energy`; a common noun
//!   before a proper one, which is mostly a place; not for a count, "40 people in the
//!   province"), else an adjective that is no word of quantity ("more", "other"), else nothing;
//! - a hyphenated word is one word ("drought-hit south", "brother-in-law", "presidential
//!   run-off"), a name one word too ("Brightwater Foods agree"), and a reported clause with a
//!   copular adjective is labelled by its subject (`passenger missing`);
//! - an amount (a unit with a number: "7.8 percent", "$3 million", "millions of dollars") is
//!   labelled as written, a count ("thousands of nurses") by what it counts, and a stretch of
//!   time ("months of fighting") by what filled it.

use super::tree::Tree;
use crate::annotate::ner::{descriptors, roles};

/// Nouns whose content is their complement. Kept small and closed on purpose.
pub(super) const LIGHT_NOUNS: &[&str] = &[
    "demand",
    "call",
    "request",
    "proposal",
    "plan",
    "offer",
    "decision",
    "effort",
    "attempt",
    "bid",
    "push",
    "pledge",
    "promise",
    "threat",
    "intention",
    "readiness",
    "willingness",
    "refusal",
];

/// Prepositions whose phrase says when or despite what, never what a thing is.
const CIRCUMSTANCE: &[&str] = &[
    "during",
    "after",
    "before",
    "until",
    "since",
    "amid",
    "despite",
    "throughout",
    "following",
];

/// The compound modifier that labels a nominal head ("peace" of "peace deal"): the last one
/// before it that is not a time word nor a symbol ("$" of "$14 billion takeover").
fn own_compound(t: &Tree, h: usize) -> Option<usize> {
    t.kids(h, &["compound"])
        .filter(|&c| c < h && !is_time_word(t, c) && t.upos(c) != "SYM")
        .last()
}

/// The label of the phrase headed by token `h`.
pub fn concept_label(t: &Tree, h: usize) -> String {
    label(t, h, 0)
}

/// "said several passengers were still missing" → `passenger missing`: a copular adjective
/// whose phrase holds its subject (a reported clause, not the copula's own complement) is
/// labelled as a clause without an object is, by its subject.
fn copular_clause(t: &Tree, h: usize, toks: &[usize]) -> Option<String> {
    if t.upos(h) != "ADJ" || t.kids(h, &["cop"]).next().is_none() {
        return None;
    }
    let s = t
        .kids(h, &["nsubj"])
        .next()
        .filter(|&s| matches!(t.upos(s), "NOUN" | "PROPN") && toks.contains(&s))?;
    Some(format!(
        "{} {}{}",
        subject_name(t, s),
        negation(t, h),
        t.form(h).to_lowercase()
    ))
}

/// "not " when predicate `h` is negated ("would not accept"), else "": without it a label
/// would state the opposite.
fn negation(t: &Tree, h: usize) -> &'static str {
    if t.kids(h, &["advmod"])
        .any(|c| matches!(t.lemma(c).as_str(), "not" | "n't" | "never"))
    {
        "not "
    } else {
        ""
    }
}

/// How a clause's subject or object names itself in the clause's label: by what it counts
/// ("cancelled hundreds of operations" → `operation`), a name whole ("Brightwater Foods agreed"
/// → `Brightwater Foods`, not `Foods`), an amount as written ("$48 million").
fn subject_name(t: &Tree, n: usize) -> String {
    if let Some(m) = quantified(t, n) {
        return subject_name(t, m);
    }
    // "said it lost about $48 million" → `about $48 million lose`, not `$ lose`.
    if let Some(q) = quantity(t, n) {
        return q.to_lowercase();
    }
    if t.upos(n) == "PROPN" {
        proper_name(t, n)
    } else {
        word(t, n)
    }
}

/// The label of a phrase that keeps only `toks` of its head's subtree: in "rail and ocean
/// carriers" split into two phrases, the second one's compound is the conjunct ("ocean
/// carrier"), not the first modifier.
pub fn concept_label_in(t: &Tree, h: usize, toks: &[usize]) -> String {
    if let Some(l) = copular_clause(t, h, toks) {
        return l;
    }
    if let Some(c) = own_compound(t, h).filter(|c| !toks.contains(c))
        && let Some(k) = t.kids(c, &["conj"]).filter(|k| toks.contains(k)).last()
    {
        return format!("{} {}", modifier_name(t, k), word(t, h));
    }
    label(t, h, 0)
}

/// The clause that states what a light noun is about: "demand for halting aid", "refusal to
/// accept" (an `acl` or `xcomp` after the noun, marked by for/to/of/on or bare `xcomp`).
pub(super) fn content_clause(t: &Tree, h: usize) -> Option<usize> {
    if !LIGHT_NOUNS.contains(&t.lemma(h).as_str()) {
        return None;
    }
    t.children(h).iter().copied().find(|&c| {
        c > h
            && (t.rel(c) == "xcomp"
                || t.deprel(c) == "acl"
                    && t.kids(c, &["case", "mark"])
                        .any(|m| matches!(t.lemma(m).as_str(), "for" | "to" | "of" | "on")))
    })
}

/// "the offer on the table" is an offer there is, not one about or near a table.
fn on_the_table(t: &Tree, m: usize) -> bool {
    t.lemma(m) == "table" && t.kids(m, &["case"]).any(|c| t.lemma(c) == "on")
}

fn word(t: &Tree, i: usize) -> String {
    // "drought-hit", "brother-in-law", "low-cost": the tokenizer splits a hyphenated word as UD
    // does, but it names one thing. Its last part is lemmatised when it is the noun itself.
    if let Some((lo, hi)) = hyphenated(t, i).filter(|_| t.upos(i) != "PROPN") {
        let mut out = render(t, &(lo..hi).collect::<Vec<_>>()).to_lowercase();
        out.push_str(&if i == hi && t.upos(i) == "NOUN" {
            t.lemma(hi)
        } else {
            t.form(hi).to_lowercase()
        });
        return out;
    }
    match t.upos(i) {
        "PROPN" => t.form(i).to_string(),
        // "latest turn", "wider deal": a degree is part of what the adjective says.
        "ADJ" if matches!(t.xpos(i), "JJR" | "JJS") => t.form(i).to_lowercase(),
        // "Ukrainian officials", also at the start of a sentence, where the lemma is lower case.
        "ADJ" | "NOUN" if is_nationality(t.form(i)) => t.form(i).to_string(),
        // A capitalised adjective inside the sentence is a proper one ("Veldoran officials"),
        // known to the gazetteer or not.
        "ADJ"
            if t.form(i).starts_with(char::is_uppercase)
                && (0..i).any(|k| t.upos(k) != "PUNCT") =>
        {
            t.form(i).to_string()
        }
        // A code or acronym keeps its capitals ("Flight SV418", "AI products").
        // A plural keeps its lemma's length ("NGOs" → "NGO").
        _ if is_code(t.form(i)) => {
            let (form, lemma) = (t.form(i), t.lemma(i));
            let stem = lemma.len() < form.len()
                && form.is_char_boundary(lemma.len())
                && form[..lemma.len()].eq_ignore_ascii_case(&lemma);
            if stem { &form[..lemma.len()] } else { form }.to_string()
        }
        _ => t.lemma(i),
    }
}

/// True for a word written with two or more capitals, or with a capital and a digit: "SV418",
/// "GDP", "COVID-19"'s first part. Not "U.S."-style abbreviations, which are names.
fn is_code(form: &str) -> bool {
    let upper = form.chars().filter(|c| c.is_uppercase()).count();
    let digit = form.chars().any(|c| c.is_ascii_digit());
    form.chars().all(char::is_alphanumeric) && (upper >= 2 || upper >= 1 && digit)
}

/// The first and last token of the hyphenated word around `i` (words and numbers joined by
/// "-" with no space: "drought-hit", "brother-in-law"), or `None` for a word on its own.
fn hyphenated(t: &Tree, i: usize) -> Option<(usize, usize)> {
    let touching = |a: usize, b: usize| t.tokens[a].span.end == t.tokens[b].span.start;
    let part = |k: usize| t.form(k).chars().next().is_some_and(char::is_alphanumeric);
    let joined = |a: usize| t.form(a + 1) == "-" && touching(a, a + 1) && touching(a + 1, a + 2);
    if !part(i) {
        return None;
    }
    let mut lo = i;
    while lo >= 2 && part(lo - 2) && joined(lo - 2) {
        lo -= 2;
    }
    let mut hi = i;
    while hi + 2 < t.len() && part(hi + 2) && joined(hi) {
        hi += 2;
    }
    (lo < hi).then_some((lo, hi))
}

/// A capitalised adjective of nationality or group ("Ukrainian", "Kastrian" is not known).
fn is_nationality(form: &str) -> bool {
    use crate::annotate::ner::gazetteer::{GazKind, Gazetteer};
    use crate::document::EntityType;
    form.chars().next().is_some_and(char::is_uppercase)
        && Gazetteer::embedded()
            .lookup_name(form)
            .is_some_and(|e| e.kind == GazKind::Entity(EntityType::Norp))
}

/// A name used as a modifier, with the names joined to it by hyphens as written
/// ("Lima-Reyes meeting", not "Reyes meeting") and its own name parts ("White House readout").
fn modifier_name(t: &Tree, c: usize) -> String {
    if t.upos(c) != "PROPN" {
        return match name_ending_in_noun(t, c) {
            Some(parts) => render(t, &parts),
            None => word(t, c),
        };
    }
    let touching = |a: usize, b: usize| t.tokens[a].span.end == t.tokens[b].span.start;
    let mut parts = name_parts(t, c);
    let mut lo = c;
    while lo >= 2
        && t.form(lo - 1) == "-"
        && t.upos(lo - 2) == "PROPN"
        && touching(lo - 1, lo)
        && touching(lo - 2, lo - 1)
    {
        lo -= 2;
    }
    parts.extend(lo..c);
    parts.sort_unstable();
    parts.dedup();
    render(t, &parts)
}

/// The words of a name whose last word the tagger read as a common noun: "World Trade
/// Organization rules", with "Organization" a capitalised `NOUN` after the proper nouns "World"
/// and "Trade", all compounds of "rules", is labelled by the whole name, not `organization`.
/// `c` must be capitalised and follow, without a gap, proper nouns that modify the same word.
fn name_ending_in_noun(t: &Tree, c: usize) -> Option<Vec<usize>> {
    let capitalised = |i: usize| t.form(i).chars().next().is_some_and(char::is_uppercase);
    if t.upos(c) != "NOUN" || !capitalised(c) || c == 0 {
        return None;
    }
    let parent = t.parent(c);
    let mut lo = c;
    while lo > 0
        && t.parent(lo - 1) == parent
        && t.rel(lo - 1) == "compound"
        && (t.upos(lo - 1) == "PROPN" || t.upos(lo - 1) == "NOUN" && capitalised(lo - 1))
    {
        lo -= 1;
    }
    (lo..c)
        .any(|i| t.upos(i) == "PROPN")
        .then(|| (lo..=c).collect())
}

/// A name as written: the head with its flat and proper-noun parts and proper adjectives.
fn proper_name(t: &Tree, h: usize) -> String {
    render(t, &name_parts(t, h))
}

/// The words of the name headed by `h`: its flat and proper-noun parts, as far as they run on
/// from `h` without a gap. A part the parser wrongly made a compound brings along only its own
/// name, not what hangs on it: in "talks between the Harbour Workers' Union and port operator
/// Nordmar Terminals", read with "Union" a compound of "Terminals" and the operator its
/// conjunct, the name of "Terminals" is "Nordmar Terminals".
fn name_parts(t: &Tree, h: usize) -> Vec<usize> {
    let part = |c: usize, top: bool| {
        let proper_adjective = t.rel(c) == "amod" && t.xpos(c).starts_with("NNP") && c < h;
        let proper = t.upos(c) == "PROPN";
        t.rel(c) == "flat"
            || t.rel(c) == "compound" && proper
            || proper_adjective
            || t.form(c) == "-"
            // Below the head, a possessive inside the name ("St Aldric's University
            // Hospital"); on the head it is an owner ("Russia's Putin").
            || !top && (t.rel(c) == "nmod:poss" && proper || t.xpos(c) == "POS")
    };
    let mut keep = vec![h];
    let mut stack: Vec<usize> = t
        .children(h)
        .iter()
        .copied()
        .filter(|&c| part(c, true))
        .collect();
    while let Some(n) = stack.pop() {
        if keep.contains(&n) || keep.len() > t.len() {
            continue;
        }
        keep.push(n);
        stack.extend(t.children(n).iter().copied().filter(|&c| part(c, false)));
    }
    let (mut lo, mut hi) = (h, h);
    while lo > 0 && keep.contains(&(lo - 1)) {
        lo -= 1;
    }
    while keep.contains(&(hi + 1)) {
        hi += 1;
    }
    // A hyphen joins two parts; a dash at either end is no part ("Putin - who ...").
    while lo < h && t.form(lo) == "-" {
        lo += 1;
    }
    while hi > h && t.form(hi) == "-" {
        hi -= 1;
    }
    (lo..=hi).collect()
}

/// Tokens in order, a space only where the text has one ("Trump-Putin", "White House").
fn render(t: &Tree, toks: &[usize]) -> String {
    let mut out = String::new();
    for (k, &i) in toks.iter().enumerate() {
        if k > 0 && t.tokens[toks[k - 1]].span.end != t.tokens[i].span.start {
            out.push(' ');
        }
        out.push_str(t.form(i));
    }
    out
}

/// A day, month or part of the day: when something happened, never what it is.
fn is_time_word(t: &Tree, i: usize) -> bool {
    // A name part of its own ("Theresa May") is a name, not a month.
    super::clause::is_time_noun(t, i) && t.rel(i) != "flat" && t.kids(i, &["flat"]).next().is_none()
}

/// "one of these conditions", "some of the talks", "months of fighting": the quantity's "of"
/// phrase names the thing.
fn quantified(t: &Tree, h: usize) -> Option<usize> {
    const QUANTIFIERS: &[&str] = &[
        "one", "two", "three", "some", "all", "many", "most", "several", "each", "none", "any",
        "few", "both", "either", "neither", "much", "part", "half", "dozen", "hundred", "thousand",
        "million", "billion", "ten", "number", "lot", "majority", "minority", "handful",
    ];
    /// "months of fighting", "years of talks": a stretch of time is labelled by what filled it.
    const DURATIONS: &[&str] = &["hour", "day", "week", "month", "year", "decade"];
    let lemma = t.lemma(h).to_lowercase();
    let q = matches!(t.upos(h), "NUM" | "PRON" | "DET" | "ADJ" | "NOUN")
        && QUANTIFIERS.contains(&lemma.as_str());
    let duration = t.xpos(h) == "NNS" && DURATIONS.contains(&lemma.as_str());
    if !q && !duration && !MEASURES.contains(&lemma.as_str()) {
        return None;
    }
    t.kids(h, &["nmod"])
        .find(|&m| m > h && t.kids(m, &["case"]).any(|c| t.lemma(c) == "of"))
}

/// Units a number measures: a phrase headed by one of them with a number on it is an amount.
const UNITS: &[&str] = &[
    "$",
    "%",
    "€",
    "£",
    "¥",
    "percent",
    "per cent",
    "percentage",
    "point",
    "dollar",
    "euro",
    "pound",
    "yen",
    "yuan",
    "rupee",
    "franc",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "ruble",
    "rouble",
    "peso",
    "leu",
    "lei",
    "zloty",
    "forint",
    "koruna",
    "lira",
    "shilling",
    "naira",
    "rand",
    "dinar",
    "dirham",
    "riyal",
    "baht",
    "ringgit",
    "won",
    "hryvnia",
    "real",
    "cent",
    "barrel",
    "ton",
    "tonne",
    "kilogram",
    "kilometre",
    "kilometer",
    "mile",
    "metre",
    "meter",
    "hectare",
    "acre",
    "degree",
    "millimetre",
    "millimeter",
    "centimetre",
    "centimeter",
    "litre",
    "liter",
    "megawatt",
    "gigawatt",
];

/// Numbers written as words that count units ("millions of dollars").
const MULTIPLIERS: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

/// The amount a phrase headed by `h` states, as written: "7.8 percent", "$3 million", "4%",
/// "2 dollars a barrel". A unit with a number on it (`nummod`, or a multiplier that has one, as
/// in "$3 million") and the rate after it ("a barrel", "per share"). Each amount is its own
/// node: labelling every one of them `percent` would join unrelated figures into one hub.
pub(super) fn quantity(t: &Tree, h: usize) -> Option<String> {
    // "millions of dollars": a multiplier counting a unit is an amount too.
    if MULTIPLIERS.contains(&t.lemma(h).to_lowercase().as_str()) {
        let unit = t.kids(h, &["nmod"]).find(|&m| {
            m == h + 2
                && t.lemma(h + 1) == "of"
                && UNITS.contains(&t.lemma(m).to_lowercase().as_str())
        })?;
        return Some(render(t, &(h..=unit).collect::<Vec<_>>()));
    }
    let unit = t.lemma(h).to_lowercase();
    // "C$600 million": a country's dollar is a currency symbol (`$`) too.
    if !UNITS.contains(&unit.as_str()) && !UNITS.contains(&t.form(h)) && t.xpos(h) != "$" {
        return None;
    }
    // "180 millimetres of rain" is rain ([`quantified`]).
    if MEASURES.contains(&unit.as_str()) && quantified(t, h).is_some() {
        return None;
    }
    let digits = |i: usize| t.form(i).chars().any(|c| c.is_ascii_digit());
    let number = t.kids(h, &["nummod", "compound"]).find(|&n| {
        t.upos(n) == "NUM" && (digits(n) || t.kids(n, &["compound", "nummod"]).any(digits))
    })?;
    let mut toks: Vec<usize> = vec![h];
    toks.extend(t.subtree_without(number, |_| false));
    // "5 million Australian dollars", "12 basis points": the words between the number and
    // the unit are part of the amount.
    for a in t
        .kids(h, &["amod", "compound"])
        .filter(|&a| number < a && a < h)
    {
        toks.extend(t.subtree_without(a, |_| false));
    }
    // "a barrel", "per share": the rate belongs to the amount.
    for r in t.kids(h, &["nmod:unmarked", "nmod:npmod", "nmod"]) {
        let sub = t.subtree_without(r, |_| false);
        let first = sub.iter().copied().min().unwrap_or(r);
        if r > h && sub.len() == 2 && matches!(t.lemma(first).as_str(), "a" | "an" | "per") {
            toks.extend(sub);
        }
    }
    toks.sort_unstable();
    toks.dedup();
    // Not the comma the parser hung on the number (", 50.1 percent of the vote").
    while toks.len() > 1 && t.upos(toks[0]) == "PUNCT" {
        toks.remove(0);
    }
    while toks.len() > 1 && toks.last().is_some_and(|&k| t.upos(k) == "PUNCT") {
        toks.pop();
    }
    // Only a contiguous amount: anything else the parser hung on the number is left out.
    let contiguous = toks.windows(2).all(|w| w[1] == w[0] + 1);
    contiguous.then(|| render(t, &toks))
}

/// Units that measure a substance: "180 millimetres of rain" is rain, "200 barrels of oil" oil.
/// An area stays an amount: "burned about 12,000 hectares of forest" says how much.
const MEASURES: &[&str] = &[
    "barrel",
    "ton",
    "tonne",
    "kilogram",
    "litre",
    "liter",
    "millimetre",
    "millimeter",
    "centimetre",
    "centimeter",
];

fn label(t: &Tree, h: usize, depth: usize) -> String {
    if let Some(q) = quantity(t, h) {
        return q;
    }
    if depth < 3 && LIGHT_NOUNS.contains(&t.lemma(h).as_str()) {
        // Only complements that state the content: "demand for X", "call to X", "plan of X".
        // A name, an organisation or a person is whom the bid is for, not what it is: "a bid
        // for cable maker Orsinet" is labelled as a bid.
        let content = |c: usize| {
            !on_the_table(t, c)
                && t.kids(c, &["case", "mark"])
                    .any(|m| matches!(t.lemma(m).as_str(), "for" | "to" | "of" | "on"))
                && t.upos(c) != "PROPN"
                && !descriptors::is_org_kind(&t.lemma(c))
                && !roles::is_role_word(&t.lemma(c))
        };
        // A clause states the content before an "of" phrase does: in "the refusal of NATO
        // countries to accept Kyiv" the "of" phrase is who refuses.
        let comp = content_clause(t, h).or_else(|| {
            t.children(h)
                .iter()
                .copied()
                .find(|&c| c > h && t.deprel(c) == "nmod" && content(c))
        });
        if let Some(c) = comp {
            return label(t, c, depth + 1);
        }
    }
    if depth < 3 {
        if let Some(m) = quantified(t, h) {
            return label(t, m, depth + 1);
        }
    }
    let head = word(t, h);
    if t.upos(h) == "VERB" {
        // A negated clause says so ("would not accept the deal" → `deal not accept`).
        let not = negation(t, h);
        // A pronoun names nothing ("that it hopes" is no `that hope`). Without an object, a
        // clause is labelled by its subject ("said the bill would pass" → `bill pass`).
        // Not a verb of saying with its speaker: that is a report the parser hung below the
        // statement ("..., said the Kremlin readout"), not what was stated.
        let named = |c: &usize| !matches!(t.upos(*c), "PRON" | "DET");
        let report = crate::annotate::lexicon::SAY.contains(&t.lemma(h).as_str())
            && t.kids(h, &["aux"]).all(|a| t.deprel(a) != "aux:pass");
        // An amount says how much, not what: "exports rose 5 percent" → `export rise`.
        let object = t.kids(h, &["obj"]).next().filter(named);
        let amount = object.filter(|&o| quantity(t, o).is_some() || t.upos(o) == "NUM");
        let subject = t
            .kids(h, &["nsubj"])
            .next()
            .filter(|s| !report && named(s) && matches!(t.upos(*s), "NOUN" | "PROPN"));
        // With neither, a prepositional argument that says what the deed is about or aimed at
        // ("said it would appeal to the Federal Court" → `Federal Court appeal`, "would not
        // negotiate with the hackers" → `hacker not negotiate`); not where or when.
        let aimed = || {
            t.kids(h, &["obl"]).find(|&o| {
                o > h
                    && matches!(t.upos(o), "NOUN" | "PROPN")
                    && !is_time_word(t, o)
                    && t.kids(o, &["case"]).any(|c| {
                        matches!(
                            t.lemma(c).as_str(),
                            "for" | "with" | "to" | "against" | "about" | "into" | "over"
                        )
                    })
            })
        };
        let by = match (object, amount, subject) {
            (Some(_), Some(_), Some(s)) => Some(s),
            (Some(o), _, _) => Some(o),
            (None, _, Some(s)) => Some(s),
            (None, _, None) => aimed(),
        };
        // Nothing at all: what the verb goes on to do says it ("said they had begun diverting
        // vessels" → `vessel divert`), unless the verb is negated.
        if by.is_none()
            && not.is_empty()
            && depth < 3
            && let Some(x) = t
                .kids(h, &["xcomp"])
                .find(|&x| x > h && t.upos(x) == "VERB")
        {
            return label(t, x, depth + 1);
        }
        // "said no decision had been made": the "no" is the statement.
        let noun = |n: usize| {
            let no = t.kids(n, &["det"]).any(|d| t.is_denying_no(d));
            format!("{}{}", if no { "no " } else { "" }, subject_name(t, n))
        };
        return match by {
            // A passive clause labelled by its subject keeps the participle: "said Veldora had
            // not been consulted" → `Veldora not consulted`, not someone's consulting.
            Some(s) if t.deprel(s) == "nsubj:pass" => {
                format!("{} {not}{}", noun(s), t.form(h).to_lowercase())
            }
            Some(o) => format!("{} {not}{head}", noun(o)),
            None => format!("{not}{head}"),
        };
    }
    if t.upos(h) == "PROPN" {
        // A name labels itself: the head with its flat and proper-noun parts, as written (a
        // title such as "energy minister" is a role, not part of the name). EWT tags the first
        // word of "Saudi Arabia" ADJ with the proper-noun XPOS, attached as amod: it is part of
        // the name too, unlike "Ukrainian" (JJ) in "Ukrainian officials".
        return proper_name(t, h);
    }
    // A part of the head's own hyphenated word ("run" of "run-off") modifies nothing.
    let own = |m: usize| hyphenated(t, h).is_some_and(|(lo, hi)| (lo..=hi).contains(&m));
    if let Some(c) = own_compound(t, h).filter(|&c| !own(c)) {
        return format!("{} {}", modifier_name(t, c), head);
    }
    // A count ("at least 40 people in the province") is labelled by what it counts: its
    // prepositional modifiers say where or which.
    let counted = t.kids(h, &["nummod"]).any(|n| t.upos(n) == "NUM");
    // The rightmost noun reached through prepositional modifiers, however the parser attached
    // them ("pause in strikes against energy infrastructure" → infrastructure). A common noun
    // names the thing; a trailing name is usually where it happens ("... infrastructure in
    // Ukraine"), so a proper noun labels only when no common noun is reached.
    let (mut common, mut proper) = (h, h);
    let mut stack: Vec<usize> = if counted { Vec::new() } else { vec![h] };
    let mut steps = 0;
    while let Some(n) = stack.pop() {
        steps += 1;
        if steps > 32 {
            break;
        }
        for m in t.kids_full(n, &["nmod"]) {
            // "pause in strikes during their phone call": when it happened is not what it is.
            // "creditors, including roughly 240 million euros to its main lender": an item
            // is some of the thing, not what it is.
            let circumstance = t.kids(m, &["case"]).any(|c| {
                CIRCUMSTANCE.contains(&t.lemma(c).as_str())
                    || matches!(t.form(c).to_lowercase().as_str(), "including" | "like")
            });
            // "works of this kind": a kind or sort names nothing; "wrongdoing on her behalf"
            // says for whom, not what.
            let vague = matches!(
                t.lemma(m).to_lowercase().as_str(),
                "kind" | "sort" | "type" | "behalf"
            );
            // The parts of a hyphenated head ("law" of "brother-in-law") are the head itself.
            if m > h
                && !vague
                && matches!(t.upos(m), "NOUN" | "PROPN")
                && !circumstance
                && !own(m)
                && !is_time_word(t, m)
                && !on_the_table(t, m)
            {
                if t.upos(m) == "NOUN" {
                    common = common.max(m);
                } else {
                    proper = proper.max(m);
                }
                stack.push(m);
            }
        }
    }
    let cur = if common != h { common } else { proper };
    if cur != h {
        if t.upos(cur) == "PROPN" {
            return format!("{} {head}", label(t, cur, depth + 1));
        }
        // What an organisation makes is not what it is: "bid for the cable maker" is a
        // `maker bid` ("the watchdog group" stays a watchdog).
        let kind = |c: usize| {
            !descriptors::is_org_kind(&t.lemma(cur)) || descriptors::is_org_kind(&t.lemma(c))
        };
        let modifier = t
            .kids(cur, &["compound"])
            .filter(|&c| c < cur && !is_time_word(t, c) && kind(c))
            .last()
            .unwrap_or(cur);
        return format!("{} {head}", modifier_name(t, modifier));
    }
    // "more rain", "other countries", "at least 22 ships": a word of quantity or comparison
    // names nothing.
    const VAGUE: &[&str] = &[
        "additional",
        "certain",
        "different",
        "few",
        "further",
        "least",
        "many",
        "more",
        "most",
        "other",
        "own",
        "same",
        "several",
        "such",
        "various",
    ];
    // The last word of a hyphenated adjective ("a 34-year-old man") says little alone.
    let telling = |a: &usize| {
        let vague = VAGUE.contains(&t.lemma(*a).to_lowercase().as_str());
        let hyphenated = *a > 0 && t.xpos(*a - 1) == "HYPH";
        !vague && !hyphenated
    };
    if let Some(a) = t
        .kids(h, &["amod"])
        .filter(|&a| a < h && !own(a))
        .filter(telling)
        .last()
    {
        // A participle modifier is read as written: "televised address", not "televise address".
        let m = if matches!(t.xpos(a), "VBN" | "VBG") {
            t.form(a).to_lowercase()
        } else {
            word(t, a)
        };
        return format!("{m} {head}");
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Span, Token};

    fn tokens(spec: &[(&str, &str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, lemma, upos, head, deprel))| {
                // One space between tokens, as in running text.
                let mut tk = Token::new(form, Span::new(2 * i, 2 * i + 1));
                (tk.lemma, tk.upos, tk.head, tk.deprel) =
                    (lemma.into(), upos.into(), head, deprel.into());
                tk
            })
            .collect()
    }

    /// Tokens as [`tokens`] makes them, with no space around each hyphen.
    fn glued(spec: &[(&str, &str, &str, usize, &str)]) -> Vec<Token> {
        let mut toks = tokens(spec);
        let mut at = 0;
        for k in 0..toks.len() {
            let glue = toks[k].form == "-" || (k > 0 && toks[k - 1].form == "-");
            if k > 0 && !glue {
                at += 1;
            }
            let len = toks[k].form.len();
            toks[k].span = Span::new(at, at + len);
            at += len;
        }
        toks
    }

    #[test]
    fn a_name_is_its_parts_that_run_on_from_its_head() {
        // "talks between the Harbour Workers ' Union and port operator Nordmar Terminals",
        // with "Union" read as a compound of "Terminals" and "operator" its conjunct.
        let toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("between", "between", "ADP", 12, "case"),
            ("the", "the", "DET", 4, "det"),
            ("Harbour", "Harbour", "PROPN", 5, "compound"),
            ("Workers", "Worker", "PROPN", 7, "nmod:poss"),
            ("'", "'s", "PART", 5, "case"),
            ("Union", "Union", "PROPN", 12, "compound"),
            ("and", "and", "CCONJ", 10, "cc"),
            ("port", "port", "NOUN", 10, "compound"),
            ("operator", "operator", "NOUN", 7, "conj"),
            ("Nordmar", "Nordmar", "PROPN", 12, "compound"),
            ("Terminals", "Terminal", "PROPN", 1, "nmod"),
        ]);
        let mut toks = toks;
        toks[5].xpos = "POS".into();
        let t = Tree::new(&toks);
        assert_eq!(proper_name(&t, 11), "Nordmar Terminals");
        // A possessive on a name is its owner, not part of it ("Russia's Putin").
        assert_eq!(proper_name(&t, 6), "Union");
    }

    #[test]
    fn a_bid_for_an_organisation_is_labelled_as_a_bid() {
        // "a $14 billion bid for the cable maker": a light noun defers to what it is for,
        // unless that is an organisation; a maker is no cable, and "$" names nothing.
        let toks = tokens(&[
            ("a", "a", "DET", 5, "det"),
            ("$", "$", "SYM", 5, "compound"),
            ("14", "14", "NUM", 4, "compound"),
            ("billion", "billion", "NUM", 2, "nummod"),
            ("bid", "bid", "NOUN", 0, "root"),
            ("for", "for", "ADP", 9, "case"),
            ("the", "the", "DET", 9, "det"),
            ("cable", "cable", "NOUN", 9, "compound"),
            ("maker", "maker", "NOUN", 5, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 4), "maker bid");
        // A kind of organisation as the compound stays: "director of the watchdog group".
        let toks = tokens(&[
            ("director", "director", "NOUN", 0, "root"),
            ("of", "of", "ADP", 5, "case"),
            ("the", "the", "DET", 5, "det"),
            ("watchdog", "watchdog", "NOUN", 5, "compound"),
            ("group", "group", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "watchdog director");
        // What a demand is for is its label.
        let toks = tokens(&[
            ("demand", "demand", "NOUN", 0, "root"),
            ("for", "for", "ADP", 4, "case"),
            ("military", "military", "ADJ", 4, "amod"),
            ("aid", "aid", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "military aid");
        // "the offer on the table" is an offer, not a table.
        let toks = tokens(&[
            ("the", "the", "DET", 2, "det"),
            ("offer", "offer", "NOUN", 0, "root"),
            ("on", "on", "ADP", 5, "case"),
            ("the", "the", "DET", 5, "det"),
            ("table", "table", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "offer");
        // "wrongdoing on her behalf" is wrongdoing.
        let toks = tokens(&[
            ("wrongdoing", "wrongdoing", "NOUN", 0, "root"),
            ("on", "on", "ADP", 4, "case"),
            ("her", "she", "PRON", 4, "nmod:poss"),
            ("behalf", "behalf", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "wrongdoing");
    }

    #[test]
    fn a_currency_is_an_amount_and_a_measure_names_its_substance() {
        let toks = tokens(&[
            ("9.6", "9.6", "NUM", 2, "compound"),
            ("billion", "billion", "NUM", 3, "nummod"),
            ("lei", "leu", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 2), "9.6 billion lei");
        let toks = tokens(&[
            ("180", "180", "NUM", 2, "nummod"),
            ("millimetres", "millimetre", "NOUN", 0, "root"),
            ("of", "of", "ADP", 4, "case"),
            ("rain", "rain", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "rain");
        // Without what it measures, a measure is an amount as written.
        let toks = tokens(&[
            ("180", "180", "NUM", 2, "nummod"),
            ("millimetres", "millimetre", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "180 millimetres");
        // "stolen works of this kind": a kind names nothing.
        let toks = tokens(&[
            ("stolen", "stolen", "ADJ", 2, "amod"),
            ("works", "work", "NOUN", 0, "root"),
            ("of", "of", "ADP", 5, "case"),
            ("this", "this", "DET", 5, "det"),
            ("kind", "kind", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "stolen work");
    }

    #[test]
    fn a_code_or_acronym_keeps_its_capitals() {
        let toks = tokens(&[
            ("Flight", "flight", "NOUN", 2, "compound"),
            ("SV418", "sv418", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "flight SV418");
        let toks = tokens(&[
            ("local", "local", "ADJ", 2, "amod"),
            ("NGOs", "ngo", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "local NGO");
        // One capital and no digit is an ordinary word at the start of a sentence.
        let toks = tokens(&[("Revenue", "revenue", "NOUN", 0, "root")]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "revenue");
        assert!(is_code("GDP") && is_code("SV418") && !is_code("U.S.") && !is_code("Flight"));
    }

    #[test]
    fn a_hyphenated_word_labels_whole() {
        // "the country's drought-hit south": the modifier whole.
        let toks = glued(&[
            ("drought", "drought", "NOUN", 3, "compound"),
            ("-", "-", "PUNCT", 1, "punct"),
            ("hit", "hit", "NOUN", 4, "compound"),
            ("south", "south", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "drought-hit south");
        // "the presidential run-off": the head whole, its own parts no modifiers.
        let toks = glued(&[
            ("presidential", "presidential", "ADJ", 2, "amod"),
            ("run", "run", "NOUN", 0, "root"),
            ("-", "-", "PUNCT", 4, "punct"),
            ("off", "off", "ADP", 2, "compound"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "presidential run-off");
        // "brother-in-law": the "law" of the head is no modifier of it.
        let toks = glued(&[
            ("brother", "brother", "NOUN", 0, "root"),
            ("-", "-", "PUNCT", 4, "punct"),
            ("in", "in", "ADP", 4, "case"),
            ("-", "-", "PUNCT", 4, "punct"),
            ("law", "law", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "brother-in-law");
        // Apart, they are words of their own.
        let toks = tokens(&[
            ("drought", "drought", "NOUN", 2, "compound"),
            ("south", "south", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "drought south");
    }

    #[test]
    fn amounts_are_labelled_as_written() {
        // "climbed to 7.8 percent", "lost $3 million", "rose 2 dollars a barrel", "lost
        // millions of dollars", "thousands of nurses"
        let toks = tokens(&[
            ("climbed", "climb", "VERB", 0, "root"),
            ("to", "to", "ADP", 4, "case"),
            ("7.8", "7.8", "NUM", 4, "nummod"),
            ("percent", "percent", "NOUN", 1, "obl"),
            ("$", "$", "SYM", 1, "obj"),
            ("3", "3", "NUM", 7, "compound"),
            ("million", "million", "NUM", 5, "nummod"),
            ("2", "2", "NUM", 9, "nummod"),
            ("dollars", "dollar", "NOUN", 1, "obj"),
            ("a", "a", "DET", 11, "det"),
            ("barrel", "barrel", "NOUN", 9, "nmod:unmarked"),
            ("millions", "million", "NOUN", 1, "obj"),
            ("of", "of", "ADP", 14, "case"),
            ("dollars", "dollar", "NOUN", 12, "nmod"),
            ("thousands", "thousand", "NOUN", 1, "nsubj"),
            ("of", "of", "ADP", 17, "case"),
            ("nurses", "nurse", "NOUN", 15, "nmod"),
            ("percent", "percent", "NOUN", 1, "obj"),
            // ", 50.1 percent" with the comma hung on the number.
            (",", ",", "PUNCT", 20, "punct"),
            ("50.1", "50.1", "NUM", 21, "nummod"),
            ("percent", "percent", "NOUN", 1, "obj"),
            // "5 million Australian dollars", and "debts to lenders, including banks": an
            // item names nothing.
            ("5", "5", "NUM", 23, "compound"),
            ("million", "million", "NUM", 25, "nummod"),
            ("Australian", "Australian", "ADJ", 25, "amod"),
            ("dollars", "dollar", "NOUN", 1, "obj"),
            ("debts", "debt", "NOUN", 1, "obj"),
            ("including", "including", "VERB", 28, "case"),
            ("banks", "bank", "NOUN", 26, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 20), "50.1 percent");
        assert_eq!(concept_label(&t, 24), "5 million Australian dollars");
        let toks = tokens(&[
            ("fell", "fall", "VERB", 0, "root"),
            ("12", "12", "NUM", 4, "nummod"),
            ("basis", "basis", "NOUN", 4, "compound"),
            ("points", "point", "NOUN", 1, "obj"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "12 basis points");
        // "C$600 million": a country's dollar (tagged `$`) is a currency too.
        let mut toks = tokens(&[
            ("generate", "generate", "VERB", 0, "root"),
            ("C$", "C$", "SYM", 1, "obj"),
            ("600", "600", "NUM", 4, "compound"),
            ("million", "million", "NUM", 2, "nummod"),
        ]);
        toks[1].xpos = "$".into();
        assert_eq!(concept_label(&Tree::new(&toks), 1), "C$ 600 million");
        assert_eq!(concept_label(&t, 25), "debt");
        assert_eq!(concept_label(&t, 3), "7.8 percent");
        assert_eq!(concept_label(&t, 4), "$ 3 million");
        assert_eq!(concept_label(&t, 8), "2 dollars a barrel");
        assert_eq!(concept_label(&t, 11), "millions of dollars");
        // A count names what it counts; a unit without a number is no amount.
        assert_eq!(concept_label(&t, 14), "nurse");
        assert_eq!(concept_label(&t, 17), "percent");
    }

    #[test]
    fn a_name_whose_last_word_was_read_as_a_noun_labels_as_written() {
        // "World Trade Organization rules" with "Organization" a capitalised NOUN; "Trade rules"
        // at the start of a sentence has no proper noun and stays a common label.
        let toks = tokens(&[
            ("World", "World", "PROPN", 4, "compound"),
            ("Trade", "Trade", "PROPN", 4, "compound"),
            ("Organization", "organization", "NOUN", 4, "compound"),
            ("rules", "rule", "NOUN", 0, "root"),
        ]);
        assert_eq!(
            concept_label(&Tree::new(&toks), 3),
            "World Trade Organization rule"
        );
        let toks = tokens(&[
            ("Trade", "trade", "NOUN", 2, "compound"),
            ("rules", "rule", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "trade rule");
        // A proper noun that modifies something else is not part of the name.
        let toks = tokens(&[
            ("Brazil", "Brazil", "PROPN", 0, "root"),
            ("Steel", "steel", "NOUN", 3, "compound"),
            ("prices", "price", "NOUN", 1, "dep"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 2), "steel price");
    }

    #[test]
    fn a_clause_with_neither_object_nor_named_subject_takes_what_it_aims_at() {
        // "it would appeal to the Federal Court", "it would not negotiate with the hackers";
        // "it would decide by Friday" names no content, nor does "it met in Paris".
        let toks = tokens(&[
            ("it", "it", "PRON", 3, "nsubj"),
            ("would", "would", "AUX", 3, "aux"),
            ("appeal", "appeal", "VERB", 0, "root"),
            ("to", "to", "ADP", 7, "case"),
            ("the", "the", "DET", 7, "det"),
            ("Federal", "Federal", "PROPN", 7, "compound"),
            ("Court", "Court", "PROPN", 3, "obl"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 2), "Federal Court appeal");
        let toks = tokens(&[
            ("it", "it", "PRON", 4, "nsubj"),
            ("would", "would", "AUX", 4, "aux"),
            ("not", "not", "PART", 4, "advmod"),
            ("negotiate", "negotiate", "VERB", 0, "root"),
            ("with", "with", "ADP", 7, "case"),
            ("the", "the", "DET", 7, "det"),
            ("hackers", "hacker", "NOUN", 4, "obl"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "hacker not negotiate");
        // Nothing but what the verb goes on to do: "they had begun diverting vessels"; not when
        // negated ("had not begun diverting vessels" keeps its own verb).
        let mut toks = tokens(&[
            ("they", "they", "PRON", 3, "nsubj"),
            ("had", "have", "AUX", 3, "aux"),
            ("begun", "begin", "VERB", 0, "root"),
            ("diverting", "divert", "VERB", 3, "xcomp"),
            ("vessels", "vessel", "NOUN", 4, "obj"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 2), "vessel divert");
        toks[1] = Token {
            head: 3,
            ..tokens(&[("not", "not", "PART", 3, "advmod")])[0].clone()
        };
        assert_eq!(concept_label(&Tree::new(&toks), 2), "not begin");
        for (prep, noun) in [("by", "Friday"), ("in", "Paris")] {
            let toks = tokens(&[
                ("it", "it", "PRON", 2, "nsubj"),
                ("met", "meet", "VERB", 0, "root"),
                (prep, prep, "ADP", 4, "case"),
                (noun, noun, "PROPN", 2, "obl"),
            ]);
            assert_eq!(concept_label(&Tree::new(&toks), 1), "meet");
        }
    }

    #[test]
    fn a_clause_without_an_object_takes_its_subject_and_says_when_it_is_negated() {
        // "the bill would not pass", "he would not accept the deal", "Veldora had not been
        // consulted", "firefighters were injured", "said the readout" (a report, not a thing).
        let toks = tokens(&[
            ("bill", "bill", "NOUN", 4, "nsubj"),
            ("would", "would", "AUX", 4, "aux"),
            ("not", "not", "PART", 4, "advmod"),
            ("pass", "pass", "VERB", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "bill not pass");
        let toks = tokens(&[
            ("he", "he", "PRON", 4, "nsubj"),
            ("would", "would", "AUX", 4, "aux"),
            ("not", "not", "PART", 4, "advmod"),
            ("accept", "accept", "VERB", 0, "root"),
            ("deal", "deal", "NOUN", 4, "obj"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "deal not accept");
        let toks = tokens(&[
            ("Veldora", "Veldora", "PROPN", 5, "nsubj:pass"),
            ("had", "have", "AUX", 5, "aux"),
            ("not", "not", "PART", 5, "advmod"),
            ("been", "be", "AUX", 5, "aux:pass"),
            ("consulted", "consult", "VERB", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 4), "Veldora not consulted");
        // A name of several words labels whole.
        let toks = tokens(&[
            ("Brightwater", "Brightwater", "PROPN", 2, "compound"),
            ("Foods", "Foods", "PROPN", 3, "nsubj"),
            ("agreed", "agree", "VERB", 0, "root"),
        ]);
        assert_eq!(
            concept_label(&Tree::new(&toks), 2),
            "Brightwater Foods agree"
        );
        // A copular adjective by its subject: "passengers were not safe".
        let toks = tokens(&[
            ("passengers", "passenger", "NOUN", 4, "nsubj"),
            ("were", "be", "AUX", 4, "cop"),
            ("not", "not", "PART", 4, "advmod"),
            ("safe", "safe", "ADJ", 0, "root"),
        ]);
        let all: Vec<usize> = (0..4).collect();
        assert_eq!(
            concept_label_in(&Tree::new(&toks), 3, &all),
            "passenger not safe"
        );
        // The copula's own complement ("were not safe") is the adjective.
        assert_eq!(concept_label_in(&Tree::new(&toks), 3, &[2, 3]), "safe");
        let toks = tokens(&[
            ("he", "he", "PRON", 2, "nsubj"),
            ("left", "leave", "VERB", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "leave");
        let toks = tokens(&[
            ("said", "say", "VERB", 0, "root"),
            ("readout", "readout", "NOUN", 1, "nsubj"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "say");
        // An amount is no label ("exports rose 5 percent"); a "no" is part of it ("no
        // decision had been made").
        let toks = tokens(&[
            ("exports", "export", "NOUN", 2, "nsubj"),
            ("rose", "rise", "VERB", 0, "root"),
            ("5", "5", "NUM", 4, "nummod"),
            ("percent", "percent", "NOUN", 2, "obj"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "export rise");
        let toks = tokens(&[
            ("no", "no", "DET", 2, "det"),
            ("decision", "decision", "NOUN", 5, "nsubj:pass"),
            ("had", "have", "AUX", 5, "aux"),
            ("been", "be", "AUX", 5, "aux:pass"),
            ("made", "make", "VERB", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 4), "no decision made");
    }

    #[test]
    fn verbal_heads_take_noun_objects_only() {
        // "halting aid", "hoping that", "mending fences in Lima"
        let toks = tokens(&[
            ("halting", "halt", "VERB", 0, "root"),
            ("aid", "aid", "NOUN", 1, "obj"),
            ("hoping", "hope", "VERB", 1, "conj"),
            ("that", "that", "PRON", 3, "obj"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "aid halt");
        assert_eq!(concept_label(&t, 2), "hope");
        // "cancelled hundreds of operations": what the count counts.
        let toks = tokens(&[
            ("cancelled", "cancel", "VERB", 0, "root"),
            ("hundreds", "hundred", "NOUN", 1, "obj"),
            ("of", "of", "ADP", 4, "case"),
            ("operations", "operation", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "operation cancel");
        // "it lost $48 million": the amount as written (one space between the test's
        // tokens), not its symbol.
        let toks = tokens(&[
            ("it", "it", "PRON", 2, "nsubj"),
            ("lost", "lose", "VERB", 0, "root"),
            ("$", "$", "SYM", 2, "obj"),
            ("48", "48", "NUM", 5, "compound"),
            ("million", "million", "NUM", 3, "nummod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "$ 48 million lose");
    }

    #[test]
    fn a_place_after_the_thing_does_not_name_it() {
        // "talks on trade in Oslo" → trade talk; "talks in Oslo" → Oslo talk.
        let toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("on", "on", "ADP", 3, "case"),
            ("trade", "trade", "NOUN", 1, "nmod"),
            ("in", "in", "ADP", 5, "case"),
            ("Oslo", "Oslo", "PROPN", 3, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "trade talk");
        let toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("in", "in", "ADP", 3, "case"),
            ("Oslo", "Oslo", "PROPN", 1, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Oslo talk");
    }

    #[test]
    fn days_and_parts_of_the_day_never_name_a_thing() {
        // "officials on Friday" → official; "reporters via Zoom Tuesday evening" → reporter.
        let toks = tokens(&[
            ("officials", "official", "NOUN", 0, "root"),
            ("on", "on", "ADP", 3, "case"),
            ("Friday", "Friday", "PROPN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "official");
        let toks = tokens(&[
            ("reporters", "reporter", "NOUN", 0, "root"),
            ("via", "via", "ADP", 5, "case"),
            ("Zoom", "Zoom", "PROPN", 5, "compound"),
            ("Tuesday", "Tuesday", "PROPN", 5, "compound"),
            ("evening", "evening", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "reporter");
        // A month that is part of a name still names: "the Theresa May government".
        let toks = tokens(&[
            ("Theresa", "Theresa", "PROPN", 3, "compound"),
            ("May", "May", "PROPN", 1, "flat"),
            ("government", "government", "NOUN", 0, "root"),
        ]);
        assert_eq!(
            concept_label(&Tree::new(&toks), 2),
            "Theresa May government"
        );
    }

    #[test]
    fn a_nationality_keeps_its_capital() {
        // "Ukrainian officials" at the start of a sentence (lemma lower-cased by the tagger).
        let toks = tokens(&[
            ("Ukrainian", "ukrainian", "ADJ", 2, "amod"),
            ("officials", "official", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "Ukrainian official");
        let toks = tokens(&[
            ("Senior", "senior", "ADJ", 2, "amod"),
            ("officials", "official", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "senior official");
    }

    #[test]
    fn a_quantity_is_labelled_by_what_it_counts() {
        // "one of these conditions" → condition
        let toks = tokens(&[
            ("one", "one", "NUM", 0, "root"),
            ("of", "of", "ADP", 4, "case"),
            ("these", "this", "DET", 4, "det"),
            ("conditions", "condition", "NOUN", 1, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 0), "condition");
        // "months of fighting" → fighting; a single "month of fighting" keeps its head.
        let mut toks = tokens(&[
            ("months", "month", "NOUN", 0, "root"),
            ("of", "of", "ADP", 3, "case"),
            ("fighting", "fighting", "NOUN", 1, "nmod"),
        ]);
        toks[0].xpos = "NNS".into();
        assert_eq!(concept_label(&Tree::new(&toks), 0), "fighting");
        (toks[0].form, toks[0].xpos) = ("month".into(), "NN".into());
        assert_eq!(concept_label(&Tree::new(&toks), 0), "fighting month");
        // "40 people in the province" counts people; "more rain" is rain.
        let toks = tokens(&[
            ("40", "40", "NUM", 2, "nummod"),
            ("people", "person", "NOUN", 0, "root"),
            ("in", "in", "ADP", 5, "case"),
            ("the", "the", "DET", 5, "det"),
            ("province", "province", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "person");
        let toks = tokens(&[
            ("more", "more", "ADJ", 2, "amod"),
            ("rain", "rain", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 1), "rain");
        // "At least 22 ships" read with "least" a modifier of "ships".
        let toks = tokens(&[
            ("At", "at", "ADP", 4, "case"),
            ("least", "least", "ADJ", 4, "amod"),
            ("22", "22", "NUM", 4, "nummod"),
            ("ships", "ship", "NOUN", 0, "root"),
        ]);
        assert_eq!(concept_label(&Tree::new(&toks), 3), "ship");
        // "a 34-year-old man": not "old man".
        let mut toks = tokens(&[
            ("34", "34", "NUM", 3, "nummod"),
            ("-", "-", "PUNCT", 1, "punct"),
            ("year", "year", "NOUN", 5, "obl:unmarked"),
            ("-", "-", "PUNCT", 3, "punct"),
            ("old", "old", "ADJ", 6, "amod"),
            ("man", "man", "NOUN", 0, "root"),
        ]);
        toks[3].xpos = "HYPH".into();
        assert_eq!(concept_label(&Tree::new(&toks), 5), "man");
    }

    #[test]
    fn hyphenated_names_and_degrees_are_kept() {
        // "the latest Lima-Reyes meeting" → latest ... ; "Lima-Reyes meeting"
        let mut toks = tokens(&[
            ("the", "the", "DET", 3, "det"),
            ("latest", "late", "ADJ", 3, "amod"),
            ("turn", "turn", "NOUN", 0, "root"),
            ("Lima", "Lima", "PROPN", 6, "compound"),
            ("-", "-", "PUNCT", 4, "punct"),
            ("Reyes", "Reyes", "PROPN", 7, "compound"),
            ("meeting", "meeting", "NOUN", 3, "conj"),
        ]);
        toks[1].xpos = "JJS".into();
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 2), "latest turn");
        // A participle modifier as written: "televised address", not "televise address".
        let mut part = toks.clone();
        (part[1].form, part[1].lemma) = ("televised".into(), "televise".into());
        (part[1].upos, part[1].xpos) = ("VERB".into(), "VBN".into());
        assert_eq!(concept_label(&Tree::new(&part), 2), "televised turn");
        assert_eq!(concept_label(&t, 6), "Lima - Reyes meeting");
        // Written as one word, the hyphen joins without spaces.
        toks[4].span = Span::new(toks[3].span.end, toks[3].span.end + 1);
        toks[5].span = Span::new(toks[4].span.end, toks[4].span.end + 5);
        assert_eq!(concept_label(&Tree::new(&toks), 6), "Lima-Reyes meeting");
        // Lima attached straight to the noun, not to Reyes: the hyphen still joins them.
        toks[3].head = 7;
        assert_eq!(concept_label(&Tree::new(&toks), 6), "Lima-Reyes meeting");
    }

    #[test]
    fn when_it_happened_does_not_name_it() {
        // "a pause in strikes against energy sites during their phone call" → energy pause.
        let toks = tokens(&[
            ("pause", "pause", "NOUN", 0, "root"),
            ("in", "in", "ADP", 3, "case"),
            ("strikes", "strike", "NOUN", 1, "nmod"),
            ("against", "against", "ADP", 6, "case"),
            ("energy", "energy", "NOUN", 6, "compound"),
            ("sites", "site", "NOUN", 3, "nmod"),
            ("during", "during", "ADP", 10, "case"),
            ("their", "their", "PRON", 10, "nmod:poss"),
            ("phone", "phone", "NOUN", 10, "compound"),
            ("call", "call", "NOUN", 1, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "energy pause");
    }

    #[test]
    fn a_proper_adjective_belongs_to_the_name() {
        // "talks in Saudi Arabia" (EWT: Saudi ADJ/NNP amod) → Saudi Arabia talk; "Ukrainian
        // officials" (ADJ/JJ) keeps the adjective out of a name.
        let mut toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("in", "in", "ADP", 4, "case"),
            ("Saudi", "Saudi", "ADJ", 4, "amod"),
            ("Arabia", "Arabia", "PROPN", 1, "nmod"),
        ]);
        toks[2].xpos = "NNP".into();
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Saudi Arabia talk");
        toks[2].xpos = "JJ".into();
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Arabia talk");
        // The same in a compound modifier: "a White House readout".
        let mut toks = tokens(&[
            ("a", "a", "DET", 4, "det"),
            ("White", "White", "ADJ", 3, "amod"),
            ("House", "House", "PROPN", 4, "compound"),
            ("readout", "readout", "NOUN", 0, "root"),
        ]);
        toks[1].xpos = "NNP".into();
        assert_eq!(concept_label(&Tree::new(&toks), 3), "White House readout");
    }
}
