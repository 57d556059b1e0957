//! `Client::from_env()`. One test in its own binary: it changes the process
//! environment, which no other test may observe.

use altur_api::{Client, ClientInfo, ConfigError};

#[test]
fn from_env_reads_the_key_and_optional_base_url() {
    // SAFETY: the only test in this binary, so no other thread reads the
    // environment meanwhile.
    unsafe {
        std::env::remove_var("ALTUR_API_KEY");
        std::env::remove_var("ALTUR_BASE_URL");
    }
    let error = Client::from_env().expect_err("no key set");
    assert!(
        matches!(
            error,
            ConfigError::Env {
                variable: "ALTUR_API_KEY",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.to_string(), "ALTUR_API_KEY: it is not set");

    unsafe { std::env::set_var("ALTUR_API_KEY", "sk_env_1234") };
    assert_eq!(
        Client::from_env().expect("key set").baseurl(),
        altur_api::DEFAULT_BASE_URL
    );

    unsafe { std::env::set_var("ALTUR_BASE_URL", "http://127.0.0.1:4010/") };
    assert_eq!(
        Client::from_env().expect("loopback").baseurl(),
        "http://127.0.0.1:4010"
    );

    unsafe { std::env::set_var("ALTUR_BASE_URL", "http://api.altur.io") };
    let error = Client::from_env().expect_err("clear text to a remote host");
    assert!(
        matches!(error, ConfigError::InsecureBaseUrl { .. }),
        "{error:?}"
    );
    assert!(!error.to_string().contains("sk_env_1234"));
}
