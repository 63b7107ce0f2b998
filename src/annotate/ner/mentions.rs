//! From BIO tags to mentions and per-mention entities: graph types refined by the gazetteer,
//! titles split off person names, gazetteer names the tagger missed, nominal demonyms, and
//! surnames propagated within a document.

use super::gazetteer::{GazKind, Gazetteer};
use super::iob::{self, TagSpan, spans, tag_name};
use super::{features, roles};
use crate::document::{Document, Entity, EntityId, EntityType, Mention, Sentence, Span};

/// The role a person's name stands in apposition with, as the parser read it: "Maya Lindqvist,
/// the company's chief executive, ..." gives `chief executive`, and so does "The chief
/// executive, Maya Lindqvist, ...". The role is the role word with the modifiers right before
/// it (`amod`, `compound`); determiners and possessors are left out. `None` without a tree or
/// when the appositive is no role ("Lindqvist, a keen sailor").
fn appositive_role(sent: &Sentence, words: &[&str], start: usize, end: usize) -> Option<String> {
    let toks = &sent.tokens;
    let outside = |h: usize| h == 0 || h - 1 < start || h > end;
    let head = (start..end).find(|&i| outside(toks[i].head))?;
    let role = (0..toks.len())
        .find(|&r| (r < start || r >= end) && toks[r].head == head + 1 && toks[r].deprel == "appos")
        .or_else(|| {
            // The parser can hang the name on the comma after the role: the role is the word
            // that comma hangs on.
            let mut h = (toks[head].deprel == "appos" && toks[head].head > 0)
                .then(|| toks[head].head - 1)?;
            for _ in 0..toks.len() {
                if toks[h].upos != "PUNCT" || toks[h].head == 0 {
                    break;
                }
                h = toks[h].head - 1;
            }
            Some(h)
        })
        .filter(|&r| roles::is_role_noun(words[r]))?;
    let mut first = role;
    while first > 0
        && toks[first - 1].head == role + 1
        && matches!(toks[first - 1].deprel.as_str(), "amod" | "compound")
    {
        first -= 1;
    }
    Some(words[first..=role].join(" "))
}

/// The role written right before a name set off by commas, whatever tree the parser made of
/// it: "Ostrava's chief executive, Lena Horak, apologised" gives `chief executive` when the
/// tagger read "chief executive" as two adjectives and no apposition came out. The role is the
/// run of up to four lower-case words before the first comma, after any determiner or
/// possessive, and must end in a role noun ([`roles::is_role_noun`]).
fn role_before_commas(words: &[&str], start: usize, end: usize) -> Option<String> {
    if start < 2 || words[start - 1] != "," || words.get(end) != Some(&",") {
        return None;
    }
    let last = start - 2;
    if !roles::is_role_noun(words[last]) {
        return None;
    }
    const STOP: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s",
    ];
    let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-') && !STOP.contains(&w);
    let mut first = last;
    while first > 0 && last - first < 3 && lower(words[first - 1]) {
        first -= 1;
    }
    lower(words[first]).then(|| words[first..=last].join(" "))
}

/// Graph type of a tagger span, refined by the gazetteer.
fn refine_type(ty: &str, words: &[&str], gaz: &Gazetteer) -> EntityType {
    let listed = gaz.lookup(words).and_then(|m| match m.entry.kind {
        GazKind::Entity(t) => Some(t),
        GazKind::Code => None,
    });
    match (ty, listed) {
        ("PER", _) => EntityType::Person,
        (_, Some(t)) => t,
        ("ORG", None) => EntityType::Org,
        _ => {
            // UNER's LOC covers countries and cities as well as seas and regions.
            const NATURAL: &[&str] = &[
                "sea",
                "ocean",
                "river",
                "mountains",
                "mountain",
                "mount",
                "lake",
                "gulf",
                "bay",
                "valley",
                "island",
                "islands",
                "peninsula",
                "desert",
                "coast",
                "strait",
                "region",
                "forest",
                "canyon",
                "beach",
                "park",
            ];
            let natural = words
                .iter()
                .any(|w| NATURAL.contains(&w.to_lowercase().as_str()));
            if natural {
                EntityType::Loc
            } else {
                EntityType::Gpe
            }
        }
    }
}

/// Joins token texts as written in the document (single spaces for any whitespace run).
pub fn surface(doc_text: &str, sent: &Sentence, start: usize, end: usize) -> String {
    let span = Span::new(sent.tokens[start].span.start, sent.tokens[end - 1].span.end);
    doc_text[span.start..span.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when a demonym at `i` is used as a noun ("Ukrainians said", "the Russians"), not as an
/// adjective in front of a noun ("Russian troops"), where it only modifies.
fn demonym_is_nominal(sent: &Sentence, i: usize, end: usize) -> bool {
    // Parsed as the modifier of a word after it ("South Korean President Park", even with
    // every word tagged PROPN), it only modifies.
    let last = &sent.tokens[end - 1];
    if last.head > end && matches!(last.deprel.as_str(), "amod" | "compound") {
        return false;
    }
    let tok = &sent.tokens[i];
    if !tok.upos.is_empty() {
        return tok.upos != "ADJ";
    }
    match sent.tokens.get(end) {
        None => true,
        Some(next) => {
            tok.form.ends_with('s') || !next.form.chars().next().is_some_and(char::is_alphanumeric)
        }
    }
}

/// One sense per discourse for names (cf. Krishnan & Manning 2006, non-local consistency): once
/// a document names a person in full ("Donald Trump"), a capitalised occurrence of the surname
/// alone is that person too, whether the tagger missed it or typed it as a place or organisation.
fn propagate_surnames(doc: &Document, spans: &mut [Vec<(TagSpan, EntityType)>]) {
    let mut surnames: Vec<&str> = Vec::new();
    for (sent, list) in doc.sentences.iter().zip(spans.iter()) {
        for (s, ty) in list {
            let last = &sent.tokens[s.end - 1].form;
            if *ty == EntityType::Person
                && s.end - s.start >= 2
                && last.chars().next().is_some_and(char::is_uppercase)
            {
                surnames.push(last);
            }
        }
    }
    surnames.sort_unstable();
    surnames.dedup();
    for (sent, list) in doc.sentences.iter().zip(spans.iter_mut()) {
        for (i, tok) in sent.tokens.iter().enumerate() {
            if surnames.binary_search(&tok.form.as_str()).is_err() {
                continue;
            }
            match list.iter_mut().find(|(s, _)| s.start <= i && i < s.end) {
                Some((s, ty)) if s.end - s.start == 1 => *ty = EntityType::Person,
                Some(_) => {}
                None => list.push((
                    TagSpan {
                        start: i,
                        end: i + 1,
                        ty: 0,
                    },
                    EntityType::Person,
                )),
            }
        }
        list.sort_by_key(|(s, _)| (s.start, s.end));
    }
}

/// True when token `i` touches the next token with no space between them.
fn glued(sent: &Sentence, i: usize) -> bool {
    sent.tokens
        .get(i + 1)
        .is_some_and(|next| sent.tokens[i].span.end == next.span.start)
}

/// An organisation named for its members with a plural possessive is one name: "the National
/// Farmers' Union", "the Galvanian Prisoners' Rights Observatory". The tagger, trained on web
/// text where "'" rarely closes a plural, stops at the apostrophe ("National Farmers") or misses
/// the name. A capitalised plural of a common noun (or one before an organisation word) with
/// "'" written onto it, and the capitalised words after it, make one organisation with the
/// capitalised words before it (or with the span that holds the plural).
fn join_plural_possessives(
    sent: &Sentence,
    words: &[&str],
    spans: &mut Vec<(TagSpan, EntityType)>,
) {
    let capital = |i: usize| super::org_endings::capitalised_word(words[i]);
    for a in 1..words.len() {
        let plural = words[a - 1].ends_with('s') && capital(a - 1);
        if !matches!(words[a], "'" | "\u{2019}") || !plural || !glued(sent, a - 1) {
            continue;
        }
        let end = (a + 1..words.len().min(a + 5))
            .take_while(|&k| capital(k))
            .last()
            .map_or(a + 1, |k| k + 1);
        if end == a + 1 || !super::org_endings::named_for_members(words[a - 1], words[end - 1]) {
            continue;
        }
        // A span through the plural keeps its start ("Department of Veterans' Affairs").
        let mut start = a - 1;
        if let Some((s, _)) = spans.iter().find(|(s, _)| s.start < a && a - 1 < s.end) {
            start = s.start;
        } else {
            while start > 0
                && capital(start - 1)
                && !super::org_endings::phrase_opener(words[start - 1])
            {
                start -= 1;
            }
        }
        spans.retain(|(s, _)| s.end <= start || end <= s.start);
        let span = TagSpan {
            start,
            end,
            ty: usize::MAX,
        };
        spans.push((span, EntityType::Org));
        spans.sort_by_key(|(s, _)| (s.start, s.end));
    }
}

/// Names written with a hyphen are one name: UD tokenisation splits "Min-jun Park" into `Min`,
/// `-`, `jun`, `Park`, and the tagger may tag the pieces apart ("Min" and "jun Park") or leave
/// the first one out. A span that opens with a lower-case piece right after a hyphen written
/// without spaces continues the capitalised word before the hyphen: it takes that word, or the
/// span that ends there (keeping the later span's type, which holds the end of the name). Two
/// names joined by a hyphen ("Trump-Putin call", "US-China talks") stay apart, as their second
/// piece is capitalised; but a person's full name goes on over a hyphen to a capitalised word
/// the tagger left out ("Kofi Mensah-Laird").
fn join_hyphenated(sent: &Sentence, words: &[&str], spans: &mut Vec<(TagSpan, EntityType)>) {
    let hyphen = |i: usize| words[i] == "-" && i > 0 && glued(sent, i - 1) && glued(sent, i);
    let capital = |i: usize| super::org_endings::capitalised_word(words[i]);
    let lower = |i: usize| words[i].chars().next().is_some_and(char::is_lowercase);
    spans.sort_by_key(|(s, _)| (s.start, s.end));
    let mut k = 0;
    while k < spans.len() {
        let start = spans[k].0.start;
        if start >= 2 && lower(start) && hyphen(start - 1) && capital(start - 2) {
            match k.checked_sub(1).filter(|&p| spans[p].0.end == start - 1) {
                Some(p) => {
                    spans[k].0.start = spans[p].0.start;
                    spans.remove(p);
                    k = p;
                    continue;
                }
                None if !spans
                    .iter()
                    .any(|(s, _)| s.start <= start - 2 && start - 2 < s.end) =>
                {
                    spans[k].0.start = start - 2;
                }
                None => {}
            }
        }
        k += 1;
    }
    // "Kofi Mensah-Laird": a person's full name whose surname goes on past a hyphen to a
    // capitalised word no span covers is double-barrelled ("Trump-Putin", "US-China" have
    // both pieces tagged). So is "Samuel Oduro-Kane" with "Kane" a one-word person of its own,
    // ending the name ("Joe Biden-Xi Jinping" has two words after the hyphen).
    let mut k = 0;
    while k < spans.len() {
        let (s, ty) = spans[k];
        let next = s.end + 1;
        let full = ty == EntityType::Person
            && s.end - s.start >= 2
            && next < words.len()
            && hyphen(s.end)
            && capital(next);
        if full {
            match spans.get(k + 1).copied() {
                Some((o, _)) if o.start > next => spans[k].0.end = next + 1,
                None => spans[k].0.end = next + 1,
                Some((o, oty))
                    if o.start == next
                        && o.end == next + 1
                        && oty == EntityType::Person
                        && !(o.end < words.len() && capital(o.end)) =>
                {
                    spans[k].0.end = o.end;
                    spans.remove(k + 1);
                }
                Some(_) => {}
            }
        }
        k += 1;
    }
}

/// Titles that only ever stand before a person's name ("President Xi Jinping", "Chancellor
/// Merz"); not "General" (General Motors) or "Secretary" (Secretary of State).
const NAME_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "senator",
    "sen.",
    "governor",
    "gov.",
    "mayor",
    "king",
    "queen",
    "pope",
    "prince",
    "princess",
    "ambassador",
    "sheikh",
    "emir",
    "ayatollah",
    "envoy",
];

/// Spans (start, end) of names the tagger missed right after a title: "Chinese President [Xi
/// Jinping]", when the names are unfamiliar to a model trained on English web text. One to
/// three capitalised proper nouns after a title word, outside every span, that name no place
/// or organisation in the gazetteer and no day or month.
fn titled_untagged(
    sent: &Sentence,
    words: &[&str],
    spans: &[(TagSpan, EntityType)],
    gaz: &Gazetteer,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let taken = |i: usize| spans.iter().any(|(s, _)| s.start <= i && i < s.end);
    for i in 0..words.len() {
        let title = words[i].chars().next().is_some_and(char::is_uppercase)
            && NAME_TITLES.contains(&words[i].to_lowercase().as_str());
        if !title {
            continue;
        }
        let mut end = i + 1;
        while end < words.len()
            && end - i <= 3
            && sent.tokens[end].upos == "PROPN"
            && words[end].chars().next().is_some_and(char::is_uppercase)
            && words[end].chars().all(char::is_alphabetic)
            && !roles::is_role_word(words[end])
            && !taken(end)
            && !crate::text::CALENDAR.contains(&words[end].to_lowercase().as_str())
        {
            end += 1;
        }
        if end > i + 1 && gaz.lookup(&words[i + 1..end]).is_none() {
            // The span takes the whole title ("Chinese President"), which the mention pass
            // splits off as the person's role, as it does for the tagger's spans.
            let mut start = i;
            while start > 0
                && !taken(start - 1)
                && words[start - 1]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && (roles::is_role_word(words[start - 1])
                    || gaz.lookup(&words[start - 1..start]).is_some())
            {
                start -= 1;
            }
            out.push((start, end));
        }
    }
    out
}

/// The same for companies and places: once a document names "Aldermoor Energy" (a distinctive
/// word and an organisation ending), the distinctive word alone ("Aldermoor, which serves ...",
/// "Northwind expects ...") is that organisation when the tagger left it untagged; and a
/// distinctive one-word organisation or place found once ("Nordmetal chief executive Hanna
/// Berg") is that organisation or place wherever the tagger missed it ("the owner, Nordmetal,
/// refused"). A word WordNet knows ("Federal", "General") is too common to carry the name, a
/// word inside a longer capitalised name ("Nordmetal Mining") is part of that name, and tagged
/// spans are left alone, but for the short form of an organisation read alone as a person when
/// no longer person name of the document has that word ("Orrin Microsystems ... Orrin
/// expects").
fn propagate_distinctive_names(doc: &Document, spans: &mut [Vec<(TagSpan, EntityType)>]) {
    let mut short: Vec<(&str, EntityType)> = Vec::new();
    // "The" of "The Clarion" is no more distinctive for being unknown to WordNet.
    let distinctive = |w: &str| {
        w.chars().count() >= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && !crate::annotate::pos::wordnet::knows(w)
            && !super::org_endings::phrase_opener(w)
    };
    for (sent, list) in doc.sentences.iter().zip(spans.iter()) {
        for (s, ty) in list {
            let word = match (*ty, s.end - s.start) {
                (EntityType::Org | EntityType::Gpe | EntityType::Loc, 1) => {
                    Some(sent.tokens[s.start].form.as_str())
                }
                // "Aldermoor Energy", and "Orrin Microsystems" or "Seline Terminals" too: the
                // first word, when distinctive, is the company's short name.
                (EntityType::Org, 2) => Some(sent.tokens[s.start].form.as_str())
                    .filter(|w| w.chars().all(char::is_alphabetic)),
                _ => None,
            };
            if let Some(w) = word.filter(|w| distinctive(w)) {
                short.push((w, *ty));
            }
        }
    }
    short.sort_unstable();
    short.dedup();
    // A word found with two types stays untagged.
    let short: Vec<(&str, EntityType)> = short
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|same_word| same_word.len() == 1)
        .map(|same_word| same_word[0])
        .collect();
    if short.is_empty() {
        return;
    }
    let capitalised = |t: &crate::document::Token| {
        t.form.chars().next().is_some_and(char::is_uppercase) && t.upos == "PROPN"
    };
    // Words of the document's longer person names: "Orrin" alone is the company Orrin
    // Microsystems, unless someone is called Orrin.
    let person_words: Vec<&str> = doc
        .sentences
        .iter()
        .zip(spans.iter())
        .flat_map(|(sent, list)| {
            list.iter()
                .filter(|(s, ty)| *ty == EntityType::Person && s.end - s.start > 1)
                .flat_map(move |(s, _)| sent.tokens[s.start..s.end].iter())
        })
        .map(|t| t.form.as_str())
        .collect();
    for (sent, list) in doc.sentences.iter().zip(spans.iter_mut()) {
        let mut added = false;
        for (i, tok) in sent.tokens.iter().enumerate() {
            let Ok(at) = short.binary_search_by(|(w, _)| (*w).cmp(tok.form.as_str())) else {
                continue;
            };
            let inside_longer = (i > 0 && capitalised(&sent.tokens[i - 1]))
                || sent.tokens.get(i + 1).is_some_and(capitalised);
            // The tagger's lone "Orrin" read as a person gives way to the company.
            let lone_person = list
                .iter()
                .position(|(s, ty)| (s.start, s.end) == (i, i + 1) && *ty == EntityType::Person);
            if let Some(p) = lone_person
                && short[at].1 == EntityType::Org
                && !inside_longer
                && !person_words.contains(&tok.form.as_str())
            {
                list[p].1 = EntityType::Org;
                continue;
            }
            if inside_longer || list.iter().any(|(s, _)| s.start <= i && i < s.end) {
                continue;
            }
            list.push((
                TagSpan {
                    start: i,
                    end: i + 1,
                    ty: 0,
                },
                short[at].1,
            ));
            added = true;
        }
        if added {
            list.sort_by_key(|(s, _)| (s.start, s.end));
        }
    }
}

/// True when a span the tagger typed as a place or organisation is a title cut short plus a
/// person's name ("Secretary of [State Marco Rubio]", "[Foreign Minister Anna Berg]"): a title
/// ends inside it and the rest is at least two words starting with a known first name.
fn titled_name(words: &[&str], start: usize, end: usize, gaz: &Gazetteer) -> bool {
    let t = roles::split_title(words, start, end, gaz);
    t.name_start > start
        && end - t.name_start >= 2
        && features::is_first_name(words[t.name_start])
        && words[t.name_start..end]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Sets `Token.ner` from BIO tag ids (one vector per sentence) and replaces `doc.mentions` /
/// `doc.entities` with one entity per mention: tagger spans with gazetteer-refined types and
/// titles split off person names, plus gazetteer names the tagger missed and nominal demonyms.
pub fn build_mentions(doc: &mut Document, all_tags: Vec<Vec<usize>>) {
    let gaz = Gazetteer::embedded();
    let mut mentions: Vec<(Mention, Entity)> = Vec::new();
    let mut per_sentence: Vec<Vec<(TagSpan, EntityType)>> = Vec::with_capacity(doc.sentences.len());
    for (sent, tags) in doc.sentences.iter().zip(&all_tags) {
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
        let mut spans_here: Vec<(TagSpan, EntityType)> = Vec::new();
        // The first word of a sentence is capitalised anyway: alone and also a common word
        // ("Key", "Will"), the tagger's PER there is more often wrong than right. A real
        // surname comes back through `propagate_surnames`.
        let first_word = words
            .iter()
            .position(|w| w.chars().next().is_some_and(char::is_alphanumeric));
        for s in spans(tags) {
            let ty = refine_type(iob::TYPES[s.ty], &words[s.start..s.end], gaz);
            let lone_common = ty == EntityType::Person
                && s.end - s.start == 1
                && Some(s.start) == first_word
                && features::lexicon_class(&words[s.start].to_lowercase()) == "PL";
            if !lone_common {
                spans_here.push((s, ty));
            }
        }
        for m in gaz.matches(&words) {
            let GazKind::Entity(ty) = m.entry.kind else {
                continue;
            };
            let overlaps = spans_here
                .iter()
                .any(|(s, _)| s.start < m.end && m.start < s.end);
            let capital = words[m.start]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if overlaps || !m.exact_case || !capital {
                continue;
            }
            if ty == EntityType::Norp && !demonym_is_nominal(sent, m.start, m.end) {
                continue;
            }
            spans_here.push((
                TagSpan {
                    start: m.start,
                    end: m.end,
                    ty: usize::MAX,
                },
                ty,
            ));
        }
        for (start, end) in titled_untagged(sent, &words, &spans_here, gaz) {
            spans_here.push((TagSpan { start, end, ty: 0 }, EntityType::Person));
        }
        join_hyphenated(sent, &words, &mut spans_here);
        join_plural_possessives(sent, &words, &mut spans_here);
        per_sentence.push(spans_here);
    }
    super::dateline::mark_dateline_places(doc, &mut per_sentence);
    propagate_surnames(doc, &mut per_sentence);
    propagate_distinctive_names(doc, &mut per_sentence);
    for (si, (sent, spans_here)) in doc.sentences.iter().zip(per_sentence).enumerate() {
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
        for (s, mut ty) in spans_here {
            let (mut start, mut roles) = (s.start, Vec::new());
            if ty != EntityType::Person && titled_name(&words, s.start, s.end, gaz) {
                ty = EntityType::Person;
            }
            if ty == EntityType::Person {
                let t = roles::split_title(&words, s.start, s.end, gaz);
                start = t.name_start;
                roles.extend(t.role);
                let apposed = appositive_role(sent, &words, start, s.end)
                    .or_else(|| role_before_commas(&words, start, s.end));
                if let Some(r) = apposed
                    && !roles.iter().any(|x| x.eq_ignore_ascii_case(&r))
                {
                    roles.push(r);
                }
            }
            // "The Nurses Federation" is the Nurses Federation: the article is not part of the
            // name a graph shows (nor of the one a later "the Nurses Federation" gives). Kept
            // before a single word ("The Hague", "The Gambia"), where it is.
            if s.end - start >= 3 && words[start].eq_ignore_ascii_case("the") {
                start += 1;
            }
            let name = surface(&doc.text, sent, start, s.end);
            let span = Span::new(
                sent.tokens[start].span.start,
                sent.tokens[s.end - 1].span.end,
            );
            let mention = Mention {
                sentence: si,
                tokens: (start, s.end),
                span,
                entity: EntityId(0),
            };
            mentions.push((
                mention,
                Entity {
                    name,
                    kind: ty,
                    aliases: Vec::new(),
                    roles,
                },
            ));
        }
    }
    for (sent, tags) in doc.sentences.iter_mut().zip(all_tags) {
        for (tok, tag) in sent.tokens.iter_mut().zip(tags) {
            tok.ner = tag_name(tag);
        }
    }
    doc.mentions.clear();
    doc.entities.clear();
    for (i, (mut m, e)) in mentions.into_iter().enumerate() {
        m.entity = EntityId(i as u32);
        doc.mentions.push(m);
        doc.entities.push(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loc_spans_are_refined_by_the_gazetteer() {
        let g = Gazetteer::embedded();
        for (ty, words, want) in [
            ("LOC", &["Ukraine"][..], EntityType::Gpe),
            ("ORG", &["U.S."][..], EntityType::Gpe),
            ("LOC", &["Black", "Sea"][..], EntityType::Loc),
            ("LOC", &["Lake", "Geneva"][..], EntityType::Loc),
            ("LOC", &["Springfield"][..], EntityType::Gpe),
            ("ORG", &["Acme", "Corp"][..], EntityType::Org),
            ("ORG", &["Kremlin"][..], EntityType::Org),
            ("PER", &["Georgia"][..], EntityType::Person),
        ] {
            assert_eq!(refine_type(ty, words, g), want, "{words:?}");
        }
    }

    /// A document from pre-tokenised sentences (tokens separated by single spaces).
    /// (sentence, text, type) of every mention of `d`.
    fn sentence_name_type(d: &Document) -> Vec<(usize, &str, EntityType)> {
        d.mentions
            .iter()
            .map(|m| {
                let e = &d.entities[m.entity.0 as usize];
                (m.sentence, d.slice(m.span), e.kind)
            })
            .collect()
    }

    fn doc_of(sentences: &[&str]) -> Document {
        let mut d = Document::new("t", sentences.join(" "));
        let mut at = 0;
        for s in sentences {
            let mut toks = Vec::new();
            for w in s.split(' ') {
                toks.push(crate::document::Token::new(w, Span::new(at, at + w.len())));
                at += w.len() + 1;
            }
            let span = Span::new(toks[0].span.start, toks.last().unwrap().span.end);
            d.sentences.push(Sentence {
                span,
                tokens: toks,
                repaired: false,
            });
        }
        d
    }

    #[test]
    fn a_role_in_apposition_is_the_persons_role() {
        // "Maya Lindqvist , the firm 's chief executive , left ." as the parser reads it, and
        // the same with an appositive that is no role.
        let parse = [
            (10, "nsubj"),
            (1, "flat"),
            (8, "punct"),
            (5, "det"),
            (8, "nmod:poss"),
            (5, "case"),
            (8, "amod"),
            (1, "appos"),
            (10, "punct"),
            (0, "root"),
            (10, "punct"),
        ];
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        for (text, want) in [
            (
                "Maya Lindqvist , the firm 's chief executive , left .",
                vec!["chief executive"],
            ),
            ("Maya Lindqvist , the firm 's keen sailor , left .", vec![]),
        ] {
            let mut d = doc_of(&[text]);
            for (tk, &(head, rel)) in d.sentences[0].tokens.iter_mut().zip(&parse) {
                (tk.head, tk.deprel) = (head, rel.into());
            }
            build_mentions(&mut d, vec![t("B-PER I-PER O O O O O O O O O")]);
            assert_eq!(d.entities[0].roles, want, "{text}");
        }
        // "The charity 's director , Hanna Kowalski , called ." with the name hung on the
        // comma after the role.
        let mut d = doc_of(&["The charity 's director , Hanna Kowalski , called ."]);
        let parse = [
            (2, "det"),
            (4, "nmod:poss"),
            (2, "case"),
            (9, "nsubj"),
            (4, "punct"),
            (5, "appos"),
            (6, "flat"),
            (9, "punct"),
            (0, "root"),
            (9, "punct"),
        ];
        for (tk, &(head, rel)) in d.sentences[0].tokens.iter_mut().zip(&parse) {
            (tk.head, tk.deprel) = (head, rel.into());
            if matches!(tk.form.as_str(), "," | ".") {
                tk.upos = "PUNCT".into();
            }
        }
        build_mentions(&mut d, vec![t("O O O O O B-PER I-PER O O O")]);
        assert_eq!(d.entities[0].roles, ["director"]);
    }

    #[test]
    fn a_role_before_a_name_between_commas_is_the_persons_role_whatever_the_tree() {
        // No tree at all here: the words alone say it.
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        for (text, tags, want) in [
            (
                "Ostrava 's chief executive , Lena Horak , apologised .",
                "B-ORG O O O O B-PER I-PER O O O",
                vec!["chief executive"],
            ),
            (
                "The union 's leader , Mara Ionescu , said .",
                "O O O O O B-PER I-PER O O O",
                vec!["leader"],
            ),
            // No role noun before the comma, or no closing comma.
            (
                "On the way home , Lena Horak , apologised .",
                "O O O O O B-PER I-PER O O O",
                vec![],
            ),
            (
                "The union 's leader , Mara Ionescu said .",
                "O O O O O B-PER I-PER O O",
                vec![],
            ),
        ] {
            let mut d = doc_of(&[text]);
            build_mentions(&mut d, vec![t(tags)]);
            let person = d
                .entities
                .iter()
                .find(|e| e.kind == EntityType::Person)
                .expect("a person");
            assert_eq!(person.roles, want, "{text}");
        }
    }

    #[test]
    fn a_title_cut_short_does_not_make_a_place() {
        let mut d = doc_of(&["talks led by Secretary of State Marco Rubio ended ."]);
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        build_mentions(&mut d, vec![t("O O O O O B-LOC I-LOC I-LOC O O")]);
        assert_eq!(d.mentions.len(), 1);
        assert_eq!(d.slice(d.mentions[0].span), "Marco Rubio");
        let e = &d.entities[0];
        assert_eq!(e.kind, EntityType::Person);
        assert_eq!(e.roles, vec!["Secretary of State".to_string()]);
        // A real place after a title stays one: "Minister of [State Street]" names no person.
        let mut d = doc_of(&["the Minister of State Street office"]);
        build_mentions(&mut d, vec![t("O O O B-LOC I-LOC O")]);
        assert_eq!(d.entities[0].kind, EntityType::Gpe);
    }

    #[test]
    fn names_right_after_a_title_are_people_even_untagged() {
        let mut d = doc_of(&["Chinese President Xi Jinping met President on Monday ."]);
        for (k, t) in d.sentences[0].tokens.iter_mut().enumerate() {
            t.upos = match k {
                0 => "ADJ",
                1..=6 => "PROPN",
                _ => "X",
            }
            .into();
        }
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        build_mentions(&mut d, vec![t("O O O O O O O O O")]);
        let got: Vec<&str> = d.mentions.iter().map(|m| d.slice(m.span)).collect();
        // "President on Monday": a day after a title names nobody.
        assert_eq!(got, vec!["Xi Jinping"]);
        assert_eq!(d.entities[0].kind, EntityType::Person);
        assert_eq!(d.entities[0].roles, vec!["Chinese President".to_string()]);
    }

    /// A one-sentence document from its text and its tokens in order (found left to right, so
    /// tokens written without a space between them touch).
    fn doc_from_text(text: &str, words: &[&str]) -> Document {
        let mut d = Document::new("t", text.to_string());
        let (mut at, mut toks) = (0, Vec::new());
        for w in words {
            let start = at + text[at..].find(w).expect("token in text");
            at = start + w.len();
            toks.push(crate::document::Token::new(*w, Span::new(start, at)));
        }
        let span = Span::new(toks[0].span.start, at);
        d.sentences.push(Sentence {
            span,
            tokens: toks,
            repaired: false,
        });
        d
    }

    fn names(d: &Document) -> Vec<(&str, EntityType)> {
        d.mentions
            .iter()
            .map(|m| (d.slice(m.span), d.entities[m.entity.0 as usize].kind))
            .collect()
    }

    #[test]
    fn a_name_with_a_plural_possessive_is_one_organisation() {
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        let words = [
            "head", "of", "the", "National", "Farmers", "'", "Union", ".",
        ];
        let text = "head of the National Farmers' Union.";
        // Cut at the apostrophe, or missed: one organisation either way.
        for tags in ["O O O B-ORG I-ORG O O O", "O O O O O O O O"] {
            let mut d = doc_from_text(text, &words);
            build_mentions(&mut d, vec![t(tags)]);
            assert_eq!(
                names(&d),
                [("National Farmers' Union", EntityType::Org)],
                "{tags}"
            );
        }
        // A name's "s" is no plural, and a span through the plural keeps its start.
        for (text, words, tags, want) in [
            (
                "at Charles' House today",
                &["at", "Charles", "'", "House", "today"][..],
                "O B-PER O O O",
                vec![("Charles", EntityType::Person)],
            ),
            (
                "the Department of Veterans' Affairs said",
                &[
                    "the",
                    "Department",
                    "of",
                    "Veterans",
                    "'",
                    "Affairs",
                    "said",
                ][..],
                "O B-ORG I-ORG I-ORG O O O",
                vec![("Department of Veterans' Affairs", EntityType::Org)],
            ),
        ] {
            let mut d = doc_from_text(text, words);
            build_mentions(&mut d, vec![t(tags)]);
            assert_eq!(names(&d), want, "{text}");
        }
    }

    #[test]
    fn a_hyphenated_name_is_one_name() {
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        let words = ["envoy", "Min", "-", "jun", "Park", "met", "Moon", "."];
        let text = "envoy Min-jun Park met Moon.";
        // Tagged in two pieces, or with the first piece left out: one person either way.
        for tags in [
            "O B-PER O B-PER I-PER O B-PER O",
            "O O O B-PER I-PER O B-PER O",
        ] {
            let mut d = doc_from_text(text, &words);
            build_mentions(&mut d, vec![t(tags)]);
            let want = vec![
                ("Min-jun Park", EntityType::Person),
                ("Moon", EntityType::Person),
            ];
            assert_eq!(names(&d), want, "{tags}");
        }
        // Written with spaces the hyphen is a dash between two things; two names joined by a
        // hyphen stay two.
        for (text, words, tags, want) in [
            (
                "envoy Min - jun Park met Moon.",
                &words[..],
                "O B-PER O B-PER I-PER O B-PER O",
                vec!["Min", "jun Park", "Moon"],
            ),
            (
                "the Trump-Putin call",
                &["the", "Trump", "-", "Putin", "call"][..],
                "O B-PER O B-PER O",
                vec!["Trump", "Putin"],
            ),
            // A full name whose surname goes on past the hyphen, the rest left untagged; a
            // single name does not ("the Trump-Biden race").
            (
                "signed Kofi Mensah-Laird today",
                &["signed", "Kofi", "Mensah", "-", "Laird", "today"][..],
                "O B-PER I-PER O O O",
                vec!["Kofi Mensah-Laird"],
            ),
            (
                "the Trump-Biden race",
                &["the", "Trump", "-", "Biden", "race"][..],
                "O B-PER O O O",
                vec!["Trump"],
            ),
            // The rest of the surname tagged as a person of its own; not a second full name.
            (
                "said Samuel Oduro-Kane today",
                &["said", "Samuel", "Oduro", "-", "Kane", "today"][..],
                "O B-PER I-PER O B-PER O",
                vec!["Samuel Oduro-Kane"],
            ),
            (
                "the Joe Biden-Xi Jinping talks",
                &["the", "Joe", "Biden", "-", "Xi", "Jinping", "talks"][..],
                "O B-PER I-PER O B-PER I-PER O",
                vec!["Joe Biden", "Xi Jinping"],
            ),
        ] {
            let mut d = doc_from_text(text, words);
            build_mentions(&mut d, vec![t(tags)]);
            let got: Vec<&str> = names(&d).into_iter().map(|(n, _)| n).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_demonym_parsed_as_a_modifier_is_no_mention() {
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        // (text, tags, (head, deprel) per token, demonym expected as a mention)
        for (text, tags, parse, want) in [
            (
                "South Korean President Min Park left .",
                "O O O B-PER I-PER O O",
                &[
                    (2, "compound"),
                    (5, "amod"),
                    (5, "nmod:desc"),
                    (5, "compound"),
                    (6, "nsubj"),
                    (0, "root"),
                    (6, "punct"),
                ][..],
                false,
            ),
            (
                "the Ukrainians left .",
                "O O O O",
                &[(2, "det"), (3, "nsubj"), (0, "root"), (3, "punct")][..],
                true,
            ),
        ] {
            let mut d = doc_of(&[text]);
            for (tk, &(head, rel)) in d.sentences[0].tokens.iter_mut().zip(parse) {
                (tk.head, tk.deprel, tk.upos) = (head, rel.into(), "PROPN".into());
            }
            build_mentions(&mut d, vec![t(tags)]);
            let norp = names(&d).iter().any(|&(_, k)| k == EntityType::Norp);
            assert_eq!(norp, want, "{text}: {:?}", names(&d));
        }
    }

    #[test]
    fn a_leading_article_is_not_part_of_a_name() {
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        let mut d = doc_of(&["The Nurses Federation met The Hague officials ."]);
        build_mentions(&mut d, vec![t("B-ORG I-ORG I-ORG O B-LOC I-LOC O O")]);
        let got: Vec<&str> = names(&d).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, vec!["Nurses Federation", "The Hague"]);
        assert_eq!(d.entities[0].name, "Nurses Federation");
    }

    #[test]
    fn a_company_s_distinctive_word_alone_is_the_company() {
        let mut d = doc_of(&[
            "Aldermoor Energy cut its forecast .",
            "Aldermoor , which serves Ohio , said so .",
            "Federal Trade Commission staff agreed .",
            "Federal agents left .",
            "The Clarion was told .",
            "The articles alleged fraud .",
        ]);
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        build_mentions(
            &mut d,
            vec![
                t("B-ORG I-ORG O O O O"),
                t("O O O O B-LOC O O O O"),
                t("B-ORG I-ORG I-ORG O O O"),
                t("O O O O"),
                t("B-ORG I-ORG O O O"),
                t("O O O O O"),
            ],
        );
        let got = sentence_name_type(&d);
        // "Federal" is a common word and the commission's name has three words: no short form;
        // "The" opens a phrase and names nothing.
        assert_eq!(
            got,
            vec![
                (0, "Aldermoor Energy", EntityType::Org),
                (1, "Aldermoor", EntityType::Org),
                (1, "Ohio", EntityType::Gpe),
                (2, "Federal Trade Commission", EntityType::Org),
                (4, "The Clarion", EntityType::Org),
            ]
        );
    }

    #[test]
    fn a_companys_first_word_read_alone_as_a_person_is_the_company() {
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        let mut d = doc_of(&[
            "Orrin Microsystems recalled chips .",
            "Orrin expects losses .",
        ]);
        build_mentions(&mut d, vec![t("B-ORG I-ORG O O O"), t("B-PER O O O")]);
        assert_eq!(
            sentence_name_type(&d),
            vec![
                (0, "Orrin Microsystems", EntityType::Org),
                (1, "Orrin", EntityType::Org),
            ]
        );
        // Unless someone in the story is called Orrin.
        let mut d = doc_of(&[
            "Orrin Microsystems recalled chips .",
            "Orrin Hatch spoke .",
            "Orrin expects losses .",
        ]);
        build_mentions(
            &mut d,
            vec![
                t("B-ORG I-ORG O O O"),
                t("B-PER I-PER O O"),
                t("B-PER O O O"),
            ],
        );
        assert_eq!(sentence_name_type(&d)[2], (2, "Orrin", EntityType::Person));
    }

    #[test]
    fn a_one_word_name_found_once_is_found_where_the_tagger_missed_it() {
        let mut d = doc_of(&[
            "The owner , Nordmetal , refused .",
            "Nordmetal chief executive Hanna Berg said so .",
            "Nordmetal Mining and Ostrava rose .",
            "Ostrava Nordmetal fell .",
        ]);
        // The capitalised words of the last two sentences are proper nouns.
        for si in [2, 3] {
            for tok in d.sentences[si].tokens.iter_mut() {
                if tok.form.starts_with(char::is_uppercase) {
                    tok.upos = "PROPN".into();
                }
            }
        }
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        build_mentions(
            &mut d,
            vec![
                t("O O O O O O O"),
                t("B-ORG O O B-PER I-PER O O O"),
                t("O O O B-LOC O O"),
                t("O O O O"),
            ],
        );
        let got = sentence_name_type(&d);
        // Inside a longer capitalised name ("Nordmetal Mining", "Ostrava Nordmetal") the word
        // is part of another name.
        assert_eq!(
            got,
            vec![
                (0, "Nordmetal", EntityType::Org),
                (1, "Nordmetal", EntityType::Org),
                (1, "Hanna Berg", EntityType::Person),
                (2, "Ostrava", EntityType::Gpe),
            ]
        );
    }

    #[test]
    fn a_surname_alone_is_the_person_named_in_full() {
        let mut d = doc_of(&[
            "Donald Trump spoke .",
            "Trump left Paris .",
            "Reporters followed Trump .",
        ]);
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        // The tagger found the full name, missed the bare surname once and mistyped it once.
        build_mentions(
            &mut d,
            vec![t("B-PER I-PER O O"), t("O O B-LOC O"), t("O O B-LOC O")],
        );
        let got = sentence_name_type(&d);
        assert_eq!(
            got,
            vec![
                (0, "Donald Trump", EntityType::Person),
                (1, "Trump", EntityType::Person),
                (1, "Paris", EntityType::Gpe),
                (2, "Trump", EntityType::Person),
            ]
        );
    }
}
