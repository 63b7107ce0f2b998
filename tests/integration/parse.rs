//! CLI tests of `relgraph eval parse` and `relgraph annotate --format tree|conllu`.

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

/// Runs the real binary in `dir` with `args`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("relgraph")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

/// Two sentences of our own, gold-annotated.
const GOLD: &str = "\
# sent_id = 1
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tcouncil\tcouncil\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tapproved\tapprove\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tplan\tplan\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# sent_id = 2
1\tPrices\tprice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_
3\tsharply\tsharply\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

#[test]
fn eval_parse_json_has_the_documented_keys() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("gold.conllu"), GOLD).unwrap();
    for extra in [&["--gold-pos"][..], &[][..]] {
        let args: Vec<&str> = ["eval", "parse", "gold.conllu", "--json"]
            .iter()
            .chain(extra)
            .copied()
            .collect();
        let out = run_in(dir.path(), &args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["tokens"], 10);
        for key in ["uas", "las"] {
            let x = v[key].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&x), "{key} = {x}");
        }
        assert!(v["las"].as_f64() <= v["uas"].as_f64());
        assert!(v["tokens_per_sec"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn annotate_prints_heads_and_trees() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The council approved the plan .\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = run_in(dir.path(), &["annotate", "a.txt", "--format", format]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let conllu = run("conllu");
    let approved = conllu
        .lines()
        .find(|l| l.starts_with("3\tapproved"))
        .expect("token line");
    let cols: Vec<&str> = approved.split('\t').collect();
    assert_eq!((cols[6], cols[7]), ("0", "root"), "{approved}");
    let tree = run("tree");
    assert!(
        tree.lines().any(|l| l.starts_with("approved  root")),
        "{tree}"
    );
    assert!(tree.contains("── council  nsubj"), "{tree}");
}

/// `annotate` prints the trees Open IE reads, with the repairs of parser errors applied: in
/// "Lampedusa Mayor Filippo Russo said ..." the parser alone reads one flat name headed by the
/// island, and the repairs make the mayor the subject. `--unrepaired` prints the parser's own
/// tree over the same tokens.
#[test]
fn annotate_shows_the_repaired_tree_and_unrepaired_the_parsers() {
    let text = "Lampedusa Mayor Filippo Russo said the boat sank overnight.\n";
    let run = |extra: &[&str]| {
        let out = Command::cargo_bin("relgraph")
            .unwrap()
            .args(["annotate", "-", "--format", "conllu"])
            .args(extra)
            .write_stdin(text)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let arcs = |conllu: &str| -> Vec<(String, String, String)> {
        conllu
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c[1].to_string(), c[6].to_string(), c[7].to_string())
            })
            .collect()
    };
    let (parser, repaired) = (arcs(&run(&["--unrepaired"])), arcs(&run(&[])));
    let forms = |t: &[(String, String, String)]| t.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
    assert_eq!(forms(&parser), forms(&repaired));
    let arc = |t: &[(String, String, String)], i: usize| (t[i].1.clone(), t[i].2.clone());
    assert_eq!(
        arc(&repaired, 2),
        ("5".into(), "nsubj".into()),
        "{repaired:?}"
    );
    assert_eq!(
        arc(&repaired, 1),
        ("3".into(), "nmod:desc".into()),
        "{repaired:?}"
    );
    assert_eq!(arc(&parser, 0), ("5".into(), "nsubj".into()), "{parser:?}");
    assert_eq!(arc(&parser, 2), ("1".into(), "flat".into()), "{parser:?}");
}

/// `--parser beam` runs the beam-search model through the real binary: `eval parse` reads the
/// embedded parse-beam.bin, and `build` gives the same files twice over.
#[test]
fn the_beam_parser_runs_from_the_command_line_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("gold.conllu"), GOLD).unwrap();
    let eval = |parser: &str| -> serde_json::Value {
        let out = run_in(
            dir.path(),
            &["eval", "parse", "gold.conllu", "--json", "--parser", parser],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let beam = eval("beam");
    assert_eq!(beam["tokens"], 10);
    assert_eq!(
        (beam["beam"].as_u64(), eval("greedy")["beam"].as_u64()),
        (Some(8), Some(1))
    );
    assert_eq!(beam["uas"], 1.0, "two plain sentences parse right: {beam}");
    std::fs::write(
        dir.path().join("a.txt"),
        "The council approved the plan on Monday. Residents welcomed the decision.\n",
    )
    .unwrap();
    let build = |out: &str| {
        let o = run_in(
            dir.path(),
            &[
                "build", "a.txt", "--out", out, "--parser", "beam", "--quiet", "--format",
                "json,csv",
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read(dir.path().join(out).join("graph.json")).unwrap()
    };
    let (a, b) = (build("g1"), build("g2"));
    assert_eq!(a, b, "the same input gives the same graph.json");
    let graph = String::from_utf8(a).unwrap();
    assert!(graph.contains("\"approve\""), "{graph}");
    let bad = run_in(
        dir.path(),
        &["build", "a.txt", "--out", "g3", "--parser", "fast"],
    );
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("greedy") && err.contains("beam"), "{err}");
}
