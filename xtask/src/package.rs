//! `cargo package -p altur-api` of the working tree, unpacked: the crate as
//! a user downloads it. Standard library only: `tests/tests/packaged_crate.rs`
//! compiles this file too (`#[path]`).

use std::path::Path;
use std::process::Command;

/// Packages the crate of the workspace at `root` (the working tree, dirty
/// or not) with `target` as the target directory, and unpacks it into
/// `dir`, emptied first.
pub fn unpack_crate(root: &Path, target: &Path, dir: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root)
        .args([
            "package",
            "--quiet",
            "--locked",
            "--allow-dirty",
            "--no-verify",
        ])
        .args(["-p", "altur-api"])
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| format!("cannot run cargo package: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo package -p altur-api failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let archive = std::fs::read_dir(target.join("package"))
        .map_err(|e| format!("{}: {e}", target.join("package").display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|ext| ext == "crate"))
        .ok_or("cargo package wrote no .crate file")?;
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    // `--touch`: the files dated now, not as the archive dates them (cargo
    // package writes 2006), so a build of the unpacked crate in a target
    // that built an older one sees them changed and builds again.
    let status = Command::new("tar")
        .arg("xzf")
        .arg(&archive)
        .arg("--touch")
        .args(["--strip-components", "1", "-C"])
        .arg(dir)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar could not unpack {}", archive.display()));
    }
    Ok(())
}
