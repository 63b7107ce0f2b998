//! Fuzz target: the CoNLL-U reader on arbitrary text, then the conversions evaluation uses.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(sentences) = relgraph::conllu::parse(text, "fuzz.conllu") else {
        return;
    };
    let mut offset = 0;
    for s in &sentences {
        let (sentence, covered) = s.to_sentence(offset);
        assert_eq!(sentence.span.len(), covered.len());
        offset += covered.len() + 1;
        let _ = (
            s.meta("text"),
            s.new_par(),
            s.words.iter().all(|w| w.space_after()),
        );
    }
    let _ = relgraph::text::eval::evaluate_raw(&sentences);
});
