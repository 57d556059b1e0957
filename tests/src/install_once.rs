//! What the tests install themselves (npm packages, Python environments),
//! installed once: under a file lock, so that test binaries running at once
//! install it once and the others wait and reuse it, and redone only when a
//! stamp written after a complete install no longer holds the input it was
//! made from (a lockfile, a requirements file).

use std::fs::{self, File};
use std::path::Path;

/// Under the lock `lock`, runs `install` unless `stamp` holds `wanted` and
/// `present` finds what an install leaves; then writes `wanted` into
/// `stamp`. Whether `install` ran.
pub fn install_once(
    lock: &Path,
    stamp: &Path,
    wanted: &[u8],
    present: impl FnOnce() -> bool,
    install: impl FnOnce(),
) -> bool {
    let guard = File::create(lock)
        .and_then(|file| file.lock().map(|()| file))
        .unwrap_or_else(|e| panic!("cannot lock {}: {e}", lock.display()));
    let installed = fs::read(stamp).is_ok_and(|stamp| stamp == wanted);
    let ran = !(installed && present());
    if ran {
        install();
        fs::write(stamp, wanted)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", stamp.display()));
    }
    drop(guard);
    ran
}
