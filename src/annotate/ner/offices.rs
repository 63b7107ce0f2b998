//! The name that owns an office. In "Lampedusa Mayor Filippo Russo said ..." the tagger may read
//! "Lampedusa" as a person: a capitalised word at the start of a sentence, right before a title.
//! Its vote then outweighs the island's other mentions ("off Lampedusa"), the whole document
//! calls the island a person, and the mayor's words go to it. A name right before an office and
//! a person's name is what the office belongs to: a place before a mayor, governor or president
//! ("California Governor Gray Davis", "New Orleans mayor Ray Nagin", as UNER-EWT labels them),
//! an organisation before a chief executive or founder ("Enron CEO Kenneth Lay"). Offices a
//! person can hold under another person ("Davis spokesman Steve Maviglio") say nothing and are
//! left alone. Runs before the document's names are harmonised, so the vote counts the place.

use std::ops::Range;

use super::iob::{O, TagSpan, label_span, spans, type_index};

/// Offices of a place: its name comes right before them.
const PLACE_OFFICES: &[&str] = &[
    "governor",
    "king",
    "mayor",
    "premier",
    "president",
    "queen",
    "senator",
    "sheriff",
];

/// Offices of an organisation.
const ORG_OFFICES: &[&str] = &[
    "ceo",
    "cfo",
    "chairman",
    "chairwoman",
    "co-founder",
    "founder",
];

/// The type office `word` gives the name before it, if it is an office of a place or an
/// organisation. "President" counts as a place's: "Microsoft President Brad Smith" with the
/// company tagged a person would come out as a place (no better than a person, and rarer).
fn owner_type(word: &str) -> Option<usize> {
    let w = word.to_lowercase();
    if PLACE_OFFICES.contains(&w.as_str()) {
        Some(type_index("LOC"))
    } else if ORG_OFFICES.contains(&w.as_str()) {
        Some(type_index("ORG"))
    } else {
        None
    }
}

/// Writes the owner's type `ty` over `t[range]`, or `O` for a nationality ("Kastrian President
/// Viktor Dragan": a person's adjective, no place).
fn label_owner(words: &[&str], t: &mut [usize], range: Range<usize>, ty: usize) {
    let nationality = range.len() == 1
        && ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|e| words[range.start].ends_with(e));
    if nationality {
        t[range].fill(O);
    } else {
        label_span(t, range, ty);
    }
}

/// A person span read apart: the owner's words, the office, the name's words, and the type the
/// office gives the owner.
struct Split {
    owner: Range<usize>,
    office: usize,
    name: Range<usize>,
    ty: usize,
}

/// Where the person span `found[k]` is an owner, its office and a person's name. Tried in turn: two spans with the office between
/// them ("[Lampedusa] Mayor [Filippo Russo]"), the owner and the office in one span and the
/// name in the next ("[Lampedusa Mayor] [Filippo Russo]"), one span holding all three
/// ("[Lampedusa Mayor Filippo Russo]").
fn owner_office_name(words: &[&str], found: &[TagSpan], k: usize) -> Option<Split> {
    let per = type_index("PER");
    let s = found[k];
    if s.ty != per {
        return None;
    }
    // The owner's words: capitalised, no title and no first name ("Melanie King Brandon
    // Luna" lists two people).
    let owner = |r: &Range<usize>| {
        words[r.clone()].iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && !super::roles::is_role_word(w)
                && !super::features::is_first_name(w)
        })
    };
    let named = |at: usize| {
        found
            .get(k + 1)
            .filter(|n| n.start == at && n.ty == per && n.end - n.start >= 2)
            .map(|n| n.start..n.end)
    };
    let apart = named(s.end + 1).map(|name| (s.start..s.end, s.end, name));
    let office_in_span = (s.end - s.start >= 2)
        .then(|| named(s.end))
        .flatten()
        .map(|name| (s.start..s.end - 1, s.end - 1, name));
    let all_in_one = (s.start + 1..s.end.saturating_sub(2))
        .find(|&j| owner_type(words[j]).is_some())
        .filter(|&j| {
            words[j + 1..s.end]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
        })
        .map(|j| (s.start..j, j, j + 1..s.end));
    [apart, office_in_span, all_in_one]
        .into_iter()
        .flatten()
        .find_map(|(o, office, name)| {
            let ty = owner_type(words.get(office)?)?;
            owner(&o).then_some(Split {
                owner: o,
                office,
                name,
                ty,
            })
        })
}

/// Retypes, in place, every name tagged as a person that stands right before an office and a
/// tagged person's name ([`owner_office_name`]): the owner takes the office's type, the office
/// is no name, and the name is the person.
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let found = spans(t);
        for k in 0..found.len() {
            if let Some(split) = owner_office_name(words, &found, k) {
                label_owner(words, t, split.owner, split.ty);
                t[split.office] = O;
                label_span(t, split.name, type_index("PER"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::tag_id;

    fn run(text: &str, tags: &[&str]) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut t = vec![tags.iter().map(|s| tag_id(s)).collect::<Vec<_>>()];
        retype(&[words], &mut t);
        t[0].iter()
            .map(|&x| super::super::iob::tag_name(x))
            .collect()
    }

    #[test]
    fn the_name_before_an_office_owns_it() {
        let per = ["B-PER", "O", "B-PER", "I-PER", "O"];
        for (text, tags, want) in [
            // Two spans: the owner is a place, or an organisation before its chief executive.
            ("Lampedusa Mayor Filippo Russo said", per, "B-LOC"),
            ("Enron CEO Kenneth Lay earned", per, "B-ORG"),
            // The owner and the office in one span, or one span holding all three.
            (
                "Lampedusa Mayor Filippo Russo said",
                ["B-PER", "I-PER", "B-PER", "I-PER", "O"],
                "B-LOC",
            ),
            (
                "Lampedusa Mayor Filippo Russo said",
                ["B-PER", "I-PER", "I-PER", "I-PER", "O"],
                "B-LOC",
            ),
        ] {
            assert_eq!(
                run(text, &tags),
                [want, "O", "B-PER", "I-PER", "O"],
                "{text}"
            );
        }
    }

    #[test]
    fn other_offices_and_titles_stay() {
        // A spokesman may speak for a person.
        let tags = ["B-PER", "O", "B-PER", "I-PER", "O"];
        assert_eq!(run("Davis spokesman Steve Maviglio said", &tags), tags);
        // A title of several words is no owner ("Deputy President" is one title).
        let tags = ["B-PER", "I-PER", "I-PER", "I-PER", "O"];
        assert_eq!(run("Deputy President Ana Ruiz said", &tags), tags);
        // A place already typed stays; a lone surname after the office may be the owner's
        // own ("Smith President Jones" is too little to go on).
        let tags = ["B-LOC", "O", "B-PER", "I-PER", "O"];
        assert_eq!(run("Texas Governor Greg Abbott said", &tags), tags);
        let tags = ["B-PER", "O", "B-PER", "O"];
        assert_eq!(run("Lampedusa Mayor Russo said", &tags), tags);
        // A nationality owns no office: it is the person's adjective.
        assert_eq!(
            run(
                "Kastrian President Viktor Dragan agreed",
                &["B-PER", "O", "B-PER", "I-PER", "O"]
            ),
            ["O", "O", "B-PER", "I-PER", "O"]
        );
        // A first name before the office is a person's ("Melanie King" is a name).
        let tags = ["B-PER", "I-PER", "I-PER", "I-PER"];
        assert_eq!(run("Melanie King Brandon Luna", &tags), tags);
    }
}
