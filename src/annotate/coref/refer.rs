//! References that need an antecedent: title references ("the Russian president"), personal
//! pronouns (he/she/his/her/him → the nearest compatible person, preferring subjects) and plural
//! references ("the two leaders"); `it`/`its` of organisations where the tree makes them plain
//! (see `neuter`). Ambiguous cases are skipped, never guessed.

use super::definite;
use super::homeland::{COUNTRY_NOUNS, homeland};
use super::names::Cluster;
use crate::annotate::ner::gazetteer::{GazKind, Gazetteer};
use crate::annotate::ner::org_endings::org_word_or_ambiguous;
use crate::annotate::ner::roles::{Gender, ROLE_MODIFIERS, is_role_head};
use crate::annotate::parse::report::{REPORTING, is_quote};
use crate::document::{Document, EntityId, EntityType, Mention, Sentence, Span, Token};

/// How many sentences back a pronoun or plural reference looks for antecedents.
const WINDOW: usize = 3;

/// How many sentences back "the two leaders" looks for its two people when the last
/// [`WINDOW`] sentences name fewer than two.
const PLURAL_REACH: usize = 8;

fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Plural nouns that refer to people in "the two leaders", "both presidents".
const PLURAL_PEOPLE: &[&str] = &[
    "leaders",
    "presidents",
    "men",
    "women",
    "ministers",
    "officials",
    "heads",
    "politicians",
];

fn mention(doc: &Document, sentence: usize, start: usize, end: usize, c: usize) -> Mention {
    let toks = &doc.sentences[sentence].tokens;
    Mention {
        sentence,
        tokens: (start, end),
        span: Span::new(toks[start].span.start, toks[end - 1].span.end),
        entity: EntityId(c as u32),
    }
}

/// Country/nationality a modifier word stands for (`Russian` → `russia`, `U.S.` → `united states`).
fn place_key(word: &str, gaz: &Gazetteer) -> Option<String> {
    let e = gaz.lookup(&[word])?.entry;
    matches!(
        e.kind,
        GazKind::Entity(EntityType::Gpe | EntityType::Norp | EntityType::Org) | GazKind::Code
    )
    .then(|| e.canonical.to_lowercase())
}

/// True when a person's role matches a title reference `modifiers + head`.
/// "the Chinese leader" is whoever leads for China: a leader-type head matches these titles.
const LEADER_TITLES: &[&str] = &[
    "president",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
];

fn role_matches(roles: &[String], modifiers: &[&str], head: &str, gaz: &Gazetteer) -> bool {
    let leader = head.eq_ignore_ascii_case("leader");
    roles.iter().any(|r| {
        let words: Vec<&str> = r.split_whitespace().collect();
        let has_head = words.iter().any(|w| {
            w.eq_ignore_ascii_case(head)
                || (leader && LEADER_TITLES.contains(&w.to_lowercase().as_str()))
                || (leader && r.to_lowercase().ends_with("prime minister"))
        });
        let mods_ok = modifiers.iter().all(|m| {
            let key = place_key(m, gaz);
            words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(m) || (key.is_some() && place_key(w, gaz) == key))
        });
        has_head && mods_ok
    })
}

/// Distinct person clusters mentioned in sentence `s` before token `before` (all if `None`),
/// in order of first mention, each with whether one of its mentions there is a subject.
fn persons_in(
    doc: &Document,
    mentions: &[Mention],
    clusters: &[Cluster],
    s: usize,
    before: Option<usize>,
) -> Vec<(usize, bool)> {
    let sent = &doc.sentences[s];
    let parsed = sent.tokens.iter().any(|t| t.head != 0);
    let mut in_sent: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.sentence == s && before.is_none_or(|b| m.tokens.1 <= b))
        .filter(|m| clusters[m.entity.0 as usize].kind == EntityType::Person)
        .collect();
    in_sent.sort_by_key(|m| m.tokens);
    let mut out: Vec<(usize, bool)> = Vec::new();
    for (k, m) in in_sent.iter().enumerate() {
        let subject = if parsed {
            sent.tokens[m.tokens.0..m.tokens.1]
                .iter()
                .any(|t| subject_of(&sent.tokens, t).is_some())
        } else {
            // Without a parse, the first person of the sentence stands in for its subject,
            // unless it is conjoined ("Trump and Putin"), which makes it ambiguous.
            let conj = sent
                .tokens
                .get(m.tokens.1)
                .is_some_and(|t| t.form == "and" || t.form == "&");
            k == 0 && !conj
        };
        let c = m.entity.0 as usize;
        match out.iter_mut().find(|(x, _)| *x == c) {
            Some(e) => e.1 |= subject,
            None => out.push((c, subject)),
        }
    }
    out
}

/// The end of a description after "the" at `i` that repeats, in lower case, one to three
/// words of exactly one organisation named earlier, and that organisation: "the central bank"
/// after "the Central Bank of Norland", "the foundation" after "the Foundation for Coastal
/// Dialogue". The description's last word must be an organisation
/// word and a common noun that ends the phrase ("the lantern festival" is left
/// alone), and its words must head the name (end it or come before its "of"); an unnamed
/// organisation of that kind is left alone too.
fn name_words(
    clusters: &[Cluster],
    first: &[Option<(usize, usize)>],
    tokens: &[Token],
    covered: &impl Fn(usize) -> bool,
    s: usize,
    i: usize,
) -> Option<(usize, usize)> {
    // Untagged tokens (tests, text the tagger did not see) pass as nouns.
    let noun_at = |k: usize| tokens[k].upos.is_empty() || tokens[k].upos == "NOUN";
    let goes_on = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.upos == "NOUN" || t.upos == "PROPN" || t.form.starts_with(char::is_uppercase)
        })
    };
    // One word ("the foundation", "the bank") when it is a word of exactly one name.
    for len in [3, 2, 1] {
        let end = i + 1 + len;
        if end > tokens.len()
            || (i + 1..end).any(covered)
            || !noun_at(end - 1)
            || !org_word_or_ambiguous(&tokens[end - 1].form)
            || goes_on(end)
            || tokens[i + 1..end]
                .iter()
                .any(|t| !t.form.chars().all(char::is_lowercase))
        {
            continue;
        }
        let phrase: Vec<&str> = tokens[i + 1..end].iter().map(|t| t.form.as_str()).collect();
        let cands: Vec<usize> = (0..clusters.len())
            .filter(|&c| clusters[c].kind == EntityType::Org)
            .filter(|&c| first[c].is_some_and(|f| f < (s, i)))
            .filter(|&c| {
                clusters[c].surfaces.iter().any(|n| {
                    let lower: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
                    // The words must head the name: end it, or come before its "of" phrase
                    // ("the bank" for "Bank of Norvania"; not "the airline" for "Calvarian
                    // Airline Pilots' Association").
                    let heads = |j: usize| {
                        lower
                            .get(j + len)
                            .is_none_or(|next| matches!(next.as_str(), "of" | "for" | "on"))
                    };
                    lower
                        .windows(len)
                        .enumerate()
                        .any(|(j, w)| w.iter().zip(&phrase).all(|(a, b)| a == b) && heads(j))
                })
            })
            .collect();
        if let [c] = cands[..] {
            return Some((end, c));
        }
    }
    None
}

/// Finds title references, pronouns and plural references; returns their mentions.
pub fn resolve(doc: &Document, clusters: &mut [Cluster], named: &[Mention]) -> Vec<Mention> {
    let gaz = Gazetteer::embedded();
    let mut out: Vec<Mention> = Vec::new();
    // Everything below looks at one sentence's mentions at a time; sorting them by sentence
    // once keeps a book-length document linear. Resolved references to one person (pronouns,
    // titles) join their sentence's list as they are found: chains of "he".
    let mut named_in: Vec<Vec<Mention>> = vec![Vec::new(); doc.sentences.len()];
    let mut first: Vec<Option<(usize, usize)>> = vec![None; clusters.len()];
    for m in named {
        if let Some(v) = named_in.get_mut(m.sentence) {
            v.push(m.clone());
        }
        let at = (m.sentence, m.tokens.0);
        if let Some(f) = first.get_mut(m.entity.0 as usize)
            && f.is_none_or(|f| at < f)
        {
            *f = Some(at);
        }
    }
    let mut singles_in: Vec<Vec<Mention>> = vec![Vec::new(); doc.sentences.len()];
    let mut synced = 0;
    for (s, sent) in doc.sentences.iter().enumerate() {
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
        let mut covered_at = vec![false; words.len()];
        for m in &named_in[s] {
            for c in covered_at.iter_mut().take(m.tokens.1).skip(m.tokens.0) {
                *c = true;
            }
        }
        let covered = |i: usize| covered_at.get(i).copied().unwrap_or(false);
        let mut i = 0;
        while i < words.len() {
            if covered(i) {
                i += 1;
                continue;
            }
            // "the [modifiers] HEAD" not followed by a name: a title reference.
            if words[i].eq_ignore_ascii_case("the") {
                let mut j = i + 1;
                let mut mods = Vec::new();
                // Modifiers may be tagged places themselves ("the U.S. president"); the title
                // mention then starts after them so mentions never overlap.
                let mut start = i;
                // So may the words of a title ("the prime minister", "the foreign minister"),
                // which the person's role must hold too.
                let modifier = |k: usize| {
                    place_key(words[k], gaz).is_some()
                        || (ROLE_MODIFIERS.contains(&words[k].to_lowercase().as_str())
                            && !covered(k)
                            && !matches!(words[k].to_lowercase().as_str(), "former" | "first"))
                };
                while j < words.len() && modifier(j) && mods.len() < 3 {
                    mods.push(words[j]);
                    if covered(j) {
                        start = j + 1;
                    }
                    j += 1;
                }
                let followed_by_name = j + 1 < words.len() && covered(j + 1);
                // "Ruta Vaitkute, the leader of the opposition": an apposition describes the
                // name before it, and a title with its own "of" phrase says whose it is; neither
                // refers back to someone else.
                let apposition = i >= 2 && words[i - 1] == "," && covered(i - 2);
                let described = words
                    .get(j + 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("of"));
                if j < words.len()
                    && !covered(j)
                    && is_role_head(words[j])
                    && !followed_by_name
                    && !apposition
                    && !described
                {
                    let cands: Vec<usize> = (0..clusters.len())
                        .filter(|&c| clusters[c].kind == EntityType::Person)
                        .filter(|&c| first[c].is_some_and(|f| f < (s, i)))
                        .filter(|&c| role_matches(&clusters[c].roles, &mods, words[j], gaz))
                        .collect();
                    if let [c] = cands[..] {
                        out.push(mention(doc, s, start, j + 1, c));
                        i = j + 1;
                        continue;
                    }
                }
                // "the central bank", "the nurses association": the words of one organisation's
                // name, in lower case.
                if let Some((end, c)) = name_words(clusters, &first, &sent.tokens, &covered, s, i) {
                    out.push(mention(doc, s, i, end, c));
                    i = end;
                    continue;
                }
                // "the company", "the agency": an organisation named shortly before.
                let j = i + 1;
                let heads_phrase = |k: usize| {
                    let t = &sent.tokens[k];
                    t.upos.is_empty() || (t.upos == "NOUN" && t.deprel != "compound")
                };
                // "the company that ...", and "The company, Sentinel Guard Services, said": the
                // description introduces a company, named in apposition or described after it.
                let named_after = words.get(j + 1) == Some(&",")
                    && words
                        .get(j + 2)
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                // "Vireo Therapeutics, the company running the trials": an apposition describes
                // the name before it, as it does a person.
                let new_description = named_after
                    || apposition
                    || words.get(j + 1).is_some_and(|w| {
                        matches!(w.to_lowercase().as_str(), "of" | "that" | "which" | "who")
                    });
                if j < words.len()
                    && !covered(j)
                    && !covered(j + 1)
                    && !new_description
                    && heads_phrase(j)
                    && let Some(kind) = definite::description(words[j])
                    && let Some(c) = definite::speaker_organisation(
                        clusters,
                        &sent.tokens,
                        &named_in[s],
                        j,
                        kind,
                    )
                    .or_else(|| {
                        definite::antecedent(
                            clusters,
                            |k| &named_in[k][..],
                            s,
                            i,
                            words[j],
                            kind,
                            &out,
                        )
                    })
                {
                    out.push(mention(doc, s, i, j + 1, c));
                    i = j + 1;
                    continue;
                }
            }
            // "the two leaders" / "both leaders": the two people of the recent context.
            let plural_at = |k: usize| {
                k < words.len() && PLURAL_PEOPLE.contains(&words[k].to_lowercase().as_str())
            };
            let two = words[i].eq_ignore_ascii_case("the")
                && words
                    .get(i + 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("two"))
                && plural_at(i + 2);
            let both = words[i].eq_ignore_ascii_case("both") && plural_at(i + 1);
            if two || both {
                let end = if two { i + 3 } else { i + 2 };
                let mut people: Vec<usize> = Vec::new();
                let add = |back: usize, people: &mut Vec<usize>| {
                    let here = &named_in[back];
                    for (c, _) in persons_in(doc, here, clusters, back, (back == s).then_some(i)) {
                        if !people.contains(&c) {
                            people.push(c);
                        }
                    }
                };
                // "the two leaders, President Dmitri Lasko of Sabrevia and Prime Minister Annika
                // Fjell of Drelmark,": the two people its apposition names.
                if words.get(end).is_some_and(|w| *w == "," || *w == ":") {
                    let mut listed: Vec<&Mention> = named_in[s]
                        .iter()
                        .filter(|m| m.tokens.0 > end && m.tokens.0 <= end + 16)
                        .filter(|m| clusters[m.entity.0 as usize].kind == EntityType::Person)
                        .collect();
                    listed.sort_by_key(|m| m.tokens);
                    let mut ids: Vec<usize> = Vec::new();
                    for m in listed {
                        let c = m.entity.0 as usize;
                        if !ids.contains(&c) {
                            ids.push(c);
                        }
                    }
                    if ids.len() >= 2 {
                        people.extend(&ids[..2]);
                    }
                }
                let from = s.saturating_sub(WINDOW);
                if people.is_empty() {
                    for back in from..=s {
                        add(back, &mut people);
                    }
                }
                // With fewer than two in the recent context, the two are the last two people
                // named before it ("Drovic told reporters ... Ostby, who ..., said ... She
                // added ... The two leaders also signed").
                for back in (s.saturating_sub(PLURAL_REACH)..from).rev() {
                    if people.len() >= 2 {
                        break;
                    }
                    add(back, &mut people);
                }
                if people.len() == 2 {
                    for c in people {
                        out.push(mention(doc, s, i, end, c));
                    }
                }
                i = end;
                continue;
            }
            // Pronouns and titles ("the prime minister") of one person; not the people of a
            // plural reference, which share their span.
            let fresh = &out[synced..];
            for m in fresh {
                if fresh.iter().filter(|o| o.tokens == m.tokens).count() == 1 {
                    singles_in[m.sentence].push(m.clone());
                }
            }
            synced = out.len();
            if let Some(g) = pronoun_gender(words[i])
                && let Some(c) = pronoun_antecedent(doc, &named_in, &singles_in, clusters, s, i, g)
            {
                if clusters[c].gender == Gender::Unknown {
                    clusters[c].gender = g;
                }
                out.push(mention(doc, s, i, i + 1, c));
                // "her country": the country she speaks for.
                let possessive = matches!(words[i].to_lowercase().as_str(), "his" | "her")
                    && !is_object_pronoun(sent, i);
                if possessive
                    && !covered(i + 1)
                    && words
                        .get(i + 1)
                        .is_some_and(|w| COUNTRY_NOUNS.contains(&w.to_lowercase().as_str()))
                    && let Some(home) = homeland(doc, named, clusters, c, gaz)
                {
                    out.push(mention(doc, s, i + 1, i + 2, home));
                    i += 2;
                    continue;
                }
            } else if matches!(words[i], "it" | "its" | "It" | "Its")
                && let Some(c) = super::neuter::antecedent(
                    sent,
                    // Resolved references count ("her country ... its right").
                    &[&named_in[s][..], &singles_in[s][..]].concat(),
                    |c| clusters[c].kind,
                    i,
                )
            {
                out.push(mention(doc, s, i, i + 1, c));
            } else if s > 0
                && super::neuter::says(sent, &named_in[s], i)
                && let [c] = main_subjects(
                    doc,
                    &[&named_in[s - 1][..], &singles_in[s - 1][..]].concat(),
                    s - 1,
                )
                .into_iter()
                .filter(|&c| matches!(clusters[c].kind, EntityType::Org | EntityType::Gpe))
                .collect::<Vec<_>>()[..]
            {
                // "Harwell rejected the bid. It also said ...": the organisation the sentence
                // before was about.
                out.push(mention(doc, s, i, i + 1, c));
            }
            i += 1;
        }
    }
    out
}

/// "him", or "her" as an object (not the possessive "her plan").
fn is_object_pronoun(sent: &Sentence, i: usize) -> bool {
    let t = &sent.tokens[i];
    match t.form.to_lowercase().as_str() {
        "him" => true,
        "her" if !t.xpos.is_empty() => t.xpos == "PRP",
        "her" => sent.tokens.get(i + 1).is_none_or(|n| {
            !n.form.chars().next().is_some_and(char::is_alphanumeric)
                || OBJECT_FOLLOWERS.contains(&n.form.to_lowercase().as_str())
        }),
        _ => false,
    }
}

/// Words that can follow an object "her" (so it is not a possessive).
const OBJECT_FOLLOWERS: &[&str] = &[
    "to", "in", "on", "at", "for", "with", "and", "that", "about", "from", "by", "as", "after",
    "before", "again", "back", "up", "down", "out", "over", "the", "a", "an",
];

/// Words that open a new clause: a person before one of them is not a clause-mate of an object
/// pronoun after it.
const CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", "that", "and", "but", "said", "says", "told", "who", "which", "when", "after",
    "before", "because", "while", "if", "as",
];

/// Binding principle B (Chomsky 1981): an object pronoun does not corefer with its own clause's
/// subject ("Hale thanked him"). With a parse, clause-mates share a head; without one, no
/// clause break lies between the person and the pronoun.
fn clause_mate(doc: &Document, mentions: &[Mention], s: usize, i: usize, c: usize) -> bool {
    let sent = &doc.sentences[s];
    let parsed = sent.tokens.iter().any(|t| t.head != 0);
    mentions
        .iter()
        .filter(|m| m.sentence == s && m.entity.0 as usize == c && m.tokens.1 <= i)
        .any(|m| {
            if parsed {
                let head_of = |k: usize| sent.tokens[k].head;
                let outside = (m.tokens.0..m.tokens.1).find(|&k| {
                    let h = head_of(k);
                    h == 0 || h - 1 < m.tokens.0 || h > m.tokens.1
                });
                // A conjunct shares its coordination's place in the clause ("A and B invited
                // her": B is as much the subject as A).
                let place = |mut k: usize| {
                    let mut steps = 0;
                    while sent.tokens[k].deprel == "conj" && head_of(k) > 0 && steps < 8 {
                        k = head_of(k) - 1;
                        steps += 1;
                    }
                    head_of(k)
                };
                outside.is_some_and(|k| place(k) == head_of(i))
            } else {
                !sent.tokens[m.tokens.1..i]
                    .iter()
                    .any(|t| CLAUSE_BREAKS.contains(&t.form.to_lowercase().as_str()))
            }
        })
}

/// The antecedent of a pronoun at `(s, i)` of gender `g`: the nearest sentence (this one up to
/// the pronoun, then up to [`WINDOW`] back) with a compatible person decides; within it, a sole
/// candidate wins, else a sole subject; otherwise the pronoun stays unresolved.
fn pronoun_antecedent(
    doc: &Document,
    named_in: &[Vec<Mention>],
    singles_in: &[Vec<Mention>],
    clusters: &[Cluster],
    s: usize,
    i: usize,
    g: Gender,
) -> Option<usize> {
    let compatible = |c: usize| clusters[c].gender == Gender::Unknown || clusters[c].gender == g;
    let object = is_object_pronoun(&doc.sentences[s], i);
    // Binding holds whatever sentence the antecedent is found in: a person who is the subject of
    // the object pronoun's own clause is not what the pronoun refers to.
    // A sentence's mentions: its names, and earlier resolved pronouns, which count as
    // mentions of their person (chains of "he").
    let seen =
        |k: usize| -> Vec<Mention> { named_in[k].iter().chain(&singles_in[k]).cloned().collect() };
    let here = seen(s);
    let bound = |c: usize| object && clause_mate(doc, &here, s, i, c);
    // Nor is a pronoun inside a quote its speaker, who would say "I".
    let speaker = quote_speaker(doc, clusters, s, i, &seen);
    // The speaker of a closing report is no one named in what it reports: in "The Santa Irinea
    // was licensed to carry 150 people, she said" she is not the ship.
    let closing = closes_report(&doc.sentences[s].tokens, i);
    for back in (s.saturating_sub(WINDOW)..=s).rev() {
        let mut all = seen(back);
        if back == s && closing {
            all.retain(|m| m.sentence != s || m.tokens.0 > i);
        }
        let mut cands: Vec<(usize, bool)> =
            persons_in(doc, &all, clusters, back, (back == s).then_some(i))
                .into_iter()
                .filter(|(c, _)| compatible(*c))
                .filter(|(c, _)| !bound(*c) && speaker != Some(*c))
                .collect();
        // In the pronoun's own sentence, a person known to have its gender beats one whose
        // gender is unknown ("Rui Amaral thanked Ingrid Solberg for her work": Ingrid is a
        // woman's name); across sentences the main subject's salience counts for more.
        if back == s && cands.iter().any(|(c, _)| clusters[*c].gender == g) {
            cands.retain(|(c, _)| clusters[*c].gender == g);
        }
        match cands.len() {
            0 => continue,
            1 => return Some(cands[0].0),
            _ => {
                let subjects: Vec<usize> = cands.iter().filter(|c| c.1).map(|c| c.0).collect();
                if let [c] = subjects[..] {
                    return Some(c);
                }
                // Several subjects (reported speech: "A said B and C agreed"): the subject of
                // the main clause is the most salient, the centre a next sentence continues
                // (Grosz, Joshi & Weinstein 1995, "Centering"); Hobbs (1978) reaches it first.
                let main = main_subjects(doc, &all, back);
                let mains: Vec<usize> = subjects
                    .iter()
                    .copied()
                    .filter(|c| main.contains(c))
                    .collect();
                return if let [c] = mains[..] { Some(c) } else { None };
            }
        }
    }
    None
}

/// True when the word at `i` is the subject of a verb of saying that follows what it reports:
/// the verb's complement clause, or the clause it hangs on as `parataxis`, comes before the
/// word ("..., she said").
fn closes_report(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let Some(v) = t.head.checked_sub(1).filter(|&v| v > i && v < toks.len()) else {
        return false;
    };
    if !t.deprel.starts_with("nsubj")
        || toks[v].upos != "VERB"
        || !REPORTING.contains(&toks[v].lemma.to_lowercase().as_str())
    {
        return false;
    }
    let complement_before = (0..i).any(|c| toks[c].head == v + 1 && toks[c].deprel == "ccomp");
    let hung_on_before =
        toks[v].deprel == "parataxis" && toks[v].head.checked_sub(1).is_some_and(|h| h < i);
    complement_before || hung_on_before
}

/// The person who speaks the quote word `i` of sentence `s` is inside, if the words name one:
/// the person subject of a verb of saying outside the quote in that sentence ('"...," Dobre
/// said'), or, for a sentence that opens with a quote and names no speaker, the speaker of the
/// sentence before (a quote that runs on). `seen(k)` gives the mentions of sentence `k`.
fn quote_speaker(
    doc: &Document,
    clusters: &[Cluster],
    s: usize,
    i: usize,
    seen: &dyn Fn(usize) -> Vec<Mention>,
) -> Option<usize> {
    let toks = &doc.sentences[s].tokens;
    let inside =
        |toks: &[Token], k: usize| toks[..k].iter().filter(|t| is_quote(t)).count() % 2 == 1;
    if !inside(toks, i) {
        return None;
    }
    let speaker_of = |s: usize| -> Option<usize> {
        let toks = &doc.sentences[s].tokens;
        let verb = (0..toks.len()).find(|&v| {
            toks[v].upos == "VERB"
                && REPORTING.contains(&toks[v].lemma.to_lowercase().as_str())
                && !inside(toks, v)
        })?;
        let subject = (0..toks.len())
            .find(|&k| toks[k].head == verb + 1 && toks[k].deprel.starts_with("nsubj"))?;
        seen(s)
            .into_iter()
            .find(|m| m.tokens.0 <= subject && subject < m.tokens.1)
            .map(|m| m.entity.0 as usize)
            .filter(|&c| clusters[c].kind == EntityType::Person)
    };
    match speaker_of(s) {
        Some(c) => Some(c),
        None if s > 0 && toks.first().is_some_and(is_quote) => speaker_of(s - 1),
        None => None,
    }
}

/// Clusters with a mention that is the subject of sentence `s`'s root (parsed sentences only).
fn main_subjects(doc: &Document, mentions: &[Mention], s: usize) -> Vec<usize> {
    let toks = &doc.sentences[s].tokens;
    let is_root = |h: usize| h > 0 && toks.get(h - 1).is_some_and(|t| t.head == 0);
    let mut out: Vec<usize> = mentions
        .iter()
        .filter(|m| m.sentence == s)
        .filter(|m| {
            toks[m.tokens.0..m.tokens.1]
                .iter()
                .any(|t| subject_of(toks, t).is_some_and(is_root))
        })
        .map(|m| m.entity.0 as usize)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The 1-based head of the clause `t` is a subject of, if it is one: an `nsubj`, or a conjunct
/// of one ("Hale and Ross met": both are subjects, so neither is the sole one).
fn subject_of(toks: &[Token], t: &Token) -> Option<usize> {
    if t.deprel.starts_with("nsubj") {
        return Some(t.head);
    }
    let h = toks.get(t.head.checked_sub(1)?)?;
    (t.deprel == "conj" && h.deprel.starts_with("nsubj")).then_some(h.head)
}
