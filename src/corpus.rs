//! Corpus-scale processing: documents stream in bounded batches, each batch is annotated and
//! extracted in parallel on a rayon pool, and the results reach a consumer in input order.
//!
//! Memory is bounded by the batch size and a two-batch channel, never by the corpus: each
//! document is dropped once its [`DocumentRecord`] is built. Because the consumer sees
//! documents in input order whatever the thread count, anything it writes is identical for
//! one thread or many.

use std::sync::mpsc::{Receiver, sync_channel};

use rayon::prelude::*;

use crate::annotate::Pipeline;
use crate::document::Document;
use crate::error::Result;
use crate::extract::Extractor;
use crate::extract::record::DocumentRecord;
use crate::graph::KnowledgeGraph;

/// A batch closes at this many documents ...
const BATCH_DOCS: usize = 256;
/// ... or this many bytes of text, whichever comes first: enough work to keep every core busy
/// between synchronisation points, little enough that a batch of long articles stays small.
const BATCH_BYTES: usize = 4 << 20;

/// What one input item gives: the document's record, or why it was skipped (names the input).
pub type Outcome = std::result::Result<DocumentRecord, String>;

/// Running totals over processed documents.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CorpusStats {
    pub documents: usize,
    pub skipped: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub triples: usize,
}

impl CorpusStats {
    /// Counts one outcome.
    pub fn count(&mut self, outcome: &Outcome) {
        match outcome {
            Ok(r) => {
                self.documents += 1;
                self.sentences += r.stats.sentences;
                self.tokens += r.stats.tokens;
                self.triples += r.triples.len();
            }
            Err(_) => self.skipped += 1,
        }
    }
}

/// Annotates and extracts one input item.
pub fn process(item: Result<Document>, pipeline: &Pipeline, extractor: &dyn Extractor) -> Outcome {
    let mut doc = item.map_err(|e| e.to_string())?;
    pipeline
        .annotate(&mut doc)
        .map_err(|e| format!("{}: {e}; the document was skipped", doc.id))?;
    let triples = extractor.extract(&doc);
    Ok(DocumentRecord::new(&mut doc, triples))
}

/// Processes `docs` on `pool` and hands every outcome to `consume`, in input order.
///
/// Three things overlap: this thread reads (and parses) the next batch, the pool annotates the
/// batches already read, and `consume` runs on its own thread, so sequential work there (graph
/// insertion, writing) does not stall the pool. At most a few batches are in flight.
///
/// # Examples
/// ```no_run
/// use relgraph::{annotate::Pipeline, corpus, extract::baseline::BaselineExtractor};
/// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
/// let pipeline = Pipeline::embedded().unwrap();
/// let docs = relgraph::input::read(&["news/"], Default::default());
/// let mut n = 0;
/// corpus::for_each_outcome(docs, &pool, &pipeline, &BaselineExtractor, |o| n += o.is_ok() as usize);
/// ```
pub fn for_each_outcome<I, F>(
    docs: I,
    pool: &rayon::ThreadPool,
    pipeline: &Pipeline,
    extractor: &dyn Extractor,
    mut consume: F,
) where
    I: Iterator<Item = Result<Document>>,
    F: FnMut(Outcome) + Send,
{
    // One receiver per batch, queued in input order: the consumer waits for each batch in turn
    // however the pool schedules them, and the queue's bound keeps memory bounded.
    let (order_tx, order_rx) = sync_channel::<Receiver<Vec<Outcome>>>(IN_FLIGHT);
    std::thread::scope(|s| {
        s.spawn(move || {
            for batch in order_rx {
                let Ok(outcomes) = batch.recv() else { return };
                for outcome in outcomes {
                    consume(outcome);
                }
            }
        });
        pool.in_place_scope(|scope| {
            let mut docs = docs.peekable();
            while docs.peek().is_some() {
                let batch = next_batch(&mut docs);
                let (done_tx, done_rx) = sync_channel(1);
                if order_tx.send(done_rx).is_err() {
                    break; // The consumer panicked; thread::scope re-raises it.
                }
                scope.spawn(move |_| {
                    let outcomes: Vec<Outcome> = batch
                        .into_par_iter()
                        .map(|item| process(item, pipeline, extractor))
                        .collect();
                    let _ = done_tx.send(outcomes); // Capacity 1: never blocks.
                });
            }
        });
        drop(order_tx);
    });
}

/// Batches queued ahead of the consumer.
const IN_FLIGHT: usize = 2;

/// The next batch: up to [`BATCH_DOCS`] documents or [`BATCH_BYTES`] of text.
fn next_batch(docs: &mut impl Iterator<Item = Result<Document>>) -> Vec<Result<Document>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
        let Some(item) = docs.next() else { break };
        bytes += item.as_ref().map_or(0, |d| d.text.len());
        batch.push(item);
    }
    batch
}

/// Builds the graph of `docs` into `graph`, calling `observe` after each outcome is counted
/// (for progress and warnings). Returns the totals.
pub fn build_into<I>(
    graph: &mut KnowledgeGraph,
    docs: I,
    pool: &rayon::ThreadPool,
    pipeline: &Pipeline,
    extractor: &dyn Extractor,
    mut observe: impl FnMut(&Outcome, &CorpusStats) + Send,
) -> CorpusStats
where
    I: Iterator<Item = Result<Document>>,
{
    let mut stats = CorpusStats::default();
    for_each_outcome(docs, pool, pipeline, extractor, |outcome| {
        stats.count(&outcome);
        if let Ok(record) = &outcome {
            graph.add_record(record);
        }
        observe(&outcome, &stats);
    });
    stats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::extract::baseline::BaselineExtractor;

    fn docs(n: usize) -> Vec<Result<Document>> {
        (0..n)
            .map(|i| {
                if i % 97 == 5 {
                    Err(Error::input(format!("bad-{i}"), "broken on purpose"))
                } else {
                    const NAMES: [&str; 5] =
                        ["Ada Roy", "Ben Ek", "Carla Diaz", "Ivo Lund", "Mara Tal"];
                    let text = format!(
                        "{} met {} in Oslo. {} praised {}.",
                        NAMES[i % 5],
                        NAMES[(i / 5) % 5],
                        NAMES[(i / 3) % 5],
                        NAMES[i % 4]
                    );
                    Ok(Document::new(format!("d{i}"), text))
                }
            })
            .collect()
    }

    fn build(threads: usize, n: usize) -> (String, CorpusStats, Vec<String>) {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let pipeline = Pipeline::embedded().unwrap();
        let mut g = KnowledgeGraph::new();
        let mut order = Vec::new();
        let stats = build_into(
            &mut g,
            docs(n).into_iter(),
            &pool,
            &pipeline,
            &BaselineExtractor,
            |o, _| order.push(o.as_ref().map_or_else(|e| e.clone(), |r| r.id.clone())),
        );
        (g.to_json(), stats, order)
    }

    #[test]
    fn outcomes_arrive_in_input_order_and_graphs_match_for_any_thread_count() {
        let (one, s1, o1) = build(1, 700);
        assert_eq!(s1.documents + s1.skipped, 700);
        assert_eq!(s1.skipped, 8);
        assert!(s1.triples > 0 && one.contains("\"edges\""), "{s1:?}");
        assert_eq!(o1[6], "d6");
        for threads in [2, 3] {
            let (g, s, o) = build(threads, 700);
            assert_eq!((g == one, s, &o), (true, s1, &o1), "{threads} threads");
        }
    }

    #[test]
    fn an_empty_corpus_gives_nothing() {
        let (_, stats, order) = build(2, 0);
        assert_eq!((stats, order.len()), (CorpusStats::default(), 0));
    }
}
