//! What a change of the spec means for a release: its entry in CHANGELOG.md
//! (Keep a Changelog's form, under `## [Unreleased]`), the next version by
//! Cargo's semver rules for 0.x, and writing that version (`--bump`).
//!
//! The last release is recorded in the workspace manifest,
//! `[workspace.metadata.release]`: its `version` and the git `rev` it was
//! made from, the baseline cargo-semver-checks compares against.

use std::fs;
use std::path::Path;

use crate::files::write_atomically;
use crate::report::{Kind, Report};

pub const CHANGELOG: &str = "CHANGELOG.md";
pub const CRATE_MANIFEST: &str = "altur-api/Cargo.toml";
pub const WORKSPACE_MANIFEST: &str = "Cargo.toml";
pub const LOCKFILE: &str = "Cargo.lock";
const UNRELEASED: &str = "## [Unreleased]";
const BREAKING: &str = "**Breaking:**";

/// The last version users have, and what it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Released {
    pub version: String,
    pub rev: String,
}

/// `[workspace.metadata.release]` of the workspace manifest.
pub fn released(root: &Path) -> Result<Released, String> {
    let path = root.join(WORKSPACE_MANIFEST);
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value = |key: &str| {
        table_value(&text, "[workspace.metadata.release]", key).ok_or_else(|| {
            format!("{WORKSPACE_MANIFEST} has no `{key}` in [workspace.metadata.release]")
        })
    };
    Ok(Released {
        version: value("version")?,
        rev: value("rev")?,
    })
}

/// The crate's version in its manifest.
pub fn current(root: &Path) -> Result<String, String> {
    let path = root.join(CRATE_MANIFEST);
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    table_value(&text, "[package]", "version")
        .ok_or_else(|| format!("{CRATE_MANIFEST} has no [package] version"))
}

/// `key = "value"` in `[table]` of a TOML text (the plain form Cargo
/// manifests use).
fn table_value(text: &str, table: &str, key: &str) -> Option<String> {
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == table;
        } else if inside
            && let Some((k, v)) = line.split_once('=')
            && k.trim() == key
        {
            return Some(v.trim().trim_matches('"').to_owned());
        }
    }
    None
}

/// The version after `released`: the minor bumped for a breaking change
/// (Cargo's rule for 0.x: 0.1 and 0.2 are incompatible), the patch
/// otherwise; the major for a breaking change once at 1.0.
pub fn next_version(released: &str, breaking: bool) -> Result<String, String> {
    let parts: Vec<u64> = released
        .split('.')
        .map(|p| p.parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("`{released}` is not a version MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else {
        return Err(format!("`{released}` is not a version MAJOR.MINOR.PATCH"));
    };
    Ok(match (major, breaking) {
        (0, true) => format!("0.{}.0", minor + 1),
        (_, true) => format!("{}.0.0", major + 1),
        (_, false) => format!("{major}.{minor}.{}", patch + 1),
    })
}

/// The bullets a report adds to the changelog, by section.
pub fn bullets(report: &Report) -> Vec<(Kind, String)> {
    let mut bullets: Vec<(Kind, String)> = report
        .changes()
        .map(|change| {
            let mark = if change.breaking {
                format!("{BREAKING} ")
            } else {
                String::new()
            };
            (change.kind, format!("- {mark}{}.", change.words))
        })
        .collect();
    // Breaking first within a section, so that a reader sees them.
    bullets.sort_by_key(|(kind, bullet)| (*kind, !bullet.contains(BREAKING)));
    bullets
}

/// The entry as `spec refresh` prints it.
pub fn entry_text(bullets: &[(Kind, String)]) -> String {
    let mut out = String::new();
    for kind in [Kind::Added, Kind::Changed, Kind::Removed] {
        let mine: Vec<&String> = bullets
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, b)| b)
            .collect();
        if !mine.is_empty() {
            out.push_str(&format!("### {}\n\n", heading(kind)));
            for bullet in mine {
                out.push_str(bullet);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    out
}

fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Added => "Added",
        Kind::Changed => "Changed",
        Kind::Removed => "Removed",
    }
}

/// The changelog with `bullets` added under `## [Unreleased]`, each at the
/// end of its section (made if missing).
pub fn insert(changelog: &str, bullets: &[(Kind, String)]) -> Result<String, String> {
    let mut lines: Vec<String> = changelog.lines().map(str::to_owned).collect();
    let start = lines
        .iter()
        .position(|l| l.trim() == UNRELEASED)
        .ok_or_else(|| format!("{CHANGELOG} has no `{UNRELEASED}` section"))?;
    for kind in [Kind::Added, Kind::Changed, Kind::Removed] {
        let mine: Vec<&String> = bullets
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, b)| b)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let end = lines[start + 1..]
            .iter()
            .position(|l| l.starts_with("## "))
            .map_or(lines.len(), |n| start + 1 + n);
        let title = format!("### {}", heading(kind));
        let section = match lines[start..end].iter().position(|l| l.trim() == title) {
            Some(n) => start + n,
            None => {
                // Before the first later section, or at the end.
                let at = lines[start + 1..end]
                    .iter()
                    .position(|l| {
                        l.strip_prefix("### ")
                            .is_some_and(|h| order(h) > order(heading(kind)))
                    })
                    .map_or(end, |n| start + 1 + n);
                lines.splice(at..at, [title.clone(), String::new()]);
                at
            }
        };
        let section_end = lines[section + 1..]
            .iter()
            .position(|l| l.starts_with("## ") || l.starts_with("### "))
            .map_or(lines.len(), |n| section + 1 + n);
        // After the last non-blank line of the section.
        let mut at = section_end;
        while at > section + 1 && lines[at - 1].trim().is_empty() {
            at -= 1;
        }
        let mut block: Vec<String> = Vec::new();
        if at == section + 1 {
            block.push(String::new());
        }
        block.extend(mine.iter().map(|b| (*b).clone()));
        if at == section_end || !lines[at].trim().is_empty() || at + 1 > lines.len() {
            block.push(String::new());
        }
        lines.splice(at..at, block);
    }
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(text)
}

fn order(heading: &str) -> usize {
    [
        "Added",
        "Changed",
        "Deprecated",
        "Removed",
        "Fixed",
        "Security",
    ]
    .iter()
    .position(|h| *h == heading.trim())
    .unwrap_or(usize::MAX)
}

/// Whether the Unreleased section holds a breaking change (this refresh's,
/// an earlier one's, or a hand-written one's).
pub fn unreleased_breaking(changelog: &str) -> bool {
    changelog
        .lines()
        .skip_while(|l| l.trim() != UNRELEASED)
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .any(|l| l.contains(BREAKING))
}

/// The version to release next, from the last release and the Unreleased
/// section; never below the manifest's (a bump already made stays).
pub fn proposal(root: &Path, changelog: &str) -> Result<String, String> {
    let released = released(root)?;
    let next = next_version(&released.version, unreleased_breaking(changelog))?;
    let current = current(root)?;
    let key = |v: &str| -> Vec<u64> { v.split('.').filter_map(|p| p.parse().ok()).collect() };
    Ok(if key(&current) > key(&next) {
        current
    } else {
        next
    })
}

/// Writes `version` into the crate's manifest, the workspace's dependency
/// on it and Cargo.lock, and dates the Unreleased section as that version
/// with a new, empty Unreleased above it.
pub fn bump(root: &Path, version: &str, today: &str) -> Result<(), String> {
    let old = current(root)?;
    let edit = |file: &str, f: &dyn Fn(&str) -> Option<String>| -> Result<(), String> {
        let path = root.join(file);
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let new = f(&text).ok_or_else(|| format!("{file}: cannot find altur-api's version"))?;
        write_atomically(&path, &new)
    };
    let changelog =
        fs::read_to_string(root.join(CHANGELOG)).map_err(|e| format!("{CHANGELOG}: {e}"))?;
    let dated = date_unreleased(&changelog, version, today)?;
    edit(CRATE_MANIFEST, &|t| {
        replace_once(
            t,
            &format!("version = \"{old}\""),
            &format!("version = \"{version}\""),
        )
    })?;
    edit(WORKSPACE_MANIFEST, &|t| {
        replace_once(
            t,
            &format!("altur-api = {{ path = \"altur-api\", version = \"{old}\" }}"),
            &format!("altur-api = {{ path = \"altur-api\", version = \"{version}\" }}"),
        )
    })?;
    edit(LOCKFILE, &|t| {
        replace_once(
            t,
            &format!("name = \"altur-api\"\nversion = \"{old}\""),
            &format!("name = \"altur-api\"\nversion = \"{version}\""),
        )
    })?;
    write_atomically(&root.join(CHANGELOG), &dated)
}

fn replace_once(text: &str, from: &str, to: &str) -> Option<String> {
    text.contains(from).then(|| text.replacen(from, to, 1))
}

fn date_unreleased(changelog: &str, version: &str, today: &str) -> Result<String, String> {
    if !changelog.contains(UNRELEASED) {
        return Err(format!("{CHANGELOG} has no `{UNRELEASED}` section"));
    }
    let fresh = format!(
        "{UNRELEASED}\n\n### Added\n\n### Changed\n\n### Removed\n\n### Fixed\n\n## [{version}] - {today}"
    );
    // Empty sections of the released version say nothing: drop them.
    let text = changelog.replacen(UNRELEASED, &fresh, 1);
    let mut out: Vec<&str> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let released_at = lines
        .iter()
        .position(|l| l.starts_with(&format!("## [{version}]")))
        .unwrap_or(0);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if i > released_at && line.starts_with("### ") {
            let body_end = lines[i + 1..]
                .iter()
                .position(|l| l.starts_with("#"))
                .map_or(lines.len(), |n| i + 1 + n);
            let in_this_release = !lines[released_at + 1..i]
                .iter()
                .any(|l| l.starts_with("## "));
            if in_this_release && lines[i + 1..body_end].iter().all(|l| l.trim().is_empty()) {
                i = body_end;
                continue;
            }
        }
        out.push(line);
        i += 1;
    }
    Ok(format!("{}\n", out.join("\n").trim_end()))
}

/// Today as `YYYY-MM-DD` (UTC), for the changelog's heading.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHANGELOG_TEXT: &str = "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- Something by hand.\n\n### Changed\n\n### Removed\n\n### Fixed\n";

    #[test]
    fn versions_by_cargos_rules_for_0x() {
        assert_eq!(next_version("0.1.0", true).unwrap(), "0.2.0");
        assert_eq!(next_version("0.1.0", false).unwrap(), "0.1.1");
        assert_eq!(next_version("1.4.2", true).unwrap(), "2.0.0");
        assert_eq!(next_version("1.4.2", false).unwrap(), "1.4.3");
        assert!(next_version("1.4", false).is_err());
    }

    #[test]
    fn bullets_go_under_their_sections_of_unreleased() {
        let bullets = vec![
            (Kind::Added, "- `Client::list_agents`.".to_owned()),
            (
                Kind::Changed,
                "- **Breaking:** `A::b` is required.".to_owned(),
            ),
            (Kind::Added, "- `Agent`.".to_owned()),
        ];
        let text = insert(CHANGELOG_TEXT, &bullets).unwrap();
        assert_eq!(
            text,
            "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- Something by hand.\n- `Client::list_agents`.\n- `Agent`.\n\n### Changed\n\n- **Breaking:** `A::b` is required.\n\n### Removed\n\n### Fixed\n"
        );
        assert!(unreleased_breaking(&text) && !unreleased_breaking(CHANGELOG_TEXT));
        let bare = insert(
            "# C\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n",
            &bullets,
        )
        .unwrap();
        assert_eq!(
            bare,
            "# C\n\n## [Unreleased]\n\n### Added\n\n- `Client::list_agents`.\n- `Agent`.\n\n### Changed\n\n- **Breaking:** `A::b` is required.\n\n## [0.1.0] - 2026-01-01\n"
        );
    }

    #[test]
    fn a_release_dates_unreleased_and_opens_a_new_one() {
        let text = date_unreleased(CHANGELOG_TEXT, "0.2.0", "2026-12-01").unwrap();
        assert_eq!(
            text,
            "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n### Changed\n\n### Removed\n\n### Fixed\n\n## [0.2.0] - 2026-12-01\n\n### Added\n\n- Something by hand.\n\n"
                .trim_end()
                .to_owned()
                + "\n"
        );
    }

    #[test]
    fn today_is_a_date() {
        let today = today();
        assert_eq!(today.len(), 10);
        assert!(today.starts_with("20"), "{today}");
    }
}
