//! `altur sandbox`: the whole API, from state, on loopback (altur-sandbox),
//! for rehearsing an integration or an import before the real one. Its
//! first line on standard output is one JSON object (base URL, key, agents,
//! integrations, webhook secret); then a line per request and per delivery
//! attempt on standard error, until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::time::Duration;

use altur_sandbox::{Endpoint, Faults, Sandbox};

use crate::failure::{Failure, Result};
use crate::output::print_line;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Its first line on standard output is one JSON object: base_url and api_key \
    (export them as ALTUR_BASE_URL and ALTUR_API_KEY, and every `altur` command and the crate \
    talk to the sandbox), agents (id, public_id, name, nickname) and integrations (id, \
    agent_id, channel, phone_number) to create campaigns with, webhook_secret (for \
    ALTUR_WEBHOOK_SECRET and `altur webhooks listen`), webhooks (the URLs it delivers to) and \
    seed (to draw the same ids and outcomes again). Then a line per request and per delivery \
    attempt on standard error, until Ctrl-C or SIGTERM."
)]
pub struct Command {
    /// The port to listen on, on 127.0.0.1 [default: a free one]
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    port: u16,
    /// Keep the state in this SQLite file: a sandbox started again on it
    /// (after a stop or a crash) has every write it had answered
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Draw ids and outcomes from this seed, the same every run [default:
    /// random]
    #[arg(long)]
    seed: Option<u64>,
    /// Run the sandbox's clock this many times faster than real time (calls,
    /// campaigns, retries)
    #[arg(long, default_value_t = 1.0, value_name = "N")]
    speed: f64,
    /// Deliver webhooks to this URL (repeat for more); every event, signed
    /// in the current scheme
    #[arg(long = "webhook-url", value_name = "URL")]
    webhook_urls: Vec<String>,
    /// Sign deliveries in the older scheme (hex digest of the secret's
    /// bytes) instead of the current one
    #[arg(long)]
    legacy_signatures: bool,
    /// The webhook secret, base64 [default: ALTUR_WEBHOOK_SECRET, else drawn
    /// from the seed]
    #[arg(long, value_name = "SECRET", hide_default_value = true)]
    webhook_secret: Option<String>,
    /// Make the agents this JSON file lists ({"agents": [{"name", "nickname"}]})
    /// instead of the two default ones
    #[arg(long, value_name = "FILE")]
    agents: Option<PathBuf>,
    /// Billed call seconds the plan allows; past them, activate and resume
    /// answer 402 BILLING_LIMIT_REACHED
    #[arg(long, value_name = "SECONDS")]
    budget_seconds: Option<i64>,
    /// Inject faults: shares of requests, as `503=0.1,429=0.05,lost=0.05,slow=0.05`
    #[arg(long, value_name = "SHARES")]
    faults: Option<String>,
    /// Answer more than 12 requests a second on the campaign operations
    #[arg(long)]
    no_rate_limit: bool,
    /// Serve this OpenAPI document instead of the spec `altur` was built
    /// with (a refreshed openapi/altur.yaml): an operation it adds is routed
    /// and checked, and answered 501 NOT_MODELED until the sandbox models it
    #[arg(long, value_name = "FILE")]
    spec: Option<PathBuf>,
}

impl Command {
    pub async fn run(self) -> Result<()> {
        let mut builder = Sandbox::builder()
            .port(self.port)
            .speed(self.speed)
            .rate_limits(!self.no_rate_limit);
        if let Some(seed) = self.seed {
            builder = builder.seed(seed);
        }
        if let Some(path) = self.state {
            builder = builder.state_file(path);
        }
        let secret = self
            .webhook_secret
            .or_else(|| std::env::var(crate::globals::SECRET_ENV).ok());
        if let Some(secret) = secret {
            builder = builder.webhook_secret(secret);
        }
        for url in self.webhook_urls {
            let endpoint = Endpoint::new(url);
            builder = builder.webhook_endpoint(if self.legacy_signatures {
                endpoint.legacy()
            } else {
                endpoint
            });
        }
        if let Some(path) = self.agents {
            builder = builder
                .seed_file(path)
                .map_err(|e| Failure::Usage(e.to_string()))?;
        }
        if let Some(seconds) = self.budget_seconds {
            builder = builder.budget_seconds(seconds);
        }
        if let Some(path) = self.spec {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Failure::Usage(format!("--spec {}: {e}", path.display())))?;
            builder = builder.spec(text);
        }
        if let Some(shares) = self.faults {
            builder = builder.faults(faults(&shares, self.seed.unwrap_or(0))?);
        }
        log_to_stderr();
        let sandbox = builder
            .start()
            .await
            .map_err(|e| Failure::Usage(format!("cannot start the sandbox: {e}")))?;
        print_line(&sandbox.info().to_string());
        stopped().await;
        sandbox.stop().await;
        Ok(())
    }
}

/// `503=0.1,429=0.05,lost=0.05,slow=0.05`.
fn faults(shares: &str, seed: u64) -> Result<Faults> {
    let mut faults = Faults::seeded(seed);
    for part in shares.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let usage = || {
            Failure::Usage(format!(
                "--faults: {part:?} is not KIND=SHARE (503, 429, lost or slow, and a share from 0 to 1)"
            ))
        };
        let (kind, share) = part.split_once('=').ok_or_else(usage)?;
        let share: f64 = share.trim().parse().map_err(|_| usage())?;
        if !(0.0..=1.0).contains(&share) {
            return Err(usage());
        }
        faults = match kind.trim() {
            "503" => faults.server_errors(share),
            "429" => faults.rate_limited(share, 1),
            "lost" => faults.lost_answers(share),
            "slow" => faults.slow_answers(share, Duration::from_secs(3)),
            _ => return Err(usage()),
        };
    }
    Ok(faults)
}

/// A line per request and per delivery attempt, on standard error.
fn log_to_stderr() {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(LevelFilter::INFO)
        .finish()
        .with(Targets::new().with_target("altur_sandbox", LevelFilter::INFO))
        .try_init();
}

/// Ctrl-C or SIGTERM.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
