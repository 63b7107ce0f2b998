//! Predicted POS tags for parser training: tag a treebank with a tagger, or jack-knife the
//! training set (train the tagger on k-1 folds, tag the held-out fold) so the parser learns
//! from tags as noisy as the ones it will see at run time.

use crate::annotate::pos::train::{TrainConfig, train as train_tagger};
use crate::annotate::pos::{PosTagger, TagScratch};
use crate::conllu::ConllSentence;
use crate::document::{Span, Token};

/// The MISC attribute that carries a word's [`Token::pos_alt`] in training data, so that a
/// jack-knifed training set saved as CoNLL-U (`relgraph train parse --save-tagged`) keeps it.
pub const POS_ALT_KEY: &str = "PosAlt=";

/// The runner-up tag a MISC column records, or empty.
pub fn pos_alt(misc: &str) -> &str {
    misc.split('|')
        .find_map(|m| m.strip_prefix(POS_ALT_KEY))
        .unwrap_or("")
}

/// Records `alt` (may be empty) as the runner-up tag in a MISC column, replacing any there.
pub fn set_pos_alt(misc: &mut String, alt: &str) {
    let mut parts: Vec<&str> = misc
        .split('|')
        .filter(|m| !m.is_empty() && *m != "_" && !m.starts_with(POS_ALT_KEY))
        .collect();
    let entry = format!("{POS_ALT_KEY}{alt}");
    if !alt.is_empty() {
        parts.insert(0, &entry);
    }
    *misc = if parts.is_empty() {
        "_".to_string()
    } else {
        parts.join("|")
    };
}

/// Replaces UPOS, XPOS, lemma and features of every word with the tagger's predictions, and
/// records its close runner-up tags in MISC (see [`POS_ALT_KEY`]).
pub fn retag(tagger: &PosTagger, sentences: &mut [ConllSentence]) {
    let mut scratch = TagScratch::default();
    let mut tokens: Vec<Token> = Vec::new();
    for s in sentences.iter_mut().filter(|s| !s.words.is_empty()) {
        tokens.clear();
        tokens.extend(
            s.words
                .iter()
                .map(|w| Token::new(w.form.clone(), Span::default())),
        );
        tagger.tag_tokens(&mut tokens, &mut scratch);
        for (w, t) in s.words.iter_mut().zip(&mut tokens) {
            w.upos = std::mem::take(&mut t.upos);
            w.xpos = std::mem::take(&mut t.xpos);
            w.lemma = std::mem::take(&mut t.lemma);
            w.feats = std::mem::take(&mut t.feats);
            set_pos_alt(&mut w.misc, t.pos_alt);
        }
    }
}

/// A copy of `train` whose tags come from `k` taggers, each trained without the fold it tags
/// (sentence `i` is in fold `i % k`). `dev` is the tagger's early-stopping set.
pub fn jackknife(
    train: &[ConllSentence],
    dev: &[ConllSentence],
    k: usize,
    cfg: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Vec<ConllSentence> {
    assert!(k >= 2, "jack-knifing needs at least two folds");
    let mut out = train.to_vec();
    for fold in 0..k {
        let rest: Vec<ConllSentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, s)| s.clone())
            .collect();
        let (tagger, report) = train_tagger(&rest, dev, cfg, |_| {});
        let tagger = tagger.without_rules();
        let mut held: Vec<ConllSentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k == fold)
            .map(|(_, s)| s.clone())
            .collect();
        retag(&tagger, &mut held);
        let (mut right, mut total) = (0usize, 0usize);
        for (j, s) in held.into_iter().enumerate() {
            let i = j * k + fold;
            for (p, g) in s.words.iter().zip(&train[i].words) {
                total += 1;
                right += (p.xpos == g.xpos) as usize;
            }
            out[i] = s; // `retag` kept the gold tree
        }
        log(&format!(
            "jack-knife fold {}/{k}: tagger best epoch {}, held-out XPOS {:.2}%",
            fold + 1,
            report.best_epoch,
            100.0 * right as f64 / total.max(1) as f64
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pos_alt_round_trips_through_misc() {
        let mut misc = "SpaceAfter=No".to_string();
        set_pos_alt(&mut misc, "NOUN/NN");
        assert_eq!(misc, "PosAlt=NOUN/NN|SpaceAfter=No");
        assert_eq!(pos_alt(&misc), "NOUN/NN");
        set_pos_alt(&mut misc, "PUNCT/:");
        assert_eq!(pos_alt(&misc), "PUNCT/:");
        set_pos_alt(&mut misc, "");
        assert_eq!((misc.as_str(), pos_alt(&misc)), ("SpaceAfter=No", ""));
        let mut misc = "_".to_string();
        set_pos_alt(&mut misc, "");
        assert_eq!(misc, "_");
    }

    #[test]
    fn retag_keeps_the_tree_and_fills_tags() {
        let text = "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
        let mut s = crate::conllu::parse(text, "t").unwrap();
        for w in &mut s[0].words {
            w.upos.clear();
            w.xpos.clear();
        }
        retag(PosTagger::embedded(), &mut s);
        assert!(
            s[0].words
                .iter()
                .all(|w| !w.upos.is_empty() && !w.xpos.is_empty())
        );
        assert_eq!(
            (s[0].words[0].head, s[0].words[0].deprel.as_str()),
            (2, "nsubj")
        );
    }
}
