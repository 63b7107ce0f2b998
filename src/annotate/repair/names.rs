//! One name read as several phrases: a name's title, first word or kind read as a conjunct or a
//! subject of its own.
//!
//! The titled name read as a conjunct. "Harbor Freightways founder Ray Castellano backed the
//! sale" can come out as two conjoined names, "Harbor Freightways" the subject and "Ray
//! Castellano" its conjunct with "founder" on it, so the company backs the sale too. Names joined
//! by nothing but a lower-case title are one phrase: the person heads it and the first name
//! modifies the title.
//!
//! A noun before an organisation's name read as a second subject ("The opposition Labour Party
//! accused ..."): it modifies the name.
//!
//! The titled conjunct read as an apposition. "President Ellen Marsh and Kastrian President
//! Viktor Dragan agreed" can come out with "Kastrian" as the conjunct and "Viktor Dragan" as an
//! apposition of "Ellen": the second name is the conjunct, its title words modify it.
//!
//! One name read as two subjects. "U.S. President Ellen Marsh agreed" can come out with "U.S."
//! and "Ellen" both subjects: the first part modifies the name (a title as `nmod:desc`), and
//! after a role noun ("Opposition leader Maria Costa") the name is the noun's apposition.
//!
//! [`noun_modifiers_read_as_subjects`], [`titled_appositions`] and [`split_names`] are mended by
//! the first pass ([`super::first_pass`]), together with the other errors it finds; the `fix_`
//! functions here run after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::noun_phrases::owner_becomes_possessor;
use super::times::is_time_expression;
use super::tree_helpers::{extent, head_of, kids_of, take_place, under};
use crate::annotate::ner::descriptors;
use crate::annotate::ner::org_endings::{capitalised_word, named_for_members, org_ending};
use crate::annotate::ner::roles;
use crate::document::Token;

/// Triples (modifier, name, its determiner): a common noun right before an organisation's name,
/// both read as subjects of one verb. "The opposition Labour Party accused ..." is one phrase:
/// the noun modifies the name (`compound`), and the determiner goes with the name.
pub(super) fn noun_modifiers_read_as_subjects(
    tokens: &[Token],
) -> Vec<(usize, usize, Option<usize>)> {
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

/// Repair 25: a titled conjunct read as an apposition.
///
/// Triples (apposition, first name, conjunct): "U.S. President Ellen Marsh and Kastrian
/// President Viktor Dragan agreed" can come out with "Kastrian" as the conjunct of "Marsh" and
/// "Viktor Dragan" as an apposition of "Ellen", so the one president "is" the other. A name in
/// apposition whose head has a conjunct right before it, with nothing between them but
/// modifiers of either, is the conjunct itself, and the words before it its title. Only for
/// two full names.
pub(super) fn titled_appositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
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

/// Repair 27: one name read as two subjects.
///
/// Pairs (first part, name): one name read as two subjects side by side, with nothing between
/// their phrases ("U.S. President Ellen Marsh agreed" with "U.S." and "Ellen" both `nsubj`,
/// "Attorney General Ashcroft explained"). The first part modifies the name (`compound`), so
/// the verb has one subject and the name's conjuncts and appositions stay with it; a title
/// ("Mayor Tate") is its `nmod:desc`. After a role noun ("The owner Karla Lind") the name is
/// the noun's apposition, and so is a name between commas after any common noun ("The
/// company, Sentinel Guard Services, said").
pub(super) fn split_names(tokens: &[Token]) -> Vec<(usize, usize)> {
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

/// True when the phrases of `first` and `second` meet with nothing between them, and no
/// preposition, coordinator or punctuation comes before `second` in them: parts of one name ("Pets Discount",
/// "Attorney General Ashcroft"), not "Xi Jinping and French President Emmanuel Macron" (whose
/// "and" hangs on the second) or "Dose of Colors and Urban Decay".
pub(super) fn one_name(tokens: &[Token], first: usize, second: usize) -> bool {
    let (a, b) = (extent(tokens, first), extent(tokens, second));
    // What follows the second name ("Ellen Marsh and ...") is no part of the question.
    a.1 + 1 == b.0
        && (a.0..=second).all(|k| !matches!(tokens[k].upos.as_str(), "ADP" | "CCONJ" | "PUNCT"))
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

/// Repair 96: mends what [`names_read_as_conjuncts_of_their_kind`] finds.
pub(super) fn fix_names_read_as_conjuncts_of_their_kind(d: &mut Draft) {
    for (name, kind) in names_read_as_conjuncts_of_their_kind(d.base()) {
        let fixed = d.edit();
        (fixed[name].head, fixed[name].deprel) = (kind + 1, "appos".into());
    }
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

/// Repair 99: mends what [`names_read_as_conjuncts_of_their_first_word`] finds.
pub(super) fn fix_names_read_as_conjuncts_of_their_first_word(d: &mut Draft) {
    for (first, name) in names_read_as_conjuncts_of_their_first_word(d.base()) {
        let fixed = d.edit();
        // The word's only other dependents are punctuation after the name.
        take_place(fixed, first, name);
        (fixed[first].head, fixed[first].deprel) = (first + 2, "compound".into());
    }
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

/// Repair 101: mends what [`titled_names_coordinated_inside`] finds.
pub(super) fn fix_titled_names_coordinated_inside(d: &mut Draft) {
    for (second, first) in titled_names_coordinated_inside(d.base()) {
        let fixed = d.edit();
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

/// Mends what [`titled_conjuncts`] finds.
pub(super) fn fix_titled_conjuncts(d: &mut Draft) {
    for (name, person, title) in titled_conjuncts(d.base()) {
        let fixed = d.edit();
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

/// Repair 118: mends what [`coordinated_titles`] finds.
pub(super) fn fix_coordinated_titles(d: &mut Draft) {
    for t in coordinated_titles(d.base()) {
        let fixed = d.edit();
        // What hung on the title's words from outside it (a relative clause) is the name's.
        for (k, tk) in fixed.iter_mut().enumerate() {
            if !(t.first..=t.name).contains(&k) && (t.first + 1..=t.name).contains(&tk.head) {
                tk.head = t.name + 1;
            }
        }
        (fixed[t.name].head, fixed[t.name].deprel) = (t.head, t.rel.clone());
        (fixed[t.first].head, fixed[t.first].deprel) = (t.name + 1, "nmod:desc".into());
        (fixed[t.first + 1].head, fixed[t.first + 1].deprel) = (t.first + 3, "cc".into());
        (fixed[t.first + 2].head, fixed[t.first + 2].deprel) = (t.first + 1, "conj".into());
        for word in &mut fixed[t.first + 3..t.role] {
            (word.head, word.deprel) = (t.role + 1, "compound".into());
        }
        if t.role > t.first + 2 {
            (fixed[t.role].head, fixed[t.role].deprel) = (t.name + 1, "nmod:desc".into());
        }
    }
}

/// Repair 118: a title that joins two portfolios read as two people.
///
/// "Energy and Mines Minister Carla Benavides told reporters" can come out with "Energy" the
/// subject and "Carla" its conjunct, so that Energy tells reporters too, or with "Trade",
/// "Industry" and "Carla" three subjects. Capitalised words joined by "and" right before a
/// capitalised role word ("Minister", "Secretary") and a name are one title, however the
/// parser split them: the name takes the phrase's place, the first word modifies it
/// (`nmod:desc`, as "U.S. President Ellen Marsh"), the second is the first's conjunct, and the
/// role word modifies the name.
struct CoordinatedTitle {
    first: usize,
    role: usize,
    name: usize,
    /// Where the phrase hangs (1-based head) and as what.
    head: usize,
    rel: String,
}

fn coordinated_titles(tokens: &[Token]) -> Vec<CoordinatedTitle> {
    let capital = |k: usize| tokens[k].form.starts_with(char::is_uppercase);
    let mut out = Vec::new();
    for first in 0..tokens.len().saturating_sub(4) {
        // The title opens its phrase: nothing but a determiner, punctuation or a verb before
        // it ("... and Japanese Prime Minister Kenji Arai" after a name, "Institute of
        // Technology and Colorado State University" after "of" are no such titles).
        let opens = first == 0
            || (matches!(
                tokens[first - 1].upos.as_str(),
                "DET" | "PUNCT" | "VERB" | "AUX" | "CCONJ" | "SCONJ"
            ) && tokens[first - 1].form != "-");
        let shape = matches!(tokens[first].upos.as_str(), "NOUN" | "PROPN")
            && capital(first)
            && opens
            && tokens[first + 1].lemma == "and";
        if !shape {
            continue;
        }
        // The role word: the last of a run of capitalised words after "and", right before a
        // name.
        let Some(role) = (first + 2..tokens.len().min(first + 6))
            .take_while(|&k| capital(k) && matches!(tokens[k].upos.as_str(), "NOUN" | "PROPN"))
            .find(|&k| roles::is_role_head(&tokens[k].form))
        else {
            continue;
        };
        let name = role + 1;
        if !(name < tokens.len() && tokens[name].upos == "PROPN" && role > first + 2) {
            continue;
        }
        // The words that hang outside the span all hang on one word, which the name joins.
        let tops: Vec<usize> = (first..=name)
            .filter(|&k| head_of(tokens, k).is_none_or(|h| !(first..=name).contains(&h)))
            .collect();
        let Some(&top) = tops.first() else {
            continue;
        };
        if tops.iter().any(|&k| tokens[k].head != tokens[top].head) {
            continue;
        }
        let rel = tokens[top].deprel.clone();
        let split = tops.len() > 1 || tokens[name].deprel == "conj";
        if split && !rel.starts_with("conj") {
            out.push(CoordinatedTitle {
                first,
                role,
                name,
                head: tokens[top].head,
                rel,
            });
        }
    }
    out
}

/// Repair 121: mends what [`titles_inside_flat_names`] finds.
pub(super) fn fix_titles_inside_flat_names(d: &mut Draft) {
    for t in titles_inside_flat_names(d.base()) {
        let fixed = d.edit();
        let name = t.role + 1;
        // What hung on the chain's head from outside it is the person's.
        for (k, tk) in fixed.iter_mut().enumerate() {
            if !(t.owner..=t.end).contains(&k) && tk.head == t.owner + 1 {
                tk.head = name + 1;
            }
        }
        (fixed[name].head, fixed[name].deprel) =
            (fixed[t.owner].head, fixed[t.owner].deprel.clone());
        for word in &mut fixed[name + 1..=t.end] {
            (word.head, word.deprel) = (name + 1, "flat".into());
        }
        (fixed[t.role].head, fixed[t.role].deprel) = (name + 1, "nmod:desc".into());
        // The owner's last word and the role's modifiers ("Deputy") modify the role word; the
        // owner's other words modify its last ("New Orleans").
        for word in &mut fixed[t.owner_end - 1..t.role] {
            (word.head, word.deprel) = (t.role + 1, "compound".into());
        }
        for word in &mut fixed[t.owner..t.owner_end - 1] {
            (word.head, word.deprel) = (t.owner_end, "compound".into());
        }
    }
}

/// Repair 121: a title inside a name read as one flat chain.
///
/// "Lampedusa Mayor Filippo Russo said" can come out as one name, "Lampedusa" its head and the
/// rest `flat` on it, so the island says what the mayor said. A capitalised role head
/// ("Mayor", "Governor", "CEO") inside a `flat` chain, after capitalised words that are no
/// role words and before a tagged person's name of two words or more, splits it as EWT has
/// "California Governor Gray Davis": the person heads the phrase, the role word is its
/// `nmod:desc`, the words before it the role's `compound`s.
struct FlatTitle {
    /// The chain's head, the first word: the owner of the office.
    owner: usize,
    /// One past the owner's last word (the first role word).
    owner_end: usize,
    role: usize,
    /// The chain's last word.
    end: usize,
}

fn titles_inside_flat_names(tokens: &[Token]) -> Vec<FlatTitle> {
    let capital = |k: usize| tokens[k].form.starts_with(char::is_uppercase);
    let mut out = Vec::new();
    for owner in 0..tokens.len() {
        if tokens[owner].upos != "PROPN" || !capital(owner) {
            continue;
        }
        // The chain: the words right after the head, all `flat` on it.
        let end = (owner + 1..tokens.len())
            .take_while(|&k| head_of(tokens, k) == Some(owner) && tokens[k].deprel == "flat")
            .last();
        let Some(end) = end else {
            continue;
        };
        let Some(role) =
            (owner + 1..end).find(|&k| capital(k) && roles::is_role_head(&tokens[k].form))
        else {
            continue;
        };
        let owner_end = (owner + 1..role)
            .find(|&k| roles::is_role_word(&tokens[k].form))
            .unwrap_or(role);
        let name = role + 1;
        let plain_owner =
            (owner..owner_end).all(|k| capital(k) && !roles::is_role_word(&tokens[k].form));
        let person = end > name
            && tokens[name].ner == "B-PER"
            && (name + 1..=end).all(|k| tokens[k].ner == "I-PER" && capital(k));
        if plain_owner && person && !tokens[owner].ner.ends_with("-PER") {
            out.push(FlatTitle {
                owner,
                owner_end,
                role,
                end,
            });
        }
    }
    out
}

/// Repair 148: mends what [`occupations_heading_names`] finds.
pub(super) fn fix_occupations_heading_names(d: &mut Draft) {
    for (occupation, name) in occupations_heading_names(d.base()) {
        let fixed = d.edit();
        take_place(fixed, occupation, name);
        for t in fixed.iter_mut().skip(name + 1) {
            if t.head == occupation + 1 && t.deprel == "flat" {
                t.head = name + 1;
            }
        }
        (fixed[occupation].head, fixed[occupation].deprel) = (name + 1, "nmod:desc".into());
    }
}

/// Repair 148: an occupation before a name read as the name's first word.
///
/// Pairs (occupation, first name): "Volcanologist Sigrun Eyvindsdottir said" (the occupation
/// capitalised as the sentence's first word) can come out as one flat name headed by
/// "Volcanologist". Like a title ("President Ellen Marsh"), the occupation describes the
/// person: the name heads the phrase and the occupation is its `nmod:desc`.
fn occupations_heading_names(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (o, t) in tokens.iter().enumerate() {
        let capital = t.form.starts_with(char::is_uppercase);
        if !capital || !roles::is_occupation(&t.form) {
            continue;
        }
        let flat: Vec<usize> = kids_of(tokens, o)
            .filter(|&k| tokens[k].deprel == "flat" && tokens[k].upos == "PROPN")
            .collect();
        if flat.len() >= 2 && flat[0] == o + 1 {
            out.push((o, o + 1));
        }
    }
    out
}

/// Repair 144: mends what [`plural_possessive_names`] finds.
pub(super) fn fix_plural_possessive_names(d: &mut Draft) {
    for (plural, head) in plural_possessive_names(d.base()) {
        let fixed = d.edit();
        let apostrophe = plural + 1;
        owner_becomes_possessor(fixed, plural, head);
        // The phrase's preposition and article are the name's too ("of the ... Union").
        for t in fixed[..plural].iter_mut() {
            if t.head == plural + 1 && matches!(t.deprel.as_str(), "case" | "det") {
                t.head = head + 1;
            }
        }
        let a = &mut fixed[apostrophe];
        (a.head, a.deprel) = (plural + 1, "case".into());
        (a.upos, a.xpos) = ("PART".into(), "POS".into());
        for k in apostrophe + 1..head {
            if !under(fixed, k, &[head]) || fixed[k].head == plural + 1 {
                (fixed[k].head, fixed[k].deprel) = (head + 1, "compound".into());
            }
        }
    }
}

/// Repair 144: an organisation named with a plural possessive read as two phrases.
///
/// Pairs (plural, last word): "said Pavel Drugan, the head of the National Farmers' Union" can
/// come out with "Farmers" the head's modifier, the apostrophe a punctuation mark and "Union"
/// a second subject of "said". A capitalised plural of a common noun (or before an
/// organisation word) with the apostrophe written onto it, then capitalised words, is one name,
/// as the entity stage reads it (`join_plural_possessives`); in UD the plural is the possessor
/// of the name's last word (`nmod:poss`, the apostrophe its `case`), which takes the plural's
/// place.
fn plural_possessive_names(tokens: &[Token]) -> Vec<(usize, usize)> {
    let capital = |k: usize| capitalised_word(&tokens[k].form);
    let mut out = Vec::new();
    for (a, t) in tokens.iter().enumerate() {
        if a == 0 || !matches!(t.form.as_str(), "'" | "\u{2019}") {
            continue;
        }
        let plural = a - 1;
        let glued = !tokens[plural].space_after && tokens[plural].form.ends_with('s');
        let head = (a + 1..tokens.len().min(a + 5))
            .take_while(|&k| capital(k))
            .last();
        let Some(head) = head.filter(|_| glued && capital(plural)) else {
            continue;
        };
        // As the entity stage joins them.
        let name = named_for_members(&tokens[plural].form, &tokens[head].form);
        if name && !under(tokens, head, &[plural]) && !under(tokens, plural, &[head]) {
            out.push((plural, head));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn a_title_inside_a_flat_name_splits_it() {
        // "Lampedusa Mayor Filippo Russo said ." as one flat chain on "Lampedusa".
        let spec = [
            ("Lampedusa", "Lampedusa", "PROPN", "NNP", 5, "nsubj"),
            ("Mayor", "Mayor", "PROPN", "NNP", 1, "flat"),
            ("Filippo", "Filippo", "PROPN", "NNP", 1, "flat"),
            ("Russo", "Russo", "PROPN", "NNP", 1, "flat"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        let mut toks = tokens(&spec);
        toks[2].ner = "B-PER".into();
        toks[3].ner = "I-PER".into();
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..4],
            [(2, "compound"), (3, "nmod:desc"), (5, "nsubj"), (3, "flat")]
        );
        // An owner of two words and a role modifier: "New Harbor Deputy Mayor Ana Ruiz".
        let spec = [
            ("New", "New", "PROPN", "NNP", 7, "nsubj"),
            ("Harbor", "Harbor", "PROPN", "NNP", 1, "flat"),
            ("Deputy", "Deputy", "PROPN", "NNP", 1, "flat"),
            ("Mayor", "Mayor", "PROPN", "NNP", 1, "flat"),
            ("Ana", "Ana", "PROPN", "NNP", 1, "flat"),
            ("Ruiz", "Ruiz", "PROPN", "NNP", 1, "flat"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        let mut toks = tokens(&spec);
        toks[4].ner = "B-PER".into();
        toks[5].ner = "I-PER".into();
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..6],
            [
                (2, "compound"),
                (4, "compound"),
                (4, "compound"),
                (5, "nmod:desc"),
                (7, "nsubj"),
                (5, "flat")
            ]
        );
        // Not without a tagged person after the role word, nor when the owner is a person
        // ("Davis Mayor ..." is too little to go on when "Davis" is tagged a person).
        let mut toks = tokens(&spec[..]);
        toks[4].ner = "B-LOC".into();
        toks[5].ner = "I-LOC".into();
        assert!(titles_inside_flat_names(&toks).is_empty());
        let mut toks = tokens(&spec[..]);
        toks[0].ner = "B-PER".into();
        toks[4].ner = "B-PER".into();
        toks[5].ner = "I-PER".into();
        assert!(titles_inside_flat_names(&toks).is_empty());
    }

    #[test]
    fn a_title_joining_two_portfolios_is_one_title() {
        // "Energy and Mines Minister Carla Diaz spoke ." with "Energy" the subject and "Carla"
        // its conjunct.
        let spec = [
            ("Energy", "energy", "NOUN", "NN", 7, "nsubj"),
            ("and", "and", "CCONJ", "CC", 5, "cc"),
            ("Mines", "Mines", "PROPN", "NNPS", 5, "nmod:desc"),
            ("Minister", "Minister", "PROPN", "NNP", 5, "nmod:desc"),
            ("Carla", "Carla", "PROPN", "NNP", 1, "conj"),
            ("Diaz", "Diaz", "PROPN", "NNP", 5, "flat"),
            ("spoke", "speak", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 7, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..6],
            [
                (5, "nmod:desc"),
                (3, "cc"),
                (1, "conj"),
                (5, "nmod:desc"),
                (7, "nsubj"),
                (5, "flat")
            ]
        );
        // Three subjects ("Trade", "Industry Minister", "Carla Diaz") are one too.
        let split = [
            ("Trade", "trade", "NOUN", "NN", 7, "nsubj"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("Industry", "Industry", "PROPN", "NNP", 7, "nsubj"),
            ("Minister", "Minister", "PROPN", "NNP", 3, "flat"),
            ("Carla", "Carla", "PROPN", "NNP", 7, "nsubj"),
            ("Diaz", "Diaz", "PROPN", "NNP", 5, "flat"),
            ("spoke", "speak", "VERB", "VBD", 0, "root"),
        ];
        let fixed = repaired(&tokens(&split)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[4], (7, "nsubj"));
        assert_eq!(arcs_of(&fixed)[0], (5, "nmod:desc"));
        // Two people joined by "and" stay two: no role word before the second name.
        let mut people = spec;
        people[2] = ("Mines", "Mines", "PROPN", "NNP", 5, "compound");
        people[3] = ("Group", "Group", "PROPN", "NNP", 5, "compound");
        assert_eq!(arcs_of(&repaired_or_same(&people))[4], (1, "conj"));
        // Nor after "of" ("Institute of Technology and State University ...").
        let mut of = spec.to_vec();
        of.insert(0, ("of", "of", "ADP", "IN", 2, "case"));
        for (k, t) in of.iter_mut().enumerate() {
            if k != 0 && t.4 > 0 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&of))[5], (2, "conj"));
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
    fn an_occupation_before_a_name_describes_it() {
        // "Volcanologist Sigrun Eyvindsdottir said ." as one flat name.
        let spec = [
            ("Volcanologist", "Volcanologist", "PROPN", "NNP", 4, "nsubj"),
            ("Sigrun", "Sigrun", "PROPN", "NNP", 1, "flat"),
            ("Eyvindsdottir", "Eyvindsdottir", "PROPN", "NNP", 1, "flat"),
            ("said", "say", "VERB", "VBD", 0, "root"),
            (".", ".", "PUNCT", ".", 4, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[..3],
            [(2, "nmod:desc"), (4, "nsubj"), (2, "flat")]
        );
        // With one name after it the word may be a name itself ("Farmer Jones"): left alone.
        let short = [
            ("Farmer", "Farmer", "PROPN", "NNP", 3, "nsubj"),
            ("Jones", "Jones", "PROPN", "NNP", 1, "flat"),
            ("said", "say", "VERB", "VBD", 0, "root"),
        ];
        assert!(occupations_heading_names(&tokens(&short)).is_empty());
    }

    #[test]
    fn a_name_with_a_plural_possessive_is_one_phrase() {
        // "said Drugan , head of the Farmers ' Union ." with "Union" a second subject.
        let spec = [
            ("said", "say", "VERB", "VBD", 0, "root"),
            ("Drugan", "Drugan", "PROPN", "NNP", 1, "nsubj"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("head", "head", "NOUN", "NN", 2, "appos"),
            ("of", "of", "ADP", "IN", 7, "case"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("Farmers", "Farmer", "PROPN", "NNPS", 4, "nmod"),
            ("'", "'", "PUNCT", "''", 7, "punct"),
            ("Union", "union", "NOUN", "NN", 1, "nsubj"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let mut toks = tokens(&spec);
        toks[6].space_after = false;
        let fixed = repaired(&toks).expect("a repair");
        assert_eq!(
            arcs_of(&fixed)[4..9],
            [
                (9, "case"),
                (9, "det"),
                (9, "nmod:poss"),
                (7, "case"),
                (4, "nmod")
            ]
        );
        // With a space before it, the apostrophe closes a quotation.
        assert!(plural_possessive_names(&tokens(&spec)).is_empty());
        // A name's "s" is no plural: "Charles' House".
        toks[6].form = "Charles".into();
        toks[8].form = "House".into();
        assert!(plural_possessive_names(&toks).is_empty());
    }
}
