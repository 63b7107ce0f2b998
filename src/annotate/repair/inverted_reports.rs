//! Reports whose verb comes before the speaker ("Y, said the ministry"), and reports between commas
//! inside what they report.
//!
//! The inverted reporting clause. News writes "Y, said the ministry" with the
//! speaker after the verb. EWT has few of these, and the parser reads the speaker as the verb's
//! object and the verb as a complement of Y ("Y ... said(xcomp) the ministry(obj)"), which makes
//! the relation "be stated say" and loses the attribution. UD annotates the verb as `parataxis`
//! of Y with the speaker as its `nsubj`; the repair relabels exactly that.
//!
//! The inverted reporting verb read as the root. "Y is stated during the talk, said the
//! Kremlin readout" can also come out with "said" as the root, the reported clause its
//! complement, the speaker its object and Y's subject its subject. The speaker becomes the
//! subject, and the subject goes back to the reported clause.
//!
//! The report between commas read as the verb. "The practice, the authority found, had raised
//! prices" can come out with "found" the root and "practice" its second subject. The clause is
//! the root, "practice" its subject and the report its `parataxis` (repair 105).
//!
//! [`inverted_reporting`] is mended by the first pass ([`super::first_pass`]), together with the
//! other errors it finds; the `fix_` functions here run after it, in the order of
//! [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{after_comma, extent, head_of, kids_of, subject_rel, under};
use super::words::{INVERTIBLE, is_person_noun, says_or_thinks};
use crate::annotate::ner::descriptors;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Pairs (verb, speaker) of 0-based token indices: a finite reporting verb right after a comma
/// (or a closing quote after one), attached to an earlier word as a complement or parataxis,
/// without a subject or clausal complement of its own, whose nominal object follows it.
pub(super) fn inverted_reporting(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    let rel = |i: usize| {
        let d = tokens[i].deprel.as_str();
        d.split_once(':').map_or(d, |(a, _)| a)
    };
    let mut out = Vec::new();
    for (q, tk) in tokens.iter().enumerate() {
        // After a quoted question the parser may read the verb as an adverbial clause.
        let question = after_question(tokens, q);
        let lemma = tk.lemma.to_lowercase();
        if tk.upos != "VERB"
            || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !INVERTIBLE.contains(&lemma.as_str())
            || (lemma == "ask" && !question)
            || !(matches!(rel(q), "xcomp" | "ccomp" | "parataxis" | "conj")
                || (question && rel(q) == "advcl"))
        {
            continue;
        }
        if head(q).is_none_or(|h| h >= q) || !(after_comma(tokens, q) || question) {
            continue;
        }
        let kids: Vec<usize> = (0..tokens.len()).filter(|&c| head(c) == Some(q)).collect();
        if kids
            .iter()
            .any(|&c| matches!(rel(c), "nsubj" | "expl" | "ccomp" | "csubj"))
        {
            continue;
        }
        // A conjunct is an inverted reporting clause only as the last one and without "and":
        // "he resigned, warned the board and left" is a real coordination.
        if rel(q) == "conj" {
            let h = head(q);
            let later = (q + 1..tokens.len()).any(|c| head(c) == h && rel(c) == "conj");
            if later || kids.iter().any(|&c| rel(c) == "cc") {
                continue;
            }
        }
        let mut objects = kids.iter().copied().filter(|&c| rel(c) == "obj");
        let (Some(o), None) = (objects.next(), objects.next()) else {
            continue;
        };
        // "announced her decision": a verb that takes objects as readily as it reports
        // inverts only before someone who speaks.
        let reports_only = matches!(
            tk.lemma.to_lowercase().as_str(),
            "say" | "add" | "insist" | "warn"
        );
        if o > q
            && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN")
            && (reports_only || speaker_like(&tokens[o]))
        {
            out.push((q, o));
        }
    }
    out
}

/// A noun that can say something: a name, a role, an organisation or a person.
fn speaker_like(t: &Token) -> bool {
    let lemma = t.lemma.to_lowercase();
    t.upos == "PROPN"
        || roles::is_role_noun(&lemma)
        || descriptors::is_org_kind(&lemma)
        || is_person_noun(&lemma)
        || matches!(
            lemma.as_str(),
            "official"
                | "source"
                | "police"
                | "government"
                | "ministry"
                | "report"
                | "statement"
                | "resident"
                | "witness"
                | "court"
                | "authority"
                | "spokesperson"
        )
}

/// True when token `q` comes right after a quoted question or exclamation ('?" asked').
fn after_question(tokens: &[Token], q: usize) -> bool {
    q >= 2
        && matches!(tokens[q - 1].form.as_str(), "\"" | "''" | "”" | "'")
        && matches!(tokens[q - 2].form.as_str(), "?" | "!")
}

/// Repair 105: mends what [`parenthetical_report`] finds.
pub(super) fn fix_parenthetical_report(d: &mut Draft) {
    if let Some(p) = parenthetical_report(d.base()) {
        let fixed = d.edit();
        let (verb, clause) = (p.verb, p.clause);
        let rel = subject_rel(fixed, clause);
        // The clause takes the verb's place and the words before the first comma are its
        // subject. Everything else the verb held but its own subject and the comma after it
        // goes to the clause; the comma before it stays with the subject.
        (fixed[clause].head, fixed[clause].deprel) = (fixed[verb].head, "root".into());
        (fixed[verb].head, fixed[verb].deprel) = (clause + 1, "parataxis".into());
        (fixed[p.first].head, fixed[p.first].deprel) = (clause + 1, rel.into());
        let stays = [p.first, p.subject, p.close];
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == verb + 1 && !stays.contains(&k) {
                t.head = if k == p.open { p.first + 1 } else { clause + 1 };
            }
        }
        fixed[p.close].head = verb + 1;
    }
}

/// A report between commas inside the sentence it reports ([`parenthetical_report`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parenthetical {
    /// The verb of saying or finding, read as the root.
    verb: usize,
    /// Its subject, between the commas.
    subject: usize,
    /// The reported clause's verb, read as the verb's complement.
    clause: usize,
    /// The head of the words before the first comma, read as a dependent of the verb.
    first: usize,
    /// The commas before and after the report.
    open: usize,
    close: usize,
}

/// Repair 105: a report between commas read as the sentence's verb.
///
/// "The practice, the authority found, had raised prices" comes out with "found" the root,
/// "practice" its second subject and "raised" its complement. The treebanks make the reported
/// clause the root and the report its `parataxis`. The shape: a verb of saying or thinking as
/// the root, right after its subject's phrase, which a comma opens; a comma right after the
/// verb; a complement clause after it with no subordinator and no subject; and before the
/// first comma one noun phrase without a preposition that hangs on the verb: the clause's
/// subject. An oblique there ("After the match, the coach said, ...") modifies the report,
/// whose complement the clause is (GUM train: 5 such, all so), and is left alone.
fn parenthetical_report(tokens: &[Token]) -> Option<Parenthetical> {
    let verb = tokens.iter().position(|t| t.head == 0)?;
    let lemma = tokens[verb].lemma.to_lowercase();
    if tokens[verb].upos != "VERB"
        || !(says_or_thinks(&lemma) || lemma == "find")
        || !matches!(tokens[verb].xpos.as_str(), "VBD" | "VBZ" | "VBP")
    {
        return None;
    }
    let close = verb + 1;
    if tokens.get(close)?.form != "," {
        return None;
    }
    let kids: Vec<usize> = kids_of(tokens, verb).collect();
    // The subject's phrase runs from right after the opening comma to the verb.
    let subjects: Vec<usize> = kids
        .iter()
        .copied()
        .filter(|&k| tokens[k].deprel.starts_with("nsubj") && k < verb)
        .collect();
    let subject = *subjects.last()?;
    let (first_word, last_word) = extent(tokens, subject);
    let open = first_word.checked_sub(1)?;
    if tokens[open].form != "," || last_word + 1 != verb {
        return None;
    }
    // One phrase before the opening comma, hanging on the verb.
    let tops: Vec<usize> = (0..open)
        .filter(|&k| head_of(tokens, k).is_none_or(|h| h >= open))
        .collect();
    let [first] = tops[..] else {
        return None;
    };
    if head_of(tokens, first) != Some(verb) || tokens[first].upos == "PUNCT" {
        return None;
    }
    let clause = kids.iter().copied().find(|&k| {
        k > close
            && matches!(tokens[k].deprel.as_str(), "ccomp" | "parataxis")
            && !kids_of(tokens, k).any(|c| tokens[c].deprel == "mark")
    })?;
    let has_subject = kids_of(tokens, clause).any(|c| tokens[c].deprel.starts_with("nsubj"));
    let nominal = matches!(
        tokens[first].upos.as_str(),
        "NOUN" | "PROPN" | "PRON" | "NUM"
    );
    let case = kids_of(tokens, first).any(|c| tokens[c].deprel == "case");
    if !nominal || case || has_subject {
        return None;
    }
    // Every word between the commas belongs to the subject.
    if (open + 1..verb).any(|k| k != subject && !under(tokens, k, &[subject])) {
        return None;
    }
    Some(Parenthetical {
        verb,
        subject,
        clause,
        first,
        open,
        close,
    })
}

/// Repair 13: mends what [`inverted_root`] finds.
pub(super) fn fix_inverted_root(d: &mut Draft) {
    if let Some(r) = inverted_root(d.base()) {
        let fixed = d.edit();
        fixed[r.speaker].deprel = "nsubj".into();
        if let Some(s) = r.stolen {
            let rel = subject_rel(fixed, r.clause);
            fixed[s].head = r.clause + 1;
            fixed[s].deprel = rel.into();
        }
    }
}

/// Repair 13: the inverted reporting verb read as the root.
#[derive(Debug, PartialEq, Eq)]
struct InvertedRoot {
    speaker: usize,
    clause: usize,
    /// The reported clause's subject, hung on the reporting verb.
    stolen: Option<usize>,
}

/// "Y is stated during the talk, said the Kremlin readout" read with "said" as the root, the
/// reported clause its `ccomp`, the speaker its object and Y's subject its subject. After a
/// comma, a reporting verb followed by its only noun phrase is inverted: that noun is the
/// speaker, and a subject before the reported clause belongs to the clause.
fn inverted_root(tokens: &[Token]) -> Option<InvertedRoot> {
    let kids = |h: usize| kids_of(tokens, h);
    let q = tokens.iter().position(|t| t.head == 0)?;
    let tk = &tokens[q];
    if tk.upos != "VERB"
        || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str())
        || !after_comma(tokens, q)
    {
        return None;
    }
    let clause = kids(q).find(|&c| c < q && tokens[c].deprel == "ccomp")?;
    let mut objects = kids(q).filter(|&c| tokens[c].deprel == "obj");
    let (Some(speaker), None) = (objects.next(), objects.next()) else {
        return None;
    };
    if speaker < q || !matches!(tokens[speaker].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let subjects: Vec<usize> = kids(q)
        .filter(|&c| tokens[c].deprel.starts_with("nsubj"))
        .collect();
    let clause_has_subject = kids(clause).any(|c| tokens[c].deprel.starts_with("nsubj"));
    let stolen = match subjects[..] {
        [] => None,
        [s] if s < clause && !clause_has_subject => Some(s),
        _ => return None,
    };
    Some(InvertedRoot {
        speaker,
        clause,
        stolen,
    })
}

/// Repair 124: mends what [`reports_holding_their_clause`] finds.
pub(super) fn fix_reports_holding_their_clause(d: &mut Draft) {
    let Some(r) = reports_holding_their_clause(d.base()) else {
        return;
    };
    let rel = subject_rel(d.base(), r.clause);
    let later: Vec<usize> = kids_of(d.base(), r.subject)
        .filter(|&k| k > r.close)
        .collect();
    let fixed = d.edit();
    (fixed[r.clause].head, fixed[r.clause].deprel) = (0, "root".into());
    (fixed[r.subject].head, fixed[r.subject].deprel) = (r.clause + 1, rel.into());
    (fixed[r.verb].head, fixed[r.verb].deprel) = (r.clause + 1, "parataxis".into());
    fixed[r.close].head = r.verb + 1;
    for k in later {
        fixed[k].head = r.clause + 1;
    }
}

/// The parts of a report between commas that holds the clause it reports.
struct HeldClause {
    /// The subject of the reported clause, read as the root.
    subject: usize,
    /// The verb of saying between the commas.
    verb: usize,
    /// The comma after the report.
    close: usize,
    /// The reported clause's predicate, read as the report's conjunct or complement.
    clause: usize,
}

/// Repair 124: a report between commas read as hanging on the reported clause's subject, with
/// the clause's predicate hung on the report.
///
/// "A bid of around 420 pence, she estimated, would be difficult for investors to turn down"
/// can come out with "bid" the root, "estimated" its `parataxis` and "difficult" a conjunct of
/// "estimated": she estimated and was difficult. The shape: a noun phrase as the root with no
/// predicate of its own; a verb of saying or thinking hung on it, its subject right after a
/// comma and a comma right after the verb; after that comma a predicate hung on the verb
/// (conjunct, complement or `parataxis`) with an auxiliary or copula and no subject or
/// subordinator. The predicate is the root, the noun its subject and the report its
/// `parataxis`, as repair 105 leaves "The practice, the authority found, had raised prices".
fn reports_holding_their_clause(tokens: &[Token]) -> Option<HeldClause> {
    let subject = tokens.iter().position(|t| t.head == 0)?;
    if !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
        || kids_of(tokens, subject).any(|k| {
            matches!(
                tokens[k].deprel.as_str(),
                "cop" | "nsubj" | "nsubj:pass" | "case"
            )
        })
    {
        return None;
    }
    kids_of(tokens, subject).find_map(|verb| {
        let lemma = tokens[verb].lemma.to_lowercase();
        if verb < subject
            || tokens[verb].upos != "VERB"
            || !says_or_thinks(&lemma)
            || !matches!(tokens[verb].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || !matches!(
                tokens[verb].deprel.as_str(),
                "parataxis" | "acl" | "appos" | "conj"
            )
        {
            return None;
        }
        let speaker = kids_of(tokens, verb).find(|&k| k < verb && tokens[k].deprel == "nsubj")?;
        let (first, last) = extent(tokens, speaker);
        let close = verb + 1;
        if last + 1 != verb
            || first == 0
            || tokens[first - 1].form != ","
            || tokens.get(close)?.form != ","
            || extent(tokens, subject).0 > first
        {
            return None;
        }
        let clause = kids_of(tokens, verb).find(|&k| {
            k > close && matches!(tokens[k].deprel.as_str(), "conj" | "ccomp" | "parataxis")
        })?;
        let kids: Vec<usize> = kids_of(tokens, clause).collect();
        let own = |rels: &[&str]| {
            kids.iter()
                .any(|&k| rels.contains(&tokens[k].deprel.as_str()))
        };
        let finite = own(&["aux", "aux:pass", "cop"]);
        let bare = !own(&["nsubj", "nsubj:pass", "mark", "cc"]);
        // Nothing but punctuation between the comma and the predicate's own words.
        let starts = extent(tokens, clause).0 <= close + 1;
        (finite && bare && starts).then_some(HeldClause {
            subject,
            verb,
            close,
            clause,
        })
    })
}

/// Repair 125: mends what [`subjects_hung_on_reports`] finds.
pub(super) fn fix_subjects_hung_on_reports(d: &mut Draft) {
    if let Some((subject, clause, verb)) = subjects_hung_on_reports(d.base()) {
        let rel = subject_rel(d.base(), clause);
        // The comma that opens the report belongs to it, not to the subject.
        let comma = kids_of(d.base(), subject).find(|&k| d.base()[k].form == "," && k > subject);
        let fixed = d.edit();
        (fixed[subject].head, fixed[subject].deprel) = (clause + 1, rel.into());
        if let Some(c) = comma {
            fixed[c].head = verb + 1;
        }
    }
}

/// Repair 125: the subject of a clause hung on the report between commas inside it.
///
/// Triples (subject, clause, report): "The walkout, Peter Holmqvist, the company's chief operating
/// officer, added, would cost shippers 3 million euros a day" can come out with "cost" the
/// root, "added" its `parataxis`, and "walkout" an oblique of "added", so that the cost has no
/// subject. A finite root with no subject of its own, whose `parataxis` is a verb of saying or
/// thinking set off by commas, with the speaker right after a comma, has for its subject the
/// noun phrase that opens the sentence, ends at that comma and hangs on the report.
fn subjects_hung_on_reports(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    let clause = tokens.iter().position(|t| t.head == 0)?;
    let own = |v: usize, rels: &[&str]| {
        kids_of(tokens, v).any(|k| rels.contains(&tokens[k].deprel.as_str()))
    };
    let finite = own(clause, &["aux", "aux:pass", "cop"])
        || matches!(tokens[clause].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    if !matches!(tokens[clause].upos.as_str(), "VERB" | "ADJ" | "NOUN")
        || !finite
        || own(clause, &["nsubj", "nsubj:pass", "csubj", "expl"])
    {
        return None;
    }
    kids_of(tokens, clause).find_map(|verb| {
        let lemma = tokens[verb].lemma.to_lowercase();
        if verb > clause
            || tokens[verb].deprel != "parataxis"
            || tokens[verb].upos != "VERB"
            || !says_or_thinks(&lemma)
            || tokens.get(verb + 1).is_none_or(|t| t.form != ",")
        {
            return None;
        }
        let speaker = kids_of(tokens, verb).find(|&k| k < verb && tokens[k].deprel == "nsubj")?;
        let (first, last) = extent(tokens, speaker);
        if last + 1 != verb || first == 0 || tokens[first - 1].form != "," {
            return None;
        }
        let subject = kids_of(tokens, verb).find(|&n| n < speaker)?;
        let (start, end) = extent(tokens, subject);
        let nominal = matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN" | "PRON");
        let case = own(subject, &["case", "mark"]);
        // The phrase opens the sentence and ends at the comma before the speaker (which the
        // parser may have hung on it).
        let ends = end + 1 == first - 1 || end + 1 == first;
        (nominal && !case && start == 0 && ends).then_some((subject, clause, verb))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn an_inverted_speaker_becomes_the_subject() {
        // "Talks resumed, said the ministry ." as the parser reads it.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("said", "say", "VERB", "VBD", 2, "xcomp"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("ministry", "ministry", "NOUN", "NN", 4, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(fixed[3].deprel, "parataxis");
        assert_eq!(fixed[5].deprel, "nsubj");
        assert_eq!(fixed[3].head, 2, "heads are kept");
        // "..., announced the ministry" inverts; "..., announced her decision" does not: a verb
        // that also takes objects inverts only before someone who speaks.
        let mut announced = toks.clone();
        (announced[3].form, announced[3].lemma) = ("announced".into(), "announce".into());
        assert_eq!(inverted_reporting(&announced), [(3, 5)]);
        (announced[4].form, announced[4].lemma) = ("her".into(), "she".into());
        (announced[5].form, announced[5].lemma) = ("decision".into(), "decision".into());
        assert!(inverted_reporting(&announced).is_empty());
    }

    #[test]
    fn the_speaker_after_a_quoted_question_is_the_subject() {
        // '" Why did it wait ? " asked Paul Winter .' with "asked" an adverbial clause of
        // "wait" and the speaker its object.
        let spec = [
            ("\"", "\"", "PUNCT", "``", 5, "punct"),
            ("Why", "why", "ADV", "WRB", 5, "advmod"),
            ("did", "do", "AUX", "VBD", 5, "aux"),
            ("it", "it", "PRON", "PRP", 5, "nsubj"),
            ("wait", "wait", "VERB", "VB", 0, "root"),
            ("?", "?", "PUNCT", ".", 5, "punct"),
            ("\"", "\"", "PUNCT", "''", 5, "punct"),
            ("asked", "ask", "VERB", "VBD", 5, "advcl"),
            ("Paul", "Paul", "PROPN", "NNP", 8, "obj"),
            ("Winter", "Winter", "PROPN", "NNP", 9, "flat"),
        ];
        assert_eq!(inverted_reporting(&tokens(&spec)), [(7, 8)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[7], arcs[8]), ((5, "parataxis"), (8, "nsubj")));
        // "asked" after a statement, or after no quote, asks nothing of the kind.
        let mut statement = spec;
        statement[5] = (".", ".", "PUNCT", ".", 5, "punct");
        assert!(inverted_reporting(&tokens(&statement)).is_empty());
    }

    #[test]
    fn ordinary_objects_and_participles_are_left_alone() {
        // "Kim resigned , announced the plan and left": a conjunct before another one.
        let toks = tokens(&[
            ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("announced", "announce", "VERB", "VBD", 2, "conj"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("plan", "plan", "NOUN", "NN", 4, "obj"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("left", "leave", "VERB", "VBD", 2, "conj"),
        ]);
        assert!(repaired(&toks).is_none());
        // "Talks resumed , said the ministry" read as a last conjunct without "and" is repaired.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("said", "say", "VERB", "VBD", 2, "conj"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("ministry", "ministry", "NOUN", "NN", 4, "obj"),
        ]);
        assert_eq!(repaired(&toks).expect("a repair")[5].deprel, "nsubj");
        // "Kim resigned, stating the reason": a participle, not an inverted clause.
        let toks = tokens(&[
            ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("stating", "state", "VERB", "VBG", 2, "advcl"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("reason", "reason", "NOUN", "NN", 4, "obj"),
        ]);
        assert!(repaired(&toks).is_none());
        // "..., Kim said the plan": the verb has its own subject.
        let toks = tokens(&[
            ("Talks", "talk", "NOUN", "NNS", 2, "nsubj"),
            ("resumed", "resume", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("Kim", "Kim", "PROPN", "NNP", 5, "nsubj"),
            ("said", "say", "VERB", "VBD", 2, "ccomp"),
            ("it", "it", "PRON", "PRP", 5, "obj"),
        ]);
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn a_report_holding_the_clause_it_reports_is_its_parenthetical() {
        // "A bid , she estimated , would be difficult ." with "bid" the root, "estimated" its
        // parataxis and "difficult" the conjunct of "estimated".
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("bid", "bid", "NOUN", "NN", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("she", "she", "PRON", "PRP", 5, "nsubj"),
            ("estimated", "estimate", "VERB", "VBD", 2, "parataxis"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("would", "would", "AUX", "MD", 9, "aux"),
            ("be", "be", "AUX", "VB", 9, "cop"),
            ("difficult", "difficult", "ADJ", "JJ", 5, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[8], arcs[1], arcs[4], arcs[5], arcs[9]),
            (
                (0, "root"),
                (9, "nsubj"),
                (9, "parataxis"),
                (5, "punct"),
                (9, "punct")
            )
        );
        // A predicate with a subject of its own is a second clause of the report.
        let mut own = spec.to_vec();
        own[6] = ("it", "it", "PRON", "PRP", 9, "nsubj");
        assert!(reports_holding_their_clause(&tokens(&own)).is_none());
    }

    #[test]
    fn the_subject_hung_on_a_report_between_commas_is_the_clause_s() {
        // "The walkout , Ann Holm , added , would cost shippers ." with "walkout" an oblique of
        // "added", the comma after it its own.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("walkout", "walkout", "NOUN", "NN", 7, "obl:unmarked"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("Ann", "Ann", "PROPN", "NNP", 7, "nsubj"),
            ("Holm", "Holm", "PROPN", "NNP", 4, "flat"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("added", "add", "VERB", "VBD", 10, "parataxis"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("would", "would", "AUX", "MD", 10, "aux"),
            ("cost", "cost", "VERB", "VB", 0, "root"),
            ("shippers", "shipper", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[2]), ((10, "nsubj"), (7, "punct")));
        // An oblique with its preposition modifies the report ("After the vote , ...").
        let mut oblique = spec.to_vec();
        oblique[0] = ("After", "after", "ADP", "IN", 2, "case");
        assert!(subjects_hung_on_reports(&tokens(&oblique)).is_none());
    }

    #[test]
    fn a_report_between_commas_is_the_clause_s_parenthetical() {
        // "The practice , the authority found , had raised prices ." with "found" the root and
        // "practice" its second subject.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("practice", "practice", "NOUN", "NN", 6, "nsubj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("authority", "authority", "NOUN", "NN", 6, "nsubj"),
            ("found", "find", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("had", "have", "AUX", "VBD", 9, "aux"),
            ("raised", "raise", "VERB", "VBN", 6, "ccomp"),
            ("prices", "price", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (
                arcs[8], arcs[5], arcs[1], arcs[4], arcs[2], arcs[6], arcs[10]
            ),
            (
                (0, "root"),
                (9, "parataxis"),
                (9, "nsubj"),
                (6, "nsubj"),
                (2, "punct"),
                (6, "punct"),
                (9, "punct")
            )
        );
        // An oblique before the report modifies it: "After the match , the coach said , ...".
        let mut oblique = spec;
        oblique[0] = ("After", "after", "ADP", "IN", 2, "case");
        oblique[1] = ("match", "match", "NOUN", "NN", 6, "obl");
        assert!(parenthetical_report(&tokens(&oblique)).is_none());
        // A clause with its own subject is the report's complement.
        let mut subject = spec;
        subject[7] = ("they", "they", "PRON", "PRP", 9, "nsubj");
        assert!(parenthetical_report(&tokens(&subject)).is_none());
    }
}
