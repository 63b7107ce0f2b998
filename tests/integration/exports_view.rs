//! The pictures: graph.html in headless Chromium and `relgraph render` through Graphviz.
//!
//! Chromium is `$RELGRAPH_CHROMIUM`, else the first of `chromium`, `chromium-browser`,
//! `google-chrome` that runs. Skipping follows `consumers.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cli;
use predicates::prelude::*;

use crate::consumers::{available, file};
use crate::fixture::{
    EntityType, KnowledgeGraph, adversarial_graph, exported, graph_of, sample_graph, triple,
};

fn chromium() -> Option<String> {
    let candidates: Vec<String> = match std::env::var("RELGRAPH_CHROMIUM") {
        Ok(p) => vec![p],
        Err(_) => ["chromium", "chromium-browser", "google-chrome"]
            .map(String::from)
            .to_vec(),
    };
    let found = candidates.into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    available("Chromium (apt-get install chromium)", found.is_some()).then_some(found?)
}

/// Runs headless Chromium on `page#hash` with one extra flag; returns stdout.
fn headless(browser: &str, page: &Path, hash: &str, extra: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--window-size=1280,800",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(extra)
        .arg(format!("file://{}#{hash}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    text.split(open)
        .skip(1)
        .map(|rest| &rest[..rest.find(close).unwrap()])
        .collect()
}

/// What the page shows after its script ran: (node count, hit count, result names).
fn dom_state(dom: &str) -> (String, String, Vec<String>) {
    let count = between(dom, "id=\"node-count\">", "<")[0].to_string();
    let hits = between(dom, "data-hits=\"", "\"")[0].to_string();
    let results = between(dom, "<li class=\"result\" data-id=\"", "</li>")
        .iter()
        .map(|r| r[r.find("\">").unwrap() + 2..].to_string())
        .collect();
    (count, hits, results)
}

/// The DOM's text escaping of a name (Chromium serialises `&`, `<`, `>` and NBSP in text).
fn dom_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn html_viewer_runs_in_chromium_with_search_from_the_url() {
    let Some(browser) = chromium() else { return };
    let (dir, files) = exported(&sample_graph());
    let page = file(&files, "graph.html");
    let dom = headless(&browser, &page, "q=putin", "--dump-dom");
    assert_eq!(
        dom_state(&dom),
        (
            "6".to_string(),
            "1".to_string(),
            vec!["Vladimir Putin".to_string()]
        )
    );
    // Edges and nodes were drawn; the alias "Putin" alone finds the node too.
    assert_eq!(dom.matches("<g class=\"node").count(), 6);
    assert_eq!(dom.matches("<g class=\"edge").count(), 4);
    // Selecting a node through the URL shows its evidence with highlighted arguments.
    let dom = headless(&browser, &page, "node=person:vladimir-putin", "--dump-dom");
    assert!(
        dom.contains("<mark class=\"s\">Vladimir Putin</mark>"),
        "{dom}"
    );
    assert!(
        dom.contains("<mark class=\"o\">Vladimir Putin</mark>"),
        "{dom}"
    );

    // A type filter through the URL: two people shown, the other four nodes hidden.
    let dom = headless(&browser, &page, "types=PERSON", "--dump-dom");
    assert!(dom.contains("<span id=\"visible-count\">2</span>"), "{dom}");
    assert_eq!(dom.matches("<g class=\"node hidden").count(), 4);

    // An edge through the URL: both arguments marked in every statement, in document order.
    let edge = "person:vladimir-putin|agree-to|concept:energy-pause";
    let dom = headless(&browser, &page, &format!("edge={edge}"), "--dump-dom");
    let marked =
        "<mark class=\"s\">Vladimir Putin</mark> agree to <mark class=\"o\">energy pause</mark>.";
    assert_eq!(dom.matches(marked).count(), 2, "{dom}");
    assert!(dom.contains("2 statements"));

    let shot: PathBuf = std::env::temp_dir().join("relgraph-viewer.png");
    let shot_flag = format!("--screenshot={}", shot.display());
    headless(
        &browser,
        &page,
        "q=putin&node=person:vladimir-putin",
        &shot_flag,
    );
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000,
        "{}",
        png.len()
    );
    eprintln!("viewer screenshot: {}", shot.display());
    drop(dir);
}

#[test]
fn html_viewer_shows_adversarial_labels_as_text() {
    let Some(browser) = chromium() else { return };
    let g = adversarial_graph();
    let (_dir, files) = exported(&g);
    let page = file(&files, "graph.html");
    let dom = headless(&browser, &page, "", "--dump-dom");
    let (count, _, _) = dom_state(&dom);
    assert_eq!(count, g.node_count().to_string());
    assert!(
        !dom.contains("<b>&amp;</b>"),
        "markup in a label became markup"
    );
    // Every label searched by a piece of it is found (a person and a concept carry each label),
    // and shown as exactly its text.
    for (query, name) in [
        ("%3Cb%3E", "<b>&amp;</b>"),
        ("%D7%A9%D7%9C%D7%95%D7%9D", "שלום עולם"),
        ("rocket", "rocket 🚀 launch"),
        ("say%20%22hi", "say \"hi\""),
        ("%3DSUM", "=SUM(A1:A9)"),
    ] {
        let dom = headless(&browser, &page, &format!("q={query}"), "--dump-dom");
        let (_, hits, results) = dom_state(&dom);
        assert_eq!(hits, "2", "{query}");
        assert_eq!(results, [dom_text(name), dom_text(name)], "{query}");
    }
}

// ---------------------------------------------------------------- relgraph render

fn graphviz() -> bool {
    let ok = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    available("Graphviz (apt-get install graphviz)", ok)
}

fn store(g: &KnowledgeGraph) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    g.save(&dir.path().join("graph.json")).unwrap();
    dir
}

#[test]
fn render_writes_svg_and_png_with_dot_for_small_graphs() {
    if !graphviz() {
        return;
    }
    let g = sample_graph();
    let dir = store(&g);
    for name in ["graph.svg", "graph.png"] {
        let out = dir.path().join(name);
        Cli::cargo_bin("relgraph")
            .unwrap()
            .arg("render")
            .arg(dir.path().join("graph.json"))
            .arg("--out")
            .arg(&out)
            .assert()
            .success()
            .stderr(predicate::str::contains("with dot"));
        let bytes = std::fs::read(&out).unwrap();
        if name.ends_with("svg") {
            let svg = String::from_utf8(bytes).unwrap();
            assert_eq!(svg.matches("class=\"node\"").count(), g.node_count());
            assert_eq!(svg.matches("class=\"edge\"").count(), g.edge_count());
            assert!(svg.contains(">Vladimir Putin</text>"));
        } else {
            assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
        }
    }
}

#[test]
fn render_uses_sfdp_for_large_graphs() {
    if !graphviz() {
        return;
    }
    // A ring of 320 people: above the 300-node limit for `dot`.
    let names: Vec<String> = (0..320).map(|i| format!("Person {i}")).collect();
    let triples: Vec<_> = (0..names.len())
        .map(|i| {
            let next = &names[(i + 1) % names.len()];
            triple(
                (&names[i], Some(EntityType::Person)),
                "meet",
                (next, Some(EntityType::Person)),
                i,
            )
        })
        .collect();
    let g = graph_of(&triples);
    assert_eq!(g.node_count(), 320);
    let dir = store(&g);
    let out = dir.path().join("big.svg");
    Cli::cargo_bin("relgraph")
        .unwrap()
        .arg("render")
        .arg(dir.path().join("graph.json"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("with sfdp"));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert_eq!(svg.matches("class=\"node\"").count(), 320);
}

#[test]
fn render_without_graphviz_names_the_program_and_the_install() {
    let dir = store(&sample_graph());
    let empty = tempfile::tempdir().unwrap();
    Cli::cargo_bin("relgraph")
        .unwrap()
        .env("PATH", empty.path())
        .arg("render")
        .arg(dir.path().join("graph.json"))
        .arg("--out")
        .arg(dir.path().join("graph.svg"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("`dot` was not found"))
        .stderr(predicate::str::contains("apt-get install graphviz"));
    assert!(!dir.path().join("graph.svg").exists());
}

#[test]
fn render_rejects_an_unknown_extension() {
    let dir = store(&sample_graph());
    Cli::cargo_bin("relgraph")
        .unwrap()
        .arg("render")
        .arg(dir.path().join("graph.json"))
        .arg("--out")
        .arg(dir.path().join("graph.jpg"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("use .svg, .png or .pdf"));
}
