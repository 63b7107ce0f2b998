//! Text clean-up shared by the exporters: what each format cannot carry, and its replacement.
//!
//! | input                                   | JSON | DOT            | GraphML       | CSV   |
//! |-----------------------------------------|------|----------------|---------------|-------|
//! | C0 controls except tab/LF/CR, U+FFFE/F  | kept | removed        | removed       | removed |
//! | newline, carriage return                | kept | escaped        | kept (CR as `&#13;`) | space |
//! | `;` inside a list element               | kept | kept           | kept          | `,`   |
//!
//! XML 1.0 forbids most C0 controls outright (xmllint rejects the file), and Graphviz would copy
//! them into SVG, so both drop them; CSV drops them too so every consumer sees the same labels.

use std::borrow::Cow;

/// True for characters XML 1.0 cannot contain (section 2.2, `Char`).
pub fn is_forbidden_in_xml(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Removes characters XML 1.0 forbids; borrows when there are none.
pub fn strip_forbidden(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_forbidden_in_xml) {
        Cow::Owned(s.chars().filter(|&c| !is_forbidden_in_xml(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A one-line property value: forbidden characters removed, CR and LF each become a space.
pub fn one_line(s: &str) -> String {
    strip_forbidden(s).replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_table() {
        for (input, stripped, line) in [
            ("plain", "plain", "plain"),
            ("bell\u{7}char", "bellchar", "bellchar"),
            ("two\nlines\r", "two\nlines\r", "two lines "),
            ("tab\tkept", "tab\tkept", "tab\tkept"),
            ("nul\u{0}\u{1F}\u{FFFF}", "nul", "nul"),
            ("emoji 🚀 שלום", "emoji 🚀 שלום", "emoji 🚀 שלום"),
        ] {
            assert_eq!(strip_forbidden(input), stripped, "{input:?}");
            assert_eq!(one_line(input), line, "{input:?}");
        }
    }
}
