//! Appositions: a name or role that renames a noun, read as a modifier, a complement, a conjunct or
//! a clause.
//!
//! A name after the object read as a second complement ("buy the security firm Netvault" with
//! "Netvault" an `xcomp` of "buy"): it is the object's apposition.
//!
//! A name between commas read as a modifier of a noun ("The brother-in-law, Victor Lamarre,") is
//! its apposition, and a role after a name hung on a noun before the name ("votes for Ruta
//! Vaitkute, the leader of the opposition") renames the name.

use super::draft::Draft;
use super::tree_helpers::{
    extent, hang_commas_on, has_case, head_of, kids_of, name_head, opening_comma, phrase_start,
    under, verb_group_from,
};
use crate::annotate::ner::descriptors;
use crate::annotate::ner::roles;
use crate::document::Token;

/// Repair 80: mends what [`roles_renaming_earlier_nouns`] finds.
pub(super) fn fix_roles_renaming_earlier_nouns(d: &mut Draft) {
    for (role, name) in roles_renaming_earlier_nouns(d.base()) {
        let fixed = d.edit();
        fixed[role].head = name + 1;
    }
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

/// Repair 98: mends what [`appositions_read_as_clauses`] finds.
pub(super) fn fix_appositions_read_as_clauses(d: &mut Draft) {
    for (noun, subject) in appositions_read_as_clauses(d.base()) {
        let fixed = d.edit();
        let participle = fixed[noun].head - 1;
        if fixed[subject].head == participle + 1 {
            fixed[subject].head = fixed[participle].head;
        }
        (fixed[participle].head, fixed[participle].deprel) = (noun + 1, "acl".into());
        (fixed[noun].head, fixed[noun].deprel) = (subject + 1, "appos".into());
    }
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

/// Repair 120: mends what [`appositions_read_as_complements`] finds.
pub(super) fn fix_appositions_read_as_complements(d: &mut Draft) {
    for (apposition, noun) in appositions_read_as_complements(d.base()) {
        let fixed = d.edit();
        (fixed[apposition].head, fixed[apposition].deprel) = (noun + 1, "appos".into());
    }
}

/// Repair 120: an apposition that closes the sentence read as a verb's clausal complement.
///
/// Pairs (apposition, noun): "Hieu told reporters in Can Tho, the delta's largest city." can
/// come out with "city" a `ccomp` of "told", so that he told the largest city. A noun is no
/// clause: a noun read as a complement clause, with no copula, subject, auxiliary or marker
/// (nor a preposition or an adverb: "..., well beyond the limit"), that opens with a comma
/// right after a noun phrase and runs to the sentence's end, renames that noun (`appos`).
fn appositions_read_as_complements(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "ccomp" || !matches!(tk.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let clausal = kids_of(tokens, a).any(|k| {
            let d = tokens[k].deprel.as_str();
            d == "cop" || d == "mark" || d.starts_with("nsubj") || d.starts_with("aux")
        });
        // "..., well beyond the limit": a phrase with a preposition is no apposition.
        let oblique =
            kids_of(tokens, a).any(|k| matches!(tokens[k].deprel.as_str(), "case" | "advmod"));
        let (start, end) = extent(tokens, a);
        if clausal || oblique || start == 0 || tokens[start].form != "," {
            continue;
        }
        let last =
            end + 1 == tokens.len() || (end + 2 == tokens.len() && tokens[end + 1].upos == "PUNCT");
        // The noun phrase before the comma: the word right before it, up through the words that
        // modify a noun to that noun.
        let noun = name_head(tokens, start - 1, |h| h < start);
        let nominal = matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN");
        if last && nominal && extent(tokens, noun).1 + 1 == start {
            out.push((a, noun));
        }
    }
    out
}

/// Repair 66: mends what [`names_read_as_modifiers`] finds.
pub(super) fn fix_names_read_as_modifiers(d: &mut Draft) {
    for m in names_read_as_modifiers(d.base()) {
        let fixed = d.edit();
        (fixed[m.name].head, fixed[m.name].deprel) = (m.noun + 1, "appos".into());
        if let Some((word, title)) = m.stray {
            (fixed[word].head, fixed[word].deprel) = (title + 1, "amod".into());
            // Its comma opens the apposition.
            if let Some(c) = word.checked_sub(1).filter(|&c| fixed[c].form == ",") {
                fixed[c].head = m.name + 1;
            }
        }
    }
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

/// Repair 36: mends what [`names_after_objects`] finds.
pub(super) fn fix_names_after_objects(d: &mut Draft) {
    for (name, noun) in names_after_objects(d.base()) {
        let fixed = d.edit();
        fixed[name].head = noun + 1;
        fixed[name].deprel = "appos".into();
    }
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

/// Repair 64: mends what [`names_apposed_to_the_organisation`] finds.
pub(super) fn fix_names_apposed_to_the_organisation(d: &mut Draft) {
    for (name, role) in names_apposed_to_the_organisation(d.base()) {
        let fixed = d.edit();
        (fixed[name].head, fixed[name].deprel) = (role + 1, "appos".into());
    }
}

/// Repair 64: the name after "the chief executive of Midland Line," read as an apposition of
/// the organisation (or after "the director of operations,", "the representative in Kenya,",
/// "a geophysicist at the institute,", "a spokeswoman for the ministry,", "the ambassador to
/// Caldria,").
///
/// Pairs (name, role noun): "The chief executive of Midland Line, Carl Benton, apologised"
/// can come out with "Carl Benton" hung on "Line" (as its apposition, or as a conjunct without
/// a coordinator): the graph then had "Midland Line —be→ Carl Benton" and the company
/// apologising. A proper noun set off by a comma as the apposition of
/// an "of", "in", "at", "for", "with" or "to" phrase that hangs on a role noun ([`roles::is_role_noun`]: executive,
/// minister, head) names the holder of the role.
fn names_apposed_to_the_organisation(tokens: &[Token]) -> Vec<(usize, usize)> {
    (1..tokens.len())
        .filter_map(|name| {
            let n = &tokens[name];
            // Or its conjunct without a coordinator, a name of two words or more ("His lawyer in
            // Ambrosa, Matteo Ferrandi," with "Ferrandi" a conjunct of "Ambrosa"; not "the CEO
            // of GE, not GM").
            let bare_conjunct = n.deprel == "conj"
                && !kids_of(tokens, name).any(|k| tokens[k].deprel == "cc")
                && kids_of(tokens, name)
                    .any(|k| matches!(tokens[k].deprel.as_str(), "flat" | "compound"));
            if !(n.deprel == "appos" || bare_conjunct) || n.upos != "PROPN" {
                return None;
            }
            // The comma before the name ("Mathieu Corvel" may hang on "Corvel").
            let comma = opening_comma(tokens, name)?;
            let org = head_of(tokens, name).filter(|&o| o < comma)?;
            let role = head_of(tokens, org).filter(|&r| r < org)?;
            // "of Midland Line", "of operations", "in Kenya".
            let apposed = tokens[org].deprel == "nmod"
                && matches!(tokens[org].upos.as_str(), "PROPN" | "NOUN")
                && ["of", "in", "at", "for", "with", "to"]
                    .iter()
                    .any(|c| has_case(tokens, org, c))
                && tokens[role].upos == "NOUN"
                && roles::is_role_noun(&tokens[role].form)
                // Only the organisation's own name between it and the comma; or its whole
                // phrase before a name of two words or more that is no place ("of the National
                // Bank of Veldania (NBV), Mirela Hadzic"; not "at the Manipal Academy of
                // Higher Education, India").
                && ((org + 1..comma).all(|k| head_of(tokens, k) == Some(org))
                    || ((org + 1..comma).all(|k| under(tokens, k, &[org]))
                        && kids_of(tokens, name).any(|k| tokens[k].deprel == "flat")
                        && !tokens[name].ner.ends_with("LOC")));
            apposed.then_some((name, role))
        })
        .collect()
}

/// Repair 74: mends what [`lists_read_as_appositions`] finds.
pub(super) fn fix_lists_read_as_appositions(d: &mut Draft) {
    for (first, second, rest) in lists_read_as_appositions(d.base()) {
        let fixed = d.edit();
        (fixed[second].head, fixed[second].deprel) = (first + 1, "conj".into());
        for c in rest {
            fixed[c].head = first + 1;
        }
    }
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

/// Repair 70: mends what [`names_read_as_kind_modifiers`] finds.
pub(super) fn fix_names_read_as_kind_modifiers(d: &mut Draft) {
    for (name, kind) in names_read_as_kind_modifiers(d.base()) {
        let fixed = d.edit();
        (fixed[name].head, fixed[name].deprel) = (kind + 1, "appos".into());
    }
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

/// Repair 128: mends what [`appositions_read_as_second_subjects`] finds.
pub(super) fn fix_appositions_read_as_second_subjects(d: &mut Draft) {
    for (first, second) in appositions_read_as_second_subjects(d.base()) {
        let fixed = d.edit();
        (fixed[second].head, fixed[second].deprel) = (first + 1, "appos".into());
        hang_commas_on(fixed, second);
    }
}

/// Repair 128: a name in apposition read as a second subject of the verb.
///
/// Pairs (first, second): "His lawyer, Ruth Achterberg, said ..." can come out with both
/// "lawyer" and "Ruth" subjects of "said". Two noun phrases that are subjects of one verb, the
/// second between commas right after the first and the verb (or its auxiliaries) right after
/// the closing comma, one of them a name or the second holding one, are one subject: the
/// second renames the first. Not a list ("Two patrol boats, a helicopter and ...": a coordinator, repair 123).
fn appositions_read_as_second_subjects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tv) in tokens.iter().enumerate() {
        if !matches!(tv.upos.as_str(), "VERB" | "AUX" | "ADJ" | "NOUN") {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&k| k < v && tokens[k].deprel.starts_with("nsubj"))
            .collect();
        let [first, second] = subjects[..] else {
            continue;
        };
        let nominal = |k: usize| matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN");
        // The phrases' own words: the parser may hang the commas around them on them.
        let words = |k: usize| {
            let (from, to) = extent(tokens, k);
            let mut inside = (from..=to).filter(|&w| tokens[w].upos != "PUNCT");
            let start = inside.next().unwrap_or(k);
            (start, inside.next_back().unwrap_or(start))
        };
        let (first_end, (second_start, second_end)) = (words(first).1, words(second));
        // One of them is a name, or holds one ("former ambassador Henrik Lund").
        let named = tokens[first].upos == "PROPN"
            || (second_start..=second_end).any(|k| tokens[k].upos == "PROPN");
        let listed =
            (first..second_end).any(|k| tokens[k].deprel == "cc" || tokens[k].deprel == "conj");
        let between = second_start == first_end + 2 && tokens[first_end + 1].form == ",";
        let closed = second_end + 1 < v
            && tokens[second_end + 1].form == ","
            && verb_group_from(tokens, second_end + 2, v);
        if nominal(first) && nominal(second) && named && !listed && between && closed {
            out.push((first, second));
        }
    }
    out
}

/// Repair 129: mends what [`appositions_on_partitive_nouns`] finds.
pub(super) fn fix_appositions_on_partitive_nouns(d: &mut Draft) {
    for (apposition, part) in appositions_on_partitive_nouns(d.base()) {
        d.edit()[apposition].head = part + 1;
    }
}

/// Repair 129: the name that renames a part read as renaming the whole.
///
/// Pairs (apposition, part): "One of the victims, Helion Turbine Systems, said ..." can come out
/// with "Systems" an apposition of "victims": the company is one of the victims, not all of them.
/// A name in apposition right after the noun of a partitive "of" phrase whose head is a number
/// renames the number's phrase.
fn appositions_on_partitive_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, tk) in tokens.iter().enumerate() {
        if tk.deprel != "appos" || tk.upos != "PROPN" {
            continue;
        }
        let Some(whole) = head_of(tokens, a)
            .filter(|&n| n < a && tokens[n].deprel == "nmod" && has_case(tokens, n, "of"))
        else {
            continue;
        };
        let Some(part) = head_of(tokens, whole).filter(|&q| {
            q < whole && (tokens[q].upos == "NUM" || tokens[q].lemma.eq_ignore_ascii_case("one"))
        }) else {
            continue;
        };
        // The name follows the "of" phrase at a comma ("One of the victims, Helion ...").
        let start = phrase_start(tokens, a);
        let after = start >= 2
            && tokens[start - 1].form == ","
            && (whole..start - 1).all(|k| k == whole || under(tokens, k, &[whole]));
        if after && tokens[part].upos != "PROPN" {
            out.push((a, part));
        }
    }
    out
}

/// Repair 130: mends what [`names_read_inside_relative_clauses`] finds.
pub(super) fn fix_names_read_inside_relative_clauses(d: &mut Draft) {
    for (name, noun) in names_read_inside_relative_clauses(d.base()) {
        let fixed = d.edit();
        (fixed[name].head, fixed[name].deprel) = (noun + 1, "appos".into());
        hang_commas_on(fixed, name);
    }
}

/// Repair 130: the name of a subject with a relative clause read as part of that clause.
///
/// Pairs (name, noun): "The prosecutor who brought the original case, Luis Arancibia, said ..."
/// can come out with "Arancibia" an oblique of "brought". A bare name between commas at the
/// end of a relative clause, followed by the verb whose subject the clause's noun is, renames
/// the noun.
fn names_read_inside_relative_clauses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, tr) in tokens.iter().enumerate() {
        if tr.deprel != "acl:relcl" {
            continue;
        }
        let Some(noun) = head_of(tokens, r).filter(|&n| n < r && tokens[n].upos == "NOUN") else {
            continue;
        };
        let Some(verb) =
            head_of(tokens, noun).filter(|&v| v > r && tokens[noun].deprel.starts_with("nsubj"))
        else {
            continue;
        };
        // The clause's last word before the verb, and the comma before the verb.
        let Some(close) = (r + 1..verb).rev().find(|&k| tokens[k].form == ",") else {
            continue;
        };
        let next = verb_group_from(tokens, close + 1, verb);
        let last = close - 1;
        if !next || tokens[last].upos != "PROPN" || !under(tokens, last, &[r]) {
            continue;
        }
        let name = name_head(tokens, last, |h| h > r && h < close);
        let start = extent(tokens, name).0;
        let start = if tokens[start].form == "," {
            start + 1
        } else {
            start
        };
        let bare = (start..close).all(|k| tokens[k].upos == "PROPN")
            && !kids_of(tokens, name).any(|c| tokens[c].deprel == "case");
        // Not the second half of "Alexandria, Virginia".
        let place_pair = start >= 2 && tokens[start - 2].upos == "PROPN";
        if bare && !place_pair && start > r + 1 && tokens[start - 1].form == "," {
            out.push((name, noun));
        }
    }
    out
}

#[cfg(test)]
#[path = "appositions_tests.rs"]
mod tests;
