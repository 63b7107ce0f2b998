//! Seeded random properties of the outputs: arbitrary labels survive every format and its
//! parser (exactly, or with the replacements documented in `export::text`), no label escapes its
//! DOT or XML attribute, `--safe-csv` neutralises formulas, 1, 2 and 4 threads give
//! byte-identical builds, and the embedded model files are the committed bytes.
//! (graph → JSON → graph identity and merge laws: src/graph/random_tests.rs; token coverage:
//! src/text/tests.rs.) A fixed-seed generator keeps every failure reproducible.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use relgraph::export::ExportFormat;
use relgraph::export::text::strip_forbidden;
use relgraph::graph::KnowledgeGraph;

use crate::fixture::{EntityType, triple};

/// SplitMix64: small, seeded, good enough to draw test strings.
struct Draw(u64);

impl Draw {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A label mixing letters with every character a format treats specially.
    fn label(&mut self) -> String {
        const SPECIAL: &[char] = &[
            '"', '\'', '\\', '<', '>', '&', ';', ',', '\n', '\r', '\t', '\u{0}', '\u{1}', '\u{b}',
            '\u{7f}', '\u{fffe}', '{', '}', '[', ']', '=', '+', '-', '@', '#', 'é', '中', '😀',
            '\u{202e}', ' ',
        ];
        let len = 1 + self.below(12);
        let mut s = String::from("N");
        for _ in 0..len {
            if self.below(2) == 0 {
                s.push(SPECIAL[self.below(SPECIAL.len())]);
            } else {
                s.push(char::from(b'a' + self.below(26) as u8));
            }
        }
        s
    }
}

/// A graph whose node names and relations are random labels.
fn random_graph(d: &mut Draw) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    for i in 0..8 {
        let (a, b, rel) = (d.label(), d.label(), d.label());
        let kinds = [Some(EntityType::Person), Some(EntityType::Org), None];
        let ka = kinds[d.below(3)];
        let kb = kinds[d.below(3)];
        g.add_triple(&triple((&a, ka), &rel, (&b, kb), i));
    }
    g
}

/// The label DOT should show for `s`: forbidden characters dropped, CR LF / CR as LF.
fn dot_expected(s: &str) -> String {
    strip_forbidden(s).replace("\r\n", "\n").replace('\r', "\n")
}

/// Reads one DOT quoted string at the start of `s`, undoing `quote`; returns it and the rest.
fn dot_string(s: &str) -> (String, &str) {
    let body = s.strip_prefix('"').expect("a quoted DOT string");
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (out.replace("&amp;", "&"), &body[i + 1..]),
            '\\' => match chars.next().map(|(_, e)| e) {
                Some('n') => out.push('\n'),
                Some(e) => out.push(e),
                None => panic!("dangling backslash"),
            },
            c => out.push(c),
        }
    }
    panic!("unterminated DOT string: {s}")
}

/// Node id → label, from the DOT node statements; panics on any line that is not a statement.
fn dot_labels(dot: &str) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    for line in dot.lines() {
        let Some(stmt) = line.strip_prefix("  \"") else {
            continue;
        };
        let quoted = format!("\"{stmt}");
        let (id, rest) = dot_string(&quoted);
        if rest.starts_with(" -> ") {
            continue;
        }
        let label = rest
            .strip_prefix(" [label=")
            .unwrap_or_else(|| panic!("node statement without label: {line}"));
        let (label, tail) = dot_string(label);
        assert!(tail.starts_with(", shape="), "label broke out: {line}");
        assert!(line.ends_with("];"), "statement broke out: {line}");
        labels.insert(id, label);
    }
    labels
}

/// Node relgraph_id → label, from GraphML parsed with quick-xml.
fn graphml_labels(xml: &str) -> BTreeMap<String, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut key, mut label, mut id) = (String::new(), String::new(), String::new());
    let mut out = BTreeMap::new();
    let mut text = String::new();
    loop {
        match reader.read_event().expect("well-formed GraphML") {
            Event::Start(e) if e.name().as_ref() == "data" => {
                let attr = e.try_get_attribute("key").unwrap().unwrap();
                key = attr.value.to_string();
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) => match r.resolve_char_ref().unwrap() {
                Some(c) => text.push(c),
                None => text.push_str(&quick_xml::escape::unescape(&format!("&{};", &*r)).unwrap()),
            },
            Event::End(e) if e.name().as_ref() == "data" => match key.as_str() {
                "v_label" => label = text.clone(),
                "v_id" => id = text.clone(),
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "node" => {
                out.insert(std::mem::take(&mut id), std::mem::take(&mut label));
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}

#[test]
fn random_labels_round_trip_through_json_dot_graphml_and_csv() {
    let mut d = Draw(0x001a_be15_0001);
    for round in 0..60 {
        let g = random_graph(&mut d);
        let json = g.to_json();
        let back = KnowledgeGraph::from_json(&json, Path::new("random.json")).unwrap();
        assert_eq!(back, g, "round {round}: JSON is not the identity");

        let dot = String::from_utf8(ExportFormat::Dot.render(&g).unwrap()[0].1.clone()).unwrap();
        let xml =
            String::from_utf8(ExportFormat::GraphMl.render(&g).unwrap()[0].1.clone()).unwrap();
        let csv = ExportFormat::Csv.render(&g).unwrap()[0].1.clone();
        let dot = dot_labels(&dot);
        let xml = graphml_labels(&xml);
        let mut rows = csv::Reader::from_reader(&csv[..]);
        let csv: BTreeMap<String, String> = rows
            .records()
            .map(|r| {
                let r = r.unwrap();
                (r[0].to_string(), r[1].to_string())
            })
            .collect();
        assert_eq!(dot.len(), g.node_count(), "round {round}");
        for n in g.nodes() {
            let id = n.id.to_string();
            assert_eq!(dot[&id], dot_expected(&n.name), "round {round}: DOT {id}");
            assert_eq!(
                xml[&id],
                strip_forbidden(&n.name),
                "round {round}: GraphML {id}"
            );
            let one_line = relgraph::export::text::one_line(&n.name);
            assert_eq!(csv[&id], one_line, "round {round}: CSV {id}");
        }
        for format in ExportFormat::all() {
            for (name, bytes) in format.render(&g).unwrap() {
                let text = String::from_utf8_lossy(&bytes);
                let raw_nul = text.contains('\u{0}');
                assert!(!raw_nul || *format == ExportFormat::Json, "{name}: raw NUL");
            }
        }
    }
}

#[test]
fn safe_csv_neutralises_formula_cells_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut g = KnowledgeGraph::new();
    let person = Some(EntityType::Person);
    g.add_triple(&triple(
        ("=HYPERLINK(\"x\")", person),
        "paid",
        ("+Plus Org", person),
        0,
    ));
    g.add_triple(&triple(("-Minus", person), "met", ("@Handle", person), 1));
    let store = dir.path().join("graph.json");
    g.save(&store).unwrap();
    let names = |out: &Path| -> Vec<String> {
        let mut r = csv::Reader::from_path(out.join("nodes.csv")).unwrap();
        r.records().map(|r| r.unwrap()[1].to_string()).collect()
    };
    for (flag, risky) in [(false, true), (true, false)] {
        let out = dir.path().join(format!("out-{flag}"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_relgraph"));
        cmd.arg("export")
            .arg(&store)
            .args(["--format", "csv", "--out"])
            .arg(&out);
        if flag {
            cmd.arg("--safe-csv");
        }
        cmd.assert().code(0);
        let names = names(&out);
        assert_eq!(names.len(), 4);
        let starts = |s: &String| s.starts_with(['=', '+', '-', '@']);
        assert_eq!(
            names.iter().all(starts),
            risky,
            "--safe-csv {flag}: {names:?}"
        );
        if flag {
            assert!(names.iter().all(|s| s.starts_with('\'')), "{names:?}");
        }
        let header = std::fs::read_to_string(out.join("nodes.csv")).unwrap();
        assert!(header.starts_with("id:ID,name,:LABEL"), "header changed");
    }
}

#[test]
fn one_two_and_four_threads_build_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    // More documents than one parallel batch, so batch boundaries and scheduling both vary.
    let people = [
        "Lena Vark",
        "Tomas Orlov",
        "Marta Ilves",
        "Paul Whitaker",
        "Ines Dore",
    ];
    for i in 0..70 {
        let (a, b) = (people[i % 5], people[(i * 3 + 1) % 5]);
        let text = format!("{a} met {b} in Geneva. {b} later criticized {a} over the deal.\n");
        std::fs::write(corpus.join(format!("doc{i:03}.txt")), text).unwrap();
    }
    let mut runs = Vec::new();
    for threads in ["1", "2", "4"] {
        let out = dir.path().join(format!("out-{threads}"));
        Command::new(env!("CARGO_BIN_EXE_relgraph"))
            .env("RAYON_NUM_THREADS", threads)
            .arg("build")
            .arg(&corpus)
            .arg("--out")
            .arg(&out)
            .assert()
            .code(0);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        runs.push(files);
    }
    assert!(runs[0].len() >= 5);
    for other in &runs[1..] {
        for ((n1, b1), (n2, b2)) in runs[0].iter().zip(other) {
            assert_eq!(n1, n2);
            assert!(b1 == b2, "{n1} depends on the thread count");
        }
    }
}

/// FNV-1a, 64-bit (Fowler, Noll, Vo): a checksum of the embedded bytes computed here, so a
/// model file replaced by a Git LFS pointer or damaged in a checkout fails loudly.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[test]
fn embedded_models_are_the_committed_files_and_corruption_never_panics() {
    use relgraph::annotate::{EntityTagger, Parser, PosTagger};
    let weights = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model/weights");
    type Decode = fn(&[u8], &str) -> bool;
    let ner = std::fs::read(weights.join("ner.bin")).unwrap();
    // src/model has no ner_file() accessor, so ner.bin is checked as committed on disk.
    let models: [(&str, &[u8], Decode); 4] = [
        ("pos.bin", relgraph::model::pos_file(), |b, n| {
            PosTagger::from_bytes(b, n).is_ok()
        }),
        ("parse.bin", relgraph::model::parse_file(), |b, n| {
            Parser::from_bytes(b, n).is_ok()
        }),
        (
            "parse-beam.bin",
            relgraph::model::parse_beam_file(),
            |b, n| Parser::from_bytes(b, n).is_ok_and(|p| p.beam() == 8),
        ),
        ("ner.bin", &ner, |b, n| {
            EntityTagger::from_bytes(b, n).is_ok()
        }),
    ];
    for (name, embedded, decode) in models {
        let on_disk = std::fs::read(weights.join(name)).unwrap();
        assert!(
            embedded.len() > 1000,
            "{name}: {} bytes, not a model",
            embedded.len()
        );
        assert_eq!(
            fnv1a(embedded),
            fnv1a(&on_disk),
            "{name}: embedded bytes differ from the committed file"
        );
        eprintln!(
            "{name}: {} bytes, FNV-1a {:016x}",
            embedded.len(),
            fnv1a(embedded)
        );
        assert!(decode(embedded, name), "{name} does not decode");
        // Damaged copies: truncated anywhere, or one byte flipped, must give Ok or Err, never
        // a panic or an abort (a flipped length must not allocate gigabytes).
        let mut d = Draw(fnv1a(name.as_bytes()));
        for _ in 0..12 {
            let cut = d.below(embedded.len());
            decode(&embedded[..cut], name);
            let mut flipped = embedded.to_vec();
            let at = d.below(embedded.len().min(64));
            flipped[at] ^= 1 << d.below(8);
            decode(&flipped, name);
        }
    }
}
