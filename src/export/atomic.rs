//! Atomic file output: readers see the old file or the new one, never a half-written one.
//!
//! The bytes go to a temporary file in the target's own directory (so the final rename stays on
//! one file system and is atomic), are flushed to disk with `sync_all`, then renamed over the
//! target. On any failure the temporary file is removed and the old target is left untouched.
//! Temporary files are private (0600) by default; the result gets the old target's permissions,
//! or for a new file the usual `0666 & !umask`, like any file the user creates.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use tempfile::{Builder, NamedTempFile};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically, creating the parent directory if missing.
///
/// # Errors
/// An [`ErrorKind::Io`](crate::error::ErrorKind::Io) naming `path` (or its directory) when the
/// directory cannot be created or written, or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Like [`write_atomic`], but `fill` streams the contents into a buffered writer, so a large
/// export never has to sit in memory whole.
///
/// # Errors
/// As [`write_atomic`]; an error from `fill` names the temporary file and leaves the target as
/// it was.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<&File>) -> io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let tmp = temp_file(path, dir).map_err(|e| Error::io(dir, e))?;
    let mut w = BufWriter::with_capacity(BUFFER, tmp.as_file());
    fill(&mut w)
        .and_then(|()| w.flush())
        .map_err(|e| Error::io(tmp.path(), e))?;
    drop(w);
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io(tmp.path(), e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Write buffer size: large enough that a write system call moves a useful amount of data.
const BUFFER: usize = 1 << 20;

/// A hidden temporary file next to `path`, created with the permissions the result should have.
fn temp_file(path: &Path, dir: &Path) -> std::io::Result<NamedTempFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {
            builder.permissions(meta.permissions());
        }
        _ => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                // Requested at open(2), so the umask still applies.
                builder.permissions(std::fs::Permissions::from_mode(0o666));
            }
        }
    }
    builder.tempfile_in(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_existing_file_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.dot");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(entries(dir.path()), ["graph.dot"]);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_not_private_and_old_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("graph.json");
        write_atomic(&fresh, b"x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_ne!(
            mode & 0o044,
            0,
            "mode {mode:o}: others cannot read a new export"
        );
        let kept = dir.path().join("graph.dot");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&kept, b"new").unwrap();
        assert_eq!(
            std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn creates_missing_directories() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/nodes.csv");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[test]
    fn failure_names_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "").unwrap();
        let err = write_atomic(&blocker.join("graph.json"), b"x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("file"), "{err}");
    }

    #[test]
    fn failed_write_leaves_the_old_target_and_no_temp_files() {
        // A directory cannot be replaced by a file, even by root (a read-only directory can be
        // written by root, so this is the failure that works everywhere).
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("graph.json");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), "old").unwrap();
        assert!(write_atomic(&target, b"new").is_err());
        assert_eq!(std::fs::read_to_string(target.join("keep")).unwrap(), "old");
        assert_eq!(entries(dir.path()), ["graph.json"]);
    }
}
