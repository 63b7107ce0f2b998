//! `relgraph annotate`: segment, tag and parse text files; print CoNLL-U or dependency trees.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use relgraph::annotate::Pipeline;
use relgraph::{Document, conllu};

/// Annotate text with the embedded models and print the result (CoNLL-U).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Text files to annotate; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    format: Format,
    /// Show the parser's own trees: leave out the stage that repairs parser errors common in news
    /// (inverted "said the ministry", a past tense read as a participle, ...). Coreference then
    /// reads those trees too. Without it the trees are the ones `build` and `extract` read.
    #[arg(long)]
    unrepaired: bool,
    /// Which dependency parser to run.
    #[arg(long, value_enum, default_value_t = super::build::ParserArg::Greedy)]
    parser: super::build::ParserArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    /// CoNLL-U: one token per line with lemma, UPOS, XPOS, features, HEAD and DEPREL.
    Conllu,
    /// Each sentence's dependency tree as an indented outline.
    Tree,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let mut pipeline = Pipeline::embedded_with(args.parser.kind())?;
    if args.unrepaired {
        pipeline = pipeline.without("repair");
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut buf = String::new();
    let mut skipped = 0;
    for path in &args.files {
        let (id, text) = if path.as_os_str() == "-" {
            let mut t = String::new();
            std::io::stdin()
                .read_to_string(&mut t)
                .context("cannot read standard input")?;
            ("stdin".to_string(), t)
        } else {
            match std::fs::read_to_string(path) {
                Ok(t) => (path.display().to_string(), t),
                Err(e) => {
                    eprintln!(
                        "skipping {}: {e} (is it a readable UTF-8 text file?)",
                        path.display()
                    );
                    skipped += 1;
                    continue;
                }
            }
        };
        let mut doc = Document::new(id, text);
        pipeline.annotate(&mut doc)?;
        match args.format {
            Format::Conllu => {
                buf.clear();
                buf.push_str(&format!("# newdoc id = {}\n", doc.id));
                for (i, e) in doc.entities.iter().enumerate() {
                    buf.push_str(&format!(
                        "# entity = {} {} {}\n",
                        i,
                        e.kind.as_str(),
                        e.name
                    ));
                }
                for (i, s) in doc.sentences.iter().enumerate() {
                    conllu::write_sentence_with_misc(
                        &mut buf,
                        &format!("{}-{}", doc.id, i + 1),
                        s.text(&doc),
                        &s.tokens,
                        &entity_misc(&doc, i),
                    );
                }
                out.write_all(buf.as_bytes())?;
            }
            Format::Tree => {
                buf.clear();
                for (i, s) in doc.sentences.iter().enumerate() {
                    buf.push_str(&format!(
                        "# {}-{}: {}\n",
                        doc.id,
                        i + 1,
                        s.text(&doc).replace('\n', " ")
                    ));
                    buf.push_str(&relgraph::annotate::parse::tree::render(&s.tokens));
                    buf.push('\n');
                }
                out.write_all(buf.as_bytes())?;
            }
        }
    }
    out.flush()?;
    if skipped == args.files.len() {
        anyhow::bail!("no input could be read");
    }
    Ok(if skipped > 0 {
        super::exit::PARTIAL
    } else {
        super::exit::OK
    })
}

/// MISC attributes of sentence `si`'s tokens from the document's entity mentions: `Entity=`
/// with the IOB position and type (`B-PERSON`, `I-PERSON`), and `Ref=` with the entity number
/// of the `# entity` comments (several, comma-separated, for a plural reference such as "the two
/// leaders"). Pronouns and titles that coreference resolved are marked too.
fn entity_misc(doc: &Document, si: usize) -> Vec<String> {
    let n = doc.sentences[si].tokens.len();
    let mut iob: Vec<Option<String>> = vec![None; n];
    let mut refs: Vec<Vec<u32>> = vec![Vec::new(); n];
    for m in doc.mentions_in(si) {
        let Some(e) = doc.entities.get(m.entity.0 as usize) else {
            continue;
        };
        for t in m.tokens.0..m.tokens.1.min(n) {
            let pos = if t == m.tokens.0 { "B" } else { "I" };
            iob[t].get_or_insert_with(|| format!("{pos}-{}", e.kind.as_str()));
            if !refs[t].contains(&m.entity.0) {
                refs[t].push(m.entity.0);
            }
        }
    }
    iob.into_iter()
        .zip(refs)
        .map(|(tag, mut r)| match tag {
            None => String::new(),
            Some(tag) => {
                r.sort_unstable();
                let r: Vec<String> = r.iter().map(u32::to_string).collect();
                format!("Entity={tag}|Ref={}", r.join(","))
            }
        })
        .collect()
}
