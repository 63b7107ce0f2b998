//! Consumer tests: the exported files as Graphviz and xmllint read them, plus the helpers the
//! Python consumers (`consumers_python.rs`: NetworkX, igraph, Kùzu) share.
//!
//! Each test skips with a printed note when its program or Python module is missing, unless
//! `RELGRAPH_REQUIRE_CONSUMERS=1`, which turns a missing consumer into a failure. Python is
//! `$RELGRAPH_PYTHON` if set, else `python3`.
//!
//! Labels must come back identical, modulo the replacements documented in
//! `relgraph::export::text`: forbidden XML characters removed everywhere but graph.json; in DOT a
//! CR is a line break; in CSV CR/LF become spaces and `;` inside array elements becomes `,`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use quick_xml::Reader;
use quick_xml::events::Event;
use relgraph::export::text::strip_forbidden;

use crate::fixture::{KnowledgeGraph, adversarial_graph, exported, sample_graph};
use crate::util::{consumers_required, shared};

/// True when `what` is usable; otherwise skips (note) or fails (RELGRAPH_REQUIRE_CONSUMERS=1).
pub(crate) fn available(what: &str, ok: bool) -> bool {
    if ok {
        return true;
    }
    assert!(
        !consumers_required(),
        "{what} is missing and RELGRAPH_REQUIRE_CONSUMERS=1"
    );
    eprintln!(
        "note: {what} is missing; skipping (set RELGRAPH_REQUIRE_CONSUMERS=1 to fail instead)"
    );
    false
}

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn python() -> String {
    std::env::var("RELGRAPH_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

pub(crate) fn python_with(modules: &str) -> Option<String> {
    let py = python();
    let ok = Command::new(&py)
        .args(["-c", &format!("import {modules}")])
        .output()
        .is_ok_and(|o| o.status.success());
    available(&format!("{py} with {modules}"), ok).then_some(py)
}

pub(crate) fn check(output: Output, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what} failed: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

pub(crate) fn graphs() -> [(&'static str, KnowledgeGraph); 2] {
    [
        ("sample", sample_graph()),
        ("adversarial", adversarial_graph()),
    ]
}

pub(crate) fn file(files: &[PathBuf], name: &str) -> PathBuf {
    files
        .iter()
        .find(|p| p.file_name().unwrap() == name)
        .unwrap()
        .clone()
}

/// Data rows of a CSV file (header excluded), as the csv crate reads them.
pub(crate) fn csv_rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

// ---------------------------------------------------------------- Graphviz

/// (title, label lines joined by '\n') of every node or edge group (`class`) in an SVG.
fn svg_groups(svg: &str, class: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(svg);
    let (mut out, mut depth, mut inside) = (Vec::new(), 0usize, None::<usize>);
    let (mut title, mut texts, mut field) = (String::new(), Vec::<String>::new(), None::<bool>);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                depth += 1;
                let name = e.name().as_ref().to_string();
                if name == "g"
                    && e.try_get_attribute("class")
                        .unwrap()
                        .is_some_and(|a| a.value == class)
                {
                    inside = Some(depth);
                    title.clear();
                    texts.clear();
                } else if inside.is_some() && name == "title" {
                    field = Some(true);
                } else if inside.is_some() && name == "text" {
                    field = Some(false);
                    texts.push(String::new());
                }
            }
            Event::End(_) => {
                if inside == Some(depth) {
                    out.push((title.clone(), texts.join("\n")));
                    inside = None;
                }
                field = None;
                depth -= 1;
            }
            Event::Text(t) => push(
                &mut title,
                &mut texts,
                field,
                &t.xml_content(quick_xml::XmlVersion::Implicit1_0),
            ),
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref().unwrap() {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::unescape(&format!("&{};", &*r))
                        .unwrap()
                        .into_owned(),
                };
                push(&mut title, &mut texts, field, &s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out.sort();
    out
}

fn push(title: &mut String, texts: &mut [String], field: Option<bool>, s: &str) {
    match field {
        Some(true) => title.push_str(s),
        Some(false) => texts.last_mut().unwrap().push_str(s),
        None => {}
    }
}

/// A label as Graphviz shows it: forbidden characters gone, CR LF / CR / LF each a line break.
fn dot_label(s: &str) -> String {
    strip_forbidden(s).replace("\r\n", "\n").replace('\r', "\n")
}

#[test]
fn dot_renders_to_svg_with_the_same_labels() {
    if !available("Graphviz `dot`", runs("dot", "-V")) {
        return;
    }
    for (name, g) in graphs() {
        let (dir, files) = exported(&g);
        let svg_path = dir.path().join("graph.svg");
        let out = Command::new("dot")
            .arg("-Tsvg")
            .arg(file(&files, "graph.dot"))
            .arg("-o")
            .arg(&svg_path)
            .output();
        let out = out.unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{name}: dot: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let svg = std::fs::read_to_string(&svg_path).unwrap();
        let mut want: Vec<(String, String)> = g
            .nodes()
            .map(|n| (n.id.to_string(), dot_label(&n.name)))
            .collect();
        want.sort();
        assert_eq!(svg_groups(&svg, "node"), want, "{name}: node labels");
        let mut want: Vec<(String, String)> = g
            .edges()
            .map(|e| {
                (
                    format!("{}->{}", e.source, e.target),
                    dot_label(&e.display_relation()),
                )
            })
            .collect();
        want.sort();
        assert_eq!(svg_groups(&svg, "edge"), want, "{name}: edge labels");
    }
}

// ---------------------------------------------------------------- xmllint

#[test]
fn graphml_is_valid_against_the_schema() {
    let Some(shared) = shared() else { return };
    if !available("xmllint", runs("xmllint", "--version")) {
        return;
    }
    let schema = shared.join("schemas/graphml/graphml.xsd");
    for (name, g) in graphs() {
        let (_dir, files) = exported(&g);
        let out = Command::new("xmllint")
            .args(["--nonet", "--noout", "--schema"])
            .arg(&schema)
            .arg(file(&files, "graph.graphml"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn schema_check_rejects_a_broken_file() {
    // Guards the test above against a validator that accepts anything.
    let Some(shared) = shared() else { return };
    if !available("xmllint", runs("xmllint", "--version")) {
        return;
    }
    let (dir, files) = exported(&sample_graph());
    let text = std::fs::read_to_string(file(&files, "graph.graphml"))
        .unwrap()
        .replace(" edgedefault=\"directed\"", "");
    let bad = dir.path().join("bad.graphml");
    std::fs::write(&bad, text).unwrap();
    let out = Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(shared.join("schemas/graphml/graphml.xsd"))
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
}
