//! Tabular output shared by the query subcommands: aligned table, CSV, JSON array, JSON lines.

use std::io::Write;

use clap::ValueEnum;
use serde_json::Value;

/// How a result table is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// Columns aligned with spaces, for people.
    #[default]
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// Rows of typed cells under named columns.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn new(headers: impl IntoIterator<Item = impl Into<String>>) -> Table {
        Table {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(
            row.len(),
            self.headers.len(),
            "a row has one cell per column"
        );
        self.rows.push(row);
    }

    /// Writes the table in `format`.
    pub fn write(&self, format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
        match format {
            Format::Table => self.write_aligned(out)?,
            Format::Csv => {
                // Render into memory so a closed pipe surfaces as a plain io::Error on write.
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(&self.headers)?;
                for row in &self.rows {
                    w.write_record(row.iter().map(cell_text))?;
                }
                out.write_all(&w.into_inner().map_err(|e| e.into_error())?)?;
            }
            Format::Json => {
                writeln!(out, "[")?;
                for (i, row) in self.rows.iter().enumerate() {
                    let comma = if i + 1 < self.rows.len() { "," } else { "" };
                    writeln!(out, "  {}{comma}", self.object(row))?;
                }
                writeln!(out, "]")?;
            }
            Format::Jsonl => {
                for row in &self.rows {
                    writeln!(out, "{}", self.object(row))?;
                }
            }
        }
        Ok(())
    }

    /// One row as a JSON object with keys in column order (serde_json's map would sort them).
    fn object(&self, row: &[Value]) -> String {
        let fields: Vec<String> = self
            .headers
            .iter()
            .zip(row)
            .map(|(h, v)| format!("{}:{v}", Value::String(h.clone())))
            .collect();
        format!("{{{}}}", fields.join(","))
    }

    /// Columns padded to their widest cell (in characters); the last column is not padded.
    fn write_aligned(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let texts: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(cell_text).collect())
            .collect();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &texts {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
            let last = cells.len().saturating_sub(1);
            let mut s = String::new();
            for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
                s.push_str(cell);
                if i < last {
                    s.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
                }
            }
            writeln!(out, "{}", s.trim_end())
        };
        line(&self.headers, out)?;
        for row in &texts {
            line(row, out)?;
        }
        Ok(())
    }
}

/// A cell as text: strings without line breaks, floats with 6 decimals, null as empty.
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.replace(['\n', '\r', '\t'], " "),
        Value::Number(n) if n.is_f64() => format!("{:.6}", n.as_f64().unwrap_or(f64::NAN)),
        other => other.to_string(),
    }
}

/// Stdout, locked and buffered.
pub fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Table {
        let mut t = Table::new(["name", "weight", "score"]);
        t.push(vec![json!("Vladimir Putin"), json!(2), json!(0.5)]);
        t.push(vec![
            json!("two\nlines, \"quoted\""),
            json!(10),
            Value::Null,
        ]);
        t
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        sample().write(format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_format_has_exact_output() {
        assert_eq!(
            render(Format::Table),
            "name                 weight  score\nVladimir Putin       2       0.500000\ntwo lines, \"quoted\"  10\n"
        );
        assert_eq!(
            render(Format::Csv),
            "name,weight,score\nVladimir Putin,2,0.500000\n\"two lines, \"\"quoted\"\"\",10,\n"
        );
        assert_eq!(
            render(Format::Jsonl),
            "{\"name\":\"Vladimir Putin\",\"weight\":2,\"score\":0.5}\n{\"name\":\"two\\nlines, \\\"quoted\\\"\",\"weight\":10,\"score\":null}\n"
        );
        let json: Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(json[1]["weight"], 10);
    }
}
