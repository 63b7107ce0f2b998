//! `relgraph eval pos --raw`: segmentation and aligned tagging scores on a hand-made fixture
//! whose answers are worked out below, and EWT dev when ../shared is present.

use crate::util::relgraph;

/// Two paragraphs, four gold sentences. The system (checked by hand):
/// - splits `don't` into `do` + `n't` like the gold multiword token;
/// - cannot see the gold break between `The dog barked` and `we left.` (no punctuation, next
///   word lower-case), so it finds 3 sentences of which 2 match: P 2/3, R 2/4, F1 4/7;
/// - cuts `e-mail-ish` into `e-mail` `-` `ish`: 14 surface tokens (`don't` counted once) against
///   12 gold, 11 matching: P 11/14, R 11/12, F1 22/26; 15 words against 13, 12 aligned.
///
/// The gold `Read` is deliberately tagged PROPN/NNP with lemma `Read` while every other aligned
/// word carries what the tagger predicts, so UPOS, XPOS and lemma are 11/12 and features 12/12.
const FIXTURE: &str = "# newdoc id = a\n# newpar\n# text = We don't know.\n\
1\tWe\twe\tPRON\tPRP\tCase=Nom|Number=Plur|Person=1|PronType=Prs\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_\n\
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
# text = The dog barked\n\
1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n\
2\tdog\tdog\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_\n\
3\tbarked\tbark\tVERB\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n\n\
# text = we left.\n\
1\twe\twe\tPRON\tPRP\tCase=Nom|Number=Plur|Person=1|PronType=Prs\t2\tnsubj\t_\t_\n\
2\tleft\tleave\tVERB\tVBD\tMood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# newpar\n# text = Read e-mail-ish\n\
1\tRead\tRead\tPROPN\tNNP\tMood=Imp|VerbForm=Fin\t0\troot\t_\t_\n\
2\te-mail-ish\te-mail-ish\tNOUN\tNN\tNumber=Sing\t1\tobj\t_\t_\n\n";

fn eval_raw_json(path: &std::path::Path) -> serde_json::Value {
    let out = relgraph()
        .args(["eval", "pos", "--raw", "--json"])
        .arg(path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("eval pos --raw --json prints one JSON object")
}

fn close(v: &serde_json::Value, key: &str, want: f64) {
    let got = v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("no number {key} in {v}"));
    assert!((got - want).abs() < 1e-9, "{key}: got {got}, want {want}");
}

#[test]
fn eval_pos_raw_scores_the_fixture_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.conllu");
    std::fs::write(&gold, FIXTURE).unwrap();
    let v = eval_raw_json(&gold);
    close(&v, "token_f1", 22.0 / 26.0);
    close(&v, "token_precision", 11.0 / 14.0);
    close(&v, "sentence_f1", 4.0 / 7.0);
    close(&v, "sentence_recall", 0.5);
    assert_eq!(
        (&v["tokens"], &v["gold_words"], &v["system_words"]),
        (&12.into(), &13.into(), &15.into()),
        "{v}"
    );
    close(&v, "upos", 11.0 / 12.0);
    close(&v, "xpos", 11.0 / 12.0);
    close(&v, "lemma", 11.0 / 12.0);
    close(&v, "feats", 1.0);
    assert!(v["tokens_per_sec"].as_f64().unwrap() > 0.0, "{v}");
}

#[test]
fn eval_pos_raw_table_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.conllu");
    let pred = dir.path().join("pred.conllu");
    std::fs::write(&gold, FIXTURE).unwrap();
    let out = relgraph()
        .args(["eval", "pos", "--raw"])
        .arg(&gold)
        .arg("--output")
        .arg(&pred)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(out).unwrap();
    assert!(table.contains("sentences F1    57.14%"), "{table}");
    assert!(
        table.contains("12 aligned of 13 gold, 15 system"),
        "{table}"
    );
    let written = std::fs::read_to_string(&pred).unwrap();
    assert!(
        written.contains("# text = The dog barked we left.\n"),
        "{written}"
    );
    assert_eq!(written.matches("# sent_id").count(), 3, "{written}");
}

#[test]
fn eval_pos_raw_on_ewt_dev() {
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let v = eval_raw_json(&shared.join("data/ud-english-ewt/en_ewt-ud-dev.conllu"));
    assert!(v["token_f1"].as_f64().unwrap() >= 0.99, "{v}");
    assert!(v["sentence_f1"].as_f64().unwrap() >= 0.85, "{v}");
    // Tagging from raw text loses the misaligned words only, not accuracy on the rest.
    assert!(v["upos"].as_f64().unwrap() >= 0.94, "{v}");
    let aligned = v["tokens"].as_u64().unwrap() as f64;
    assert!(
        aligned >= 0.98 * v["gold_words"].as_u64().unwrap() as f64,
        "{v}"
    );
}
