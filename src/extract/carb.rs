//! CaRB scoring (Bhardwaj, Aggarwal & Mausam, EMNLP 2019): readers for gold tuples, tab-separated
//! system output and OpenIE-5's own output, the lenient token-level tuple matcher, and P/R/F1/AUC
//! over confidence thresholds, ported from the rules in `../shared/data/carb/SCORING.md`.

use std::collections::BTreeMap;

/// One tuple: relation, arguments (arg1 first), confidence (1 for gold).
#[derive(Debug, Clone, PartialEq)]
pub struct Tuple {
    pub relation: String,
    pub args: Vec<String>,
    pub confidence: f64,
}

/// Tuples keyed by normalised sentence key (see [`normalize_key`]).
pub type Tuples = BTreeMap<String, Vec<Tuple>>;

/// The scores CaRB reports (already rounded to 3 decimals, as the official scorer prints them).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub auc: f64,
    /// The confidence threshold at which `f1` is reached.
    pub threshold: f64,
}

/// PTB bracket escapes, undone before sentences are compared.
const PTB_ESCAPES: [(&str, &str); 6] = [
    ("(", "-LRB-"),
    (")", "-RRB-"),
    ("[", "-LSB-"),
    ("]", "-RSB-"),
    ("{", "-LCB-"),
    ("}", "-RCB-"),
];

/// The sentence key both sides are aligned on: no spaces, PTB escapes undone, ASCII punctuation removed.
pub fn normalize_key(sentence: &str) -> String {
    let mut s: String = sentence.chars().filter(|&c| c != ' ').collect();
    for (plain, escaped) in PTB_ESCAPES {
        s = s.replace(escaped, plain);
    }
    s.chars().filter(|c| !c.is_ascii_punctuation()).collect()
}

/// Inserts the tuples of each raw sentence under its normalised key. Raw sentences that differ only
/// in spacing (3 gold sentences have a trailing-space twin) are merged.
fn by_key(raw: Vec<(String, Tuple)>) -> Tuples {
    let mut out = Tuples::new();
    for (sentence, t) in raw {
        out.entry(normalize_key(&sentence)).or_default().push(t);
    }
    out
}

/// Reads gold tuples: `sentence TAB relation TAB arg1 [TAB arg2 ...]`; `C: ` context arguments dropped.
pub fn read_gold(text: &str) -> Tuples {
    let mut raw = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let sentence = f.next().unwrap_or_default().to_string();
        let relation = f.next().unwrap_or_default().trim().to_string();
        let args = f
            .filter(|a| !a.contains("C: "))
            .map(|a| a.trim().to_string())
            .collect();
        raw.push((
            sentence,
            Tuple {
                relation,
                args,
                confidence: 1.0,
            },
        ));
    }
    by_key(raw)
}

/// Reads system output in CaRB's tabbed format: `sentence TAB confidence TAB relation TAB arg1 ...`.
///
/// Like the official reader, each line is trimmed first, so a trailing empty argument vanishes.
pub fn read_tabbed(text: &str, name: &str) -> crate::Result<Tuples> {
    let mut raw = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            return Err(crate::Error::input(
                format!("{name}:{}", n + 1),
                "expected `sentence<TAB>confidence<TAB>relation<TAB>arg1...`; is this OpenIE-5 output (use --system-format openie5)?",
            ));
        }
        let confidence = parse_confidence(f[1], name, n)?;
        let args = f[3..].iter().map(|a| a.to_string()).collect();
        raw.push((
            f[0].to_string(),
            Tuple {
                relation: f[2].to_string(),
                args,
                confidence,
            },
        ));
    }
    Ok(by_key(raw))
}

fn parse_confidence(s: &str, name: &str, n: usize) -> crate::Result<f64> {
    s.trim().parse().map_err(|_| {
        crate::Error::input(
            format!("{name}:{}", n + 1),
            format!("confidence `{s}` is not a number"),
        )
    })
}

/// The text inside `Kind(text,List([a, b)))`.
fn openie5_text(field: &str) -> Option<&str> {
    let open = field.find('(')?;
    let close = field.find(",List(")?;
    (open < close).then(|| &field[open + 1..close])
}

/// Reads OpenIE-5's own output: `confidence TAB context TAB arg1 TAB relation TAB args TAB sentence`,
/// where fields look like `SimpleArgument(text,List([0, 12)))` and args are joined by `; `.
///
/// As CaRB's reader does: lines without arg1, relation or arg2 are skipped, and a context is
/// prefixed to arg1 unless `arg1 relation` already starts with it.
pub fn read_openie5(text: &str, name: &str) -> crate::Result<Tuples> {
    let mut raw = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 6 {
            return Err(crate::Error::input(
                format!("{name}:{}", n + 1),
                "expected 6 TAB-separated OpenIE-5 fields; is this CaRB tabbed output (use --system-format carb)?",
            ));
        }
        if f[2..5].iter().any(|x| x.is_empty()) {
            continue;
        }
        let confidence = parse_confidence(f[0], name, n)?;
        let bad = || {
            crate::Error::input(
                format!("{name}:{}", n + 1),
                "field is not `Kind(text,List(...))`",
            )
        };
        let mut arg1 = openie5_text(f[2]).ok_or_else(bad)?.to_string();
        let relation = openie5_text(f[3]).ok_or_else(bad)?.to_string();
        let mut args = Vec::new();
        for a in f[4].trim().split(");") {
            args.push(openie5_text(a).ok_or_else(bad)?.to_string());
        }
        if !f[1].is_empty() {
            let context = openie5_text(f[1]).ok_or_else(bad)?;
            if !format!("{arg1} {relation}").starts_with(context) {
                arg1 = format!("{context} {arg1}");
            }
        }
        args.insert(0, arg1);
        raw.push((
            f[5].to_string(),
            Tuple {
                relation,
                args,
                confidence,
            },
        ));
    }
    Ok(by_key(raw))
}

/// Forms of "be" that a predicted `be` matches in the gold relation.
const BE_FORMS: [&str; 8] = ["be", "is", "am", "are", "was", "were", "been", "being"];

/// Relations of saying, whose tuples are also tried with subject and object swapped.
const SAY_WORDS: [&str; 5] = ["said", "told", "added", "adds", "says"];

/// Multiset intersection size of the whitespace tokens of `gold` with `pred`; `pred` keeps the
/// unmatched tokens.
fn take_matches(gold: &[&str], pred: &mut Vec<&str>) -> usize {
    let mut n = 0;
    for w in gold {
        if let Some(i) = pred.iter().position(|p| p == w) {
            pred.remove(i);
            n += 1;
        }
    }
    n
}

/// arg1 and the collapsed rest (`arg2 arg3 ...`), as the binary matcher sees a tuple.
fn collapse(args: &[String]) -> Vec<String> {
    match args {
        [] | [_] => args.to_vec(),
        [first, rest @ ..] => vec![first.clone(), rest.join(" ")],
    }
}

/// [precision, recall] of prediction arguments `pargs` against gold arguments `gargs`.
fn lenient(grel: &str, gargs: &[String], prel: &str, pargs: &[String]) -> [f64; 2] {
    let gold_rel: Vec<&str> = grel.split_whitespace().collect();
    let mut pred_rel: Vec<&str> = prel.split_whitespace().collect();
    let (mut pden, mut rden) = (pred_rel.len(), gold_rel.len());
    let mut matched = take_matches(&gold_rel, &mut pred_rel);
    if pred_rel.contains(&"be") && gold_rel.iter().any(|w| BE_FORMS.contains(w)) {
        matched += 1;
    }
    if matched == 0 {
        return [0.0, 0.0];
    }
    let (mut pnum, mut rnum) = (matched, matched);
    for (i, g) in gargs.iter().enumerate() {
        let gold: Vec<&str> = g.split_whitespace().collect();
        rden += gold.len();
        let Some(p) = pargs.get(i) else {
            return [0.0, 0.0];
        };
        let mut pred: Vec<&str> = p.split_whitespace().collect();
        pden += pred.len();
        let m = take_matches(&gold, &mut pred);
        pnum += m;
        rnum += m;
    }
    [ratio(pnum, pden), ratio(rnum, rden)]
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// CaRB's binary lenient tuple match: [precision, recall] of prediction `p` for gold `g`.
pub fn pair_score(g: &Tuple, p: &Tuple) -> [f64; 2] {
    let gargs = collapse(&g.args);
    let pargs = collapse(&p.args);
    let straight = lenient(&g.relation, &gargs, &p.relation, &pargs);
    if !SAY_WORDS.iter().any(|w| g.relation.contains(w)) {
        return straight;
    }
    let swapped: Vec<String> = if p.args.len() >= 2 {
        vec![p.args[1..].join(" "), p.args[0].clone()]
    } else {
        pargs.clone()
    };
    let reverse = lenient(&g.relation, &gargs, &p.relation, &swapped);
    // Lexicographic max, as Python's `max` of two lists.
    if reverse[0] > straight[0] || (reverse[0] == straight[0] && reverse[1] > straight[1]) {
        reverse
    } else {
        straight
    }
}

/// Scores predictions against gold: per distinct confidence threshold, recall sums each gold's best
/// recall, precision a greedy one-to-one matching; F1 maximised over thresholds; AUC by trapezoids.
pub fn score(gold: &Tuples, predicted: &Tuples) -> Score {
    let mut thresholds: Vec<f64> = predicted.values().flatten().map(|t| t.confidence).collect();
    thresholds.sort_by(f64::total_cmp);
    thresholds.dedup();
    let n = thresholds.len();
    let (mut p, mut pl, mut r, mut rl) =
        (vec![0.0; n], vec![0usize; n], vec![0.0; n], vec![0usize; n]);
    let empty = Vec::new();
    for (key, golds) in gold {
        let preds = predicted.get(key).unwrap_or(&empty);
        let scores: Vec<Vec<[f64; 2]>> = golds
            .iter()
            .map(|g| preds.iter().map(|pr| pair_score(g, pr)).collect())
            .collect();
        let mut confs: Vec<f64> = preds.iter().map(|t| t.confidence).collect();
        confs.sort_by(f64::total_cmp);
        confs.dedup();
        // Thresholds in (previous sentence confidence, conf] see the same prediction set.
        let mut prev = 0;
        for conf in confs {
            let c = thresholds.partition_point(|&t| t < conf);
            let live: Vec<usize> = (0..preds.len())
                .filter(|&j| preds[j].confidence >= conf)
                .collect();
            let rec: f64 = scores
                .iter()
                .map(|row| live.iter().map(|&j| row[j][1]).fold(0.0, f64::max))
                .sum();
            let prec = greedy_precision(&scores, &live);
            for i in prev..=c {
                p[i] += prec;
                pl[i] += live.len();
                r[i] += rec;
                rl[i] += golds.len();
            }
            prev = c + 1;
        }
        for x in rl.iter_mut().skip(prev) {
            *x += golds.len();
        }
    }
    let precs: Vec<f64> = (0..n)
        .map(|i| if pl[i] > 0 { p[i] / pl[i] as f64 } else { 1.0 })
        .collect();
    let recs: Vec<f64> = (0..n)
        .map(|i| if rl[i] > 0 { r[i] / rl[i] as f64 } else { 0.0 })
        .collect();
    let mut best = None::<(usize, f64)>;
    for i in 0..n {
        let f = if precs[i] + recs[i] > 0.0 {
            2.0 * precs[i] * recs[i] / (precs[i] + recs[i])
        } else {
            0.0
        };
        if best.is_none_or(|(_, b)| f > b) {
            best = Some((i, f));
        }
    }
    let Some((i, f1)) = best else {
        return Score {
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
            auc: 0.0,
            threshold: 0.0,
        };
    };
    // Points in threshold order (recall falls), then the added (R=0, P=1).
    let xs: Vec<f64> = recs.iter().copied().chain([0.0]).collect();
    let ys: Vec<f64> = precs.iter().copied().chain([1.0]).collect();
    let auc: f64 = xs
        .windows(2)
        .zip(ys.windows(2))
        .map(|(x, y)| (x[0] - x[1]) * (y[0] + y[1]) / 2.0)
        .sum();
    Score {
        precision: round3(precs[i]),
        recall: round3(recs[i]),
        f1: round3(f1),
        auc: round3(auc.abs()),
        threshold: thresholds[i],
    }
}

/// Greedy one-to-one matching on precision: repeatedly the best unused (gold, prediction) pair,
/// ties to the earlier gold then the earlier prediction (strict `>`, as the official scorer).
fn greedy_precision(scores: &[Vec<[f64; 2]>], live: &[usize]) -> f64 {
    let mut used_rows = vec![false; scores.len()];
    let mut used_cols: Vec<usize> = Vec::new();
    let mut total = 0.0;
    for _ in 0..scores.len().min(live.len()) {
        let mut best: Option<(usize, usize, f64)> = None;
        for (i, row) in scores.iter().enumerate() {
            if used_rows[i] {
                continue;
            }
            for &j in live {
                if used_cols.contains(&j) {
                    continue;
                }
                if best.is_none_or(|(_, _, b)| row[j][0] > b) {
                    best = Some((i, j, row[j][0]));
                }
            }
        }
        let (i, j, s) = best.expect("fewer matches than unused rows and columns");
        used_rows[i] = true;
        used_cols.push(j);
        total += s;
    }
    total
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(rel: &str, args: &[&str]) -> Tuple {
        Tuple {
            relation: rel.into(),
            args: args.iter().map(|s| s.to_string()).collect(),
            confidence: 1.0,
        }
    }

    #[test]
    fn pair_scores_follow_the_lenient_rules() {
        let cases: &[(Tuple, Tuple, [f64; 2])] = &[
            // Exact match.
            (
                t("ate", &["The cat", "fish"]),
                t("ate", &["The cat", "fish"]),
                [1.0, 1.0],
            ),
            // No relation word in common: no match at all.
            (
                t("ate", &["The cat", "fish"]),
                t("devoured", &["The cat", "fish"]),
                [0.0, 0.0],
            ),
            // Gold has arg2, prediction lacks it.
            (
                t("ate", &["The cat", "fish"]),
                t("ate", &["The cat"]),
                [0.0, 0.0],
            ),
            // Longer prediction: precision 4/5, recall 4/4.
            (
                t("ate", &["The cat", "fish"]),
                t("ate", &["The cat", "raw fish"]),
                [0.8, 1.0],
            ),
            // Case matters.
            (
                t("ate", &["The cat", "fish"]),
                t("ate", &["the cat", "fish"]),
                [0.75, 0.75],
            ),
            // arg2 and arg3 are collapsed on both sides.
            (
                t("sold", &["Ann", "cars", "in May"]),
                t("sold", &["Ann", "cars in", "May"]),
                [1.0, 1.0],
            ),
            // `be` in the prediction counts for a gold form of be: (1+1+1)/(2+1+1), 3/3.
            (
                t("is", &["Ann", "tall"]),
                t("be very", &["Ann", "tall"]),
                [0.75, 1.0],
            ),
            // A gold relation of saying is also tried swapped: arg2 and arg1 exchanged.
            (
                t("said", &["Bo", "it rained"]),
                t("said", &["it rained", "Bo"]),
                [1.0, 1.0],
            ),
            // Multiset intersection: a repeated gold word matches once per occurrence.
            (
                t("gave", &["the the", "x"]),
                t("gave", &["the", "x"]),
                [1.0, 0.75],
            ),
            // Extra prediction arguments beyond gold's are joined into arg2.
            (
                t("met", &["Al", "Bo"]),
                t("met", &["Al", "Bo", "today"]),
                [0.75, 1.0],
            ),
        ];
        for (g, p, want) in cases {
            let got = pair_score(g, p);
            assert!(
                (got[0] - want[0]).abs() < 1e-9 && (got[1] - want[1]).abs() < 1e-9,
                "{g:?} vs {p:?}: {got:?} != {want:?}"
            );
        }
    }

    #[test]
    fn keys_ignore_spaces_escapes_and_punctuation() {
        for (a, b) in [
            ("A ( b ) .", "A -LRB- b -RRB-"),
            ("It 's here .", "It's here"),
            ("x  ", "x"),
        ] {
            assert_eq!(normalize_key(a), normalize_key(b));
        }
        assert_ne!(normalize_key("a b"), normalize_key("a c"));
    }

    #[test]
    fn scores_over_thresholds() {
        let gold = read_gold("S one .\tate\tA\tB\nS one .\tsaw\tA\tC\n");
        // A perfect high-confidence tuple, a wrong low-confidence one.
        let pred = read_tabbed("S one .\t0.9\tate\tA\tB\nS one .\t0.2\tran\tA\tD\n", "t").unwrap();
        let s = score(&gold, &pred);
        // t=0.9: P=1, R=0.5 -> F1 0.667; t=0.2: P=0.5, R=0.5 -> F1 0.5.
        assert_eq!(
            (s.precision, s.recall, s.f1, s.threshold),
            (1.0, 0.5, 0.667, 0.9)
        );
        // Points (0.5,0.5), (0.5,1), (0,1): area 0.5.
        assert_eq!(s.auc, 0.5);
    }

    #[test]
    fn openie5_lines_parse_with_context() {
        let line = "0.7\tContext(Bo said,List([0, 7)))\tSimpleArgument(it,List([8, 10)))\tRelation(rained,List([11, 17)))\tSimpleArgument(hard,List([18, 22))); TemporalArgument(today,List([23, 28)))\tBo said it rained hard today .\n";
        let got = read_openie5(line, "t").unwrap();
        let tuples = &got[&normalize_key("Bo said it rained hard today .")];
        assert_eq!(
            tuples,
            &vec![Tuple {
                relation: "rained".into(),
                args: vec!["Bo said it".into(), "hard".into(), "today".into()],
                confidence: 0.7
            }]
        );
        // No arg2: skipped, as CaRB does.
        let none = read_openie5(
            "0.5\t\tSimpleArgument(x,List([0, 1)))\tRelation(y,List([2, 3)))\t\tx y .\n",
            "t",
        )
        .unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn reference_openie5_output_reproduces_published_scores() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/carb"));
        if !dir.is_dir() {
            eprintln!("note: ../shared is absent; skipping the CaRB reference test");
            return;
        }
        let gold = read_gold(&std::fs::read_to_string(dir.join("gold/dev.tsv")).unwrap());
        let sys = std::fs::read_to_string(dir.join("reference/openie5-dev-output.txt")).unwrap();
        let s = score(&gold, &read_openie5(&sys, "openie5").unwrap());
        assert_eq!(
            (s.precision, s.recall, s.f1, s.auc),
            (0.526, 0.406, 0.458, 0.240),
            "{s:?}"
        );
    }
}
