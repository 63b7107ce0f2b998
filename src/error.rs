//! The library error type: a struct with a non-exhaustive kind, messages that say what to do.

use std::fmt;
use std::path::PathBuf;

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A model file is corrupt or of another format version.
    Model(String),
    /// An input document could not be used. `doc` names it (path, or `path:line` for JSONL).
    Input {
        doc: String,
        offset: Option<usize>,
        message: String,
    },
    /// A graph store (graph.json) could not be read.
    Graph { path: PathBuf, message: String },
    /// A query pattern is malformed.
    Query {
        pattern: String,
        offset: usize,
        message: String,
    },
    /// An external program (Graphviz, ...) is missing or failed.
    Tool(String),
    /// Anything else, with its message.
    Other(String),
}

/// The library error.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            path: path.into(),
            source,
        })
    }

    pub fn model(msg: impl Into<String>) -> Error {
        Error::new(ErrorKind::Model(msg.into()))
    }

    pub fn input(doc: impl Into<String>, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Input {
            doc: doc.into(),
            offset: None,
            message: message.into(),
        })
    }

    pub fn graph(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Graph {
            path: path.into(),
            message: message.into(),
        })
    }

    pub fn other(msg: impl Into<String>) -> Error {
        Error::new(ErrorKind::Other(msg.into()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ErrorKind::Model(m) => write!(f, "{m}"),
            ErrorKind::Input {
                doc,
                offset: Some(o),
                message,
            } => {
                write!(f, "{doc}: byte {o}: {message}")
            }
            ErrorKind::Input {
                doc,
                offset: None,
                message,
            } => write!(f, "{doc}: {message}"),
            ErrorKind::Graph { path, message } => write!(f, "{}: {message}", path.display()),
            ErrorKind::Query {
                pattern,
                offset,
                message,
            } => {
                // `offset` is in bytes; the caret needs one space per character before it.
                let column = pattern
                    .get(..*offset)
                    .map_or(*offset, |p| p.chars().count());
                write!(f, "{message}\n  {pattern}\n  {}^", " ".repeat(column))
            }
            ErrorKind::Tool(m) | ErrorKind::Other(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
