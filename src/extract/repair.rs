//! Repairs of parser errors that Open IE cannot read around, applied to a copy of a sentence's
//! tokens before extraction (the annotated document is left as the parser made it).
//!
//! Each repair is for a construction news writes often and EWT annotates rarely, or a
//! tree that contradicts itself.
//!
//! The inverted reporting clause. News writes "Y, said the ministry" with the
//! speaker after the verb. EWT has few of these, and the parser reads the speaker as the verb's
//! object and the verb as a complement of Y ("Y ... said(xcomp) the ministry(obj)"), which makes
//! the relation "be stated say" and loses the attribution. UD annotates the verb as `parataxis`
//! of Y with the speaker as its `nsubj`; the repair relabels exactly that.
//!
//! The time expression between subject and verb. "Officials last week agreed to the plan" is read
//! as a relative clause on "officials" whose subject is "week". A bare time expression is not the
//! subject of a relative clause without a relative pronoun, so the verb becomes the clause's head,
//! "officials" its subject and "last week" a temporal modifier (`obl:tmod`), as UD has it. The
//! same time expression read as a second subject beside a real one becomes `obl:tmod` too.
//!
//! The content clause read as a relative clause. In "a warning that the move would weaken Kyiv"
//! the parser can make "that" the relative pronoun object of "weaken", which already has an
//! object. A clause with two objects, one of them the relative "that", is a content clause: "that"
//! is its `mark` and the clause an `acl` of the noun.
//!
//! The conjunct stranded as a subject. In "a future with ties between Chile and Peru has upside"
//! "Peru" can come out as a second subject of "has"; it is the conjunct of "Chile".
//!
//! The sentence-initial adjective as root. "Ukrainian President X, speaking ..., called ..." can
//! come out with "Ukrainian" as the root and "called" as its conjunct; the verb becomes the root
//! and the adjective a modifier of the noun after it.
//!
//! The subject on the participle. In "X, speaking to reporters, called ..." the parser can hang
//! "X" on "speaking" and leave "called" without a subject; it becomes the subject of the verb.
//!
//! The reported subject read as an object. In "Y, saying the country would not give up" the
//! parser can make "country" the object of "saying" and leave "give" without a subject (or make
//! "saying" the clausal subject of "give"). A reporting verb does not take a noun object and a
//! bare finite clause at once: the noun is the clause's subject, the clause the verb's `ccomp`.
//!
//! The titled name read as a conjunct. "Harbor Freightways founder Ray Castellano backed the
//! sale" can come out as two conjoined names, "Harbor Freightways" the subject and "Ray
//! Castellano" its conjunct with "founder" on it, so the company backs the sale too. Names joined
//! by nothing but a lower-case title are one phrase: the person heads it and the first name
//! modifies the title.
//!
//! The reported past read as a participle. "Police arrested 12 people near the station, a
//! spokesman said" can come out with "arrested" tagged as a participle modifying "Police", both
//! "Police" and "spokesman" subjects of "said" and "people" its complement. The participle is
//! the reported clause's verb, with "Police" its subject and "people" its object.
//!
//! The reporting participle hung on the object. "The union criticized the plan, saying drivers
//! had not been told ..." can come out with "saying" as a modifier (`acl`) of "plan", which then
//! does the saying. After a comma, an -ing verb of saying modifies the clause (`advcl`), and a
//! reported clause the parser left on the main verb becomes its complement.
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
//! The clause told read as a modifier of a noun. "told reporters on a conference call that
//! owners would receive a refund" can come out with the "that" clause on "call", and "found on
//! Friday that ..." with it on "Friday": it is what was told or found, the verb's `ccomp`
//! (repair 106).
//!
//! A participle modifying the subject read as the verb. "A poll published last month by the
//! institute put his rating at 34%" can come out with "published" the root and "put" its
//! `parataxis`: "put" is the root and "published" modifies "poll" (repair 107).
//!
//! "neighbouring" right after a verb read as its complement ("accused neighbouring Brestovia"
//! with Brestovia the object of "neighbouring"): it modifies the name, the verb's object
//! (repair 108).
//!
//! Several subjects of one verb. Coordinated titled names ("U.S. President A and Kastrian
//! President B agreed") come out as two or three subjects (or a subject and an `obl` without a
//! preposition). The later ones become conjuncts of the first, so every person gets the triple.
//!
//! The control infinitive read as a modifier of the object. "urged nurses to return" can come
//! out with "to return" as an `acl` of "nurses"; after a verb of object control it is the verb's
//! `xcomp`. A finite verb coordinated after such an infinitive ("... and promised to meet
//! them") cannot be its conjunct and joins the verb above it of the same tense.
//!
//! The subordinator read as a preposition. "walked out after talks collapsed" can come out
//! with "after talks" a phrase and "collapsed" without a subject: the noun is the clause's
//! subject and "after" its `mark`.
//!
//! A noun before an organisation's name read as a second subject ("The opposition Labour Party
//! accused ..."): it modifies the name.
//!
//! The reporting tail read as a conjunct. "A fire destroyed homes and forced residents to flee,
//! officials said" can come out with "said" as the conjunct of "destroyed" and "forced" as its
//! adverbial clause: "forced" is the conjunct, and "officials said" a parenthetical
//! (`parataxis`) that attributes the sentence.
//!
//! The titled conjunct read as an apposition. "President Ellen Marsh and Kastrian President
//! Viktor Dragan agreed" can come out with "Kastrian" as the conjunct and "Viktor Dragan" as an
//! apposition of "Ellen": the second name is the conjunct, its title words modify it.
//!
//! The gerund of an accusation read as a modifier of the accused. In "accused Prime Minister
//! Henrik Dahl of rigging the election" "of rigging" belongs to "accused" (`advcl`), so the
//! rigging is Dahl's, under the modality "accuse".
//!
//! One name read as two subjects. "U.S. President Ellen Marsh agreed" can come out with "U.S."
//! and "Ellen" both subjects: the first part modifies the name (a title as `nmod:desc`), and
//! after a role noun ("Opposition leader Maria Costa") the name is the noun's apposition.
//!
//! The time of the clause hung on a person in the subject ("his counterpart Vladimir Putin on
//! Tuesday agreed" with "on Tuesday" on "counterpart"): it says when the verb happened (`obl`).
//!
//! A reduced relative clause read as a verb with two subjects ("..., a claim officials denied"
//! with "claim" and "officials" both subjects of "denied"): the verb modifies the noun.
//!
//! A noun read as a compound of the time after it ("shelled a village hours after the vote"
//! with "hours" the object): the noun heads the phrase, the time says when.
//!
//! A reporting participle tagged as a noun ("opposed the merger, warning that ..." with
//! "warning" a conjunct of "merger"): it is the verb's participle clause.
//!
//! A verb coordinated with an object ("has destroyed 200 homes and forced residents to flee"
//! with "forced" a conjunct of "homes"): a verb with a complement of its own is the conjunct of
//! the verb.
//!
//! A clause read as the apposition of the noun before its subject ("Opposition leader Maria
//! Costa accused ..." with "leader" the root and "accused" its apposition): the verb is the
//! root, the noun its subject and the name the noun's apposition.
//!
//! A reporting participle hung inside the object ("rejected the demand for halting aid,
//! warning that ..." with "warning" on "halting"): it modifies the verb with the subject.
//!
//! The object of a conjunct read as a second object ("visited a centre and thanked
//! volunteers" with "volunteers" on "visited"): it is the conjunct's.
//!
//! A name after the object read as a second complement ("buy the security firm Netvault" with
//! "Netvault" an `xcomp` of "buy"): it is the object's apposition.
//!
//! "about" before a number read as a preposition ("represents about 30,000 workers" with
//! "about" the `case` of "workers"): it says the number is rough.
//!
//! The past tense read as a participle in a sentence with no finite verb ("Tens of thousands of
//! people marched through the streets." with "marched" an `acl` of "Tens"): it is the verb.
//!
//! A reporting clause closing the sentence read as an apposition or a complement ("The factory
//! will close, the company announced." with "company" an apposition of "year"): it is
//! `parataxis` of the sentence's verb.
//!
//! The past tense read as a participle before a clause that took its subject ("The coach
//! resigned after her team lost ..." with "lost" the root), or as an adjective on its object
//! ("Police used water cannon ..." with "used" an `amod` of "cannon"): it is the verb.
//!
//! An -ing form of a verb that takes no object read as a verb ("blamed falling rates"): it
//! modifies the noun. A word hung on punctuation goes to the punctuation's head; a bare noun
//! phrase before a verb without subject is its subject; an adjective after the object of "call",
//! "find", ... is the verb's `xcomp`; "for" after the object of "blame", "thank", ... is the
//! verb's; "forecast" after "its sales" heads the object. A closing report made the root of a
//! sentence whose verb was read as a participle gives the root back to that verb.
//!
//! A relative clause after a name hung on the verb ("the Office for Public Integrity (OPI),
//! which opened ...") goes to the name; a name between commas read as a modifier of a noun ("The
//! brother-in-law, Victor Lamarre,") is its apposition; a clause opened by "that" on a time
//! after a verb of saying ("said on Thursday morning that ...") is what was said; and the
//! speaker's second verb read as a conjunct inside the reported clause ("said the strike was
//! costing ... and accused the union") goes with the verb of saying.
//!
//! A noun with a restrictive "whose" clause read as the clause verb's second subject
//! ("Residents whose homes were flooded demanded ..."), a role after a name hung on a noun
//! before the name ("votes for Ruta Vaitkute, the leader of the opposition"), the subject read
//! as an apposition of the phrase that opens the sentence ("In a statement, the company's
//! general counsel, Jonathan Pryce, said"), and a time read as the subject of the clause it
//! introduces ("shelled the town, hours after the two sides signed a truce").

use super::clause::{OBJECT_CONTROL, SAY, TIME_WORDS};
use crate::annotate::ner::descriptors;
use crate::annotate::ner::gazetteer::is_acronym;
use crate::annotate::ner::org_endings::org_ending;
use crate::annotate::ner::roles;
use crate::annotate::pos::SAME_IN_PAST;
use crate::document::Token;

/// Reporting verbs that are written before their subject after a quote. Verbs that usually take
/// a real object ("tell", "deny") are left out.
const INVERTIBLE: &[&str] = &[
    "say", "add", "write", "state", "announce", "report", "insist", "warn", "note", "explain",
    "declare", "claim", "confirm", "ask",
];

/// The repaired tokens, or `None` when nothing needed repair (the common case: no copy).
pub fn repaired(tokens: &[Token]) -> Option<Vec<Token>> {
    let quantities = rough_quantities(tokens);
    let start = quantities.as_deref().unwrap_or(tokens);
    let mut out = punctuation_heads(start).map(|fixed| first_pass(&fixed).unwrap_or(fixed));
    if out.is_none() {
        out = first_pass(start);
    }
    let mut out = out.or(quantities);
    let base = out.as_deref().unwrap_or(tokens);
    for (conjunct, verb) in verbs_coordinated_with_objects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[conjunct].head = verb + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (adjective, verb) in predicates_read_as_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[adjective].head = verb + 1;
        fixed[adjective].deprel = "xcomp".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (time, case, verb, main) in times_read_as_subjects_of_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let noun = fixed[case].head - 1;
        if fixed[verb].head == 0 {
            for (k, t) in fixed.iter_mut().enumerate() {
                if t.head == verb + 1 && k != main && (k < time || t.deprel == "punct") {
                    t.head = main + 1;
                }
            }
            (fixed[main].head, fixed[main].deprel) = (0, "root".into());
        }
        (fixed[time].head, fixed[time].deprel) = (main + 1, "obl:unmarked".into());
        (fixed[verb].head, fixed[verb].deprel) = (time + 1, "advcl".into());
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
        let c = &mut fixed[case];
        (c.head, c.deprel, c.upos) = (verb + 1, "mark".into(), "SCONJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (subject, verb) in subjects_read_as_appositions(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let rel = subject_rel(fixed, verb);
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, rel.into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (role, name) in roles_renaming_earlier_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[role].head = name + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, verb) in whose_clauses_read_as_subjects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, deprel) = (fixed[verb].head, fixed[verb].deprel.clone());
        (fixed[noun].head, fixed[noun].deprel) = (head, deprel);
        (fixed[verb].head, fixed[verb].deprel) = (noun + 1, "acl:relcl".into());
        // The sentence's punctuation goes with the noun.
        for t in fixed[verb + 1..].iter_mut() {
            if t.head == verb + 1 && t.deprel == "punct" {
                t.head = noun + 1;
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for p in partitive_relatives(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let root = fixed.iter().position(|t| t.head == 0);
        let (n, c, q, w, v, c2, m) = (p.noun, p.comma, p.part, p.relative, p.verb, p.close, p.main);
        // Whatever hung on the noun or the clause's verb outside the clause goes to the main
        // verb (the sentence's punctuation, an opening adverb), and the words between the
        // closing comma and the main verb (an auxiliary, an adverb) hang on it.
        for (k, t) in fixed.iter_mut().enumerate() {
            let outside = k < n || k > c2;
            let from_clause = t.head == v + 1 || (t.head == n + 1 && k > c2);
            if k != m && outside && from_clause {
                t.head = m + 1;
            }
            if k > c2 && k < m {
                t.head = m + 1;
            }
        }
        if root.is_some_and(|r| [n, v, q, m].contains(&r)) {
            (fixed[m].head, fixed[m].deprel) = (0, "root".into());
        }
        let rel = subject_rel(fixed, m);
        (fixed[n].head, fixed[n].deprel) = (m + 1, rel.into());
        (fixed[v].head, fixed[v].deprel) = (n + 1, "acl:relcl".into());
        let rel = subject_rel(fixed, v);
        (fixed[q].head, fixed[q].deprel) = (v + 1, rel.into());
        (fixed[w].head, fixed[w].deprel) = (q + 1, "nmod".into());
        (fixed[w - 1].head, fixed[w - 1].deprel) = (w + 1, "case".into());
        for k in [c, c2] {
            (fixed[k].head, fixed[k].deprel) = (v + 1, "punct".into());
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (relative, clause) in relatives_of_reported_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let rel = subject_rel(fixed, clause);
        (fixed[relative].head, fixed[relative].deprel) = (clause + 1, rel.into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (provided, clause) in provided_that(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let head = fixed[provided].head;
        (fixed[clause].head, fixed[clause].deprel) = (head, "advcl".into());
        (fixed[provided].head, fixed[provided].deprel) = (clause + 1, "mark".into());
        fixed[provided].upos = "SCONJ".into();
        (fixed[provided + 1].head, fixed[provided + 1].deprel) = (provided + 1, "fixed".into());
        // The comma before it opens the condition.
        fixed[provided - 1].head = clause + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for time in times_read_as_objects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[time].deprel = "obl:unmarked".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (clause, antecedent) in which_clauses_on_people(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[clause].head = antecedent + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, speaker_verb) in speakers_participles_in_reports(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let comma = participle - 1;
        (fixed[participle].head, fixed[participle].deprel) = (speaker_verb + 1, "advcl".into());
        fixed[comma].head = participle + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (object, noun, subordinator, clause) in objects_read_as_subjects_of_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[object].deprel = "obj".into();
        let verb = fixed[clause].head;
        fixed[object].head = verb;
        fixed[clause].deprel = "advcl".into();
        let rel = subject_rel(fixed, clause);
        (fixed[noun].head, fixed[noun].deprel) = (clause + 1, rel.into());
        let c = &mut fixed[subordinator];
        (c.head, c.deprel, c.upos) = (clause + 1, "mark".into(), "SCONJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (subject, participle, verb) in participles_read_as_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let marks: Vec<usize> = kids_of(fixed, participle)
            .filter(|&k| fixed[k].deprel == "mark")
            .collect();
        for m in marks {
            fixed[m].head = verb + 1;
        }
        let rel = subject_rel(fixed, verb);
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, rel.into());
        (fixed[participle].head, fixed[participle].deprel) = (subject + 1, "acl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, prep, name) in neighbouring_read_as_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let head = fixed[participle].head;
        let on_verb = head > 0 && matches!(fixed[head - 1].upos.as_str(), "VERB" | "AUX");
        let rel = if on_verb { "obl" } else { "nmod" };
        (fixed[name].head, fixed[name].deprel) = (head, rel.into());
        // A clause the participle took ("regulators in neighbouring countries to act") is the
        // verb's: its complement when the verb has an object to do it ("encourage X to act").
        let object = head > 0 && kids_of(fixed, head - 1).any(|k| fixed[k].deprel == "obj");
        for k in 0..fixed.len() {
            if fixed[k].head != participle + 1 || k == name {
                continue;
            }
            if on_verb && matches!(fixed[k].deprel.as_str(), "advcl" | "xcomp" | "ccomp") {
                let to =
                    kids_of(fixed, k).any(|m| fixed[m].deprel == "mark" && fixed[m].xpos == "TO");
                fixed[k].head = head;
                if to && object {
                    fixed[k].deprel = "xcomp".into();
                }
            } else {
                fixed[k].head = name + 1;
            }
        }
        (fixed[prep].deprel, fixed[prep].upos) = ("case".into(), "ADP".into());
        let p = &mut fixed[participle];
        (p.head, p.deprel, p.upos, p.xpos) = (name + 1, "amod".into(), "ADJ".into(), "JJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, verb, name) in neighbouring_after_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The name is the verb's object, "neighbouring" its modifier, and what else the
        // participle held ("on Thursday", "after ...") is the verb's.
        for t in fixed.iter_mut() {
            if t.head == participle + 1 {
                t.head = verb + 1;
            }
        }
        (fixed[name].head, fixed[name].deprel) = (verb + 1, "obj".into());
        let p = &mut fixed[participle];
        (p.head, p.deprel, p.upos, p.xpos) = (name + 1, "amod".into(), "ADJ".into(), "JJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (name, kind) in names_read_as_conjuncts_of_their_kind(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[name].head, fixed[name].deprel) = (kind + 1, "appos".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for c in subjects_read_as_noun_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (noun, verb) = (c.noun, c.verb);
        (fixed[c.apposition].head, fixed[c.apposition].deprel) = (noun + 1, "appos".into());
        (fixed[c.open].head, fixed[verb - 1].head) = (noun + 1, noun + 1);
        let rel = subject_rel(fixed, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, rel.into());
        // The coordinator and the comma before it go with the clause.
        (fixed[c.cc].head, fixed[c.cc - 1].head) = (verb + 1, verb + 1);
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, subject) in appositions_read_as_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let participle = fixed[noun].head - 1;
        if fixed[subject].head == participle + 1 {
            fixed[subject].head = fixed[participle].head;
        }
        (fixed[participle].head, fixed[participle].deprel) = (noun + 1, "acl".into());
        (fixed[noun].head, fixed[noun].deprel) = (subject + 1, "appos".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (first, name) in names_read_as_conjuncts_of_their_first_word(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The word's only other dependents are punctuation after the name.
        take_place(fixed, first, name);
        (fixed[first].head, fixed[first].deprel) = (first + 2, "compound".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (second, first) in titled_names_coordinated_inside(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // What the first name took from after the second ("Aaron Mills, 31") is the second's.
        let name = fixed[second].head - 1;
        let other = kids_of(fixed, second).find(|&a| fixed[a].deprel == "appos");
        if let Some(o) = other {
            for t in fixed.iter_mut().skip(second + 1) {
                if t.head == name + 1 {
                    t.head = o + 1;
                }
            }
        }
        fixed[second].head = first + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, verb, displaced) in closing_partitive_relatives(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        if let Some(d) = displaced {
            let (head, rel) = (fixed[verb].head, fixed[verb].deprel.clone());
            // What the verb took from before the comma goes back to the clause it displaced.
            for (k, t) in fixed.iter_mut().enumerate() {
                if t.head == verb + 1 && k < noun && k != d {
                    t.head = d + 1;
                }
            }
            (fixed[d].head, fixed[d].deprel) = (head, rel);
        }
        (fixed[verb].head, fixed[verb].deprel) = (noun + 1, "acl:relcl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((phrase, verb)) = opening_phrases_made_roots(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let prepositional = kids_of(fixed, phrase).any(|k| fixed[k].deprel == "case");
        // Punctuation before the phrase (an opening quote) goes to the verb; the comma after
        // it stays with the phrase, as the treebanks have it.
        for t in &mut fixed[..phrase] {
            if t.head == phrase + 1 && t.deprel == "punct" {
                t.head = verb + 1;
            }
        }
        take_place(fixed, phrase, verb);
        fixed[phrase].head = verb + 1;
        fixed[phrase].deprel = if prepositional {
            "obl"
        } else if fixed[phrase].upos == "ADV" {
            "advmod"
        } else {
            "obl:unmarked"
        }
        .into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (agent, by) in agents_read_as_objects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[agent].deprel = "obl:agent".into();
        fixed[by].head = agent + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for r in reduced_relatives_read_as_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, rel) = (fixed[r.participle].head, fixed[r.participle].deprel.clone());
        for t in fixed.iter_mut() {
            if t.head == r.participle + 1 && t.deprel == "mark" {
                t.head = r.verb + 1;
            }
        }
        (fixed[r.verb].head, fixed[r.verb].deprel) = (head, rel);
        let subject = subject_rel(fixed, r.verb);
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.verb + 1, subject.into());
        (fixed[r.participle].head, fixed[r.participle].deprel) = (r.noun + 1, "acl".into());
        let agent = fixed[r.preposition].lemma.eq_ignore_ascii_case("by");
        let p = &mut fixed[r.preposition];
        (p.head, p.deprel, p.upos) = (r.object + 1, "case".into(), "ADP".into());
        let obl = if agent { "obl:agent" } else { "obl" };
        (fixed[r.object].head, fixed[r.object].deprel) = (r.participle + 1, obl.into());
        (fixed[r.apposition].head, fixed[r.apposition].deprel) = (r.object + 1, "appos".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, verb) in spent_on_doing(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, verb) in closing_participles_on_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[participle].head = verb + 1;
        fixed[participle - 1].head = participle + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((noun, verb, object)) = participle_as_main_verb(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        if let Some(o) = object {
            fixed[o].head = verb + 1;
            fixed[o].deprel = "obj".into();
        }
        take_place(fixed, noun, verb);
        fixed[verb].xpos = "VBD".into();
        fixed[noun].head = verb + 1;
        fixed[noun].deprel = "nsubj".into();
        // An active verb has no agent: "fell by 8 percent" says how far.
        for t in fixed.iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl:agent" {
                t.deprel = "obl".into();
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = participles_read_as_adjectives(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let root = fixed.iter().position(|t| t.head == 0).unwrap_or(r.object);
        // The root's other dependents (final punctuation, the purpose clause, a conjunct
        // clause) go to the verb.
        let last = fixed.len() - 1;
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == root + 1 && ![r.subject, r.object, r.verb].contains(&k) {
                let after_object = k > r.object;
                let punct = t.upos == "PUNCT" && (r.coordinated.is_none() || k == last);
                if root == r.object && after_object || punct {
                    t.head = r.verb + 1;
                }
            }
        }
        if let Some(c) = r.coordinated {
            (fixed[c].head, fixed[c].deprel) = (r.verb + 1, "conj".into());
        }
        let v = &mut fixed[r.verb];
        (v.head, v.deprel, v.xpos) = (0, "root".into(), "VBD".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.object].head, fixed[r.object].deprel) = (r.verb + 1, "obj".into());
        for t in fixed[r.verb + 1..].iter_mut() {
            if t.head == r.verb + 1 && t.deprel == "acl" {
                t.deprel = "advcl".into();
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, verb) in compound_heads_read_as_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, deprel) = (fixed[noun].head, fixed[noun].deprel.clone());
        // The noun's determiner and other dependents go with the phrase's new head.
        for (k, t) in fixed.iter_mut().enumerate() {
            if t.head == noun + 1 && k != verb {
                t.head = verb + 1;
            }
        }
        for t in fixed[verb + 1..].iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl" {
                t.deprel = "nmod".into();
            }
        }
        let v = &mut fixed[verb];
        (v.head, v.deprel, v.upos, v.xpos) = (head, deprel, "NOUN".into(), "NN".into());
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "compound".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, phrase, clause) in of_phrases_read_as_subjects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let of = extent(fixed, phrase).0 - 1;
        let rel = subject_rel(fixed, clause);
        let say = fixed[noun].head;
        (fixed[clause].head, fixed[clause].deprel) = (say, "ccomp".into());
        (fixed[noun].head, fixed[noun].deprel) = (clause + 1, rel.into());
        (fixed[phrase].head, fixed[phrase].deprel) = (noun + 1, "nmod".into());
        let o = &mut fixed[of];
        (o.head, o.deprel, o.upos) = (phrase + 1, "case".into(), "ADP".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (item, verb, host) in items_read_as_subjects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The verb's dependents before the item (the comma) go with the item.
        for t in fixed[..item].iter_mut() {
            if t.head == verb + 1 {
                t.head = item + 1;
            }
        }
        for t in fixed[verb + 1..].iter_mut() {
            let marked = t.deprel == "obj";
            if t.head == verb + 1 && marked {
                t.deprel = "obl".into();
            }
        }
        (fixed[item].head, fixed[item].deprel) = (host + 1, "nmod".into());
        (fixed[verb].head, fixed[verb].deprel) = (item + 1, "acl".into());
        fixed[verb].xpos = "VBN".into();
        fixed[verb].feats = "Tense=Past|VerbForm=Part|Voice=Pass".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (start, word, verb) in determiners_on_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        for t in &mut fixed[start..word] {
            if t.head == verb + 1 {
                t.head = word + 1;
            }
        }
        (fixed[word].head, fixed[word].deprel) = (verb + 1, "nsubj".into());
        // With its subject, a participle is the past tense.
        if fixed[verb].xpos == "VBN" {
            make_finite(&mut fixed[verb], "VBD");
        }
        let noun = start.checked_sub(1).filter(|&n| {
            matches!(fixed[n].upos.as_str(), "NOUN" | "PROPN")
                && !kids_of(fixed, verb)
                    .any(|o| matches!(fixed[o].deprel.as_str(), "obj" | "ccomp"))
        });
        if let Some(n) = noun {
            (fixed[verb].head, fixed[verb].deprel) = (n + 1, "acl:relcl".into());
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((root, phrase, verb)) = subjects_read_inside_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let host = fixed[verb].head;
        let rel = if matches!(fixed[host - 1].upos.as_str(), "ADJ" | "VERB") {
            "obl"
        } else {
            "nmod"
        };
        (fixed[phrase].head, fixed[phrase].deprel) = (host, rel.into());
        take_place(fixed, root, verb);
        (fixed[root].head, fixed[root].deprel) = (verb + 1, "nsubj".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, verb) in subjects_read_as_obliques(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let rel = subject_rel(fixed, verb);
        fixed[noun].deprel = rel.into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, noun) in intransitive_participles_read_as_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, deprel) = (fixed[participle].head, fixed[participle].deprel.clone());
        // The clause the participle was read as is the noun phrase: the object of a verb.
        let on_verb = head > 0 && fixed[head - 1].upos == "VERB";
        let rel = match deprel.as_str() {
            "xcomp" | "ccomp" | "advcl" if on_verb => "obj".to_string(),
            _ => deprel,
        };
        (fixed[noun].head, fixed[noun].deprel) = (head, rel);
        let p = &mut fixed[participle];
        (p.head, p.deprel) = (noun + 1, "amod".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (phrase, verb) in reasons_read_as_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[phrase].head, fixed[phrase].deprel) = (verb + 1, "obl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = participles_before_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The clause's final punctuation and parenthetical reports go to the main verb.
        for t in fixed[r.clause + 1..].iter_mut() {
            if t.head == r.clause + 1 && matches!(t.deprel.as_str(), "punct" | "parataxis") {
                t.head = r.verb + 1;
            }
        }
        let rel = subject_rel(fixed, r.clause);
        let v = &mut fixed[r.verb];
        (v.head, v.deprel, v.xpos) = (0, "root".into(), "VBD".into());
        fixed[r.noun].head = r.verb + 1;
        fixed[r.clause].head = r.verb + 1;
        fixed[r.clause].deprel = "advcl".into();
        fixed[r.subject].head = r.clause + 1;
        fixed[r.subject].deprel = rel.into();
        let m = &mut fixed[r.mark];
        (m.head, m.deprel, m.upos) = (r.clause + 1, "mark".into(), "SCONJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (about, number) in rough_numbers_read_as_phrases(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let noun = fixed[about].head - 1;
        fixed[noun].deprel = "obj".into();
        fixed[about].head = number + 1;
        fixed[about].deprel = "advmod".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (conjunct, verb) in reports_continued_as_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[conjunct].head = verb + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (clause, verb, that) in reported_clauses_on_obliques(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[clause].head, fixed[clause].deprel) = (verb + 1, "ccomp".into());
        let t = &mut fixed[that];
        (t.head, t.deprel, t.upos) = (clause + 1, "mark".into(), "SCONJ".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for m in names_read_as_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[m.name].head, fixed[m.name].deprel) = (m.noun + 1, "appos".into());
        if let Some((word, title)) = m.stray {
            (fixed[word].head, fixed[word].deprel) = (title + 1, "amod".into());
            // Its comma opens the apposition.
            if let Some(c) = word.checked_sub(1).filter(|&c| fixed[c].form == ",") {
                fixed[c].head = m.name + 1;
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (relative, noun) in relatives_disagreeing(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[relative].head = noun + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (relative, noun) in relatives_on_verbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[relative].head, fixed[relative].deprel) = (noun + 1, "acl:relcl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (name, noun) in names_after_objects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[name].head = noun + 1;
        fixed[name].deprel = "appos".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (object, conjunct) in objects_of_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[object].head = conjunct + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (verb, noun, subject) in clauses_read_as_appositions(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        take_place(fixed, noun, verb);
        let rel = subject_rel(fixed, verb);
        fixed[noun].head = verb + 1;
        fixed[noun].deprel = rel.into();
        fixed[subject].head = noun + 1;
        fixed[subject].deprel = "appos".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(p) = parenthetical_report(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
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
    let base = out.as_deref().unwrap_or(tokens);
    for (clause, verb) in told_clauses_on_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[clause].head, fixed[clause].deprel) = (verb + 1, "ccomp".into());
        // Its "that" is the subordinator, whatever the tagger and the parser read.
        let (that, _) = extent(fixed, clause);
        (fixed[that].upos, fixed[that].xpos) = ("SCONJ".into(), "IN".into());
        fixed[that].deprel = "mark".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = participle_read_as_verb(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The finite verb takes the participle's place; the participle modifies its subject,
        // which becomes the verb's, and what hung on it after the verb goes to the verb.
        (fixed[r.verb].head, fixed[r.verb].deprel) = (fixed[r.participle].head, "root".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.participle].head, fixed[r.participle].deprel) = (r.subject + 1, "acl".into());
        for later in fixed.iter_mut().skip(r.verb + 1) {
            if later.head == r.participle + 1 {
                later.head = r.verb + 1;
            }
        }
    }
    // These two read the tree the first pass left.
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((adjective, verb)) = adjective_root(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        for tk in fixed.iter_mut() {
            if tk.head == adjective + 1 {
                tk.head = verb + 1;
            }
        }
        fixed[verb].head = 0;
        fixed[verb].deprel = "root".into();
        fixed[adjective].head = adjective + 2;
        fixed[adjective].deprel = "amod".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((subject, verb)) = participle_subject(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[subject].head = verb + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (name, person, title) in titled_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The person takes the name's place; the name becomes a modifier of the title, and
        // the name's dependents after the person move to the person.
        let (head, deprel) = (fixed[name].head, fixed[name].deprel.clone());
        for tk in fixed.iter_mut().skip(person + 1) {
            if tk.head == name + 1 {
                tk.head = person + 1;
            }
        }
        fixed[person].head = head;
        fixed[person].deprel = deprel;
        fixed[name].head = title + 1;
        fixed[name].deprel = "compound".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((subject, verb, object, said)) = past_read_as_participle(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[verb].head = said + 1;
        fixed[verb].deprel = "ccomp".into();
        fixed[subject].head = verb + 1;
        fixed[subject].deprel = "nsubj".into();
        fixed[object].head = verb + 1;
        fixed[object].deprel = "obj".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((subject, verb, ing)) = reported_clause_read_as_participle(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        if let Some(x) = ing {
            fixed[x].head = verb + 1;
            fixed[x].deprel = "advcl".into();
        }
        fixed[verb].head = fixed[subject].head;
        fixed[verb].deprel = "ccomp".into();
        fixed[subject].head = verb + 1;
        fixed[subject].deprel = "nsubj".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = inverted_root(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[r.speaker].deprel = "nsubj".into();
        if let Some(s) = r.stolen {
            let rel = subject_rel(fixed, r.clause);
            fixed[s].head = r.clause + 1;
            fixed[s].deprel = rel.into();
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = reporting_participle_on_object(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[r.participle].head = r.verb + 1;
        fixed[r.participle].deprel = "advcl".into();
        if let Some(c) = r.clause {
            fixed[c].head = r.participle + 1;
            fixed[c].deprel = "ccomp".into();
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    let mut participles = participles_on_reported_clause(base);
    participles.extend(participles_inside_phrases(base));
    if !participles.is_empty() {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        for (participle, verb) in participles {
            fixed[participle].head = verb + 1;
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, verb) in reduced_relatives(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, deprel) = (fixed[verb].head, fixed[verb].deprel.clone());
        // The verb's dependents before the noun's phrase were never the relative clause's:
        // they go to the word the noun now hangs on.
        let start = extent(fixed, noun).0;
        if head > 0 {
            for tk in fixed[..start].iter_mut() {
                if tk.head == verb + 1 && tk.upos != "PUNCT" {
                    tk.head = head;
                }
            }
        }
        fixed[noun].head = head;
        fixed[noun].deprel = deprel;
        fixed[verb].head = noun + 1;
        fixed[verb].deprel = "acl:relcl".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, verb, clause) in reporting_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let lemma = saying_verb(&fixed[participle].form).unwrap_or("say");
        let p = &mut fixed[participle];
        (p.head, p.deprel) = (verb + 1, "advcl".into());
        (p.upos, p.xpos, p.lemma) = ("VERB".into(), "VBG".into(), lemma.into());
        fixed[clause].deprel = "ccomp".into();
        // "that" marks the clause, wherever the parser hung it.
        fixed[participle + 1].head = clause + 1;
        fixed[participle + 1].deprel = "mark".into();
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = reports_over_participles(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
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
    let base = out.as_deref().unwrap_or(tokens);
    for r in trailing_reports(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
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
    let base = out.as_deref().unwrap_or(tokens);
    for (prep, participle, noun) in participles_after_prepositions(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, rel) = (fixed[participle].head, "nmod");
        (fixed[noun].head, fixed[noun].deprel) = (head, rel.into());
        (fixed[prep].head, fixed[prep].deprel) = (noun + 1, "case".into());
        (fixed[participle].head, fixed[participle].deprel) = (noun + 1, "amod".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (phrase, verb) in sources_on_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[phrase].head, fixed[phrase].deprel) = (verb + 1, "obl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((noun, verb, infinitive)) = verbs_read_as_plural_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The noun phrase's words before the verb ("The") go with the noun; a name after it
        // is its apposition ("the energy company Nordvolt").
        for (k, t) in fixed[..verb].iter_mut().enumerate() {
            if t.head == verb + 1 && k != noun {
                t.head = noun + 1;
                if k > noun && t.upos == "PROPN" {
                    t.deprel = "appos".into();
                }
            }
        }
        make_finite(&mut fixed[verb], "VBZ");
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "nsubj".into());
        (fixed[infinitive].head, fixed[infinitive].deprel) = (verb + 1, "xcomp".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some((said, subject, verb, object)) = reported_participles(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        make_finite(&mut fixed[verb], "VBD");
        (fixed[verb].head, fixed[verb].deprel) = (said + 1, "ccomp".into());
        (fixed[subject].head, fixed[subject].deprel) = (verb + 1, "nsubj".into());
        if let Some(o) = object {
            fixed[o].deprel = "obj".into();
        }
        // An active verb has no agent: "rose by 12 percent" says how far.
        for t in fixed.iter_mut() {
            if t.head == verb + 1 && t.deprel == "obl:agent" {
                t.deprel = "obl".into();
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (said, noun, subject, verb) in compounds_split_by_reported_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        for t in fixed[..noun].iter_mut() {
            if t.head == noun + 1 {
                t.head = subject + 1;
            }
        }
        (fixed[noun].head, fixed[noun].deprel) = (subject + 1, "compound".into());
        (fixed[verb].head, fixed[verb].deprel) = (said + 1, "ccomp".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for r in clauses_read_as_noun_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        if fixed[r.verb].xpos == "VBN" {
            make_finite(&mut fixed[r.verb], "VBD");
        }
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.main + 1, "conj".into());
        (fixed[r.noun].head, fixed[r.noun].deprel) = (r.verb + 1, "nsubj".into());
        fixed[r.cc].head = r.verb + 1;
        (fixed[r.comma].head, fixed[r.comma].deprel) = (r.verb + 1, "punct".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (role, name, clause) in titles_taken_by_reports(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[role].head, fixed[role].deprel) = (clause + 1, "nsubj".into());
        (fixed[name].head, fixed[name].deprel) = (role + 1, "appos".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (q, noun) in quantifiers_read_as_adverbs(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[q].head, fixed[q].deprel) = (fixed[noun].head, "obj".into());
        // As a noun phrase's head "much" is an adjective in UD (EWT: "much of the").
        if fixed[q].upos == "ADV" {
            (fixed[q].upos, fixed[q].xpos) = ("ADJ".into(), "JJ".into());
        }
        (fixed[noun].head, fixed[noun].deprel) = (q + 1, "nmod".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for r in whose_subjects_read_as_appositions(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let rel = subject_rel(fixed, r.verb);
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, rel.into());
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.antecedent + 1, "acl:relcl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (noun, name, verb) in names_read_as_relative_clauses(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // What hung on the noun after the verb (the full stop) goes with the verb; its own
        // modifiers ("Tropical Storm") stay.
        take_place(fixed, noun, verb);
        (fixed[noun].head, fixed[noun].deprel) =
            if TIME_WORDS.contains(&fixed[noun].lemma.to_lowercase().as_str()) {
                (verb + 1, "obl:tmod".into())
            } else {
                (name + 1, "compound".into())
            };
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (verb, relative, noun) in verbs_read_as_relative_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        if fixed[verb].xpos == "VBN" {
            fixed[verb].xpos = "VBD".into();
        }
        take_place(fixed, noun, verb);
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, "nsubj".into());
        // An apposition of the noun stays one ("The Amber Crest, a vessel operated by ...,").
        if fixed[relative].upos != "NOUN" {
            fixed[relative].deprel = "acl:relcl".into();
        }
        // What the relative clause took from after the verb (", his lawyer told reporters")
        // belongs to the main clause.
        for later in fixed.iter_mut().skip(verb + 1) {
            if (noun + 1..verb).contains(&later.head.wrapping_sub(1)) {
                later.head = verb + 1;
            }
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (clause, name) in which_clauses_past_organisations(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[clause].head = name + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (say, first, comma) in reports_read_as_conjuncts(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
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
    let base = out.as_deref().unwrap_or(tokens);
    for (say, subject, comma, root) in reports_read_as_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[say].head, fixed[say].deprel) = (root + 1, "parataxis".into());
        if fixed[say].xpos == "VBN" {
            make_finite(&mut fixed[say], "VBD");
        }
        (fixed[subject].head, fixed[subject].deprel) = (say + 1, "nsubj".into());
        (fixed[comma].head, fixed[comma].deprel) = (say + 1, "punct".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (name, role) in names_apposed_to_the_organisation(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        fixed[name].head = role + 1;
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(r) = reported_verbs_read_as_adjectives(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        make_finite(&mut fixed[r.verb], "VBD");
        (fixed[r.verb].head, fixed[r.verb].deprel) = (r.said + 1, "ccomp".into());
        (fixed[r.subject].head, fixed[r.subject].deprel) = (r.verb + 1, "nsubj".into());
        (fixed[r.object].head, fixed[r.object].deprel) = (r.verb + 1, "obj".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    let reported = reported_subjects(base);
    if !reported.is_empty() {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        for r in reported {
            if let Some((participle, rest)) = r.csubj {
                // The participle takes the clause's place; the clause becomes its complement,
                // and punctuation before the participle moves with it.
                let (head, deprel) = (fixed[r.clause].head, fixed[r.clause].deprel.clone());
                for tk in fixed[..participle].iter_mut() {
                    if tk.head == r.clause + 1 && tk.upos == "PUNCT" {
                        tk.head = participle + 1;
                    }
                }
                fixed[participle].head = head;
                fixed[participle].deprel = deprel;
                fixed[r.clause].head = participle + 1;
                fixed[r.clause].deprel = rest.into();
            }
            if fixed[r.clause].head == r.noun + 1 {
                // The clause read as the noun's modifier takes the noun's place.
                fixed[r.clause].head = fixed[r.noun].head;
                fixed[r.clause].deprel = "ccomp".into();
            }
            fixed[r.noun].head = r.clause + 1;
            fixed[r.noun].deprel = r.rel.into();
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (first, second, rest) in lists_read_as_appositions(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[second].head, fixed[second].deprel) = (first + 1, "conj".into());
        for c in rest {
            fixed[c].head = first + 1;
        }
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (participle, verb) in adjuncts_on_objects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[participle].head, fixed[participle].deprel) = (verb + 1, "advcl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (owner, noun) in possessors_read_as_heads(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let (head, deprel) = (fixed[owner].head, fixed[owner].deprel.clone());
        // The owner's dependents after the noun (a relative clause, the commas around it) are
        // the phrase's.
        for t in fixed[noun + 1..].iter_mut() {
            if t.head == owner + 1 {
                t.head = noun + 1;
            }
        }
        (fixed[noun].head, fixed[noun].deprel) = (head, deprel);
        (fixed[owner].head, fixed[owner].deprel) = (noun + 1, "nmod:poss".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (phrase, predicate) in attributions_on_nouns(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[phrase].head, fixed[phrase].deprel) = (predicate + 1, "obl".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    for (name, kind) in names_read_as_kind_modifiers(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        (fixed[name].head, fixed[name].deprel) = (kind + 1, "appos".into());
    }
    let base = out.as_deref().unwrap_or(tokens);
    if let Some(w) = whose_clauses_splitting_subjects(base) {
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        // The main clause's words hung inside the relative clause or on the noun (the final
        // full stop, a reported clause) go to the main verb.
        // Heads are 1-based: the noun is `noun + 1`, the clause's last word before its comma
        // `close`.
        for (k, t) in fixed.iter_mut().enumerate().skip(w.close) {
            let inside = t.head > w.noun && t.head <= w.close;
            if k != w.verb && inside {
                t.head = w.verb + 1;
            }
        }
        // A prepositional phrase inside the relative clause read as the verb's subject, its
        // "as" maybe read as the verb's subordinator.
        for k in w.noun + 1..w.close {
            if fixed[k].head == w.verb + 1 && fixed[k].deprel.starts_with("nsubj") {
                if let Some(a) = preposed(fixed, k, w.verb).filter(|&a| a != k) {
                    let c = &mut fixed[a];
                    (c.head, c.deprel, c.upos) = (k + 1, "case".into(), "ADP".into());
                }
                (fixed[k].head, fixed[k].deprel) = (w.clause + 1, "obl".into());
            }
        }
        match w.opener {
            None if fixed[w.noun].head == 0 || fixed[w.clause].head == 0 => {
                (fixed[w.verb].head, fixed[w.verb].deprel) = (0, "root".into());
            }
            None => {}
            Some((o, main)) => {
                let rel = if fixed[o].form.eq_ignore_ascii_case("that") {
                    "ccomp"
                } else {
                    "advcl"
                };
                (fixed[w.verb].head, fixed[w.verb].deprel) = (main + 1, rel.into());
                let wh = fixed[o].xpos.starts_with("W");
                let m = &mut fixed[o];
                (m.head, m.deprel) = (w.verb + 1, if wh { "advmod" } else { "mark" }.into());
            }
        }
        let rel = subject_rel(fixed, w.verb);
        (fixed[w.noun].head, fixed[w.noun].deprel) = (w.verb + 1, rel.into());
        (fixed[w.clause].head, fixed[w.clause].deprel) = (w.noun + 1, "acl:relcl".into());
    }
    out
}

/// Repair 74: a list of bare nouns read as appositions.
///
/// Triples (first, second, later conjuncts): "teams across sales, marketing and customer
/// support" can come out with "marketing" an apposition of "sales" and "support" its conjunct,
/// so sales are marketing. A common noun after a comma, without a determiner, hung on a common
/// noun as its apposition, with a conjunct of its own after "and" or "or", is the second item
/// of a list: it and its conjuncts are conjuncts of the first. Not after a counted noun ("two
/// sectors, mining and tourism" names the two).
fn lists_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize, Vec<usize>)> {
    let mut out = Vec::new();
    for (b, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "NOUN" {
            continue;
        }
        let Some(a) = head_of(tokens, b).filter(|&a| a < b) else {
            continue;
        };
        let comma = extent(tokens, b).0;
        // The comma right after the first noun's own words.
        let set_off = tokens[comma].form == ","
            && comma > 0
            && (comma - 1 == a
                || under(tokens, comma - 1, &[a]) && !under(tokens, comma - 1, &[b]));
        // Bare items: no determiner, owner or count ("four men and a woman" says who the
        // suspects are), and nothing but modifiers on the second ("most of whom are women").
        let plain = |n: usize| {
            kids_of(tokens, n).all(|k| {
                matches!(
                    tokens[k].deprel.as_str(),
                    "compound" | "amod" | "punct" | "conj" | "cc"
                )
            })
        };
        let bare = plain(b);
        let counted = kids_of(tokens, a).any(|k| {
            tokens[k].deprel == "nummod"
                || matches!(
                    tokens[k].lemma.to_lowercase().as_str(),
                    "both" | "several" | "couple" | "few"
                )
        });
        let rest: Vec<usize> = kids_of(tokens, b)
            .filter(|&c| c > b && tokens[c].deprel == "conj")
            .collect();
        let coordinated = rest.iter().any(|&c| {
            kids_of(tokens, c).any(|k| {
                tokens[k].deprel == "cc"
                    && matches!(tokens[k].lemma.to_lowercase().as_str(), "and" | "or")
            })
        });
        if tokens[a].upos == "NOUN" && set_off && bare && !counted && coordinated {
            out.push((a, b, rest));
        }
    }
    out
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

/// Repair 72: a possessor read as the head of what it owns.
///
/// Pairs (owner, noun): "U.N. Secretary-General's envoy Ingrid Falk, who attended, called the
/// agreement a model" can come out with "U.N." the subject and "envoy" hung on it, so the
/// United Nations called it. A noun right after the owner's "'s" (its own modifiers between)
/// that hangs on the owner is the head: the owner is its `nmod:poss`.
fn possessors_read_as_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.xpos != "POS" || tk.deprel != "case" {
            continue;
        }
        let Some(owner) = head_of(tokens, c).filter(|&o| o < c) else {
            continue;
        };
        // Only modifiers between ("'s special envoy"), and a relation no owner could have
        // to its noun: not a conjunct or a second object ("Atta's and Moussaoui's
        // inquiries", "Trader Joe's, Whole Foods").
        let noun = (c + 1..tokens.len().min(c + 5))
            .find(|&k| head_of(tokens, k) == Some(owner))
            .filter(|&n| {
                matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
                    && matches!(
                        tokens[n].deprel.as_str(),
                        "list" | "appos" | "compound" | "flat" | "dep"
                    )
                    && (c + 1..n).all(|k| {
                        head_of(tokens, k) == Some(n)
                            && matches!(tokens[k].upos.as_str(), "ADJ" | "NOUN" | "PROPN" | "NUM")
                    })
            });
        if let Some(n) = noun {
            out.push((owner, n));
        }
    }
    out
}

/// Repair 71: "according to" read as a modifier of a noun.
///
/// Pairs (phrase, predicate): "The defeat was the final straw, according to a person familiar
/// with ..." can come out with "person" an `nmod` of "straw", and "27 vessels were anchored
/// outside the harbour, according to shipping data" with "data" one of "harbour": the source
/// becomes part of the thing ("person straw"). Set off by a comma, the phrase says who tells
/// the clause: it is an `obl` of the clause's predicate (the nearest verb, nominal predicate
/// or root above it).
fn attributions_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (x, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" {
            continue;
        }
        let according = kids_of(tokens, x).find(|&c| {
            tokens[c].deprel == "case" && tokens[c].form.eq_ignore_ascii_case("according")
        });
        if !according.is_some_and(|a| a > 0 && tokens[a - 1].form == ",") {
            continue;
        }
        let Some(mut p) = head_of(tokens, x) else {
            continue;
        };
        for _ in 0..8 {
            let predicate = tokens[p].upos == "VERB"
                || tokens[p].head == 0
                || kids_of(tokens, p).any(|c| tokens[c].deprel == "cop");
            if predicate {
                break;
            }
            match head_of(tokens, p) {
                Some(up) => p = up,
                None => break,
            }
        }
        if p != x {
            out.push((x, p));
        }
    }
    out
}

/// Repair 70: an organisation's name read as a modifier of its kind.
///
/// Names: "Software group Brightlane Systems will cut jobs" can come out with "Systems" an
/// `nmod` of "group" without a preposition, a modifier that names nothing. A name right after
/// a kind of organisation ("group", "app", "drugmaker"), hung on it with no preposition, is
/// its apposition, as UD has it ("the website Insurgency Wiki"), so it stands for the phrase.
///
/// Pairs (name, kind). Also for a name hung loose elsewhere: "Regulators block a bid for cable
/// maker Orsinet" can come out with "Orsinet" a `discourse` of "block".
fn names_read_as_kind_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (name, tk) in tokens.iter().enumerate() {
        let loose = matches!(tk.deprel.as_str(), "discourse" | "dep");
        if tk.upos != "PROPN" || tk.deprel != "nmod" && !loose {
            continue;
        }
        let kind = if loose {
            extent(tokens, name).0.checked_sub(1)
        } else {
            head_of(tokens, name).filter(|&k| k < name)
        };
        let Some(kind) = kind else {
            continue;
        };
        let next = extent(tokens, name).0 == kind + 1;
        let bare = !kids_of(tokens, name).any(|c| tokens[c].deprel == "case");
        if next
            && bare
            && tokens[kind].upos == "NOUN"
            && descriptors::is_org_kind(&tokens[kind].form)
        {
            out.push((name, kind));
        }
    }
    out
}

/// A relative clause between the subject and its verb ([`whose_clauses_splitting_subjects`]).
struct WhoseSplit {
    /// The head of the noun phrase before ", whose" ("Talvane", "the company").
    noun: usize,
    /// The relative clause's verb ("fell").
    clause: usize,
    /// The comma that closes the relative clause.
    close: usize,
    /// The main verb after it ("said").
    verb: usize,
    /// The subordinator that opens the clause the noun is the subject of ("when"), and the
    /// verb that clause depends on ("began"); `None` when the noun opens the sentence.
    opener: Option<(usize, usize)>,
}

/// Repair 69: a relative clause that parts a subject from its verb.
///
/// "Talvane, whose shares fell 4.6 percent, said the contamination ..." can come out with
/// "Talvane" the root, "fell" beside it and "said" a conjunct of "fell", so the shares said it;
/// "Carrow, whose shares were suspended, did not comment" with "Carrow" a vocative; "The saga
/// began when Okafor, who scored 27 goals last season, handed in a request" with "handed" on
/// "season", so the season handed it in. When a sentence, or a clause after a subordinator
/// ("when", "after", "that"), opens with a noun phrase, a comma and "whose", "who" or "which",
/// and the relative clause's closing comma is followed (past auxiliaries, adverbs and "not")
/// by a finite verb without a subject, hung inside the relative clause or on the noun, the
/// noun phrase is that verb's subject and the relative clause the noun's. At the start of a
/// sentence, only where the noun, the relative clause or the verb is the root, so the main
/// clause is the sentence.
fn whose_clauses_splitting_subjects(tokens: &[Token]) -> Option<WhoseSplit> {
    (2..tokens.len()).find_map(|w| relative_splitting_subject(tokens, w))
}

/// The preposition of a subject `s` of `v` that has one: its phrase's own ("with the talks"),
/// or "as" read as the verb's subordinator right before it ("as head of the party
/// announced"). `s` itself when the phrase opens with its own preposition.
fn preposed(tokens: &[Token], s: usize, v: usize) -> Option<usize> {
    if prepositional_subject(tokens, s, v) {
        return Some(s);
    }
    let a = extent(tokens, s).0.checked_sub(1)?;
    (tokens[a].form.eq_ignore_ascii_case("as")
        && tokens[a].deprel == "mark"
        && tokens[a].head == v + 1)
        .then_some(a)
}

fn relative_splitting_subject(tokens: &[Token], w: usize) -> Option<WhoseSplit> {
    let word = tokens[w].form.to_lowercase();
    if !matches!(word.as_str(), "whose" | "who" | "which") || tokens[w - 1].form != "," {
        return None;
    }
    // The noun phrase ends before the comma, or before an age between commas ("Lena
    // Hofbauer, 52, who ...").
    let aged = w >= 4
        && tokens[w - 2].upos == "NUM"
        && tokens[w - 2].form.len() <= 3
        && tokens[w - 3].form == ",";
    let last = if aged { w - 4 } else { w - 2 };
    if !matches!(tokens[last].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    // The noun phrase, back to the start of the sentence or to a subordinator.
    let start = (0..last + 1)
        .rev()
        .find(|&k| {
            !matches!(
                tokens[k].upos.as_str(),
                "DET" | "ADJ" | "NOUN" | "PROPN" | "NUM"
            )
        })
        .map_or(0, |k| k + 1);
    let opener = match start.checked_sub(1) {
        None => None,
        Some(o) => {
            let lemma = tokens[o].form.to_lowercase();
            if !(SUBORDINATORS.contains(&lemma.as_str()) || lemma == "that") {
                return None;
            }
            Some(o)
        }
    };
    // Its head: up from the last word through the name's own links, within the phrase.
    let noun = name_head(tokens, last, |h| h <= last);
    let clause = if word == "whose" {
        let owner = head_of(tokens, w).filter(|&o| o > w)?;
        head_of(tokens, owner).filter(|&c| c > owner)?
    } else {
        head_of(tokens, w).filter(|&c| c > w && tokens[w].deprel.starts_with("nsubj"))?
    };
    if !matches!(
        tokens[clause].upos.as_str(),
        "VERB" | "AUX" | "ADJ" | "NOUN"
    ) {
        return None;
    }
    let close = (clause + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    let verb = (close + 1..tokens.len())
        .find(|&k| !matches!(tokens[k].upos.as_str(), "AUX" | "ADV" | "PART"))?;
    let finite = matches!(tokens[verb].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || (close + 1..verb).any(|k| tokens[k].upos == "AUX");
    // A subject inside the relative clause with a preposition is the clause's own phrase:
    // "who led the city as head of the party, announced" with "head" the subject.
    let free = tokens[verb].upos == "VERB"
        && finite
        && !kids_of(tokens, verb).any(|k| {
            tokens[k].deprel.starts_with("nsubj")
                && !(w < k && k < close && preposed(tokens, k, verb).is_some())
        });
    if !free {
        return None;
    }
    let opener = match opener {
        None => {
            let root = |k: usize| tokens[k].head == 0;
            if !(root(noun) || root(clause) || root(verb)) {
                return None;
            }
            None
        }
        Some(o) => {
            // The verb hangs inside the relative clause or on the noun, and the clause the
            // subordinator opens depends on the verb above the noun.
            let inside = head_of(tokens, verb).is_some_and(|h| h == noun || (w < h && h < close));
            let mut main = head_of(tokens, noun)?;
            for _ in 0..tokens.len() {
                if tokens[main].upos == "VERB" || tokens[main].head == 0 {
                    break;
                }
                main = head_of(tokens, main)?;
            }
            if !inside || main > o {
                return None;
            }
            Some((o, main))
        }
    };
    Some(WhoseSplit {
        noun,
        clause,
        close,
        verb,
        opener,
    })
}

/// Repair 50: "as many as 300 protesters" read with "many" as the phrase's head.
///
/// UD (and EWT) make "as many as" / "as much as" before a number one fixed adverb on the
/// number: "as" `advmod` of "300", "many" and the second "as" `fixed` on the first. The parser
/// often heads the phrase with "many" instead: "said as many as 300 protesters gathered" with
/// "many" the object of "said" and "protesters" its oblique, "fell by as much as 8 percent"
/// with "much" the agent of "fell". The phrase from the first "as" to the noun the number
/// counts (or the number) then gets the UD shape, the noun takes the place the phrase's head
/// had (an adverb's place becomes an unmarked oblique, "rose as much as 12 percent"), and what
/// hung on the three words from outside ("by") hangs on the noun.
fn rough_quantities(tokens: &[Token]) -> Option<Vec<Token>> {
    let is = |t: &Token, words: &[&str]| words.iter().any(|w| t.form.eq_ignore_ascii_case(w));
    let mut out: Option<Vec<Token>> = None;
    for i in 0..tokens.len().saturating_sub(3) {
        let cur = out.as_deref().unwrap_or(tokens);
        if !(is(&cur[i], &["as"]) && is(&cur[i + 1], &["many", "much"]) && is(&cur[i + 2], &["as"]))
            || !(cur[i + 3].upos == "NUM" || is(&cur[i + 3], &["half"]))
        {
            continue;
        }
        let q = i + 3;
        // The noun the number counts, or the number itself; words between them are the noun's.
        let n = match head_of(cur, q) {
            Some(h) if h > q && cur[q].deprel == "nummod" && cur[h].upos == "NOUN" => h,
            _ => q,
        };
        if !(q + 1..n).all(|k| under(cur, k, &[n])) {
            continue;
        }
        let inside = |h: Option<usize>| h.is_some_and(|h| (i..=n).contains(&h));
        let tops: Vec<usize> = (i..=n).filter(|&k| !inside(head_of(cur, k))).collect();
        let &[top] = tops.as_slice() else {
            continue;
        };
        let shaped = top == n
            && (head_of(cur, i), cur[i].deprel.as_str()) == (Some(q), "advmod")
            && (head_of(cur, i + 1), cur[i + 1].deprel.as_str()) == (Some(i), "fixed")
            && (head_of(cur, i + 2), cur[i + 2].deprel.as_str()) == (Some(i), "fixed");
        if shaped {
            continue;
        }
        let fixed = out.get_or_insert_with(|| tokens.to_vec());
        let three = i + 1..=i + 3; // 1-based heads of the three words
        if top != n {
            let rel = match fixed[top].deprel.as_str() {
                "obl:agent" => "obl".to_string(),
                "advmod" | "advcl" => "obl:unmarked".to_string(),
                r => r.to_string(),
            };
            (fixed[n].head, fixed[n].deprel) = (fixed[top].head, rel);
            for (k, t) in fixed.iter_mut().enumerate() {
                if !(i..=n).contains(&k) && three.contains(&t.head) {
                    t.head = n + 1;
                }
            }
        }
        for t in &mut fixed[i + 3..n] {
            if three.contains(&t.head) {
                t.head = n + 1;
            }
        }
        if q != n {
            (fixed[q].head, fixed[q].deprel) = (n + 1, "nummod".into());
        }
        (fixed[i].head, fixed[i].deprel) = (q + 1, "advmod".into());
        (fixed[i + 1].head, fixed[i + 1].deprel) = (i + 1, "fixed".into());
        (fixed[i + 2].head, fixed[i + 2].deprel) = (i + 1, "fixed".into());
    }
    out
}

/// Repair 42: words hung on punctuation.
///
/// UD gives punctuation no dependents, yet the greedy parser now and then attaches a word to a
/// comma: in "The charity's director, Hanna Kowalski, called ..." the name can come out as an
/// apposition of the comma after "director" (114 words of GUM dev, 65 of EWT dev; the gold
/// trees have 8 in each). Such a word goes to the word the punctuation hangs on, up past any
/// punctuation above it; punctuation that is the root keeps its dependents. On the treebanks
/// this nets 4 more right arcs on EWT dev, none on GUM dev (4 gained, 4 of the gold's own
/// words on punctuation lost), 6 on EWT train and 7 on GUM train: most of the moved words
/// still end up on a wrong head.
fn punctuation_heads(tokens: &[Token]) -> Option<Vec<Token>> {
    let punct = |i: usize| tokens[i].upos == "PUNCT";
    let mut out: Option<Vec<Token>> = None;
    for i in 0..tokens.len() {
        let Some(p) = head_of(tokens, i).filter(|&p| punct(p)) else {
            continue;
        };
        let mut up = p;
        for _ in 0..tokens.len() {
            match head_of(tokens, up) {
                Some(h) if punct(h) => up = h,
                _ => break,
            }
        }
        let Some(h) = head_of(tokens, up).filter(|&h| h != i) else {
            continue;
        };
        out.get_or_insert_with(|| tokens.to_vec())[i].head = h + 1;
    }
    out
}

/// Repair 75: the root noun's modifier read as the subject of the sentence's verb.
///
/// Triples (root, phrase, verb): "Two sources familiar with the negotiations told Wire that
/// ..." can come out with "sources" the root, "told" a clause on "familiar" and "with the
/// negotiations" its subject. A subject takes no preposition; when the sentence's root is a
/// noun, and a finite verb inside its phrase has only such a subject, the verb is the
/// sentence's and the noun its subject; the prepositional phrase goes back to the word the verb
/// hung on.
fn subjects_read_inside_modifiers(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    if !full_stop(tokens) {
        return None;
    }
    let root = tokens.iter().position(|t| t.head == 0)?;
    if !matches!(tokens[root].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    (root + 1..tokens.len()).find_map(|v| {
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if tokens[v].upos != "VERB" || !finite || !under(tokens, v, &[root]) {
            return None;
        }
        let s = sole_subject(tokens, v)?;
        let marked = kids_of(tokens, v).any(|k| matches!(tokens[k].deprel.as_str(), "mark" | "cc"));
        // Everything from the root to the verb is the root's phrase, the subject included,
        // with no verb and no relative word ("the basis on which ... the Union collapsed").
        let own = (root + 1..v).all(|k| {
            (k == s || under(tokens, k, &[root, s]))
                && tokens[k].upos != "VERB"
                && !matches!(tokens[k].xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB")
                && !tokens[k].form.eq_ignore_ascii_case("that")
        });
        (root < s && prepositional_subject(tokens, s, v) && !marked && own).then_some((root, s, v))
    })
}

/// Repair 76: a determiner read as the verb's own.
///
/// Triples (determiner, word, verb): "a knee injury the 26-year-old suffered in March" can come out with "the"
/// a determiner of "suffered", "old" its modifier and the clause an adverbial one. A verb takes
/// no determiner: the word right before the verb heads a noun phrase from the determiner, which
/// is the verb's subject; with no object of its own, right after a noun, the verb is a relative
/// clause on that noun, whose object it lacks.
fn determiners_on_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (d, tk) in tokens.iter().enumerate() {
        if tk.deprel != "det" || !matches!(tk.lemma.to_lowercase().as_str(), "the" | "a" | "an") {
            continue;
        }
        let Some(v) = head_of(tokens, d).filter(|&v| v > d + 1) else {
            continue;
        };
        let w = v - 1;
        let nominal = matches!(tokens[w].upos.as_str(), "ADJ" | "NOUN" | "PROPN");
        // A past tense or participle: a present in -s is as likely a noun the tagger missed
        // ("the wedding pictures").
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBN");
        let subject = kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("nsubj"));
        // The words between are the phrase's, hung on the verb or inside the phrase.
        let inside = (d + 1..v).all(|k| {
            head_of(tokens, k).is_some_and(|h| h == v || (d < h && h < v))
                && tokens[k].upos != "VERB"
        });
        if tokens[v].upos == "VERB" && nominal && finite && !subject && inside {
            out.push((d, w, v));
        }
    }
    out
}

/// Repair 77: a listed item read as the subject of its participle.
///
/// Triples (item, verb, host): "escaped with three paintings, including a Dutch portrait valued
/// at 40 million kronor" can come out with "portrait" the subject of "valued", a past tense
/// beside the sentence. A phrase opened by "including" is an item of the noun before the
/// comma, never a subject: the item hangs on that noun, and the verb is its participle.
fn items_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBN") {
            continue;
        }
        let Some(s) = sole_subject(tokens, v) else {
            continue;
        };
        let start = extent(tokens, s).0;
        let including = tokens[start].form.eq_ignore_ascii_case("including")
            && matches!(tokens[start].deprel.as_str(), "case" | "mark")
            && start >= 2
            && tokens[start - 1].form == ",";
        let host = start
            .checked_sub(2)
            .map(|n| name_head(tokens, n, |h| h < start));
        let aux = kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"));
        if let Some(n) = host.filter(|&n| {
            including && !aux && s < v && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        }) {
            out.push((s, v, n));
        }
    }
    out
}

/// Repair 82: a time before a clause read as the clause's subject.
///
/// Quadruples (time, subordinator, verb, main verb): "Rebels shelled the town, hours after the two sides
/// signed a truce" can come out with "hours" the subject of "signed" and "after the two sides"
/// its modifier, so the hours signed. A unit of time with an "after" or "before" phrase that
/// ends right before a finite verb it is the subject of measures when: the phrase's noun is the
/// verb's subject, "after" marks the clause, and the time says when the clause before it
/// happened, with the clause on it. The main verb is the verb's head, or, when the parser made
/// the verb the root, the verb before the time that hangs on it.
fn times_read_as_subjects_of_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&s| s < v && tokens[s].deprel.starts_with("nsubj"))
            .collect();
        let [time] = subjects[..] else { continue };
        if !TIME_UNITS.contains(&tokens[time].lemma.to_lowercase().as_str()) {
            continue;
        }
        let Some(noun) = kids_of(tokens, time)
            .find(|&n| n > time && tokens[n].deprel == "nmod" && extent(tokens, n).1 + 1 == v)
        else {
            continue;
        };
        let Some(case) = kids_of(tokens, noun).find(|&c| {
            c < noun
                && tokens[c].deprel == "case"
                && matches!(tokens[c].lemma.to_lowercase().as_str(), "after" | "before")
        }) else {
            continue;
        };
        // After a comma, or the sentence's main clause comes first ("hours after", not "Two
        // hours after the vote passed was enough").
        let start = phrase_start(tokens, time);
        let comma = start > 0 && tokens[start - 1].form == ",";
        let main = match head_of(tokens, v) {
            Some(h) => Some(h),
            None => kids_of(tokens, v)
                .filter(|&k| k < time && tokens[k].upos == "VERB")
                .min(),
        };
        if let (true, Some(main)) = (comma, main) {
            out.push((time, case, v, main));
        }
    }
    out
}

/// Repair 81: the subject read as an apposition of the oblique that opens the sentence.
///
/// Pairs (subject, verb): "In a statement, the company's general counsel, Jonathan Pryce, said
/// ..." can come out with "counsel" an apposition of "statement" and "said" without a subject.
/// A noun phrase after the comma that closes an opening prepositional phrase, read as that
/// phrase's apposition, is the subject of the verb the phrase hangs on when the verb has none.
fn subjects_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(o) = head_of(tokens, a).filter(|&o| o < a && tokens[o].deprel == "obl") else {
            continue;
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v > a && tokens[v].upos == "VERB") else {
            continue;
        };
        let opens = extent(tokens, o).0 == 0
            && kids_of(tokens, o).any(|c| c < o && tokens[c].deprel == "case");
        let subject = kids_of(tokens, v)
            .any(|k| tokens[k].deprel.starts_with("nsubj") || tokens[k].deprel == "csubj");
        let finite = finite_clause(tokens, v);
        // The phrase closes at a comma right before the apposition's own phrase.
        let start = phrase_start(tokens, a);
        let comma = start > 0 && tokens[start - 1].form == ",";
        // Right before the verb, or before a comma right before it; and not the source that
        // "according to" names ("According to the coach, Alireza Mehraban, ...").
        let end = extent(tokens, a).1;
        let next = end + 1 == v || (end + 2 == v && tokens[end + 1].form == ",");
        let according = (0..o).any(|k| tokens[k].form.eq_ignore_ascii_case("according"));
        if opens && !subject && finite && comma && next && !according {
            out.push((a, v));
        }
    }
    out
}

/// Repair 80: a person's role in apposition hung on a noun before the person's name.
///
/// Pairs (role, name): "gave Kalnas 50.1 percent against 49.9 percent for Ruta Vaitkute, the
/// leader of the opposition" can come out with "leader" an apposition of "percent" or of a
/// noun further back. A role noun after a comma that closes a person's name renames that
/// name, the nearest phrase, not one the name is inside of.
fn roles_renaming_earlier_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "NOUN" || !roles::is_role_noun(&tk.lemma) {
            continue;
        }
        // An item of a list ("members of Congress, the president and vice president").
        if kids_of(tokens, a).any(|c| tokens[c].deprel == "conj") {
            continue;
        }
        let Some(h) = head_of(tokens, a) else {
            continue;
        };
        let start = phrase_start(tokens, a);
        if start < 2 || tokens[start - 1].form != "," {
            continue;
        }
        // The name that ends right before the comma: its head, a proper noun of its own.
        let last = start - 2;
        let name = Some(name_head(tokens, last, |h| h <= last));
        // A person's name: not a place ("the gentleman from New York, the Chair") nor a
        // degree or acronym ("Harry Preuss, MD, a professor").
        let place = |n: usize| {
            kids_of(tokens, n).any(|c| {
                tokens[c].deprel == "case"
                    && matches!(
                        tokens[c].lemma.to_lowercase().as_str(),
                        "from" | "in" | "at" | "near"
                    )
            })
        };
        let acronym = |k: usize| tokens[k].form.chars().all(|c| !c.is_lowercase());
        let Some(n) = name.filter(|&n| {
            tokens[n].upos == "PROPN"
                && !place(n)
                && !acronym(last)
                && n != h
                && h < n
                && extent(tokens, n).1 == last
                && matches!(tokens[n].deprel.as_str(), "nmod" | "obl" | "conj")
                && under(tokens, n, &[h])
        }) else {
            continue;
        };
        out.push((a, n));
    }
    out
}

/// Repair 79: a noun with a restrictive "whose" clause read as its verb's second subject.
///
/// Pairs (noun, verb): "Residents whose homes were flooded demanded compensation" can come out
/// with "Residents" and "homes" both subjects of "flooded". A verb has one subject phrase; the
/// one opened by "whose" is the relative clause's, so the verb modifies the noun before it
/// (`acl:relcl`), which takes the verb's place ([`participle_as_main_verb`] then finds the main
/// verb after the clause).
fn whose_clauses_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| c < v && tokens[c].deprel.starts_with("nsubj"))
            .collect();
        let [noun, subject] = subjects[..] else {
            continue;
        };
        let end = extent(tokens, noun).1;
        let whose = kids_of(tokens, subject).any(|w| {
            w == end + 1
                && tokens[w].lemma.eq_ignore_ascii_case("whose")
                && tokens[w].deprel == "nmod:poss"
        });
        if whose && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN") {
            out.push((noun, v));
        }
    }
    out
}

/// A relative clause between commas that opens with a part of its antecedent ("2,300
/// employees, many of whom are based at the airport, face losing their jobs").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PartitiveRelative {
    noun: usize,
    comma: usize,
    /// "many", "most", "two": the clause's subject.
    part: usize,
    /// "whom" or "which".
    relative: usize,
    verb: usize,
    close: usize,
    main: usize,
}

/// Repair 83: a relative clause opened by "many of whom", "most of which" and the like. The
/// parser does not know the construction and makes the part the subject of the main verb
/// ("many ... face losing", with the employees its root), or the clause's verb the root with the
/// main verb its conjunct. The clause is the antecedent's relative clause, the part its subject,
/// and the antecedent the subject of the main verb after the closing comma. Only when the
/// sentence's root is one of these words, and the main verb is finite or follows an auxiliary.
fn partitive_relatives(tokens: &[Token]) -> Vec<PartitiveRelative> {
    let mut out = Vec::new();
    let root = tokens.iter().position(|t| t.head == 0);
    for n in 0..tokens.len().saturating_sub(6) {
        let (c, q, w) = (n + 1, n + 2, n + 4);
        if !opens_partitive(tokens, n) {
            continue;
        }
        let Some(close) = (w + 1..tokens.len().min(w + 16)).find(|&k| tokens[k].upos == "PUNCT")
        else {
            continue;
        };
        if tokens[close].form != "," {
            continue;
        }
        // The clause's verb: its first verb, else a predicate after "be" ("are unhappy").
        let verb = (w + 1..close)
            .find(|&k| tokens[k].upos == "VERB")
            .or_else(|| {
                (w + 2..close).find(|&k| {
                    matches!(tokens[k].upos.as_str(), "ADJ" | "NOUN") && tokens[k - 1].lemma == "be"
                })
            });
        let Some(verb) = verb else { continue };
        // The main verb: finite, or after an auxiliary, with only auxiliaries and adverbs
        // before it.
        let main = (close + 1..tokens.len().min(close + 4))
            .take_while(|&k| matches!(tokens[k].upos.as_str(), "AUX" | "ADV" | "PART" | "VERB"))
            .find(|&k| tokens[k].upos == "VERB");
        let Some(main) = main else { continue };
        let finite = matches!(tokens[main].xpos.as_str(), "VBP" | "VBZ" | "VBD")
            || tokens[close + 1..main].iter().any(|t| t.upos == "AUX");
        if !finite || !root.is_some_and(|r| [n, q, verb, main].contains(&r)) {
            continue;
        }
        out.push(PartitiveRelative {
            noun: n,
            comma: c,
            part: q,
            relative: w,
            verb,
            close,
            main,
        });
    }
    out
}

/// True when noun `n` opens "N, many of whom" or "N, two of which": a comma, a part, "of"
/// and the relative word follow it.
fn opens_partitive(tokens: &[Token], n: usize) -> bool {
    let lower = |k: usize| tokens[k].form.to_lowercase();
    let (c, q, w) = (n + 1, n + 2, n + 4);
    w < tokens.len()
        && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        && tokens[c].form == ","
        && tokens[q].upos != "PUNCT"
        && lower(q + 1) == "of"
        && matches!(lower(w).as_str(), "whom" | "which")
}

/// Repair 85: a "which" clause hung on a person.
///
/// Pairs (clause, antecedent): in "Alan Whitlock, chairman of the Supporters' Trust, which owns
/// 13 percent of the club, said" the parser hangs the relative clause on the name, and
/// Whitlock owns the shares. "Which" never refers to a person: when the name has a role in
/// apposition ("chairman", "a lawyer for ..."), the clause goes to the noun right before its
/// comma (the trust; for "the Farmers' Association (KVFA), which", the association).
fn which_clauses_on_people(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(h) = head_of(tokens, r) else {
            continue;
        };
        let Some(w) =
            kids_of(tokens, r).find(|&k| k < r && tokens[k].form.eq_ignore_ascii_case("which"))
        else {
            continue;
        };
        if w < 2 || tokens[w - 1].form != "," {
            continue;
        }
        let mut x = w - 2;
        if tokens[x].form == ")" && x >= 2 && tokens[x - 2].form == "(" {
            // An acronym in brackets stands for the name before it.
            x = head_of(tokens, x - 1).unwrap_or(x - 1);
        }
        let role = kids_of(tokens, h).any(|a| {
            a < x
                && tokens[a].deprel == "appos"
                && (is_person_noun(&tokens[a].lemma) || roles::is_role_noun(&tokens[a].lemma))
        });
        let noun = matches!(tokens[x].upos.as_str(), "NOUN" | "PROPN");
        if tokens[h].upos == "PROPN" && role && noun && x != h && under(tokens, x, &[h]) {
            out.push((r, name_head(tokens, x, |k| k > h)));
        }
    }
    out
}

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

/// Repair 90: the object read as the subject of the clause after it.
///
/// (object, noun, subordinator, clause): "attached strict conditions after some patients in
/// clinical trials suffered brain swelling" can come out with "suffered" a complement of
/// "attached", "conditions" its subject and "after some patients" a modifier of the conditions.
/// A verb that reports nothing takes no clause with a subject before it: when the clause's
/// subject phrase ends in a phrase opened by "after", "before", "until", "since" or "as", the
/// subject is the verb's object, the noun of that phrase the clause's subject, and the word its
/// subordinator.
fn objects_read_as_subjects_of_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "ccomp" || !finite_clause(tokens, v) {
            continue;
        }
        let Some(h) = head_of(tokens, v).filter(|&h| {
            h < v
                && tokens[h].upos == "VERB"
                && !says_or_thinks(&tokens[h].lemma.to_lowercase())
                && !kids_of(tokens, h)
                    .any(|k| matches!(tokens[k].deprel.as_str(), "obj" | "ccomp") && k != v)
        }) else {
            continue;
        };
        if kids_of(tokens, v).any(|k| matches!(tokens[k].deprel.as_str(), "mark" | "cc")) {
            continue;
        }
        let Some(s) = sole_subject(tokens, v).filter(|&s| h < s && s < v) else {
            continue;
        };
        // Between the subject phrase and the verb only the verb's auxiliaries and adverbs.
        let (start, end) = extent(tokens, s);
        let adjacent = (end + 1..v).all(|k| {
            head_of(tokens, k) == Some(v)
                && matches!(tokens[k].deprel.as_str(), "aux" | "aux:pass" | "advmod")
        });
        if start <= h || !adjacent {
            continue;
        }
        let phrase = kids_of(tokens, s).find_map(|p| {
            let c = clause_or_phrase_case(tokens, p)?;
            let (from, to) = extent(tokens, p);
            (p > s && tokens[p].deprel == "nmod" && from == c && to == end).then_some((p, c))
        });
        if let Some((p, c)) = phrase {
            out.push((s, p, c, v));
        }
    }
    out
}

/// Repair 92: a participle on the subject read as the verb of the clause.
///
/// Triples (subject, participle, verb): "called the walkout after talks mediated by the labour
/// ministry broke down" can come out with "mediated" a clause of its own ("after" its mark,
/// "talks" its subject) and "broke" a clause without a subject. A past participle with no
/// auxiliary has no subject; when the finite verb after it has none either, the noun is that
/// verb's subject, the participle modifies it (`acl`) and the subordinator marks the verb.
fn participles_read_as_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP");
        if tk.upos != "VERB"
            || !finite
            || kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("nsubj")
                    || tokens[k].deprel.starts_with("aux")
                    || tokens[k].deprel == "mark"
            })
        {
            continue;
        }
        let Some(p) = kids_of(tokens, v).find(|&k| {
            k < v
                && tokens[k].deprel == "advcl"
                && tokens[k].xpos == "VBN"
                && extent(tokens, k).1 + 1 == v
        }) else {
            continue;
        };
        let (mut subject, mut mark, mut aux) = (None, None, false);
        for k in kids_of(tokens, p) {
            match tokens[k].deprel.as_str() {
                d if d.starts_with("nsubj") => subject = subject.or(Some(k)),
                "mark" => mark = mark.or(Some(k)),
                d if d.starts_with("aux") || d == "cop" => aux = true,
                _ => {}
            }
        }
        if let (Some(n), Some(m), false) = (subject, mark, aux)
            && m < n
            && n < p
            && SUBORDINATORS.contains(&tokens[m].lemma.to_lowercase().as_str())
        {
            out.push((n, p, v));
        }
    }
    out
}

/// Repair 93: "neighbouring" read as a verb.
///
/// Triples (participle, preposition, name): "based in neighbouring Haldria" can come out with
/// "neighbouring" a clause ("in" its mark, "Haldria" its object), so Rothmoor neighbours
/// Haldria. After a preposition, "neighbouring" (or "neighboring") right before a name modifies
/// the name, which is the preposition's object.
fn neighbouring_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if !neighbouring_verb(tk) || p == 0 {
            continue;
        }
        let prep = p - 1;
        let name = p + 1;
        let marked = head_of(tokens, prep) == Some(p)
            && matches!(tokens[prep].deprel.as_str(), "mark" | "case")
            && matches!(tokens[prep].upos.as_str(), "ADP" | "SCONJ");
        // A name, or a bare plural ("in neighbouring countries"); the verb takes a determiner
        // ("by neighbouring the park").
        let named = tokens.get(name).is_some_and(|n| {
            let bare_plural = bare_plural(tokens, name);
            let object = n.deprel == "obj" && head_of(tokens, name) == Some(p);
            // A name the parser hung elsewhere ("a team from neighbouring Ardena landed" with
            // "Ardena" a second subject of "landed") while the participle has no object.
            let stray = n.upos == "PROPN"
                && head_of(tokens, name) != Some(p)
                && !kids_of(tokens, name).any(|k| k < name)
                && !kids_of(tokens, p).any(|k| tokens[k].deprel == "obj");
            (n.upos == "PROPN" || bare_plural) && object || stray
        });
        if marked && named {
            out.push((p, prep, name));
        }
    }
    out
}

/// "neighbouring" (or "neighboring") tagged as a verb: repairs 93 and 108.
fn neighbouring_verb(t: &Token) -> bool {
    t.upos == "VERB"
        && matches!(
            t.form.to_lowercase().as_str(),
            "neighbouring" | "neighboring"
        )
}

/// A plural common noun with nothing before it in its phrase ("countries" of "neighbouring
/// countries").
fn bare_plural(tokens: &[Token], i: usize) -> bool {
    let n = &tokens[i];
    n.upos == "NOUN" && n.xpos == "NNS" && !kids_of(tokens, i).any(|k| k < i)
}

/// Repair 108: "neighbouring" after a verb read as the verb's complement.
///
/// Triples (participle, verb, name): "Karsland accused neighbouring Brestovia of blackmail" can
/// come out with "neighbouring" an `xcomp` of "accused" and "Brestovia" its object, so Karsland
/// accuses its neighbouring. Right after a verb that has no object of its own, "neighbouring"
/// (or "neighboring") before a name or a bare plural that is its object modifies that noun, the
/// verb's object.
fn neighbouring_after_verbs(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if !neighbouring_verb(tk) || p == 0 {
            continue;
        }
        let (verb, name) = (p - 1, p + 1);
        let complement = head_of(tokens, p) == Some(verb)
            && matches!(tokens[p].deprel.as_str(), "xcomp" | "ccomp" | "advcl")
            && tokens[verb].upos == "VERB"
            && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "obj");
        let named = tokens.get(name).is_some_and(|n| {
            (n.upos == "PROPN" || bare_plural(tokens, name))
                && n.deprel == "obj"
                && head_of(tokens, name) == Some(p)
        });
        if complement && named {
            out.push((p, verb, name));
        }
    }
    out
}

/// Repair 95: a reduced relative clause read as the clause, with an apposition as the subject.
///
/// "reported that three firms linked to Gregor Lind, the president's brother-in-law, had won 14
/// tenders" can come out with "linked" the reported clause's verb ("firms" its subject) and
/// "won" a clause under it whose subject is the apposition "brother-in-law", so the
/// brother-in-law wins the tenders. A past participle with no auxiliary whose clause holds a
/// finite verb with its own subject, that subject set off by commas right after the
/// participle's prepositional phrase, modifies its noun: the noun is the verb's subject, the
/// phrase the participle's and the apposition its noun's.
///
/// Found as `(noun, participle, preposition, object, apposition, verb)`.
struct ReducedRelative {
    noun: usize,
    participle: usize,
    preposition: usize,
    object: usize,
    apposition: usize,
    verb: usize,
}

fn reduced_relatives_read_as_clauses(tokens: &[Token]) -> Vec<ReducedRelative> {
    let mut out = Vec::new();
    let nominal = |k: usize| matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN");
    for (p, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBN"
            || tk.upos != "VERB"
            || kids_of(tokens, p).any(|k| {
                let d = tokens[k].deprel.as_str();
                d.starts_with("aux") || d == "cop"
            })
        {
            continue;
        }
        let Some(noun) =
            kids_of(tokens, p).find(|&k| k < p && tokens[k].deprel == "nsubj" && nominal(k))
        else {
            continue;
        };
        for v in kids_of(tokens, p).filter(|&k| k > p) {
            let clausal = matches!(
                tokens[v].deprel.as_str(),
                "ccomp" | "advcl" | "parataxis" | "conj"
            );
            let finite = kids_of(tokens, v).any(|k| tokens[k].deprel == "aux")
                || matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP");
            if !clausal || !finite || tokens[v].upos != "VERB" {
                continue;
            }
            let Some(a) = kids_of(tokens, v)
                .find(|&k| k > p && k < v && tokens[k].deprel.starts_with("nsubj") && nominal(k))
            else {
                continue;
            };
            // The apposition between two commas, only the verb's auxiliaries and adverbs after.
            let (from, to) = extent(tokens, a);
            let (from, to) = (
                (from..=a).find(|&k| tokens[k].upos != "PUNCT").unwrap_or(a),
                (a..=to)
                    .rev()
                    .find(|&k| tokens[k].upos != "PUNCT")
                    .unwrap_or(a),
            );
            let comma = |k: usize| tokens[k].form == ",";
            if from < p + 3 || !comma(from - 1) || to + 1 >= v || !comma(to + 1) {
                continue;
            }
            let adjacent = (to + 2..v).all(|k| {
                head_of(tokens, k) == Some(v)
                    && matches!(tokens[k].deprel.as_str(), "aux" | "advmod")
            });
            // Between the participle and the first comma: a preposition and one nominal phrase.
            let preposition = p + 1;
            let inside = preposition + 1..from - 1;
            let heads: Vec<usize> = inside
                .clone()
                .filter(|&k| head_of(tokens, k).is_none_or(|h| !inside.contains(&h)))
                .collect();
            if adjacent
                && matches!(tokens[preposition].xpos.as_str(), "IN" | "TO")
                && let [object] = heads[..]
                && nominal(object)
            {
                out.push(ReducedRelative {
                    noun,
                    participle: p,
                    preposition,
                    object,
                    apposition: a,
                    verb: v,
                });
            }
        }
    }
    out
}

/// Repair 96: the name after its kind read as a conjunct.
///
/// Pairs (name, kind): "Greta Lunde of the research firm Meridian Analytics said" can come out
/// with "Meridian" a conjunct of "Greta" (no coordinator) and "firm" a modifier of the person,
/// so the firm says it too. A name right after a kind of organisation that stands inside the
/// first conjunct's phrase, with no coordinator of its own, names that kind (`appos`).
fn names_read_as_conjuncts_of_their_kind(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || tk.upos != "PROPN" || c == 0 {
            continue;
        }
        let kind = c - 1;
        let Some(first) = head_of(tokens, c).filter(|&h| h < kind) else {
            continue;
        };
        let coordinated = kids_of(tokens, c).any(|k| tokens[k].deprel == "cc");
        if !coordinated
            && tokens[kind].upos == "NOUN"
            && descriptors::is_org_kind(&tokens[kind].form)
            && under(tokens, kind, &[first])
        {
            out.push((c, kind));
        }
    }
    out
}

/// Repair 97: the subject of a coordinated clause read as a conjunct of a noun of the first.
///
/// Found as [`ClauseSubject`]: "A team landed at Tavrin airport, and the Meridian Aid
/// Network, a coalition of 14 charities, said that ..." can come out with "Network" a conjunct
/// of "airport" and "said" a conjunct of "landed" without a subject, so the team says it. A
/// noun conjunct opened by a comma and a coordinator, followed by nothing but its apposition
/// between commas, right before a finite conjunct verb with no subject and no coordinator of
/// its own, is that verb's subject.
struct ClauseSubject {
    /// The noun conjunct ("Network"), its coordinator ("and") and the verb ("said").
    noun: usize,
    cc: usize,
    verb: usize,
    /// The head of the apposition ("coalition") and the comma that opens it; the comma that
    /// closes it is right before the verb.
    apposition: usize,
    open: usize,
}

fn subjects_read_as_noun_conjuncts(tokens: &[Token]) -> Vec<ClauseSubject> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids_of(tokens, v).any(|k| tokens[k].deprel == "aux");
        if tk.deprel != "conj"
            || tk.upos != "VERB"
            || !finite
            || v < 2
            || tokens[v - 1].form != ","
            || kids_of(tokens, v).any(|k| {
                tokens[k].deprel.starts_with("nsubj") || (k < v && tokens[k].deprel == "cc")
            })
        {
            continue;
        }
        let Some(main) = head_of(tokens, v).filter(|&m| m < v) else {
            continue;
        };
        // The apposition between commas before the verb, wherever the parser hung it.
        let close = v - 1;
        let Some(open) = (0..close).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        let inside: Vec<usize> = (open + 1..close)
            .filter(|&k| head_of(tokens, k).is_none_or(|h| h <= open || h >= close))
            .collect();
        let &[apposition] = &inside[..] else {
            continue;
        };
        if tokens[apposition].upos != "NOUN" || open == 0 {
            continue;
        }
        // The noun conjunct whose phrase ends at the opening comma, under the first verb.
        let Some(noun) = (0..open).rev().find(|&k| {
            tokens[k].deprel == "conj"
                && matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN")
                && extent(tokens, k).1 + 1 >= open
                && under(tokens, k, &[main])
        }) else {
            continue;
        };
        let Some(cc) = kids_of(tokens, noun).find(|&k| k < noun && tokens[k].deprel == "cc") else {
            continue;
        };
        let opened = cc > 0 && tokens[cc - 1].form == ",";
        let first = head_of(tokens, noun).is_some_and(|h| tokens[h].upos != "VERB");
        if opened && first && extent(tokens, noun).1 < open {
            out.push(ClauseSubject {
                noun,
                cc,
                verb: v,
                apposition,
                open,
            });
        }
    }
    out
}

/// Repair 98: an apposition with a participle read as a clause of its own.
///
/// Pairs (noun, subject): "Vireo Therapeutics, the company running the trials, said ..." can
/// come out with "company" the subject of "running", an adverbial clause of "said"; coreference
/// then looks for "the company" elsewhere. An -ing verb without auxiliary or marker, between
/// commas right after the main verb's subject, whose own subject opens its phrase with a
/// determiner, is a modifier (`acl`) of that noun, and the noun the subject's apposition.
fn appositions_read_as_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (p, tk) in tokens.iter().enumerate() {
        if tk.deprel != "advcl"
            || tk.xpos != "VBG"
            || kids_of(tokens, p).any(|k| {
                let d = tokens[k].deprel.as_str();
                d.starts_with("aux") || d == "mark" || d == "cc"
            })
        {
            continue;
        }
        let Some(v) = head_of(tokens, p).filter(|&v| v > p) else {
            continue;
        };
        let Some(noun) = kids_of(tokens, p)
            .find(|&k| k < p && tokens[k].deprel == "nsubj" && tokens[k].upos == "NOUN")
        else {
            continue;
        };
        // The main subject, or a second subject of the participle before its own.
        let Some(subject) = kids_of(tokens, v)
            .chain(kids_of(tokens, p))
            .find(|&k| k < noun && tokens[k].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        let start = extent(tokens, noun).0;
        let determined = kids_of(tokens, noun)
            .any(|k| k == start && matches!(tokens[k].deprel.as_str(), "det" | "nmod:poss"));
        let subject_end = (0..start)
            .rev()
            .find(|&k| tokens[k].upos != "PUNCT")
            .unwrap_or(0);
        let (_, end) = extent(tokens, p);
        let last = (p..=end)
            .rev()
            .find(|&k| tokens[k].upos != "PUNCT")
            .unwrap_or(p);
        let opened = start > 0 && tokens[start - 1].form == ",";
        let closed = last + 1 < v && tokens[last + 1].form == ",";
        let adjacent = (last + 2..v).all(|k| {
            head_of(tokens, k) == Some(v) && matches!(tokens[k].deprel.as_str(), "aux" | "advmod")
        });
        let after_subject = (subject..=subject_end)
            .all(|k| k == subject || under(tokens, k, &[subject]) || tokens[k].upos == "PUNCT");
        if determined && opened && closed && adjacent && after_subject {
            out.push((noun, subject));
        }
    }
    out
}

/// Repair 99: a name's first word read as the head of a coordination without a coordinator.
///
/// Pairs (first word, name): "Estavian sprinter Mirela Dask, the reigning champion, has
/// appealed" can come out with "Estavian" the subject and "Dask" its conjunct, with "sprinter"
/// and "Mirela" on "Dask": two actors appeal. A conjunct with no coordinator whose phrase
/// starts right after a lone capitalised word, with only its own modifiers between, is one
/// phrase with that word: the conjunct heads it and the word modifies the noun after it.
fn names_read_as_conjuncts_of_their_first_word(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (x, tk) in tokens.iter().enumerate() {
        if tk.upos != "PROPN" || !tk.form.starts_with(char::is_uppercase) {
            continue;
        }
        let Some(y) = kids_of(tokens, x).find(|&k| k > x && tokens[k].deprel == "conj") else {
            continue;
        };
        let modifiers = (x + 1..y).all(|k| {
            head_of(tokens, k) == Some(y)
                && matches!(tokens[k].deprel.as_str(), "compound" | "amod" | "nmod:desc")
        });
        let alone = kids_of(tokens, x).all(|k| k == y || (k > y && tokens[k].upos == "PUNCT"));
        let coordinated = kids_of(tokens, y).any(|k| tokens[k].deprel == "cc");
        if y > x + 1 && modifiers && alone && !coordinated && tokens[y].upos == "PROPN" {
            out.push((x, y));
        }
    }
    out
}

/// Repair 100: a "which" clause after the name of an organisation or place hung on the noun
/// before it.
///
/// Pairs (clause, name): "A strike at Ravelle, which employs about 31,000 people, would hit
/// suppliers" can come out with the clause on "strike", so the strike employs the people. A
/// "which" clause opened by a comma right after the name of an organisation or place (as the
/// entity tagger found it) that modifies the clause's noun describes what is named, unless its
/// verb is plural or it says "their" of a plural noun.
fn which_clauses_past_organisations(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" || tk.xpos == "VBP" {
            continue;
        }
        let Some(noun) = head_of(tokens, v).filter(|&n| n < v) else {
            continue;
        };
        let (start, _) = extent(tokens, v);
        // "which" as the subject: as the object it often means the noun ("a loan from the
        // IMF, which the country needs").
        let which = kids_of(tokens, v).find(|&k| {
            k == start + 1
                && tokens[k].form.eq_ignore_ascii_case("which")
                && tokens[k].deprel.starts_with("nsubj")
        });
        if which.is_none() || tokens[start].form != "," || start == 0 {
            continue;
        }
        // The name whose phrase ends right before the comma, a modifier of the noun.
        let last = start - 1;
        let Some(name) = (noun + 1..=last).find(|&k| {
            head_of(tokens, k) == Some(noun)
                && matches!(tokens[k].deprel.as_str(), "nmod" | "nmod:poss")
                && tokens[k].upos == "PROPN"
                && extent(tokens, k).1 == last
        }) else {
            continue;
        };
        let place_or_body = ["-ORG", "-GPE", "-LOC"]
            .iter()
            .any(|t| tokens[name].ner.ends_with(t));
        // "Shares in Dacora, which had lost 47% of their value": a plural possessive in the
        // clause takes a plural noun back.
        let (_, end) = extent(tokens, v);
        let theirs = tokens[noun].xpos == "NNS"
            && (start..=end).any(|k| tokens[k].form.eq_ignore_ascii_case("their"));
        if place_or_body && !theirs {
            out.push((v, name));
        }
    }
    out
}

/// Repair 101: a titled name coordinated with the name inside the first titled name.
///
/// Pairs (second title, first title): "who included team leader Marta Kovel, 46, and logistics
/// officer Aaron Mills, 31" can come out with "officer" a conjunct of "Kovel", itself the
/// apposition of "leader", so the second person renames the first. A role noun with a name in
/// apposition, coordinated with the name in apposition to another role noun, is coordinated
/// with that role noun.
fn titled_names_coordinated_inside(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let role = |k: usize| tokens[k].upos == "NOUN" && roles::is_role_noun(&tokens[k].lemma);
    let named = |k: usize| {
        kids_of(tokens, k).any(|a| tokens[a].deprel == "appos" && tokens[a].upos == "PROPN")
    };
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || !role(c) || !named(c) {
            continue;
        }
        let Some(name) = head_of(tokens, c).filter(|&h| h < c) else {
            continue;
        };
        if tokens[name].upos != "PROPN" || tokens[name].deprel != "appos" {
            continue;
        }
        if let Some(first) = head_of(tokens, name).filter(|&r| r < name && role(r)) {
            out.push((c, first));
        }
    }
    out
}

/// Repair 102: a relative clause opened by "two of which" that ends the sentence, read as the
/// clause the sentence was about.
///
/// Triples (antecedent, relative clause's verb, the clause it displaced if any): "said that the
/// findings had been shared with allied governments, two of which had reached the same
/// conclusion" can come out with "reached" the reported clause ("two" its subject) and "shared"
/// an adverbial clause under it, or with "reached" a parataxis of "shared". When a noun, a
/// comma, a part ("two", "many", "most") and "of which" or "of whom" open a clause that runs to
/// the end of the sentence, the clause is the noun's relative clause, and a verb it took from
/// before the comma takes its place.
fn closing_partitive_relatives(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out = Vec::new();
    for n in 0..tokens.len().saturating_sub(6) {
        let (c, q, w) = (n + 1, n + 2, n + 4);
        if !opens_partitive(tokens, n) {
            continue;
        }
        // The part is the subject of a verb whose phrase runs to the end.
        let Some(verb) = head_of(tokens, q).filter(|&v| {
            v > w && tokens[v].upos == "VERB" && tokens[q].deprel.starts_with("nsubj")
        }) else {
            continue;
        };
        let ends = (w + 1..tokens.len()).all(|k| {
            tokens[k].upos != "PUNCT" || k + 1 == tokens.len() || under(tokens, k, &[verb])
        });
        // The verb it displaced, a clause of the verb before the comma that holds the noun;
        // or the verb before the comma it hangs on.
        let displaced = kids_of(tokens, verb)
            .find(|&k| k < c && tokens[k].upos == "VERB" && under(tokens, n, &[k]));
        let hung = head_of(tokens, verb).is_some_and(|h| {
            h < c
                && under(tokens, n, &[h])
                && matches!(tokens[verb].deprel.as_str(), "parataxis" | "conj" | "advcl")
        });
        if ends && tokens[verb].deprel != "acl:relcl" && (displaced.is_some() || hung) {
            out.push((n, verb, displaced));
        }
    }
    out
}

/// Repair 94: the agent of a participle read as its object.
///
/// Pairs (agent, "by"): "the mediators, led by chief mediator Paul Vedder," can come out with
/// "Paul" the object of "led" and "by" a preposition of the title before the name, so the
/// mediators lead Vedder. A name that is a past participle's object, whose phrase opens with
/// "by" right after the participle, is its agent (`obl:agent`), and "by" is the agent's.
fn agents_read_as_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o, tk) in tokens.iter().enumerate() {
        // A name after its title ("by chief mediator Paul Vedder"); a common noun's phrase may
        // head elsewhere ("by many of Galois' biographers").
        if tk.deprel != "obj" || tk.upos != "PROPN" {
            continue;
        }
        let Some(v) = head_of(tokens, o).filter(|&v| v < o && tokens[v].xpos == "VBN") else {
            continue;
        };
        let first = extent(tokens, o).0;
        let by = first < o
            && first == v + 1
            && tokens[first].lemma.eq_ignore_ascii_case("by")
            && tokens[first].deprel == "case";
        if by {
            out.push((o, first));
        }
    }
    out
}

/// Repair 103: the phrase that opens the sentence read as its root.
///
/// Pairs (phrase, verb): "Overnight, the trust's IT staff isolated infected servers" and "By
/// 5 p.m. on Tuesday, more than 60,000 owners had signed up" can come out with "Overnight" and
/// "5" the root and the clause after the comma their `parataxis` or `conj`. An adverb or a
/// prepositional phrase before a comma, with no subject, copula or auxiliary of its own, modifies
/// the clause after it when that clause's verb has its own subject after the comma: the verb
/// takes the phrase's place (the root, or what a closing report says: "..., she added."). Not a
/// clause opened by a subordinator or a relative word ("At Antioch, where he stayed the
/// longest, two of his companions died"). On the treebanks' parses (GUM train), the adverbs and
/// prepositional phrases so read are the gold tree's modifiers 7 times in 8; bare nouns and
/// names before a comma are not repaired (13 of 22 right: "The best way, and I believe the
/// fairest way, to help families ...").
fn opening_phrases_made_roots(tokens: &[Token]) -> Option<(usize, usize)> {
    let root = tokens.iter().position(|t| t.head == 0)?;
    let opener = |r: usize| {
        let prepositional = kids_of(tokens, r).any(|k| tokens[k].deprel == "case" && k < r);
        let own_clause = kids_of(tokens, r).any(|k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "cop" | "aux" | "expl" | "csubj")
            )
        });
        let kind = tokens[r].upos == "ADV"
            || (prepositional && matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN" | "NUM"));
        kind && !own_clause
    };
    // The root, or the clause a closing report says ("Overnight, ..., she added.").
    let phrase = if opener(root) {
        root
    } else {
        kids_of(tokens, root).find(|&k| k < root && tokens[k].deprel == "ccomp" && opener(k))?
    };
    let comma = (phrase + 1..tokens.len()).find(|&k| tokens[k].form == ",")?;
    let verb = kids_of(tokens, phrase).find(|&v| {
        v > comma
            && matches!(tokens[v].upos.as_str(), "VERB" | "AUX")
            && matches!(
                tokens[v].deprel.as_str(),
                "parataxis" | "conj" | "ccomp" | "advcl"
            )
            && !kids_of(tokens, v).any(|k| {
                // "more than 60,000 owners had signed up" may hang "than" on the verb; a
                // coordinator makes a real conjunct ("Not just because of ..., but I think").
                tokens[k].deprel == "cc"
                    || (tokens[k].deprel == "mark" && !tokens[k].lemma.eq_ignore_ascii_case("than"))
                    || matches!(tokens[k].xpos.as_str(), "WRB" | "WDT" | "WP" | "WP$")
            })
    })?;
    let subject = kids_of(tokens, verb)
        .any(|k| k > comma && k < verb && tokens[k].deprel.starts_with("nsubj"));
    // Everything before the comma is the phrase's, none of it the clause's.
    let opening = (0..comma).all(|k| {
        let own = k == phrase || under(tokens, k, &[phrase]);
        tokens[k].upos == "PUNCT" || (own && !under(tokens, k, &[verb]))
    });
    (subject && opening).then_some((phrase, verb))
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

/// Verbs of naming something what the speaker thinks it is ("calling the verdict a political
/// judgment", "describing the plan as reckless").
const SPEAKERS_NAMING: &[&str] = &["brand", "call", "describe", "dismiss", "label"];

/// Prepositions that open a noun phrase, never a clause with a finite verb.
const PHRASE_ONLY: &[&str] = &[
    "about", "against", "among", "between", "from", "into", "of", "with", "without",
];

/// Repair 78: an "of" phrase read as the subject of a reported clause.
///
/// Triples (noun, phrase, clause): "experts said stolen works of this kind were rarely sold"
/// can come out with "works" the object of "said", "sold" a clause on it and "of this kind"
/// its subject. A subject takes no preposition; after a verb of saying, the object is the
/// clause's subject, the "of" phrase its modifier, and the clause what was said. The same for
/// the other prepositions that never open a finite clause ("said talks with a potential
/// investor had collapsed").
fn of_phrases_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "acl" || !finite_clause(tokens, v) {
            continue;
        }
        let Some(n) = head_of(tokens, v).filter(|&n| n < v && tokens[n].deprel == "obj") else {
            continue;
        };
        let reporting = head_of(tokens, n)
            .is_some_and(|r| tokens[r].upos == "VERB" && reports(&tokens[r].lemma.to_lowercase()));
        let Some(s) = sole_subject(tokens, v) else {
            continue;
        };
        let of = extent(tokens, s).0.checked_sub(1);
        let of = of.filter(|&o| {
            PHRASE_ONLY.contains(&tokens[o].form.to_lowercase().as_str())
                && matches!(tokens[o].deprel.as_str(), "mark" | "case")
                && o > n
                && (n + 1..o).all(|k| under(tokens, k, &[n]))
                && s < v
        });
        if let (true, Some(_)) = (reporting, of) {
            out.push((n, s, v));
        }
    }
    out
}

/// Repair 43: a subject read as an oblique without a preposition.
///
/// Pairs (noun, verb): in "The charity's director, Hanna Kowalski, called the threat unlawful"
/// the parser can make "director" an `obl` of "called", which is left without a subject. A bare
/// noun phrase (no preposition, not a time word) that opens the clause right before a finite
/// verb that has no subject is its subject.
fn subjects_read_as_obliques(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (n, tk) in tokens.iter().enumerate() {
        if tk.deprel != "obl" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(v) = head_of(tokens, n).filter(|&v| v > n) else {
            continue;
        };
        let kids: Vec<usize> = kids_of(tokens, v).collect();
        let finite = matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids.iter().any(|&k| tokens[k].deprel == "aux");
        let subject = kids.iter().any(|&k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "csubj" | "expl")
            )
        });
        let case =
            kids_of(tokens, n).any(|k| tokens[k].deprel == "case" || tokens[k].deprel == "mark");
        let time = TIME_WORDS.contains(&tk.lemma.to_lowercase().as_str());
        let (start, end) = extent(tokens, n);
        let adjacent = (end + 1..v).all(|k| tokens[k].upos == "PUNCT");
        // The phrase opens the clause ("Like William ..." has a preposition after all).
        let opens = start == 0 || matches!(tokens[start - 1].upos.as_str(), "PUNCT" | "CCONJ");
        if tokens[v].upos == "VERB" && finite && !subject && !case && !time && adjacent && opens {
            out.push((n, v));
        }
    }
    out
}

/// Verb `verb` takes noun `noun`'s place in the tree (its head and relation, the noun's left
/// empty for the caller to set), and the noun's dependents after the verb (the sentence's final
/// punctuation) move with it.
fn take_place(tokens: &mut [Token], noun: usize, verb: usize) {
    let (head, deprel) = (tokens[noun].head, std::mem::take(&mut tokens[noun].deprel));
    tokens[verb].head = head;
    tokens[verb].deprel = deprel;
    for later in tokens.iter_mut().skip(verb + 1) {
        if later.head == noun + 1 {
            later.head = verb + 1;
        }
    }
}

/// Triples (name, person, title): "Harbor Freightways founder Ray Castellano" read as two
/// conjoined names with the title on the second. A conjunct needs a coordinator or a comma; with
/// only a lower-case title between them, the first name modifies the title of the second.
fn titled_conjuncts(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    let mut out = Vec::new();
    for c in 0..tokens.len() {
        let Some(h) = head(c) else { continue };
        if tokens[c].deprel != "conj"
            || h >= c
            || tokens[c].upos != "PROPN"
            || tokens[h].upos != "PROPN"
            || (0..tokens.len()).any(|k| head(k) == Some(c) && tokens[k].deprel == "cc")
        {
            continue;
        }
        let title = (h + 1..c).find(|&t| {
            head(t) == Some(c)
                && tokens[t].upos == "NOUN"
                && tokens[t]
                    .form
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        });
        let Some(title) = title else { continue };
        // Between the two: only the first name's own parts, the title and its modifiers.
        let plain = (h + 1..c).all(|k| {
            k == title
                || head(k) == Some(title)
                || head(k) == Some(h) && matches!(tokens[k].deprel.as_str(), "flat" | "compound")
        }) && (h + 1..c)
            .all(|k| tokens[k].upos != "PUNCT" && tokens[k].upos != "CCONJ");
        if plain {
            out.push((h, c, title));
        }
    }
    out
}

/// Verbs of thinking whose complement clause news writes without "that", like the verbs of
/// saying ([`SAY`]) that take no noun object.
const THINKING: &[&str] = &[
    "believe",
    "think",
    "suggest",
    "predict",
    "acknowledge",
    "admit",
    "stress",
    "assert",
    "contend",
    "fear",
    "hope",
    "signal",
    "indicate",
    "estimate",
];

/// Verbs of saying ([`SAY`]) that usually take a real noun object ("told reporters").
const TAKES_OBJECT: &[&str] = &["tell", "deny"];

/// True for a verb of saying or thinking that reports a clause ("saying the country would not
/// give up").
fn reports(lemma: &str) -> bool {
    (SAY.contains(&lemma) && !TAKES_OBJECT.contains(&lemma)) || THINKING.contains(&lemma)
}

/// True for any verb of saying or thinking, also one that takes a noun object ("deny", "tell").
fn says_or_thinks(lemma: &str) -> bool {
    SAY.contains(&lemma) || THINKING.contains(&lemma)
}

/// True for an -ing participle of a verb of saying or thinking ("saying", "stating").
fn reporting_participle(t: &Token) -> bool {
    t.xpos == "VBG" && reports(&t.lemma.to_lowercase())
}

/// (subject, verb, object, said): "Police arrested 12 people near the station, a spokesman
/// said" with "arrested" read as a participle modifying "Police" (`acl`), "people" as the
/// complement of "said" and "Police" as a second subject of "said". A reporting verb with two
/// subjects, the first carrying a bare participle right after it and the complement starting
/// right after that participle, is a reported clause whose verb was mistagged.
/// Triples (reporting verb, first subject, second subject) where a reporting verb has exactly
/// two subjects and the first carries a past participle right after it (`acl`, its only
/// dependent after it): the shape repairs 17 and 18 start from. The participle is `first + 1`.
fn participles_on_first_of_two_subjects(
    tokens: &[Token],
) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    (0..tokens.len()).filter_map(move |v| {
        let tk = &tokens[v];
        if tk.upos != "VERB" || !INVERTIBLE.contains(&tk.lemma.to_lowercase().as_str()) {
            return None;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| tokens[c].deprel == "nsubj")
            .collect();
        let [first, second] = subjects[..] else {
            return None;
        };
        let verb = first + 1;
        let participle = verb < second
            && tokens[verb].head == first + 1
            && tokens[verb].deprel == "acl"
            && tokens[verb].upos == "VERB"
            && matches!(tokens[verb].xpos.as_str(), "VBN" | "VBD")
            && kids_of(tokens, first).all(|c| c < first || c == verb);
        participle.then_some((v, first, second))
    })
}

fn past_read_as_participle(tokens: &[Token]) -> Option<(usize, usize, usize, usize)> {
    let kids = |h: usize| kids_of(tokens, h);
    for (v, first, second) in participles_on_first_of_two_subjects(tokens) {
        let verb = first + 1;
        let bare = kids(verb).next().is_none();
        let object = kids(v).find(|&c| {
            tokens[c].deprel == "ccomp"
                && matches!(tokens[c].upos.as_str(), "NOUN" | "PROPN")
                && verb < c
                && c < second
                && (verb + 1..c).all(|k| tokens[k].head == c + 1)
        });
        // The speaker comes after a comma, right before the verb.
        let inverted = (verb..second).any(|k| tokens[k].form == ",");
        if let (true, true, Some(object)) = (bare, inverted, object) {
            return Some((first, verb, object, v));
        }
    }
    None
}

/// Repair 18: a whole reported clause read as a participle on its subject.
///
/// Pairs (subject, verb): "A bomb exploded at a market , killing 12 people , police said" read
/// with "exploded" as a participle modifying "bomb" and "bomb" as a first subject of "said",
/// beside "police". Unlike [`past_read_as_participle`], the clause kept its dependents under
/// the participle. A reporting verb with two subjects, the first carrying a participle right
/// after it with no auxiliary, marker or subject, whose dependents all end before the comma in
/// front of the second subject: the participle is the reported clause's verb. An -ing clause
/// among those words that the parser hung on the reporting verb ("..., killing 41 people, the
/// agency said") becomes the participle's adverbial clause.
fn reported_clause_read_as_participle(tokens: &[Token]) -> Option<(usize, usize, Option<usize>)> {
    for (v, first, second) in participles_on_first_of_two_subjects(tokens) {
        let verb = first + 1;
        let plain = !kids_of(tokens, verb).any(|c| {
            matches!(tokens[c].deprel.as_str(), "aux" | "aux:pass" | "mark")
                || tokens[c].deprel.starts_with("nsubj")
        });
        if !plain {
            continue;
        }
        // Everything between the participle and the second subject's phrase hangs below the
        // participle, and a comma opens the speaker's phrase.
        let Some(comma) = (verb..second).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        // ", killing 41 people" can hang on the reporting verb instead: an -ing clause there,
        // inside the reported clause's words, goes with the participle.
        let ing = kids_of(tokens, v).find(|&x| {
            verb < x
                && x < comma
                && tokens[x].xpos == "VBG"
                && matches!(
                    tokens[x].deprel.as_str(),
                    "ccomp" | "advcl" | "xcomp" | "conj"
                )
        });
        let clause = (verb + 1..comma).all(|k| {
            under(tokens, k, &[verb]) || ing.is_some_and(|x| k == x || under(tokens, k, &[x]))
        });
        let speaker = (comma + 1..second).all(|k| under(tokens, k, &[second]));
        if clause && speaker {
            return Some((first, verb, ing));
        }
    }
    None
}

/// True when a sentence ends in a full stop (or "!"): prose, not a headline.
fn full_stop(tokens: &[Token]) -> bool {
    tokens
        .last()
        .is_some_and(|t| matches!(t.form.as_str(), "." | "!"))
}

/// An auxiliary or copula.
fn auxiliary(t: &Token) -> bool {
    t.deprel.starts_with("aux") || t.deprel == "cop"
}

/// A word that makes its clause finite: a verb tagged past or present, a modal, an auxiliary.
fn finite_word(t: &Token) -> bool {
    matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD") || auxiliary(t)
}

/// Verb `v` heads a finite clause: it is tagged a past or present tense, or has an auxiliary.
fn finite_clause(tokens: &[Token], v: usize) -> bool {
    matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"))
}

/// Words that open an adverbial clause.
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "because", "if", "while", "since", "until", "as", "though",
    "although", "unless", "once", "whether", "whereas",
];

/// Repair 9: the subject of a reported clause read as the reporting verb's object.
#[derive(Debug, PartialEq, Eq)]
struct Reported {
    noun: usize,
    clause: usize,
    /// The noun's relation in the clause: `nsubj`, or `nsubj:pass` for a passive clause.
    rel: &'static str,
    /// `Some((participle, "ccomp"))` when the parser also turned the reporting participle into
    /// the clause's `csubj` ("..., saying her country would not give up" with "saying" as the
    /// clausal subject of "give").
    csubj: Option<(usize, &'static str)>,
}

/// "Y, saying the country would not give up ...": a reporting verb with an object noun
/// phrase right before a finite clause that has no subject and no marker. No reporting verb
/// takes both a noun object and a bare finite clause, so the noun is the clause's subject. The
/// clause is the verb's `ccomp`, or (second reading) the verb, an -ing participle, is the
/// clause's `csubj`.
fn reported_subjects(tokens: &[Token]) -> Vec<Reported> {
    let kids = |h: usize| kids_of(tokens, h);
    let reporting = |v: usize| tokens[v].upos == "VERB" && reports(&tokens[v].lemma.to_lowercase());
    let subtree_end = |n: usize| {
        let mut end = n;
        let mut stack = vec![n];
        // A cycle (a damaged tree read from CoNLL-U) must not loop: a tree visits each word once.
        let mut budget = tokens.len();
        while let Some(x) = stack.pop() {
            if budget == 0 {
                break;
            }
            budget -= 1;
            for c in kids(x) {
                end = end.max(c);
                stack.push(c);
            }
        }
        end
    };
    // A finite clause without subject or marker, whose dependents fill the gap between the
    // noun phrase ending at `end` and the clause's verb `c`.
    let open_clause = |c: usize, end: usize| {
        let finite = matches!(tokens[c].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || kids(c).any(|a| {
                matches!(tokens[a].deprel.as_str(), "aux" | "aux:pass")
                    && matches!(tokens[a].xpos.as_str(), "MD" | "VBD" | "VBZ" | "VBP")
            });
        let no_subject = !kids(c).any(|a| {
            let d = tokens[a].deprel.as_str();
            d.starts_with("nsubj") || d == "expl" || d == "mark"
        });
        let gap = (end + 1..c).all(|i| {
            tokens[i].head == c + 1
                && matches!(tokens[i].deprel.as_str(), "aux" | "aux:pass" | "advmod")
        });
        tokens[c].upos == "VERB" && finite && no_subject && gap && end < c
    };
    let nominal = |n: usize| matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON");
    // "declared the ceasefire after Israel struck": a subordinator between the noun and the
    // clause, wherever the parser put it, makes the clause adverbial.
    let subordinated = |n: usize, c: usize| {
        (n..c).any(|i| {
            SUBORDINATORS.contains(&tokens[i].form.to_lowercase().as_str())
                || tokens[i].upos == "SCONJ"
        })
    };
    let mut out = Vec::new();
    for v in (0..tokens.len()).filter(|&v| reporting(v)) {
        let Some(n) = kids(v).find(|&n| n > v && tokens[n].deprel == "obj" && nominal(n)) else {
            continue;
        };
        let end = subtree_end(n);
        if subordinated(n, end.max(n) + 1) {
            continue;
        }
        // First reading: the clause is the verb's complement.
        if let Some(c) = kids(v).find(|&c| tokens[c].deprel == "ccomp" && c > n)
            && kids(v).filter(|&c| tokens[c].deprel == "ccomp").count() == 1
            && open_clause(c, end)
        {
            out.push(Reported {
                noun: n,
                clause: c,
                rel: subject_rel(tokens, c),
                csubj: None,
            });
            continue;
        }
        // Second reading: the clause hangs on the noun as a modifier ("saying engineers
        // needed months", with "needed" an `acl` of "engineers").
        if let Some(c) = kids(n).find(|&c| tokens[c].deprel == "acl" && c > n) {
            let before =
                (n..c).filter(|&k| k == n || (under(tokens, k, &[n]) && !under(tokens, k, &[c])));
            let end = before.max().unwrap_or(n);
            if open_clause(c, end) && !kids(v).any(|k| tokens[k].deprel == "ccomp") {
                out.push(Reported {
                    noun: n,
                    clause: c,
                    rel: subject_rel(tokens, c),
                    csubj: None,
                });
                continue;
            }
        }
        // Third reading: the participle is the clause's clausal subject. It follows a comma
        // (", saying ..."); a participle that opens the sentence ("Adding X would make ...")
        // can be a clausal subject indeed.
        let h = tokens[v].head;
        if tokens[v].xpos == "VBG"
            && v > 0
            && tokens[v - 1].form == ","
            && tokens[v].deprel.starts_with("csubj")
            && h > v + 1
            && open_clause(h - 1, end)
        {
            out.push(Reported {
                noun: n,
                clause: h - 1,
                rel: subject_rel(tokens, h - 1),
                csubj: Some((v, "ccomp")),
            });
        }
    }
    out
}

/// Repair 54: a participle after a preposition read as a verb with the next noun its object.
///
/// Triples (preposition, participle, noun): "a lawsuit over slowed iPhones" can come out with
/// "slowed" an `acl` of "lawsuit", "over" its adverb and "iPhones" its object, so that the
/// lawsuit slows iPhones. A participle right after a preposition that hangs on it, modifying a
/// noun before it, with a noun right after it as its object and no other dependent, is an
/// adjective on that noun, which the preposition introduces as a modifier of the first noun.
fn participles_after_prepositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len().saturating_sub(1) {
        let (t, prep, noun) = (&tokens[p], p - 1, p + 1);
        let shape = t.upos == "VERB"
            && matches!(t.xpos.as_str(), "VBN" | "VBD")
            && t.deprel == "acl"
            && head_of(tokens, p).is_some_and(|n| n < prep && tokens[n].upos == "NOUN")
            && tokens[prep].upos == "ADP"
            && head_of(tokens, prep) == Some(p)
            && head_of(tokens, noun) == Some(p)
            && tokens[noun].deprel == "obj"
            && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
            && kids_of(tokens, p).all(|k| k == prep || k == noun);
        if shape {
            out.push((prep, p, noun));
        }
    }
    out
}

/// Repair 53: an "according to" phrase hung on a noun.
///
/// Pairs (phrase, verb): "The virus has spread to at least 20 countries, according to the World
/// Health Organization." can come out with "according to the World Health Organization" a
/// modifier of "countries". "According to X" gives the source of a statement, never a kind of
/// thing: the phrase goes to the nearest verb above it, as the clause's `obl`, where Open IE
/// reads it as the statement's source.
fn sources_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, t) in tokens.iter().enumerate() {
        if t.deprel != "case" || !t.form.eq_ignore_ascii_case("according") {
            continue;
        }
        let Some(x) = head_of(tokens, c).filter(|&x| tokens[x].deprel == "nmod") else {
            continue;
        };
        let mut h = head_of(tokens, x);
        for _ in 0..tokens.len() {
            match h {
                Some(v) if tokens[v].upos == "VERB" => {
                    out.push((x, v));
                    break;
                }
                Some(v) => h = head_of(tokens, v),
                None => break,
            }
        }
    }
    out
}

/// Makes `t` a finite verb tagged `xpos` (`VBD` or `VBZ`): its UPOS, features and the lemma
/// the lemmatizer gives the form with that tag (a word the tagger read as an adjective or noun
/// has that reading's lemma: "violated", "plans").
fn make_finite(t: &mut Token, xpos: &str) {
    let feats = if xpos == "VBZ" {
        "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    } else {
        "Mood=Ind|Tense=Past|VerbForm=Fin"
    };
    t.lemma = crate::annotate::PosTagger::embedded()
        .lemmatizer()
        .lemma(&t.form, xpos);
    (t.upos, t.xpos, t.feats) = ("VERB".into(), xpos.into(), feats.into());
}

/// Repair 51: a verb in -s read as a plural noun before its infinitive.
///
/// Triple (noun, verb, infinitive): "The company plans to hire 2,000 workers." can come out
/// with "plans" a plural noun, the root, "company" its compound and "to hire ..." its `acl`:
/// a sentence without a verb. When the root is such a noun (tagged `NNS`) that WordNet also
/// knows as a verb in -s, a compound noun right before it (or a name, after a noun the parser
/// made its subject: "The energy company Nordvolt plans"), the infinitive ("to" and a base
/// verb) right after it, and no finite verb anywhere, the word is the verb: the noun its
/// subject, the infinitive its complement. Only in sentences with a full stop.
fn verbs_read_as_plural_nouns(tokens: &[Token]) -> Option<(usize, usize, usize)> {
    use crate::annotate::pos::wordnet;
    if !full_stop(tokens) || tokens.iter().any(finite_word) {
        return None;
    }
    let verb = tokens.iter().position(|t| t.head == 0)?;
    let (v, lower) = (&tokens[verb], tokens[verb].form.to_lowercase());
    let before = verb.checked_sub(1)?;
    // The subject: a noun the parser already made one ("The energy company Nordvolt plans",
    // with "company" the subject and "Nordvolt" a compound), else the compound noun right
    // before the word.
    let noun = kids_of(tokens, verb)
        .find(|&k| k < verb && tokens[k].deprel == "nsubj")
        .unwrap_or(before);
    let infinitive = verb + 2;
    let ok = v.xpos == "NNS"
        && wordnet::classes(&lower) & wordnet::VERB_S != 0
        && head_of(tokens, before) == Some(verb)
        && matches!(tokens[before].deprel.as_str(), "compound" | "nsubj")
        && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN")
        && (noun == before || tokens[before].upos == "PROPN")
        && tokens.get(verb + 1).is_some_and(|t| t.xpos == "TO")
        && tokens
            .get(infinitive)
            .is_some_and(|t| t.xpos == "VB" && head_of(tokens, infinitive) == Some(verb));
    ok.then_some((noun, verb, infinitive))
}

/// The object of `said` when it is a verb of saying or thinking ([`reports`]) with no clause of
/// its own: where repairs 49, 52 and 55 look for a reported clause's subject the parser took.
fn report_object(tokens: &[Token], said: usize) -> Option<usize> {
    let t = &tokens[said];
    if t.upos != "VERB" || !reports(&t.lemma.to_lowercase()) {
        return None;
    }
    if kids_of(tokens, said).any(|c| matches!(tokens[c].deprel.as_str(), "ccomp" | "xcomp")) {
        return None;
    }
    kids_of(tokens, said).find(|&n| n > said && tokens[n].deprel == "obj")
}

/// Repair 52: the verb of a reported clause read as a participle on its subject.
///
/// Quadruple (verb of saying, subject, verb, object): "Officials estimate the storm caused
/// damage worth 2 billion dollars." can come out with "caused" (tagged `VBN`) an `acl` of
/// "storm", the object of "estimate", and its own object made an agent without "by". A verb
/// of saying or thinking ([`reports`]) with no clause of its own, whose noun object is followed
/// right away by such a participle without an auxiliary, that has an object (or an "agent"
/// without "by"): the participle is the reported clause's verb and the noun its subject. A
/// real reduced relative keeps its "by" ("the damage caused by the storm") or has no object.
/// A verb tagged past tense needs no object ("The company said fuel costs rose by 12
/// percent"): a finite verb heads no reduced relative, and its "by" phrase is no agent.
fn reported_participles(tokens: &[Token]) -> Option<(usize, usize, usize, Option<usize>)> {
    (0..tokens.len()).find_map(|said| {
        // A finite verb of saying: "developed to estimate the foam covered surface" is no report.
        if !matches!(tokens[said].xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            return None;
        }
        let subject = report_object(tokens, said)?;
        let verb = subject + 1;
        let p = tokens.get(verb)?;
        let participle = p.upos == "VERB"
            && matches!(p.xpos.as_str(), "VBN" | "VBD")
            && p.deprel == "acl"
            && head_of(tokens, verb) == Some(subject)
            && matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
            && !kids_of(tokens, verb).any(|c| {
                matches!(
                    tokens[c].deprel.as_str(),
                    "aux" | "aux:pass" | "mark" | "nsubj"
                )
            });
        if !participle {
            return None;
        }
        let object = kids_of(tokens, verb).find(|&o| {
            o > verb
                && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN" | "NUM")
                && (tokens[o].deprel == "obj"
                    || tokens[o].deprel == "obl:agent" && !has_case(tokens, o, "by"))
        });
        // A past tense cannot head a reduced relative: no object needed ("said costs rose").
        if object.is_none() && p.xpos != "VBD" {
            return None;
        }
        Some((said, subject, verb, object))
    })
}

/// Repair 55: a reported clause whose subject's first noun was read as the object of the verb
/// of saying, and the clause as a relative clause on it.
///
/// Quadruples (verb of saying, first noun, subject, verb): "Traders said wheat prices rose
/// sharply." can come out with "wheat" the object of "said" and "rose" a relative clause on
/// "wheat" whose subject is "prices": traders said wheat. A verb of saying or thinking
/// ([`reports`]) with no clause of its own, whose noun object without a preposition is
/// followed right away by a noun that is the subject of a finite verb hung on the object as a
/// (relative) clause: the object modifies the subject, and the clause is what was said.
fn compounds_split_by_reported_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let noun = |i: usize| tokens[i].upos == "NOUN";
    (0..tokens.len())
        .filter_map(|said| {
            let first = report_object(tokens, said)?;
            let subject = first + 1;
            if subject >= tokens.len() {
                return None;
            }
            let verb = head_of(tokens, subject)?;
            let v = &tokens[verb];
            let clause = v.upos == "VERB"
                && matches!(v.xpos.as_str(), "VBD" | "VBZ" | "VBP")
                && matches!(v.deprel.as_str(), "acl" | "acl:relcl")
                && head_of(tokens, verb) == Some(first)
                && verb > subject;
            let split = noun(first)
                && noun(subject)
                && tokens[subject].deprel == "nsubj"
                && kids_of(tokens, first)
                    .all(|c| c < first && tokens[c].deprel != "case" || c == verb);
            (clause && split).then_some((said, first, subject, verb))
        })
        .collect()
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

/// Repair 64: the name after "the chief executive of Midland Line," read as an apposition of
/// the organisation (or after "the director of operations,", "the representative in Kenya,",
/// "a geophysicist at the institute,", "a spokeswoman for the ministry,").
///
/// Pairs (name, role noun): "The chief executive of Midland Line, Carl Benton, apologised"
/// can come out with "Carl Benton" hung on "Line": the graph then had "Midland Line —be→ Carl
/// Benton" and the company apologising. A proper noun set off by a comma as the apposition of
/// an "of", "in", "at", "for" or "with" phrase that hangs on a role noun ([`roles::is_role_noun`]: executive,
/// minister, head) names the holder of the role.
fn names_apposed_to_the_organisation(tokens: &[Token]) -> Vec<(usize, usize)> {
    (1..tokens.len())
        .filter_map(|name| {
            let n = &tokens[name];
            if n.deprel != "appos" || n.upos != "PROPN" {
                return None;
            }
            // The comma before the name ("Mathieu Corvel" may hang on "Corvel").
            let comma = opening_comma(tokens, name)?;
            let org = head_of(tokens, name).filter(|&o| o < comma)?;
            let role = head_of(tokens, org).filter(|&r| r < org)?;
            // "of Midland Line", "of operations", "in Kenya".
            let apposed = tokens[org].deprel == "nmod"
                && matches!(tokens[org].upos.as_str(), "PROPN" | "NOUN")
                && ["of", "in", "at", "for", "with"]
                    .iter()
                    .any(|c| has_case(tokens, org, c))
                && tokens[role].upos == "NOUN"
                && roles::is_role_noun(&tokens[role].form)
                // Only the organisation's own name between it and the comma.
                && (org + 1..comma).all(|k| head_of(tokens, k) == Some(org));
            apposed.then_some((name, role))
        })
        .collect()
}

/// Repair 62: "much of the harvest" read with "much" an adverb on the noun.
///
/// Pairs (quantifier, noun): "destroyed much of the wheat harvest" can come out with "much" an
/// `advmod` of "harvest" and "harvest" an oblique of "destroyed" marked by "of": the drought
/// destroyed of the harvest. A quantifier word ("much", "most", "all", "some", "part") right
/// before "of" and the noun, as an adverb on it, with the noun an oblique of a verb that has no
/// object: the quantifier is the object, and the noun its `nmod`.
fn quantifiers_read_as_adverbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    const QUANTIFIERS: &[&str] = &["much", "most", "all", "some", "part", "half", "many"];
    (0..tokens.len().saturating_sub(2))
        .filter_map(|q| {
            let of = q + 1;
            let noun = head_of(tokens, q)?;
            let verb = head_of(tokens, noun)?;
            let shape = QUANTIFIERS.contains(&tokens[q].form.to_lowercase().as_str())
                && tokens[q].deprel == "advmod"
                && noun > of
                && tokens[of].lemma == "of"
                && head_of(tokens, of) == Some(noun)
                && tokens[noun].deprel == "obl"
                && tokens[verb].upos == "VERB"
                && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "obj");
            shape.then_some((q, noun))
        })
        .collect()
}

/// A relative clause opened by "whose" whose subject was read as a renaming of the antecedent
/// ([`whose_subjects_read_as_appositions`]).
#[derive(Debug, PartialEq, Eq)]
struct WhoseClause {
    antecedent: usize,
    subject: usize,
    verb: usize,
}

/// Repair 61: the subject of a "whose" clause read as an apposition or conjunct of the noun the
/// clause modifies.
///
/// "... by the United Nations, whose envoy, Marta Lund, has tried to bring the sides together."
/// can come out with "envoy" an apposition of "Nations" and "tried" a conjunct of the main
/// verb, so the meeting tried. A noun carrying "whose", hung on a noun as `appos` or `conj`,
/// followed (after its own phrase and punctuation) by a verb with no subject of its own, heads
/// that verb's relative clause: the noun is the verb's subject, and the clause modifies the
/// noun before "whose".
fn whose_subjects_read_as_appositions(tokens: &[Token]) -> Vec<WhoseClause> {
    (0..tokens.len())
        .filter_map(|whose| {
            if tokens[whose].xpos != "WP$" || tokens[whose].deprel != "nmod:poss" {
                return None;
            }
            let subject = head_of(tokens, whose).filter(|&n| n > whose)?;
            if !matches!(tokens[subject].deprel.as_str(), "appos" | "conj")
                || !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
            {
                return None;
            }
            let antecedent = head_of(tokens, subject).filter(|&a| a < whose)?;
            let end = extent(tokens, subject).1;
            let verb = (end + 1..tokens.len())
                .find(|&k| !matches!(tokens[k].upos.as_str(), "PUNCT" | "AUX" | "ADV" | "PART"))?;
            let clause = tokens[verb].upos == "VERB"
                && !kids_of(tokens, verb).any(|k| tokens[k].deprel.starts_with("nsubj"))
                && !under(tokens, antecedent, &[verb]);
            clause.then_some(WhoseClause {
                antecedent,
                subject,
                verb,
            })
        })
        .collect()
}

/// Repair 60: a noun before a name read as the antecedent of a relative clause.
///
/// Triples (noun, name, verb): "Storm Ilsa tore through the towns." can come out with "Storm"
/// the root and "Ilsa tore through the towns" a relative clause on it without a relative word
/// ("the storm Ilsa tore through"). A root noun without a determiner, right before the proper
/// noun that is the subject of a relative clause hung on it, with no relative word or marker,
/// is part of the name (`compound`), and the clause's verb is the root; a time word
/// ("Yesterday Mohamed received ...") says when (`obl:tmod`).
fn names_read_as_relative_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (0..tokens.len().saturating_sub(1))
        .filter_map(|noun| {
            let n = &tokens[noun];
            if n.head != 0
                || n.upos != "NOUN"
                || kids_of(tokens, noun).any(|k| k < noun && tokens[k].deprel == "det")
            {
                return None;
            }
            let name = noun + 1;
            let verb = head_of(tokens, name)?;
            let clause = tokens[name].upos == "PROPN"
                && tokens[name].deprel.starts_with("nsubj")
                && tokens[verb].deprel == "acl:relcl"
                && head_of(tokens, verb) == Some(noun)
                && !kids_of(tokens, verb).any(|k| {
                    k < verb
                        && (tokens[k].deprel == "mark"
                            || matches!(tokens[k].xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB"))
                });
            clause.then_some((noun, name, verb))
        })
        .collect()
}

/// Repair 59: the main verb read as a conjunct of a relative clause set off by commas.
///
/// Triples (main verb, relative clause's verb, antecedent): "Doctor Amina Sule, who leads the
/// campaign, blamed rumours ..." can come out with "blamed" a conjunct of "leads" (no
/// coordinator), or a modifier of "campaign", and the name the root: the sentence has no main
/// clause. A finite verb read as a conjunct of an `acl:relcl` verb or as a clausal modifier
/// (`acl`) inside its clause, right after a comma, with no coordinator and no subject of its
/// own, whose relative clause was opened by a comma and hangs on the root noun: the verb is the
/// root, and the noun its subject.
fn verbs_read_as_relative_conjuncts(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (1..tokens.len())
        .filter_map(|verb| {
            let v = &tokens[verb];
            // A participle without an auxiliary is such a verb too: with no subject the tagger
            // reads "Havik, who ..., declined to give details" as a participle.
            // So is a base form after a modal ("..., would also hit suppliers"), with the comma
            // before its auxiliaries and adverbs.
            let finite = matches!(v.xpos.as_str(), "VBD" | "VBZ" | "VBP")
                || (v.xpos == "VBN"
                    && !kids_of(tokens, verb).any(|k| tokens[k].deprel.starts_with("aux")))
                || (v.xpos == "VB"
                    && kids_of(tokens, verb)
                        .any(|k| tokens[k].deprel == "aux" && tokens[k].xpos == "MD"));
            let start = (1..verb)
                .rev()
                .take_while(|&k| {
                    head_of(tokens, k) == Some(verb)
                        && matches!(tokens[k].deprel.as_str(), "aux" | "advmod")
                })
                .last()
                .unwrap_or(verb);
            if !matches!(v.deprel.as_str(), "conj" | "acl" | "acl:relcl")
                || v.upos != "VERB"
                || !finite
                || tokens[start - 1].form != ","
                || kids_of(tokens, verb).any(|k| {
                    tokens[k].deprel == "cc"
                        || tokens[k].deprel.starts_with("nsubj")
                        || (k < verb && tokens[k].xpos.starts_with('W'))
                })
            {
                return None;
            }
            // The relative clause it hangs on, or in ("blamed" an `acl` of the clause's object,
            // "plans" read as a relative clause of it).
            let mut relative = head_of(tokens, verb).filter(|&r| r < verb)?;
            if v.deprel == "acl:relcl" && tokens[relative].upos == "VERB" {
                return None;
            }
            // Or an apposition of the root noun: "The Amber Crest, a vessel operated by
            // Kaltveit Line, collided with the tanker" with "collided" on "vessel".
            let apposition = |r: usize| {
                tokens[r].deprel == "appos"
                    && tokens[r].upos == "NOUN"
                    && head_of(tokens, r).is_some_and(|n| tokens[n].head == 0)
                    && v.deprel == "acl"
            };
            for _ in 0..4 {
                if is_relative_clause(tokens, relative) || apposition(relative) {
                    break;
                }
                relative = head_of(tokens, relative)?;
            }
            if !is_relative_clause(tokens, relative) && !apposition(relative) {
                return None;
            }
            let antecedent = head_of(tokens, relative).filter(|&n| n < relative)?;
            let opened = opening_comma(tokens, relative).is_some_and(|c| c > antecedent);
            // The antecedent, or the root noun whose phrase ends in it ("Shares in Velmora,
            // which generates ..., fell" with the clause on "Velmora", as repair 104 puts it).
            let mut noun = antecedent;
            for _ in 0..3 {
                match head_of(tokens, noun) {
                    Some(up) if tokens[noun].deprel == "nmod" && up < noun => noun = up,
                    _ => break,
                }
            }
            let root = tokens[noun].head == 0
                && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN" | "PRON");
            (opened && root).then_some((verb, relative, noun))
        })
        .collect()
}

/// A relative clause as repair 59 sees it: an `acl:relcl`, or a verb whose subject is "who" or
/// "which" right after a comma that the parser hung on a noun as `parataxis` or `appos`
/// ("Ekberg, who denied the charges, plans ...").
fn is_relative_clause(tokens: &[Token], verb: usize) -> bool {
    let t = &tokens[verb];
    t.deprel == "acl:relcl"
        || (matches!(t.deprel.as_str(), "parataxis" | "appos")
            && t.upos == "VERB"
            && head_of(tokens, verb).is_some_and(|h| h < verb)
            && kids_of(tokens, verb).any(|k| {
                k < verb
                    && k > 0
                    && tokens[k - 1].form == ","
                    && tokens[k].deprel.starts_with("nsubj")
                    && matches!(tokens[k].lemma.to_lowercase().as_str(), "who" | "which")
            }))
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

/// A clause after ", and" read as a noun conjunct ([`clauses_read_as_noun_conjuncts`]).
#[derive(Debug, PartialEq, Eq)]
struct NounConjunct {
    main: usize,
    noun: usize,
    verb: usize,
    cc: usize,
    comma: usize,
}

/// Repair 56: a clause after ", and" read as a noun coordinated with a noun of the first clause.
///
/// "The ferry sank near the island, and coastguard boats rescued 40 passengers." can come out
/// with "boats" a conjunct of "island" and "rescued" (tagged `VBN`) a participle on "boats"
/// with its own object: the ferry sank near the boats. A participle or past tense right after
/// a noun conjunct opened by a comma and a coordinator, with an object of its own and no
/// auxiliary, subject, marker or agent, is the verb of a coordinated clause: the conjunct of
/// the first verb above, with the noun its subject.
fn clauses_read_as_noun_conjuncts(tokens: &[Token]) -> Vec<NounConjunct> {
    (1..tokens.len())
        .filter_map(|verb| {
            let v = &tokens[verb];
            let noun = verb - 1;
            let participle = v.upos == "VERB"
                && matches!(v.xpos.as_str(), "VBN" | "VBD")
                && v.deprel == "acl"
                && head_of(tokens, verb) == Some(noun)
                && kids_of(tokens, verb).any(|k| k > verb && tokens[k].deprel == "obj")
                && !kids_of(tokens, verb).any(|k| {
                    tokens[k].deprel.starts_with("aux")
                        || tokens[k].deprel.starts_with("nsubj")
                        || matches!(tokens[k].deprel.as_str(), "mark" | "obl:agent")
                });
            let n = &tokens[noun];
            if !participle || !matches!(n.upos.as_str(), "NOUN" | "PROPN") || n.deprel != "conj" {
                return None;
            }
            let cc = kids_of(tokens, noun).find(|&k| k < noun && tokens[k].deprel == "cc")?;
            let comma = cc.checked_sub(1).filter(|&c| tokens[c].form == ",")?;
            // The first verb above the noun.
            let mut main = head_of(tokens, noun)?;
            for _ in 0..tokens.len() {
                if tokens[main].upos == "VERB" {
                    break;
                }
                main = head_of(tokens, main)?;
            }
            (tokens[main].upos == "VERB" && main < comma).then_some(NounConjunct {
                main,
                noun,
                verb,
                cc,
                comma,
            })
        })
        .collect()
}

/// A reported clause whose verb was read as an adjective
/// ([`reported_verbs_read_as_adjectives`]).
#[derive(Debug, PartialEq, Eq)]
struct ReportedAdjective {
    said: usize,
    subject: usize,
    verb: usize,
    object: usize,
}

/// Repair 49: the verb of a reported clause read as an adjective on its object.
///
/// "The minister said the tariffs violated trade rules." can come out with "violated" tagged
/// `JJ`, an `amod` of "rules", "tariffs" the object of "said" and "rules" a `nmod` of
/// "tariffs": the minister said tariffs. A verb of saying or thinking ([`reports`]) with a
/// noun object, followed right away by an -ed word that WordNet knows as a past tense, that
/// modifies a later noun hanging on the object or on the verb of saying, with nothing but that
/// noun's own words in between and no subordinator or other clause: the -ed word is the
/// reported clause's verb, the object its subject and the later noun its object.
fn reported_verbs_read_as_adjectives(tokens: &[Token]) -> Option<ReportedAdjective> {
    use crate::annotate::pos::wordnet;
    let nominal = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    (0..tokens.len()).find_map(|said| {
        let subject = report_object(tokens, said)?;
        let verb = subject + 1;
        if !nominal(subject) || verb >= tokens.len() {
            return None;
        }
        let v = &tokens[verb];
        let lower = v.form.to_lowercase();
        let adjectival = v.deprel == "amod"
            && matches!(v.xpos.as_str(), "JJ" | "VBN" | "VBD")
            && lower.ends_with("ed")
            && wordnet::classes(&lower) & wordnet::VERB_ED != 0;
        let object = head_of(tokens, verb).filter(|&o| o > verb)?;
        let phrase = (verb + 1..object).all(|k| under(tokens, k, &[object]));
        let attached = matches!(head_of(tokens, object), Some(h) if h == subject || h == said);
        let plain = !kids_of(tokens, object).any(|c| tokens[c].deprel == "case")
            && (said + 1..object).all(|k| {
                tokens[k].upos != "SCONJ"
                    && tokens[k].upos != "PUNCT"
                    && !SUBORDINATORS.contains(&tokens[k].form.to_lowercase().as_str())
            });
        (adjectival && nominal(object) && phrase && attached && plain).then_some(
            ReportedAdjective {
                said,
                subject,
                verb,
                object,
            },
        )
    })
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

/// Repair 37: the past tense read as a participle in a sentence without a verb.
///
/// Triple (noun, verb, object): "Tens of thousands of people marched through the streets." can come out
/// with "Tens" the root and "marched" (tagged VBN) its `acl`, a sentence with no finite verb.
/// Prose that ends in a full stop has one (other than in a subordinate clause: "... as the vote
/// took place"): a past participle right after the root noun's phrase,
/// without an auxiliary or a "by" agent, is the past tense, and the noun its subject. Headlines
/// ("Three men arrested after robbery"), which have no full stop, are left alone.
fn participle_as_main_verb(tokens: &[Token]) -> Option<(usize, usize, Option<usize>)> {
    if !full_stop(tokens) {
        return None;
    }
    // A finite verb may only head a subordinate clause ("as the vote took place"), which needs
    // a main clause.
    // The relative word may be the clause's own or its subject's ("whose operations").
    let relative_word = |w: usize| {
        matches!(
            tokens[w].lemma.to_lowercase().as_str(),
            "who" | "which" | "that" | "whom" | "whose" | "where"
        )
    };
    // A subject opened by "whose" makes a relative clause whatever the parser called it
    // ("Mayor Fiona Gallagher, whose shire includes the towns, urged", with "includes" a
    // `parataxis`).
    let subject_has = |v: usize, word: &dyn Fn(usize) -> bool| {
        kids_of(tokens, v)
            .any(|w| tokens[w].deprel.starts_with("nsubj") && kids_of(tokens, w).any(word))
    };
    let relative = |v: usize| {
        let whose = |k: usize| tokens[k].lemma.eq_ignore_ascii_case("whose");
        (tokens[v].deprel == "acl:relcl"
            && (kids_of(tokens, v).any(relative_word) || subject_has(v, &relative_word)))
            || subject_has(v, &whose)
    };
    let root = tokens.iter().position(|t| t.head == 0)?;
    // After a restrictive relative clause on the root, a past tense read as the clause's
    // complement ("Patients whose operations had been postponed expressed frustration", with
    // "expressed" an `xcomp` of "postponed"): no subject, marker or auxiliary of its own.
    let after_relative = (root + 2..tokens.len()).find(|&v| {
        let h = tokens[v].head.wrapping_sub(1);
        let complement = matches!(
            tokens[v].deprel.as_str(),
            "xcomp" | "ccomp" | "advcl" | "dep" | "obj" | "parataxis"
        );
        tokens[v].xpos == "VBD"
            && tokens[v].upos == "VERB"
            && complement
            && h < v
            && relative(h)
            && head_of(tokens, h) == Some(root)
            && !kids_of(tokens, v).any(|k| {
                let rel = tokens[k].deprel.as_str();
                rel.starts_with("nsubj") || matches!(rel, "mark" | "aux" | "cc" | "expl")
            })
    });
    let subordinate = |v: usize| {
        relative(v)
            || kids_of(tokens, v).any(|m| {
                tokens[m].deprel == "mark"
                    && SUBORDINATORS.contains(&tokens[m].lemma.to_lowercase().as_str())
            })
    };
    let finite = tokens.iter().enumerate().any(|(k, t)| {
        let verb = if auxiliary(t) {
            head_of(tokens, k).unwrap_or(k)
        } else {
            k
        };
        // A past tense hung on a noun as a participle is the candidate itself.
        let misread = t.deprel == "acl" && t.xpos == "VBD" && t.upos == "VERB";
        finite_word(t) && !subordinate(verb) && !misread && after_relative != Some(k)
    });
    if finite {
        return None;
    }
    if !matches!(tokens[root].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
        return None;
    }
    // A phrase opened by a preposition ("From the amount of time spent ...") is a fragment.
    if kids_of(tokens, root).any(|k| k < root && tokens[k].deprel == "case") {
        return None;
    }
    // The participle hangs on the root ("people marched"), or after the comma that closes the
    // root's parenthesis it modifies the noun after it ("The team, led by X, tested samples"
    // with "tested" an `amod` of "samples"), which is then its object.
    // A verb that takes no object has no passive, so its "by" phrase is no agent ("Shares
    // fell by 8 percent").
    let agent = |v: usize| {
        !NO_OBJECT.contains(&tokens[v].lemma.to_lowercase().as_str())
            && kids_of(tokens, v).any(|k| tokens[k].deprel == "obl:agent")
    };
    // Everything between the root and `v` is the root's phrase.
    let own =
        |v: usize| (root + 1..v).all(|k| tokens[k].upos == "PUNCT" || under(tokens, k, &[root]));
    // On the root or on what it counts ("Hundreds of protesters gathered", "Tens of thousands
    // of people marched"): a chain of "of" phrases up to the root.
    let counted = |mut h: usize| {
        for _ in 0..tokens.len() {
            if h == root {
                return true;
            }
            let of = has_case(tokens, h, "of");
            match head_of(tokens, h) {
                Some(up) if of && tokens[h].deprel == "nmod" => h = up,
                _ => return false,
            }
        }
        false
    };
    // A participle ("using boats") modifies the noun; only a past participle can be the verb.
    let on_root = (root + 1..tokens.len()).find(|&v| {
        tokens[v].deprel == "acl"
            && tokens[v].xpos == "VBN"
            && head_of(tokens, v).is_some_and(counted)
            && !agent(v)
            && own(v)
    });
    let after_parenthesis = || {
        (root + 2..tokens.len()).find(|&v| {
            tokens[v].deprel == "amod"
                && tokens[v - 1].form == ","
                && head_of(tokens, v).is_some_and(|n| n > v)
                && own(v)
        })
    };
    // Deeper in the root's phrase with an object of its own, which no passive participle has:
    // "Emergency crews using inflatable boats rescued 340 residents", with "rescued" on
    // "boats"; or tagged as the past tense after the comma that closes an apposition: "The
    // mayor of Graz, Austria's second-largest city, resigned", with "resigned" on "city".
    let with_object = || {
        (root + 1..tokens.len()).find(|&v| {
            let object = matches!(tokens[v].xpos.as_str(), "VBN" | "VBD")
                && kids_of(tokens, v).any(|o| o > v && tokens[o].deprel == "obj");
            let past = tokens[v].xpos == "VBD" && tokens[v - 1].form == ",";
            tokens[v].deprel == "acl"
                && (object || past)
                && head_of(tokens, v).is_some_and(|h| h != root && under(tokens, h, &[root]))
                && own(v)
        })
    };
    let (verb, object) = match on_root.or_else(with_object).or(after_relative) {
        Some(v) => (v, None),
        None => {
            let v = after_parenthesis()?;
            (v, head_of(tokens, v))
        }
    };
    // "food served without pretense", "a menu executed with flair", "questions given by ...":
    // the manner or agent of a description, the way reviews and captions use participles. Not
    // for a verb without a passive ("Shares fell by 8 percent").
    let intransitive = NO_OBJECT.contains(&tokens[verb].lemma.to_lowercase().as_str());
    let described = !intransitive
        && tokens.get(verb + 1).is_some_and(|t| {
            matches!(
                t.lemma.to_lowercase().as_str(),
                "with" | "without" | "by" | "to"
            )
        });
    let starts = (extent(tokens, verb).0..verb).all(|k| tokens[k].form == ",");
    let participle =
        matches!(tokens[verb].xpos.as_str(), "VBN" | "VBD") && tokens[verb].upos == "VERB";
    (participle && own(verb) && !agent(verb) && !described && starts)
        .then_some((root, verb, object))
}

/// A main verb read as a participle on its subject, whose "after" phrase took the next clause
/// ([`participles_before_clauses`]).
#[derive(Debug, PartialEq)]
struct ParticipleBeforeClause {
    /// The subject ("coach").
    noun: usize,
    /// The main verb ("resigned").
    verb: usize,
    /// The subordinator read as a preposition ("after").
    mark: usize,
    /// The subordinate clause's subject ("team").
    subject: usize,
    /// The subordinate clause's verb, read as the root ("lost").
    clause: usize,
}

/// Repair 40: the past tense read as a participle when the sentence goes on with a clause.
///
/// "The coach resigned after her team lost its fifth match." can come out with "resigned"
/// (tagged VBN) a participle on "coach", "after her team" its phrase, and "lost" the root with
/// "coach" as its subject: the coach lost the match. When the noun the participle's "after"
/// (before, until, since) governs is followed right away by a finite verb that has no subject
/// of its own besides the participle's noun, the participle is the main verb and the rest its
/// adverbial clause. Like repair 37, only in sentences with a full stop, and not for a
/// participle with a "by" agent or an object.
fn participles_before_clauses(tokens: &[Token]) -> Option<ParticipleBeforeClause> {
    if !full_stop(tokens) {
        return None;
    }
    let clause = tokens.iter().position(|t| t.head == 0)?;
    if tokens[clause].upos != "VERB"
        || !matches!(tokens[clause].xpos.as_str(), "VBD" | "VBZ" | "VBP")
    {
        return None;
    }
    // An auxiliary later on belongs to another verb the parser lost track of ("The time
    // elapsed since the motorist left the point is plotted ...").
    if tokens[clause..].iter().any(auxiliary) {
        return None;
    }
    let mut subjects = kids_of(tokens, clause).filter(|&k| tokens[k].deprel.starts_with("nsubj"));
    let (Some(noun), None) = (subjects.next(), subjects.next()) else {
        return None;
    };
    if noun > clause || !matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let verb = kids_of(tokens, noun).find(|&v| {
        v > noun
            && tokens[v].deprel == "acl"
            && tokens[v].upos == "VERB"
            && tokens[v].xpos == "VBN"
            && (noun + 1..v).all(|k| under(tokens, k, &[noun]) && tokens[k].upos != "PUNCT")
    })?;
    let kids: Vec<usize> = kids_of(tokens, verb).collect();
    if kids.iter().any(|&k| {
        matches!(
            tokens[k].deprel.as_str(),
            "obj" | "obl:agent" | "aux" | "aux:pass" | "ccomp" | "xcomp"
        )
    }) {
        return None;
    }
    kids.iter().copied().find_map(|subject| {
        let mark = clause_or_phrase_case(tokens, subject)?;
        let ends_before_clause = extent(tokens, subject).1 + 1 == clause;
        (tokens[subject].deprel == "obl"
            && subject > verb
            && ends_before_clause
            && tokens[mark].lemma.to_lowercase() != "as")
            .then_some(ParticipleBeforeClause {
                noun,
                verb,
                mark,
                subject,
                clause,
            })
    })
}

/// A main verb read as an adjective on its object ([`participles_read_as_adjectives`]).
#[derive(Debug, PartialEq)]
struct AdjectivalVerb {
    subject: usize,
    verb: usize,
    object: usize,
    /// The verb of a clause coordinated after a comma that the parser made the root, with the
    /// subject as its own ("Police used barriers ..., and two men were detained").
    coordinated: Option<usize>,
}

/// Repair 45: the past tense read as an adjective on its object.
///
/// "Police used water cannon to disperse the crowd." can come out with "used" (tagged VBN) an
/// `amod` of "cannon" and "cannon" the root, or "Rescue teams used boats ..." with "teams" the
/// root and "boats" its `nmod`: sentences whose only verb is an adjective. When a noun phrase
/// opens the sentence, the participle follows it right away and the noun it modifies is the
/// root or hangs on that phrase, and no finite verb comes before that noun, the participle is
/// the past tense: the first phrase its subject, the noun its object. Only in sentences with a
/// full stop, like repair 37.
fn participles_read_as_adjectives(tokens: &[Token]) -> Option<AdjectivalVerb> {
    if !full_stop(tokens) {
        return None;
    }
    let root = tokens.iter().position(|t| t.head == 0)?;
    let (verb, tk) = tokens
        .iter()
        .enumerate()
        .find(|(_, t)| t.deprel == "amod" && t.upos == "VERB" && t.xpos == "VBN")?;
    let object = head_of(tokens, verb).filter(|&o| o > verb)?;
    let noun = |i: usize| matches!(tokens[i].upos.as_str(), "NOUN" | "PROPN");
    if verb == 0 || !noun(object) || !(verb + 1..object).all(|k| under(tokens, k, &[object])) {
        return None;
    }
    // The phrase before the participle: from the sentence start, headed by a noun, without
    // punctuation or a preposition of its own ("From a comparison of 10 spoken languages").
    let inside = |h: usize| (0..verb).all(|k| k == h || under(tokens, k, &[h]));
    let subject = (0..verb).find(|&h| noun(h) && inside(h))?;
    let plain = tokens[..verb]
        .iter()
        .all(|t| t.upos != "PUNCT" && t.upos != "ADV")
        && !kids_of(tokens, subject).any(|k| tokens[k].deprel == "case");
    // No finite verb but in a clause coordinated after a comma ("..., and 15 people were
    // detained").
    let end = (object + 1..tokens.len().saturating_sub(1))
        .find(|&k| tokens[k].form == "," && tokens[k + 1].upos == "CCONJ")
        .unwrap_or(tokens.len());
    let coordinated = (root > end
        && tokens[root].upos == "VERB"
        && head_of(tokens, subject) == Some(root)
        && head_of(tokens, object) == Some(subject))
    .then_some(root);
    let shape = (root == object && head_of(tokens, subject) == Some(object))
        || (root == subject && head_of(tokens, object) == Some(subject))
        || coordinated.is_some();
    let lemma = tk.lemma.to_lowercase();
    (shape
        && plain
        && !tokens[..end].iter().any(finite_word)
        && !NO_OBJECT.contains(&lemma.as_str()))
    .then_some(AdjectivalVerb {
        subject,
        verb,
        object,
        coordinated,
    })
}

/// Verbs that hold their object responsible, thank it, ask it or search it for something: the
/// "for" phrase after the object belongs to the verb.
const FOR_REASON: &[&str] = &[
    "accuse",
    "arrest",
    "ask",
    "blame",
    "charge",
    "check",
    "commend",
    "condemn",
    "criticise",
    "criticize",
    "fault",
    "fine",
    "forgive",
    "jail",
    "penalise",
    "penalize",
    "praise",
    "punish",
    "reward",
    "sanction",
    "screen",
    "search",
    "sentence",
    "sue",
    "test",
    "thank",
];

/// Repair 46: the reason a verb of blame or thanks gives (or what it asks or searches for), read
/// as a modifier of its object.
///
/// Pairs (phrase, verb): "blamed falling attendance for the club's debts" can come out with
/// "for the club's debts" an `nmod` of "attendance", which labels the object `debt attendance`.
/// After the object of a verb of [`FOR_REASON`], a "for" phrase says why: it is the verb's
/// `obl`.
fn reasons_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (m, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" {
            continue;
        }
        let for_ = kids_of(tokens, m).any(|c| {
            c < m && tokens[c].deprel == "case" && tokens[c].lemma.eq_ignore_ascii_case("for")
        });
        let Some(v) = head_of(tokens, m)
            .filter(|&o| o < m)
            .and_then(|o| verb_of_object(tokens, o))
        else {
            continue;
        };
        if for_ && FOR_REASON.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((m, v));
        }
    }
    out
}

/// Repair 47: the head noun of a compound read as a verb.
///
/// Pairs (noun, verb): "cut its sales forecast for the rest of the year" can come out with
/// "forecast" a verb (`xcomp`) after the object "its sales", so that the company forecasts the
/// rest of the year. A verb whose base, past and participle are one word that is also a noun
/// ("forecast", "cut", "cost"), read as a complement right after a determined object (with
/// "its", "the", ...), with no subject, object, marker or auxiliary of its own, and followed by
/// a preposition or the end of the clause, is the noun that heads the object: the noun before
/// it is its compound. (Other participles there are mostly reduced relatives: "the shares
/// reflected on your statement".)
fn compound_heads_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 1..tokens.len().saturating_sub(1) {
        let tk = &tokens[v];
        let n = v - 1;
        let form = tk.form.to_lowercase();
        let one_form = SAME_IN_PAST.contains(&form.as_str()) || form.ends_with("cast");
        if tk.upos != "VERB"
            || !one_form
            || !matches!(tk.deprel.as_str(), "xcomp" | "conj" | "ccomp")
            || tokens[n].upos != "NOUN"
            || tokens[n].deprel != "obj"
            || !tokens[n].form.chars().all(|c| c.is_ascii_lowercase())
        {
            continue;
        }
        let determined = kids_of(tokens, n)
            .any(|d| d < n && matches!(tokens[d].deprel.as_str(), "det" | "nmod:poss"));
        let own = kids_of(tokens, v).any(|k| {
            matches!(
                tokens[k].deprel.split(':').next(),
                Some("nsubj" | "obj" | "mark" | "aux" | "cc" | "ccomp" | "xcomp" | "iobj")
            )
        });
        // "have my hair cut", "get the water shut off": a causative's object does the verb.
        let causative = head_of(tokens, n).is_some_and(|h| {
            matches!(
                tokens[h].lemma.to_lowercase().as_str(),
                "have"
                    | "get"
                    | "keep"
                    | "want"
                    | "need"
                    | "see"
                    | "hear"
                    | "watch"
                    | "find"
                    | "leave"
                    | "like"
                    | "let"
                    | "make"
            )
        });
        let next = &tokens[v + 1];
        let ends = matches!(next.upos.as_str(), "ADP" | "PUNCT") && !causative;
        let on_noun = head_of(tokens, v) == Some(n)
            || head_of(tokens, v).is_some_and(|h| head_of(tokens, n) == Some(h));
        if determined && !own && ends && on_noun && tokens[n].deprel != "compound" {
            out.push((n, v));
        }
    }
    out
}

/// Verbs whose object is given a name or a status ("call the firm Acme", "elected him
/// President").
const NAMING: &[&str] = &[
    "call", "name", "dub", "rename", "nickname", "title", "label", "brand", "term", "elect",
    "appoint", "crown", "declare", "make", "consider", "proclaim",
];

/// Repair 36: the name after a common noun read as a second complement of the verb.
///
/// Pairs (name, noun): "agreed to buy the cloud security firm Netvault for $2 billion" can come
/// out with "Netvault" an `xcomp` (or a second `obj`) of "buy". A proper name right after the
/// verb's object, with no preposition of its own, names that object: it is the noun's
/// apposition, as UD annotates "the firm Netvault".
fn names_after_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (n, t) in tokens.iter().enumerate() {
        if t.upos != "PROPN" || !matches!(t.deprel.as_str(), "xcomp" | "obj" | "iobj") {
            continue;
        }
        // "call his company Apple Computers": a verb of naming takes the name as its
        // complement.
        let Some(v) = head_of(tokens, n)
            .filter(|&v| v < n && !NAMING.contains(&tokens[v].lemma.to_lowercase().as_str()))
        else {
            continue;
        };
        let first = extent(tokens, n).0;
        if first == 0 || (first..n).any(|k| tokens[k].upos != "PROPN") {
            continue;
        }
        let object = kids_of(tokens, v).find(|&o| {
            o < first
                && tokens[o].deprel == "obj"
                && tokens[o].upos == "NOUN"
                && extent(tokens, o).1 == first - 1
        });
        if let Some(o) = object {
            out.push((n, o));
        }
    }
    out
}

/// Repair 68: the speaker's second verb coordinated inside the reported clause.
///
/// Pairs (conjunct, verb of saying): "the NPA said the strike was costing the economy 15
/// million euros a day and accused the union of ..." can come out with "accused" a conjunct
/// of "costing", so that the strike accused the union. A past tense with no subject or
/// auxiliary of its own, coordinated with a reported verb that has an auxiliary ("was
/// costing", "had cut"), goes with the verb of saying, which is in the past tense too. So does
/// one of [`SPEAKERS_ACTS`] coordinated with a copular reported clause in the past tense.
fn reports_continued_as_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || tk.xpos != "VBD" {
            continue;
        }
        let own = kids_of(tokens, c).any(|k| {
            let d = tokens[k].deprel.as_str();
            d.starts_with("nsubj") || d.starts_with("aux")
        });
        if own {
            continue;
        }
        // Or a copular reported clause ("said the resignation was the bare minimum and called
        // on ..."), when the conjunct is something a speaker does.
        let speakers = SPEAKERS_ACTS.contains(&tokens[c].lemma.to_lowercase().as_str());
        let Some(v) = head_of(tokens, c).filter(|&v| {
            let auxiliary = matches!(tokens[v].xpos.as_str(), "VBG" | "VBN")
                && kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"));
            let copular = speakers
                && kids_of(tokens, v).any(|k| tokens[k].deprel == "cop" && tokens[k].xpos == "VBD");
            v < c && tokens[v].deprel == "ccomp" && (auxiliary || copular)
        }) else {
            continue;
        };
        let Some(s) = head_of(tokens, v).filter(|&s| {
            s < v && tokens[s].xpos == "VBD" && reports(&tokens[s].lemma.to_lowercase())
        }) else {
            continue;
        };
        out.push((c, s));
    }
    out
}

/// What speakers do beside saying: the second verb of "said ... and called on ...".
const SPEAKERS_ACTS: &[&str] = &[
    "accuse",
    "add",
    "blame",
    "call",
    "criticise",
    "criticize",
    "demand",
    "urge",
    "vow",
    "warn",
];

/// What a statement is made in: "said in a statement that ...".
const CARRIERS: &[&str] = &[
    "address",
    "briefing",
    "broadcast",
    "conference",
    "email",
    "filing",
    "interview",
    "letter",
    "memo",
    "message",
    "note",
    "post",
    "release",
    "report",
    "speech",
    "statement",
    "video",
];

/// Repair 67: the reported clause after a time or an oblique hung on it.
///
/// Triples (clause, verb of saying, "that"): "Stanek said on Thursday morning that several
/// passengers were missing" can come out with the clause an `acl:relcl` of "morning", so
/// nothing was said. A clause opened by "that" with a subject of its own, on a time word that
/// is an oblique of a verb of saying before it, is what was said. So is one on any other
/// oblique ("said in a preliminary report that the vote was largely free") when the clause
/// cannot have a gap for "that" to fill: the parser made "that" its `mark`, or the clause is
/// copular or has an object of its own. The same holds for a content clause (`acl`) of the
/// oblique.
fn reported_clauses_on_obliques(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // Also a content clause of the oblique ("said in a statement that ..." with the
        // clause an `acl` of "statement"): the statement's content is what was said.
        if tk.deprel != "acl:relcl" && tk.deprel != "acl" {
            continue;
        }
        let Some(n) = head_of(tokens, c).filter(|&n| n < c && tokens[n].deprel.starts_with("obl"))
        else {
            continue;
        };
        let time = TIME_WORDS.contains(&tokens[n].lemma.to_lowercase().as_str());
        let Some(v) =
            head_of(tokens, n).filter(|&v| v < n && reports(&tokens[v].lemma.to_lowercase()))
        else {
            continue;
        };
        let that = extent(tokens, c).0;
        let opened =
            tokens[that].form.eq_ignore_ascii_case("that") && head_of(tokens, that) == Some(c);
        let subject = kids_of(tokens, c)
            .any(|k| k != that && matches!(tokens[k].deprel.as_str(), "nsubj" | "nsubj:pass"));
        // The parser's own `mark` is trusted on a relative clause, whose "that" it could have
        // made a pronoun, and on a content clause of something that carries words ("said in
        // a statement that"; not "report on the progress that this country has made").
        let carrier = CARRIERS.contains(&tokens[n].lemma.to_lowercase().as_str());
        let marked = tk.deprel == "acl:relcl" || carrier;
        let gapless = (tokens[that].deprel == "mark" && marked)
            || kids_of(tokens, c)
                .any(|k| k != that && matches!(tokens[k].deprel.as_str(), "cop" | "obj"));
        if opened && subject && (time || gapless) {
            out.push((c, v, that));
        }
    }
    out
}

/// A name in apposition read as a modifier ([`names_read_as_modifiers`]).
#[derive(Debug, PartialEq)]
struct ModifierName {
    /// The name's head word ("Lamarre").
    name: usize,
    /// The noun it renames ("brother-in-law").
    noun: usize,
    /// A word of its title hung elsewhere, and the title word it goes on ("Deputy", "Prime").
    stray: Option<(usize, usize)>,
}

/// Repair 66: a name in apposition read as a modifier.
///
/// "The brother-in-law, Victor Lamarre, was acquitted" can come out with "Lamarre" an `nmod`
/// of "brother". A name without a preposition of its own, between commas (or a comma and the
/// sentence's end) right after the phrase of the noun it hangs on, renames that noun. Hung on
/// a name inside the phrase of a role ("The head of the NCA, Jonas Ekvall, welcomed" with
/// "Ekvall" on "NCA"), it renames the role, not the organisation. On the treebanks' parses,
/// three names after a name in the phrase of other nouns ("Residents of Boxborough,
/// Massachusetts,") are no such appositions. The first word of its title may hang on the noun as a conjunct ("Its leader,
/// Deputy Prime Minister Eliska Voran, 47, said" with "Deputy" a conjunct of "leader"): it
/// goes back to the title.
fn names_read_as_modifiers(tokens: &[Token]) -> Vec<ModifierName> {
    let mut out = Vec::new();
    for (n, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" || tk.upos != "PROPN" {
            continue;
        }
        let Some(mut h) = head_of(tokens, n)
            .filter(|&h| h < n && matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN"))
        else {
            continue;
        };
        // From a name up to the role whose phrase holds it ("the head of the NCA"; not
        // "Residents of Boxborough, Massachusetts,").
        while tokens[h].upos == "PROPN" && tokens[h].deprel == "nmod" {
            match head_of(tokens, h).filter(|&g| g < h) {
                Some(g) if roles::is_role_noun(&tokens[g].form) => h = g,
                _ => break,
            }
        }
        if tokens[h].upos != "NOUN" || kids_of(tokens, n).any(|k| tokens[k].deprel == "case") {
            continue;
        }
        let start = extent(tokens, n).0;
        // "Deputy" of "Deputy Prime Minister" hung on the noun as a conjunct after a comma.
        let stray = start
            .checked_sub(1)
            .filter(|&w| {
                head_of(tokens, w) == Some(h)
                    && tokens[w].deprel == "conj"
                    && w >= 1
                    && tokens[w - 1].form == ","
                    && tokens[w].form.starts_with(char::is_uppercase)
                    && roles::is_role_word(&tokens[w].form)
                    && kids_of(tokens, w).all(|k| tokens[k].form == ",")
            })
            .map(|w| (w, start));
        let Some(open) = (match stray {
            Some((w, _)) => Some(w - 1),
            None => opening_comma(tokens, n),
        }) else {
            continue;
        };
        // The noun's phrase ends at the comma: nothing of it comes after the name.
        let noun_end = (h..open)
            .all(|k| k == h || under(tokens, k, &[h]) || stray.is_some_and(|(w, _)| k == w));
        let (_, last) = extent(tokens, n);
        let after = if tokens[last].form == "," {
            last
        } else {
            last + 1
        };
        let closed = tokens
            .get(after)
            .is_none_or(|t| matches!(t.form.as_str(), "," | "." | "!" | "?"));
        if noun_end && closed && open > h {
            out.push(ModifierName {
                name: n,
                noun: h,
                stray,
            });
        }
    }
    out
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

/// Verbs of telling someone something: their listener or the place of the telling may come
/// between the verb and the clause told.
const TELLING: &[&str] = &[
    "tell", "inform", "assure", "remind", "notify", "warn", "advise", "convince", "persuade",
];

/// Repair 106: the clause told read as a modifier of a noun after a verb of telling or saying.
///
/// Pairs (clause, verb): "told reporters on a conference call that owners would receive a
/// refund" can come out with the "that" clause an `acl:relcl` of "call", and "told a news
/// conference that Tarvenia had conceded nothing" with it an `acl` of "conference". A clause
/// opened by "that" as a subordinator, hung on a noun that is, or hangs through `nmod` and
/// `appos` on, an object or oblique of a verb of telling that has no complement clause, is what
/// was told: the verb's `ccomp`. So is one hung on the time of a verb of saying, thinking or
/// finding ("found on Friday that commanders had made errors"). "that" is a subordinator when
/// the parser says so, or when the clause has a subject and an object of its own besides it
/// (so it fills no gap).
fn told_clauses_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (clause, t) in tokens.iter().enumerate() {
        if !matches!(t.deprel.as_str(), "acl" | "acl:relcl") {
            continue;
        }
        let Some(noun) = head_of(tokens, clause).filter(|&n| n < clause) else {
            continue;
        };
        let (first, _) = extent(tokens, clause);
        let own = |rel: &str| {
            kids_of(tokens, clause).any(|k| tokens[k].deprel.starts_with(rel) && k != first)
        };
        let that = tokens[first].form.eq_ignore_ascii_case("that")
            && tokens[first].head == clause + 1
            && (tokens[first].deprel == "mark" || (own("obj") && own("nsubj")));
        if !that || !own("nsubj") {
            continue;
        }
        // Up from the noun through modifiers of nouns to a dependent of the verb (a few steps:
        // a damaged tree may loop).
        let mut n = noun;
        for _ in 0..8 {
            match head_of(tokens, n) {
                Some(h) if matches!(tokens[n].deprel.as_str(), "nmod" | "appos" | "compound") => {
                    n = h
                }
                _ => break,
            }
        }
        let arg = tokens[n].deprel.as_str();
        if !(matches!(arg, "obj" | "iobj") || arg.starts_with("obl")) {
            continue;
        }
        let Some(verb) = head_of(tokens, n).filter(|&v| v < n) else {
            continue;
        };
        let lemma = tokens[verb].lemma.to_lowercase();
        // A participle modifying a noun is no telling: "a red flag warning through Thursday,
        // warning that ..." has the tagger's "warning" an `acl` of "flag".
        let verbal = tokens[verb].upos == "VERB" && !tokens[verb].deprel.starts_with("acl");
        let telling = TELLING.contains(&lemma.as_str());
        let when = n == noun
            && arg.starts_with("obl")
            && TIME_WORDS.contains(&tokens[n].lemma.to_lowercase().as_str())
            && (says_or_thinks(&lemma) || matches!(lemma.as_str(), "find" | "conclude"));
        if verbal
            && (telling || when)
            && !kids_of(tokens, verb).any(|k| tokens[k].deprel == "ccomp")
        {
            out.push((clause, verb));
        }
    }
    out
}

/// A participle read as the sentence's verb ([`participle_read_as_verb`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ParticipleAsVerb {
    /// The past participle read as the root.
    participle: usize,
    /// The noun right before it, read as its subject.
    subject: usize,
    /// The finite verb after it, read as its dependent.
    verb: usize,
}

/// Repair 107: a participle modifying the subject read as the sentence's verb.
///
/// "A poll published last month by the institute put his rating at 34%" can come out with
/// "published" the root, "poll" its subject and "put" its `parataxis`. The shape: a root tagged
/// as a past participle, with no auxiliary, right after its subject noun; a phrase with "by"
/// (the agent) among its dependents; and a finite verb after it with no subject of its own, no
/// comma or coordinator right before it, hanging on it. The finite verb is the root, the noun
/// its subject and the participle the noun's `acl`.
fn participle_read_as_verb(tokens: &[Token]) -> Option<ParticipleAsVerb> {
    let participle = tokens.iter().position(|t| t.head == 0)?;
    let t = &tokens[participle];
    if t.upos != "VERB" || t.xpos != "VBN" || participle == 0 {
        return None;
    }
    let kids: Vec<usize> = kids_of(tokens, participle).collect();
    if kids.iter().any(|&k| tokens[k].deprel.starts_with("aux")) {
        return None;
    }
    let subject = participle - 1;
    if head_of(tokens, subject) != Some(participle)
        || !tokens[subject].deprel.starts_with("nsubj")
        || !matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN")
    {
        return None;
    }
    let verb = kids.iter().copied().find(|&k| {
        k > participle
            && matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && tokens[k].upos == "VERB"
            && matches!(
                tokens[k].deprel.as_str(),
                "parataxis" | "conj" | "ccomp" | "advcl"
            )
    })?;
    // The agent phrase lies between the participle and the verb, hanging anywhere there.
    let by = (participle + 1..verb).any(|k| tokens[k].form == "by" && tokens[k].deprel == "case");
    let opened = kids_of(tokens, verb).any(|c| {
        c < verb
            && matches!(
                tokens[c].deprel.as_str(),
                "nsubj" | "nsubj:pass" | "mark" | "cc"
            )
    });
    let before = &tokens[verb - 1];
    let joined = before.form == "," || before.upos == "CCONJ";
    (by && !opened && !joined).then_some(ParticipleAsVerb {
        participle,
        subject,
        verb,
    })
}

/// Repair 104: a relative clause whose verb does not agree with the noun it hangs on.
///
/// Pairs (relative clause, noun): "Shares in the company, which is listed in Lustrave, fell"
/// can come out with the clause on "Shares", so the shares are listed. The relative word is
/// the clause's subject, so its verb agrees with the noun it stands for: a singular verb ("is",
/// "was", "has", a verb in -s) after a plural noun goes to the singular noun that ends the
/// noun's phrase right before the comma, and a plural verb ("are", "were", "have", a plural
/// present) after a singular noun to the plural noun there.
fn relatives_disagreeing(tokens: &[Token]) -> Vec<(usize, usize)> {
    let number = |k: usize| -> Option<bool> {
        let t = &tokens[k];
        match t.xpos.as_str() {
            "VBZ" => Some(false),
            "VBP" => Some(true),
            "VBD" if t.form.eq_ignore_ascii_case("was") => Some(false),
            "VBD" if t.form.eq_ignore_ascii_case("were") => Some(true),
            "NN" | "NNP" => Some(false),
            "NNS" | "NNPS" => Some(true),
            _ => None,
        }
    };
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(h) = head_of(tokens, r).filter(|&h| h < r) else {
            continue;
        };
        let comma = extent(tokens, r).0;
        let relative = comma + 1;
        if tokens[comma].form != ","
            || relative >= r
            || !matches!(
                tokens[relative].form.to_lowercase().as_str(),
                "which" | "who" | "that"
            )
            || !tokens[relative].deprel.starts_with("nsubj")
        {
            continue;
        }
        // The clause's first finite word: an auxiliary or the verb itself.
        let finite = (relative + 1..=r).find(|&k| {
            k == r
                || (head_of(tokens, k) == Some(r)
                    && (tokens[k].deprel.starts_with("aux") || tokens[k].deprel == "cop"))
        });
        let Some(verb_plural) = finite.and_then(number) else {
            continue;
        };
        let Some(noun_plural) = number(h) else {
            continue;
        };
        if verb_plural == noun_plural {
            continue;
        }
        // The noun that ends the phrase right before the comma, inside the head's phrase.
        let last = comma.checked_sub(1);
        let agreeing = last.filter(|&n| {
            n > h
                && under(tokens, n, &[h])
                && number(n) == Some(verb_plural)
                && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
        });
        // Coordinated nouns take the clause on their first conjunct ("fruits and vegetables,
        // which are available").
        // A name is its first word ("Ernest Duchatelet, who was imprisoned").
        let agreeing = agreeing.map(|n| match head_of(tokens, n) {
            Some(first) if tokens[n].deprel == "conj" && number(first) == number(n) => first,
            Some(first) if tokens[n].deprel == "flat" => first,
            _ => n,
        });
        if let Some(n) = agreeing.filter(|&n| n != h) {
            out.push((r, n));
        }
    }
    out
}

/// Repair 65: a relative clause hung on the verb of the noun it describes.
///
/// Pairs (relative clause, noun): "The case was brought by the Office for Public Integrity
/// (OPI), which opened its investigation" can come out with "opened" an `acl:relcl` of
/// "brought", so that the case opened it. A relative clause after a comma, opened by "who", or
/// by "which" after a name, describes the noun phrase of the verb that ends at that comma.
/// "which" after a common noun may be about the whole clause ("The team lost the final,
/// which surprised its fans"), so that stays.
fn relatives_on_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, tk) in tokens.iter().enumerate() {
        if let Some(n) = who_past_a_name(tokens, r) {
            out.push((r, n));
            continue;
        }
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(v) = head_of(tokens, r)
            .filter(|&v| v < r && matches!(tokens[v].upos.as_str(), "VERB" | "AUX"))
        else {
            continue;
        };
        let comma = extent(tokens, r).0;
        if comma == 0 || tokens[comma].form != "," || comma + 1 >= r {
            continue;
        }
        let who = match tokens[comma + 1].form.to_lowercase().as_str() {
            "who" => true,
            "which" => false,
            _ => continue,
        };
        let noun = kids_of(tokens, v).find(|&n| {
            n < comma
                && extent(tokens, n).1 + 1 == comma
                && match tokens[n].upos.as_str() {
                    "PROPN" => true,
                    "NOUN" => who,
                    _ => false,
                }
        });
        if let Some(n) = noun {
            out.push((r, n));
        }
    }
    out
}

/// Repair 65, on a noun: a "who" clause hung on a thing whose phrase ends in a name ("a
/// club-record fee for striker Mateus Okafor, who has scored only once" with "scored" on
/// "fee") describes the name, and so does a "which" clause after a name with its acronym ("a
/// tranche of loans from the Eastern Development Fund (EDF), which has made ..." with "made" on
/// "tranche"). The name that ends the phrase, by its head.
fn who_past_a_name(tokens: &[Token], r: usize) -> Option<usize> {
    if !matches!(tokens[r].deprel.as_str(), "acl:relcl" | "acl" | "advcl") {
        return None;
    }
    let head = head_of(tokens, r).filter(|&h| h < r)?;
    let comma = extent(tokens, r).0;
    let who = comma + 1;
    let word = tokens.get(who)?.form.to_lowercase();
    let head_lemma = tokens[head].lemma.to_lowercase();
    let person = roles::is_role_noun(&tokens[head].form) || is_person_noun(&head_lemma);
    // "which" after a name with its acronym in brackets ("from the Eastern Development Fund
    // (EDF), which has made ..."), or on people ("Residents of Dresk, which was evacuated"):
    // the clause describes the name.
    let last = match word.as_str() {
        "who" if !person => comma.checked_sub(1)?,
        "which" => {
            let close = comma.checked_sub(1)?;
            let acronym = close.checked_sub(1)?;
            let bracketed = tokens[close].form == ")"
                && acronym >= 2
                && tokens[acronym - 1].form == "("
                && is_acronym(&tokens[acronym].form);
            let people = PERSON_NOUNS.contains(&head_lemma.as_str())
                || PEOPLE_AT_PLACES.contains(&head_lemma.as_str());
            match (bracketed, people) {
                (true, _) => acronym - 2,
                (false, true) => close,
                (false, false) => return None,
            }
        }
        _ => return None,
    };
    if comma < 2
        || tokens[comma].form != ","
        || head_of(tokens, who) != Some(r)
        || !matches!(tokens[head].upos.as_str(), "NOUN" | "VERB")
        || tokens[last].upos != "PROPN"
    {
        return None;
    }
    let name = name_head(tokens, last, |h| h < comma && h > head);
    // The name is the object of a preposition inside the phrase ("for striker Mateus Okafor"),
    // not the thing's apposition, which may stand for it ("this guy Nierman, who").
    let governed = kids_of(tokens, name).any(|c| tokens[c].deprel == "case" && c < name);
    (name != head && governed && under(tokens, name, &[head])).then_some(name)
}

/// True when the common noun `lemma` may stand for a person: a role, a relative, or a noun of
/// one who does something ("supervisor", "citizen"). A "who" clause after "the son of X," or
/// "the supervisor of the Atlanta PD," may be the noun's.
fn is_person_noun(lemma: &str) -> bool {
    let lower = lemma.to_lowercase();
    PERSON_NOUNS.contains(&lower.as_str())
        || ["or", "er", "ist", "ian", "ant", "ent"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// People named by where they live or work ("residents of Dresk", "workers at the plant").
const PEOPLE_AT_PLACES: &[&str] = &[
    "employee",
    "inhabitant",
    "passenger",
    "resident",
    "villager",
    "worker",
];

/// Common nouns for people that are no role and have no agent ending.
const PERSON_NOUNS: &[&str] = &[
    "boy",
    "child",
    "citizen",
    "colleague",
    "daughter",
    "family",
    "friend",
    "girl",
    "guy",
    "husband",
    "man",
    "native",
    "national",
    "people",
    "person",
    "relative",
    "son",
    "widow",
    "wife",
    "woman",
];

/// Repair 35: the object of a conjunct read as a second object of the first verb.
///
/// Pairs (object, conjunct): "visited a shelter in Redmont and thanked volunteers who ..." can
/// come out with "volunteers" a second object of "visited" and "thanked" without one. A verb
/// has one direct object; the later one, after the verb's conjunct that has none, is the
/// conjunct's. So is the object of a passive verb ("were convicted and received sentences").
fn objects_of_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o2, t) in tokens.iter().enumerate() {
        if t.deprel != "obj" {
            continue;
        }
        let Some(v) = head_of(tokens, o2).filter(|&v| v < o2) else {
            continue;
        };
        let first_object = kids_of(tokens, v).any(|o| o < o2 && tokens[o].deprel == "obj");
        // A passive verb has no object to take either: "were convicted and received
        // sentences".
        let passive = kids_of(tokens, v).any(|k| tokens[k].deprel.ends_with(":pass"));
        let conjunct = kids_of(tokens, v).filter(|&c| c < o2).last().filter(|&c| {
            tokens[c].deprel == "conj"
                && tokens[c].upos == "VERB"
                && !kids_of(tokens, c).any(|k| matches!(tokens[k].deprel.as_str(), "obj" | "ccomp"))
                && (c + 1..o2).all(|k| under(tokens, k, &[o2]))
        });
        if let (true, Some(c)) = (first_object || passive, conjunct) {
            out.push((o2, c));
        }
    }
    out
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

/// Repair 19: a noun read as a compound across a preposition.
///
/// Pairs (noun, head): "expand trade in farm goods" read with "trade" as a `compound` of
/// "goods" and "in" between them. A compound sits right before its head, never across the
/// head's own preposition, so the noun heads the phrase and the prepositional phrase modifies
/// it: "trade" takes the head's place (the object of a verb that has none, when the head was
/// an oblique) and "goods" becomes its `nmod`.
fn compounds_across_prepositions(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // Common nouns only: titles before names ("Secretary of State Ana Lopez") are
        // compounds of a sort across "of".
        if tk.deprel != "compound" || tk.upos != "NOUN" {
            continue;
        }
        let Some(h) = head_of(tokens, c) else {
            continue;
        };
        // The preposition is the head's own, or that of a compound inside the head's name
        // ("takeover of rival cable maker Orsinet Group" with "takeover" a compound of
        // "Group" and "of" on "maker"). A title is left alone ("head of state Ana Lopez").
        let own = |m: usize| {
            m == h
                || tokens[h].upos == "PROPN"
                    && matches!(tokens[m].deprel.as_str(), "compound" | "flat")
                    && head_of(tokens, m) == Some(h)
                    && !roles::is_role_word(&tk.lemma.to_lowercase())
                    && !TIME_WORDS.contains(&tokens[m].lemma.to_lowercase().as_str())
                    && !tk.form.starts_with(|ch: char| ch.is_ascii_digit())
        };
        if !matches!(tokens[h].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let across =
            (c + 1..h).any(|k| tokens[k].deprel == "case" && head_of(tokens, k).is_some_and(own));
        if across && h > c && head_of(tokens, h).is_some() {
            out.push((c, h));
        }
    }
    out
}

/// Repair 17: an age read as the subject.
///
/// Pairs (name, age): "Dahl , 58 , has led the country" read with "58" as the subject of "led"
/// and "Dahl" as some other dependent of it. A number of one to three digits between commas
/// right after a name is the person's age (UD `amod` of the name), and the name is the subject.
fn ages_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in 2..tokens.len().saturating_sub(1) {
        let age = &tokens[a];
        let is_age = age.upos == "NUM"
            && (1..=3).contains(&age.form.len())
            && age.form.bytes().all(|b| b.is_ascii_digit());
        if !is_age
            || !age.deprel.starts_with("nsubj")
            || tokens[a - 1].form != ","
            || tokens[a + 1].form != ","
            || !capitalised_noun(&tokens[a - 2])
        {
            continue;
        }
        let Some(verb) = head_of(tokens, a) else {
            continue;
        };
        // The name's head: the token of the name run before the comma hung on the verb.
        let mut start = a - 2;
        while start > 0 && capitalised_noun(&tokens[start - 1]) {
            start -= 1;
        }
        let name = (start..a - 1).find(|&k| head_of(tokens, k) == Some(verb));
        if let Some(name) = name
            && !tokens[name].deprel.starts_with("nsubj")
            && (start..a - 1).all(|k| k == name || under(tokens, k, &[name]))
        {
            out.push((name, a));
        }
    }
    out
}

/// A proper noun, or a capitalised noun (the tagger reads unknown surnames as either).
fn capitalised_noun(t: &Token) -> bool {
    t.upos == "PROPN" || (t.upos == "NOUN" && t.form.chars().next().is_some_and(char::is_uppercase))
}

/// Verbs that take an indirect object ("told her the news"): those with at least two `iobj`
/// in UD English EWT and GUM train.
const DITRANSITIVE: &[&str] = &[
    "give",
    "tell",
    "ask",
    "allow",
    "show",
    "send",
    "trust",
    "charge",
    "cause",
    "feed",
    "pay",
    "get",
    "remind",
    "take",
    "teach",
    "email",
    "convince",
    "inform",
    "do",
    "assure",
    "warn",
    "write",
    "leave",
    "urge",
    "advise",
    "offer",
    "notify",
    "wish",
    "buy",
    "hand",
    "believe",
    "sell",
    "promise",
    "provide",
    "reassure",
    "bring",
    "make",
    "excuse",
    "thank",
    "deny",
    "save",
    "owe",
    "persuade",
    "find",
    "recommend",
    "cost",
    "guarantee",
    "quote",
    "cut",
    "read",
    "fix",
    "text",
    "grant",
    "award",
    "lend",
    "earn",
];

/// Repair 16: a possessive "her" read as an indirect object.
///
/// Pairs (pronoun, noun): "rejected her claims" read as "gave her flowers", with "her" the
/// `iobj` of a verb that takes none. Right before the verb's object, with nothing but the
/// object's own modifiers between them, "her" is the object's possessor. A possessive that
/// cannot be an object ("his", "its") is the possessor of the phrase right after it, whatever
/// the verb.
fn possessive_read_as_iobj(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.deprel != "iobj" || !(t.form.eq_ignore_ascii_case("her") || t.xpos == "PRP$") {
            continue;
        }
        let Some(verb) = head_of(tokens, i) else {
            continue;
        };
        // "his", "its", "their" only ever possess: with a ditransitive verb too ("gave his
        // Liberal Party a majority" with "his" and "Party" both indirect objects), the phrase
        // right after them is theirs.
        if !t.form.eq_ignore_ascii_case("her") {
            let phrase = kids_of(tokens, verb).find(|&o| {
                o > i
                    && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN")
                    && extent(tokens, o).0 == i + 1
            });
            if let Some(o) = phrase {
                out.push((i, o));
                continue;
            }
        }
        if DITRANSITIVE.contains(&tokens[verb].lemma.to_lowercase().as_str()) {
            continue;
        }
        let object = kids_of(tokens, verb).find(|&o| o > i && tokens[o].deprel == "obj");
        if let Some(o) = object {
            let own = (i + 1..o).all(|k| under(tokens, k, &[o]));
            let determined = kids_of(tokens, o)
                .any(|k| matches!(tokens[k].deprel.as_str(), "det" | "nmod:poss"));
            if own && !determined && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN") {
                out.push((i, o));
            }
        }
    }
    out
}

/// The head of the name whose word `last` is: up from it through the name's own links (`flat`,
/// `compound`, `fixed`) while the head stays where `within` allows.
fn name_head(tokens: &[Token], last: usize, within: impl Fn(usize) -> bool) -> usize {
    let mut n = last;
    while matches!(tokens[n].deprel.as_str(), "flat" | "compound" | "fixed") {
        match head_of(tokens, n).filter(|&h| within(h)) {
            Some(h) => n = h,
            None => break,
        }
    }
    n
}

/// The one subject of verb `v` (`nsubj` or `nsubj:pass`), when it has exactly one.
fn sole_subject(tokens: &[Token], v: usize) -> Option<usize> {
    let mut subjects = kids_of(tokens, v).filter(|&k| tokens[k].deprel.starts_with("nsubj"));
    match (subjects.next(), subjects.next()) {
        (Some(s), None) => Some(s),
        _ => None,
    }
}

/// The head of token `i` (0-based) when it has one in the sentence: not for the root, a head
/// past the end, or a token that heads itself.
fn head_of(tokens: &[Token], i: usize) -> Option<usize> {
    let h = tokens[i].head;
    (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
}

/// The first word of the phrase headed by `n` that is not punctuation (the parser hangs the
/// comma before an apposition on it).
fn phrase_start(tokens: &[Token], n: usize) -> usize {
    let (from, _) = extent(tokens, n);
    (from..n).find(|&k| tokens[k].upos != "PUNCT").unwrap_or(n)
}

/// True when token `k` hangs (within ten steps up the tree) below one of `heads`.
fn under(tokens: &[Token], k: usize, heads: &[usize]) -> bool {
    let mut h = k;
    for _ in 0..10 {
        match head_of(tokens, h) {
            Some(up) if heads.contains(&up) => return true,
            Some(up) => h = up,
            None => return false,
        }
    }
    false
}

/// The subject relation a clause headed by `v` takes: `nsubj:pass` with a passive auxiliary.
fn subject_rel(tokens: &[Token], v: usize) -> &'static str {
    if kids_of(tokens, v).any(|a| tokens[a].deprel == "aux:pass") {
        "nsubj:pass"
    } else {
        "nsubj"
    }
}

/// The dependents of token `h` (0-based), in sentence order.
fn kids_of(tokens: &[Token], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..tokens.len()).filter(move |&c| tokens[c].head == h + 1)
}

/// Does token `h` have a `case` dependent whose lemma is `word` ("of", "on", ...)?
fn has_case(tokens: &[Token], h: usize, word: &str) -> bool {
    kids_of(tokens, h)
        .any(|c| tokens[c].deprel == "case" && tokens[c].lemma.eq_ignore_ascii_case(word))
}

/// Pair (adjective, verb): a sentence-initial adjective read as the root, with the sentence's
/// verb as its conjunct ("Ukrainian President X, speaking ..., called ..." with "Ukrainian" as
/// root and "called" its `conj`). The adjective modifies the noun after it; the verb is the root.
fn adjective_root(tokens: &[Token]) -> Option<(usize, usize)> {
    let a = tokens.iter().position(|tk| tk.head == 0)?;
    let kids = |h: usize| kids_of(tokens, h);
    let leading_punct = tokens[..a].iter().all(|tk| tk.upos == "PUNCT");
    if tokens[a].upos != "ADJ"
        || !leading_punct
        || a + 1 >= tokens.len()
        || !matches!(tokens[a + 1].upos.as_str(), "NOUN" | "PROPN")
        || kids(a).any(|c| {
            let d = tokens[c].deprel.as_str();
            d == "cop" || d.starts_with("nsubj") || d.starts_with("csubj")
        })
    {
        return None;
    }
    let verb = kids(a).find(|&c| {
        // As a conjunct the verb may have lost its subject to a participle (repaired next);
        // read as an adverbial or parenthetical clause it must have one.
        let subject = kids(c).any(|s| tokens[s].deprel.starts_with("nsubj"));
        tokens[c].upos == "VERB"
            && match tokens[c].deprel.as_str() {
                "conj" => true,
                "advcl" | "parataxis" => subject,
                _ => false,
            }
    })?;
    Some((a, verb))
}

/// Pair (subject, verb): "X, speaking to reporters, called ...": the subject hung on a participle
/// clause (`advcl`, -ing or -ed, no auxiliary or marker) before a verb that has no subject.
fn participle_subject(tokens: &[Token]) -> Option<(usize, usize)> {
    let kids = |h: usize| kids_of(tokens, h);
    for v in 0..tokens.len() {
        if tokens[v].upos != "VERB"
            || !matches!(
                tokens[v].deprel.as_str(),
                "root" | "conj" | "ccomp" | "parataxis"
            )
            || kids(v).any(|c| {
                let d = tokens[c].deprel.as_str();
                d.starts_with("nsubj") || d.starts_with("csubj") || d == "expl"
            })
        {
            continue;
        }
        for a in kids(v).filter(|&a| a < v && tokens[a].deprel == "advcl") {
            let participle = matches!(tokens[a].xpos.as_str(), "VBG" | "VBN")
                && !kids(a)
                    .any(|c| matches!(tokens[c].deprel.as_str(), "aux" | "aux:pass" | "mark"));
            let subject = kids(a).find(|&c| c < a && tokens[c].deprel == "nsubj");
            let comma = subject.is_some_and(|s| (s + 1..a).any(|i| tokens[i].form == ","));
            if let (true, true, Some(s)) = (participle, comma, subject) {
                return Some((s, v));
            }
        }
    }
    None
}

/// Verbs that take a phrase with "about" ("talked about 30 issues", "worried about 20 cases").
const ABOUT_VERBS: &[&str] = &[
    "argue", "ask", "be", "bring", "call", "care", "come", "complain", "dream", "email", "feel",
    "forget", "go", "hear", "inquire", "joke", "know", "laugh", "learn", "phone", "read", "say",
    "speak", "talk", "tell", "think", "warn", "wonder", "worry", "write",
];

/// Repair 38: "about" before a number read as a preposition.
///
/// Pairs (about, number): "represents about 30,000 dock workers" can come out with "about" the
/// `case` of "workers", which then becomes an oblique and the relation "represent about". Right
/// before a number that counts the noun, after a verb with no object of its own that takes no
/// "about" phrase, "about" (or "around") says the number is rough: it modifies the number
/// (`advmod`), and the noun is the verb's object.
fn rough_numbers_read_as_phrases(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, t) in tokens.iter().enumerate() {
        if t.deprel != "case" || !matches!(t.lemma.to_lowercase().as_str(), "about" | "around") {
            continue;
        }
        let Some(n) = head_of(tokens, a).filter(|&n| n > a + 1) else {
            continue;
        };
        // The number counts the noun, maybe through its multiplier ("about 1.9 million
        // customers").
        let number = a + 1;
        let counts = (number..n).all(|k| tokens[k].upos == "NUM" || head_of(tokens, k) == Some(n))
            && under(tokens, number, &[n]);
        if tokens[number].upos != "NUM" || !counts {
            continue;
        }
        let Some(v) = head_of(tokens, n).filter(|&v| v < a && tokens[v].upos == "VERB") else {
            continue;
        };
        let has_object = kids_of(tokens, v).any(|o| tokens[o].deprel == "obj");
        let takes_about = ABOUT_VERBS.contains(&tokens[v].lemma.to_lowercase().as_str());
        // "was born around 347 AD": a passive verb has no object to give.
        let passive = kids_of(tokens, v).any(|k| tokens[k].deprel.ends_with(":pass"));
        if tokens[n].deprel == "obl" && !has_object && !takes_about && !passive {
            out.push((a, number));
        }
    }
    out
}

/// Repair 14: a preposition hung on the first modifier of its noun phrase.
///
/// Pairs (preposition, noun): "led by Secretary of State Marco Rubio" read with "by" as the
/// `case` of "Secretary", a compound of "Rubio". UD puts a phrase's preposition on its head, and
/// the relation reads it there (`be led by`). A `case` word on a modifier (compound, flat name,
/// adjective, number or determiner) that opens its head's phrase, where the head has no `case`
/// of its own, moves to the head.
fn stranded_cases(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "case" || tk.upos != "ADP" {
            continue;
        }
        let Some(m) = head_of(tokens, c) else {
            continue;
        };
        let modifier = matches!(
            tokens[m].deprel.as_str(),
            "compound" | "flat" | "amod" | "nummod" | "det"
        );
        let Some(g) = head_of(tokens, m) else {
            continue;
        };
        if !modifier
            || c >= m
            || m >= g
            || !matches!(tokens[g].upos.as_str(), "NOUN" | "PROPN")
            || kids_of(tokens, g).any(|k| tokens[k].deprel == "case")
            || kids_of(tokens, m).any(|k| k != c && tokens[k].deprel == "case")
        {
            continue;
        }
        // The preposition opens the phrase: everything from it to the head hangs below the
        // head, and the word before it does not.
        let opens = c == 0 || !under(tokens, c - 1, &[g]);
        if opens && (c + 1..g).all(|k| under(tokens, k, &[g])) {
            out.push((c, g));
        }
    }
    out
}

fn first_pass(tokens: &[Token]) -> Option<Vec<Token>> {
    let cases = stranded_cases(tokens);
    let possessives = possessive_read_as_iobj(tokens);
    let ages = ages_read_as_subjects(tokens);
    let across = compounds_across_prepositions(tokens);
    let fixes = inverted_reporting(tokens);
    let times = time_subjects(tokens);
    let contents = content_clauses(tokens);
    let mut second_times = second_time_subjects(tokens);
    let stranded = stranded_conjuncts(tokens);
    let controlled = control_infinitives_on_objects(tokens);
    let finite = finite_conjuncts_of_infinitives(tokens);
    // A stranded conjunct is no subject for `split_subjects` to read.
    second_times.extend(stranded.iter().map(|&(c, _)| c));
    let split = split_subjects(tokens, &second_times);
    second_times.retain(|w| !stranded.iter().any(|&(c, _)| c == *w));
    let modifiers = noun_modifiers_read_as_subjects(tokens);
    let tails = reporting_tails_read_as_conjuncts(tokens);
    let subordinators = subordinators_read_as_prepositions(tokens);
    let titled = titled_appositions(tokens);
    let names = split_names(tokens);
    let accusations = accusations_on_objects(tokens);
    let subject_times = times_on_subjects(tokens);
    let time_heads = times_read_as_heads(tokens);
    if cases.is_empty()
        && possessives.is_empty()
        && ages.is_empty()
        && across.is_empty()
        && fixes.is_empty()
        && times.is_empty()
        && contents.is_empty()
        && second_times.is_empty()
        && split.is_empty()
        && stranded.is_empty()
        && controlled.is_empty()
        && finite.is_empty()
        && modifiers.is_empty()
        && subordinators.is_empty()
        && tails.is_empty()
        && titled.is_empty()
        && names.is_empty()
        && accusations.is_empty()
        && subject_times.is_empty()
        && time_heads.is_empty()
    {
        return None;
    }
    let mut out = tokens.to_vec();
    for (case, head) in cases {
        out[case].head = head + 1;
    }
    for (name, age) in ages {
        // The comma after the age goes with the age, the name takes the subject relation.
        let rel = std::mem::take(&mut out[age].deprel);
        out[name].deprel = rel;
        out[age].head = name + 1;
        out[age].deprel = "amod".into();
        if out[age + 1].head != age + 1 {
            out[age + 1].head = age + 1;
        }
    }
    for (noun, head) in across {
        let (up, rel) = (out[head].head, out[head].deprel.clone());
        let verb_has_object = (0..out.len()).any(|k| out[k].head == up && out[k].deprel == "obj");
        let rel = if rel == "obl" && !verb_has_object {
            "obj".to_string()
        } else {
            rel
        };
        // The head's dependents before the noun (its determiner) go with the noun.
        for tk in out[..noun].iter_mut() {
            if tk.head == head + 1 {
                tk.head = noun + 1;
            }
        }
        // The preposition is the head's, not its compound's.
        for t in &mut out[noun + 1..head] {
            if t.deprel == "case" && t.head != head + 1 {
                t.head = head + 1;
            }
        }
        out[noun].head = up;
        out[noun].deprel = rel;
        out[head].head = noun + 1;
        out[head].deprel = "nmod".into();
    }
    for (pronoun, noun) in possessives {
        out[pronoun].head = noun + 1;
        out[pronoun].deprel = "nmod:poss".into();
    }
    for (conjunct, first) in stranded {
        out[conjunct].head = first + 1;
        out[conjunct].deprel = "conj".into();
    }
    for w in second_times {
        out[w].deprel = "obl:tmod".into();
    }
    for (infinitive, verb) in controlled {
        out[infinitive].head = verb + 1;
        out[infinitive].deprel = "xcomp".into();
    }
    for (conjunct, first) in finite {
        out[conjunct].head = first + 1;
    }
    for (modifier, name, det) in modifiers {
        out[modifier].head = name + 1;
        out[modifier].deprel = "compound".into();
        if let Some(d) = det {
            out[d].head = name + 1;
        }
    }
    for t in tails {
        out[t.clause].head = t.first + 1;
        out[t.clause].deprel = "conj".into();
        out[t.cc].head = t.clause + 1;
        out[t.say].deprel = "parataxis".into();
    }
    for (noun, case, verb) in subordinators {
        // A prepositional phrase read as the verb's subject modifies the noun.
        let read_as_subject: Vec<usize> = kids_of(&out, verb)
            .filter(|&s| out[s].deprel.starts_with("nsubj") && prepositional_subject(&out, s, verb))
            .collect();
        for s in read_as_subject {
            (out[s].head, out[s].deprel) = (noun + 1, "nmod".into());
        }
        // Prepositional phrases between the subject and its verb modify the subject.
        let first = kids_of(&out, verb)
            .next()
            .filter(|&a| a < verb)
            .unwrap_or(verb);
        for r in gap_phrases(&out, noun, first).unwrap_or_default() {
            (out[r].head, out[r].deprel) = (noun + 1, "nmod".into());
        }
        if matches!(out[verb].deprel.as_str(), "acl" | "conj" | "parataxis") {
            // The clause verb was inside the phrase, or coordinated with or set beside a verb
            // above it: it takes the phrase's place (or keeps its own, when the phrase was
            // its own oblique).
            if out[noun].head != verb + 1 {
                out[verb].head = out[noun].head;
            }
            out[verb].deprel = "advcl".into();
        }
        if out[verb].deprel == "xcomp" {
            // "cut" read as a bare complement: the past tense of an adverbial clause.
            out[verb].deprel = "advcl".into();
            out[verb].xpos = "VBD".into();
        }
        out[noun].head = verb + 1;
        out[noun].deprel = subject_rel(&out, verb).into();
        out[case].head = verb + 1;
        out[case].deprel = "mark".into();
    }
    for (first, other) in split {
        out[other].head = first + 1;
        out[other].deprel = "conj".into();
    }
    for (noun, time) in time_heads {
        // The noun takes the time's place; the time's dependents before the noun (its
        // determiner) go with the noun.
        let (head, deprel) = (out[time].head, std::mem::take(&mut out[time].deprel));
        for tk in out[..noun].iter_mut() {
            if tk.head == time + 1 {
                tk.head = noun + 1;
            }
        }
        out[noun].head = head;
        out[noun].deprel = deprel;
        out[time].deprel = "obl:unmarked".into();
    }
    for (time, verb) in subject_times {
        out[time].head = verb + 1;
        out[time].deprel = "obl".into();
    }
    for (gerund, verb) in accusations {
        out[gerund].head = verb + 1;
        out[gerund].deprel = "advcl".into();
        if out[gerund - 1].head == gerund + 1 {
            out[gerund - 1].deprel = "mark".into();
        }
    }
    for (part, name) in names {
        // "Information Commissioner Dalia ...": a capitalised noun right before a title
        // names the office, a part of the name.
        let office = part + 1 == name && roles::is_role_word(&out[name].form);
        if out[part].upos == "NOUN" && !office {
            // "The former leader Saddam Hussein": the common noun heads, the name is its
            // apposition (as UD has it).
            out[name].head = part + 1;
            out[name].deprel = "appos".into();
            continue;
        }
        out[part].head = name + 1;
        // A title ("Mayor Tate") describes the name; anything else is part of it.
        let title = roles::is_role_word(&out[part].form) || roles::is_role_noun(&out[part].form);
        out[part].deprel = if title { "nmod:desc" } else { "compound" }.into();
    }
    for (appos, first, conjunct) in titled {
        out[appos].head = first + 1;
        out[appos].deprel = "conj".into();
        // The conjunct's title words and its coordinator go with the name.
        out[conjunct - 1].head = appos + 1;
        let title = conjunct + 1;
        out[conjunct].head = if title < appos { title + 1 } else { appos + 1 };
        out[conjunct].deprel = if out[conjunct].upos == "ADJ" {
            "amod"
        } else {
            "compound"
        }
        .into();
    }
    for (verb, that, teller) in contents {
        match teller {
            Some(t) => (out[verb].head, out[verb].deprel) = (t + 1, "ccomp".into()),
            None => out[verb].deprel = "acl".into(),
        }
        (out[that].deprel, out[that].upos) = ("mark".into(), "SCONJ".into());
    }
    for (verb, speaker) in fixes {
        out[verb].deprel = "parataxis".into();
        out[speaker].deprel = "nsubj".into();
    }
    for (noun, time, verb) in times {
        take_place(&mut out, noun, verb);
        let rel = subject_rel(&out, verb);
        out[noun].head = verb + 1;
        out[noun].deprel = rel.into();
        out[time].deprel = "obl:tmod".into();
    }
    Some(out)
}

/// Pairs (infinitive, verb): a "to" infinitive read as a modifier (`acl`) of the object of a
/// verb of object control. In "urged nurses to return to work" the nurses are to return; the
/// infinitive is the verb's complement (`xcomp`), as UD has it, not a kind of nurse.
fn control_infinitives_on_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl" || tk.upos != "VERB" || tk.xpos != "VB" {
            continue;
        }
        // "to" and no other subordinator: "told students that to understand fear ..." is not
        // control, and neither is "told him how to move".
        let mut marks = kids_of(tokens, i).filter(|&m| tokens[m].deprel == "mark");
        let to = marks.all(|m| m < i && tokens[m].lemma == "to")
            && i >= 2
            && tokens[i - 1].lemma == "to"
            && tokens[i - 2].upos != "SCONJ"
            && !matches!(
                tokens[i - 2].lemma.to_lowercase().as_str(),
                "that" | "how" | "what" | "where" | "when" | "whether" | "which" | "who"
            );
        let Some(o) = head_of(tokens, i).filter(|&o| o < i && tokens[o].deprel == "obj") else {
            continue;
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v < o) else {
            continue;
        };
        if to && OBJECT_CONTROL.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((i, v));
        }
    }
    out
}

/// Verbs whose object is followed by "of" and what it is about: "accused the minister of
/// rigging the vote", "convicted him of taking bribes".
const OF_COMPLEMENT: &[&str] = &[
    "accuse", "acquit", "clear", "convict", "convince", "persuade", "remind", "rob", "suspect",
    "warn",
];

/// Repair 26: the gerund of an accusation read as a modifier of the accused.
///
/// Pairs (gerund, verb): "accused Prime Minister Henrik Dahl of rigging the election" can come
/// out with "rigging" as an `acl` of "Dahl", so nothing says who rigged what to whom, or as an
/// adverbial clause of a verb further on ("..., hours after results gave ..."). After a verb
/// like "accuse", "of" + -ing belongs to the verb (`advcl`, as UD has it): what the object is
/// accused of.
fn accusations_on_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (g, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || g < 2 || tokens[g - 1].lemma != "of" {
            continue;
        }
        // Up from the word it hangs on to the object, through the parts of the object's name;
        // or, hung on a later verb, the object whose phrase ends right before "of".
        let o = match tk.deprel.as_str() {
            "acl" => {
                let Some(mut o) = head_of(tokens, g) else {
                    continue;
                };
                // Bounded: a malformed tree may have a cycle.
                for _ in 0..tokens.len() {
                    match head_of(tokens, o) {
                        Some(up) if matches!(tokens[o].deprel.as_str(), "flat" | "compound") => {
                            o = up
                        }
                        _ => break,
                    }
                }
                o
            }
            "advcl" if tk.head > g + 1 => {
                match (0..g - 1)
                    .find(|&o| tokens[o].deprel == "obj" && extent(tokens, o).1 == g - 2)
                {
                    Some(o) => o,
                    None => continue,
                }
            }
            _ => continue,
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v < o && tokens[o].deprel == "obj") else {
            continue;
        };
        if OF_COMPLEMENT.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((g, v));
        }
    }
    out
}

/// Pairs (conjunct, verb): a finite verb read as the conjunct of a "to" infinitive, which it
/// cannot coordinate with. In "She urged nurses to return and promised to meet them" the
/// parser can hang "promised" on "return"; it is the conjunct of the nearest verb above with
/// the same tense and person ("urged"), also when the tagger read "promised" as a participle.
fn finite_conjuncts_of_infinitives(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        // A past participle without an auxiliary is the past tense the tagger took it for.
        let bare_participle =
            tk.xpos == "VBN" && !kids_of(tokens, c).any(|a| tokens[a].deprel.starts_with("aux"));
        let tense = if bare_participle {
            "VBD"
        } else {
            tk.xpos.as_str()
        };
        if tk.deprel != "conj" || tk.upos != "VERB" || !matches!(tense, "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let Some(h) = head_of(tokens, c) else {
            continue;
        };
        let infinitive = tokens[h].xpos == "VB"
            && kids_of(tokens, h)
                .any(|m| m < h && tokens[m].deprel == "mark" && tokens[m].lemma == "to");
        let own_subject = kids_of(tokens, c).any(|s| tokens[s].deprel.starts_with("nsubj"));
        // A verb phrase of its own: "and" right before it and a complement after it.
        let coordinated = c > 0 && tokens[c - 1].deprel == "cc";
        let complement = kids_of(tokens, c)
            .any(|k| k > c && matches!(tokens[k].deprel.as_str(), "obj" | "xcomp" | "ccomp"));
        if !infinitive || own_subject || !coordinated || !complement {
            continue;
        }
        let mut up = h;
        for _ in 0..10 {
            let Some(a) = head_of(tokens, up) else { break };
            if tokens[a].xpos == tense && a < c {
                out.push((c, a));
                break;
            }
            up = a;
        }
    }
    out
}

/// Verbs that take no object, so that their -ing form before a noun describes it ("falling
/// rates", "rising prices") and never does something to it.
const NO_OBJECT: &[&str] = &[
    "decline", "dwindle", "emerge", "exist", "fall", "linger", "persist", "plummet", "rage",
    "remain", "rise", "slump", "soar", "surge", "tumble",
];

/// Repair 41: an -ing modifier read as a verb with the noun it modifies as object.
///
/// Pairs (participle, noun): "blamed falling vaccination rates for the outbreaks" can come out
/// with "falling" a complement of "blamed" and "rates" its object, so that doctors blame a
/// falling. A verb that takes no object ([`NO_OBJECT`]) has none: its -ing form right before the
/// noun's phrase modifies the noun (`amod`), and the noun takes the participle's place.
fn intransitive_participles_read_as_verbs(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || !NO_OBJECT.contains(&tk.lemma.to_lowercase().as_str()) {
            continue;
        }
        let kids: Vec<usize> = kids_of(tokens, v).collect();
        let [o] = kids[..] else {
            continue;
        };
        let phrase = (v + 1..o).all(|k| head_of(tokens, k) == Some(o));
        if o > v
            && tokens[o].deprel == "obj"
            && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN")
            && phrase
        {
            out.push((v, o));
        }
    }
    out
}

/// Verbs whose object can be followed by what it is said or made to be ("called the threat
/// unlawful", "found the plan unworkable").
const OBJECT_PREDICATE: &[&str] = &[
    "call", "consider", "declare", "deem", "find", "judge", "keep", "label", "leave", "make",
    "rule", "think",
];

/// Repair 44: an adjective after the object read as its modifier.
///
/// Pairs (adjective, verb): "called the threat unlawful" can come out with "unlawful" an `amod`
/// of "threat". English puts a modifying adjective before its noun; one right after the object
/// of a verb of [`OBJECT_PREDICATE`] says what the object is called or made: the verb's `xcomp`.
fn predicates_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    (0..tokens.len())
        .filter_map(|a| Some((a, predicate_read_as_modifier(tokens, a)?)))
        .collect()
}

/// The verb of [`OBJECT_PREDICATE`] whose object adjective `a` follows as its `amod`, if any
/// (lower-case adjectives after a common noun or a name: not "one Iraqi").
fn predicate_read_as_modifier(tokens: &[Token], a: usize) -> Option<usize> {
    let tk = &tokens[a];
    if tk.deprel != "amod" || tk.upos != "ADJ" || tk.form.starts_with(char::is_uppercase) {
        return None;
    }
    let o = head_of(tokens, a)
        .filter(|&o| o + 1 == a && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN"))?;
    verb_of_object(tokens, o)
        .filter(|&v| OBJECT_PREDICATE.contains(&tokens[v].lemma.to_lowercase().as_str()))
}

/// The verb that takes token `o` as its object (`obj`), when it comes before it.
fn verb_of_object(tokens: &[Token], o: usize) -> Option<usize> {
    head_of(tokens, o).filter(|&v| v < o && tokens[o].deprel == "obj" && tokens[v].upos == "VERB")
}

/// Repair 32: a verb coordinated with an object.
///
/// Pairs (conjunct, verb): a finite or past verb with a complement of its own, coordinated
/// ("and" before it) with the object of a verb before it. In "has destroyed 200 homes and forced
/// residents to flee" a noun has no verb for a conjunct: "forced" is the conjunct of
/// "destroyed", and what it did is the fire's too. So is a verb coordinated with an adjective
/// after the object ("called the threat unlawful and promised to ...").
fn verbs_coordinated_with_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, tk) in tokens.iter().enumerate() {
        if tk.deprel != "conj" || tk.upos != "VERB" {
            continue;
        }
        if !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN") {
            continue;
        }
        // The adjective that says what the object is called or made stands for the object.
        let object = |n: usize| match predicate_read_as_modifier(tokens, n) {
            Some(_) => head_of(tokens, n).unwrap_or(n),
            None => n,
        };
        let Some(n) = head_of(tokens, c).map(object).filter(|&n| n < c) else {
            continue;
        };
        // Also a noun of time or place after the object, when the conjunct shares the
        // subject ("claimed victory shortly after midnight and thanked supporters" with
        // "thanked" on "midnight").
        let own_subject = kids_of(tokens, c).any(|k| tokens[k].deprel.starts_with("nsubj"));
        let oblique = |n: usize| {
            head_of(tokens, n).filter(|&v| {
                v < n
                    && tokens[v].upos == "VERB"
                    && tokens[n].deprel.starts_with("obl")
                    && !own_subject
            })
        };
        let Some(v) = verb_of_object(tokens, n).or_else(|| oblique(n)) else {
            continue;
        };
        let coordinated = kids_of(tokens, c).any(|k| k < c && tokens[k].deprel == "cc");
        let complement = kids_of(tokens, c)
            .any(|k| k > c && matches!(tokens[k].deprel.as_str(), "obj" | "xcomp" | "ccomp"));
        if coordinated && complement && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN") {
            out.push((c, v));
        }
    }
    out
}

/// Repair 33: a clause read as the apposition of the noun before its subject.
///
/// Triples (verb, noun, subject): a finite verb read as the apposition (`appos`) of the common
/// noun right before its subject's phrase, as in "Opposition leader Maria Costa accused ..."
/// with "leader" the root. A clause with a subject of its own is no apposition: the verb takes
/// the noun's place, the noun is its subject, and the name after the noun is the noun's
/// apposition, as UD annotates a role noun before a name.
fn clauses_read_as_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "VERB" {
            continue;
        }
        if !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let Some(n) = head_of(tokens, v).filter(|&n| n < v && tokens[n].upos == "NOUN") else {
            continue;
        };
        let subject = kids_of(tokens, v).find(|&s| {
            s < v
                && tokens[s].deprel == "nsubj"
                && tokens[s].upos == "PROPN"
                && extent(tokens, s).0 == n + 1
                && tokens[n + 1].upos == "PROPN"
        });
        if let Some(s) = subject {
            out.push((v, n, s));
        }
    }
    out
}

/// The comma that opens the phrase of `h`: hung on the phrase (its first token) or right
/// before it, wherever the parser hung it.
fn opening_comma(tokens: &[Token], h: usize) -> Option<usize> {
    let first = extent(tokens, h).0;
    let comma = if tokens[first].form == "," {
        first
    } else {
        first.checked_sub(1)?
    };
    (tokens[comma].form == ",").then_some(comma)
}

/// The first and last token (0-based) of the subtree of `h`.
fn extent(tokens: &[Token], h: usize) -> (usize, usize) {
    let inside: Vec<usize> = (0..tokens.len())
        .filter(|&k| k == h || under(tokens, k, &[h]))
        .collect();
    (inside[0], inside[inside.len() - 1])
}

/// Triples (modifier, name, its determiner): a common noun right before an organisation's name,
/// both read as subjects of one verb. "The opposition Labour Party accused ..." is one phrase:
/// the noun modifies the name (`compound`), and the determiner goes with the name.
fn noun_modifiers_read_as_subjects(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (m, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nsubj" || tk.upos != "NOUN" {
            continue;
        }
        let Some(v) = head_of(tokens, m) else {
            continue;
        };
        let (_, last) = extent(tokens, m);
        let Some(n) = (last + 1 < tokens.len()).then_some(last + 1) else {
            continue;
        };
        let next = &tokens[n];
        // The name starts right after the noun's phrase: its own head, or a word of it.
        let name = if head_of(tokens, n) == Some(v) {
            n
        } else {
            match head_of(tokens, n) {
                Some(h) if head_of(tokens, h) == Some(v) && h > n => h,
                _ => continue,
            }
        };
        let kids_before = kids_of(tokens, m).all(|k| k < m);
        // An organisation's name, by its ending or the kind of organisation the noun is ("The
        // social media app Chatterly said"): "The owner Karla" and "Her mother Ismat" are a
        // person named in apposition, with the noun as head.
        // Or the entity tagger's ("the nationalist opposition Homeland Front said").
        let organisation = org_ending(&tokens[extent(tokens, name).1].form)
            || descriptors::is_org_kind(&tk.form)
            || tokens[name].ner.ends_with("-ORG");
        if next.upos == "PROPN"
            && organisation
            && tokens[name].upos == "PROPN"
            && tokens[name].deprel == "nsubj"
            && kids_before
            && !kids_of(tokens, name).any(|k| k < name && tokens[k].deprel == "det")
        {
            let det = kids_of(tokens, m).find(|&k| tokens[k].deprel == "det");
            out.push((m, name, det));
        }
    }
    out
}

/// A reporting clause after a coordinated clause, read as the coordinated verb: "X has
/// destroyed homes and forced residents to flee, officials said" can come out with "said" as
/// the conjunct of "destroyed" (with the "and"), and "forced" as an adverbial clause of "said".
struct ReportingTail {
    /// The verb the reporting verb was coordinated with ("destroyed").
    first: usize,
    /// The clause between the coordinator and the comma ("forced").
    clause: usize,
    cc: usize,
    /// The reporting verb ("said").
    say: usize,
}

/// Reporting tails (see [`ReportingTail`]): a verb of saying with its own subject after a comma,
/// a conjunct whose coordinator comes before a subjectless finite clause it also heads. The
/// clause is the conjunct, with the coordinator; the verb of saying is `parataxis`.
fn reporting_tails_read_as_conjuncts(tokens: &[Token]) -> Vec<ReportingTail> {
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

/// Words that start a clause ("after talks collapsed") as well as a phrase ("after the talks").
const CLAUSE_OR_PHRASE: &[&str] = &["after", "before", "until", "since", "as"];

/// The "after", "before", ... that noun `n` carries as its preposition (`case`), if any.
fn clause_or_phrase_case(tokens: &[Token], n: usize) -> Option<usize> {
    kids_of(tokens, n).find(|&c| {
        c < n
            && tokens[c].deprel == "case"
            && CLAUSE_OR_PHRASE.contains(&tokens[c].lemma.to_lowercase().as_str())
    })
}

/// Triples (noun, subordinator, verb): the subject of an adverbial clause read as the object
/// of its subordinator. In "walked off the job after talks with the ministry collapsed" the
/// parser can hang "after talks" on "job" and leave "collapsed" without a subject. A finite
/// verb with no subject, right after such a phrase, is its clause: the noun is the subject and
/// "after" marks the clause. So is one read as a conjunct with neither "and" nor a comma
/// before it ("would continue until the government made an offer" with "made" a conjunct of
/// "told").
fn subordinators_read_as_prepositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        // "after the chipmaker cut its forecast": a past tense that looks like the base form,
        // tagged VB and read as a bare complement (`xcomp`) of the main verb.
        let bare_past = tk.xpos == "VB"
            && tk.deprel == "xcomp"
            && SAME_IN_PAST.contains(&tk.form.to_lowercase().as_str());
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || bare_past
            || kids_of(tokens, v).any(|a| tokens[a].deprel.starts_with("aux") && a < v);
        // A conjunct with neither a coordinator nor a comma before it is no conjunct; nor is
        // one whose comma closes an apposition ("after the owner, Nordmetal, refused").
        let closes_apposition = |p: usize| {
            p > 0 && {
                let before = p - 1;
                tokens[before].deprel == "appos"
                    || head_of(tokens, before).is_some_and(|h| tokens[h].deprel == "appos")
            }
        };
        let bare_conjunct = tk.deprel == "conj"
            && !kids_of(tokens, v)
                .any(|k| k < v && tokens[k].deprel == "punct" && !closes_apposition(k));
        // A verb tagged finite is no open complement ("opened an investigation after drivers
        // reported ..." with "reported" an `xcomp` of "opened").
        // Nor a modifier of a noun ("the latest turn in shifting relations as Trump made
        // ending the conflict a priority" with "made" an `acl` of "turn").
        let finite_xcomp = matches!(tk.deprel.as_str(), "xcomp" | "acl")
            && matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP");
        // Nor a complement of a verb that reports nothing ("will serve as acting mayor until
        // the city council elects a successor" with "elects" a `ccomp` of "serve").
        let odd_ccomp = tk.deprel == "ccomp"
            && head_of(tokens, v).is_some_and(|h| {
                tokens[h].upos == "VERB" && !says_or_thinks(&tokens[h].lemma.to_lowercase())
            });
        if tk.upos != "VERB"
            || !finite
            || !(matches!(tk.deprel.as_str(), "advcl" | "parataxis")
                || bare_conjunct
                || bare_past
                || finite_xcomp
                || odd_ccomp)
            || kids_of(tokens, v).any(|s| {
                (tokens[s].deprel.starts_with("nsubj") && !prepositional_subject(tokens, s, v))
                    || matches!(tokens[s].deprel.as_str(), "mark" | "cc")
            })
        {
            continue;
        }
        // "walked out after talks between the union and the operator broke down" with "after
        // talks" the verb's own oblique and "between ..." its subject.
        let own = kids_of(tokens, v).next().filter(|&a| {
            a < v
                && tokens[a].deprel == "obl"
                && matches!(tokens[a].upos.as_str(), "NOUN" | "PROPN")
                && kids_of(tokens, v).any(|s| {
                    s > a
                        && tokens[s].deprel.starts_with("nsubj")
                        && prepositional_subject(tokens, s, v)
                })
        });
        if let Some((a, c)) = own.and_then(|a| clause_or_phrase_case(tokens, a).map(|c| (a, c)))
            && extent(tokens, a).0 == c
        {
            out.push((a, c, v));
            continue;
        }
        // The phrase that ends right before the verb (or its auxiliaries, or a prepositional
        // phrase read as its subject: "after talks with Seline Terminals broke down").
        let first = kids_of(tokens, v)
            .next()
            .filter(|&a| a < v)
            .map_or(v, |a| extent(tokens, a).0);
        if first == 0 {
            continue;
        }
        // The noun whose phrase ends there and carries the subordinator: "after an outbreak
        // of measles killed ..." passes over "measles".
        let Some((noun, case)) = (0..first).rev().find_map(|n| {
            let ends_here = matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                && gap_phrases(tokens, n, first).is_some()
                && !under(tokens, v, &[n]);
            ends_here
                .then(|| clause_or_phrase_case(tokens, n))
                .flatten()
                .map(|c| (n, c))
        }) else {
            continue;
        };
        if extent(tokens, noun).0 == case {
            out.push((noun, case, v));
        }
    }
    out.extend(clauses_inside_phrases(tokens));
    out
}

/// The prepositional phrases between the phrase of noun `n` and token `first`, when nothing
/// else is there: "after the worst drought in fifty years destroyed" with "in fifty years"
/// hung on the main verb. `Some(empty)` when the noun's phrase ends right before `first`.
fn gap_phrases(tokens: &[Token], n: usize, first: usize) -> Option<Vec<usize>> {
    let end = extent(tokens, n).1;
    if end >= first {
        return None;
    }
    let gap = end + 1..first;
    let roots: Vec<usize> = gap
        .clone()
        .filter(|&k| !head_of(tokens, k).is_some_and(|h| gap.contains(&h)))
        .collect();
    let prepositional = |r: usize| {
        matches!(tokens[r].deprel.as_str(), "obl" | "nmod")
            && matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN")
            && has_case_first(tokens, r)
            && extent(tokens, r).0 >= gap.start
            && extent(tokens, r).1 < gap.end
    };
    roots.iter().all(|&r| prepositional(r)).then_some(roots)
}

/// Is `s`, a subject of verb `v` before it, a prepositional phrase ("with Seline Terminals",
/// the preposition maybe hung on a modifier, which repair 14 mends)?
fn prepositional_subject(tokens: &[Token], s: usize, v: usize) -> bool {
    let start = extent(tokens, s).0;
    s < v && tokens[start].upos == "ADP" && tokens[start].deprel == "case"
}

/// Does the phrase of `r` start with its preposition (a `case` dependent that is an ADP)?
fn has_case_first(tokens: &[Token], r: usize) -> bool {
    let start = extent(tokens, r).0;
    tokens[start].upos == "ADP"
        && tokens[start].deprel == "case"
        && head_of(tokens, start) == Some(r)
}

/// Triples (noun, subordinator, verb) as [`subordinators_read_as_prepositions`] has them, when
/// the parser went further and hung the clause's verb inside the phrase: "after talks between
/// the union and the ministry collapsed" with "collapsed" an `acl` of "ministry". A verb tagged
/// finite (past or present) with no subject, marker or auxiliary modifies no noun; under a
/// phrase opened by "after", "before", ..., it is that phrase's clause. So is a past participle
/// without an auxiliary that ends the phrase (the tagger's VBD/VBN confusion: "after OPEC and
/// its allies agreed to extend cuts").
fn clauses_inside_phrases(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB"
            || tk.deprel != "acl"
            || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
            || kids_of(tokens, v).any(|s| {
                let d = tokens[s].deprel.as_str();
                d.starts_with("nsubj") || d.starts_with("aux") || matches!(d, "mark" | "cc")
            })
        {
            continue;
        }
        // Up from the verb to the noun whose phrase opens with the subordinator.
        let mut n = v;
        // Bounded: a malformed tree may have a cycle.
        let mut found = None;
        for _ in 0..tokens.len() {
            let Some(up) = head_of(tokens, n) else {
                break;
            };
            n = up;
            if !matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
                break;
            }
            if let Some(case) = clause_or_phrase_case(tokens, n) {
                found = (extent(tokens, n).0 == case).then_some((n, case));
                break;
            }
        }
        // A participle ("after OPEC and its allies agreed to extend cuts", "agreed" tagged
        // VBN) is the clause's verb only when no finite verb follows it in the phrase ("after
        // the troops stationed there left" is a participle on "troops").
        let finite_after = |n: usize| {
            (v + 1..=extent(tokens, n).1).any(|k| {
                tokens[k].upos == "VERB" && matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            })
        };
        // Not after "as": "as a doctor specialised in ...", "as many as 300 people killed".
        let participle_ok = |noun: usize, case: usize| {
            !finite_after(noun) && tokens[case].lemma.to_lowercase() != "as"
        };
        if let Some((noun, case)) = found
            && (tk.xpos != "VBN" || participle_ok(noun, case))
        {
            out.push((noun, case, v));
        }
    }
    out
}

/// Nouns that take a content clause ("the fact that ...", "the claim that ..."): nouns of
/// saying, believing, knowing and likelihood. Other nouns with "that" and a clause after them
/// head a relative clause whose gap is further down ("an address that you prefer us to use").
const CONTENT_NOUNS: &[&str] = &[
    "acknowledgement",
    "adage",
    "admission",
    "allegation",
    "announcement",
    "argument",
    "assertion",
    "assumption",
    "assurance",
    "belief",
    "chance",
    "claim",
    "complaint",
    "conclusion",
    "concern",
    "confirmation",
    "conviction",
    "danger",
    "declaration",
    "demand",
    "denial",
    "doubt",
    "evidence",
    "expectation",
    "explanation",
    "fact",
    "fear",
    "feeling",
    "finding",
    "guarantee",
    "hope",
    "hypothesis",
    "idea",
    "impression",
    "indication",
    "insistence",
    "knowledge",
    "likelihood",
    "message",
    "news",
    "notion",
    "observation",
    "opinion",
    "perception",
    "pledge",
    "possibility",
    "premise",
    "pretext",
    "principle",
    "probability",
    "promise",
    "proof",
    "proposal",
    "realisation",
    "realization",
    "reassurance",
    "recognition",
    "reminder",
    "report",
    "requirement",
    "risk",
    "rumor",
    "rumour",
    "sense",
    "sign",
    "signal",
    "speculation",
    "statement",
    "suggestion",
    "supposition",
    "suspicion",
    "theory",
    "threat",
    "understanding",
    "view",
    "warning",
    "worry",
];

/// Verbs that tell someone something: the person is their object, what they were told a
/// content clause ("told reporters that ...").
const TELL: &[&str] = &[
    "advise", "assure", "convince", "inform", "notify", "persuade", "remind", "tell", "warn",
];

/// Triples (verb, "that", teller): a relative clause whose relative "that" is an object beside
/// another object of the same verb, on a noun that takes content clauses (`None`), or on the
/// person a verb of telling tells (the verb: "told Wire that doctors had raised concerns" with
/// "raised" a relative clause on "Wire"), where it is the teller's content clause; on the
/// person told, "that" may be the clause's only object when the clause has its own subject.
fn content_clauses(tokens: &[Token]) -> Vec<(usize, usize, Option<usize>)> {
    let head = |i: usize| head_of(tokens, i);
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(n) = head(v) else {
            continue;
        };
        let noun = tokens[n].lemma.to_ascii_lowercase();
        let teller = head(n).filter(|&t| {
            matches!(tokens[n].deprel.as_str(), "obj" | "iobj")
                && TELL.contains(&tokens[t].lemma.to_ascii_lowercase().as_str())
        });
        if !CONTENT_NOUNS.contains(&noun.as_str()) && teller.is_none() {
            continue;
        }
        let objects: Vec<usize> = (0..tokens.len())
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "obj")
            .collect();
        let that = objects
            .iter()
            .copied()
            .find(|&c| c < v && tokens[c].form.eq_ignore_ascii_case("that"));
        // Told someone "that" + a clause with a subject of its own ("told reporters outside the
        // courthouse that her client would appeal", "appeal" taking no object): what they
        // were told, even with "that" the only object.
        let own_subject = |that: usize| {
            (that + 1..v).any(|c| head(c) == Some(v) && tokens[c].deprel.starts_with("nsubj"))
        };
        match (that, objects.len()) {
            (Some(that), 2) => out.push((v, that, teller)),
            (Some(that), 1) if teller.is_some() && own_subject(that) => out.push((v, that, teller)),
            _ => {}
        }
    }
    out
}

/// Words that make a time noun a point in time ("last week", "this month").
const TIME_MODIFIERS: &[&str] = &["last", "next", "this", "past", "previous", "coming", "that"];

/// Triples (noun, time word, verb): a verb attached as `acl:relcl` to the noun right before the
/// time expression, with no relative pronoun, whose `nsubj` is the time word.
fn time_subjects(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    let kids = |p: usize| (0..tokens.len()).filter(move |&c| head(c) == Some(p));
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "acl:relcl" {
            continue;
        }
        let Some(n) = head(v).filter(|&n| n < v) else {
            continue;
        };
        if !matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN")
            || kids(v).any(|c| tokens[c].feats.contains("PronType=Rel"))
        {
            continue;
        }
        let Some(w) = kids(v).find(|&c| tokens[c].deprel == "nsubj") else {
            continue;
        };
        // Everything between the noun and the verb is the time expression.
        let span_ok = (n + 1..v).all(|i| i == w || head(i) == Some(w));
        if n < w && w < v && is_time_expression(tokens, w) && span_ok {
            out.push((n, w, v));
        }
    }
    out
}

/// Time words read as a second subject of a verb ("Officials last week agreed" with both
/// "officials" and "week" as `nsubj` of "agreed", or "Hours earlier, Hanbit agreed" and "Hours
/// after the collision, the union held" with "Hours" and the other a subject): they are
/// temporal modifiers.
fn second_time_subjects(tokens: &[Token]) -> Vec<usize> {
    let subjects = |v: usize| {
        (0..tokens.len()).filter(move |&c| tokens[c].head == v + 1 && tokens[c].deprel == "nsubj")
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let mut subj = subjects(v);
        let (Some(first), Some(second), None) = (subj.next(), subj.next(), subj.next()) else {
            continue;
        };
        if second < v && is_time_expression(tokens, second) && !is_time_expression(tokens, first) {
            out.push(second);
        }
        // "Hours earlier, Hanbit agreed": a time word before "earlier", "later" or "ago" opens
        // the sentence as a time, before the real subject.
        // So does one before "after" or "before" and what it counts from ("Hours after the
        // collision, the union held a meeting").
        let relative = TIME_WORDS.contains(&tokens[first].lemma.to_lowercase().as_str())
            && tokens.get(first + 1).is_some_and(|t| {
                matches!(t.lemma.to_lowercase().as_str(), "earlier" | "later" | "ago")
                    || matches!(t.form.to_lowercase().as_str(), "earlier" | "later")
                    || counted_from(tokens, first).is_some_and(|h| tokens[h].head == first + 1)
            });
        if second < v && relative && !is_time_expression(tokens, second) {
            out.push(first);
        }
    }
    out
}

/// Pairs (first subject, other subject): a verb with several subjects before it. Coordinated
/// titled names ("U.S. President Ellen Marsh and Kastrian President Viktor Dragan agreed") come
/// out as two or three `nsubj` of the verb, or as an `obl` without preposition. A clause has one
/// subject, so the later ones are conjuncts of the first (time words excepted). Only when every
/// one of them is a name.
fn split_subjects(tokens: &[Token], times: &[usize]) -> Vec<(usize, usize)> {
    let rel = |i: usize| {
        let d = tokens[i].deprel.as_str();
        d.split_once(':').map_or(d, |(a, _)| a)
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let kids: Vec<usize> = (0..v).filter(|&c| tokens[c].head == v + 1).collect();
        let bare_obl = |c: usize| {
            tokens[c].deprel == "obl"
                && tokens[c].upos == "PROPN"
                && !is_time_expression(tokens, c)
                && !(0..tokens.len()).any(|m| tokens[m].head == c + 1 && rel(m) == "case")
        };
        let subjects: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&c| {
                tokens[c].deprel == "nsubj" && !times.contains(&c) && !is_time_expression(tokens, c)
                    || bare_obl(c)
            })
            .collect();
        let own = subjects
            .iter()
            .filter(|&&c| tokens[c].deprel == "nsubj")
            .count();
        // Names only: "a future with ties between Kyiv and Moscow has ..." with "Moscow" read as
        // a second subject is a different error, and "Moscow has ..." would be wrong.
        let names = subjects.iter().all(|&c| tokens[c].upos == "PROPN");
        // Two `nsubj` names side by side, with no comma or coordinator between their phrases,
        // are one name the parser split ("Pets Discount has ...", "Attorney General Ashcroft
        // explained"), not two conjuncts.
        let split_name = subjects.windows(2).any(|w| {
            one_name(tokens, w[0], w[1])
                && tokens[w[0]].deprel == "nsubj"
                && tokens[w[1]].deprel == "nsubj"
        });
        if subjects.len() >= 2 && own >= 1 && names && !split_name {
            out.extend(subjects[1..].iter().map(|&c| (subjects[0], c)));
        }
    }
    out
}

/// Repair 25: a titled conjunct read as an apposition.
///
/// Triples (apposition, first name, conjunct): "U.S. President Ellen Marsh and Kastrian
/// President Viktor Dragan agreed" can come out with "Kastrian" as the conjunct of "Marsh" and
/// "Viktor Dragan" as an apposition of "Ellen", so the one president "is" the other. A name in
/// apposition whose head has a conjunct right before it, with nothing between them but
/// modifiers of either, is the conjunct itself, and the words before it its title. Only for
/// two full names.
fn titled_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "PROPN" {
            continue;
        }
        let Some(x) = head_of(tokens, a).filter(|&x| x < a && tokens[x].upos == "PROPN") else {
            continue;
        };
        let Some(c) = (x + 1..a).find(|&c| {
            tokens[c].deprel == "conj"
                && under(tokens, c, &[x])
                && tokens[c].form.starts_with(char::is_uppercase)
                && matches!(tokens[c].upos.as_str(), "PROPN" | "ADJ" | "NOUN")
        }) else {
            continue;
        };
        let coordinated = c > 0
            && tokens[c - 1].upos == "CCONJ"
            && head_of(tokens, c - 1) == Some(c)
            && (x + 1..c - 1).all(|k| under(tokens, k, &[x]) && tokens[k].upos == "PROPN");
        let between = (c + 1..a).all(|k| {
            matches!(head_of(tokens, k), Some(h) if h == c || h == a)
                && tokens[k].upos != "PUNCT"
                && tokens[k].form.starts_with(char::is_uppercase)
        });
        // Both are full names ("Ellen Marsh", "Viktor Dragan"), as `flat` has them: "the Mary &
        // Leigh Block Museum" is no pair of people.
        let full = |n: usize| kids_of(tokens, n).any(|k| tokens[k].deprel == "flat");
        if coordinated && between && full(x) && full(a) {
            out.push((a, x, c));
        }
    }
    out
}

/// True when the phrases of `first` and `second` meet with nothing between them, and no
/// preposition, coordinator or punctuation comes before `second` in them: parts of one name ("Pets Discount",
/// "Attorney General Ashcroft"), not "Xi Jinping and French President Emmanuel Macron" (whose
/// "and" hangs on the second) or "Dose of Colors and Urban Decay".
fn one_name(tokens: &[Token], first: usize, second: usize) -> bool {
    let (a, b) = (extent(tokens, first), extent(tokens, second));
    // What follows the second name ("Ellen Marsh and ...") is no part of the question.
    a.1 + 1 == b.0
        && (a.0..=second).all(|k| !matches!(tokens[k].upos.as_str(), "ADP" | "CCONJ" | "PUNCT"))
}

/// Repair 27: one name read as two subjects.
///
/// Pairs (first part, name): one name read as two subjects side by side, with nothing between
/// their phrases ("U.S. President Ellen Marsh agreed" with "U.S." and "Ellen" both `nsubj`,
/// "Attorney General Ashcroft explained"). The first part modifies the name (`compound`), so
/// the verb has one subject and the name's conjuncts and appositions stay with it; a title
/// ("Mayor Tate") is its `nmod:desc`. After a role noun ("The owner Karla Lind") the name is
/// the noun's apposition, and so is a name between commas after any common noun ("The
/// company, Sentinel Guard Services, said").
fn split_names(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        // A passive subject of a verb with no passive auxiliary is a subject too ("Information
        // Commissioner Dalia Ferreira-Holm said" with "Information" an `nsubj:pass`).
        let active = !kids_of(tokens, v).any(|k| tokens[k].deprel == "aux:pass");
        let subjects: Vec<usize> = (0..v)
            .filter(|&c| {
                head_of(tokens, c) == Some(v)
                    && (tokens[c].deprel == "nsubj" || (active && tokens[c].deprel == "nsubj:pass"))
            })
            .collect();
        let Some(&[first, second]) = Some(&subjects[..]) else {
            continue;
        };
        // "The NATO Summit last June": a time is no part of a name.
        // A role noun before a name is its title ("Opposition leader Maria Costa accused"), and
        // so is a capitalised noun before a title ("Information Commissioner").
        let capitalised = first > 0 && tokens[first].form.starts_with(char::is_uppercase);
        let part = tokens[first].upos == "PROPN"
            || tokens[first].upos == "NOUN" && roles::is_role_noun(&tokens[first].form)
            || tokens[first].upos == "NOUN"
                && capitalised
                && first + 1 == second
                && roles::is_role_word(&tokens[second].form);
        let one = part
            && tokens[second].upos == "PROPN"
            && one_name(tokens, first, second)
            && !is_time_expression(tokens, first)
            && !is_time_expression(tokens, second);
        let apposed = tokens[first].upos == "NOUN"
            && tokens[second].upos == "PROPN"
            && apposed_between_commas(tokens, first, second, v);
        // A lone capitalised word right before a common noun modifies it: "Drevanian law
        // prohibits" with an unknown demonym read as a name and a subject of its own.
        let modifier = tokens[first].form.starts_with(char::is_uppercase)
            && tokens[first].upos == "PROPN"
            && tokens[second].upos == "NOUN"
            && first + 1 == second
            && extent(tokens, first) == (first, first)
            && !is_time_expression(tokens, second);
        if one || apposed || modifier {
            out.push((first, second));
        }
    }
    out
}

/// True when the phrase of name `second` stands between commas right after the phrase of
/// `first`, and only the verb's own words (an auxiliary, an adverb) come between the closing
/// comma and verb `v`: "The company, Sentinel Guard Services, said".
fn apposed_between_commas(tokens: &[Token], first: usize, second: usize, v: usize) -> bool {
    let (a, b) = (extent(tokens, first), extent(tokens, second));
    let open = if tokens[b.0].form == "," {
        b.0
    } else {
        b.0.saturating_sub(1)
    };
    let close = if tokens[b.1].form == "," {
        b.1
    } else {
        b.1 + 1
    };
    open > 0
        && tokens[open].form == ","
        && a.1 + 1 == open
        && close < v
        && tokens[close].form == ","
        && (close + 1..v).all(|k| head_of(tokens, k) == Some(v))
}

/// Repair 28: the time of the clause hung on a person in its subject, or on its object.
///
/// Pairs (time word, verb): "President Donald Trump and his Russian counterpart Vladimir Putin
/// on Tuesday agreed" can come out with "on Tuesday" as a modifier (`nmod`) of "counterpart",
/// which makes the counterpart "of Tuesday". A point in time ("on Tuesday", "last week") on a
/// role noun or a name inside the subject says when the verb happened: it is the verb's `obl`.
/// So does a day with "on" on the verb's object ("The committee approved the budget on
/// Tuesday", which both parsers often read as a budget of Tuesday), unless the object is itself
/// something that takes place ("postponed the vote on Tuesday" may name the vote's day).
fn times_on_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (w, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" || !is_time_expression(tokens, w) {
            continue;
        }
        let Some(n) = head_of(tokens, w).filter(|&n| n < w) else {
            continue;
        };
        // Only "on": "for next year", "for Thursday" and "months of her life" on a noun are
        // usually the noun's (EWT and GUM train).
        let on = has_case(tokens, w, "on");
        let object_of = head_of(tokens, n).filter(|&v| {
            on && tokens[n].deprel == "obj"
                && v < n
                && tokens[v].upos == "VERB"
                && tokens[n].upos == "NOUN"
                && !OCCURRENCES.contains(&tokens[n].lemma.to_lowercase().as_str())
        });
        if let Some(v) = object_of {
            out.push((w, v));
            continue;
        }
        // A name, a role, or a noun with a name in apposition ("his counterpart Vladimir Putin").
        let person = tokens[n].upos == "PROPN"
            || roles::is_role_noun(&tokens[n].form)
            || kids_of(tokens, n).any(|k| tokens[k].deprel == "appos" && tokens[k].upos == "PROPN");
        // Up through conjuncts and appositions to the subject, whose head is the verb.
        let mut s = n;
        for _ in 0..4 {
            if !matches!(tokens[s].deprel.as_str(), "conj" | "appos" | "flat") {
                break;
            }
            match head_of(tokens, s) {
                Some(up) => s = up,
                None => break,
            }
        }
        let verb = head_of(tokens, s).filter(|&v| {
            tokens[s].deprel.starts_with("nsubj") && v > w && tokens[v].upos == "VERB"
        });
        if let (true, Some(v)) = (person, verb) {
            out.push((w, v));
        }
    }
    out
}

/// Nouns of things that take place at a time of their own: a point in time after one of them
/// may say when it happens rather than when the verb did ("postponed the vote on Tuesday").
const OCCURRENCES: &[&str] = &[
    "attack",
    "ceremony",
    "conference",
    "concert",
    "debate",
    "deadline",
    "election",
    "event",
    "game",
    "hearing",
    "match",
    "meeting",
    "protest",
    "race",
    "rally",
    "referendum",
    "session",
    "strike",
    "summit",
    "talk",
    "trial",
    "visit",
    "vote",
];

/// Repair 29: a reduced relative clause read as a verb with two subjects.
///
/// Pairs (noun, verb): "Brenner accused Veldora of shelling a village, a claim Veldoran
/// officials denied" can come out with "claim" and "officials" both subjects of "denied" (and
/// "shelling" hung on "denied"). A verb with two subject phrases side by side, the first a
/// common noun with a determiner right after a comma, and no object of its own, is a relative clause without "that"
/// on the first noun, whose object is the noun: "denied" modifies "claim" (`acl:relcl`), and
/// "claim" takes the verb's place in the tree.
fn reduced_relatives(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| c < v && tokens[c].deprel == "nsubj")
            .collect();
        let [noun, subject] = subjects[..] else {
            continue;
        };
        let determined = kids_of(tokens, noun).any(|d| {
            tokens[d].deprel == "det"
                && matches!(
                    tokens[d].lemma.to_lowercase().as_str(),
                    "a" | "an" | "the" | "this"
                )
        });
        let (_, end) = extent(tokens, noun);
        let (start, _) = extent(tokens, subject);
        let has_object =
            kids_of(tokens, v).any(|o| matches!(tokens[o].deprel.as_str(), "obj" | "ccomp"));
        // After a comma, summing up what came before (", a claim officials denied"); a noun
        // that opens its clause is mostly its real subject, the second one the parser's error.
        let first = phrase_start(tokens, noun);
        let after_comma = first > 0 && tokens[first - 1].form == ",";
        if tokens[noun].upos == "NOUN"
            && determined
            && after_comma
            && tk.head != 0
            && end + 1 == start
            && matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            && !has_object
            && !is_time_expression(tokens, noun)
        {
            out.push((noun, v));
        }
    }
    out
}

/// Units of time that measure how long before or after something happened ("hours after").
const TIME_UNITS: &[&str] = &["minute", "hour", "day", "week", "month", "year"];

/// Repair 87: the relative word of a clause reported inside a relative clause.
///
/// Pairs (relative, clause): "the union's demand, which he said would add 410 million dollars"
/// comes out with "which" and "he" both subjects of "said", and the demand saying it. The
/// relative word is the subject of the reported clause ("would add"), when that clause has none.
fn relatives_of_reported_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        let lemma = tk.lemma.to_lowercase();
        if tk.deprel != "acl:relcl" || !says_or_thinks(&lemma) {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&k| k < v && tokens[k].deprel.starts_with("nsubj"))
            .collect();
        let [relative, speaker] = subjects[..] else {
            continue;
        };
        let is_relative = matches!(
            tokens[relative].form.to_lowercase().as_str(),
            "which" | "who" | "that"
        );
        let clause = kids_of(tokens, v).find(|&c| {
            c > v
                && tokens[c].deprel == "ccomp"
                && !kids_of(tokens, c).any(|k| tokens[k].deprel.starts_with("nsubj"))
        });
        if let (true, true, Some(c)) = (is_relative, relative < speaker, clause) {
            out.push((relative, c));
        }
    }
    out
}

/// Repair 88: "provided that" read as a verb.
///
/// Pairs ("provided", clause): "two dissents made a June cut more likely, provided that April
/// wage data showed some moderation" comes out with the economist providing the clause. After a
/// comma, "provided that" or "providing that" with no subject or object of its own opens a
/// condition: it marks the clause, which modifies what "provided" hung on.
fn provided_that(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len().saturating_sub(2) {
        let word = matches!(
            tokens[p].form.to_lowercase().as_str(),
            "provided" | "providing"
        );
        if !word || tokens[p - 1].form != "," || !tokens[p + 1].form.eq_ignore_ascii_case("that") {
            continue;
        }
        let own = kids_of(tokens, p).any(|k| {
            tokens[k].deprel.starts_with("nsubj")
                || matches!(tokens[k].deprel.as_str(), "obj" | "aux")
        });
        let clause = kids_of(tokens, p).find(|&c| c > p + 1 && tokens[c].deprel == "ccomp");
        if let (false, Some(c), true) = (own, clause, tokens[p].head > 0) {
            out.push((p, c));
        }
    }
    out
}

/// What time `t` counts from: the word that "after" or "before" right after it introduces
/// ("hours after the ruling").
fn counted_from(tokens: &[Token], t: usize) -> Option<usize> {
    tokens
        .get(t + 1)
        .filter(|w| matches!(w.form.to_lowercase().as_str(), "after" | "before"))
        .and_then(|_| head_of(tokens, t + 1))
}

/// Repair 86: a time read as the object of a passive participle.
///
/// "In a statement issued hours after the ruling" can come out with "hours" the object of
/// "issued". A participle that modifies a noun is passive and takes no object: a plural unit of
/// time there, right before "after" or "before" and what it counts from, says when.
fn times_read_as_objects(tokens: &[Token]) -> Vec<usize> {
    (1..tokens.len().saturating_sub(1))
        .filter(|&t| {
            let tk = &tokens[t];
            let counts_from = counted_from(tokens, t)
                .is_some_and(|h| tokens[h].head == t + 1 || tokens[h].head == tk.head);
            tk.deprel == "obj"
                && tk.xpos == "NNS"
                && TIME_UNITS.contains(&tk.lemma.to_lowercase().as_str())
                && counts_from
                && head_of(tokens, t).is_some_and(|v| {
                    tokens[v].xpos == "VBN"
                        && tokens[v].deprel == "acl"
                        && !kids_of(tokens, v).any(|a| tokens[a].deprel.starts_with("aux"))
                })
        })
        .collect()
}

/// Repair 30: a noun read as a compound of the time that follows it.
///
/// Pairs (noun, time): "shelled a border village hours after the announcement" can come out
/// with "hours" as the object and "village" its compound. A plural unit of time right after a
/// noun it heads, followed by "after", "before", "later" or "earlier", measures when: the noun
/// takes its place and the time becomes the verb's `obl:unmarked`.
fn times_read_as_heads(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (h, tk) in tokens.iter().enumerate() {
        if h == 0 || h + 1 >= tokens.len() || tk.xpos != "NNS" {
            continue;
        }
        let unit = TIME_UNITS.contains(&tk.lemma.to_lowercase().as_str());
        let n = h - 1;
        let next = tokens[h + 1].lemma.to_lowercase();
        let measures = matches!(next.as_str(), "after" | "before" | "later" | "earlier");
        let noun = head_of(tokens, n) == Some(h)
            && tokens[n].deprel == "compound"
            && matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN");
        let verb = head_of(tokens, h).is_some_and(|v| tokens[v].upos == "VERB")
            && matches!(
                tokens[h].deprel.as_str(),
                "obj" | "obl" | "nsubj" | "nsubj:pass"
            );
        // "two hours later" counts hours: a number on the unit is no noun to promote.
        let counted = kids_of(tokens, h).any(|k| tokens[k].deprel == "nummod");
        if unit && measures && noun && verb && !counted {
            out.push((n, h));
        }
    }
    out
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

/// Pairs (stranded conjunct, its first conjunct). In "a future with ties between Chile and Peru
/// has upside" the parser can make "Peru" a second subject of "has", with its "and". A second
/// subject introduced by a coordinator right after a noun inside the first subject is the
/// conjunct of that noun.
fn stranded_conjuncts(tokens: &[Token]) -> Vec<(usize, usize)> {
    let head = |i: usize| head_of(tokens, i);
    // True when `i` lies in the subtree of `root` (bounded walk: the tree may be malformed).
    let within = |mut i: usize, root: usize| {
        for _ in 0..tokens.len() {
            if i == root {
                return true;
            }
            match head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    };
    let mut out = Vec::new();
    for v in 0..tokens.len() {
        let subjects: Vec<usize> = (0..v)
            .filter(|&c| head(c) == Some(v) && tokens[c].deprel == "nsubj")
            .collect();
        let [first, second] = subjects[..] else {
            continue;
        };
        if second < 2 || tokens[second - 1].upos != "CCONJ" || head(second - 1) != Some(second) {
            continue;
        }
        let before = second - 2;
        if before > first
            && matches!(tokens[before].upos.as_str(), "NOUN" | "PROPN")
            && within(before, first)
        {
            out.push((second, before));
        }
    }
    out
}

/// True when token `w` heads a point in time: a day, week, month, ... with "last", "next",
/// "this", ..., or a weekday, "yesterday", "today", "tonight", "tomorrow" on its own.
pub(super) fn is_time_expression(tokens: &[Token], w: usize) -> bool {
    let word = tokens[w].lemma.to_lowercase();
    if !TIME_WORDS.contains(&word.as_str()) {
        return false;
    }
    let bare =
        word != "day" && word.ends_with("day") || matches!(word.as_str(), "tonight" | "tomorrow");
    bare || (0..tokens.len()).any(|m| {
        tokens[m].head == w + 1 && TIME_MODIFIERS.contains(&tokens[m].lemma.to_lowercase().as_str())
    })
}

/// Pairs (verb, speaker) of 0-based token indices: a finite reporting verb right after a comma
/// (or a closing quote after one), attached to an earlier word as a complement or parataxis,
/// without a subject or clausal complement of its own, whose nominal object follows it.
fn inverted_reporting(tokens: &[Token]) -> Vec<(usize, usize)> {
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

/// Where the phrase of noun `n` starts: the first of the words right before it that hang on
/// it, up to punctuation ("the" of "the club").
fn left_edge(tokens: &[Token], n: usize) -> usize {
    (0..n)
        .rev()
        .take_while(|&k| head_of(tokens, k) == Some(n) && tokens[k].upos != "PUNCT")
        .last()
        .unwrap_or(n)
}

/// True when the token before `q` is a comma, or a closing quote right after a comma.
/// True when token `q` comes right after a quoted question or exclamation ('?" asked').
fn after_question(tokens: &[Token], q: usize) -> bool {
    q >= 2
        && matches!(tokens[q - 1].form.as_str(), "\"" | "''" | "”" | "'")
        && matches!(tokens[q - 2].form.as_str(), "?" | "!")
}

fn after_comma(tokens: &[Token], q: usize) -> bool {
    let form = |i: usize| tokens[i].form.as_str();
    match q {
        0 => false,
        _ if form(q - 1) == "," => true,
        1 => false,
        _ => matches!(form(q - 1), "\"" | "''" | "”" | "'") && form(q - 2) == ",",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    /// On treebank dev sets, the arcs the repairs change must be right more often after than
    /// before (scored against the gold trees, on the embedded tagger's and parser's output).
    #[test]
    fn repairs_make_dev_parses_better_not_worse() {
        use crate::annotate::{Annotator, Parser, PosTagger};
        use std::fmt::Write as _;
        // RELGRAPH_REPAIR_FILES (paths joined by ':') measures other treebanks, such as the
        // train files; RELGRAPH_REPAIR_TRACE names a file that gets every changed arc, to see
        // what one repair does.
        let files: Vec<String> = match std::env::var("RELGRAPH_REPAIR_FILES") {
            Ok(list) => list.split(':').map(str::to_string).collect(),
            Err(_) => vec![
                "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu".into(),
                "../shared/data/ud-english-gum/en_gum-ud-dev.conllu".into(),
            ],
        };
        let mut trace = String::new();
        let (tagger, parser) = (PosTagger::embedded(), Parser::embedded());
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else {
                eprintln!("skipping: {path} not found (../shared holds the treebanks)");
                return;
            };
            let gold = crate::conllu::parse(&text, path).expect("treebank parses");
            let mut doc = crate::extract::pretok::document_from_conllu("dev", &gold);
            tagger.annotate(&mut doc).expect("tags");
            parser.annotate(&mut doc).expect("parses");
            let (mut changed, mut before, mut after) = (0, 0, 0);
            for (sentence, g) in doc.sentences.iter().zip(&gold) {
                let Some(fixed) = repaired(&sentence.tokens) else {
                    continue;
                };
                let mut first = true;
                for (k, ((old, new), w)) in
                    sentence.tokens.iter().zip(&fixed).zip(&g.words).enumerate()
                {
                    if (old.head, &old.deprel) == (new.head, &new.deprel) {
                        continue;
                    }
                    if first {
                        let text: Vec<&str> =
                            sentence.tokens.iter().map(|t| t.form.as_str()).collect();
                        let _ = writeln!(trace, "\n{}", text.join(" "));
                        first = false;
                    }
                    let _ = writeln!(
                        trace,
                        "  {} {}: {} {} -> {} {} (gold {} {})",
                        k + 1,
                        old.form,
                        old.head,
                        old.deprel,
                        new.head,
                        new.deprel,
                        w.head,
                        w.deprel
                    );
                    changed += 1;
                    before += usize::from(old.head == w.head && old.deprel == w.deprel);
                    after += usize::from(new.head == w.head && new.deprel == w.deprel);
                }
            }
            eprintln!("{path}: {changed} arcs repaired, right before {before}, after {after}");
            if let Ok(out) = std::env::var("RELGRAPH_REPAIR_TRACE") {
                std::fs::write(out, &trace).expect("trace written");
            }
            assert!(
                after >= before,
                "{path}: repairs made {before} right arcs {after}"
            );
        }
    }

    /// The (head, relation) of every token.
    fn arcs_of(tokens: &[Token]) -> Vec<(usize, &str)> {
        tokens.iter().map(|t| (t.head, t.deprel.as_str())).collect()
    }

    /// The tokens of `spec` after the repairs, or as they are when nothing was repaired.
    fn repaired_or_same(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
        repaired(&tokens(spec)).unwrap_or_else(|| tokens(spec))
    }

    fn tokens(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, lemma, upos, xpos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(i, i + 1));
                (tk.lemma, tk.upos, tk.xpos, tk.head, tk.deprel) =
                    (lemma.into(), upos.into(), xpos.into(), head, deprel.into());
                tk
            })
            .collect()
    }

    #[test]
    fn a_list_of_bare_nouns_read_as_appositions_is_a_list() {
        // "teams across sales , marketing and support ." with "marketing" an apposition of
        // "sales" and "support" its conjunct.
        let spec = [
            ("teams", "team", "NOUN", "NNS", 0, "root"),
            ("across", "across", "ADP", "IN", 3, "case"),
            ("sales", "sale", "NOUN", "NNS", 1, "nmod"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("marketing", "marketing", "NOUN", "NN", 3, "appos"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("support", "support", "NOUN", "NN", 5, "conj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(lists_read_as_appositions(&tokens(&spec)), [(2, 4, vec![6])]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "conj"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "conj"));
        // "two sectors , mining and tourism": the items name the counted noun.
        let mut counted = spec;
        counted[1] = ("two", "two", "NUM", "CD", 3, "nummod");
        assert!(lists_read_as_appositions(&tokens(&counted)).is_empty());
        // "sales , its marketing and ...": an item with a determiner or owner renames.
        let determined = [
            ("teams", "team", "NOUN", "NNS", 0, "root"),
            ("across", "across", "ADP", "IN", 3, "case"),
            ("sales", "sale", "NOUN", "NNS", 1, "nmod"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("its", "its", "PRON", "PRP$", 6, "nmod:poss"),
            ("marketing", "marketing", "NOUN", "NN", 3, "appos"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("support", "support", "NOUN", "NN", 6, "conj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert!(lists_read_as_appositions(&tokens(&determined)).is_empty());
        let mut owned = determined;
        owned[4] = ("new", "new", "ADJ", "JJ", 6, "amod");
        assert_eq!(lists_read_as_appositions(&tokens(&owned)).len(), 1);
    }

    #[test]
    fn a_participle_after_a_comma_on_the_object_is_the_subjects() {
        // "Dussel told a conference , standing beside Okonde ." with "standing" on
        // "conference".
        let spec = [
            ("Dussel", "Dussel", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("conference", "conference", "NOUN", "NN", 2, "iobj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("standing", "stand", "VERB", "VBG", 4, "acl"),
            ("beside", "beside", "ADP", "IN", 8, "case"),
            ("Okonde", "Okonde", "PROPN", "NNP", 6, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
        // A person may be the one: "met the minister , carrying a letter".
        let mut person = spec;
        person[3] = ("minister", "minister", "NOUN", "NN", 2, "obj");
        assert!(adjuncts_on_objects(&tokens(&person)).is_empty());
        // Without the comma the participle describes the noun ("a conference standing ...").
        let mut bare = spec;
        bare[4] = ("now", "now", "ADV", "RB", 6, "advmod");
        assert!(adjuncts_on_objects(&tokens(&bare)).is_empty());
    }

    #[test]
    fn a_possessor_read_as_the_head_of_what_it_owns_is_its_modifier() {
        // "U.N. Secretary - General 's envoy Ingrid Falk , who left , called ." with "envoy"
        // hung on "U.N.".
        let spec = [
            ("U.N.", "U.N.", "PROPN", "NNP", 13, "nsubj"),
            ("Secretary", "Secretary", "PROPN", "NNP", 1, "flat"),
            ("-", "-", "PUNCT", "HYPH", 2, "punct"),
            ("General", "General", "PROPN", "NNP", 1, "flat"),
            ("'s", "'s", "PART", "POS", 1, "case"),
            ("envoy", "envoy", "NOUN", "NN", 1, "list"),
            ("Ingrid", "Ingrid", "PROPN", "NNP", 6, "appos"),
            ("Falk", "Falk", "PROPN", "NNP", 7, "flat"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("who", "who", "PRON", "WP", 11, "nsubj"),
            ("left", "leave", "VERB", "VBD", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 13, "punct"),
            ("called", "call", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 13, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (13, "nsubj"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (6, "nmod:poss"));
        assert_eq!(fixed[10].head, 6);
        // The owner's own name stays with it.
        assert_eq!(fixed[3].head, 1);
        // Not when the noun hangs elsewhere ("Mary 's , a shop").
        let mut apart = spec;
        apart[5] = ("envoy", "envoy", "NOUN", "NN", 13, "obl");
        assert!(possessors_read_as_heads(&tokens(&apart)).is_empty());
    }

    #[test]
    fn according_to_on_a_noun_goes_to_the_clause() {
        // "Vessels were anchored outside the harbour , according to data ." with "data" on
        // "harbour".
        let spec = [
            ("Vessels", "vessel", "NOUN", "NNS", 3, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 3, "aux:pass"),
            ("anchored", "anchor", "VERB", "VBN", 0, "root"),
            ("outside", "outside", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("harbour", "harbour", "NOUN", "NN", 3, "obl"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("according", "accord", "VERB", "VBG", 10, "case"),
            ("to", "to", "ADP", "IN", 8, "fixed"),
            ("data", "data", "NOUN", "NN", 6, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "obl"));
        // Not without the comma that sets it off ("the harbour according to the map").
        let mut bare = spec;
        bare[6] = ("now", "now", "ADV", "RB", 3, "advmod");
        assert!(attributions_on_nouns(&tokens(&bare)).is_empty());
    }

    #[test]
    fn a_whose_clause_between_subject_and_verb_is_the_subjects() {
        // "Talvane , whose shares fell , said it ." with "Talvane" the root, "fell" beside it
        // and "said" a conjunct of "fell".
        let spec = [
            ("Talvane", "Talvane", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("shares", "share", "NOUN", "NNS", 5, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 1, "parataxis"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("said", "say", "VERB", "VBD", 5, "conj"),
            ("it", "it", "PRON", "PRP", 7, "obj"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (7, "nsubj"));
        assert_eq!(arcs[4], (1, "acl:relcl"));
        assert_eq!(arcs[6], (0, "root"));
        assert_eq!(arcs[8], (7, "punct"));
        // "Carrow , whose shares fell , did not comment ." with "Carrow" a vocative of the root.
        let carrow = [
            ("Carrow", "Carrow", "PROPN", "NNP", 9, "vocative"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("whose", "whose", "PRON", "WP$", 4, "nmod:poss"),
            ("shares", "share", "NOUN", "NNS", 5, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 9, "advcl"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("did", "do", "AUX", "VBD", 9, "aux"),
            ("not", "not", "PART", "RB", 9, "advmod"),
            ("comment", "comment", "VERB", "VB", 0, "root"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&carrow)).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (9, "nsubj"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (1, "acl:relcl"));
        // Not when the main verb has a subject of its own ("..., it said").
        let mut own = spec;
        own[7] = ("it", "it", "PRON", "PRP", 7, "nsubj");
        assert!(whose_clauses_splitting_subjects(&tokens(&own)).is_none());
        // Not after a verb: the sentence does not open with the noun phrase.
        let mut late = spec;
        late[0] = ("Ask", "ask", "VERB", "VB", 0, "root");
        assert!(whose_clauses_splitting_subjects(&tokens(&late)).is_none());
        // "The saga began in July when Okafor , who scored , handed in a request ." with
        // "Okafor" an apposition of "July" and "handed" on the relative clause.
        let when = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("saga", "saga", "NOUN", "NN", 3, "nsubj"),
            ("began", "begin", "VERB", "VBD", 0, "root"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("July", "July", "PROPN", "NNP", 3, "obl"),
            ("when", "when", "ADV", "WRB", 7, "advmod"),
            ("Okafor", "Okafor", "PROPN", "NNP", 5, "appos"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("who", "who", "PRON", "WP", 10, "nsubj"),
            ("scored", "score", "VERB", "VBD", 7, "acl:relcl"),
            (",", ",", "PUNCT", ",", 12, "punct"),
            ("handed", "hand", "VERB", "VBD", 10, "conj"),
            ("in", "in", "ADP", "IN", 15, "case"),
            ("a", "a", "DET", "DT", 15, "det"),
            ("request", "request", "NOUN", "NN", 12, "obl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&when)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[6], (12, "nsubj"));
        assert_eq!(arcs[11], (3, "advcl"));
        assert_eq!(arcs[5], (12, "advmod"));
        assert_eq!(arcs[9], (7, "acl:relcl"));
        // An age between the name and its clause: "Lena Hofbauer , 52 , who led , announced it ."
        let aged = [
            ("Lena", "Lena", "PROPN", "NNP", 0, "root"),
            ("Hofbauer", "Hofbauer", "PROPN", "NNP", 1, "flat"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("52", "52", "NUM", "CD", 1, "list"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("who", "who", "PRON", "WP", 7, "nsubj"),
            ("led", "lead", "VERB", "VBD", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("announced", "announce", "VERB", "VBD", 7, "conj"),
            ("it", "it", "PRON", "PRP", 9, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&aged)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[6], arcs[8]),
            ((9, "nsubj"), (1, "acl:relcl"), (0, "root"))
        );
        // "..., who led as head , announced it ." with "as" the verb's subordinator and "head"
        // its subject: both go back to the relative clause.
        let mut as_head = aged.to_vec();
        as_head.insert(7, ("as", "as", "ADP", "IN", 9, "mark"));
        as_head.insert(8, ("head", "head", "NOUN", "NN", 9, "nsubj"));
        for t in as_head.iter_mut() {
            if t.4 > 7 {
                t.4 += 2;
            }
        }
        assert_eq!((as_head[7].4, as_head[8].4, as_head[9].4), (11, 11, 11));
        let fixed = repaired(&tokens(&as_head)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[7], arcs[8], arcs[10]),
            ((11, "nsubj"), (9, "case"), (7, "obl"), (0, "root"))
        );
        // Not after a word that opens no clause ("in July with Okafor , who ...").
        let mut with = when;
        with[5] = ("with", "with", "ADP", "IN", 7, "case");
        assert!(whose_clauses_splitting_subjects(&tokens(&with)).is_none());
        // Not when the verb after the comma is not finite ("..., handing in a request").
        let mut ing = when;
        ing[11] = ("handing", "hand", "VERB", "VBG", 10, "advcl");
        assert!(whose_clauses_splitting_subjects(&tokens(&ing)).is_none());
    }

    #[test]
    fn a_who_clause_on_a_thing_goes_to_the_name_that_ends_its_phrase() {
        // "a fee for striker Mateus Okafor , who scored ." with "scored" on "fee".
        let spec = [
            ("a", "a", "DET", "DT", 2, "det"),
            ("fee", "fee", "NOUN", "NN", 0, "root"),
            ("for", "for", "ADP", "IN", 5, "case"),
            ("striker", "striker", "NOUN", "NN", 5, "nmod:desc"),
            ("Mateus", "Mateus", "PROPN", "NNP", 2, "nmod"),
            ("Okafor", "Okafor", "PROPN", "NNP", 5, "flat"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("who", "who", "PRON", "WP", 9, "nsubj"),
            ("scored", "score", "VERB", "VBD", 2, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (5, "acl:relcl"));
        // A person noun may be the one: "the supervisor of the Atlanta PD , who".
        let mut person = spec;
        person[1] = ("supervisor", "supervisor", "NOUN", "NN", 0, "root");
        assert!(repaired(&tokens(&person)).is_none());
        // A name in apposition may stand for the noun: "this guy Nierman , who".
        let mut apposed = spec;
        apposed[2] = ("the", "the", "DET", "DT", 5, "det");
        apposed[4] = ("Mateus", "Mateus", "PROPN", "NNP", 2, "appos");
        assert!(repaired(&tokens(&apposed)).is_none());
    }

    #[test]
    fn an_organisations_name_read_as_a_modifier_of_its_kind_is_its_apposition() {
        // "Software group Brightlane Systems will cut jobs ." with "Systems" an `nmod` of
        // "group".
        let spec = [
            ("Software", "Software", "PROPN", "NNP", 2, "compound"),
            ("group", "group", "NOUN", "NN", 6, "nsubj"),
            ("Brightlane", "Brightlane", "PROPN", "NNP", 4, "compound"),
            ("Systems", "Systems", "PROPN", "NNP", 2, "nmod"),
            ("will", "will", "AUX", "MD", 6, "aux"),
            ("cut", "cut", "VERB", "VB", 0, "root"),
            ("jobs", "job", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (2, "appos"));
        // Not after a noun that is no kind of organisation ("Software head Anna Berg").
        let mut head = spec;
        head[1] = ("head", "head", "NOUN", "NN", 6, "nsubj");
        assert!(names_read_as_kind_modifiers(&tokens(&head)).is_empty());
        // Hung loose on the verb: "Regulators block bid for cable maker Orsinet".
        let loose = [
            ("Regulators", "regulator", "NOUN", "NNS", 2, "nsubj"),
            ("block", "block", "VERB", "VBP", 0, "root"),
            ("bid", "bid", "NOUN", "NN", 2, "obj"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("cable", "cable", "NOUN", "NN", 6, "compound"),
            ("maker", "maker", "NOUN", "NN", 3, "nmod"),
            ("Orsinet", "Orsinet", "PROPN", "NNP", 2, "discourse"),
        ];
        let fixed = repaired(&tokens(&loose)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "appos"));
        let mut after_verb = loose;
        after_verb[5] = ("soon", "soon", "ADV", "RB", 2, "advmod");
        assert!(names_read_as_kind_modifiers(&tokens(&after_verb)).is_empty());
        // Both read as subjects: "The social media app Chatterly said ." (a noun modifying an
        // organisation's name, known here by the kind rather than by a company ending).
        let app = [
            ("The", "the", "DET", "DT", 4, "det"),
            ("social", "social", "ADJ", "JJ", 3, "amod"),
            ("media", "media", "NOUN", "NN", 4, "compound"),
            ("app", "app", "NOUN", "NN", 6, "nsubj"),
            ("Chatterly", "Chatterly", "PROPN", "NNP", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        let fixed = repaired(&tokens(&app)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (5, "compound"));
        assert_eq!(fixed[4].deprel, "nsubj");
    }

    #[test]
    fn the_speakers_second_verb_goes_with_the_verb_of_saying() {
        // "The NPA said the strike was costing millions and accused the union ." with
        // "accused" a conjunct of "costing".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("NPA", "NPA", "PROPN", "NNP", 3, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("strike", "strike", "NOUN", "NN", 7, "nsubj"),
            ("was", "be", "AUX", "VBD", 7, "aux"),
            ("costing", "cost", "VERB", "VBG", 3, "ccomp"),
            ("millions", "million", "NOUN", "NNS", 7, "obj"),
            ("and", "and", "CCONJ", "CC", 10, "cc"),
            ("accused", "accuse", "VERB", "VBD", 7, "conj"),
            ("the", "the", "DET", "DT", 12, "det"),
            ("union", "union", "NOUN", "NN", 10, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "conj"));
        // "was costing millions and rising": a participle is the reported verb's conjunct; so
        // is a past tense after a reported past tense ("said prices rose and fell").
        let mut rising = spec;
        rising[9] = ("rising", "rise", "VERB", "VBG", 7, "conj");
        assert!(repaired(&tokens(&rising)).is_none());
        let mut rose = spec;
        rose[5] = ("really", "really", "ADV", "RB", 7, "advmod");
        rose[6] = ("rose", "rise", "VERB", "VBD", 3, "ccomp");
        assert!(repaired(&tokens(&rose)).is_none());
        // "said the strike was a disgrace and accused the union": a copular reported clause,
        // with something a speaker does after it; not "and attacked the union".
        let mut copular = spec;
        copular[5] = ("was", "be", "AUX", "VBD", 7, "cop");
        copular[6] = ("disgrace", "disgrace", "NOUN", "NN", 3, "ccomp");
        copular[7] = ("utterly", "utterly", "ADV", "RB", 7, "advmod");
        let fixed = repaired(&tokens(&copular)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "conj"));
        copular[9] = ("attacked", "attack", "VERB", "VBD", 7, "conj");
        assert!(reports_continued_as_conjuncts(&tokens(&copular)).is_empty());
    }

    #[test]
    fn a_reported_clause_hung_on_a_time_is_what_was_said() {
        // "Stanek said on Thursday morning that passengers were missing ." with the clause a
        // relative clause of "morning".
        let spec = [
            ("Stanek", "Stanek", "PROPN", "NNP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("on", "on", "ADP", "IN", 5, "case"),
            ("Thursday", "Thursday", "PROPN", "NNP", 5, "compound"),
            ("morning", "morning", "NOUN", "NN", 2, "obl"),
            ("that", "that", "PRON", "WDT", 9, "mark"),
            ("passengers", "passenger", "NOUN", "NNS", 9, "nsubj"),
            ("were", "be", "AUX", "VBD", 9, "cop"),
            ("missing", "missing", "ADJ", "JJ", 5, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "ccomp"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (9, "mark"));
        // "that" as the clause's subject: a real relative clause ("the morning that was
        // coldest"); a verb that reports nothing ("arrived on the morning that ...").
        let mut own = spec;
        own[5] = ("that", "that", "PRON", "WDT", 9, "nsubj");
        own[6] = ("very", "very", "ADV", "RB", 9, "advmod");
        assert!(repaired(&tokens(&own)).is_none());
        let mut arrived = spec;
        arrived[1] = ("arrived", "arrive", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&arrived)).is_none());
        // Any other oblique, when the clause has no gap for "that" to fill: "said in a report
        // that passengers were missing" (copular), but not "in a report that passengers read"
        // with "that" the object.
        let mut report = spec;
        report[3] = ("a", "a", "DET", "DT", 5, "det");
        report[4] = ("report", "report", "NOUN", "NN", 2, "obl");
        let fixed = repaired(&tokens(&report)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "ccomp"));
        let mut read = report;
        read[5] = ("that", "that", "PRON", "WDT", 9, "obj");
        read[7] = ("often", "often", "ADV", "RB", 9, "advmod");
        read[8] = ("read", "read", "VERB", "VBD", 5, "acl:relcl");
        assert!(reported_clauses_on_obliques(&tokens(&read)).is_empty());
    }

    #[test]
    fn a_name_between_commas_read_as_a_modifier_is_an_apposition() {
        // "The brother-in-law , Victor Lamarre , was acquitted ." with "Lamarre" an `nmod`.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("brother", "brother", "NOUN", "NN", 7, "nsubj:pass"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("Victor", "Victor", "PROPN", "NNP", 5, "compound"),
            ("Lamarre", "Lamarre", "PROPN", "NNP", 2, "nmod"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("was", "be", "AUX", "VBD", 7, "aux:pass"),
            ("acquitted", "acquit", "VERB", "VBN", 0, "root"),
            (".", ".", "PUNCT", ".", 7, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "appos"));
        // With a preposition of its own, or no comma before it, it stays a modifier.
        let mut of = spec;
        of[2] = ("of", "of", "ADP", "IN", 5, "case");
        assert!(repaired(&tokens(&of)).is_none());
        let mut bare = spec;
        bare[2] = ("now", "now", "ADV", "RB", 8, "advmod");
        assert!(repaired(&tokens(&bare)).is_none());
        // "The head of the NCA , Jonas Ekvall , welcomed it ." with "Ekvall" on "NCA": the
        // role's apposition; not so after a noun that names no role.
        let role = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("head", "head", "NOUN", "NN", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("NCA", "NCA", "PROPN", "NNP", 2, "nmod"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("Jonas", "Jonas", "PROPN", "NNP", 8, "compound"),
            ("Ekvall", "Ekvall", "PROPN", "NNP", 5, "nmod"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("welcomed", "welcome", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 10, "obj"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&role)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "appos"));
        let mut place = role;
        place[1] = ("residents", "resident", "NOUN", "NNS", 10, "nsubj");
        assert!(names_read_as_modifiers(&tokens(&place)).is_empty());
        // "Its leader , Deputy Prime Minister Eliska Voran , said ." with "Deputy" a conjunct
        // of "leader": it goes back to the title.
        let stray = [
            ("Its", "its", "PRON", "PRP$", 2, "nmod:poss"),
            ("leader", "leader", "NOUN", "NN", 10, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("Deputy", "deputy", "NOUN", "NN", 2, "conj"),
            ("Prime", "prime", "ADJ", "JJ", 6, "amod"),
            ("Minister", "Minister", "PROPN", "NNP", 7, "nmod:desc"),
            ("Eliska", "Eliska", "PROPN", "NNP", 2, "nmod"),
            ("Voran", "Voran", "PROPN", "NNP", 7, "flat"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ];
        let fixed = repaired(&tokens(&stray)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[6], arcs[3], arcs[2]),
            ((2, "appos"), (5, "amod"), (7, "punct"))
        );
    }

    #[test]
    fn a_relative_clause_on_a_verb_goes_to_the_name_before_its_comma() {
        // "The case was brought by the Office ( OPI ) , which opened it ." with "opened" on
        // "brought".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("case", "case", "NOUN", "NN", 4, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 4, "aux:pass"),
            ("brought", "bring", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("Office", "Office", "PROPN", "NNP", 4, "obl:agent"),
            ("(", "(", "PUNCT", "-LRB-", 9, "punct"),
            ("OPI", "OPI", "PROPN", "NNP", 7, "appos"),
            (")", ")", "PUNCT", "-RRB-", 9, "punct"),
            (",", ",", "PUNCT", ",", 13, "punct"),
            ("which", "which", "PRON", "WDT", 13, "nsubj"),
            ("opened", "open", "VERB", "VBD", 4, "acl:relcl"),
            ("it", "it", "PRON", "PRP", 13, "obj"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            (fixed[12].head, fixed[12].deprel.as_str()),
            (7, "acl:relcl")
        );
        // "which" after a common noun may be about the clause; "who" is about the noun.
        let mut common = spec;
        common[6] = ("office", "office", "NOUN", "NN", 4, "obl:agent");
        assert!(repaired(&tokens(&common)).is_none());
        common[11] = ("who", "who", "PRON", "WP", 13, "nsubj");
        let fixed = repaired(&tokens(&common)).expect("a repair");
        assert_eq!(fixed[12].head, 7);
        // Without the comma, no repair.
        let mut bare = spec;
        bare[10] = ("now", "now", "ADV", "RB", 13, "advmod");
        assert!(repaired(&tokens(&bare)).is_none());
    }

    #[test]
    fn a_participle_whose_after_phrase_took_the_next_clause_is_the_main_verb() {
        // "The coach resigned after her team lost its match ." with "resigned" a participle on
        // "coach" and "lost" the root.
        let mut spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("coach", "coach", "NOUN", "NN", 7, "nsubj"),
            ("resigned", "resign", "VERB", "VBN", 2, "acl"),
            ("after", "after", "ADP", "IN", 6, "case"),
            ("her", "she", "PRON", "PRP$", 6, "nmod:poss"),
            ("team", "team", "NOUN", "NN", 3, "obl"),
            ("lost", "lose", "VERB", "VBD", 0, "root"),
            ("its", "its", "PRON", "PRP$", 9, "nmod:poss"),
            ("match", "match", "NOUN", "NN", 7, "obj"),
            (".", ".", "PUNCT", ".", 7, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (7, "mark"),
                (6, "nmod:poss"),
                (7, "nsubj"),
                (3, "advcl"),
                (9, "nmod:poss"),
                (7, "obj"),
                (3, "punct"),
            ]
        );
        assert_eq!(
            (fixed[2].xpos.as_str(), fixed[3].upos.as_str()),
            ("VBD", "SCONJ")
        );
        // Without a full stop (a headline) the parse is left as it is.
        spec[9] = ("now", "now", "ADV", "RB", 7, "advmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_name_on_a_comma_a_bare_oblique_and_an_adjective_after_the_object_are_repaired() {
        // "The charity 's director , Hanna Kowalski , called the threat unlawful and promised
        // to sue ." as the parser read it: the name on the comma (42), "director" an `obl`
        // (43), "unlawful" an `amod` of "threat" (44) with "promised" its conjunct (32).
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("charity", "charity", "NOUN", "NN", 4, "nmod:poss"),
            ("'s", "'s", "PART", "POS", 2, "case"),
            ("director", "director", "NOUN", "NN", 9, "obl"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("Hanna", "Hanna", "PROPN", "NNP", 5, "appos"),
            ("Kowalski", "Kowalski", "PROPN", "NNP", 6, "flat"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("called", "call", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("threat", "threat", "NOUN", "NN", 9, "obj"),
            ("unlawful", "unlawful", "ADJ", "JJ", 11, "amod"),
            ("and", "and", "CCONJ", "CC", 14, "cc"),
            ("promised", "promise", "VERB", "VBD", 12, "conj"),
            ("to", "to", "PART", "TO", 16, "mark"),
            ("sue", "sue", "VERB", "VB", 14, "xcomp"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(3), arc(5), arc(11), arc(13)],
            [(9, "nsubj"), (4, "appos"), (9, "xcomp"), (9, "conj")]
        );
        // After a preposition, or as a time, the oblique stays one: "On Monday , ... called".
        let mut with_case = spec.clone();
        with_case[0] = ("On", "on", "ADP", "IN", 4, "case");
        let fixed = repaired(&tokens(&with_case)).expect("a repair");
        assert_eq!(fixed[3].deprel, "obl");
        // "one Iraqi dead" (a capitalised adjective) and "gave the group new rules" (no verb of
        // calling or making) keep their modifiers.
        let mut other_verb = spec.clone();
        other_verb[8] = ("gave", "give", "VERB", "VBD", 0, "root");
        let fixed = repaired(&tokens(&other_verb)).expect("a repair");
        assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (11, "amod"));
    }

    #[test]
    fn as_many_as_a_number_is_one_adverb_on_the_number() {
        // "Police said as many as 300 protesters gathered ." with "many" the object of "said"
        // and "protesters" its oblique.
        let spec = vec![
            ("Police", "police", "NOUN", "NNS", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("as", "as", "ADV", "RB", 4, "advmod"),
            ("many", "many", "ADJ", "JJ", 2, "obj"),
            ("as", "as", "ADP", "IN", 7, "case"),
            ("300", "300", "NUM", "CD", 7, "nummod"),
            ("protesters", "protester", "NOUN", "NNS", 4, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (6, "advmod"),
                (3, "fixed"),
                (3, "fixed"),
                (7, "nummod"),
                (2, "obj"),
                (2, "punct"),
            ]
        );
        // "Prices rose by as much as 12 percent ." with "much" an adverb of "rose", "by" its
        // case and "percent" its clause: "percent" takes the adverb's place and the "by".
        let spec = vec![
            ("Prices", "price", "NOUN", "NNS", 2, "nsubj"),
            ("rose", "rise", "VERB", "VBD", 0, "root"),
            ("by", "by", "ADP", "IN", 5, "case"),
            ("as", "as", "ADV", "RB", 5, "advmod"),
            ("much", "much", "ADV", "RB", 2, "advmod"),
            ("as", "as", "SCONJ", "IN", 8, "mark"),
            ("12", "12", "NUM", "CD", 8, "nummod"),
            ("percent", "percent", "NOUN", "NN", 5, "advcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (8, "case"),
                (7, "advmod"),
                (4, "fixed"),
                (4, "fixed"),
                (8, "nummod"),
                (2, "obl:unmarked"),
                (2, "punct"),
            ]
        );
        // The UD shape is left alone.
        let spec = vec![
            ("As", "as", "ADV", "RB", 4, "advmod"),
            ("many", "many", "ADJ", "JJ", 1, "fixed"),
            ("as", "as", "ADP", "IN", 1, "fixed"),
            ("40", "40", "NUM", "CD", 5, "nummod"),
            ("people", "person", "NOUN", "NNS", 6, "nsubj"),
            ("died", "die", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 6, "punct"),
        ];
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_participle_after_a_preposition_modifies_the_next_noun() {
        // "settled a lawsuit over slowed iPhones ." with "slowed" an `acl` of "lawsuit",
        // "over" its adverb and "iPhones" its object.
        let spec = vec![
            ("settled", "settle", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 3, "det"),
            ("lawsuit", "lawsuit", "NOUN", "NN", 1, "obj"),
            ("over", "over", "ADP", "IN", 5, "advmod"),
            ("slowed", "slow", "VERB", "VBN", 3, "acl"),
            ("iPhones", "iPhone", "PROPN", "NNPS", 5, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed),
            vec![
                (0, "root"),
                (3, "det"),
                (1, "obj"),
                (6, "case"),
                (6, "amod"),
                (3, "nmod"),
                (1, "punct"),
            ]
        );
        // A participle with more to it is a clause ("a lawsuit over slowed iPhones filed in
        // May" keeps its reading when "filed" has its own dependents).
        let mut more = spec;
        more.insert(6, ("quickly", "quickly", "ADV", "RB", 5, "advmod"));
        assert!(repaired(&tokens(&more)).is_none());
    }

    #[test]
    fn an_according_to_phrase_on_a_noun_goes_to_the_verb() {
        // "The virus spread to 20 countries , according to the agency ." with the "according
        // to" phrase a modifier of "countries".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("virus", "virus", "NOUN", "NN", 3, "nsubj"),
            ("spread", "spread", "VERB", "VBD", 0, "root"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("20", "20", "NUM", "CD", 6, "nummod"),
            ("countries", "country", "NOUN", "NNS", 3, "obl"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("according", "accord", "VERB", "VBG", 11, "case"),
            ("to", "to", "ADP", "IN", 8, "fixed"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("agency", "agency", "NOUN", "NN", 6, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (3, "obl"));
        let changed: Vec<usize> = (0..spec.len())
            .filter(|&k| (fixed[k].head, fixed[k].deprel.as_str()) != (spec[k].4, spec[k].5))
            .collect();
        assert_eq!(changed, [10]);
        // Any other phrase on the noun stays ("countries in Africa").
        let mut other = spec;
        other[7] = ("in", "in", "ADP", "IN", 11, "case");
        other[8] = ("all", "all", "DET", "DT", 11, "det");
        assert!(repaired(&tokens(&other)).is_none());
    }

    #[test]
    fn a_verb_in_s_read_as_a_plural_noun_before_its_infinitive_is_the_verb() {
        // "The company plans to hire workers ." with "plans" (NNS) the root, "company" its
        // compound and "hire" its `acl`.
        let spec = vec![
            ("The", "the", "DET", "DT", 3, "det"),
            ("company", "company", "NOUN", "NN", 3, "compound"),
            ("plans", "plan", "NOUN", "NNS", 0, "root"),
            ("to", "to", "PART", "TO", 5, "mark"),
            ("hire", "hire", "VERB", "VB", 3, "acl"),
            ("workers", "worker", "NOUN", "NNS", 5, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (5, "mark"),
                (3, "xcomp"),
                (5, "obj"),
                (3, "punct"),
            ]
        );
        let v = &fixed[2];
        assert_eq!(
            (v.upos.as_str(), v.xpos.as_str(), v.lemma.as_str()),
            ("VERB", "VBZ", "plan")
        );
        // Not when the sentence has a finite verb ("The company plans to hire were shelved"),
        // nor for a plural that is no verb ("The company profits to ...").
        let mut finite = spec.clone();
        finite.insert(6, ("were", "be", "AUX", "VBD", 3, "cop"));
        assert!(repaired(&tokens(&finite)).is_none());
        let mut noun = spec;
        noun[2] = ("minutes", "minute", "NOUN", "NNS", 0, "root");
        assert!(repaired(&tokens(&noun)).is_none());
        // "The company Nordvolt plans to hire ." with "company" already the subject and the
        // name a compound of "plans": the name goes to the subject as its apposition.
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("company", "company", "NOUN", "NN", 4, "nsubj"),
            ("Nordvolt", "Nordvolt", "PROPN", "NNP", 4, "compound"),
            ("plans", "plan", "NOUN", "NNS", 0, "root"),
            ("to", "to", "PART", "TO", 6, "mark"),
            ("hire", "hire", "VERB", "VB", 4, "acl"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "det"),
                (4, "nsubj"),
                (2, "appos"),
                (0, "root"),
                (6, "mark"),
                (4, "xcomp"),
                (4, "punct"),
            ]
        );
    }

    #[test]
    fn a_reported_verb_read_as_a_participle_with_an_object_is_the_clause_verb() {
        // "Officials estimate the storm caused damage ." with "caused" (VBN) an `acl` of
        // "storm", the object of "estimate".
        let spec = vec![
            ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
            ("estimate", "estimate", "VERB", "VBP", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("storm", "storm", "NOUN", "NN", 2, "obj"),
            ("caused", "cause", "VERB", "VBN", 4, "acl"),
            ("damage", "damage", "NOUN", "NN", 5, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (4, "det"),
                (5, "nsubj"),
                (2, "ccomp"),
                (5, "obj"),
                (2, "punct"),
            ]
        );
        assert_eq!(fixed[4].xpos, "VBD");
        // A reduced relative with its agent stays: "estimate the damage caused by the storm".
        let relative = vec![
            ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
            ("estimate", "estimate", "VERB", "VBP", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("damage", "damage", "NOUN", "NN", 2, "obj"),
            ("caused", "cause", "VERB", "VBN", 4, "acl"),
            ("by", "by", "ADP", "IN", 8, "case"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("storm", "storm", "NOUN", "NN", 5, "obl:agent"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert!(repaired(&tokens(&relative)).is_none());
        // Nor after an infinitive: "to estimate the foam covered surface".
        let mut infinitive = spec;
        infinitive[1] = ("estimate", "estimate", "VERB", "VB", 0, "root");
        assert!(repaired(&tokens(&infinitive)).is_none());
    }

    #[test]
    fn a_reported_past_tense_read_as_a_participle_needs_no_object() {
        // "The company said fuel costs rose by 12 percent ." with "rose" (VBD) an `acl` of
        // "costs", the object of "said", and "by 12 percent" its agent.
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("company", "company", "NOUN", "NN", 3, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("fuel", "fuel", "NOUN", "NN", 5, "compound"),
            ("costs", "cost", "NOUN", "NNS", 3, "obj"),
            ("rose", "rise", "VERB", "VBD", 5, "acl"),
            ("by", "by", "ADP", "IN", 9, "case"),
            ("12", "12", "NUM", "CD", 9, "nummod"),
            ("percent", "percent", "NOUN", "NN", 6, "obl:agent"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[4..9],
            [
                (6, "nsubj"),
                (3, "ccomp"),
                (9, "case"),
                (9, "nummod"),
                (6, "obl")
            ]
        );
        // Tagged as a participle, with no object, it stays a reduced relative ("said the
        // costs linked to the war").
        let mut participle = spec;
        participle[5] = ("linked", "link", "VERB", "VBN", 5, "acl");
        participle[6] = ("to", "to", "ADP", "IN", 9, "case");
        participle[8] = ("war", "war", "NOUN", "NN", 6, "obl");
        let kept = repaired_or_same(&participle);
        assert_eq!(arcs_of(&kept)[4..6], [(3, "obj"), (5, "acl")]);
    }

    #[test]
    fn a_clause_after_comma_and_read_as_a_noun_conjunct_is_a_clause() {
        // "The ferry sank near the island , and boats rescued 40 passengers ." with "boats" a
        // conjunct of "island" and "rescued" (VBN) a participle on "boats".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("ferry", "ferry", "NOUN", "NN", 3, "nsubj"),
            ("sank", "sink", "VERB", "VBD", 0, "root"),
            ("near", "near", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("island", "island", "NOUN", "NN", 3, "obl"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("boats", "boat", "NOUN", "NNS", 6, "conj"),
            ("rescued", "rescue", "VERB", "VBN", 9, "acl"),
            ("40", "40", "NUM", "CD", 12, "nummod"),
            ("passengers", "passenger", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[6..10],
            [(10, "punct"), (10, "cc"), (10, "nsubj"), (3, "conj")]
        );
        assert_eq!(fixed[9].xpos, "VBD");
        // Without the comma ("the island and boats rescued from it"), or with an agent, or
        // without an object, the noun conjunct stays.
        let mut no_comma = spec.clone();
        no_comma[6] = ("then", "then", "ADV", "RB", 3, "advmod");
        let mut agent = spec.clone();
        agent[11].5 = "obl:agent";
        let mut no_object = spec;
        no_object[11].5 = "obl";
        for other in [no_comma, agent, no_object] {
            let kept = repaired_or_same(&other);
            assert_eq!(arcs_of(&kept)[8..10], [(6, "conj"), (9, "acl")]);
        }
    }

    #[test]
    fn a_report_that_ends_the_sentence_read_as_a_conjunct_is_the_report() {
        // "Fans gathered as councillors voted , the club announced ." with "announced" a
        // conjunct of "gathered" and "voted" its adverbial clause.
        let spec = vec![
            ("Fans", "fan", "NOUN", "NNS", 2, "nsubj"),
            ("gathered", "gather", "VERB", "VBD", 0, "root"),
            ("as", "as", "SCONJ", "IN", 5, "mark"),
            ("councillors", "councillor", "NOUN", "NNS", 5, "nsubj"),
            ("voted", "vote", "VERB", "VBD", 9, "advcl"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("club", "club", "NOUN", "NN", 9, "nsubj"),
            ("announced", "announce", "VERB", "VBD", 2, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[4..9],
            [
                (2, "advcl"),
                (9, "punct"),
                (8, "det"),
                (9, "nsubj"),
                (2, "parataxis")
            ]
        );
        // With a coordinator, or with more than punctuation after it, it is a conjunct.
        let mut cc = spec.clone();
        cc[5] = ("and", "and", "CCONJ", "CC", 9, "cc");
        let mut more = spec;
        more[9] = ("it", "it", "PRON", "PRP", 9, "obj");
        for other in [cc, more] {
            let kept = repaired_or_same(&other);
            assert_eq!(arcs_of(&kept)[8], (2, "conj"));
        }
    }

    #[test]
    fn a_title_taken_by_the_report_goes_back_to_the_reported_clause() {
        // "Coach Elena resigned , the club announced ." with "Coach" a second subject of
        // "announced".
        let spec = vec![
            ("Coach", "coach", "NOUN", "NN", 7, "nsubj"),
            ("Elena", "Elena", "PROPN", "NNP", 3, "nsubj"),
            ("resigned", "resign", "VERB", "VBD", 7, "ccomp"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("club", "club", "NOUN", "NN", 7, "nsubj"),
            ("announced", "announce", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 7, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..3],
            [(3, "nsubj"), (1, "appos"), (7, "ccomp")]
        );
        // Not a role noun ("Fans Elena ..."), or the report's own subject only: left alone.
        let mut fans = spec.clone();
        fans[0] = ("Fans", "fan", "NOUN", "NNS", 7, "nsubj");
        let mut one = spec;
        one[5].5 = "obj";
        for other in [fans, one] {
            let kept = repaired_or_same(&other);
            assert_eq!(arcs_of(&kept)[0], (7, "nsubj"));
        }
    }

    #[test]
    fn a_reported_clause_whose_subject_began_as_the_object_gets_it_back() {
        // "Traders said wheat prices rose sharply ." with "wheat" the object of "said" and
        // "rose" a relative clause on "wheat" with "prices" its subject.
        let spec = vec![
            ("Traders", "trader", "NOUN", "NNS", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("wheat", "wheat", "NOUN", "NN", 2, "obj"),
            ("prices", "price", "NOUN", "NNS", 6, "nsubj"),
            ("rose", "rise", "VERB", "VBD", 4, "acl:relcl"),
            ("sharply", "sharply", "ADV", "RB", 6, "advmod"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (5, "det"),
                (5, "compound"),
                (6, "nsubj"),
                (2, "ccomp"),
                (6, "advmod"),
                (2, "punct"),
            ]
        );
        // Not after a verb that reports nothing, nor when the object has a preposition or
        // the clause's verb is a participle.
        let mut sold = spec.clone();
        sold[1] = ("sold", "sell", "VERB", "VBD", 0, "root");
        let mut participle = spec;
        participle[5] = ("listed", "list", "VERB", "VBN", 4, "acl");
        for other in [sold, participle] {
            let kept = repaired_or_same(&other);
            assert_eq!(
                arcs_of(&kept)[3..6],
                [(2, "obj"), (6, "nsubj"), (4, other[5].5)]
            );
        }
    }

    #[test]
    fn a_verb_without_a_passive_read_as_a_participle_with_a_by_phrase_is_the_verb() {
        // "Shares fell by 8 percent ." with "fell" (tagged VBN) a participle on "Shares" and
        // "by 8 percent" its agent: a falling has no agent.
        let spec = vec![
            ("Shares", "share", "NOUN", "NNS", 0, "root"),
            ("fell", "fall", "VERB", "VBN", 1, "acl"),
            ("by", "by", "ADP", "IN", 5, "case"),
            ("8", "8", "NUM", "CD", 5, "nummod"),
            ("percent", "percent", "NOUN", "NN", 2, "obl:agent"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (5, "case"),
                (5, "nummod"),
                (2, "obl"),
                (2, "punct"),
            ]
        );
        assert_eq!(fixed[1].xpos, "VBD");
        // A verb that has a passive keeps its agent ("Shares sold by the fund").
        let mut sold = spec;
        sold[1] = ("sold", "sell", "VERB", "VBN", 1, "acl");
        assert!(repaired(&tokens(&sold)).is_none());
    }

    #[test]
    fn a_reported_verb_read_as_an_adjective_on_its_object_is_the_clause_verb() {
        // "The minister said the tariffs violated trade rules ." with "violated" (tagged JJ)
        // an `amod` of "rules", and "rules" a conjunct of the object "tariffs".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("minister", "minister", "NOUN", "NN", 3, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("tariffs", "tariff", "NOUN", "NNS", 3, "obj"),
            ("violated", "violated", "ADJ", "JJ", 8, "amod"),
            ("trade", "trade", "NOUN", "NN", 8, "compound"),
            ("rules", "rule", "NOUN", "NNS", 5, "conj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (5, "det"),
                (6, "nsubj"),
                (3, "ccomp"),
                (8, "compound"),
                (6, "obj"),
                (3, "punct"),
            ]
        );
        let v = &fixed[5];
        assert_eq!(
            (v.upos.as_str(), v.xpos.as_str(), v.lemma.as_str()),
            ("VERB", "VBD", "violate")
        );
        // Not for an adjective WordNet has no past tense of ("said the tariffs unfair rules"
        // is no clause), nor after a verb that takes a real object ("told the tariffs ...").
        let mut other = spec.clone();
        other[5] = ("unfair", "unfair", "ADJ", "JJ", 8, "amod");
        assert!(repaired(&tokens(&other)).is_none());
        let mut told = spec.clone();
        told[2] = ("told", "tell", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&told)).is_none());
        // Nor when a preposition heads the later noun ("said the tariffs limited by rules").
        let mut by = spec;
        by[6] = ("by", "by", "ADP", "IN", 8, "case");
        assert!(repaired(&tokens(&by)).is_none());
    }

    #[test]
    fn a_past_tense_read_as_an_adjective_on_its_object_is_the_verb() {
        // "Police used water cannon to disperse crowds ." with "used" an `amod` of the root
        // "cannon", and "Police" its `nsubj`.
        let spec = vec![
            ("Police", "police", "NOUN", "NNS", 4, "nsubj"),
            ("used", "use", "VERB", "VBN", 4, "amod"),
            ("water", "water", "NOUN", "NN", 4, "compound"),
            ("cannon", "cannon", "NOUN", "NN", 0, "root"),
            ("to", "to", "PART", "TO", 6, "mark"),
            ("disperse", "disperse", "VERB", "VB", 4, "acl"),
            ("crowds", "crowd", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (4, "compound"),
                (2, "obj"),
                (6, "mark"),
                (2, "advcl"),
                (6, "obj"),
                (2, "punct"),
            ]
        );
        assert_eq!(fixed[1].xpos, "VBD");
        // "Rescue teams used boats ." with "teams" the root and "boats" its `nmod`.
        let spec = vec![
            ("Rescue", "rescue", "NOUN", "NN", 2, "compound"),
            ("teams", "team", "NOUN", "NNS", 0, "root"),
            ("used", "use", "VERB", "VBN", 4, "amod"),
            ("boats", "boat", "NOUN", "NNS", 2, "nmod"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "compound"),
                (3, "nsubj"),
                (0, "root"),
                (3, "obj"),
                (3, "punct")
            ]
        );
        // With a finite verb in the sentence the adjective is one: "Teams used boats
        // arrived ." is left alone, and so is a phrase after a preposition.
        let mut finite = spec.clone();
        finite.insert(4, ("arrived", "arrive", "VERB", "VBD", 2, "acl:relcl"));
        finite[5].4 = 2;
        assert!(repaired(&tokens(&finite)).is_none());
        let mut preposition = spec.clone();
        preposition[0] = ("In", "in", "ADP", "IN", 2, "case");
        assert!(repaired(&tokens(&preposition)).is_none());
        // "Police used barriers , and two men were detained ." with "detained" the root,
        // "Police" its subject and "barriers" a conjunct of "Police".
        let spec = vec![
            ("Police", "police", "NOUN", "NNS", 9, "nsubj:pass"),
            ("used", "use", "VERB", "VBN", 3, "amod"),
            ("barriers", "barrier", "NOUN", "NNS", 1, "conj"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("two", "two", "NUM", "CD", 7, "nummod"),
            ("men", "man", "NOUN", "NNS", 9, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 9, "aux:pass"),
            ("detained", "detain", "VERB", "VBN", 0, "root"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "nsubj"),
                (0, "root"),
                (2, "obj"),
                (9, "punct"),
                (9, "cc"),
                (7, "nummod"),
                (9, "nsubj:pass"),
                (9, "aux:pass"),
                (2, "conj"),
                (2, "punct"),
            ]
        );
    }

    #[test]
    fn a_past_tense_like_its_base_form_after_a_subordinator_is_the_clause_verb() {
        // "Shares fell after the firm cut its forecast ." with "after the firm" a phrase and
        // "cut" (tagged VB) a bare complement of "fell".
        let mut spec = vec![
            ("Shares", "share", "NOUN", "NNS", 2, "nsubj"),
            ("fell", "fall", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("firm", "firm", "NOUN", "NN", 2, "obl"),
            ("cut", "cut", "VERB", "VB", 2, "xcomp"),
            ("its", "its", "PRON", "PRP$", 8, "nmod:poss"),
            ("forecast", "forecast", "NOUN", "NN", 6, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(2), arc(4), arc(5)],
            [(6, "mark"), (6, "nsubj"), (2, "advcl")]
        );
        assert_eq!(fixed[5].xpos, "VBD");
        // A base form that differs from the past ("helped the firm grow") is left alone.
        spec[5] = ("grow", "grow", "VERB", "VB", 2, "xcomp");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_noun_like_forecast_read_as_a_verb_after_the_object_heads_it() {
        // "cut its sales forecast for the year ." with "forecast" an xcomp of "cut".
        let mut spec = vec![
            ("cut", "cut", "VERB", "VBD", 0, "root"),
            ("its", "its", "PRON", "PRP$", 3, "nmod:poss"),
            ("sales", "sale", "NOUN", "NNS", 1, "obj"),
            ("forecast", "forecast", "VERB", "VBN", 1, "xcomp"),
            ("for", "for", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("year", "year", "NOUN", "NN", 4, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(1), arc(2), arc(3), arc(6)],
            [(4, "nmod:poss"), (4, "compound"), (1, "obj"), (4, "nmod")]
        );
        assert_eq!(fixed[3].upos, "NOUN");
        // "had its water shut off": the causative's object does the verb.
        spec[0] = ("had", "have", "VERB", "VBD", 0, "root");
        spec[3] = ("shut", "shut", "VERB", "VBN", 1, "xcomp");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn the_reason_for_blame_or_thanks_belongs_to_the_verb() {
        // "He blamed attendance for the debts ." with "for the debts" on "attendance".
        let mut spec = vec![
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("blamed", "blame", "VERB", "VBD", 0, "root"),
            ("attendance", "attendance", "NOUN", "NN", 2, "obj"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("debts", "debt", "NOUN", "NNS", 3, "nmod"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "obl"));
        // "bought tickets for the match" keeps what the tickets are for.
        spec[1] = ("bought", "buy", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn an_intransitive_ing_word_before_a_noun_modifies_it() {
        // "Doctors blamed falling vaccination rates ." with "falling" a complement of "blamed".
        let mut spec = vec![
            ("Doctors", "doctor", "NOUN", "NNS", 2, "nsubj"),
            ("blamed", "blame", "VERB", "VBD", 0, "root"),
            ("falling", "fall", "VERB", "VBG", 2, "xcomp"),
            ("vaccination", "vaccination", "NOUN", "NN", 5, "compound"),
            ("rates", "rate", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(2), arc(3), arc(4)],
            [(5, "amod"), (5, "compound"), (2, "obj")]
        );
        // A verb that takes objects keeps its reading: "stopped selling cars".
        spec[2] = ("selling", "sell", "VERB", "VBG", 2, "xcomp");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_closing_report_made_the_root_over_a_participle_gives_way_to_it() {
        // "Hundreds of fans gathered outside , the club announced ." with "announced" (VBN)
        // the root, "Hundreds" and "club" its subjects, "gathered" a participle on "fans".
        let spec = vec![
            ("Hundreds", "hundred", "NOUN", "NNS", 9, "nsubj:pass"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("fans", "fan", "NOUN", "NNS", 1, "nmod"),
            ("gathered", "gather", "VERB", "VBN", 3, "acl"),
            ("outside", "outside", "ADV", "RB", 4, "advmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("club", "club", "NOUN", "NN", 9, "nsubj"),
            ("announced", "announce", "VERB", "VBN", 0, "root"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(0), arc(3), arc(5), arc(7), arc(8), arc(9)],
            [
                (4, "nsubj"),
                (0, "root"),
                (9, "punct"),
                (9, "nsubj"),
                (4, "parataxis"),
                (4, "punct")
            ]
        );
        // With one subject the report is the sentence's verb: "The club announced ." stays.
        let mut one = spec.clone();
        one[0].5 = "obl";
        assert!(repaired(&tokens(&one)).is_none_or(|t| t[8].head == 0));
    }

    #[test]
    fn a_reporting_clause_closing_the_sentence_hangs_on_its_verb() {
        // "The factory will close next year , the company announced on Monday ." with
        // "company" an apposition of "year" and "announced" a participle on it.
        let mut spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("factory", "factory", "NOUN", "NN", 4, "nsubj"),
            ("will", "will", "AUX", "MD", 4, "aux"),
            ("close", "close", "VERB", "VB", 0, "root"),
            ("next", "next", "ADJ", "JJ", 6, "amod"),
            ("year", "year", "NOUN", "NN", 4, "obl:tmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("the", "the", "DET", "DT", 9, "det"),
            ("company", "company", "NOUN", "NN", 6, "appos"),
            ("announced", "announce", "VERB", "VBN", 9, "acl"),
            ("on", "on", "ADP", "IN", 12, "case"),
            ("Monday", "Monday", "PROPN", "NNP", 10, "obl"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(6), arc(8), arc(9), arc(11)],
            [(10, "punct"), (10, "nsubj"), (4, "parataxis"), (10, "obl")]
        );
        assert_eq!(fixed[9].xpos, "VBD");
        // A participle that does not close the sentence is left alone ("..., the company
        // announced on Monday, and ..." is something else).
        spec[12] = ("and", "and", "CCONJ", "CC", 4, "cc");
        assert!(repaired(&tokens(&spec)).is_none());

        // "The bridge reopened after repairs , the city said ." with "said" a complement of
        // "reopened" that also took "after repairs".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("bridge", "bridge", "NOUN", "NN", 3, "nsubj"),
            ("reopened", "reopen", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("repairs", "repair", "NOUN", "NNS", 9, "obl"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("city", "city", "NOUN", "NN", 9, "nsubj"),
            ("said", "say", "VERB", "VBD", 3, "ccomp"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(4), arc(5), arc(7), arc(8)],
            [(3, "obl"), (9, "punct"), (9, "nsubj"), (3, "parataxis")]
        );
        // With a clause of its own the verb reports that clause, wherever it hangs.
        let mut with_clause = spec.clone();
        with_clause.insert(9, ("so", "so", "ADV", "RB", 9, "ccomp"));
        assert!(repaired(&tokens(&with_clause)).is_none());
    }

    #[test]
    fn a_verb_coordinated_with_an_object_is_the_verbs_conjunct() {
        // "fire destroyed homes and forced residents to flee" with "forced" on "homes".
        let mut spec = vec![
            ("fire", "fire", "NOUN", "NN", 2, "nsubj"),
            ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
            ("homes", "home", "NOUN", "NNS", 2, "obj"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("forced", "force", "VERB", "VBD", 3, "conj"),
            ("residents", "resident", "NOUN", "NNS", 5, "obj"),
            ("to", "to", "PART", "TO", 8, "mark"),
            ("flee", "flee", "VERB", "VB", 5, "xcomp"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "conj"));
        // The same with an oblique noun ("destroyed homes overnight and forced ..." with
        // "forced" on "overnight"), unless the conjunct has a subject of its own.
        let mut oblique = spec.clone();
        oblique[2] = ("overnight", "overnight", "NOUN", "NN", 2, "obl:tmod");
        let fixed = repaired(&tokens(&oblique)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "conj"));
        for t in oblique.iter_mut() {
            t.4 += usize::from(t.4 > 4);
        }
        oblique.insert(4, ("they", "they", "PRON", "PRP", 6, "nsubj"));
        let kept = repaired_or_same(&oblique);
        assert_eq!((kept[5].head, kept[5].deprel.as_str()), (3, "conj"));
        // Without a complement of its own the verb is left where it is.
        spec[5].4 = 3;
        spec[5].5 = "conj";
        spec[7].4 = 6;
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_clause_read_as_an_apposition_of_a_role_noun_is_the_clause() {
        // "Opposition leader Maria Costa accused Dahl ." with "leader" the root.
        let mut spec = vec![
            ("Opposition", "opposition", "NOUN", "NN", 2, "compound"),
            ("leader", "leader", "NOUN", "NN", 0, "root"),
            ("Maria", "Maria", "PROPN", "NNP", 5, "nsubj"),
            ("Costa", "Costa", "PROPN", "NNP", 3, "flat"),
            ("accused", "accuse", "VERB", "VBD", 2, "appos"),
            ("Dahl", "Dahl", "PROPN", "NNP", 5, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (2, "compound"),
                (5, "nsubj"),
                (2, "appos"),
                (3, "flat"),
                (0, "root"),
                (5, "obj"),
                (5, "punct"),
            ]
        );
        // A determiner opens the subject ("Pools The Mariner ... had"): a heading, not a role.
        spec[2] = ("The", "the", "DET", "DT", 4, "det");
        spec[3] = ("Mariner", "Mariner", "PROPN", "NNP", 5, "nsubj");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_reporting_participle_inside_the_object_modifies_the_verb() {
        // "he rejected the demand for halting aid , warning that it would fail ." with
        // "warning" on "halting".
        let mut spec = vec![
            ("he", "he", "PRON", "PRP", 2, "nsubj"),
            ("rejected", "reject", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("demand", "demand", "NOUN", "NN", 2, "obj"),
            ("for", "for", "SCONJ", "IN", 6, "mark"),
            ("halting", "halt", "VERB", "VBG", 4, "acl"),
            ("aid", "aid", "NOUN", "NN", 6, "obj"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("warning", "warn", "VERB", "VBG", 6, "advcl"),
            ("that", "that", "SCONJ", "IN", 13, "mark"),
            ("it", "it", "PRON", "PRP", 13, "nsubj"),
            ("would", "would", "AUX", "MD", 13, "aux"),
            ("fail", "fail", "VERB", "VB", 9, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "advcl"));
        // "he wants to stop , warning that ...": on a chain of verbs, it is where it belongs.
        spec[3] = ("to", "to", "PART", "TO", 6, "mark");
        spec[5] = ("stop", "stop", "VERB", "VB", 2, "xcomp");
        spec[6] = ("now", "now", "ADV", "RB", 6, "advmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_second_object_after_a_conjunct_is_the_conjuncts() {
        // "she visited a centre and thanked volunteers ." with "volunteers" on "visited".
        let mut spec = vec![
            ("she", "she", "PRON", "PRP", 2, "nsubj"),
            ("visited", "visit", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("centre", "centre", "NOUN", "NN", 2, "obj"),
            ("and", "and", "CCONJ", "CC", 6, "cc"),
            ("thanked", "thank", "VERB", "VBN", 2, "conj"),
            ("volunteers", "volunteer", "NOUN", "NNS", 2, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "obj"));
        // A conjunct with an object of its own leaves the verb's objects alone.
        spec.insert(6, ("them", "they", "PRON", "PRP", 6, "obj"));
        for t in spec.iter_mut().skip(7) {
            t.4 = 2;
        }
        assert!(repaired(&tokens(&spec)).is_none());
        // "they were convicted and received sentences ." with "sentences" on the passive verb.
        let passive = vec![
            ("they", "they", "PRON", "PRP", 3, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 3, "aux:pass"),
            ("convicted", "convict", "VERB", "VBN", 0, "root"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("received", "receive", "VERB", "VBN", 3, "conj"),
            ("sentences", "sentence", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&passive)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (5, "obj"));
        // An active verb with its one object keeps it ("they convicted and sentenced him").
        let mut active = passive;
        active[0].5 = "nsubj";
        active[1] = ("then", "then", "ADV", "RB", 3, "advmod");
        assert!(objects_of_conjuncts(&tokens(&active)).is_empty());
    }

    #[test]
    fn his_before_a_phrase_possesses_it_even_after_a_ditransitive_verb() {
        // "results gave his party a majority" with "his" and "party" both indirect objects.
        let mut spec = vec![
            ("results", "result", "NOUN", "NNS", 2, "nsubj"),
            ("gave", "give", "VERB", "VBD", 0, "root"),
            ("his", "he", "PRON", "PRP$", 2, "iobj"),
            ("party", "party", "NOUN", "NN", 2, "iobj"),
            ("a", "a", "DET", "DT", 6, "det"),
            ("majority", "majority", "NOUN", "NN", 2, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (4, "nmod:poss"));
        // "gave her flowers": "her" may be the one given to.
        spec[2] = ("her", "she", "PRON", "PRP", 2, "iobj");
        spec[3] = ("flowers", "flower", "NOUN", "NNS", 2, "obj");
        spec.truncate(4);
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_name_after_the_object_is_its_apposition() {
        // "agreed to buy the firm Netvault ." with "Netvault" an xcomp of "buy".
        let mut spec = vec![
            ("Acme", "Acme", "PROPN", "NNP", 2, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
            ("to", "to", "PART", "TO", 4, "mark"),
            ("buy", "buy", "VERB", "VB", 2, "xcomp"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("firm", "firm", "NOUN", "NN", 4, "obj"),
            ("Netvault", "Netvault", "PROPN", "NNP", 4, "xcomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "appos"));
        // "call the firm Netvault": the verb names its object.
        spec[3] = ("call", "call", "VERB", "VB", 2, "xcomp");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_clause_after_until_read_as_a_bare_conjunct_is_the_clause() {
        // "he said the strike would go on until the state made an offer ." with "made" a
        // conjunct of "said" (no "and", no comma) and "until the state" a phrase.
        let spec = vec![
            ("he", "he", "PRON", "PRP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("strike", "strike", "NOUN", "NN", 6, "nsubj"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("go", "go", "VERB", "VB", 2, "ccomp"),
            ("on", "on", "ADP", "RP", 6, "compound:prt"),
            ("until", "until", "ADP", "IN", 10, "case"),
            ("the", "the", "DET", "DT", 10, "det"),
            ("state", "state", "NOUN", "NN", 6, "obl"),
            ("made", "make", "VERB", "VBD", 2, "conj"),
            ("an", "a", "DET", "DT", 13, "det"),
            ("offer", "offer", "NOUN", "NN", 11, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[7..11],
            [(11, "mark"), (10, "det"), (11, "nsubj"), (6, "advcl")]
        );
        // After a comma it may be a real conjunct: left alone.
        let mut spec = spec;
        spec.insert(10, (",", ",", "PUNCT", ",", 12, "punct"));
        for t in spec.iter_mut() {
            if t.4 > 10 {
                t.4 += 1;
            }
        }
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_time_before_a_clause_is_no_subject_of_it() {
        // "Rebels shelled towns , hours after sides signed truces ." with "hours" the subject
        // of "signed" and "after sides" its modifier.
        let spec = [
            ("Rebels", "rebel", "NOUN", "NNS", 2, "nsubj"),
            ("shelled", "shell", "VERB", "VBD", 0, "root"),
            ("towns", "town", "NOUN", "NNS", 2, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("hours", "hour", "NOUN", "NNS", 8, "nsubj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("sides", "side", "NOUN", "NNS", 5, "nmod"),
            ("signed", "sign", "VERB", "VBD", 2, "ccomp"),
            ("truces", "truce", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(
            times_read_as_subjects_of_clauses(&tokens(&spec)),
            [(4, 5, 7, 1)]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[4], arcs[5], arcs[6], arcs[7]),
            ((2, "obl:unmarked"), (8, "mark"), (8, "nsubj"), (5, "advcl"))
        );
        // With the clause's verb as the root, the verb before the time takes its place.
        let mut root = spec;
        root[1] = ("shelled", "shell", "VERB", "VBD", 8, "advcl");
        root[7] = ("signed", "sign", "VERB", "VBD", 0, "root");
        root[9] = (".", ".", "PUNCT", ".", 8, "punct");
        let fixed = repaired(&tokens(&root)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[1], arcs[4], arcs[7], arcs[9]),
            ((0, "root"), (2, "obl:unmarked"), (5, "advcl"), (2, "punct"))
        );
        // Not a time that opens the sentence, nor a noun that is no time.
        let mut lead = spec;
        lead[3] = ("then", "then", "ADV", "RB", 8, "advmod");
        assert!(times_read_as_subjects_of_clauses(&tokens(&lead)).is_empty());
        let mut fans = spec;
        fans[4] = ("fans", "fan", "NOUN", "NNS", 8, "nsubj");
        assert!(times_read_as_subjects_of_clauses(&tokens(&fans)).is_empty());
    }

    #[test]
    fn a_subject_read_as_the_apposition_of_an_opening_phrase_is_the_subject() {
        // "In a statement , the counsel , Ana Ruiz , said more ." with "counsel" an apposition
        // of "statement" and "said" without a subject.
        let spec = [
            ("In", "in", "ADP", "IN", 3, "case"),
            ("a", "a", "DET", "DT", 3, "det"),
            ("statement", "statement", "NOUN", "NN", 11, "obl"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("counsel", "counsel", "NOUN", "NN", 3, "appos"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("Ana", "Ana", "PROPN", "NNP", 6, "appos"),
            ("Ruiz", "Ruiz", "PROPN", "NNP", 8, "flat"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("more", "more", "ADV", "RBR", 11, "advmod"),
            (".", ".", "PUNCT", ".", 11, "punct"),
        ];
        assert_eq!(subjects_read_as_appositions(&tokens(&spec)), [(5, 10)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (11, "nsubj"));
        // Not with a subject of its own, nor the source of "according to".
        let mut own = spec;
        own[11] = ("Lind", "Lind", "PROPN", "NNP", 11, "nsubj");
        assert!(subjects_read_as_appositions(&tokens(&own)).is_empty());
        let mut according = spec;
        according[0] = ("According", "accord", "VERB", "VBG", 3, "case");
        assert!(subjects_read_as_appositions(&tokens(&according)).is_empty());
    }

    #[test]
    fn a_role_after_a_name_renames_the_name() {
        // "votes for Ruta Vaitkute , the leader ." with "leader" an apposition of "votes".
        let spec = [
            ("votes", "vote", "NOUN", "NNS", 0, "root"),
            ("for", "for", "ADP", "IN", 3, "case"),
            ("Ruta", "Ruta", "PROPN", "NNP", 1, "nmod"),
            ("Vaitkute", "Vaitkute", "PROPN", "NNP", 3, "flat"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("leader", "leader", "NOUN", "NN", 1, "appos"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(roles_renaming_earlier_nouns(&tokens(&spec)), [(6, 2)]);
        // Not after a place ("from New York"), a degree ("MD") or in a list.
        let mut place = spec;
        place[1] = ("from", "from", "ADP", "IN", 3, "case");
        assert!(roles_renaming_earlier_nouns(&tokens(&place)).is_empty());
        let mut degree = spec;
        degree[3] = ("MD", "MD", "PROPN", "NNP", 3, "flat");
        assert!(roles_renaming_earlier_nouns(&tokens(&degree)).is_empty());
        let mut list = spec.to_vec();
        list[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        list.push(("mayor", "mayor", "NOUN", "NN", 7, "conj"));
        assert!(roles_renaming_earlier_nouns(&tokens(&list)).is_empty());
        // Nor a role that is no person's ("votes for Vaitkute , the party").
        let mut party = spec;
        party[6] = ("party", "party", "NOUN", "NN", 1, "appos");
        assert!(roles_renaming_earlier_nouns(&tokens(&party)).is_empty());
    }

    #[test]
    fn a_noun_with_a_whose_clause_read_as_a_second_subject_takes_the_clause() {
        // "Residents whose homes were flooded demanded pay ." with "Residents" and "homes" both
        // subjects of "flooded" and "demanded" its `xcomp`.
        let spec = [
            ("Residents", "resident", "NOUN", "NNS", 5, "nsubj:pass"),
            ("whose", "whose", "PRON", "WP$", 3, "nmod:poss"),
            ("homes", "home", "NOUN", "NNS", 5, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 5, "aux:pass"),
            ("flooded", "flood", "VERB", "VBN", 0, "root"),
            ("demanded", "demand", "VERB", "VBD", 5, "xcomp"),
            ("pay", "pay", "NOUN", "NN", 6, "obj"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        assert_eq!(whose_clauses_read_as_subjects(&tokens(&spec)), [(0, 4)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (6, "nsubj"),
                (3, "nmod:poss"),
                (5, "nsubj:pass"),
                (5, "aux:pass"),
                (1, "acl:relcl"),
                (0, "root"),
                (6, "obj"),
                (6, "punct"),
            ]
        );
        // Two subjects without "whose" between them are another error.
        let mut other = spec;
        other[1] = ("the", "the", "DET", "DT", 3, "det");
        assert!(whose_clauses_read_as_subjects(&tokens(&other)).is_empty());
    }

    #[test]
    fn a_relative_word_is_the_subject_of_the_clause_reported_in_its_clause() {
        // "the demand , which he said would add costs" with "which" and "he" subjects of "said".
        let spec = [
            ("the", "the", "DET", "DT", 2, "det"),
            ("demand", "demand", "NOUN", "NN", 0, "root"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("which", "which", "PRON", "WDT", 6, "nsubj"),
            ("he", "he", "PRON", "PRP", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 2, "acl:relcl"),
            ("would", "would", "AUX", "MD", 8, "aux"),
            ("add", "add", "VERB", "VB", 6, "ccomp"),
            ("costs", "cost", "NOUN", "NNS", 8, "obj"),
        ];
        assert_eq!(relatives_of_reported_clauses(&tokens(&spec)), [(3, 7)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (8, "nsubj"));
        // Not when the reported clause has a subject, nor for a verb that reports nothing.
        let mut own = spec;
        own[8] = ("it", "it", "PRON", "PRP", 8, "nsubj");
        assert!(relatives_of_reported_clauses(&tokens(&own)).is_empty());
        let mut made = spec;
        made[5] = ("made", "make", "VERB", "VBD", 2, "acl:relcl");
        assert!(relatives_of_reported_clauses(&tokens(&made)).is_empty());
    }

    #[test]
    fn provided_that_marks_a_condition() {
        // "Rates may fall , provided that wages slow ." with "provided" a conjunct verb and
        // "slow" its complement.
        let spec = [
            ("Rates", "rate", "NOUN", "NNS", 3, "nsubj"),
            ("may", "may", "AUX", "MD", 3, "aux"),
            ("fall", "fall", "VERB", "VB", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("provided", "provide", "VERB", "VBD", 3, "conj"),
            ("that", "that", "SCONJ", "IN", 8, "mark"),
            ("wages", "wage", "NOUN", "NNS", 8, "nsubj"),
            ("slow", "slow", "VERB", "VBP", 5, "ccomp"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[3..8],
            [
                (8, "punct"),
                (8, "mark"),
                (5, "fixed"),
                (8, "nsubj"),
                (3, "advcl")
            ]
        );
        // A verb that provides something ("provided that the data showed it" with a subject,
        // "they provided that") is left alone.
        let mut subject = spec;
        subject[3] = ("they", "they", "PRON", "PRP", 5, "nsubj");
        assert!(provided_that(&tokens(&subject)).is_empty());
    }

    #[test]
    fn hours_after_something_say_when() {
        // "Hours after the crash , the union met ." with "Hours" a second subject.
        let spec = [
            ("Hours", "hour", "NOUN", "NNS", 8, "nsubj"),
            ("after", "after", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("crash", "crash", "NOUN", "NN", 1, "nmod"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("union", "union", "NOUN", "NN", 8, "nsubj"),
            ("met", "meet", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 8, "punct"),
        ];
        assert_eq!(second_time_subjects(&tokens(&spec)), [0]);
        // "a statement issued hours after the ruling" with "hours" the participle's object.
        let spec = [
            ("a", "a", "DET", "DT", 2, "det"),
            ("statement", "statement", "NOUN", "NN", 0, "root"),
            ("issued", "issue", "VERB", "VBN", 2, "acl"),
            ("hours", "hour", "NOUN", "NNS", 3, "obj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("ruling", "ruling", "NOUN", "NN", 3, "obl"),
        ];
        assert_eq!(times_read_as_objects(&tokens(&spec)), [3]);
        // A verb's object stays: "spent hours after work".
        let mut spent = spec;
        spent[2] = ("spent", "spend", "VERB", "VBD", 2, "acl:relcl");
        assert!(times_read_as_objects(&tokens(&spent)).is_empty());
    }

    #[test]
    fn a_which_clause_on_a_person_goes_to_the_noun_before_it() {
        // "Whitlock , chairman of the trust , which owns shares , said ." with the clause on
        // the name.
        let spec = [
            ("Whitlock", "Whitlock", "PROPN", "NNP", 12, "nsubj"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("chairman", "chairman", "NOUN", "NN", 1, "appos"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("trust", "trust", "NOUN", "NN", 3, "nmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("which", "which", "PRON", "WDT", 9, "nsubj"),
            ("owns", "own", "VERB", "VBZ", 1, "acl:relcl"),
            ("shares", "share", "NOUN", "NNS", 9, "obj"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 12, "punct"),
        ];
        assert_eq!(which_clauses_on_people(&tokens(&spec)), [(8, 5)]);
        // "who" refers to people; without a role in apposition the name may be a company's.
        let mut who = spec;
        who[7] = ("who", "who", "PRON", "WP", 9, "nsubj");
        assert!(which_clauses_on_people(&tokens(&who)).is_empty());
        let mut unit = spec;
        unit[2] = ("unit", "unit", "NOUN", "NN", 1, "appos");
        assert!(which_clauses_on_people(&tokens(&unit)).is_empty());
    }

    #[test]
    fn the_speakers_participle_goes_with_the_speaker() {
        // "Brandt denied that the recall was delayed , saying engineers needed months ." with
        // "saying" on "delayed" and "needed" a modifier of "engineers".
        let spec = [
            ("Brandt", "Brandt", "PROPN", "NNP", 2, "nsubj"),
            ("denied", "deny", "VERB", "VBD", 0, "root"),
            ("that", "that", "SCONJ", "IN", 6, "mark"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("recall", "recall", "NOUN", "NN", 6, "nsubj:pass"),
            ("delayed", "delay", "VERB", "VBN", 2, "ccomp"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("saying", "say", "VERB", "VBG", 6, "advcl"),
            ("engineers", "engineer", "NOUN", "NNS", 8, "obj"),
            ("needed", "need", "VERB", "VBD", 9, "acl"),
            ("months", "month", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(speakers_participles_in_reports(&tokens(&spec)), [(7, 1)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[6..11],
            [
                (8, "punct"),
                (2, "advcl"),
                (10, "nsubj"),
                (8, "ccomp"),
                (10, "obj")
            ]
        );
        // A participle that reports nothing ("adding agriculture to ...") stays; so does one
        // in a clause that is itself about saying ("denied that police told them, saying").
        let mut adding = spec;
        adding[7] = ("adding", "add", "VERB", "VBG", 6, "advcl");
        adding[9] = ("to", "to", "ADP", "IN", 11, "case");
        adding[10] = ("farming", "farming", "NOUN", "NN", 8, "obl");
        assert!(speakers_participles_in_reports(&tokens(&adding)).is_empty());
        let mut told = spec;
        told[5] = ("told", "tell", "VERB", "VBD", 2, "ccomp");
        assert!(speakers_participles_in_reports(&tokens(&told)).is_empty());
    }

    #[test]
    fn the_speakers_naming_participle_goes_with_the_speaker() {
        // "Okonsky told reporters that her client would appeal , calling the verdict a sham ."
        // with "calling" on "appeal" (the content clause already the teller's).
        let spec = [
            ("Okonsky", "Okonsky", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("that", "that", "SCONJ", "IN", 8, "mark"),
            ("her", "her", "PRON", "PRP$", 6, "nmod:poss"),
            ("client", "client", "NOUN", "NN", 8, "nsubj"),
            ("would", "would", "AUX", "MD", 8, "aux"),
            ("appeal", "appeal", "VERB", "VB", 2, "ccomp"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("calling", "call", "VERB", "VBG", 8, "advcl"),
            ("the", "the", "DET", "DT", 12, "det"),
            ("verdict", "verdict", "NOUN", "NN", 10, "obj"),
            ("a", "a", "DET", "DT", 14, "det"),
            ("sham", "sham", "NOUN", "NN", 10, "xcomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(speakers_participles_in_reports(&tokens(&spec)), [(9, 1)]);
        // "calling for calm" names nothing: it stays with the client.
        let mut calling_for = spec;
        calling_for[10] = ("for", "for", "ADP", "IN", 12, "case");
        calling_for[11] = ("calm", "calm", "NOUN", "NN", 10, "obl");
        calling_for[12] = ("now", "now", "ADV", "RB", 10, "advmod");
        calling_for[13] = ("again", "again", "ADV", "RB", 10, "advmod");
        assert!(speakers_participles_in_reports(&tokens(&calling_for)).is_empty());
    }

    #[test]
    fn that_after_the_person_told_opens_what_they_were_told() {
        // "Okonsky told reporters that her client would appeal ." with "appeal" a relative
        // clause on "reporters" and "that" its object.
        let spec = [
            ("Okonsky", "Okonsky", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("that", "that", "PRON", "WDT", 8, "obj"),
            ("her", "her", "PRON", "PRP$", 6, "nmod:poss"),
            ("client", "client", "NOUN", "NN", 8, "nsubj"),
            ("would", "would", "AUX", "MD", 8, "aux"),
            ("appeal", "appeal", "VERB", "VB", 3, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(content_clauses(&tokens(&spec)), [(7, 3, Some(1))]);
        // Not on a person nobody tells anything ("met reporters that her client would ...").
        let mut met = spec;
        met[1] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(content_clauses(&tokens(&met)).is_empty());
        // Nor when "that" has no subject after it: it is the clause's subject.
        let mut subject = spec;
        subject[3] = ("that", "that", "PRON", "WDT", 8, "nsubj");
        subject[5] = ("client", "client", "NOUN", "NN", 8, "obj");
        assert!(content_clauses(&tokens(&subject)).is_empty());
    }

    #[test]
    fn a_which_clause_after_a_bracketed_acronym_describes_the_name() {
        // "loans from the Development Fund ( EDF ) , which has made progress" with "made" on
        // "loans".
        let spec = [
            ("Veltran", "Veltran", "PROPN", "NNP", 2, "nsubj"),
            ("seeks", "seek", "VERB", "VBZ", 0, "root"),
            ("loans", "loan", "NOUN", "NNS", 2, "obj"),
            ("from", "from", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("Development", "Development", "PROPN", "NNP", 7, "compound"),
            ("Fund", "Fund", "PROPN", "NNP", 3, "nmod"),
            ("(", "(", "PUNCT", "-LRB-", 9, "punct"),
            ("EDF", "EDF", "PROPN", "NNP", 7, "appos"),
            (")", ")", "PUNCT", "-RRB-", 9, "punct"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("which", "which", "PRON", "WDT", 14, "nsubj"),
            ("has", "have", "AUX", "VBZ", 14, "aux"),
            ("made", "make", "VERB", "VBN", 3, "acl:relcl"),
            ("progress", "progress", "NOUN", "NN", 14, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(who_past_a_name(&tokens(&spec), 13), Some(6));
        // Without the acronym "which" may be about the loans.
        let mut bare = spec;
        bare[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        bare[8] = ("grants", "grant", "NOUN", "NNS", 3, "conj");
        bare[9] = ("here", "here", "ADV", "RB", 9, "advmod");
        assert_eq!(who_past_a_name(&tokens(&bare), 13), None);
        // On people, "which" is about the place: "Residents of Dresk , which was evacuated ,".
        let people = [
            ("Residents", "resident", "NOUN", "NNS", 8, "nsubj"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("Dresk", "Dresk", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("which", "which", "PRON", "WDT", 7, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 7, "aux:pass"),
            ("evacuated", "evacuate", "VERB", "VBN", 1, "acl:relcl"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        assert_eq!(who_past_a_name(&tokens(&people), 6), Some(2));
        let mut offices = people;
        offices[0] = ("Offices", "office", "NOUN", "NNS", 8, "nsubj");
        assert_eq!(who_past_a_name(&tokens(&offices), 6), None);
    }

    #[test]
    fn a_closing_participle_on_a_modifier_goes_to_the_past_tense_verb() {
        // "A court jailed him for taking bribes from firms bidding for contracts , ending a
        // trial ." with "ending" on "bidding".
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("court", "court", "NOUN", "NN", 3, "nsubj"),
            ("jailed", "jail", "VERB", "VBD", 0, "root"),
            ("him", "he", "PRON", "PRP", 3, "obj"),
            ("for", "for", "SCONJ", "IN", 6, "mark"),
            ("taking", "take", "VERB", "VBG", 3, "advcl"),
            ("bribes", "bribe", "NOUN", "NNS", 6, "obj"),
            ("from", "from", "ADP", "IN", 9, "case"),
            ("firms", "firm", "NOUN", "NNS", 7, "nmod"),
            ("bidding", "bid", "VERB", "VBG", 9, "acl"),
            ("for", "for", "ADP", "IN", 12, "case"),
            ("contracts", "contract", "NOUN", "NNS", 10, "obl"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("ending", "end", "VERB", "VBG", 10, "advcl"),
            ("a", "a", "DET", "DT", 16, "det"),
            ("trial", "trial", "NOUN", "NN", 14, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(closing_participles_on_modifiers(&tokens(&spec)), [(13, 2)]);
        // Not after a verb that is not in the past tense, nor when more follows the participle.
        let mut modal = spec;
        modal[2] = ("jails", "jail", "VERB", "VBZ", 0, "root");
        assert!(closing_participles_on_modifiers(&tokens(&modal)).is_empty());
        let mut more = spec;
        more[16] = ("today", "today", "NOUN", "NN", 3, "obl:tmod");
        assert!(closing_participles_on_modifiers(&tokens(&more)).is_empty());
    }

    #[test]
    fn an_object_read_as_the_subject_of_an_after_clause_is_the_verbs() {
        // "Regulators attached conditions after some patients suffered swelling ." with
        // "suffered" a complement of "attached" and "conditions" its subject.
        let spec = [
            ("Regulators", "regulator", "NOUN", "NNS", 2, "nsubj"),
            ("attached", "attach", "VERB", "VBD", 0, "root"),
            ("conditions", "condition", "NOUN", "NNS", 7, "nsubj"),
            ("after", "after", "ADP", "IN", 6, "case"),
            ("some", "some", "DET", "DT", 6, "det"),
            ("patients", "patient", "NOUN", "NNS", 3, "nmod"),
            ("suffered", "suffer", "VERB", "VBD", 2, "ccomp"),
            ("swelling", "swelling", "NOUN", "NN", 7, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(
            objects_read_as_subjects_of_clauses(&tokens(&spec)),
            [(2, 5, 3, 6)]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[2..7],
            [
                (2, "obj"),
                (7, "mark"),
                (6, "det"),
                (7, "nsubj"),
                (2, "advcl")
            ]
        );
        // A verb of saying takes a clause with a subject ("said conditions after ... applied"),
        // and so does one whose subject has no "after" phrase.
        let mut said = spec;
        said[1] = ("said", "say", "VERB", "VBD", 0, "root");
        assert!(objects_read_as_subjects_of_clauses(&tokens(&said)).is_empty());
        let mut with = spec;
        with[3] = ("with", "with", "ADP", "IN", 6, "case");
        assert!(objects_read_as_subjects_of_clauses(&tokens(&with)).is_empty());
    }

    #[test]
    fn a_participle_on_the_subject_is_no_clause_of_its_own() {
        // "They walked out after talks mediated by the ministry broke down ." with "mediated"
        // the clause ("after" its mark, "talks" its subject) and "broke" without a subject.
        let spec = [
            ("They", "they", "PRON", "PRP", 2, "nsubj"),
            ("walked", "walk", "VERB", "VBD", 0, "root"),
            ("out", "out", "ADP", "RP", 2, "compound:prt"),
            ("after", "after", "SCONJ", "IN", 6, "mark"),
            ("talks", "talk", "NOUN", "NNS", 6, "nsubj"),
            ("mediated", "mediate", "VERB", "VBN", 10, "advcl"),
            ("by", "by", "ADP", "IN", 9, "case"),
            ("the", "the", "DET", "DT", 9, "det"),
            ("ministry", "ministry", "NOUN", "NN", 6, "obl:agent"),
            ("broke", "break", "VERB", "VBD", 2, "advcl"),
            ("down", "down", "ADP", "RP", 10, "compound:prt"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(participles_read_as_clauses(&tokens(&spec)), [(4, 5, 9)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3..6], [(10, "mark"), (10, "nsubj"), (5, "acl")]);
        // With an auxiliary the participle is a verb ("after talks were mediated ...").
        let mut were = spec;
        were[6] = ("were", "be", "AUX", "VBD", 6, "aux:pass");
        assert!(participles_read_as_clauses(&tokens(&were)).is_empty());
    }

    #[test]
    fn neighbouring_before_a_name_modifies_it() {
        // "Rothmoor is based in neighbouring Haldria ." with "neighbouring" a clause.
        let spec = [
            ("Rothmoor", "Rothmoor", "PROPN", "NNP", 3, "nsubj:pass"),
            ("is", "be", "AUX", "VBZ", 3, "aux:pass"),
            ("based", "base", "VERB", "VBN", 0, "root"),
            ("in", "in", "SCONJ", "IN", 5, "mark"),
            ("neighbouring", "neighbour", "VERB", "VBG", 3, "advcl"),
            ("Haldria", "Haldria", "PROPN", "NNP", 5, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(neighbouring_read_as_verbs(&tokens(&spec)), [(4, 3, 5)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3..6], [(6, "case"), (6, "amod"), (3, "obl")]);
        // "neighbouring the park": a verb with a common noun.
        let mut park = spec;
        park[5] = ("Park", "park", "NOUN", "NN", 5, "obj");
        assert!(neighbouring_read_as_verbs(&tokens(&park)).is_empty());
        // A bare plural is the adjective's too, and the clause the participle took goes to the
        // verb, as its complement when the verb has an object: "encourage regulators in
        // neighbouring countries to act".
        let countries = [
            ("encourage", "encourage", "VERB", "VB", 0, "root"),
            ("regulators", "regulator", "NOUN", "NNS", 1, "obj"),
            ("in", "in", "SCONJ", "IN", 4, "mark"),
            ("neighbouring", "neighbour", "VERB", "VBG", 1, "advcl"),
            ("countries", "country", "NOUN", "NNS", 4, "obj"),
            ("to", "to", "PART", "TO", 7, "mark"),
            ("act", "act", "VERB", "VB", 4, "advcl"),
        ];
        let fixed = repaired(&tokens(&countries)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3..5], [(5, "amod"), (1, "obl")]);
        assert_eq!(arcs[6], (1, "xcomp"));
        // A name the parser hung elsewhere: "team from neighbouring Ardena landed" with
        // "Ardena" a second subject.
        let stray = [
            ("team", "team", "NOUN", "NN", 5, "nsubj"),
            ("from", "from", "SCONJ", "IN", 3, "mark"),
            ("neighbouring", "neighbour", "VERB", "VBG", 1, "acl"),
            ("Ardena", "Ardena", "PROPN", "NNP", 5, "nsubj"),
            ("landed", "land", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&stray)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1..4], [(4, "case"), (4, "amod"), (1, "nmod")]);
    }

    #[test]
    fn an_apposition_with_a_participle_is_no_clause() {
        // "Vireo , the company running the trials , said it ." with "company" the subject of
        // "running", an adverbial clause of "said".
        let spec = [
            ("Vireo", "Vireo", "PROPN", "NNP", 9, "nsubj"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("company", "company", "NOUN", "NN", 5, "nsubj"),
            ("running", "run", "VERB", "VBG", 9, "advcl"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("trials", "trial", "NOUN", "NNS", 5, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 9, "obj"),
        ];
        assert_eq!(appositions_read_as_clauses(&tokens(&spec)), [(3, 0)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3..5], [(1, "appos"), (4, "acl")]);
        // The name hung on the participle as a second subject goes to the verb.
        let mut hung = spec;
        hung[0].4 = 5;
        let fixed = repaired(&tokens(&hung)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[0], (9, "nsubj"));
        // Without the closing comma it may be an absolute clause; without a determiner
        // ("Vireo , costs rising , said") too.
        let mut open = spec;
        open[7] = ("now", "now", "ADV", "RB", 9, "advmod");
        assert!(appositions_read_as_clauses(&tokens(&open)).is_empty());
        let mut bare = spec;
        bare[2] = ("all", "all", "ADV", "RB", 5, "advmod");
        assert!(appositions_read_as_clauses(&tokens(&bare)).is_empty());
    }

    #[test]
    fn the_subject_of_a_coordinated_clause_is_no_noun_conjunct() {
        // "team landed at airport , and Network , a coalition , said it ." with "Network" a
        // conjunct of "airport" and "said" a conjunct of "landed" without a subject.
        let spec = [
            ("team", "team", "NOUN", "NN", 2, "nsubj"),
            ("landed", "land", "VERB", "VBD", 0, "root"),
            ("at", "at", "ADP", "IN", 4, "case"),
            ("airport", "airport", "NOUN", "NN", 2, "obl"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("Network", "Network", "PROPN", "NNP", 4, "conj"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("a", "a", "DET", "DT", 10, "det"),
            ("coalition", "coalition", "NOUN", "NN", 2, "appos"),
            (",", ",", "PUNCT", ",", 12, "punct"),
            ("said", "say", "VERB", "VBD", 2, "conj"),
            ("it", "it", "PRON", "PRP", 12, "obj"),
        ];
        let found = subjects_read_as_noun_conjuncts(&tokens(&spec));
        let fields = found
            .iter()
            .map(|c| (c.noun, c.cc, c.verb, c.apposition, c.open))
            .collect::<Vec<_>>();
        assert_eq!(fields, [(6, 5, 11, 9, 7)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[5..7], [(12, "cc"), (12, "nsubj")]);
        assert_eq!(arcs[9], (7, "appos"));
        // A verb with a subject of its own, or a noun conjunct with no comma before its
        // coordinator, is left alone.
        let mut own = spec;
        own[12] = ("it", "it", "PRON", "PRP", 12, "nsubj");
        assert!(subjects_read_as_noun_conjuncts(&tokens(&own)).is_empty());
        let mut plain = spec;
        plain[4] = ("the", "the", "DET", "DT", 4, "det");
        assert!(subjects_read_as_noun_conjuncts(&tokens(&plain)).is_empty());
    }

    #[test]
    fn the_main_verb_hung_on_an_apposition_is_the_root() {
        // "Crest , a vessel operated by Kaltveit , collided with it ." with "collided" on
        // "vessel" and the name the root.
        let spec = [
            ("Crest", "Crest", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("vessel", "vessel", "NOUN", "NN", 1, "appos"),
            ("operated", "operate", "VERB", "VBN", 4, "acl"),
            ("by", "by", "ADP", "IN", 7, "case"),
            ("Kaltveit", "Kaltveit", "PROPN", "NNP", 5, "obl:agent"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("collided", "collide", "VERB", "VBN", 4, "acl"),
            ("with", "with", "ADP", "IN", 11, "case"),
            ("it", "it", "PRON", "PRP", 9, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[0], arcs[8]), ((9, "nsubj"), (0, "root")));
        assert_eq!((arcs[3], fixed[8].xpos.as_str()), ((1, "appos"), "VBD"));
        // With no comma before it the participle modifies the vessel ("a vessel operated by
        // Kaltveit and built in 2009").
        let mut built = spec;
        built[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        assert_eq!(arcs_of(&repaired_or_same(&built))[8], (4, "acl"));
    }

    #[test]
    fn a_name_is_no_conjunct_of_its_first_word() {
        // "Estavian sprinter Mirela Dask has appealed" with "Dask" a conjunct of "Estavian".
        let spec = [
            ("Estavian", "Estavian", "PROPN", "NNP", 6, "nsubj"),
            ("sprinter", "sprinter", "NOUN", "NN", 4, "compound"),
            ("Mirela", "Mirela", "PROPN", "NNP", 4, "compound"),
            ("Dask", "Dask", "PROPN", "NNP", 1, "conj"),
            ("has", "have", "AUX", "VBZ", 6, "aux"),
            ("appealed", "appeal", "VERB", "VBN", 0, "root"),
        ];
        assert_eq!(
            names_read_as_conjuncts_of_their_first_word(&tokens(&spec)),
            [(0, 3)]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[0], arcs[3]), ((2, "compound"), (6, "nsubj")));
        // A coordinated name ("Estavian and Mirela Dask") is a conjunct.
        let mut and = spec;
        and[1] = ("and", "and", "CCONJ", "CC", 4, "cc");
        assert!(names_read_as_conjuncts_of_their_first_word(&tokens(&and)).is_empty());
    }

    #[test]
    fn a_which_clause_after_a_name_describes_what_is_named() {
        // "strike at Ravelle , which employs people , would hit suppliers" with the clause on
        // "strike" and "hit" its conjunct.
        let spec = [
            ("strike", "strike", "NOUN", "NN", 0, "root"),
            ("at", "at", "ADP", "IN", 3, "case"),
            ("Ravelle", "Ravelle", "PROPN", "NNP", 1, "nmod"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("which", "which", "PRON", "WDT", 6, "nsubj"),
            ("employs", "employ", "VERB", "VBZ", 1, "acl:relcl"),
            ("people", "person", "NOUN", "NNS", 6, "obj"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("would", "would", "AUX", "MD", 11, "aux"),
            ("also", "also", "ADV", "RB", 11, "advmod"),
            ("hit", "hit", "VERB", "VB", 6, "conj"),
            ("suppliers", "supplier", "NOUN", "NNS", 11, "obj"),
        ];
        let mut toks = tokens(&spec);
        toks[2].ner = "B-ORG".into();
        assert_eq!(which_clauses_past_organisations(&toks), [(5, 2)]);
        let fixed = repaired(&toks).expect("a repair");
        let arcs = arcs_of(&fixed);
        // The modal's verb is the root (repair 59), the clause the company's.
        assert_eq!((arcs[0], arcs[10]), ((11, "nsubj"), (0, "root")));
        assert_eq!(arcs[5], (3, "acl:relcl"));
        // Not for a name the tagger did not find, nor for "which" as the object ("a loan
        // from the Fund , which the country needs").
        assert!(which_clauses_past_organisations(&tokens(&spec)).is_empty());
        let mut object = toks.clone();
        object[4].deprel = "obj".into();
        assert!(which_clauses_past_organisations(&object).is_empty());
        // "shares in Ravelle , which lost their value": "their" takes the plural noun back.
        let mut theirs = toks.clone();
        theirs[0].xpos = "NNS".into();
        theirs[6].form = "their".into();
        assert!(which_clauses_past_organisations(&theirs).is_empty());
    }

    #[test]
    fn titled_names_are_coordinated_by_their_titles() {
        // "leader Kovel , 46 , and officer Mills , 31" with "officer" a conjunct of "Kovel"
        // and Mills's age on Kovel.
        let spec = [
            ("leader", "leader", "NOUN", "NN", 0, "root"),
            ("Kovel", "Kovel", "PROPN", "NNP", 1, "appos"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("46", "46", "NUM", "CD", 2, "nmod:unmarked"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("officer", "officer", "NOUN", "NN", 2, "conj"),
            ("Mills", "Mills", "PROPN", "NNP", 7, "appos"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("31", "31", "NUM", "CD", 2, "amod"),
        ];
        assert_eq!(titled_names_coordinated_inside(&tokens(&spec)), [(6, 0)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[6], arcs[9], arcs[3]),
            ((1, "conj"), (8, "amod"), (2, "nmod:unmarked"))
        );
        // A conjunct with no name of its own ("leader Kovel and her deputy") stays.
        let mut bare = spec;
        bare[7] = ("now", "now", "ADV", "RB", 7, "advmod");
        assert!(titled_names_coordinated_inside(&tokens(&bare)).is_empty());
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

    #[test]
    fn the_clause_told_goes_to_the_verb_of_telling() {
        // "Brandt told reporters on a call that owners would get refunds ." with the clause a
        // relative clause of "call".
        let spec = [
            ("Brandt", "Brandt", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("a", "a", "DET", "DT", 6, "det"),
            ("call", "call", "NOUN", "NN", 2, "obl"),
            ("that", "that", "PRON", "WDT", 10, "mark"),
            ("owners", "owner", "NOUN", "NNS", 10, "nsubj"),
            ("would", "would", "AUX", "MD", 10, "aux"),
            ("get", "get", "VERB", "VB", 6, "acl:relcl"),
            ("refunds", "refund", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(told_clauses_on_nouns(&tokens(&spec)), [(9, 1)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[9], (2, "ccomp"));
        assert_eq!(
            (fixed[6].upos.as_str(), fixed[6].xpos.as_str()),
            ("SCONJ", "IN")
        );
        // "that" as the clause's own subject is a relative pronoun: "a call that lasted".
        let mut relative = spec;
        relative[6] = ("that", "that", "PRON", "WDT", 10, "nsubj");
        relative[7] = ("soon", "soon", "ADV", "RB", 10, "advmod");
        assert!(told_clauses_on_nouns(&tokens(&relative)).is_empty());
        // A verb with a complement clause already keeps it; so does a verb that is no telling.
        let mut said = spec;
        said[1] = ("said", "say", "VERB", "VBD", 0, "root");
        assert!(told_clauses_on_nouns(&tokens(&said)).is_empty());
        let mut told_already = spec;
        told_already[11] = ("left", "leave", "VERB", "VBD", 2, "ccomp");
        assert!(told_clauses_on_nouns(&tokens(&told_already)).is_empty());
        // "The inquiry found on Friday that commanders made errors ." with "that" read as the
        // relative clause's object, though the clause has an object of its own.
        let found = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("inquiry", "inquiry", "NOUN", "NN", 3, "nsubj"),
            ("found", "find", "VERB", "VBD", 0, "root"),
            ("on", "on", "ADP", "IN", 5, "case"),
            ("Friday", "Friday", "PROPN", "NNP", 3, "obl"),
            ("that", "that", "PRON", "WDT", 8, "obj"),
            ("commanders", "commander", "NOUN", "NNS", 8, "nsubj"),
            ("made", "make", "VERB", "VBD", 5, "acl:relcl"),
            ("errors", "error", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(told_clauses_on_nouns(&tokens(&found)), [(7, 2)]);
        let fixed = repaired(&tokens(&found)).expect("a repair");
        assert_eq!(
            (arcs_of(&fixed)[7], arcs_of(&fixed)[5]),
            ((3, "ccomp"), (8, "mark"))
        );
        // Without an object of its own "that" fills the gap: "the day that commanders chose".
        let mut gap = found;
        gap[8] = ("soon", "soon", "ADV", "RB", 8, "advmod");
        assert!(told_clauses_on_nouns(&tokens(&gap)).is_empty());
        // Only the time of a verb of saying or finding: "met on Friday that ..." is left.
        let mut met = found;
        met[2] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(told_clauses_on_nouns(&tokens(&met)).is_empty());
    }

    #[test]
    fn a_participle_with_an_agent_before_the_verb_modifies_the_subject() {
        // "A poll published by the institute put rates at 34 ." with "published" the root and
        // "put" its parataxis.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("poll", "poll", "NOUN", "NN", 3, "nsubj"),
            ("published", "publish", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("institute", "institute", "NOUN", "NN", 3, "obl"),
            ("put", "put", "VERB", "VBD", 3, "parataxis"),
            ("rates", "rate", "NOUN", "NNS", 7, "obj"),
            ("at", "at", "ADP", "IN", 10, "case"),
            ("34", "34", "NUM", "CD", 3, "obl"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[6], arcs[1], arcs[2], arcs[5], arcs[9], arcs[10]),
            (
                (0, "root"),
                (7, "nsubj"),
                (2, "acl"),
                (3, "obl"),
                (7, "obl"),
                (7, "punct")
            )
        );
        // Without an agent, or with a comma before the verb, the participle stays the verb.
        let mut no_agent = spec;
        no_agent[3] = ("in", "in", "ADP", "IN", 6, "case");
        assert!(participle_read_as_verb(&tokens(&no_agent)).is_none());
        let mut comma = spec;
        comma[5] = (",", ",", "PUNCT", ",", 3, "punct");
        comma[3] = ("by", "by", "ADP", "IN", 5, "case");
        comma[4] = ("it", "it", "PRON", "PRP", 3, "obl");
        assert!(participle_read_as_verb(&tokens(&comma)).is_none());
    }

    #[test]
    fn neighbouring_after_a_verb_modifies_its_object() {
        // "Karsland accused neighbouring Brestovia on Thursday ." with "neighbouring" an xcomp.
        let spec = [
            ("Karsland", "Karsland", "PROPN", "NNP", 2, "nsubj"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("neighbouring", "neighbour", "VERB", "VBG", 2, "xcomp"),
            ("Brestovia", "Brestovia", "PROPN", "NNP", 3, "obj"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("Thursday", "Thursday", "PROPN", "NNP", 3, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(neighbouring_after_verbs(&tokens(&spec)), [(2, 1, 3)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[3], arcs[2], arcs[5]),
            ((2, "obj"), (4, "amod"), (2, "obl"))
        );
        assert_eq!(fixed[2].upos, "ADJ");
        // A verb with an object of its own keeps the participle ("told them neighbouring ...").
        let mut object = spec;
        object[4] = ("them", "they", "PRON", "PRP", 2, "obj");
        assert!(neighbouring_after_verbs(&tokens(&object)).is_empty());
        // The participle of a real verb: "countries neighbouring Ukraine" after a noun.
        let mut noun = spec;
        noun[1] = ("countries", "country", "NOUN", "NNS", 0, "root");
        assert!(neighbouring_after_verbs(&tokens(&noun)).is_empty());
    }

    #[test]
    fn a_relative_clause_goes_to_the_noun_its_verb_agrees_with() {
        // "Shares in the company , which is listed , fell ." with the clause on "Shares" and
        // "fell" its conjunct: the clause is the company's, and "fell" the main verb.
        let spec = [
            ("Shares", "share", "NOUN", "NNS", 0, "root"),
            ("in", "in", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("company", "company", "NOUN", "NN", 1, "nmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("which", "which", "PRON", "WDT", 8, "nsubj:pass"),
            ("is", "be", "AUX", "VBZ", 8, "aux:pass"),
            ("listed", "list", "VERB", "VBN", 1, "acl:relcl"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("fell", "fall", "VERB", "VBD", 8, "conj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(relatives_disagreeing(&tokens(&spec)), [(7, 3)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[7], arcs[9], arcs[0]),
            ((4, "acl:relcl"), (0, "root"), (10, "nsubj"))
        );
        // A plural verb: the clause stays on the plural noun.
        let mut agrees = spec;
        agrees[6] = ("are", "be", "AUX", "VBP", 8, "aux:pass");
        assert!(relatives_disagreeing(&tokens(&agrees)).is_empty());
    }

    #[test]
    fn an_opening_phrase_made_the_root_gives_way_to_the_clause() {
        // "Overnight , staff isolated servers ." with "Overnight" the root and "isolated" its
        // parataxis.
        let spec = [
            ("Overnight", "overnight", "ADV", "RB", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("staff", "staff", "NOUN", "NN", 4, "nsubj"),
            ("isolated", "isolate", "VERB", "VBD", 1, "parataxis"),
            ("servers", "server", "NOUN", "NNS", 4, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(opening_phrases_made_roots(&tokens(&spec)), Some((0, 3)));
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (4, "advmod"),
                (1, "punct"),
                (4, "nsubj"),
                (0, "root"),
                (4, "obj"),
                (4, "punct")
            ]
        );
        // A prepositional phrase is an oblique, also what a closing report says.
        let mut reported = spec;
        reported[0] = ("dawn", "dawn", "NOUN", "NN", 8, "ccomp");
        reported[5] = (",", ",", "PUNCT", ",", 1, "punct");
        let reported: Vec<_> = [("At", "at", "ADP", "IN", 2, "case")]
            .into_iter()
            .chain(
                reported
                    .iter()
                    .map(|&(f, l, u, x, h, d)| (f, l, u, x, if h == 0 { 0 } else { h + 1 }, d)),
            )
            .chain([
                ("she", "she", "PRON", "PRP", 9, "nsubj"),
                ("said", "say", "VERB", "VBD", 0, "root"),
                (".", ".", "PUNCT", ".", 9, "punct"),
            ])
            .collect();
        let fixed = repaired(&tokens(&reported)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[4]), ((5, "obl"), (9, "ccomp")));
        // Not a bare noun, a phrase with a subject of its own, a clause opened by a
        // subordinator, nor a clause without a subject after the comma.
        let mut noun = spec;
        noun[0] = ("Overnight", "overnight", "NOUN", "NN", 0, "root");
        assert_eq!(opening_phrases_made_roots(&tokens(&noun)), None);
        let marked = [
            ("Overnight", "overnight", "ADV", "RB", 0, "root"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("when", "when", "SCONJ", "WRB", 5, "mark"),
            ("staff", "staff", "NOUN", "NN", 5, "nsubj"),
            ("isolated", "isolate", "VERB", "VBD", 1, "advcl"),
            ("servers", "server", "NOUN", "NNS", 5, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(opening_phrases_made_roots(&tokens(&marked)), None);
        let mut bare = spec;
        bare[2] = ("fully", "fully", "ADV", "RB", 4, "advmod");
        assert_eq!(opening_phrases_made_roots(&tokens(&bare)), None);
    }

    #[test]
    fn a_closing_partitive_relative_is_the_nouns() {
        // "said findings were shared with governments , two of which reached it ." with
        // "reached" the reported clause and "shared" an adverbial clause under it.
        let spec = [
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("findings", "finding", "NOUN", "NNS", 4, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 4, "aux:pass"),
            ("shared", "share", "VERB", "VBN", 11, "advcl"),
            ("with", "with", "ADP", "IN", 6, "case"),
            ("governments", "government", "NOUN", "NNS", 4, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("two", "two", "NUM", "CD", 11, "nsubj"),
            ("of", "of", "ADP", "IN", 10, "case"),
            ("which", "which", "PRON", "WDT", 8, "nmod"),
            ("reached", "reach", "VERB", "VBD", 1, "ccomp"),
            ("it", "it", "PRON", "PRP", 11, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(
            closing_partitive_relatives(&tokens(&spec)),
            [(5, 10, Some(3))]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[3], arcs[10]), ((1, "ccomp"), (6, "acl:relcl")));
        assert_eq!(arcs[1], (4, "nsubj:pass"));
        // Read as a parataxis of the verb before the comma: only the clause moves.
        let mut hung = spec;
        hung[3] = ("shared", "share", "VERB", "VBN", 1, "ccomp");
        hung[10] = ("reached", "reach", "VERB", "VBD", 4, "parataxis");
        assert_eq!(closing_partitive_relatives(&tokens(&hung)), [(5, 10, None)]);
        // A clause that does not run to the end ("..., two of which reached it, said") is
        // repair 83's.
        let mut open = spec;
        open[11] = (",", ",", "PUNCT", ",", 1, "punct");
        assert!(closing_partitive_relatives(&tokens(&open)).is_empty());
    }

    #[test]
    fn a_name_after_its_kind_is_no_conjunct() {
        // "Lunde of the firm Meridian said" with "Meridian" a conjunct of "Lunde".
        let spec = [
            ("Lunde", "Lunde", "PROPN", "NNP", 6, "nsubj"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("firm", "firm", "NOUN", "NN", 1, "nmod"),
            ("Meridian", "Meridian", "PROPN", "NNP", 1, "conj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        assert_eq!(
            names_read_as_conjuncts_of_their_kind(&tokens(&spec)),
            [(4, 3)]
        );
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[4], (4, "appos"));
        // A coordinated name, or one after a noun that is no kind of organisation, stays.
        let mut and = spec;
        and[3] = ("and", "and", "CCONJ", "CC", 5, "cc");
        assert!(names_read_as_conjuncts_of_their_kind(&tokens(&and)).is_empty());
        let mut house = spec;
        house[3] = ("house", "house", "NOUN", "NN", 1, "nmod");
        assert!(names_read_as_conjuncts_of_their_kind(&tokens(&house)).is_empty());
    }

    #[test]
    fn a_capitalised_noun_before_a_title_is_part_of_the_name() {
        // "Information Commissioner Dalia Holm said it ." with "Information" a passive subject
        // of the active "said" beside the name.
        let spec = [
            ("Then", "then", "ADV", "RB", 6, "advmod"),
            ("Information", "information", "NOUN", "NN", 6, "nsubj:pass"),
            ("Commissioner", "Commissioner", "PROPN", "NNP", 6, "nsubj"),
            ("Dalia", "Dalia", "PROPN", "NNP", 3, "flat"),
            ("Holm", "Holm", "PROPN", "NNP", 3, "flat"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("it", "it", "PRON", "PRP", 6, "obj"),
        ];
        assert_eq!(split_names(&tokens(&spec)), [(1, 2)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (3, "compound"));
        // Not before a word that is no title ("Information Dalia Holm"), nor with a passive
        // auxiliary ("Information was given ...").
        let mut plain = spec;
        plain[2] = ("Dalia", "Dalia", "PROPN", "NNP", 6, "nsubj");
        assert!(split_names(&tokens(&plain)).is_empty());
        let mut passive = spec;
        passive[6] = ("was", "be", "AUX", "VBD", 6, "aux:pass");
        assert!(split_names(&tokens(&passive)).is_empty());
        // A lone name right before a common noun modifies it ("Drevanian law prohibits").
        let law = [
            ("Drevanian", "Drevanian", "PROPN", "NNP", 3, "nsubj"),
            ("law", "law", "NOUN", "NN", 3, "nsubj"),
            ("prohibits", "prohibit", "VERB", "VBZ", 0, "root"),
            ("payments", "payment", "NOUN", "NNS", 3, "obj"),
        ];
        let fixed = repaired(&tokens(&law)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[0..2], [(2, "compound"), (3, "nsubj")]);
        // Not before a time ("Athens today is evolving").
        let mut today = law;
        today[1] = ("today", "today", "NOUN", "NN", 3, "nsubj");
        assert!(split_names(&tokens(&today)).is_empty());
    }

    #[test]
    fn a_reduced_relative_is_no_clause_with_an_apposition_for_subject() {
        // "firms linked to Lind , his brother , had won tenders ." with "linked" the verb and
        // the apposition "brother" the subject of "won".
        let spec = [
            ("firms", "firm", "NOUN", "NNS", 2, "nsubj"),
            ("linked", "link", "VERB", "VBN", 0, "root"),
            ("to", "to", "ADP", "IN", 10, "mark"),
            ("Lind", "Lind", "PROPN", "NNP", 10, "obl"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("his", "he", "PRON", "PRP$", 7, "nmod:poss"),
            ("brother", "brother", "NOUN", "NN", 10, "nsubj"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("had", "have", "AUX", "VBD", 10, "aux"),
            ("won", "win", "VERB", "VBN", 2, "ccomp"),
            ("tenders", "tender", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let found = reduced_relatives_read_as_clauses(&tokens(&spec));
        assert_eq!(found.len(), 1);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[0..4],
            [(10, "nsubj"), (1, "acl"), (4, "case"), (2, "obl")]
        );
        assert_eq!(arcs[6], (4, "appos"));
        assert_eq!(arcs[9], (0, "root"));
        // A past tense is the clause's verb ("firms linked to Lind ..." with "linked" VBD).
        let mut past = spec;
        past[1] = ("linked", "link", "VERB", "VBD", 0, "root");
        assert!(reduced_relatives_read_as_clauses(&tokens(&past)).is_empty());
        // Without the closing comma "brother" may well be the subject.
        let mut open = spec;
        open[7] = ("then", "then", "ADV", "RB", 10, "advmod");
        assert!(reduced_relatives_read_as_clauses(&tokens(&open)).is_empty());
    }

    #[test]
    fn the_agent_of_a_participle_is_no_object() {
        // "mediators , led by chief mediator Paul Vedder ," with "Paul" the object of "led".
        let spec = [
            ("mediators", "mediator", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("led", "lead", "VERB", "VBN", 1, "acl"),
            ("by", "by", "ADP", "IN", 6, "case"),
            ("chief", "chief", "ADJ", "JJ", 6, "amod"),
            ("mediator", "mediator", "NOUN", "NN", 7, "nmod:desc"),
            ("Paul", "Paul", "PROPN", "NNP", 3, "obj"),
            ("Vedder", "Vedder", "PROPN", "NNP", 7, "flat"),
        ];
        assert_eq!(agents_read_as_objects(&tokens(&spec)), [(6, 3)]);
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "obl:agent"));
        assert_eq!(fixed[3].head, 7);
        // A past tense with an object after "by" is left alone ("stood by the chief , Paul").
        let mut past = spec;
        past[2] = ("led", "lead", "VERB", "VBD", 1, "acl");
        assert!(agents_read_as_objects(&tokens(&past)).is_empty());
    }

    #[test]
    fn what_an_amount_was_spent_on_is_the_spenders() {
        // "Pellaris has spent 2 billion crowns developing lumacitan ." with "developing" on
        // "crowns".
        let spec = [
            ("Pellaris", "Pellaris", "PROPN", "NNP", 3, "nsubj"),
            ("has", "have", "AUX", "VBZ", 3, "aux"),
            ("spent", "spend", "VERB", "VBN", 0, "root"),
            ("2", "2", "NUM", "CD", 5, "compound"),
            ("billion", "billion", "NUM", "CD", 6, "nummod"),
            ("crowns", "crown", "NOUN", "NNS", 3, "obj"),
            ("developing", "develop", "VERB", "VBG", 6, "acl"),
            ("lumacitan", "lumacitan", "NOUN", "NN", 7, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        assert_eq!(spent_on_doing(&tokens(&spec)), [(6, 2)]);
        // Not after another verb ("earned 2 billion crowns developing ..."), nor after a comma.
        let mut earned = spec;
        earned[2] = ("earned", "earn", "VERB", "VBN", 0, "root");
        assert!(spent_on_doing(&tokens(&earned)).is_empty());
        let comma = [
            ("They", "they", "PRON", "PRP", 2, "nsubj"),
            ("spent", "spend", "VERB", "VBD", 0, "root"),
            ("millions", "million", "NOUN", "NNS", 2, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("hoping", "hope", "VERB", "VBG", 3, "acl"),
            ("for", "for", "ADP", "IN", 7, "case"),
            ("more", "more", "ADJ", "JJR", 5, "obl"),
        ];
        assert!(spent_on_doing(&tokens(&comma)).is_empty());
    }

    #[test]
    fn a_relative_clause_opened_by_many_of_whom_is_the_antecedents() {
        // "Workers , many of whom are based here , face cuts ." with the workers the root and
        // "face" their conjunct, "many" its subject.
        let spec = [
            ("Workers", "worker", "NOUN", "NNS", 0, "root"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("many", "many", "ADJ", "JJ", 10, "nsubj"),
            ("of", "of", "ADP", "IN", 5, "case"),
            ("whom", "whom", "PRON", "WP", 3, "nmod"),
            ("are", "be", "AUX", "VBP", 7, "aux:pass"),
            ("based", "base", "VERB", "VBN", 5, "acl:relcl"),
            ("here", "here", "ADV", "RB", 7, "advmod"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("face", "face", "VERB", "VBP", 1, "conj"),
            ("cuts", "cut", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (10, "nsubj"),
                (7, "punct"),
                (7, "nsubj:pass"),
                (5, "case"),
                (3, "nmod"),
                (7, "aux:pass"),
                (1, "acl:relcl"),
                (7, "advmod"),
                (7, "punct"),
                (0, "root"),
                (10, "obj"),
                (10, "punct"),
            ]
        );
        // Not "many of them" (no relative clause), nor when the root is elsewhere.
        let mut them = spec;
        them[4] = ("them", "they", "PRON", "PRP", 3, "nmod");
        assert!(partitive_relatives(&tokens(&them)).is_empty());
        let mut elsewhere = spec;
        elsewhere[0].4 = 10;
        elsewhere[9] = ("face", "face", "VERB", "VBP", 0, "root");
        elsewhere[11].4 = 10;
        let found = partitive_relatives(&tokens(&elsewhere));
        assert_eq!(found.len(), 1);
        elsewhere[9].5 = "ccomp";
        elsewhere[9].4 = 12;
        elsewhere[11] = (".", ".", "PUNCT", ".", 0, "root");
        assert!(partitive_relatives(&tokens(&elsewhere)).is_empty());
    }

    #[test]
    fn a_past_tense_with_an_object_deep_in_the_subject_is_the_verb() {
        // "Yields on bonds fell 12 points ." with "fell" an `acl` of "bonds".
        let spec = [
            ("Yields", "yield", "NOUN", "NNS", 0, "root"),
            ("on", "on", "ADP", "IN", 3, "case"),
            ("bonds", "bond", "NOUN", "NNS", 1, "nmod"),
            ("fell", "fall", "VERB", "VBD", 3, "acl"),
            ("12", "12", "NUM", "CD", 6, "nummod"),
            ("points", "point", "NOUN", "NNS", 4, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 3, None)));
        // Without an object it may be a participle ("bonds issued").
        let mut bare = spec;
        bare[4] = ("now", "now", "ADV", "RB", 4, "advmod");
        bare[5] = ("again", "again", "ADV", "RB", 4, "advmod");
        assert_eq!(participle_as_main_verb(&tokens(&bare)), None);
    }

    #[test]
    fn a_whose_clause_between_commas_is_no_main_clause() {
        // "Mayor Ana Lind , whose shire includes towns , urged residents ." with "includes" a
        // `parataxis` of "Mayor" and "urged" a participle on "towns".
        let spec = [
            ("Mayor", "mayor", "NOUN", "NN", 0, "root"),
            ("Ana", "Ana", "PROPN", "NNP", 1, "appos"),
            ("Lind", "Lind", "PROPN", "NNP", 2, "flat"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("whose", "whose", "PRON", "WP$", 6, "nmod:poss"),
            ("shire", "shire", "NOUN", "NN", 7, "nsubj"),
            ("includes", "include", "VERB", "VBZ", 1, "parataxis"),
            ("towns", "town", "NOUN", "NNS", 7, "obj"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("urged", "urge", "VERB", "VBD", 8, "acl"),
            ("residents", "resident", "NOUN", "NNS", 10, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 9, None)));
        // With "the" for "whose", "includes" is the sentence's own verb.
        let mut own = spec;
        own[4] = ("the", "the", "DET", "DT", 6, "det");
        assert_eq!(participle_as_main_verb(&tokens(&own)), None);
    }

    #[test]
    fn a_past_tense_after_a_restrictive_relative_clause_on_the_root_is_the_verb() {
        // "Patients whose operations were postponed expressed anger ." with "expressed" an
        // `xcomp` of "postponed".
        let spec = [
            ("Patients", "patient", "NOUN", "NNS", 0, "root"),
            ("whose", "whose", "PRON", "WP$", 3, "nmod:poss"),
            ("operations", "operation", "NOUN", "NNS", 5, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 5, "aux:pass"),
            ("postponed", "postpone", "VERB", "VBN", 1, "acl:relcl"),
            ("expressed", "express", "VERB", "VBD", 5, "xcomp"),
            ("anger", "anger", "NOUN", "NN", 6, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 5, None)));
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (6, "nsubj"));
        assert_eq!(fixed[7].head, 6);
        // A verb with its own subject is a clause of its own ("... postponed, doctors said").
        let mut own = spec.to_vec();
        own[6] = ("doctors", "doctor", "NOUN", "NNS", 6, "nsubj");
        assert_eq!(participle_as_main_verb(&tokens(&own)), None);
        // Nor after a clause that is not relative ("Patients with operations postponed ...").
        let mut plain = spec.to_vec();
        plain[1] = ("with", "with", "ADP", "IN", 3, "case");
        plain[2].5 = "obl";
        assert_eq!(participle_as_main_verb(&tokens(&plain)), None);
    }

    #[test]
    fn a_past_tense_read_as_a_participle_in_a_verbless_sentence_is_the_verb() {
        // "Thousands of people marched through the city ." with "Thousands" the root.
        let mut spec = vec![
            ("Thousands", "thousand", "NOUN", "NNS", 0, "root"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("people", "people", "NOUN", "NNS", 1, "nmod"),
            ("marched", "march", "VERB", "VBN", 1, "acl"),
            ("through", "through", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("city", "city", "NOUN", "NN", 4, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[3], arcs[7]),
            ((4, "nsubj"), (0, "root"), (4, "punct"))
        );
        assert_eq!(fixed[3].xpos, "VBD");
        // A headline without a full stop, and a description ("food served with ..."), keep
        // their participle.
        let mut headline = spec.clone();
        headline.pop();
        assert!(repaired(&tokens(&headline)).is_none());
        spec[4] = ("with", "with", "ADP", "IN", 7, "case");
        assert!(repaired(&tokens(&spec)).is_none());
        // Deeper in the subject's phrase, with an object: "Crews using boats rescued
        // residents ." with "using" on "Crews" and "rescued" on "boats".
        let deep = vec![
            ("Crews", "crew", "NOUN", "NNS", 0, "root"),
            ("using", "use", "VERB", "VBG", 1, "acl"),
            ("boats", "boat", "NOUN", "NNS", 2, "obj"),
            ("rescued", "rescue", "VERB", "VBN", 3, "acl"),
            ("residents", "resident", "NOUN", "NNS", 4, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&deep)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[0], arcs[1], arcs[3], arcs[5]),
            ((4, "nsubj"), (1, "acl"), (0, "root"), (4, "punct"))
        );
        // A past tense after the comma that closes an apposition: "The mayor of Graz , the
        // city , resigned ." with "resigned" on "city".
        let apposed = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("mayor", "mayor", "NOUN", "NN", 0, "root"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("Graz", "Graz", "PROPN", "NNP", 2, "nmod"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("city", "city", "NOUN", "NN", 2, "nmod"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("resigned", "resign", "VERB", "VBD", 7, "acl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&apposed)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[8]), ((9, "nsubj"), (0, "root")));
        // Without the object it may be a passive participle: "Crews using boats stranded in
        // the flood ." is left alone.
        let mut no_object = deep.clone();
        no_object[4] = ("today", "today", "NOUN", "NN", 4, "obl:tmod");
        assert!(repaired(&tokens(&no_object)).is_none());
        // On what the root counts, with a finite verb only in a subordinate clause: "Hundreds
        // of protesters gathered outside as votes were counted ."
        let spec = vec![
            ("Hundreds", "hundred", "NOUN", "NNS", 0, "root"),
            ("of", "of", "ADP", "IN", 3, "case"),
            ("protesters", "protester", "NOUN", "NNS", 1, "nmod"),
            ("gathered", "gather", "VERB", "VBN", 3, "acl"),
            ("outside", "outside", "ADV", "RB", 4, "advmod"),
            ("as", "as", "SCONJ", "IN", 9, "mark"),
            ("votes", "vote", "NOUN", "NNS", 9, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 9, "aux:pass"),
            ("counted", "count", "VERB", "VBN", 4, "advcl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(
            [arc(0), arc(3), arc(9)],
            [(4, "nsubj"), (0, "root"), (4, "punct")]
        );
        // Without "as" the finite verb is a main verb, and the participle is left alone.
        let mut main = spec.clone();
        main[5] = ("then", "then", "ADV", "RB", 9, "advmod");
        assert!(repaired(&tokens(&main)).is_none());
    }

    #[test]
    fn a_past_tense_after_a_parenthesis_read_as_a_modifier_is_the_verb() {
        // "The team , led by Ann , tested samples ." with "tested" an amod of "samples".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("team", "team", "NOUN", "NN", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("led", "lead", "VERB", "VBN", 2, "acl"),
            ("by", "by", "ADP", "IN", 6, "case"),
            ("Ann", "Ann", "PROPN", "NNP", 4, "obl:agent"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("tested", "test", "VERB", "VBN", 9, "amod"),
            ("samples", "sample", "NOUN", "NNS", 4, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (8, "nsubj"));
        assert_eq!(arcs[3], (2, "acl"));
        assert_eq!(arcs[7..10], [(0, "root"), (8, "obj"), (8, "punct")]);
    }

    #[test]
    fn a_participle_ending_an_after_phrase_is_its_clause() {
        // "prices rose after OPEC agreed to cut output ." with "agreed" (VBN) on "OPEC".
        let mut spec = vec![
            ("prices", "price", "NOUN", "NNS", 2, "nsubj"),
            ("rose", "rise", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 4, "case"),
            ("OPEC", "OPEC", "PROPN", "NNP", 2, "obl"),
            ("agreed", "agree", "VERB", "VBN", 4, "acl"),
            ("to", "to", "PART", "TO", 7, "mark"),
            ("cut", "cut", "VERB", "VB", 5, "xcomp"),
            ("output", "output", "NOUN", "NN", 7, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2..5], [(5, "mark"), (5, "nsubj"), (2, "advcl")]);
        // After "as" ("as a doctor trained in ...") the participle modifies the noun.
        spec[2] = ("as", "as", "ADP", "IN", 4, "case");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn hours_earlier_opening_a_sentence_is_a_time_not_a_subject() {
        // "Hours earlier , Acme agreed ." with "Hours" and "Acme" both subjects.
        let mut spec = vec![
            ("Hours", "hour", "NOUN", "NNS", 5, "nsubj"),
            ("earlier", "early", "ADV", "RBR", 5, "advmod"),
            (",", ",", "PUNCT", ",", 2, "punct"),
            ("Acme", "Acme", "PROPN", "NNP", 5, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (5, "obl:tmod"));
        assert_eq!(fixed[3].deprel, "nsubj");
        // "Hours , Acme agreed": without "earlier" nothing says it is a time.
        spec[1] = ("then", "then", "ADV", "RB", 5, "advmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn about_before_a_number_makes_it_rough() {
        // "it represents about 300 workers" with "about" the case of "workers".
        let mut spec = vec![
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("represents", "represent", "VERB", "VBZ", 0, "root"),
            ("about", "about", "ADP", "IN", 5, "case"),
            ("300", "300", "NUM", "CD", 5, "nummod"),
            ("workers", "worker", "NOUN", "NNS", 2, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2..5], [(4, "advmod"), (5, "nummod"), (2, "obj")]);
        // "talked about 30 issues": the verb takes an "about" phrase.
        spec[1] = ("talked", "talk", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
        // Through a multiplier: "it has about 1.9 million customers".
        let spec = vec![
            ("it", "it", "PRON", "PRP", 2, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
            ("about", "about", "ADP", "IN", 6, "case"),
            ("1.9", "1.9", "NUM", "CD", 5, "compound"),
            ("million", "million", "NUM", "CD", 6, "nummod"),
            ("customers", "customer", "NOUN", "NNS", 2, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[2], arcs[5]), ((4, "advmod"), (2, "obj")));
    }

    #[test]
    fn a_time_on_a_person_in_the_subject_dates_the_verb() {
        // "his counterpart Vladimir Putin on Tuesday agreed" with "Tuesday" on "counterpart".
        let mut spec = vec![
            ("his", "he", "PRON", "PRP$", 2, "nmod:poss"),
            ("counterpart", "counterpart", "NOUN", "NN", 7, "nsubj"),
            ("Vladimir", "Vladimir", "PROPN", "NNP", 2, "appos"),
            ("Putin", "Putin", "PROPN", "NNP", 3, "flat"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", 2, "nmod"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "obl"));
        // "his meeting in Kyiv on Tuesday collapsed": a meeting may be on a day.
        spec[1] = ("meeting", "meeting", "NOUN", "NN", 7, "nsubj");
        spec[2] = ("in", "in", "ADP", "IN", 4, "case");
        spec[3] = ("Kyiv", "Kyiv", "PROPN", "NNP", 2, "nmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn both_embedded_parsers_date_the_verb_once_repaired() {
        use crate::annotate::pos::TagScratch;
        use crate::annotate::{ParserKind, PosTagger};
        // The beam parser reads "on Tuesday" as a modifier of "budget"; repair 28 moves it.
        for kind in [ParserKind::Beam, ParserKind::Greedy] {
            let mut t: Vec<Token> = "The committee approved the new budget on Tuesday ."
                .split(' ')
                .map(|w| Token::new(w, Span::default()))
                .collect();
            PosTagger::embedded().tag_tokens(&mut t, &mut TagScratch::default());
            kind.embedded()
                .parse_tokens(&mut t, &mut crate::annotate::parse::Scratch::default());
            let t = repaired(&t).unwrap_or(t);
            assert_eq!((t[7].head, t[7].deprel.as_str()), (3, "obl"), "{kind:?}");
        }
    }

    #[test]
    fn a_time_on_the_object_dates_the_verb_unless_the_object_takes_place() {
        // "The committee approved the budget on Tuesday ." with "Tuesday" on "budget".
        let mut spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("committee", "committee", "NOUN", "NN", 3, "nsubj"),
            ("approved", "approve", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("budget", "budget", "NOUN", "NN", 3, "obj"),
            ("on", "on", "ADP", "IN", 7, "case"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", 5, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "obl"));
        // "postponed the vote on Tuesday": the vote may be the one on Tuesday.
        spec[2] = ("postponed", "postpone", "VERB", "VBD", 0, "root");
        spec[4] = ("vote", "vote", "NOUN", "NN", 3, "obj");
        assert!(repaired(&tokens(&spec)).is_none());
        // Not a time: "approved the budget on defence".
        spec[4] = ("budget", "budget", "NOUN", "NN", 3, "obj");
        spec[6] = ("defence", "defence", "NOUN", "NN", 5, "nmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_reduced_relative_read_as_two_subjects_modifies_its_noun() {
        // "Ann accused Bo of lying , a claim officials denied ." with "claim" and "officials"
        // both subjects of "denied" and "lying" on "denied".
        let mut spec = vec![
            ("Ann", "Ann", "PROPN", "NNP", 2, "nsubj"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("Bo", "Bo", "PROPN", "NNP", 2, "obj"),
            ("of", "of", "SCONJ", "IN", 5, "mark"),
            ("lying", "lie", "VERB", "VBG", 10, "advcl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("a", "a", "DET", "DT", 8, "det"),
            ("claim", "claim", "NOUN", "NN", 10, "nsubj"),
            ("officials", "official", "NOUN", "NNS", 10, "nsubj"),
            ("denied", "deny", "VERB", "VBD", 2, "parataxis"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (2, "advcl"));
        assert_eq!(
            arcs[7..10],
            [(2, "parataxis"), (10, "nsubj"), (8, "acl:relcl")]
        );
        // Without the comma, "the claim officials denied" opens its own clause: left alone
        // (the lying is still what Bo is accused of).
        spec[5] = ("then", "then", "ADV", "RB", 10, "advmod");
        let fixed = repaired(&tokens(&spec)).expect("the accusation's repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (2, "advcl"));
        assert_eq!(
            arcs[7..10],
            [(10, "nsubj"), (10, "nsubj"), (2, "parataxis")]
        );
    }

    #[test]
    fn a_noun_before_hours_after_heads_its_phrase() {
        // "shelled a village hours after the vote" with "hours" the object.
        let mut spec = vec![
            ("shelled", "shell", "VERB", "VBD", 0, "root"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("village", "village", "NOUN", "NN", 4, "compound"),
            ("hours", "hour", "NOUN", "NNS", 1, "obj"),
            ("after", "after", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("vote", "vote", "NOUN", "NN", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1..4], [(3, "det"), (1, "obj"), (1, "obl:unmarked")]);
        // "visited the village hours": nothing after the time, left alone.
        spec[4] = ("in", "in", "ADP", "IN", 7, "case");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_reporting_participle_tagged_as_a_noun_is_the_verbs_clause() {
        // "Ann opposed the merger , warning that it would fail ." with "warning" a noun.
        let mut spec = vec![
            ("Ann", "Ann", "PROPN", "NNP", 2, "nsubj"),
            ("opposed", "oppose", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("merger", "merger", "NOUN", "NN", 2, "obj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("warning", "warning", "NOUN", "NN", 4, "conj"),
            ("that", "that", "SCONJ", "IN", 10, "obl"),
            ("it", "it", "PRON", "PRP", 10, "nsubj"),
            ("would", "would", "AUX", "MD", 10, "aux"),
            ("fail", "fail", "VERB", "VB", 6, "acl:relcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let w = &fixed[5];
        assert_eq!(
            (w.head, w.deprel.as_str(), w.upos.as_str(), w.lemma.as_str()),
            (2, "advcl", "VERB", "warn")
        );
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (10, "mark"));
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (6, "ccomp"));
        // "the merger, a building that ...": no verb of saying.
        spec[5] = ("building", "building", "NOUN", "NN", 4, "conj");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn the_gerund_of_an_accusation_belongs_to_the_verb() {
        // "Costa accused Henrik Dahl of rigging votes" with "rigging" on "Dahl".
        let mut spec = vec![
            ("Costa", "Costa", "PROPN", "NNP", 2, "nsubj"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("Henrik", "Henrik", "PROPN", "NNP", 2, "obj"),
            ("Dahl", "Dahl", "PROPN", "NNP", 3, "flat"),
            ("of", "of", "SCONJ", "IN", 6, "mark"),
            ("rigging", "rig", "VERB", "VBG", 4, "acl"),
            ("votes", "vote", "NOUN", "NNS", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
        // "met Henrik Dahl of counting fame": no verb of accusation, left alone.
        spec[1] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_titled_conjunct_read_as_an_apposition_is_the_conjunct() {
        // "Marsh and Kastrian President Viktor Dragan agreed ." with "Kastrian" the conjunct.
        let mut spec = vec![
            ("Ellen", "Ellen", "PROPN", "NNP", 8, "nsubj"),
            ("Marsh", "Marsh", "PROPN", "NNP", 1, "flat"),
            ("and", "and", "CCONJ", "CC", 4, "cc"),
            ("Kastrian", "Kastrian", "PROPN", "NNP", 2, "conj"),
            ("President", "President", "PROPN", "NNP", 6, "nmod:desc"),
            ("Viktor", "Viktor", "PROPN", "NNP", 1, "appos"),
            ("Dragan", "Dragan", "PROPN", "NNP", 6, "flat"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[2..6].to_vec(),
            vec![(6, "cc"), (5, "compound"), (6, "nmod:desc"), (1, "conj")]
        );
        // "Ellen Marsh, Kastrian President Viktor Dragan": no coordinator, a real apposition.
        spec[2] = (",", ",", "PUNCT", ",", 4, "punct");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_conjunct_stranded_as_a_second_subject_rejoins_its_noun() {
        // "A future with ties between Chile and Peru has upside ." as the parser reads it.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("future", "future", "NOUN", "NN", 9, "nsubj"),
            ("with", "with", "ADP", "IN", 4, "case"),
            ("ties", "tie", "NOUN", "NNS", 2, "nmod"),
            ("between", "between", "ADP", "IN", 6, "case"),
            ("Chile", "Chile", "PROPN", "NNP", 4, "nmod"),
            ("and", "and", "CCONJ", "CC", 8, "cc"),
            ("Peru", "Peru", "PROPN", "NNP", 9, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
            ("upside", "upside", "NOUN", "NN", 9, "obj"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (6, "conj"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (9, "nsubj"));
        // Without the coordinator right before it, a second subject is left alone.
        let mut spec = spec;
        spec[6] = ("with", "with", "ADP", "IN", 8, "case");
        let toks = tokens(&spec);
        assert!(repaired(&toks).is_none_or(|f| f[7].deprel == "nsubj"));
    }

    #[test]
    fn a_participle_clause_gives_back_the_subject_and_an_adjective_is_no_root() {
        // "Chilean President Ana Lima , speaking in Lima , called the talks useful ." with
        // "Chilean" as root, "called" its conjunct and "Lima" the subject of "speaking".
        let toks = tokens(&[
            ("Chilean", "chilean", "ADJ", "JJ", 0, "root"),
            ("President", "President", "PROPN", "NNP", 3, "nmod:desc"),
            ("Ana", "Ana", "PROPN", "NNP", 6, "nsubj"),
            ("Lima", "Lima", "PROPN", "NNP", 3, "flat"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("speaking", "speak", "VERB", "VBG", 10, "advcl"),
            ("in", "in", "ADP", "IN", 8, "case"),
            ("Lima", "Lima", "PROPN", "NNP", 6, "obl"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("called", "call", "VERB", "VBD", 1, "conj"),
            ("the", "the", "DET", "DT", 12, "det"),
            ("talks", "talk", "NOUN", "NNS", 10, "obj"),
            ("useful", "useful", "ADJ", "JJ", 10, "xcomp"),
            (".", ".", "PUNCT", ".", 10, "punct"),
        ]);
        let mut toks = toks;
        let fixed = repaired(&toks).expect("a repair");
        let arcs = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
        assert_eq!(arcs(9), (0, "root"));
        assert_eq!(arcs(0), (2, "amod"));
        assert_eq!(arcs(2), (10, "nsubj"));
        // With its own subject, the verb keeps it and the participle keeps its own.
        toks[2].head = 10;
        let fixed = repaired(&toks).expect("the adjective root is still repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (10, "nsubj"));
        assert_eq!(fixed[9].head, 0);
        // A marked clause ("while speaking") is not a participle clause.
        let mut marked = tokens(&[
            ("Lima", "Lima", "PROPN", "NNP", 4, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("while", "while", "SCONJ", "IN", 4, "mark"),
            ("speaking", "speak", "VERB", "VBG", 5, "advcl"),
            ("called", "call", "VERB", "VBD", 0, "root"),
        ]);
        assert!(repaired(&marked).is_none());
        marked[2].deprel = "punct".into();
        marked[2].upos = "PUNCT".into();
        let fixed = repaired(&marked).expect("a participle clause");
        assert_eq!(fixed[0].head, 5);
    }

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
    fn a_time_expression_is_no_relative_clause_subject() {
        // "Officials last week agreed to talks ." as the parser reads it.
        let toks = tokens(&[
            ("Officials", "official", "NOUN", "NNS", 0, "root"),
            ("last", "last", "ADJ", "JJ", 3, "amod"),
            ("week", "week", "NOUN", "NN", 4, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 1, "acl:relcl"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("talks", "talk", "NOUN", "NNS", 4, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (4, "nsubj"),
                (3, "amod"),
                (4, "obl:tmod"),
                (0, "root"),
                (6, "case"),
                (4, "obl"),
                (4, "punct")
            ]
        );
        // The same sentence read with two subjects of "agreed".
        let two = tokens(&[
            ("Officials", "official", "NOUN", "NNS", 4, "nsubj"),
            ("last", "last", "ADJ", "JJ", 3, "amod"),
            ("week", "week", "NOUN", "NN", 4, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ]);
        let fixed = repaired(&two).expect("a repair");
        assert_eq!(
            (fixed[0].deprel.as_str(), fixed[2].deprel.as_str()),
            ("nsubj", "obl:tmod")
        );
        // Coordinated titled names read as three subjects, one of them a bare obl.
        let names = tokens(&[
            ("Ann", "Ann", "PROPN", "NNP", 5, "nsubj"),
            ("Lee", "Lee", "PROPN", "NNP", 5, "obl"),
            ("and", "and", "CCONJ", "CC", 4, "cc"),
            ("Bo", "Bo", "PROPN", "NNP", 5, "nsubj"),
            ("met", "meet", "VERB", "VBD", 0, "root"),
        ]);
        let fixed = repaired(&names).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            [
                (5, "nsubj"),
                (1, "conj"),
                (4, "cc"),
                (1, "conj"),
                (0, "root")
            ]
        );
        // Two names side by side as two subjects: one name split in two, no conjuncts; the
        // first part is a compound, or a title's `nmod:desc`.
        let mut split = tokens(&[
            ("Pets", "Pets", "PROPN", "NNPS", 3, "nsubj"),
            ("Discount", "Discount", "PROPN", "NNP", 3, "nsubj"),
            ("has", "have", "VERB", "VBZ", 0, "root"),
        ]);
        let fixed = repaired(&split).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "compound"));
        split[0].form = "Mayor".into();
        let fixed = repaired(&split).expect("a repair");
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (2, "nmod:desc"));
        // "Tuesday Morgan said": a time is no part of the name.
        (split[0].form, split[0].lemma) = ("Tuesday".into(), "Tuesday".into());
        assert!(repaired(&split).is_none());
        // Repair 27, between commas: "The company, Sentinel Guard Services, said" with both
        // subjects of "said"; the name is the noun's apposition. Not without the closing comma.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("company", "company", "NOUN", "NN", 8, "nsubj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("Sentinel", "Sentinel", "PROPN", "NNP", 6, "compound"),
            ("Guard", "Guard", "PROPN", "NNP", 6, "compound"),
            ("Services", "Services", "PROPN", "NNPS", 8, "nsubj"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "appos"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (8, "nsubj"));
        let mut open = spec;
        open[6] = ("just", "just", "ADV", "RB", 8, "advmod");
        assert!(repaired(&tokens(&open)).is_none());
        // A common noun among them: left alone.
        let mut mixed = names.clone();
        mixed[0].upos = "NOUN".into();
        assert!(repaired(&mixed).is_none());
        // "the plan the committee agreed": a real relative clause keeps its subject.
        let toks = tokens(&[
            ("the", "the", "DET", "DT", 2, "det"),
            ("plan", "plan", "NOUN", "NN", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("committee", "committee", "NOUN", "NN", 5, "nsubj"),
            ("agreed", "agree", "VERB", "VBD", 2, "acl:relcl"),
        ]);
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn a_preposition_on_the_first_modifier_moves_to_the_phrase_head() {
        // "led by Secretary of State Ana Lopez" with "by" on "Secretary" and "of" on "Ana".
        let spec = [
            ("led", "lead", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 3, "case"),
            ("Secretary", "Secretary", "PROPN", "NNP", 7, "compound"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("State", "State", "PROPN", "NNP", 6, "compound"),
            ("Ana", "Ana", "PROPN", "NNP", 7, "compound"),
            ("Lopez", "Lopez", "PROPN", "NNP", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (7, "case"));
        // "of" does not open the phrase: it stays.
        assert_eq!(fixed[3].head, 6);
        // A head with its own preposition keeps both where they are.
        let mut own = spec;
        own[3] = ("of", "of", "ADP", "IN", 7, "case");
        assert!(repaired(&tokens(&own)).is_none());
    }

    #[test]
    fn a_reporting_participle_after_the_reported_clause_is_the_speakers() {
        // "Ana said the army would leave , adding that talks failed ." with "adding" on "leave".
        let spec = [
            ("Ana", "Ana", "PROPN", "NNP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("army", "army", "NOUN", "NN", 6, "nsubj"),
            ("would", "would", "AUX", "MD", 6, "aux"),
            ("leave", "leave", "VERB", "VB", 2, "ccomp"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("adding", "add", "VERB", "VBG", 6, "advcl"),
            ("that", "that", "SCONJ", "IN", 11, "mark"),
            ("talks", "talk", "NOUN", "NNS", 11, "nsubj"),
            ("failed", "fail", "VERB", "VBD", 8, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "advcl"));
        // "adding staff": no reported clause, so the participle stays with the clause.
        let mut staff = spec.to_vec();
        staff.truncate(8);
        staff.push(("staff", "staff", "NOUN", "NN", 8, "obj"));
        assert!(repaired(&tokens(&staff)).is_none());
    }

    #[test]
    fn her_before_the_object_of_a_verb_without_indirect_objects_is_a_possessor() {
        // "The court rejected her claims ." with "her" read as an indirect object.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("court", "court", "NOUN", "NN", 3, "nsubj"),
            ("rejected", "reject", "VERB", "VBD", 0, "root"),
            ("her", "she", "PRON", "PRP", 3, "iobj"),
            ("claims", "claim", "NOUN", "NNS", 3, "obj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (5, "nmod:poss"));
        // "The court gave her flowers": "give" takes an indirect object.
        let mut gave = spec;
        gave[2] = ("gave", "give", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&gave)).is_none());
        // "rejected her the claims": a determined object has no room for a possessor.
        let mut the = spec.to_vec();
        the.insert(4, ("the", "the", "DET", "DT", 6, "det"));
        assert_eq!(the[5].0, "claims");
        assert!(repaired(&tokens(&the)).is_none());
    }

    #[test]
    fn an_age_between_commas_is_no_subject() {
        // "Dahl , 58 , has led the country ." with "58" the subject and "Dahl" an oblique.
        let spec = [
            ("Dahl", "Dahl", "NOUN", "NN", 6, "obl:unmarked"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("58", "58", "NUM", "CD", 6, "nsubj"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("has", "have", "AUX", "VBZ", 6, "aux"),
            ("led", "lead", "VERB", "VBN", 0, "root"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("country", "country", "NOUN", "NN", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            &arcs[..4],
            &[(6, "nsubj"), (1, "punct"), (1, "amod"), (3, "punct")]
        );
        // "In 2019 , 58 , ...": no name before the number, nothing to repair.
        let mut year = spec;
        year[0] = ("2019", "2019", "NUM", "CD", 6, "obl");
        assert!(repaired(&tokens(&year)).is_none());
    }

    #[test]
    fn a_reported_clause_under_a_participle_gets_its_verb_back() {
        // "A bomb exploded at a market , killing 12 people , police said ." as parsed.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("bomb", "bomb", "NOUN", "NN", 14, "nsubj"),
            ("exploded", "explode", "VERB", "VBN", 2, "acl"),
            ("at", "at", "ADP", "IN", 6, "case"),
            ("a", "a", "DET", "DT", 6, "det"),
            ("market", "market", "NOUN", "NN", 3, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("killing", "kill", "VERB", "VBG", 3, "advcl"),
            ("12", "12", "NUM", "CD", 10, "nummod"),
            ("people", "people", "NOUN", "NNS", 8, "obj"),
            (",", ",", "PUNCT", ",", 13, "punct"),
            ("the", "the", "DET", "DT", 13, "det"),
            ("police", "police", "NOUN", "NNS", 14, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 14, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (14, "ccomp"));
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (3, "nsubj"));
        // With its own auxiliary the participle is no bare past ("a bomb was exploded").
        let mut aux = spec.to_vec();
        aux[3] = ("was", "be", "AUX", "VBD", 3, "aux:pass");
        assert!(repaired(&tokens(&aux)).is_none_or(|f| f[2].deprel == "acl"));
        // ", killing 12 people" hung on "said" as its complement goes with "exploded".
        let mut ing = spec.to_vec();
        ing[7] = ("killing", "kill", "VERB", "VBG", 14, "ccomp");
        let fixed = repaired(&tokens(&ing)).expect("a repair");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (14, "ccomp"));
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (3, "advcl"));
    }

    #[test]
    fn a_compound_across_a_preposition_heads_its_phrase() {
        // "expand the trade in goods" with "trade" a compound of "goods" across "in".
        let spec = [
            ("expand", "expand", "VERB", "VB", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("trade", "trade", "NOUN", "NN", 5, "compound"),
            ("in", "in", "ADP", "IN", 5, "case"),
            ("goods", "goods", "NOUN", "NNS", 1, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs,
            vec![
                (0, "root"),
                (3, "det"),
                (1, "obj"),
                (5, "case"),
                (3, "nmod")
            ]
        );
        // "blocked X's takeover of rival maker Orsinet Group", read as one name whose
        // "of" hangs on one of its compounds.
        let spec = [
            ("blocked", "block", "VERB", "VBD", 0, "root"),
            ("takeover", "takeover", "NOUN", "NN", 6, "compound"),
            ("of", "of", "ADP", "IN", 4, "case"),
            ("maker", "maker", "NOUN", "NN", 6, "compound"),
            ("Orsinet", "Orsinet", "PROPN", "NNP", 6, "compound"),
            ("Group", "Group", "PROPN", "NNP", 1, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (1, "obj"));
        assert_eq!(arcs[2], (6, "case"));
        assert_eq!(arcs[5], (2, "nmod"));
        // A title across "of" stays in the name ("head of state Ana Lopez"), and so does a
        // date ("the 12th of July Marches").
        for (first, upos) in [("head", "NOUN"), ("12th", "NOUN")] {
            let spec = [
                ("met", "meet", "VERB", "VBD", 0, "root"),
                (first, first, upos, "NN", 5, "compound"),
                ("of", "of", "ADP", "IN", 4, "case"),
                ("state", "state", "NOUN", "NN", 5, "compound"),
                ("Lopez", "Lopez", "PROPN", "NNP", 1, "obj"),
            ];
            let spec = if first == "12th" {
                let mut s = spec;
                s[3] = ("July", "July", "PROPN", "NNP", 5, "compound");
                s
            } else {
                spec
            };
            assert!(repaired(&tokens(&spec)).is_none(), "{first}");
        }
        // A compound right before its head is left alone.
        let plain = [
            ("expand", "expand", "VERB", "VB", 0, "root"),
            ("farm", "farm", "NOUN", "NN", 3, "compound"),
            ("goods", "goods", "NOUN", "NNS", 1, "obj"),
        ];
        assert!(repaired(&tokens(&plain)).is_none());
    }

    #[test]
    fn a_relative_that_beside_an_object_marks_a_content_clause() {
        // "a warning that the move would weaken Kyiv" with "that" read as the object.
        let mut toks = tokens(&[
            ("a", "a", "DET", "DT", 2, "det"),
            ("warning", "warning", "NOUN", "NN", 0, "root"),
            ("that", "that", "PRON", "WDT", 7, "obj"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("move", "move", "NOUN", "NN", 7, "nsubj"),
            ("would", "would", "AUX", "MD", 7, "aux"),
            ("weaken", "weaken", "VERB", "VB", 2, "acl:relcl"),
            ("Kyiv", "Kyiv", "PROPN", "NNP", 7, "obj"),
        ]);
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(
            (fixed[2].deprel.as_str(), fixed[6].deprel.as_str()),
            ("mark", "acl")
        );
        // "a town that the move would weaken Kyiv": a noun that takes no content clause.
        toks[1].lemma = "town".into();
        assert!(repaired(&toks).is_none());
        // "the warning that the move would weaken": one object, a real relative clause.
        toks[1].lemma = "warning".into();
        toks.pop();
        assert!(repaired(&toks).is_none());
        // "told Wire that doctors raised concerns" with "raised" a relative clause on the
        // person told: the teller's content clause.
        let tell = [
            ("Sources", "source", "NOUN", "NNS", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("Wire", "wire", "NOUN", "NN", 2, "iobj"),
            ("that", "that", "PRON", "WDT", 6, "obj"),
            ("doctors", "doctor", "NOUN", "NNS", 6, "nsubj"),
            ("raised", "raise", "VERB", "VBD", 3, "acl:relcl"),
            ("concerns", "concern", "NOUN", "NNS", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&tell)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "ccomp"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (6, "mark"));
        // Not for a verb that tells nothing ("sold Wire that ...").
        let mut sold = tell;
        sold[1] = ("sold", "sell", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&sold)).is_none());
    }

    #[test]
    fn a_prepositional_phrase_read_as_the_verbs_subject_gives_way_to_the_root_noun() {
        // "Sources familiar with the talks told reporters ." with "Sources" the root and
        // "told" a clause on "familiar" whose subject is "with the talks".
        let spec = [
            ("Sources", "source", "NOUN", "NNS", 0, "root"),
            ("familiar", "familiar", "ADJ", "JJ", 1, "amod"),
            ("with", "with", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("talks", "talk", "NOUN", "NNS", 6, "nsubj"),
            ("told", "tell", "VERB", "VBD", 2, "ccomp"),
            ("reporters", "reporter", "NOUN", "NNS", 6, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (6, "nsubj"));
        assert_eq!(arcs[4], (2, "obl"));
        assert_eq!(arcs[5], (0, "root"));
        assert_eq!(arcs[7], (6, "punct"));
        // Not inside a relative clause ("the basis on which the Union collapsed"), nor with
        // another verb before ("studies tested ... paradigms meant").
        let mut relative = spec;
        relative[1] = ("which", "which", "PRON", "WDT", 1, "nmod");
        assert!(subjects_read_inside_modifiers(&tokens(&relative)).is_none());
        let mut verb = spec;
        verb[1] = ("tested", "test", "VERB", "VBN", 1, "acl");
        assert!(subjects_read_inside_modifiers(&tokens(&verb)).is_none());
    }

    #[test]
    fn an_of_phrase_read_as_a_reported_subject_gives_way_to_the_object() {
        // "experts said works of this kind were sold ." with "works" the object of "said",
        // "sold" a clause on it and "of this kind" its subject.
        let spec = [
            ("experts", "expert", "NOUN", "NNS", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("works", "work", "NOUN", "NNS", 2, "obj"),
            ("of", "of", "ADP", "IN", 8, "mark"),
            ("this", "this", "DET", "DT", 6, "det"),
            ("kind", "kind", "NOUN", "NN", 8, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 8, "aux:pass"),
            ("sold", "sell", "VERB", "VBN", 3, "acl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[2], arcs[3], arcs[5], arcs[7]),
            ((8, "nsubj:pass"), (6, "case"), (3, "nmod"), (2, "ccomp"))
        );
        // Not after a verb that reports nothing ("bought works of this kind were sold").
        let mut bought = spec;
        bought[1] = ("bought", "buy", "VERB", "VBD", 0, "root");
        assert!(of_phrases_read_as_subjects(&tokens(&bought)).is_empty());
        // "said talks with this investor had collapsed": "with" opens no clause either; "for"
        // can ("said nothing, for this kind was sold").
        let mut with = spec;
        with[3] = ("with", "with", "ADP", "IN", 8, "mark");
        assert_eq!(of_phrases_read_as_subjects(&tokens(&with)), [(2, 5, 7)]);
        let mut for_ = spec;
        for_[3] = ("for", "for", "ADP", "IN", 8, "mark");
        assert!(of_phrases_read_as_subjects(&tokens(&for_)).is_empty());
    }

    #[test]
    fn an_item_after_including_is_no_subject() {
        // "escaped with paintings , including a portrait valued at millions ." with "portrait"
        // the subject of "valued".
        let spec = [
            ("escaped", "escape", "VERB", "VBD", 0, "root"),
            ("with", "with", "ADP", "IN", 3, "case"),
            ("paintings", "painting", "NOUN", "NNS", 1, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("including", "include", "VERB", "VBG", 7, "case"),
            ("a", "a", "DET", "DT", 7, "det"),
            ("portrait", "portrait", "NOUN", "NN", 8, "nsubj"),
            ("valued", "value", "VERB", "VBD", 1, "parataxis"),
            ("at", "at", "ADP", "IN", 10, "case"),
            ("millions", "million", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[3], arcs[6], arcs[7], arcs[9]),
            ((7, "punct"), (3, "nmod"), (7, "acl"), (8, "obl"))
        );
        assert_eq!(fixed[7].xpos, "VBN");
        // A real clause after a comma keeps its subject ("..., the portrait was valued").
        let mut clause = spec;
        clause[4] = ("the", "the", "DET", "DT", 7, "det");
        clause[5] = ("old", "old", "ADJ", "JJ", 7, "amod");
        assert!(items_read_as_subjects(&tokens(&clause)).is_empty());
    }

    #[test]
    fn a_determiner_on_a_verb_opens_its_subject() {
        // "an injury the veteran suffered in March" with "the" a determiner of "suffered".
        let spec = [
            ("an", "a", "DET", "DT", 2, "det"),
            ("injury", "injury", "NOUN", "NN", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("veteran", "veteran", "ADJ", "JJ", 5, "amod"),
            ("suffered", "suffer", "VERB", "VBN", 2, "advcl"),
            ("in", "in", "ADP", "IN", 7, "case"),
            ("March", "March", "PROPN", "NNP", 5, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2], (4, "det"));
        assert_eq!(arcs[3], (5, "nsubj"));
        assert_eq!(arcs[4], (2, "acl:relcl"));
        assert_eq!(fixed[4].xpos, "VBD");
        // A present in -s may be a noun the tagger missed ("the wedding pictures").
        let mut present = spec;
        present[4] = ("pictures", "picture", "VERB", "VBZ", 2, "advcl");
        assert!(determiners_on_verbs(&tokens(&present)).is_empty());
    }

    #[test]
    fn a_reported_past_tagged_as_participle_is_the_clause_verb() {
        // "Police detained two men , a spokesman said ." as mistagged and parsed.
        let spec = [
            ("Police", "police", "NOUN", "NNS", 8, "nsubj"),
            ("detained", "detain", "VERB", "VBN", 1, "acl"),
            ("two", "two", "NUM", "CD", 4, "nummod"),
            ("men", "man", "NOUN", "NNS", 8, "ccomp"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("a", "a", "DET", "DT", 7, "det"),
            ("spokesman", "spokesman", "NOUN", "NN", 8, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 8, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[..4].to_vec(),
            vec![(2, "nsubj"), (8, "ccomp"), (4, "nummod"), (2, "obj"),]
        );
        // Without the comma before the speaker it is left alone.
        let mut plain = tokens(&spec);
        plain[4].form = "and".into();
        assert!(repaired(&plain).is_none());
    }

    #[test]
    fn a_name_before_a_titled_person_is_no_conjunct() {
        // "Acme Freight founder Ray Cole , who ..., backed the sale" as parsed: "Ray" a conjunct
        // of "Acme" with "founder" on it.
        let spec = [
            ("Acme", "Acme", "PROPN", "NNP", 9, "nsubj"),
            ("Freight", "Freight", "PROPN", "NNP", 1, "flat"),
            ("founder", "founder", "NOUN", "NN", 4, "nmod:desc"),
            ("Ray", "Ray", "PROPN", "NNP", 1, "conj"),
            ("Cole", "Cole", "PROPN", "NNP", 4, "flat"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("who", "who", "PRON", "WP", 8, "nsubj"),
            ("spoke", "speak", "VERB", "VBD", 4, "acl:relcl"),
            ("backed", "back", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("sale", "sale", "NOUN", "NN", 9, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[..5].to_vec(),
            vec![
                (3, "compound"),
                (1, "flat"),
                (4, "nmod:desc"),
                (9, "nsubj"),
                (4, "flat"),
            ]
        );
        // With a coordinator or a comma between them, two names are two.
        let mut and = tokens(&spec);
        and[2].form = "and".into();
        (and[2].upos, and[2].deprel) = ("CCONJ".into(), "cc".into());
        assert!(repaired(&and).is_none());
    }

    #[test]
    fn a_reporting_participle_on_the_object_modifies_the_clause() {
        // "The union criticized the plan , saying drivers were not told ." with "saying" an
        // `acl` of "plan" and "told" a `parataxis` of "criticized".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("union", "union", "NOUN", "NN", 3, "nsubj"),
            ("criticized", "criticize", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("plan", "plan", "NOUN", "NN", 3, "obj"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("saying", "say", "VERB", "VBG", 5, "acl"),
            ("drivers", "driver", "NOUN", "NNS", 7, "obj"),
            ("were", "be", "AUX", "VBD", 11, "aux:pass"),
            ("not", "not", "PART", "RB", 11, "advmod"),
            ("told", "tell", "VERB", "VBN", 3, "parataxis"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        // The participle modifies the clause, the clause is its complement, and (repair 9) the
        // drivers are the clause's subject.
        assert_eq!(arcs[6], (3, "advcl"));
        assert_eq!(arcs[10], (7, "ccomp"));
        assert_eq!(arcs[7], (11, "nsubj:pass"));
        // Without the comma "saying" may well modify the noun ("a sign saying ..."): no repair.
        let mut no_comma = tokens(&spec);
        no_comma.remove(5);
        for t in &mut no_comma {
            if t.head > 5 {
                t.head -= 1;
            }
        }
        assert!(repaired(&no_comma).is_none());
        // On a noun inside the object: "rejected the finding on sales , saying they lost".
        let inside = [
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("rejected", "reject", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("finding", "finding", "NOUN", "NN", 2, "obj"),
            ("on", "on", "ADP", "IN", 6, "case"),
            ("sales", "sale", "NOUN", "NNS", 4, "nmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("saying", "say", "VERB", "VBG", 6, "acl"),
            ("they", "they", "PRON", "PRP", 10, "nsubj"),
            ("lost", "lose", "VERB", "VBD", 8, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&inside)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[7], (2, "advcl"));
    }

    #[test]
    fn a_reported_subject_read_as_an_object_becomes_the_subject() {
        // "The envoy left , saying the country would not yield ." with "country" the object of
        // "saying" and "yield" its subjectless complement.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("envoy", "envoy", "NOUN", "NN", 3, "nsubj"),
            ("left", "leave", "VERB", "VBD", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("saying", "say", "VERB", "VBG", 3, "advcl"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("country", "country", "NOUN", "NN", 5, "obj"),
            ("would", "would", "AUX", "MD", 10, "aux"),
            ("not", "not", "PART", "RB", 10, "advmod"),
            ("yield", "yield", "VERB", "VB", 5, "ccomp"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (10, "nsubj"));
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (5, "ccomp"));
        // The same with "saying" read as the clausal subject of "yield".
        let mut csubj = spec;
        csubj[3].4 = 10;
        csubj[4].4 = 10;
        csubj[4].5 = "csubj";
        csubj[9].4 = 3;
        csubj[9].5 = "advcl";
        let fixed = repaired(&tokens(&csubj)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[3..10].to_vec(),
            vec![
                (5, "punct"),
                (3, "advcl"),
                (7, "det"),
                (10, "nsubj"),
                (10, "aux"),
                (10, "advmod"),
                (5, "ccomp"),
            ]
        );
        // "declared the truce after rebels attacked": a subordinator makes the clause
        // adverbial, whatever the parser did with it; and a verb that is not one of saying keeps
        // its object.
        let after = tokens(&[
            ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("truce", "truce", "NOUN", "NN", 2, "obj"),
            ("after", "after", "ADP", "IN", 6, "case"),
            ("rebels", "rebel", "NOUN", "NNS", 4, "nmod"),
            ("attacked", "attack", "VERB", "VBD", 2, "ccomp"),
        ]);
        assert!(repaired(&after).is_none());
        let mut other = tokens(&spec);
        other[4].lemma = "leave".into();
        assert!(repaired(&other).is_none());
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
    fn a_control_infinitive_on_the_object_is_the_verbs_complement() {
        // "Mayor Dal urged residents to leave and promised to open shelters ." with "to leave"
        // on "residents" and "promised" (tagged as a participle) a conjunct of "leave".
        let spec = [
            ("Dal", "Dal", "PROPN", "NNP", 2, "nsubj"),
            ("urged", "urge", "VERB", "VBD", 0, "root"),
            ("residents", "resident", "NOUN", "NNS", 2, "obj"),
            ("to", "to", "PART", "TO", 5, "mark"),
            ("leave", "leave", "VERB", "VB", 3, "acl"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("promised", "promise", "VERB", "VBN", 5, "conj"),
            ("to", "to", "PART", "TO", 9, "mark"),
            ("open", "open", "VERB", "VB", 7, "xcomp"),
            ("shelters", "shelter", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "xcomp"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "conj"));
        // "approved a plan to leave": no control verb, the infinitive modifies the plan; and
        // "promised" with its own subject is a clause of its own.
        let mut spec = spec;
        spec[1] = ("approved", "approve", "VERB", "VBD", 0, "root");
        spec[6] = ("promised", "promise", "VERB", "VBD", 5, "conj");
        spec[5] = ("she", "she", "PRON", "PRP", 7, "nsubj");
        let fixed = repaired(&tokens(&spec));
        assert!(fixed.is_none(), "{fixed:?}");
        // "told residents how to leave": a question, not control.
        let toks = tokens(&[
            ("Dal", "Dal", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("residents", "resident", "NOUN", "NNS", 2, "obj"),
            ("how", "how", "ADV", "WRB", 6, "advmod"),
            ("to", "to", "PART", "TO", 6, "mark"),
            ("leave", "leave", "VERB", "VB", 3, "acl"),
        ]);
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn a_subordinator_read_as_a_preposition_gets_its_clause_back() {
        // "Nurses walked out after talks collapsed ." with "after talks" on "walked" and
        // "collapsed" without a subject.
        let spec = [
            ("Nurses", "nurse", "NOUN", "NNS", 2, "nsubj"),
            ("walked", "walk", "VERB", "VBD", 0, "root"),
            ("out", "out", "ADP", "RP", 2, "compound:prt"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("talks", "talk", "NOUN", "NNS", 2, "obl"),
            ("collapsed", "collapse", "VERB", "VBD", 2, "advcl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (6, "mark"));
        // The clause's verb read as an open complement of the main verb, a finite one
        // ("reported" an `xcomp`), is the same clause; a participle there is left alone.
        let mut xcomp = spec;
        xcomp[5] = ("collapsed", "collapse", "VERB", "VBD", 2, "xcomp");
        let fixed = repaired(&tokens(&xcomp)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
        xcomp[5].3 = "VBN";
        assert!(repaired(&tokens(&xcomp)).is_none());
        // So is a past tense read as a modifier of a noun (`acl`).
        let mut acl = spec;
        acl[5] = ("collapsed", "collapse", "VERB", "VBD", 5, "acl");
        let fixed = repaired(&tokens(&acl)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
        // So is a complement of a verb that reports nothing; one of a verb of saying stays.
        let mut ccomp = spec;
        ccomp[5] = ("collapsed", "collapse", "VERB", "VBD", 2, "ccomp");
        let fixed = repaired(&tokens(&ccomp)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
        ccomp[1] = ("said", "say", "VERB", "VBD", 0, "root");
        assert!(subordinators_read_as_prepositions(&tokens(&ccomp)).is_empty());
        // "with" opens no finite clause: the phrase is left alone.
        let mut spec = spec;
        spec[3] = ("with", "with", "ADP", "IN", 5, "case");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_subordinators_noun_is_found_past_its_modifiers_and_apposition() {
        // "Officials acted after an outbreak of measles killed children ." with "killed" a
        // conjunct of "acted": the noun with "after" is "outbreak", not "measles".
        let spec = [
            ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
            ("acted", "act", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("an", "a", "DET", "DT", 5, "det"),
            ("outbreak", "outbreak", "NOUN", "NN", 2, "obl"),
            ("of", "of", "ADP", "IN", 7, "case"),
            ("measles", "measles", "NOUN", "NN", 5, "nmod"),
            ("killed", "kill", "VERB", "VBD", 2, "conj"),
            ("children", "child", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2], (8, "mark"));
        assert_eq!(arcs[4], (8, "nsubj"));
        assert_eq!(arcs[6], (5, "nmod"));
        assert_eq!(arcs[7], (2, "advcl"));
        // "Workers left after the owner , Nordmetal , refused ." with "refused" a conjunct
        // whose comma closes the apposition; a comma after the plain noun marks a real
        // conjunct ("after the talks , refused"), left alone.
        let spec = [
            ("Workers", "worker", "NOUN", "NNS", 2, "nsubj"),
            ("left", "leave", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("owner", "owner", "NOUN", "NN", 2, "obl"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("Nordmetal", "Nordmetal", "PROPN", "NNP", 5, "appos"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("refused", "refuse", "VERB", "VBD", 2, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (9, "nsubj"));
        assert_eq!(arcs[8], (2, "advcl"));
        let plain = [
            spec[0],
            spec[1],
            spec[2],
            spec[3],
            ("talks", "talk", "NOUN", "NNS", 2, "obl"),
            (",", ",", "PUNCT", ",", 7, "punct"),
            ("refused", "refuse", "VERB", "VBD", 2, "conj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&plain))[6], (2, "conj"));
        // "Farmers struggled after the drought in May destroyed crops ." with "in May" on
        // "struggled": the phrase between the subject and its verb goes to the subject.
        let spec = [
            ("Farmers", "farmer", "NOUN", "NNS", 2, "nsubj"),
            ("struggled", "struggle", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("the", "the", "DET", "DT", 5, "det"),
            ("drought", "drought", "NOUN", "NN", 2, "obl"),
            ("in", "in", "ADP", "IN", 7, "case"),
            ("May", "May", "PROPN", "NNP", 2, "obl"),
            ("destroyed", "destroy", "VERB", "VBD", 2, "parataxis"),
            ("crops", "crop", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (8, "nsubj"));
        assert_eq!(arcs[6], (5, "nmod"));
        assert_eq!(arcs[7], (2, "advcl"));
        // Anything else between them (an adverb) leaves the sentence alone.
        let mut other = spec;
        other[5] = ("then", "then", "ADV", "RB", 2, "advmod");
        other[6] = ("again", "again", "ADV", "RB", 2, "advmod");
        assert_eq!(arcs_of(&repaired_or_same(&other))[4], (2, "obl"));
    }

    #[test]
    fn a_clause_verb_hung_inside_its_subordinators_phrase_comes_out() {
        // "Nurses walked out after talks with Tom collapsed ." with "collapsed" an `acl` of
        // "Tom".
        let mut spec = vec![
            ("Nurses", "nurse", "NOUN", "NNS", 2, "nsubj"),
            ("walked", "walk", "VERB", "VBD", 0, "root"),
            ("out", "out", "ADP", "RP", 2, "compound:prt"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("talks", "talk", "NOUN", "NNS", 2, "obl"),
            ("with", "with", "ADP", "IN", 7, "case"),
            ("Tom", "Tom", "PROPN", "NNP", 5, "nmod"),
            ("collapsed", "collapse", "VERB", "VBD", 7, "acl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[3..8],
            [
                (8, "mark"),
                (8, "nsubj"),
                (7, "case"),
                (5, "nmod"),
                (2, "advcl")
            ]
        );
        // Tagged as a participle ("collapsed" VBN), it still ends the phrase: the same clause.
        spec[7].3 = "VBN";
        let again = repaired(&tokens(&spec)).expect("a repair");
        assert!(
            again
                .iter()
                .zip(&fixed)
                .all(|(a, b)| (a.head, &a.deprel) == (b.head, &b.deprel))
        );
    }

    #[test]
    fn a_noun_before_an_organisations_name_modifies_it() {
        // "The opposition Labour Party accused ..." with "opposition" and "Labour" both subjects.
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("opposition", "opposition", "NOUN", "NN", 5, "nsubj"),
            ("Labour", "Labour", "PROPN", "NNP", 5, "nsubj"),
            ("Party", "Party", "PROPN", "NNP", 3, "flat"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("ministers", "minister", "NOUN", "NNS", 5, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (3, "compound"));
        assert_eq!(fixed[0].head, 3);
        // "The owner Karla Lind accused ...": a person in apposition to the subject.
        let mut spec = spec;
        spec[1] = ("owner", "owner", "NOUN", "NN", 5, "nsubj");
        spec[2] = ("Karla", "Karla", "PROPN", "NNP", 5, "nsubj");
        spec[3] = ("Lind", "Lind", "PROPN", "NNP", 3, "flat");
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(2, "det"), (5, "nsubj"), (2, "appos")]);
        // "The nationalist opposition Homeland Front said": no organisation word, but the entity
        // tagger's organisation.
        let front = [
            ("The", "the", "DET", "DT", 3, "det"),
            ("nationalist", "nationalist", "ADJ", "JJ", 3, "amod"),
            ("opposition", "opposition", "NOUN", "NN", 6, "nsubj"),
            ("Homeland", "Homeland", "PROPN", "NNP", 5, "compound"),
            ("Front", "Front", "PROPN", "NNP", 6, "nsubj"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        let mut toks = tokens(&front);
        assert!(noun_modifiers_read_as_subjects(&toks).is_empty());
        toks[3].ner = "B-ORG".into();
        toks[4].ner = "I-ORG".into();
        assert_eq!(noun_modifiers_read_as_subjects(&toks), [(2, 4, Some(0))]);
    }

    #[test]
    fn a_reporting_tail_read_as_a_conjunct_gives_the_clause_back() {
        // "A fire destroyed homes and forced residents out , officials said ." with "said" the
        // conjunct of "destroyed" and "forced" its adverbial clause.
        let spec = [
            ("A", "a", "DET", "DT", 2, "det"),
            ("fire", "fire", "NOUN", "NN", 3, "nsubj"),
            ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
            ("homes", "home", "NOUN", "NNS", 3, "obj"),
            ("and", "and", "CCONJ", "CC", 11, "cc"),
            ("forced", "force", "VERB", "VBD", 11, "advcl"),
            ("residents", "resident", "NOUN", "NNS", 6, "obj"),
            ("out", "out", "ADV", "RB", 6, "advmod"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("officials", "official", "NOUN", "NNS", 11, "nsubj"),
            ("said", "say", "VERB", "VBD", 3, "conj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (3, "conj"));
        assert_eq!(fixed[4].head, 6);
        assert_eq!(
            (fixed[10].head, fixed[10].deprel.as_str()),
            (3, "parataxis")
        );
        // "... and officials said" without the comma: a real conjunct, left alone.
        let mut spec = spec;
        spec[8] = ("then", "then", "ADV", "RB", 11, "advmod");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn a_main_verb_read_as_a_conjunct_of_a_relative_clause_is_the_root() {
        // "Doctor Sule , who leads the campaign , blamed rumours ." with "blamed" a conjunct of
        // "leads" and the name the root.
        let spec = [
            ("Doctor", "Doctor", "PROPN", "NNP", 2, "nmod:desc"),
            ("Sule", "Sule", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("who", "who", "PRON", "WP", 5, "nsubj"),
            ("leads", "lead", "VERB", "VBZ", 2, "acl:relcl"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("campaign", "campaign", "NOUN", "NN", 5, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("blamed", "blame", "VERB", "VBD", 5, "conj"),
            ("rumours", "rumour", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (9, "nsubj"));
        assert_eq!(arcs[8], (0, "root"));
        assert_eq!(arcs[10], (9, "punct"));
        assert_eq!(arcs[4], (2, "acl:relcl"));
        // Read as a modifier of the clause's object ("campaign , blamed"): the same.
        let mut acl = spec;
        acl[8] = ("blamed", "blame", "VERB", "VBD", 7, "acl");
        let fixed = repaired_or_same(&acl);
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[8]), ((9, "nsubj"), (0, "root")));
        // Tagged as a participle for want of a subject: the past tense, and the same tree; with
        // an auxiliary of its own it is left alone.
        let mut participle = spec;
        participle[8] = ("blamed", "blame", "VERB", "VBN", 5, "conj");
        let fixed = repaired_or_same(&participle);
        assert_eq!(
            (arcs_of(&fixed)[8], fixed[8].xpos.as_str()),
            ((0, "root"), "VBD")
        );
        let mut passive = participle;
        passive[9] = ("been", "be", "AUX", "VBN", 9, "aux:pass");
        assert_eq!(arcs_of(&repaired_or_same(&passive))[8], (5, "conj"));
        // A real conjunct ("who leads the campaign and blamed ...") is left alone.
        let mut with_cc = spec;
        with_cc[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        assert_eq!(arcs_of(&repaired_or_same(&with_cc))[8], (5, "conj"));
        // A relative clause not set off by a comma, or a noun that is not the root, is left
        // alone too.
        let mut bare = spec;
        bare[2] = ("Jr", "Jr", "PROPN", "NNP", 2, "flat");
        assert_eq!(arcs_of(&repaired_or_same(&bare))[8], (5, "conj"));
        let mut object = spec;
        object[1].4 = 11;
        object[1].5 = "obj";
        object[10] = ("left", "leave", "VERB", "VBD", 0, "root");
        assert_eq!(arcs_of(&repaired_or_same(&object))[8], (5, "conj"));
    }

    #[test]
    fn a_prepositional_phrase_read_as_the_subject_of_an_after_clause_modifies_its_noun() {
        // "called after talks with Seline Terminals broke down ." with "after talks" on
        // "called" and "with Seline Terminals" the subject of "broke".
        let spec = [
            ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("called", "call", "VERB", "VBN", 0, "root"),
            ("after", "after", "ADP", "IN", 5, "case"),
            ("talks", "talk", "NOUN", "NNS", 3, "obl"),
            ("with", "with", "ADP", "IN", 7, "case"),
            ("Seline", "Seline", "PROPN", "NNP", 8, "compound"),
            ("Terminals", "Terminals", "PROPN", "NNPS", 9, "nsubj"),
            ("broke", "break", "VERB", "VBD", 3, "advcl"),
            ("down", "down", "ADP", "RP", 9, "compound:prt"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (9, "nsubj"));
        assert_eq!(arcs[3], (9, "mark"));
        assert_eq!(arcs[7], (5, "nmod"));
        // A real subject stays: "after talks , Seline Terminals broke down".
        let mut real = spec;
        real[5] = (",", ",", "PUNCT", ",", 8, "punct");
        assert_eq!(arcs_of(&repaired_or_same(&real))[7], (9, "nsubj"));
        // "after talks" the clause verb's own oblique, the verb set beside the main one:
        // "walked out after talks between the union and Nordmar broke down".
        let own = [
            ("Workers", "worker", "NOUN", "NNS", 2, "nsubj"),
            ("walked", "walk", "VERB", "VBD", 0, "root"),
            ("after", "after", "ADP", "IN", 4, "case"),
            ("talks", "talk", "NOUN", "NNS", 10, "obl"),
            ("between", "between", "ADP", "IN", 9, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("union", "union", "NOUN", "NN", 9, "compound"),
            ("and", "and", "CCONJ", "CC", 9, "cc"),
            ("Nordmar", "Nordmar", "PROPN", "NNP", 10, "nsubj"),
            ("broke", "break", "VERB", "VBD", 2, "parataxis"),
            ("down", "down", "ADP", "RP", 10, "compound:prt"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&own)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[3], (10, "nsubj"));
        assert_eq!(arcs[2], (10, "mark"));
        assert_eq!(arcs[8], (4, "nmod"));
        assert_eq!(arcs[9], (2, "advcl"));
    }

    #[test]
    fn a_closing_report_read_as_a_modifier_of_its_subject_is_the_report() {
        // "Benton plans to meet leaders , a spokeswoman told reporters ." with "spokeswoman" an
        // apposition of "leaders" and "told" (tagged a participle) its modifier.
        let spec = [
            ("Benton", "Benton", "PROPN", "NNP", 2, "nsubj"),
            ("plans", "plan", "VERB", "VBZ", 0, "root"),
            ("to", "to", "PART", "TO", 4, "mark"),
            ("meet", "meet", "VERB", "VB", 2, "xcomp"),
            ("leaders", "leader", "NOUN", "NNS", 4, "obj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("a", "a", "DET", "DT", 8, "det"),
            ("spokeswoman", "spokeswoman", "NOUN", "NN", 5, "appos"),
            ("told", "tell", "VERB", "VBN", 8, "acl"),
            ("reporters", "reporter", "NOUN", "NNS", 9, "iobj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[8], (2, "parataxis"));
        assert_eq!(arcs[7], (9, "nsubj"));
        assert_eq!(arcs[5], (9, "punct"));
        assert_eq!(fixed[8].xpos, "VBD");
        // A participle without an object is a real modifier ("a spokeswoman told to wait").
        let mut bare = spec;
        bare[9] = ("waiting", "wait", "VERB", "VBG", 9, "xcomp");
        assert_eq!(arcs_of(&repaired_or_same(&bare))[8], (8, "acl"));
        // So is one with words after it that are not its own.
        let mut more = spec;
        more[10] = ("today", "today", "NOUN", "NN", 2, "obl:tmod");
        assert_eq!(arcs_of(&repaired_or_same(&more))[8], (8, "acl"));
    }

    #[test]
    fn a_name_after_a_roles_of_phrase_names_the_holder() {
        // "The chief executive of Midland Line , Carl Benton , resigned ." with the name hung
        // on the company.
        let spec = [
            ("The", "the", "DET", "DT", 3, "det"),
            ("chief", "chief", "ADJ", "JJ", 3, "amod"),
            ("executive", "executive", "NOUN", "NN", 11, "nsubj"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("Midland", "Midland", "PROPN", "NNP", 6, "compound"),
            ("Line", "Line", "PROPN", "NNP", 3, "nmod"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("Carl", "Carl", "PROPN", "NNP", 6, "appos"),
            ("Benton", "Benton", "PROPN", "NNP", 8, "flat"),
            (",", ",", "PUNCT", ",", 3, "punct"),
            ("resigned", "resign", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 11, "punct"),
        ];
        assert_eq!(arcs_of(&repaired_or_same(&spec))[7], (3, "appos"));
        // "the capital of Norway , Oslo": no role, no change.
        let mut capital = spec;
        capital[2] = ("capital", "capital", "NOUN", "NN", 11, "nsubj");
        assert_eq!(arcs_of(&repaired_or_same(&capital))[7], (6, "appos"));
        // A common noun after the comma is left where it is.
        let mut common = spec;
        common[7] = ("Carl", "carl", "NOUN", "NN", 6, "appos");
        assert_eq!(arcs_of(&repaired_or_same(&common))[7], (6, "appos"));
        // "The director of operations , Carl Benton ," with the surname the head and the
        // comma on it.
        let mut director = spec;
        director[2] = ("director", "director", "NOUN", "NN", 11, "nsubj");
        director[4] = ("operations", "operation", "NOUN", "NNS", 6, "compound");
        director[6] = (",", ",", "PUNCT", ",", 9, "punct");
        director[7] = ("Carl", "Carl", "PROPN", "NNP", 9, "compound");
        director[8] = ("Benton", "Benton", "PROPN", "NNP", 6, "appos");
        assert_eq!(arcs_of(&repaired_or_same(&director))[8], (3, "appos"));
        // "a geophysicist at the institute , Carl Benton ,": "at" too; "near" says where.
        let mut at = spec;
        at[2] = ("geophysicist", "geophysicist", "NOUN", "NN", 11, "nsubj");
        at[3] = ("at", "at", "ADP", "IN", 6, "case");
        assert_eq!(arcs_of(&repaired_or_same(&at))[7], (3, "appos"));
        at[3] = ("near", "near", "ADP", "IN", 6, "case");
        assert_eq!(arcs_of(&repaired_or_same(&at))[7], (6, "appos"));
    }

    #[test]
    fn a_main_verb_read_as_a_relative_clause_of_the_relative_clauses_object_is_the_root() {
        // "Ekberg , who denied the charges , plans to appeal , his lawyer said ." with the
        // relative clause a `parataxis` of the name, "plans" a relative clause of "charges"
        // and the report hung on "denied".
        let spec = [
            ("Ekberg", "Ekberg", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("who", "who", "PRON", "WP", 4, "nsubj"),
            ("denied", "deny", "VERB", "VBD", 1, "parataxis"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("charges", "charge", "NOUN", "NNS", 4, "obj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("plans", "plan", "VERB", "VBZ", 6, "acl:relcl"),
            ("to", "to", "PART", "TO", 10, "mark"),
            ("appeal", "appeal", "VERB", "VB", 8, "xcomp"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("his", "his", "PRON", "PRP$", 13, "nmod:poss"),
            ("lawyer", "lawyer", "NOUN", "NN", 14, "nsubj"),
            ("said", "say", "VERB", "VBD", 4, "parataxis"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[7], (0, "root"));
        assert_eq!(arcs[0], (8, "nsubj"));
        assert_eq!(arcs[3], (1, "acl:relcl"));
        assert_eq!(arcs[13], (8, "parataxis"));
        assert_eq!(arcs[14], (8, "punct"));
        assert_eq!(arcs[5], (4, "obj"));
        // A real relative clause of the object ("charges , which he plans to appeal") is
        // left alone.
        let mut which = spec;
        which[6] = ("which", "which", "PRON", "WDT", 8, "obj");
        assert_eq!(arcs_of(&repaired_or_same(&which))[7], (6, "acl:relcl"));
        // So is a `parataxis` opened by something other than "who" or "which".
        let mut they = spec;
        they[2] = ("they", "they", "PRON", "PRP", 4, "nsubj");
        assert_eq!(arcs_of(&repaired_or_same(&they))[7], (6, "acl:relcl"));
    }

    #[test]
    fn a_noun_before_a_name_read_as_a_relative_clauses_antecedent_is_part_of_the_name() {
        // "Storm Ilsa tore through towns ." with "Storm" the root and "tore" a relative clause
        // on it.
        let spec = [
            ("Storm", "storm", "NOUN", "NN", 0, "root"),
            ("Ilsa", "Ilsa", "PROPN", "NNP", 3, "nsubj"),
            ("tore", "tear", "VERB", "VBD", 1, "acl:relcl"),
            ("through", "through", "ADP", "IN", 5, "case"),
            ("towns", "town", "NOUN", "NNS", 3, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(2, "compound"), (3, "nsubj"), (0, "root")]);
        assert_eq!(arcs[5], (3, "punct"));
        let mut time = spec;
        time[0] = ("Yesterday", "yesterday", "NOUN", "NN", 0, "root");
        let fixed = repaired_or_same(&time);
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(3, "obl:tmod"), (3, "nsubj"), (0, "root")]);
        // "Tropical Storm Ilsa tore ...": the adjective stays on "Storm".
        let mut tropical = spec.to_vec();
        tropical.insert(0, ("Tropical", "tropical", "ADJ", "JJ", 2, "amod"));
        for t in tropical.iter_mut().skip(1) {
            if t.4 > 0 {
                t.4 += 1;
            }
        }
        let fixed = repaired_or_same(&tropical);
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[..4],
            [(2, "amod"), (3, "compound"), (4, "nsubj"), (0, "root")]
        );
        // "The storm Ilsa fears ..." (a determiner) and "Storm that Ilsa ..." (a relative
        // word) are real relative clauses.
        let mut det = spec.to_vec();
        det.insert(0, ("The", "the", "DET", "DT", 2, "det"));
        for t in det.iter_mut().skip(1) {
            if t.4 > 0 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&det))[3], (2, "acl:relcl"));
        let mut that = spec.to_vec();
        that.insert(1, ("that", "that", "PRON", "WDT", 4, "obj"));
        for t in that.iter_mut().skip(2) {
            if t.4 > 1 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&that))[3], (1, "acl:relcl"));
    }

    #[test]
    fn a_whose_clauses_subject_read_as_an_apposition_gets_its_clause() {
        // "It was run by the UN , whose envoy , Lund , has tried ." with "envoy" an apposition
        // of "UN" and "tried" a conjunct of "run".
        let spec = [
            ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
            ("was", "be", "AUX", "VBD", 3, "aux:pass"),
            ("run", "run", "VERB", "VBN", 0, "root"),
            ("by", "by", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("UN", "UN", "PROPN", "NNP", 3, "obl:agent"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("whose", "whose", "PRON", "WP$", 9, "nmod:poss"),
            ("envoy", "envoy", "NOUN", "NN", 6, "appos"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("Lund", "Lund", "PROPN", "NNP", 9, "appos"),
            (",", ",", "PUNCT", ",", 6, "punct"),
            ("has", "have", "AUX", "VBZ", 14, "aux"),
            ("tried", "try", "VERB", "VBN", 3, "conj"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[8], (14, "nsubj"));
        assert_eq!(arcs[13], (6, "acl:relcl"));
        assert_eq!(arcs[10], (9, "appos"));
        // A verb with its own subject is another clause: left alone.
        let mut own = spec.to_vec();
        own[11] = ("she", "she", "PRON", "PRP", 14, "nsubj");
        assert_eq!(arcs_of(&repaired_or_same(&own))[8], (6, "appos"));
    }

    #[test]
    fn a_quantifier_read_as_an_adverb_is_the_object() {
        // "It destroyed much of the harvest ." with "much" an adverb on "harvest".
        let spec = [
            ("It", "it", "PRON", "PRP", 2, "nsubj"),
            ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
            ("much", "much", "ADV", "RB", 6, "advmod"),
            ("of", "of", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("harvest", "harvest", "NOUN", "NN", 2, "obl"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[2], (2, "obj"));
        assert_eq!(arcs[5], (3, "nmod"));
        // A verb with an object of its own keeps its oblique.
        let mut with_obj = spec.to_vec();
        with_obj.insert(2, ("crops", "crop", "NOUN", "NNS", 2, "obj"));
        for t in with_obj.iter_mut().skip(3) {
            if t.4 > 2 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&with_obj))[6], (2, "obl"));
    }

    #[test]
    fn a_closing_report_read_as_a_complement_is_parataxis() {
        // "Prices rose by 3 percent , the exchange reported ." with "reported" a `ccomp` of
        // "rose", "by 3 percent" on "reported" and the comma inside the subject's phrase.
        let spec = [
            ("Prices", "price", "NOUN", "NNS", 2, "nsubj"),
            ("rose", "rise", "VERB", "VBD", 0, "root"),
            ("by", "by", "ADP", "IN", 5, "case"),
            ("3", "3", "NUM", "CD", 5, "nummod"),
            ("percent", "percent", "NOUN", "NN", 9, "obl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("the", "the", "DET", "DT", 8, "det"),
            ("exchange", "exchange", "NOUN", "NN", 9, "nsubj"),
            ("reported", "report", "VERB", "VBD", 2, "ccomp"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[8], (2, "parataxis"));
        assert_eq!(arcs[4], (2, "obl"));
        assert_eq!(arcs[5], (9, "punct"));
        // "... rose , and the exchange reported ." has a coordinator: left alone.
        let mut cc = spec.to_vec();
        cc.insert(6, ("and", "and", "CCONJ", "CC", 9, "cc"));
        for t in cc.iter_mut() {
            if t.4 > 6 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&cc))[9], (2, "ccomp"));
    }
}
