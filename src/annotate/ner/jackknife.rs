//! Jackknifed part-of-speech tags for training the entity tagger: each training sentence is
//! tagged by a POS model that never saw it, so the entity tagger learns from tags as noisy as
//! the ones it gets at run time (the standard remedy for a pipeline trained on one treebank).

use super::iob::IobSentence;
use crate::annotate::PosTagger;
use crate::annotate::pos::TagScratch;
use crate::annotate::pos::train::{TrainConfig, train};
use crate::conllu::ConllSentence;

/// UPOS and XPOS of one sentence.
pub type PosTags = (Vec<String>, Vec<String>);

/// Tags `words` with `tagger`.
pub fn tag_with(tagger: &PosTagger, words: &[&str]) -> PosTags {
    super::tag_strings(tagger, words, &mut TagScratch::default())
}

/// POS tags for every sentence of `sents`. Sentences found in `treebank` (same `sent_id`, same
/// words) are tagged by a model trained on the other `folds - 1` contiguous blocks of it; the
/// rest by `fallback` (the shipped tagger).
pub fn jackknife(
    sents: &[IobSentence],
    treebank: &[ConllSentence],
    dev: &[ConllSentence],
    folds: usize,
    fallback: &PosTagger,
    mut log: impl FnMut(&str),
) -> Vec<PosTags> {
    let folds = folds.max(2);
    let n = treebank.len();
    let fold_of = |i: usize| i * folds / n.max(1);
    let index: std::collections::HashMap<&str, usize> = treebank
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.meta("sent_id").map(|id| (id, i)))
        .collect();
    let located: Vec<Option<usize>> = sents
        .iter()
        .map(|s| {
            let &i = index.get(s.id.as_str())?;
            let same = treebank[i]
                .words
                .iter()
                .map(|w| w.form.as_str())
                .eq(s.words.iter().map(String::as_str));
            same.then_some(i)
        })
        .collect();
    let mut out: Vec<Option<PosTags>> = vec![None; sents.len()];
    for k in 0..folds {
        let rest: Vec<ConllSentence> = treebank
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i) != k)
            .map(|(_, s)| s.clone())
            .collect();
        let (tagger, report) = train(&rest, dev, &TrainConfig::default(), |_| {});
        let tagger = tagger.without_rules();
        log(&format!(
            "pos fold {}/{folds}: trained on {} sentences, dev upos {:.4}",
            k + 1,
            rest.len(),
            report.final_dev.upos_acc()
        ));
        for (j, loc) in located.iter().enumerate() {
            if let Some(i) = loc
                && fold_of(*i) == k
            {
                let words: Vec<&str> = sents[j].words.iter().map(String::as_str).collect();
                out[j] = Some(tag_with(&tagger, &words));
            }
        }
    }
    let missing = out.iter().filter(|o| o.is_none()).count();
    log(&format!(
        "pos: {missing} sentences not in the treebank, tagged by the shipped tagger"
    ));
    out.into_iter()
        .zip(sents)
        .map(|(o, s)| {
            o.unwrap_or_else(|| {
                let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                tag_with(fallback, &words)
            })
        })
        .collect()
}
