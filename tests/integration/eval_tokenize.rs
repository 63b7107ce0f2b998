//! `relgraph eval tokenize`: JSON keys and values on a hand-made fixture, and EWT dev targets.

use assert_cmd::Command;

const FIXTURE: &str = "# newdoc id = a\n# text = Mr. Lee didn't go.\n\
1\tMr.\t_\t_\t_\t_\t0\t_\t_\t_\n\
2\tLee\t_\t_\t_\t_\t0\t_\t_\t_\n\
3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tdid\t_\t_\t_\t_\t0\t_\t_\t_\n\
4\tn't\t_\t_\t_\t_\t0\t_\t_\t_\n\
5\tgo\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No\n\
6\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n\
# text = She did.\n\
1\tShe\t_\t_\t_\t_\t0\t_\t_\t_\n\
2\tdid\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No\n\
3\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n";

fn eval_json(path: &std::path::Path) -> serde_json::Value {
    let out = Command::cargo_bin("relgraph")
        .unwrap()
        .args(["eval", "tokenize"])
        .arg(path)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("eval tokenize --json prints one JSON object")
}

#[test]
fn eval_tokenize_json_on_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gold.conllu");
    std::fs::write(&path, FIXTURE).unwrap();
    let v = eval_json(&path);
    for key in [
        "token_f1",
        "sentence_f1",
        "token_precision",
        "token_recall",
        "sentence_precision",
        "sentence_recall",
        "tokens",
        "tokens_per_sec",
    ] {
        assert!(v.get(key).is_some(), "missing key {key} in {v}");
    }
    assert_eq!(v["token_f1"], 1.0);
    assert_eq!(v["sentence_f1"], 1.0);
    assert_eq!(v["tokens"], 8);
    assert!(v["tokens_per_sec"].as_f64().unwrap() > 0.0);
}

#[test]
fn eval_tokenize_names_a_missing_file() {
    let out = Command::cargo_bin("relgraph")
        .unwrap()
        .args(["eval", "tokenize", "no/such.conllu"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such.conllu"));
}

#[test]
fn ewt_dev_token_f1_meets_target() {
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let v = eval_json(&shared.join("data/ud-english-ewt/en_ewt-ud-dev.conllu"));
    assert!(v["token_f1"].as_f64().unwrap() >= 0.99, "{v}");
    assert!(v["sentence_f1"].as_f64().unwrap() >= 0.85, "{v}");
}
