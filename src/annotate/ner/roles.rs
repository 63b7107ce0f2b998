//! Titles and roles in front of person names ("U.S. President Donald Trump",
//! "Deputy Foreign Minister Alexander Grushko", "special envoy Steve Witkoff"): the title is
//! split off the name and kept as a role, so the node is named by the person alone.

use super::gazetteer::{GazKind, Gazetteer};
use crate::document::EntityType;

/// Words that head a role: a title phrase must contain at least one. Lowercase.
pub const ROLE_HEADS: &[&str] = &[
    "adviser",
    "advisor",
    "ambassador",
    "aide",
    "attorney",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "chancellor",
    "chief",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "coach",
    "counsel",
    "director",
    "diplomat",
    "emir",
    "envoy",
    "gen.",
    "general",
    "governor",
    "gov.",
    "head",
    "judge",
    "justice",
    "king",
    "leader",
    "lawmaker",
    "mayor",
    "minister",
    "negotiator",
    "official",
    "pope",
    "premier",
    "president",
    "professor",
    "prince",
    "princess",
    "prosecutor",
    "queen",
    "rep.",
    "representative",
    "secretary",
    "sen.",
    "senator",
    "sheikh",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sultan",
    "tsar",
    "czar",
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "captain",
    "colonel",
    "lieutenant",
    "admiral",
    "sheriff",
    "detective",
];

/// Words that may modify a role head inside a title ("Deputy Foreign Minister"). Lowercase.
pub const ROLE_MODIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "defence",
    "defense",
    "deputy",
    "executive",
    "finance",
    "first",
    "foreign",
    "former",
    "general",
    "health",
    "interior",
    "national",
    "press",
    "prime",
    "security",
    "senior",
    "special",
    "state",
    "top",
    "vice",
    "white",
    "house",
    "lady",
    "justice",
    "economy",
    "energy",
    "trade",
    "intelligence",
    "military",
    "presidential",
    "kremlin",
    "affairs",
];

/// Courtesy titles: stripped from names, kept only as a gender hint, never as a role.
const HONORIFICS: &[(&str, Gender)] = &[
    ("mr.", Gender::Male),
    ("mr", Gender::Male),
    ("mrs.", Gender::Female),
    ("mrs", Gender::Female),
    ("ms.", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("sir", Gender::Male),
    ("dr.", Gender::Unknown),
    ("dr", Gender::Unknown),
];

/// Grammatical gender known for a person, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

/// Gender implied by a title word (`king`, `spokeswoman`, `Mrs.`), if any.
pub fn gender_hint(word: &str) -> Gender {
    let w = word.to_lowercase();
    if let Some((_, g)) = HONORIFICS.iter().find(|(h, _)| *h == w) {
        return *g;
    }
    match w.as_str() {
        "king" | "prince" | "sultan" | "emir" | "chairman" | "spokesman" | "congressman" => {
            Gender::Male
        }
        "queen" | "princess" | "lady" | "chairwoman" | "spokeswoman" | "congresswoman" => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

pub fn is_role_head(word: &str) -> bool {
    ROLE_HEADS.contains(&word.to_lowercase().as_str())
}

/// Occupations that are a person's role when written in apposition ("Maya Lindqvist, the
/// company's chief executive"), though not titles before a name. Lowercase, sorted.
const OCCUPATIONS: &[&str] = &[
    "activist",
    "analyst",
    "architect",
    "artist",
    "author",
    "banker",
    "billionaire",
    "biologist",
    "businessman",
    "businesswoman",
    "campaigner",
    "candidate",
    "chemist",
    "co-founder",
    "composer",
    "consultant",
    "correspondent",
    "counsel",
    "designer",
    "diplomat",
    "dissident",
    "doctor",
    "economist",
    "editor",
    "engineer",
    "entrepreneur",
    "epidemiologist",
    "executive",
    "expert",
    "farmer",
    "filmmaker",
    "founder",
    "geologist",
    "geophysicist",
    "historian",
    "investigator",
    "journalist",
    "lawyer",
    "magnate",
    "manager",
    "meteorologist",
    "novelist",
    "nurse",
    "officer",
    "owner",
    "painter",
    "philanthropist",
    "photographer",
    "physicist",
    "poet",
    "prosecutor",
    "researcher",
    "scientist",
    "seismologist",
    "strategist",
    "surgeon",
    "teacher",
    "tycoon",
    "volcanologist",
    "writer",
];

/// True for an occupation ([`OCCUPATIONS`]), in any case: "Volcanologist", "lawyer".
pub fn is_occupation(word: &str) -> bool {
    OCCUPATIONS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// A role head ([`is_role_head`]) or an occupation: what an appositive naming a person's role
/// ends in.
pub fn is_role_noun(word: &str) -> bool {
    is_role_head(word)
        || OCCUPATIONS
            .binary_search(&word.to_lowercase().as_str())
            .is_ok()
}

pub fn is_role_word(word: &str) -> bool {
    let w = word.to_lowercase();
    ROLE_HEADS.contains(&w.as_str()) || ROLE_MODIFIERS.contains(&w.as_str())
}

fn is_honorific(word: &str) -> bool {
    let w = word.to_lowercase();
    HONORIFICS.iter().any(|(h, _)| *h == w)
}

/// A title found in front of (or at the start of) a person name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Title {
    /// First token of the name proper (after any title tokens).
    pub name_start: usize,
    /// The role phrase as written (`U.S. President`), if one was found.
    pub role: Option<String>,
    /// Token range of the role phrase.
    pub role_tokens: Option<(usize, usize)>,
    pub gender: Gender,
}

/// Length of the title item starting at `i` (a role word, an honorific, a gazetteer
/// country/nationality/organisation, or `of` + word inside a title), or 0.
fn item_len(words: &[&str], i: usize, limit: usize, gaz: &Gazetteer, after_head: bool) -> usize {
    let w = words[i];
    if !after_head && let Some(n) = portfolios(words, i, limit, gaz) {
        return n;
    }
    if is_role_word(w) || is_honorific(w) {
        return 1;
    }
    if w == "of" && after_head && i + 1 < limit {
        // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff".
        return 1;
    }
    if after_head && words[i - 1] == "of" && w.chars().next().is_some_and(char::is_uppercase) {
        return 1;
    }
    for n in (1..=3.min(limit - i)).rev() {
        if let Some(m) = gaz.lookup(&words[i..i + n]) {
            let ok = matches!(
                m.entry.kind,
                GazKind::Entity(EntityType::Gpe | EntityType::Norp | EntityType::Org)
            );
            if ok && m.exact_case {
                return n;
            }
        }
    }
    0
}

/// The length of capitalised words joined by one "and" right before a role head, from `i`:
/// the portfolios of "Energy and Mines Minister", "Trade and Industry Secretary".
fn portfolios(words: &[&str], i: usize, limit: usize, gaz: &Gazetteer) -> Option<usize> {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    // The title opens its phrase: in "President Ellen Marsh and Kastrian President Viktor
    // Dragan" the words before "and" end a name.
    if i > 0 && capital(words[i - 1]) {
        return None;
    }
    let and = (i + 1..limit.min(i + 3)).find(|&j| words[j] == "and")?;
    let head = (and + 2..limit.min(and + 4)).find(|&j| is_role_head(words[j]))?;
    // A country or nationality opens the next person's title ("Min-jun Park and Japanese
    // Prime Minister Kenji Arai"); a portfolio is neither.
    let place = |j: usize| {
        gaz.lookup(&words[j..j + 1]).is_some_and(|m| {
            matches!(
                m.entry.kind,
                GazKind::Entity(EntityType::Gpe | EntityType::Norp)
            )
        })
    };
    (i..head)
        .all(|j| j == and || (capital(words[j]) && !place(j)))
        .then_some(head - i)
}

/// True when `words[k..end]` is a title phrase: items only, at least one role head or
/// honorific, not ending in a bare country/organisation or `of`.
fn is_title(words: &[&str], k: usize, end: usize, gaz: &Gazetteer) -> bool {
    let mut i = k;
    let mut seen_head = false;
    let mut last_was_role = false;
    while i < end {
        let n = item_len(words, i, end, gaz, seen_head);
        if n == 0 {
            return false;
        }
        let w = words[i];
        last_was_role =
            n == 1 && (is_role_word(w) || is_honorific(w) || (i > k && words[i - 1] == "of"));
        seen_head |= n == 1 && (is_role_head(w) || is_honorific(w));
        i += n;
    }
    seen_head && last_was_role && words[end - 1] != "of"
}

/// Splits the title off a person span `start..end` of `words`, looking inside the span and up
/// to six tokens before it. The name keeps at least one token.
pub fn split_title(words: &[&str], start: usize, end: usize, gaz: &Gazetteer) -> Title {
    // Title words the entity tagger swallowed into the span ("President Trump" as one PER),
    // possibly a title that begins before it ("Secretary of [State Marco Rubio]"): the longest
    // span prefix that ends a title, leaving at least one name token.
    let name_start = (start + 1..end)
        .rev()
        .find(|&j| (start.saturating_sub(6)..=start).any(|k| is_title(words, k, j, gaz)))
        .unwrap_or(start);
    // "Volcanologist Sigrun Eyvindsdottir said": an occupation opening the sentence is
    // capitalised like a title, and the tagger takes it into the name.
    let occupation = name_start == start
        && end - start >= 3
        && words[start].starts_with(char::is_uppercase)
        && is_occupation(words[start]);
    if occupation {
        return Title {
            name_start: start + 1,
            role: Some(words[start].to_lowercase()),
            role_tokens: Some((start, start + 1)),
            ..Title::default()
        };
    }
    let mut t = Title {
        name_start,
        ..Title::default()
    };
    let earliest = name_start.saturating_sub(6);
    if let Some(k) = (earliest..name_start).find(|&k| is_title(words, k, name_start, gaz)) {
        let role_words: Vec<&str> = words[k..name_start]
            .iter()
            .copied()
            .filter(|w| !is_honorific(w))
            .collect();
        if !role_words.is_empty() {
            t.role = Some(role_words.join(" "));
        }
        t.role_tokens = Some((k, name_start));
        t.gender = words[k..name_start]
            .iter()
            .map(|w| gender_hint(w))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or_default();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_split_from_names() {
        let g = Gazetteer::embedded();
        // (sentence, person span, expected role, expected name start)
        for (text, span, role, name_start) in [
            (
                "U.S. President Donald Trump said",
                (2, 4),
                Some("U.S. President"),
                2,
            ),
            (
                "Deputy Foreign Minister Alexander Grushko told",
                (3, 5),
                Some("Deputy Foreign Minister"),
                3,
            ),
            (
                "He met special envoy Steve Witkoff on",
                (4, 6),
                Some("special envoy"),
                4,
            ),
            // A company's lawyer: the tagger's span took the title in.
            (
                "Orvane General Counsel Rebecca Hollis said",
                (1, 5),
                Some("General Counsel"),
                3,
            ),
            (
                "Secretary of State Marco Rubio spoke",
                (3, 5),
                Some("Secretary of State"),
                3,
            ),
            (
                "the Russian President Vladimir Putin",
                (1, 5),
                Some("Russian President"),
                3,
            ),
            (
                "Kremlin spokesman Dmitry Peskov said",
                (2, 4),
                Some("Kremlin spokesman"),
                2,
            ),
            // An occupation opening the sentence, taken into the span.
            (
                "Volcanologist Sigrun Eyvindsdottir said",
                (0, 3),
                Some("volcanologist"),
                1,
            ),
            // Not a surname ("Paul Farmer").
            ("Paul Farmer said", (0, 2), None, 0),
            (
                "Energy and Mines Minister Carla Diaz said",
                (4, 6),
                Some("Energy and Mines Minister"),
                4,
            ),
            (
                "President Ellen Marsh and Kastrian President Viktor Dragan spoke",
                (6, 8),
                Some("President"),
                6,
            ),
            (
                // As the tokenizer splits it: "Min - jun".
                "President Min - jun Park and Japanese Prime Minister Kenji Arai met",
                (9, 11),
                Some("Japanese Prime Minister"),
                9,
            ),
            ("Mr. Smith left", (1, 2), None, 1),
            ("the office of Anna Berg", (3, 5), None, 3),
            ("on Tuesday John Doe said", (2, 4), None, 2),
            ("President Trump", (0, 2), Some("President"), 1),
            // The tagger cut the span inside the title.
            (
                "Secretary of State Marco Rubio spoke",
                (2, 5),
                Some("Secretary of State"),
                3,
            ),
            (
                "Foreign Minister Anna Berg",
                (1, 4),
                Some("Foreign Minister"),
                2,
            ),
            // Police and military ranks are titles too.
            (
                "Chief Inspector Dawn Miller urged",
                (0, 4),
                Some("Chief Inspector"),
                2,
            ),
            ("Colonel Ivan Petrov said", (0, 3), Some("Colonel"), 1),
        ] {
            let words: Vec<&str> = text.split(' ').collect();
            let t = split_title(&words, span.0, span.1, g);
            assert_eq!(
                (t.role.as_deref(), t.name_start),
                (role, name_start),
                "{text}"
            );
        }
    }

    #[test]
    fn occupations_are_sorted_for_binary_search() {
        assert!(OCCUPATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_role_noun("Geophysicist") && !is_role_noun("institute"));
    }

    #[test]
    fn honorifics_give_gender() {
        let g = Gazetteer::embedded();
        let words = ["Mrs.", "Berg", "left"];
        assert_eq!(split_title(&words, 1, 2, g).gender, Gender::Female);
        assert_eq!(gender_hint("spokesman"), Gender::Male);
        assert_eq!(gender_hint("minister"), Gender::Unknown);
    }
}
