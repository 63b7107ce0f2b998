//! Progress for long runs: an indicatif bar on stderr only when stderr is a terminal (bytes of
//! input, documents, tokens/s, ETA), nothing at all when stderr is piped or `--quiet` is given,
//! so logs and pipelines never receive carriage returns or escape codes.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How chatty a run is on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Warnings and errors only.
    Quiet,
    /// Plus the progress bar (on a terminal) and the closing summary.
    Normal,
    /// Plus one line per document.
    Verbose,
}

impl Verbosity {
    pub fn from_flags(quiet: bool, verbose: bool) -> Verbosity {
        match (quiet, verbose) {
            (true, _) => Verbosity::Quiet,
            (false, true) => Verbosity::Verbose,
            (false, false) => Verbosity::Normal,
        }
    }
}

/// A progress display; every method is a no-op for the parts that are switched off.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    /// Bytes of input consumed, shared with the input reader.
    bytes: Arc<AtomicU64>,
    verbosity: Verbosity,
    started: Instant,
}

impl Progress {
    /// A bar over `total` input bytes (a spinner when unknown), shown only on a terminal.
    pub fn new(total: Option<u64>, bytes: Arc<AtomicU64>, verbosity: Verbosity) -> Progress {
        let show = verbosity != Verbosity::Quiet && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let template = match total {
                Some(_) => {
                    "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {msg} ETA {eta}"
                }
                None => "{spinner} {elapsed_precise} {bytes} {msg}",
            };
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr_with_hz(4));
            let style = ProgressStyle::with_template(template)
                .expect("the template is a constant")
                .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress {
            bar,
            bytes,
            verbosity,
            started: Instant::now(),
        }
    }

    /// Records one finished document (`id`, totals so far).
    pub fn document(&self, line: impl FnOnce() -> String, documents: usize, tokens: usize) {
        if self.verbosity == Verbosity::Verbose {
            self.eprintln(&line());
        }
        // Formatting a message per document would cost more than the bar is worth on corpora
        // of short articles; every 64th document is smooth enough at 4 redraws a second.
        if let Some(bar) = self.bar.as_ref().filter(|_| documents % 64 == 1) {
            bar.set_position(self.bytes.load(Ordering::Relaxed));
            let secs = self.started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{documents} docs, {:.0} tokens/s",
                tokens as f64 / secs
            ));
        }
    }

    /// Prints a line on stderr without tearing the bar.
    pub fn eprintln(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar before the summary is printed.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_map_to_verbosity_and_quiet_wins() {
        for (q, v, want) in [
            (false, false, Verbosity::Normal),
            (true, false, Verbosity::Quiet),
            (false, true, Verbosity::Verbose),
            (true, true, Verbosity::Quiet),
        ] {
            assert_eq!(Verbosity::from_flags(q, v), want);
        }
    }

    #[test]
    fn no_bar_when_stderr_is_not_a_terminal_or_quiet() {
        let quiet = Progress::new(Some(10), Arc::default(), Verbosity::Quiet);
        assert!(quiet.bar.is_none());
        // Test harnesses capture stderr, so it is not a terminal here.
        if !std::io::stderr().is_terminal() {
            let normal = Progress::new(None, Arc::default(), Verbosity::Normal);
            assert!(normal.bar.is_none());
        }
    }
}
