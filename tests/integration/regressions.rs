//! Inputs that once broke relgraph, each named after what broke, plus a replay of the fuzz
//! seeds (fuzz/seeds/TARGET/*) through the same checks the fuzz targets make, so CI covers the
//! fuzz invariants without nightly Rust or cargo-fuzz. Add every fuzz crash file to
//! fuzz/seeds/TARGET/ and it is replayed here.

use std::path::{Path, PathBuf};

use relgraph::annotate::Pipeline;
use relgraph::export::ExportFormat;
use relgraph::extract::Extractor;
use relgraph::extract::baseline::BaselineExtractor;
use relgraph::extract::openie::OpenIeExtractor;
use relgraph::graph::KnowledgeGraph;
use relgraph::{Document, Span};

fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// The tokenize target's invariants: spans in bounds and ordered, tokens disjoint and
/// non-empty, forms equal to their bytes, every non-space char covered.
fn check_segmentation(text: &str) {
    let mut doc = Document::new("replay", text);
    relgraph::text::segment(&mut doc);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(s.tokens.len() <= relgraph::text::MAX_SENTENCE_TOKENS);
        for t in &s.tokens {
            assert!(t.span.start >= last_end && t.span.start < t.span.end);
            assert_eq!(t.form, &text[t.span.start..t.span.end]);
            covered[t.span.start..t.span.end].fill(true);
            last_end = t.span.end;
        }
    }
    for (i, c) in text.char_indices() {
        assert!(
            relgraph::text::is_space(c) || covered[i],
            "{c:?} at {i} uncovered"
        );
    }
    assert_eq!(
        relgraph::text::split_sentences(text).len(),
        doc.sentences.len()
    );
    let tokens = relgraph::text::tokenize(text, Span::new(0, text.len()));
    assert_eq!(tokens.len(), doc.token_count());
}

/// The pipeline target: annotate, extract, every export renders, graph.json round-trips.
fn check_pipeline(text: &str) -> KnowledgeGraph {
    let mut doc = Document::new("replay", text);
    Pipeline::embedded().unwrap().annotate(&mut doc).unwrap();
    let mut graph = KnowledgeGraph::new();
    let openie = OpenIeExtractor::new();
    let extractors: [&dyn Extractor; 2] = [&BaselineExtractor, &openie];
    for extractor in extractors {
        for t in extractor.extract(&doc) {
            graph.add_triple(&t);
        }
    }
    check_graph(&graph);
    graph
}

fn check_graph(graph: &KnowledgeGraph) {
    for format in ExportFormat::all() {
        format.render(graph).unwrap();
    }
    let json = graph.to_json();
    let back = KnowledgeGraph::from_json(&json, Path::new("replay.json")).unwrap();
    assert_eq!(back.to_json(), json);
}

#[test]
fn fuzz_seeds_replay_tokenize_and_pipeline() {
    for target in ["tokenize", "pipeline"] {
        for (path, bytes) in seeds(target) {
            let text = String::from_utf8_lossy(&bytes);
            check_segmentation(&text);
            if target == "pipeline" {
                check_pipeline(&text);
            }
            eprintln!("replayed {}", path.display());
        }
    }
}

#[test]
fn fuzz_seeds_replay_graph_json() {
    for (path, bytes) in seeds("graph_json") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(graph) = KnowledgeGraph::from_json(text, &path) {
            check_graph(&graph);
        }
    }
}

#[test]
fn fuzz_seeds_replay_conllu() {
    for (path, bytes) in seeds("conllu") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let name = path.to_string_lossy();
        if let Ok(sentences) = relgraph::conllu::parse(text, &name) {
            let mut offset = 0;
            for s in &sentences {
                let (sentence, covered) = s.to_sentence(offset);
                assert_eq!(sentence.span.len(), covered.len());
                offset += covered.len() + 1;
            }
            let _ = relgraph::text::eval::evaluate_raw(&sentences);
        }
    }
}

/// What broke: one 50,000-token "sentence" made every baseline triple carry the whole run as
/// evidence text, so `relgraph build` on a 240 KB file took 98 s and 14 GB. Fixed by a cap of
/// `MAX_SENTENCE_TOKENS` tokens per sentence in src/text/sentences.rs.
#[test]
fn fifty_thousand_token_sentence_is_cut_into_bounded_sentences() {
    let text = format!("{}Lena met Tomas.", "Lena met Tomas and ".repeat(12_500));
    check_segmentation(&text);
    let mut doc = Document::new("long", text.as_str());
    relgraph::text::segment(&mut doc);
    assert!(doc.token_count() > 50_000);
    assert!(doc.sentences.len() >= 50_000 / relgraph::text::MAX_SENTENCE_TOKENS);
    let graph = check_pipeline(&text);
    let evidence_bytes: usize = graph
        .edges()
        .flat_map(|e| e.evidence.iter())
        .map(|ev| ev.text.len())
        .sum();
    // Linear in the input: each triple carries one capped sentence. Before the cap this ratio
    // was about 60,000 (14 GB for 240 KB); with both extractors it is about 200 now.
    assert!(
        evidence_bytes < 1000 * text.len(),
        "{evidence_bytes} bytes of evidence text for {} bytes of input",
        text.len()
    );
}

/// What would break without the cap: a sentence exactly at the cap stays whole, one token more
/// is split, so ordinary long sentences are never cut.
#[test]
fn sentence_cap_boundary() {
    let max = relgraph::text::MAX_SENTENCE_TOKENS;
    for (words, want) in [(max - 1, 1), (max, 2)] {
        // `words` words plus the final period.
        let text = format!("{}end.", "word ".repeat(words - 1));
        let text = text.trim_end_matches(' ');
        let n = relgraph::text::split_sentences(text).len();
        assert_eq!(n, want, "{words} words + period");
    }
}

/// What broke: `relgraph extract --conllu` on a damaged tree with a cycle ("said" headed by a
/// word below its own object) never returned: repair 9 walked the object's subtree round the
/// cycle forever. Walks over trees now stop after visiting as many words as the sentence has
/// (src/annotate/repair/, src/extract/actor.rs); a random-tree test in
/// src/extract/openie_tests.rs covers the repairs and the extractor.
#[test]
fn a_cyclic_conllu_tree_does_not_hang_extraction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cycle.conllu");
    let rows = [
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_",
        "2\tagency\tagency\tNOUN\tNN\t_\t3\tnsubj\t_\t_",
        "3\tsaid\tsay\tVERB\tVBD\t_\t7\troot\t_\t_",
        "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_",
        "5\tminister\tminister\tNOUN\tNN\t_\t3\tobj\t_\t_",
        "6\tviolated\tviolate\tVERB\tVBD\t_\t3\tccomp\t_\t_",
        "7\trules\trule\tNOUN\tNNS\t_\t5\tobj\t_\t_",
        "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
    ];
    let text = format!(
        "# text = The agency said the minister violated rules .\n{}\n\n",
        rows.join("\n")
    );
    std::fs::write(&path, text).unwrap();
    let out = crate::util::relgraph()
        .args(["extract", "--conllu"])
        .arg(&path)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("\"relation\":\"say\""), "{out}");
}
