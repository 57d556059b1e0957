//! Prism installs itself on first use; without Node.js the failure says, in
//! one line, what to install.

use altur_api_tests::prism;

#[test]
fn without_node_or_npm_the_failure_says_what_to_install() {
    let empty = std::env::temp_dir().join(format!("altur-empty-path-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    for tool in ["node", "npm"] {
        let why =
            prism::missing(tool, Some(empty.as_os_str())).expect("nothing runs from an empty PATH");
        assert!(!why.contains('\n'), "one line: {why}");
        assert!(why.contains(&format!("`{tool} --version`")), "{why}");
        assert!(why.contains("install Node.js and npm"), "{why}");
    }
    let _ = std::fs::remove_dir(&empty);
}

#[test]
fn node_and_npm_are_found_on_this_machine() {
    assert_eq!(prism::missing("node", None), None);
    assert_eq!(prism::missing("npm", None), None);
}

#[test]
fn installing_three_times_at_once_installs_at_most_once_and_all_get_prism() {
    let handles: Vec<_> = (0..3).map(|_| std::thread::spawn(prism::install)).collect();
    let mut installs = 0;
    for handle in handles {
        let installed = handle.join().expect("the install succeeds");
        installs += usize::from(installed.ran_npm);
        let binary = installed.binary;
        let output = std::process::Command::new(&binary)
            .arg("--version")
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", binary.display());
        assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "5.14.2");
    }
    assert!(installs <= 1, "npm ran {installs} times");
    // And a later call reuses what is there.
    assert!(!prism::install().ran_npm);
}
