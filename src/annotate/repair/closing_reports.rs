//! Reports that close the sentence (", officials said.") read as a conjunct, an apposition, a
//! complement, a modifier or the root.
//!
//! The reporting tail read as a conjunct. "A fire destroyed homes and forced residents to flee,
//! officials said" can come out with "said" as the conjunct of "destroyed" and "forced" as its
//! adverbial clause: "forced" is the conjunct, and "officials said" a parenthetical
//! (`parataxis`) that attributes the sentence.
//!
//! A reporting clause closing the sentence read as an apposition or a complement ("The factory
//! will close, the company announced." with "company" an apposition of "year"): it is
//! `parataxis` of the sentence's verb.
//!
//! A closing report made the root of a sentence whose verb was read as a participle gives the root
//! back to that verb.
//!
//! A closing report whose speaker, a role and a name between commas, was read as conjuncts of the
//! sentence's verb (", the trust's chief executive, Dr. Ingrid Falk, told reporters."): the role
//! is the report's subject and the name its apposition (repair 112).
//!
//! [`reporting_tails_read_as_conjuncts`] is mended by the first pass ([`super::first_pass`]),
//! together with the other errors it finds; the `fix_` functions here run after it, in the order of
//! [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{extent, head_of, kids_of, name_head, opening_comma, under};
use super::words::{INVERTIBLE, make_finite};
use crate::annotate::ner::roles;
use crate::document::Token;

/// Reporting tails (see [`ReportingTail`]): a verb of saying with its own subject after a comma,
/// a conjunct whose coordinator comes before a subjectless finite clause it also heads. The
/// clause is the conjunct, with the coordinator; the verb of saying is `parataxis`.
pub(super) fn reporting_tails_read_as_conjuncts(tokens: &[Token]) -> Vec<ReportingTail> {
    let mut out = Vec::new();
    for (say, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str()) {
            continue;
        }
        let Some(first) = head_of(tokens, say).filter(|&f| f < say) else {
            continue;
        };
        let kids: Vec<usize> = kids_of(tokens, say).collect();
        let subject = kids
            .iter()
            .find(|&&k| tokens[k].deprel.starts_with("nsubj") && k < say);
        let cc = kids.iter().copied().find(|&k| tokens[k].deprel == "cc");
        let (Some(&subject), Some(cc)) = (subject, cc) else {
            continue;
        };
        let clause = kids.iter().copied().find(|&k| {
            cc < k
                && k < subject
                && tokens[k].upos == "VERB"
                && matches!(
                    tokens[k].xpos.as_str(),
                    "VBD" | "VBN" | "VBZ" | "VBP" | "VBG"
                )
                && matches!(tokens[k].deprel.as_str(), "advcl" | "ccomp" | "xcomp")
                && !kids_of(tokens, k).any(|s| tokens[s].deprel.starts_with("nsubj"))
        });
        let comma = (0..subject)
            .rev()
            .find(|&k| tokens[k].upos != "PUNCT" || tokens[k].form == ",");
        let comma_before_subject = comma.is_some_and(|k| tokens[k].form == ",");
        if let Some(clause) = clause
            && comma_before_subject
            && cc + 1 == clause
        {
            out.push(ReportingTail {
                first,
                clause,
                cc,
                say,
            });
        }
    }
    out
}

/// A reporting clause after a coordinated clause, read as the coordinated verb: "X has
/// destroyed homes and forced residents to flee, officials said" can come out with "said" as
/// the conjunct of "destroyed" (with the "and"), and "forced" as an adverbial clause of "said".
pub(super) struct ReportingTail {
    /// The verb the reporting verb was coordinated with ("destroyed").
    pub(super) first: usize,
    /// The clause between the coordinator and the comma ("forced").
    pub(super) clause: usize,
    pub(super) cc: usize,
    /// The reporting verb ("said").
    pub(super) say: usize,
}

/// Repair 48: mends what [`reports_over_participles`] finds.
pub(super) fn fix_reports_over_participles(d: &mut Draft) {
    if let Some(r) = reports_over_participles(d.base()) {
        let fixed = d.edit();
        let last = fixed.len() - 1;
        for (k, t) in fixed.iter_mut().enumerate() {
            // The report's dependents before the comma ("as councillors voted") and the final
            // punctuation belong to the sentence's verb.
            let before = k < r.comma && t.upos != "PUNCT" && k != r.subject;
            if t.head == r.report + 1 && (before || k == last) {
                t.head = r.participle + 1;
            }
        }
        let p = &mut fixed[r.participle];
        (p.head, p.deprel, p.xpos) = (0, "root".into(), "VBD".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.participle + 1, "nsubj".into());
        let v = &mut fixed[r.report];
        (v.head, v.deprel, v.xpos) = (r.participle + 1, "parataxis".into(), "VBD".into());
        (fixed[r.comma].head, fixed[r.comma].deprel) = (r.report + 1, "punct".into());
        (fixed[r.speaker].head, fixed[r.speaker].deprel) = (r.report + 1, "nsubj".into());
    }
}

/// A closing report made the root over a sentence whose verb was read as a participle
/// ([`reports_over_participles`]).
#[derive(Debug, PartialEq)]
struct ReportOverParticiple {
    /// The verb of saying the parser made the root ("announced").
    report: usize,
    /// Its own subject, after the comma ("club").
    speaker: usize,
    /// The sentence's subject, which the parser gave to the report ("Hundreds").
    subject: usize,
    /// The sentence's verb, read as a participle ("gathered").
    participle: usize,
    comma: usize,
}

/// Repair 48: a closing report made the root of a sentence whose verb was read as a
/// participle. "Hundreds of supporters gathered outside the hall as councillors voted, the club
/// announced." can come out with "announced" the root, two subjects ("Hundreds" before the
/// comma, "club" after it) and "gathered" a participle on "supporters". A verb of saying has
/// one subject: the one after the comma is the speaker, and the past participle (no agent, no
/// auxiliary) inside the other subject's phrase is the sentence's verb, with the report its
/// `parataxis`.
fn reports_over_participles(tokens: &[Token]) -> Option<ReportOverParticiple> {
    let report = tokens.iter().position(|t| t.head == 0)?;
    let tk = &tokens[report];
    if tk.upos != "VERB"
        || !matches!(tk.xpos.as_str(), "VBD" | "VBN" | "VBZ" | "VBP")
        || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str())
    {
        return None;
    }
    let kids: Vec<usize> = kids_of(tokens, report).collect();
    if kids
        .iter()
        .any(|&k| matches!(tokens[k].deprel.as_str(), "obj" | "ccomp" | "xcomp"))
    {
        return None;
    }
    let subjects: Vec<usize> = kids
        .iter()
        .copied()
        .filter(|&k| k < report && tokens[k].deprel.starts_with("nsubj"))
        .collect();
    let [subject, speaker] = subjects[..] else {
        return None;
    };
    // The speaker's phrase follows a comma and runs up to the verb.
    let start = left_edge(tokens, speaker);
    let comma = start.checked_sub(1)?;
    if tokens[comma].form != ","
        || !(start..report).all(|k| k == speaker || under(tokens, k, &[speaker]))
    {
        return None;
    }
    let participle = (subject + 1..comma).find(|&p| {
        tokens[p].deprel == "acl"
            && tokens[p].upos == "VERB"
            && tokens[p].xpos == "VBN"
            && under(tokens, p, &[subject])
            && !kids_of(tokens, p)
                .any(|k| tokens[k].deprel == "obl:agent" || tokens[k].deprel.starts_with("aux"))
    })?;
    // The participle follows the subject's words: nothing but the phrase comes between.
    let own = (subject + 1..participle).all(|k| under(tokens, k, &[subject]));
    own.then_some(ReportOverParticiple {
        report,
        speaker,
        subject,
        participle,
        comma,
    })
}

/// Repair 39: mends what [`trailing_reports`] finds.
pub(super) fn fix_trailing_reports(d: &mut Draft) {
    for r in trailing_reports(d.base()) {
        let fixed = d.edit();
        for k in r.stolen {
            fixed[k].head = r.host + 1;
        }
        let v = &mut fixed[r.verb];
        (v.head, v.deprel) = (r.host + 1, "parataxis".into());
        if v.xpos == "VBN" {
            v.xpos = "VBD".into();
        }
        fixed[r.speaker].head = r.verb + 1;
        fixed[r.speaker].deprel = "nsubj".into();
        fixed[r.comma].head = r.verb + 1;
        fixed[r.comma].deprel = "punct".into();
    }
}

/// A reporting clause at the end of a sentence ("..., the company announced on Monday.") that
/// the parser did not read as one; see [`trailing_reports`].
#[derive(Debug, PartialEq)]
struct TrailingReport {
    /// The verb of saying ("announced").
    verb: usize,
    /// Its subject ("company").
    speaker: usize,
    /// The verb of the sentence the report hangs on (`parataxis`).
    host: usize,
    /// The comma before the speaker's phrase.
    comma: usize,
    /// Dependents of the verb before that comma, which belong to the host.
    stolen: Vec<usize>,
}

/// Repair 39: a reporting clause closing the sentence after a comma, read as an apposition or
/// as a complement. "The factory will close next year, the company announced." can come out
/// with "company" an apposition of "year" and "announced" a participle on it (`acl`); "The
/// bridge reopened after repairs, the city said." with "said" a complement of "reopened"
/// (`ccomp`, `xcomp` or `advcl`) that also took "after repairs". UD makes such a verb `parataxis` of the sentence's verb with the
/// speaker its `nsubj`, as the parser does for most of them. Only for a clause that ends the
/// sentence, whose verb has no object or clause of its own.
fn trailing_reports(tokens: &[Token]) -> Vec<TrailingReport> {
    let mut out = Vec::new();
    let Some(root) = tokens.iter().position(|t| t.head == 0) else {
        return out;
    };
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB"
            || !matches!(tk.xpos.as_str(), "VBD" | "VBN" | "VBZ" | "VBP")
            || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str())
        {
            continue;
        }
        let Some(h) = head_of(tokens, v) else {
            continue;
        };
        let kids: Vec<usize> = kids_of(tokens, v).collect();
        if kids.iter().any(|&k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("obj" | "ccomp" | "xcomp" | "csubj" | "iobj" | "cc" | "mark")
            )
        }) {
            continue;
        }
        // Nothing but the report's own words and punctuation after the verb.
        let tail =
            (v + 1..tokens.len()).all(|k| tokens[k].upos == "PUNCT" || under(tokens, k, &[v]));
        if !tail {
            continue;
        }
        let (speaker, host) = match tk.deprel.as_str() {
            // "..., the company announced": the speaker is the noun the verb hangs on.
            "acl" | "acl:relcl" if h + 1 == v && tokens[h].deprel == "appos" => (h, root),
            // "..., the city said": the verb hangs on an earlier verb and has its subject.
            "ccomp" | "advcl" | "xcomp" if h < v => {
                let subject = kids
                    .iter()
                    .copied()
                    .find(|&k| k < v && tokens[k].deprel == "nsubj");
                match subject {
                    Some(s) => (s, h),
                    None => continue,
                }
            }
            _ => continue,
        };
        if !matches!(tokens[speaker].upos.as_str(), "NOUN" | "PROPN")
            || !matches!(tokens[host].upos.as_str(), "VERB" | "AUX" | "ADJ")
        {
            continue;
        }
        let start = left_edge(tokens, speaker);
        if start == 0 || tokens[start - 1].form != "," || host >= start - 1 {
            continue;
        }
        // The speaker's phrase fills the gap between the comma and the verb: "the city", not
        // "the policy entitled ... reads as follows (emphasis added)".
        if !(start..v).all(|k| k == speaker || under(tokens, k, &[speaker])) {
            continue;
        }
        let stolen = kids
            .iter()
            .copied()
            .filter(|&k| k < start - 1 && tokens[k].upos != "PUNCT")
            .collect();
        out.push(TrailingReport {
            verb: v,
            speaker,
            host,
            comma: start - 1,
            stolen,
        });
    }
    out
}

/// Where the phrase of noun `n` starts: the first of the words right before it that hang on
/// it, up to punctuation ("the" of "the club").
fn left_edge(tokens: &[Token], n: usize) -> usize {
    (0..n)
        .rev()
        .take_while(|&k| head_of(tokens, k) == Some(n) && tokens[k].upos != "PUNCT")
        .last()
        .unwrap_or(n)
}

/// Repair 58: mends what [`titles_taken_by_reports`] finds.
pub(super) fn fix_titles_taken_by_reports(d: &mut Draft) {
    for (role, name, clause) in titles_taken_by_reports(d.base()) {
        let fixed = d.edit();
        (fixed[role].head, fixed[role].deprel) = (clause + 1, "nsubj".into());
        (fixed[name].head, fixed[name].deprel) = (role + 1, "appos".into());
    }
}

/// Repair 58: the title of the reported clause's subject taken as the subject of the report.
///
/// Triples (role noun, name, clause verb): "Coach Elena Varga resigned after ..., the club
/// announced." can come out with "announced" the root, "resigned" its `ccomp`, "Elena" the
/// subject of "resigned" and "Coach" a second subject of "announced": the coach announced. A
/// verb of saying ([`INVERTIBLE`]) with a reported clause before it and two subjects, the first
/// a role noun right before the clause's own subject, a name: the role noun belongs to the
/// clause, as in repair 27 (the role noun the subject, the name its apposition).
fn titles_taken_by_reports(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (0..tokens.len())
        .filter_map(|say| {
            let t = &tokens[say];
            if t.upos != "VERB" || !INVERTIBLE.contains(&t.lemma.to_lowercase().as_str()) {
                return None;
            }
            let subjects: Vec<usize> = kids_of(tokens, say)
                .filter(|&k| tokens[k].deprel.starts_with("nsubj"))
                .collect();
            let clause = kids_of(tokens, say).find(|&c| c < say && tokens[c].deprel == "ccomp")?;
            let role = *subjects.first().filter(|&&r| r < clause)?;
            if subjects.len() < 2 || !subjects.iter().any(|&k| k > clause) {
                return None;
            }
            let name = role + 1;
            let titled = tokens[role].upos == "NOUN"
                && roles::is_role_noun(&tokens[role].form)
                && tokens.get(name).is_some_and(|n| n.upos == "PROPN")
                && head_of(tokens, name) == Some(clause)
                && tokens[name].deprel.starts_with("nsubj");
            titled.then_some((role, name, clause))
        })
        .collect()
}

/// Repair 57: mends what [`reports_read_as_conjuncts`] finds.
pub(super) fn fix_reports_read_as_conjuncts(d: &mut Draft) {
    for (say, first, comma) in reports_read_as_conjuncts(d.base()) {
        let fixed = d.edit();
        // What the report's verb took from before the comma ("as councillors voted ...") goes
        // back to the first verb.
        for t in fixed[..comma].iter_mut() {
            if t.head == say + 1 {
                t.head = first + 1;
            }
        }
        fixed[say].deprel = "parataxis".into();
        (fixed[comma].head, fixed[comma].deprel) = (say + 1, "punct".into());
    }
}

/// Repair 57: a report that ends the sentence read as a conjunct of its first verb.
///
/// Triples (verb of saying, first verb, comma): "Hundreds of supporters gathered outside the
/// hall as councillors voted, the club announced." can come out with "announced" a conjunct of
/// "gathered" (no coordinator) and the "as" clause hung on "announced"; "Copper prices rose by
/// 3 percent, the exchange reported." with "reported" the complement of "rose" and "by 3
/// percent" on "reported". A verb of saying ([`INVERTIBLE`]) read as a conjunct without a
/// coordinator or as a complement (`ccomp`) after the first verb, with its subject right after a
/// comma and nothing but punctuation after it, is the report on the sentence (`parataxis`, as
/// UD has it), and what it took from before the comma belongs to the first verb.
fn reports_read_as_conjuncts(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (0..tokens.len())
        .filter_map(|say| {
            let t = &tokens[say];
            if !matches!(t.deprel.as_str(), "conj" | "ccomp")
                || t.upos != "VERB"
                || !INVERTIBLE.contains(&t.lemma.to_lowercase().as_str())
                || kids_of(tokens, say).any(|k| tokens[k].deprel == "cc")
                || !tokens[say + 1..].iter().all(|t| t.upos == "PUNCT")
            {
                return None;
            }
            let first = head_of(tokens, say).filter(|&f| f < say)?;
            let subject =
                kids_of(tokens, say).find(|&k| k < say && tokens[k].deprel.starts_with("nsubj"))?;
            // The comma before the subject's phrase, or hung inside it.
            let start = extent(tokens, subject).0;
            let comma = if tokens[start].form == "," {
                start
            } else {
                start.checked_sub(1)?
            };
            (tokens[comma].form == "," && comma > first).then_some((say, first, comma))
        })
        .collect()
}

/// Repair 63: mends what [`reports_read_as_modifiers`] finds.
pub(super) fn fix_reports_read_as_modifiers(d: &mut Draft) {
    for (say, subject, comma, root) in reports_read_as_modifiers(d.base()) {
        let fixed = d.edit();
        (fixed[say].head, fixed[say].deprel) = (root + 1, "parataxis".into());
        if fixed[say].xpos == "VBN" {
            make_finite(&mut fixed[say], "VBD");
        }
        (fixed[subject].head, fixed[subject].deprel) = (say + 1, "nsubj".into());
        (fixed[comma].head, fixed[comma].deprel) = (say + 1, "punct".into());
    }
}

/// Repair 63: a closing report read as a modifier of its own subject.
///
/// Quadruples (verb of saying, its subject, comma, root): "Benton plans to meet union leaders
/// on Monday, a spokeswoman told reporters." can come out with "spokeswoman" an apposition in
/// the main clause and "told" a clausal modifier (`acl`) of it: the spokeswoman who told
/// reporters. A finite verb of saying ([`INVERTIBLE`], or "tell") read as `acl` of the noun
/// right before it, that noun's phrase opened by a comma after the root, and nothing after the
/// verb but its own words and the closing punctuation: the verb is the report on the sentence
/// (`parataxis`) and the noun its subject, as repair 57 has it.
fn reports_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let Some(root) = tokens.iter().position(|t| t.head == 0) else {
        return Vec::new();
    };
    (0..tokens.len())
        .filter_map(|say| {
            let t = &tokens[say];
            let lemma = t.lemma.to_lowercase();
            // A participle with an object ("told reporters") is the past tense misread.
            let finite = matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP")
                || (t.xpos == "VBN"
                    && kids_of(tokens, say)
                        .any(|k| matches!(tokens[k].deprel.as_str(), "obj" | "iobj")));
            if t.deprel != "acl"
                || t.upos != "VERB"
                || !finite
                || !(INVERTIBLE.contains(&lemma.as_str()) || lemma == "tell")
                || kids_of(tokens, say).any(|k| tokens[k].deprel.starts_with("nsubj"))
            {
                return None;
            }
            let subject = head_of(tokens, say).filter(|&n| n < say)?;
            if !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
                || kids_of(tokens, subject).any(|k| k > subject && k < say)
            {
                return None;
            }
            let comma = opening_comma(tokens, subject)?;
            let last = extent(tokens, say).1;
            let closing = tokens[last + 1..].iter().all(|t| t.upos == "PUNCT");
            (comma > root && closing).then_some((say, subject, comma, root))
        })
        .collect()
}

/// Repair 112: mends what [`titled_speakers_read_as_conjuncts`] finds.
pub(super) fn fix_titled_speakers_read_as_conjuncts(d: &mut Draft) {
    for r in titled_speakers_read_as_conjuncts(d.base()) {
        let fixed = d.edit();
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.say + 1, "nsubj".into());
        (fixed[r.name].head, fixed[r.name].deprel) = (r.noun + 1, "appos".into());
        (fixed[r.say].head, fixed[r.say].deprel) = (r.main + 1, "parataxis".into());
    }
}

/// A closing report whose speaker, a role and a name, was read as two conjuncts.
struct TitledSpeaker {
    main: usize,
    noun: usize,
    name: usize,
    say: usize,
}

/// Repair 112: "412 surgeries had been cancelled, the trust's chief executive, Dr. Ingrid Falk,
/// told reporters." can come out with "executive", "Ingrid" and "told" all conjuncts of
/// "cancelled", so the surgeries tell reporters. A verb of saying that closes the sentence
/// after a comma, a conjunct without subject or coordinator, right after a noun conjunct of the
/// same verb and a name set off by commas (the name an apposition of the noun or another
/// conjunct), is a report (`parataxis`) with the noun its subject and the name its apposition.
fn titled_speakers_read_as_conjuncts(tokens: &[Token]) -> Vec<TitledSpeaker> {
    let last_word = tokens.iter().rposition(|t| t.upos != "PUNCT");
    let mut out = Vec::new();
    for (say, tk) in tokens.iter().enumerate() {
        let lemma = tk.lemma.to_lowercase();
        let saying = INVERTIBLE.contains(&lemma.as_str()) || lemma == "tell";
        if !saying || tk.deprel != "conj" || tk.upos != "VERB" || say < 2 {
            continue;
        }
        let own = kids_of(tokens, say).any(|k| {
            let d = tokens[k].deprel.as_str();
            d.starts_with("nsubj") || d == "cc" || d == "mark"
        });
        let closes = Some(extent(tokens, say).1) == last_word;
        let close = say - 1;
        if own || !closes || tokens[close].form != "," {
            continue;
        }
        let Some(main) = head_of(tokens, say).filter(|&m| m < say) else {
            continue;
        };
        // The name right before the closing comma, set off by the comma before it.
        let name = name_head(tokens, close - 1, |h| h < close);
        if tokens[name].upos != "PROPN" {
            continue;
        }
        let Some(open) = (0..name).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        let between = (open + 1..close).all(|k| k == name || under(tokens, k, &[name]));
        // The noun before it: a conjunct of the same verb, opened by a comma, no "and".
        let Some(noun) = (0..open).rev().find(|&k| head_of(tokens, k) == Some(main)) else {
            continue;
        };
        let noun_ok = tokens[noun].upos == "NOUN"
            && tokens[noun].deprel == "conj"
            && roles::is_role_noun(&tokens[noun].form)
            && (noun + 1..open).all(|k| under(tokens, k, &[noun]))
            && !kids_of(tokens, noun).any(|k| tokens[k].deprel == "cc");
        let name_ok = match tokens[name].deprel.as_str() {
            "appos" => head_of(tokens, name) == Some(noun),
            "conj" => head_of(tokens, name) == Some(main),
            _ => false,
        };
        if between && noun_ok && name_ok {
            out.push(TitledSpeaker {
                main,
                noun,
                name,
                say,
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "closing_reports_tests.rs"]
mod tests;
