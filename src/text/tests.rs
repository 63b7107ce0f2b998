//! Table tests for the tokenizer and sentence splitter, plus span properties on generated text.

use super::*;

fn forms(text: &str) -> Vec<&str> {
    tokenize(text, Span::new(0, text.len()))
        .into_iter()
        .map(|t| &text[t.span.start..t.span.end])
        .collect()
}

fn sentence_texts(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[test]
fn tokens_follow_ewt_conventions() {
    let cases: &[(&str, &[&str])] = &[
        // possessives and contractions
        ("Putin's aide", &["Putin", "'s", "aide"]),
        ("Putin’s aide", &["Putin", "’s", "aide"]),
        (
            "They can't, won't, don't.",
            &["They", "ca", "n't", ",", "wo", "n't", ",", "do", "n't", "."],
        ),
        (
            "I'm sure they're fine",
            &["I", "'m", "sure", "they", "'re", "fine"],
        ),
        (
            "We've said we'll go; she'd agree",
            &[
                "We", "'ve", "said", "we", "'ll", "go", ";", "she", "'d", "agree",
            ],
        ),
        ("It isn’t over", &["It", "is", "n’t", "over"]),
        (
            "I'm gonna go, you cannot stop",
            &[
                "I", "'m", "gon", "na", "go", ",", "you", "can", "not", "stop",
            ],
        ),
        ("the ministers' talks", &["the", "ministers", "'", "talks"]),
        ("O'Neill met O'Brien", &["O'Neill", "met", "O'Brien"]),
        // abbreviations and initials
        (
            "U.S. Sen. Smith met Gov. Lee, Dr. Wu and Mr. Lo of Acme Inc. on Jan. 5",
            &[
                "U.S.", "Sen.", "Smith", "met", "Gov.", "Lee", ",", "Dr.", "Wu", "and", "Mr.",
                "Lo", "of", "Acme", "Inc.", "on", "Jan.", "5",
            ],
        ),
        (
            "J. K. Rowling wrote it, e.g. this one, at 5 p.m.",
            &[
                "J.", "K.", "Rowling", "wrote", "it", ",", "e.g.", "this", "one", ",", "at", "5",
                "p.m.",
            ],
        ),
        (
            "He lives on Main St. in town.",
            &["He", "lives", "on", "Main", "St.", "in", "town", "."],
        ),
        (
            "I said no. No. 5 won.",
            &["I", "said", "no", ".", "No.", "5", "won", "."],
        ),
        // quotes, nested quotes, brackets
        (
            "\"He said 'no' to me,\" she said.",
            &[
                "\"", "He", "said", "'", "no", "'", "to", "me", ",", "\"", "she", "said", ".",
            ],
        ),
        (
            "“It’s ‘final’,” he said.",
            &[
                "“", "It", "’s", "‘", "final", "’", ",", "”", "he", "said", ".",
            ],
        ),
        ("(see [this])", &["(", "see", "[", "this", "]", ")"]),
        // dashes and ellipses
        (
            "Moscow—and Kyiv–too -- said so...",
            &[
                "Moscow", "—", "and", "Kyiv", "–", "too", "--", "said", "so", "...",
            ],
        ),
        ("Wait… what?!", &["Wait", "…", "what", "?!"]),
        // numbers, hyphens, currency, percent
        // A country's dollar is one symbol; other letters before "$" are a word of their own.
        (
            "fined S$65 million, or US$ 48 million in AT$T",
            &[
                "fined", "S$", "65", "million", ",", "or", "US$", "48", "million", "in", "AT", "$",
                "T",
            ],
        ),
        (
            "$1,000.50 rose 3.5% in a 30-day period",
            &[
                "$", "1,000.50", "rose", "3.5", "%", "in", "a", "30", "-", "day", "period",
            ],
        ),
        (
            "a well-known e-mail from a non-profit",
            &[
                "a",
                "well",
                "-",
                "known",
                "e-mail",
                "from",
                "a",
                "non-profit",
            ],
        ),
        (
            "Al-Qaeda and the 1969-1970 season",
            &[
                "Al", "-", "Qaeda", "and", "the", "1969", "-", "1970", "season",
            ],
        ),
        (
            "Call 713-853-3989 at 5:30 on 11/20/2000",
            &["Call", "713-853-3989", "at", "5:30", "on", "11/20/2000"],
        ),
        (
            "at 5pm with 35mm film in the 1980s on the 21st",
            &[
                "at", "5", "pm", "with", "35", "mm", "film", "in", "the", "1980s", "on", "the",
                "21st",
            ],
        ),
        ("AT&T and/or £5", &["AT&T", "and", "/", "or", "£", "5"]),
        // URLs, e-mail, emoji, emoticons
        (
            "See https://example.org/a-b?x=1. Or www.example.com, ok",
            &[
                "See",
                "https://example.org/a-b?x=1",
                ".",
                "Or",
                "www.example.com",
                ",",
                "ok",
            ],
        ),
        (
            "Write to <jane.doe@example.co.uk>.",
            &["Write", "to", "<", "jane.doe@example.co.uk", ">", "."],
        ),
        (
            "Great 👍🏽 news 🇺🇦! :) ;-)",
            &["Great", "👍🏽", "news", "🇺🇦", "!", ":)", ";-)"],
        ),
        ("Wow!!! Really??", &["Wow", "!!!", "Really", "??"]),
        // other scripts and marks
        ("café Zürich naïve", &["café", "Zürich", "naïve"]),
        ("שלום עולם, مرحبا.", &["שלום", "עולם", ",", "مرحبا", "."]),
        ("\u{0000}a\u{0007}", &["\u{0000}", "a", "\u{0007}"]),
        ("", &[]),
        ("   \n\t ", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(forms(text), *want, "tokenizing {text:?}");
    }
}

#[test]
fn sentences_split_like_news() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Mr. Smith left. She stayed.",
            &["Mr. Smith left.", "She stayed."],
        ),
        (
            "U.S. President Biden said so.",
            &["U.S. President Biden said so."],
        ),
        (
            "They met in the U.S. The next day they left.",
            &["They met in the U.S.", "The next day they left."],
        ),
        (
            "J. K. Rowling spoke. Dr. Who listened.",
            &["J. K. Rowling spoke.", "Dr. Who listened."],
        ),
        (
            "\"We agree.\" The minister left.",
            &["\"We agree.\"", "The minister left."],
        ),
        (
            "He left (finally.) Then rain.",
            &["He left (finally.)", "Then rain."],
        ),
        (
            "“Why?” he asked. “Because.”",
            &["“Why?” he asked.", "“Because.”"],
        ),
        (
            "Is it over? Yes! It is.",
            &["Is it over?", "Yes!", "It is."],
        ),
        (
            "Prices rose 3.5 percent. Shares fell.",
            &["Prices rose 3.5 percent.", "Shares fell."],
        ),
        (
            "Putin calls Trump\nMOSCOW (Reuters) - The call lasted an hour.",
            &[
                "Putin calls Trump",
                "MOSCOW (Reuters) -",
                "The call lasted an hour.",
            ],
        ),
        // A dateline opening the story, or a line, is a sentence of its own.
        (
            "OSLO, June 18 (Reuters) - Norsk Fisk agreed to buy a rival.",
            &[
                "OSLO, June 18 (Reuters) -",
                "Norsk Fisk agreed to buy a rival.",
            ],
        ),
        (
            "Headline here\nST. PAUL, Minn. \u{2014} The council voted.",
            &[
                "Headline here",
                "ST. PAUL, Minn. \u{2014}",
                "The council voted.",
            ],
        ),
        (
            "Seoul, Nov. 30 - Prices rose.",
            &["Seoul, Nov. 30 -", "Prices rose."],
        ),
        // Not a dateline: no date, no agency, no capitals; or a dash inside a line.
        (
            "Paris - the city of light - was quiet.",
            &["Paris - the city of light - was quiet."],
        ),
        (
            "They left. OSLO - Then it rained.",
            &["They left.", "OSLO - Then it rained."],
        ),
        (
            "- first item\n- second item",
            &["- first item", "- second item"],
        ),
        (
            "one paragraph\n\ntwo paragraph",
            &["one paragraph", "two paragraph"],
        ),
        (
            "The talks, which began in\nMarch, ended.",
            &["The talks, which began in\nMarch, ended."],
        ),
        ("It ended... Nobody knew.", &["It ended...", "Nobody knew."]),
        ("It was... well, odd.", &["It was... well, odd."]),
        (
            "Acme Inc. said it would hire.",
            &["Acme Inc. said it would hire."],
        ),
        ("It ended. . . Then rain.", &["It ended. . .", "Then rain."]),
        ("", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(sentence_texts(text), *want, "splitting {text:?}");
    }
}

#[test]
fn segment_fills_sentences_and_space_after() {
    let mut doc = Document::new(
        "d",
        "Putin's aide didn't call.\n\nHe (the spokesman) said \"no.\"",
    );
    segment(&mut doc);
    assert_eq!(doc.sentences.len(), 2);
    let first: Vec<(&str, bool)> = doc.sentences[0]
        .tokens
        .iter()
        .map(|t| (t.form.as_str(), t.space_after))
        .collect();
    assert_eq!(
        first,
        [
            ("Putin", false),
            ("'s", true),
            ("aide", true),
            ("did", false),
            ("n't", true),
            ("call", false),
            (".", true)
        ]
    );
    for s in &doc.sentences {
        assert_eq!(s.span.start, s.tokens[0].span.start);
        assert_eq!(s.span.end, s.tokens.last().unwrap().span.end);
    }
}

#[test]
fn tokenize_uses_absolute_spans_inside_a_range() {
    let text = "Skip this. Take that's part.";
    let tokens = tokenize(text, Span::new(11, text.len()));
    let got: Vec<(usize, usize)> = tokens.iter().map(|t| (t.span.start, t.span.end)).collect();
    assert_eq!(got, [(11, 15), (16, 20), (20, 22), (23, 27), (27, 28)]);
}

#[test]
fn huge_inputs_are_linear_and_do_not_panic() {
    let nested = format!("{}x{}", "(".repeat(100_000), ")".repeat(100_000));
    let mut doc = Document::new("n", nested);
    segment(&mut doc);
    assert_eq!(doc.token_count(), 200_001);
    let long = "word, ".repeat(50_000);
    let mut doc = Document::new("l", long);
    segment(&mut doc);
    // One 100,000-token run is cut every MAX_SENTENCE_TOKENS tokens (see sentences.rs).
    assert_eq!(
        doc.sentences.len(),
        100_000usize.div_ceil(super::MAX_SENTENCE_TOKENS)
    );
    assert_eq!(doc.token_count(), 100_000);
    let dots = ". ".repeat(50_000) + &"'".repeat(50_000) + &"-".repeat(50_000);
    assert!(!split_sentences(&dots).is_empty());
}

/// A tiny deterministic generator (xorshift) so the property test needs no dependency.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const ALPHABET: &[&str] = &[
    "a",
    "Z",
    "9",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    "'",
    "’",
    "\"",
    "“",
    "”",
    "-",
    "—",
    "$",
    "%",
    "(",
    ")",
    "@",
    ":",
    "/",
    "&",
    "…",
    "é",
    "\u{0301}",
    "ש",
    "م",
    "👍",
    "\u{1F3FD}",
    "\u{200D}",
    "\u{FE0F}",
    "🇺",
    "\u{200B}",
    "\t",
    "\u{0000}",
    "n't",
    "'s",
    "U.S.",
    "Mr.",
    "http://x.y/z",
    "a@b.c",
    "can",
    "gonna",
    "5pm",
    "1,000",
    "\r\n",
    "\u{00A0}",
    "ड़",
    "ि",
];

#[test]
fn spans_are_ordered_disjoint_and_cover_all_non_space_bytes() {
    let mut rng = Gen(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize])
            .collect();
        let mut doc = Document::new("p", text.clone());
        segment(&mut doc);
        let mut covered = vec![false; text.len()];
        let mut last_end = 0;
        for sentence in &doc.sentences {
            assert!(!sentence.tokens.is_empty(), "empty sentence in {text:?}");
            for t in &sentence.tokens {
                assert!(
                    t.span.start >= last_end && t.span.start < t.span.end,
                    "span order in {text:?}"
                );
                assert_eq!(
                    t.form,
                    text[t.span.start..t.span.end],
                    "form differs from span in {text:?}"
                );
                covered[t.span.start..t.span.end]
                    .iter_mut()
                    .for_each(|c| *c = true);
                last_end = t.span.end;
            }
        }
        for (i, c) in text.char_indices() {
            assert_eq!(
                covered[i],
                !is_space(c),
                "byte {i} ({c:?}) coverage in {text:?}"
            );
        }
        let spans = split_sentences(&text);
        let from_doc: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
        assert_eq!(
            spans, from_doc,
            "split_sentences disagrees with segment on {text:?}"
        );
    }
}
