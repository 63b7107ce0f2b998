//! Participle clauses (", saying ...", ", standing beside ...", "spent ... developing") hung on the
//! wrong word.
//!
//! The reporting participle hung on the object. "The union criticized the plan, saying drivers
//! had not been told ..." can come out with "saying" as a modifier (`acl`) of "plan", which then
//! does the saying. After a comma, an -ing verb of saying modifies the clause (`advcl`), and a
//! reported clause the parser left on the main verb becomes its complement.
//!
//! A reporting participle tagged as a noun ("opposed the merger, warning that ..." with
//! "warning" a conjunct of "merger"): it is the verb's participle clause.
//!
//! A reporting participle hung inside the object ("rejected the demand for halting aid,
//! warning that ..." with "warning" on "halting"): it modifies the verb with the subject.
//!
//! Any participle clause after a comma hung on the verb's oblique ("gathered after the defeat,
//! chanting ..."): it modifies the verb (repair 111).

use super::draft::Draft;
use super::tree_helpers::{after_comma, extent, head_of, kids_of, under};
use super::words::{is_person_noun, reporting_participle, reports, says_or_thinks};
use crate::annotate::lexicon::SAY;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Repair 84: mends what [`speakers_participles_in_reports`] finds.
pub(super) fn fix_speakers_participles_in_reports(d: &mut Draft) {
    for (participle, speaker_verb) in speakers_participles_in_reports(d.base()) {
        let fixed = d.edit();
        let comma = participle - 1;
        (fixed[participle].head, fixed[participle].deprel) = (speaker_verb + 1, "advcl".into());
        fixed[comma].head = participle + 1;
    }
}

/// Verbs of naming something what the speaker thinks it is ("calling the verdict a political
/// judgment", "describing the plan as reckless").
const SPEAKERS_NAMING: &[&str] = &["brand", "call", "describe", "dismiss", "label"];

/// Repair 84: the speaker's participle read as part of what was reported.
///
/// Pairs (participle, verb of saying): in "Brandt denied that the recall had been delayed,
/// saying engineers needed months" and "Osei denied the claim that residents had been offered
/// $900, saying the payment was higher", the parser hangs "saying" on the reported clause, and
/// the recall or the residents say it. A participle of saying after a comma ("saying",
/// "insisting", "noting", "pointing out") at the end of a reported clause goes with the
/// speaker's verb: the reported clause must not itself be about saying ("said police had told
/// reporters, adding ..." stays as parsed). So does a participle of naming with its object
/// ("told reporters that her client would appeal, calling the verdict a political judgment").
fn speakers_participles_in_reports(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let lemma = |k: usize| tokens[k].lemma.to_lowercase();
    for (p, tk) in tokens.iter().enumerate() {
        let point_out = lemma(p) == "point"
            && kids_of(tokens, p).any(|k| tokens[k].form.eq_ignore_ascii_case("out"));
        // "calling the verdict a political judgment", "dismissing the charges as baseless":
        // the speaker names what was reported.
        let naming = tk.xpos == "VBG"
            && SPEAKERS_NAMING.contains(&lemma(p).as_str())
            && kids_of(tokens, p).any(|k| tokens[k].deprel == "obj");
        let reporting = reporting_participle(tk) || (tk.xpos == "VBG" && point_out);
        if p == 0 || tokens[p - 1].form != "," || !(reporting || naming) {
            continue;
        }
        // It reports a clause ("adding agriculture to hunting" reports nothing): a complement,
        // or an object with a finite verb read as its modifier ("saying engineers needed").
        let clause = kids_of(tokens, p).any(|k| {
            tokens[k].deprel == "ccomp"
                || (tokens[k].deprel == "obj"
                    && kids_of(tokens, k).any(|a| {
                        let finite =
                            |x: usize| matches!(tokens[x].xpos.as_str(), "VBD" | "VBZ" | "VBP");
                        tokens[a].deprel.starts_with("acl")
                            && (finite(a)
                                || kids_of(tokens, a).any(|c| {
                                    matches!(tokens[c].deprel.as_str(), "cop" | "aux") && finite(c)
                                }))
                    }))
        });
        if !clause && !naming {
            continue;
        }
        // Up from the participle through the reported clause (a content clause of the verb,
        // or of its object: "denied the claim that ...") to the verb of saying.
        let mut at = p;
        let mut found = None;
        for _ in 0..4 {
            let Some(h) = head_of(tokens, at) else { break };
            let rel = tokens[at].deprel.as_str();
            let content = rel == "ccomp"
                || (rel == "acl"
                    && tokens[h].deprel == "obj"
                    && head_of(tokens, h).is_some_and(|v| SAY.contains(&lemma(v).as_str())));
            if at != p && SAY.contains(&lemma(at).as_str()) {
                break;
            }
            if at != p && content {
                let v = if rel == "acl" {
                    head_of(tokens, h).unwrap_or(h)
                } else {
                    h
                };
                found = Some(v);
                break;
            }
            at = h;
        }
        let Some(v) = found else { continue };
        let speaker_verb = v < p
            && says_or_thinks(&lemma(v))
            && kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        if speaker_verb && tokens[p].head != v + 1 {
            out.push((p, v));
        }
    }
    out
}

/// Repair 91: mends what [`spent_on_doing`] finds.
pub(super) fn fix_spent_on_doing(d: &mut Draft) {
    for (participle, verb) in spent_on_doing(d.base()) {
        let fixed = d.edit();
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
}

/// Verbs that spend an amount on doing something: "spent 2 billion crowns developing the
/// drug", "took months negotiating the deal".
const SPEND: &[&str] = &["spend", "waste", "invest"];

/// Repair 91: what an amount was spent on read as the amount's modifier.
///
/// Pairs (participle, verb): "has spent more than 2 billion crowns developing lumacitan" can
/// come out with "developing" an `acl` of "crowns", so the crowns develop the drug. After
/// "spend", "waste" or "invest", an -ing clause on the object is the verb's: the spender does
/// it.
fn spent_on_doing(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || tk.deprel != "acl" {
            continue;
        }
        let Some(n) = head_of(tokens, p).filter(|&n| n < p && tokens[n].deprel == "obj") else {
            continue;
        };
        let Some(v) = head_of(tokens, n) else {
            continue;
        };
        // Right after the object's phrase, with no comma.
        let next_to = (n + 1..p).all(|k| under(tokens, k, &[n]) && tokens[k].form != ",");
        if SPEND.contains(&tokens[v].lemma.to_lowercase().as_str()) && next_to {
            out.push((p, v));
        }
    }
    out
}

/// Repair 89: mends what [`closing_participles_on_modifiers`] finds.
pub(super) fn fix_closing_participles_on_modifiers(d: &mut Draft) {
    for (participle, verb) in closing_participles_on_modifiers(d.base()) {
        let fixed = d.edit();
        fixed[participle].head = verb + 1;
        fixed[participle - 1].head = participle + 1;
    }
}

/// Repair 89: a participle closing the sentence hung on a participle inside it.
///
/// Pairs (participle, verb): in "A court sentenced the former minister for accepting bribes
/// from construction firms bidding for state contracts, ending a trial that had gripped the
/// country" the parser hangs "ending" on "bidding", and the firms end the trial. A participle
/// clause after a comma that closes the sentence, hung on a participle that modifies a noun
/// (`acl`), is the clause's whose subject is nearest above, when that verb is in the past tense.
/// On the treebanks (EWT and GUM, train and dev) it moves one arc, wrong before and after; without
/// the past tense it moved six, one right, two wrong.
fn closing_participles_on_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let last_word = tokens.iter().rposition(|t| t.upos != "PUNCT");
    for (p, tk) in tokens.iter().enumerate() {
        let participle = tk.xpos == "VBG" && tk.deprel == "advcl";
        if !participle
            || p == 0
            || tokens[p - 1].form != ","
            || kids_of(tokens, p)
                .any(|k| tokens[k].deprel.starts_with("nsubj") || tokens[k].deprel == "mark")
        {
            continue;
        }
        if Some(extent(tokens, p).1) != last_word {
            continue;
        }
        let Some(h) = head_of(tokens, p) else {
            continue;
        };
        let modifier = tokens[h].deprel == "acl"
            && matches!(tokens[h].xpos.as_str(), "VBG" | "VBN")
            && !kids_of(tokens, h).any(|k| tokens[k].deprel.starts_with("nsubj"));
        if !modifier {
            continue;
        }
        // Up to the nearest verb with a subject of its own.
        let mut at = h;
        let mut verb = None;
        for _ in 0..10 {
            let Some(up) = head_of(tokens, at) else { break };
            let clause = matches!(tokens[up].upos.as_str(), "VERB" | "AUX")
                && kids_of(tokens, up).any(|k| tokens[k].deprel.starts_with("nsubj"));
            if clause {
                verb = Some(up);
                break;
            }
            at = up;
        }
        // A past tense reporting what happened; elsewhere ("would solve the problem of people
        // using the line, putting us over the limit") the participle is often the modifier's.
        if let Some(v) = verb.filter(|&v| v < h && tokens[v].xpos == "VBD") {
            out.push((p, v));
        }
    }
    out
}

/// Repair 12: mends what [`reporting_participle_on_object`] finds.
pub(super) fn fix_reporting_participle_on_object(d: &mut Draft) {
    if let Some(r) = reporting_participle_on_object(d.base()) {
        let fixed = d.edit();
        fixed[r.participle].head = r.verb + 1;
        fixed[r.participle].deprel = "advcl".into();
        if let Some(c) = r.clause {
            fixed[c].head = r.participle + 1;
            fixed[c].deprel = "ccomp".into();
        }
    }
}

/// Repair 12: a reporting participle hung on the main verb's object.
#[derive(Debug, PartialEq, Eq)]
struct ParticipleOnObject {
    participle: usize,
    verb: usize,
    /// A clause the parser left on the main verb that is the participle's complement.
    clause: Option<usize>,
}

/// "The union criticized the plan, saying drivers had not been told": "saying" read as an `acl`
/// of "plan" (or of a noun inside it: "rejected the finding on ticket sales, saying ..."). After a
/// comma, an -ing verb of saying modifies the clause, whose subject does the
/// saying (UD `advcl`); a plan does not say anything. When the parser also hung the reported
/// clause on the main verb (`parataxis`/`ccomp` right after the participle's object), it becomes
/// the participle's complement, so repair 9 can then find its subject.
fn reporting_participle_on_object(tokens: &[Token]) -> Option<ParticipleOnObject> {
    let kids = |h: usize| kids_of(tokens, h);
    for p in 1..tokens.len() {
        let t = &tokens[p];
        if t.deprel != "acl" || !reporting_participle(t) || tokens[p - 1].form != "," {
            continue;
        }
        let Some(mut noun) = head_of(tokens, p) else {
            continue;
        };
        // Or on a noun inside the object ("rejected the finding on ticket sales, saying").
        for _ in 0..4 {
            match head_of(tokens, noun) {
                Some(h) if tokens[noun].deprel == "nmod" && h < noun => noun = h,
                _ => break,
            }
        }
        let Some(verb) = head_of(tokens, noun) else {
            continue;
        };
        if noun > p
            || tokens[noun].deprel != "obj"
            || tokens[verb].upos != "VERB"
            || !matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
        {
            continue;
        }
        let clause = kids(verb).find(|&c| {
            c > p
                && matches!(tokens[c].deprel.as_str(), "parataxis" | "ccomp")
                && tokens[c].upos == "VERB"
                && (p + 1..c).all(|k| under(tokens, k, &[p, c]))
                && !kids(p).any(|k| tokens[k].deprel == "ccomp")
        });
        return Some(ParticipleOnObject {
            participle: p,
            verb,
            clause,
        });
    }
    None
}

/// Repairs 15 and 34: mend what [`participles_on_reported_clause`] and
/// [`participles_inside_phrases`] find, both read from the same tree before either is mended.
pub(super) fn fix_participles_on_reported_clauses_and_inside_phrases(d: &mut Draft) {
    let base = d.base();
    let mut participles = participles_on_reported_clause(base);
    participles.extend(participles_inside_phrases(base));
    if !participles.is_empty() {
        let fixed = d.edit();
        for (participle, verb) in participles {
            fixed[participle].head = verb + 1;
        }
    }
}

/// True when token `p` is a participle of saying after a comma (an `advcl`) that reports a
/// clause of its own and has no subject: "..., warning that ...", "..., stating that ...".
fn reports_after_comma(tokens: &[Token], p: usize) -> bool {
    tokens[p].deprel == "advcl"
        && reporting_participle(&tokens[p])
        && after_comma(tokens, p)
        && !kids_of(tokens, p).any(|k| tokens[k].deprel.starts_with("nsubj"))
        && kids_of(tokens, p).any(|k| k > p && tokens[k].deprel == "ccomp")
}

/// Repair 34: a reporting participle hung inside the object.
///
/// Pairs (participle, verb): "rejected Putin's demand for halting aid and sharing intelligence,
/// warning that the move would weaken Ukraine" can come out with "warning" an `advcl` of
/// "sharing", deep inside the object, so the demand would do the warning. A participle of
/// saying after a comma that reports a clause of its own, hung on a verb without a subject (a
/// gerund, an infinitive) inside a phrase, modifies the first verb above with a subject: its
/// subject is the speaker.
fn participles_inside_phrases(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len() {
        if !reports_after_comma(tokens, p) {
            continue;
        }
        let Some(first) = head_of(tokens, p).filter(|&h| h < p) else {
            continue;
        };
        let subject = |v: usize| kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        if tokens[first].upos != "VERB" || subject(first) {
            continue;
        }
        // Up through verbs without a subject and the nouns they modify, to the first verb
        // that has one; at least one noun on the way (else the participle was where it
        // belongs, on a verb chain such as "wants to stop").
        let (mut v, mut crossed_noun) = (first, false);
        for _ in 0..tokens.len() {
            let Some(up) = head_of(tokens, v) else {
                break;
            };
            v = up;
            match tokens[v].upos.as_str() {
                "NOUN" | "PROPN" => crossed_noun = true,
                "VERB" if subject(v) => {
                    if crossed_noun {
                        out.push((p, v));
                    }
                    break;
                }
                "VERB" => {}
                _ => break,
            }
        }
    }
    out
}

/// Repair 15: a reporting participle hung on the reported clause.
///
/// Pairs (participle, reporting verb): "Grushko said the Kremlin would seek guarantees, stating
/// that ..." read with "stating" as an `advcl` of "seek", so the Kremlin would do the stating.
/// A participle of saying after a comma that itself reports a clause, hung on the verb of a
/// clause that a verb of saying reports, adds to what the speaker said: it modifies the
/// reporting verb, and the speaker is its subject.
fn participles_on_reported_clause(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len() {
        if !reports_after_comma(tokens, p) {
            continue;
        }
        let Some(clause) = head_of(tokens, p) else {
            continue;
        };
        let Some(verb) = head_of(tokens, clause) else {
            continue;
        };
        if tokens[clause].deprel == "ccomp"
            && verb < clause
            && clause < p
            && tokens[verb].upos == "VERB"
            && reports(&tokens[verb].lemma.to_lowercase())
        {
            out.push((p, verb));
        }
    }
    out
}

/// Repair 31: mends what [`reporting_nouns`] finds.
pub(super) fn fix_reporting_nouns(d: &mut Draft) {
    for (participle, verb, clause) in reporting_nouns(d.base()) {
        let fixed = d.edit();
        let lemma = saying_verb(&fixed[participle].form).unwrap_or("say");
        let p = &mut fixed[participle];
        (p.head, p.deprel) = (verb + 1, "advcl".into());
        (p.upos, p.xpos, p.lemma) = ("VERB".into(), "VBG".into(), lemma.into());
        fixed[clause].deprel = "ccomp".into();
        // "that" marks the clause, wherever the parser hung it.
        fixed[participle + 1].head = clause + 1;
        fixed[participle + 1].deprel = "mark".into();
    }
}

/// The verb of saying an -ing form comes from ("warning" → "warn", "arguing" → "argue"), when
/// it is one.
fn saying_verb(form: &str) -> Option<&'static str> {
    let stem = form.to_lowercase();
    let stem = stem.strip_suffix("ing")?;
    SAY.iter()
        .copied()
        .find(|&v| v == stem || v.strip_suffix('e') == Some(stem))
}

/// Repair 31: a reporting participle tagged as a noun and coordinated with the object.
///
/// Triples (participle, verb, its clause): "opposed the merger within hours, warning that it
/// would leave ..." can come out with "warning" a noun, conjunct of "merger", and the reported
/// clause a relative clause on it: the FTC opposes a warning. After a comma, the -ing form of a
/// verb of saying followed by "that" is the verb's participle clause (`advcl`), and the clause
/// after "that" its complement (`ccomp`).
fn reporting_nouns(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len().saturating_sub(1) {
        let tk = &tokens[p];
        if tk.upos != "NOUN"
            || !matches!(tk.deprel.as_str(), "conj" | "appos")
            || tokens[p - 1].form != ","
            || !tokens[p + 1].form.eq_ignore_ascii_case("that")
            || saying_verb(&tk.form).is_none()
        {
            continue;
        }
        // The conjunct's first noun, and the verb it is the object of.
        let Some(noun) = head_of(tokens, p).filter(|&n| n < p) else {
            continue;
        };
        let Some(verb) = head_of(tokens, noun).filter(|&v| tokens[v].upos == "VERB") else {
            continue;
        };
        let clause = kids_of(tokens, p).find(|&c| {
            c > p + 1
                && tokens[c].upos == "VERB"
                && matches!(tokens[c].deprel.as_str(), "acl:relcl" | "acl" | "ccomp")
        });
        if let (true, Some(c)) = (
            matches!(tokens[noun].deprel.as_str(), "obj" | "obl"),
            clause,
        ) {
            out.push((p, verb, c));
        }
    }
    out
}

/// Repair 73: mends what [`adjuncts_on_objects`] finds.
pub(super) fn fix_adjuncts_on_objects(d: &mut Draft) {
    for (participle, verb) in adjuncts_on_objects(d.base()) {
        let fixed = d.edit();
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
}

/// Repair 73: a participle clause after a comma read as a modifier of the verb's object.
///
/// Pairs (participle, verb): "Dussel told a news conference, standing beside Okonde" can come
/// out with "standing" an `acl` of "conference", so the conference stood there. An -ing
/// participle of saying or bearing ([`PERSONAL_ADJUNCTS`]) set off by a comma after the object
/// of a verb that has a subject says what the subject did meanwhile (UD `advcl`), unless the
/// object is a person, whom it may describe ("met the minister, citing a letter").
fn adjuncts_on_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl"
            || tk.xpos != "VBG"
            || p == 0
            || tokens[p - 1].form != ","
            || !PERSONAL_ADJUNCTS.contains(&tk.lemma.to_lowercase().as_str())
        {
            continue;
        }
        let Some(n) = head_of(tokens, p).filter(|&n| n < p) else {
            continue;
        };
        let Some(v) = head_of(tokens, n).filter(|&v| v < n) else {
            continue;
        };
        let object = matches!(tokens[n].deprel.as_str(), "obj" | "iobj")
            && tokens[n].upos == "NOUN"
            && !roles::is_role_noun(&tokens[n].form)
            && !is_person_noun(&tokens[n].lemma);
        let subject = kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        // The comma closes the object's phrase: the participle is the first word after it.
        let closes = extent(tokens, n).1 + 1 == p - 1 || tokens[p - 1].head == p + 1;
        if object && subject && closes && tokens[v].upos == "VERB" {
            out.push((p, v));
        }
    }
    out
}

/// Verbs of saying and of a speaker's bearing whose -ing clause after a comma is about the
/// clause's subject ("cut its forecast, citing weak demand"; "told a news conference, standing
/// beside Okonde"); an object may show or lead to things itself ("a term sheet, showing
/// revisions"), so other verbs stay.
const PERSONAL_ADJUNCTS: &[&str] = &[
    "accuse", "add", "argue", "blame", "call", "cite", "claim", "describe", "insist", "note",
    "point", "promise", "refer", "say", "sit", "speak", "stand", "stress", "urge", "vow", "warn",
];

/// Repair 111: mends what [`participles_on_obliques`] finds.
pub(super) fn fix_participles_on_obliques(d: &mut Draft) {
    for (participle, verb) in participles_on_obliques(d.base()) {
        let fixed = d.edit();
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
}

/// Repair 111: a participle clause after a comma hung on the verb's oblique.
///
/// Pairs (participle, verb): "Hundreds of fans gathered after Saturday's defeat, chanting
/// against the manager" can come out with "chanting" a modifier (`acl`) of "defeat", so the
/// defeat chants. An -ing participle right after a comma, with no subject or marker of its own
/// and words of its own, hung on an oblique of a past-tense verb with a subject, is that verb's
/// adverbial clause: it tells what the subject did.
fn participles_on_obliques(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || tk.deprel != "acl" || p == 0 || tokens[p - 1].form != "," {
            continue;
        }
        let own = kids_of(tokens, p).any(|k| {
            let d = tokens[k].deprel.as_str();
            d.starts_with("nsubj") || d == "mark"
        });
        let words = kids_of(tokens, p).any(|k| k > p && tokens[k].deprel != "punct");
        let Some(h) = head_of(tokens, p).filter(|&h| h < p) else {
            continue;
        };
        let oblique = tokens[h].upos == "NOUN" && tokens[h].deprel.starts_with("obl");
        let Some(v) = head_of(tokens, h).filter(|&v| v < h) else {
            continue;
        };
        let clause = tokens[v].upos == "VERB"
            && tokens[v].xpos == "VBD"
            && kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        if !own && words && oblique && clause {
            out.push((p, v));
        }
    }
    out
}

/// Repair 143: mends what [`marked_participles_on_nouns`] finds.
pub(super) fn fix_marked_participles_on_nouns(d: &mut Draft) {
    for (participle, verb) in marked_participles_on_nouns(d.base()) {
        let fixed = d.edit();
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
}

/// Subordinators that open an -ing clause of when or how something was done.
const TIME_MARKS: &[&str] = &["after", "before", "since", "when", "while", "without"];

/// Repair 143: an -ing clause opened by "before", "after", "while" ... read as a noun's
/// modifier.
///
/// Pairs (participle, verb): "was welcomed with a 21-gun salute and a military parade before
/// holding talks with Kovach" can come out with "holding" an `acl` of "parade", so that the
/// parade held the talks. A noun is not done before or after something; a verb is: the clause
/// modifies the nearest verb above the noun (UD `advcl`), and its subject does the holding.
fn marked_participles_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || tk.deprel != "acl" {
            continue;
        }
        let marked = kids_of(tokens, p).any(|k| {
            k < p
                && tokens[k].deprel == "mark"
                && TIME_MARKS.contains(&tokens[k].form.to_lowercase().as_str())
        });
        // "one step before workers taking over": a clause with its own subject may be the
        // noun's.
        let own = kids_of(tokens, p).any(|k| tokens[k].deprel.starts_with("nsubj"));
        let Some(n) = head_of(tokens, p)
            .filter(|&n| n < p && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        let mut v = n;
        while tokens[v].upos != "VERB" {
            match head_of(tokens, v) {
                Some(h) => v = h,
                None => break,
            }
        }
        if marked && !own && tokens[v].upos == "VERB" && v < p {
            out.push((p, v));
        }
    }
    out
}

#[cfg(test)]
#[path = "participle_clauses_tests.rs"]
mod tests;
