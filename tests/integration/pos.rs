//! CLI tests for `relgraph annotate` and `relgraph eval pos` on the real binary.

use crate::util::relgraph;

#[test]
fn annotate_reads_stdin_and_prints_conllu_with_tags() {
    let out = relgraph()
        .args(["annotate", "-", "--format", "conllu"])
        .write_stdin("The engineers fixed the bridge.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("# newdoc id = stdin\n# sent_id = stdin-1\n"),
        "{text}"
    );
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.iter().all(|r| r.len() == 10), "{text}");
    let engineers = rows
        .iter()
        .find(|r| r[1] == "engineers")
        .expect("a token `engineers`");
    assert_eq!(&engineers[2..6], ["engineer", "NOUN", "NNS", "Number=Plur"]);
    let fixed = rows
        .iter()
        .find(|r| r[1] == "fixed")
        .expect("a token `fixed`");
    assert_eq!((fixed[2], fixed[3]), ("fix", "VERB"));
}

#[test]
fn annotate_lists_actors_and_marks_their_mentions() {
    let out = relgraph()
        .args(["annotate", "-"])
        .write_stdin(
            "Prime Minister Anna Roskova met Oleg Brenner in Brussels. She thanked him warmly.",
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let entity = |name: &str| {
        text.lines()
            .filter_map(|l| l.strip_prefix("# entity = "))
            .find(|l| l.ends_with(name))
            .and_then(|l| l.split(' ').next())
            .unwrap_or_else(|| panic!("no `# entity` line for {name}:\n{text}"))
            .to_string()
    };
    let anna = entity("PERSON Anna Roskova");
    entity("GPE Brussels");
    let misc = |form: &str| {
        text.lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|r| r.len() == 10 && r[1] == form)
            .map(|r| r[9].to_string())
            .unwrap_or_else(|| panic!("no token {form}:\n{text}"))
    };
    // The title is a role, not part of the mention; the pronoun points at the same actor.
    assert_eq!(misc("Minister"), "_");
    assert_eq!(misc("Anna"), format!("Entity=B-PERSON|Ref={anna}"));
    assert_eq!(misc("Roskova"), format!("Entity=I-PERSON|Ref={anna}"));
    assert_eq!(misc("She"), format!("Entity=B-PERSON|Ref={anna}"));
    assert!(misc("Brussels").starts_with("Entity=B-GPE|Ref="));
    assert!(misc("Brussels").ends_with("|SpaceAfter=No"));
}

#[test]
fn annotate_names_an_unreadable_file_and_exits_partial() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    std::fs::write(&good, "Rain fell.").unwrap();
    let missing = dir.path().join("missing.txt");
    relgraph()
        .arg("annotate")
        .arg(&good)
        .arg(&missing)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("missing.txt"));
}

#[test]
fn eval_pos_json_has_the_documented_keys() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.conllu");
    std::fs::write(
        &gold,
        "1\tDogs\tdog\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n\
         2\tbark\tbark\tVERB\tVBP\tMood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No\n\
         3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
    )
    .unwrap();
    let out = relgraph()
        .args(["eval", "pos"])
        .arg(&gold)
        .arg("--json")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    for key in ["upos", "xpos", "lemma", "feats"] {
        let x = v[key].as_f64().unwrap_or(-1.0);
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
    }
    assert_eq!(v["tokens"], 3);
    assert!(v["tokens_per_sec"].as_f64().unwrap() > 0.0);
}

#[test]
fn eval_pos_names_a_bad_file() {
    relgraph()
        .args(["eval", "pos", "no-such-file.conllu"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("no-such-file.conllu"));
}
