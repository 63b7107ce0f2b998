//! CLI tests for `relgraph eval ner` on the real binary.

use crate::util::relgraph;

/// Sentences of our own in UNER `.iob2` layout.
const FIXTURE: &str = "# sent_id = t-1\n# text = Angela Merkel visited Paris .\n\
1\tAngela\tB-PER\t-\t-\n2\tMerkel\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tParis\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n\
# sent_id = t-2\n# text = The World Bank met in Nairobi .\n\
1\tThe\tO\t-\t-\n2\tWorld\tB-ORG\t-\t-\n3\tBank\tI-ORG\t-\t-\n4\tmet\tO\t-\t-\n5\tin\tO\t-\t-\n6\tNairobi\tB-LOC\t-\t-\n7\t.\tO\t-\t-\n";

#[test]
fn eval_ner_json_has_the_documented_keys_and_consistent_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.iob2");
    std::fs::write(&gold, FIXTURE).unwrap();
    let out = relgraph()
        .args(["eval", "ner"])
        .arg(&gold)
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    for key in ["precision", "recall", "f1", "per_type"] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["gold"], 4);
    let (p, r, f) = (
        v["precision"].as_f64().unwrap(),
        v["recall"].as_f64().unwrap(),
        v["f1"].as_f64().unwrap(),
    );
    if p + r > 0.0 {
        assert!((f - 2.0 * p * r / (p + r)).abs() < 1e-9, "{v}");
    }
    let per_type_gold: u64 = v["per_type"]
        .as_object()
        .unwrap()
        .values()
        .map(|t| t["gold"].as_u64().unwrap())
        .sum();
    assert_eq!(per_type_gold, 4);
    // These easy sentences should be found by the embedded model.
    assert!(f >= 0.75, "{v}");
}

#[test]
fn eval_ner_names_the_bad_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("bad.iob2");
    std::fs::write(&gold, "1\tonly-two-columns\n").unwrap();
    let out = relgraph()
        .args(["eval", "ner"])
        .arg(&gold)
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("bad.iob2:1"), "{err}");
}
