//! What the kernel reports about this process (Linux `/proc/self`): CPU time and peak memory,
//! for `relgraph bench` and the `--verbose` summary of `build`. Elsewhere both are `None`.

/// CPU seconds this process has used, over all its threads (utime + stime of /proc/self/stat,
/// in the kernel's USER_HZ ticks, 100 a second on Linux), when the platform reports it. Next to
/// wall time it shows how much of the machine a run really got: on a shared machine a
/// two-thread run that gets one core's worth cannot be twice as fast.
pub fn cpu_seconds() -> Option<f64> {
    cpu_user_system().map(|(user, system)| user + system)
}

/// [`cpu_seconds`] split into user and system (kernel) seconds: writing a large file costs
/// kernel time copying it into the page cache, which no formatting change can save.
pub fn cpu_user_system() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user / 100.0, system / 100.0))
}

/// Peak resident set size in MB (VmHWM of /proc/self/status), when the platform reports it.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
