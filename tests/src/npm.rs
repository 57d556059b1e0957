//! Tools the tests install from npm themselves, each from a committed
//! lockfile in a folder of `tests/` (`npm ci`), once: the first test that
//! needs one installs it, under a file lock so that test binaries running
//! at once install it once; the others wait and reuse it.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Written into `node_modules` after a complete `npm ci`, holding the
/// lockfile it installed: a half-finished or outdated install is redone.
const STAMP: &str = "node_modules/.altur-installed-from";

/// What to install: `tests/<folder>`, for `who` (named in messages).
pub struct Packages {
    pub folder: PathBuf,
    pub who: &'static str,
    /// `npm ci` flags beyond the usual ones (`--ignore-scripts`).
    pub flags: &'static [&'static str],
}

impl Packages {
    pub fn new(folder: &str, who: &'static str) -> Packages {
        Packages {
            folder: crate::workspace_root().join("tests").join(folder),
            who,
            flags: &[],
        }
    }

    /// Installs the lockfile's packages unless that exact install is there
    /// (and `present` finds what it needs); then runs `after` (still under
    /// the lock, on a fresh install only). Whether npm ran.
    pub fn install(&self, present: impl Fn() -> bool, after: impl FnOnce()) -> bool {
        if let Some(why) = missing("node", None, self.who) {
            panic!("{why}");
        }
        let folder = &self.folder;
        let lockfile = fs::read(folder.join("package-lock.json"))
            .unwrap_or_else(|e| panic!("{}/package-lock.json: {e}", folder.display()));
        crate::install_once::install_once(
            &folder.join(".install.lock"),
            &folder.join(STAMP),
            &lockfile,
            present,
            || {
                self.npm_ci();
                after();
            },
        )
    }

    fn npm_ci(&self) {
        if let Some(why) = missing("npm", None, self.who) {
            panic!("{why}");
        }
        let shown = self
            .folder
            .strip_prefix(crate::workspace_root())
            .unwrap_or(&self.folder)
            .display()
            .to_string();
        eprintln!(
            "installing {} from {shown}/package-lock.json (npm ci, once)",
            self.who
        );
        let output = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .args(self.flags)
            .arg("--prefix")
            .arg(&self.folder)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run npm: {e}"));
        if !output.status.success() {
            panic!(
                "`npm ci --prefix {shown}` failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

/// The one-line failure when `tool` (node or npm) cannot be run with this
/// `PATH` (the process's own when `None`), for the tests of `who`.
pub fn missing(tool: &str, path: Option<&std::ffi::OsStr>, who: &str) -> Option<String> {
    let mut command = Command::new(tool);
    command
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(path) = path {
        command.env("PATH", path);
    }
    match command.status() {
        Ok(status) if status.success() => None,
        _ => Some(format!(
            "the {who} tests need Node.js 20.19 or newer with npm, and `{tool} --version` \
             does not run: install Node.js and npm (https://nodejs.org/, or `apt install nodejs npm`)"
        )),
    }
}
