//! `sandbox-serve sandbox|floor`: the benchmark's server alone, as a
//! process, for callgrind to count its instructions per request while the
//! requests come from another process it does not trace (`cargo xtask`
//! has no part in it: BENCHMARKS.md gives the commands). It prints one JSON
//! line (the URL, the key, each request) and serves until standard input
//! closes.

use altur_bench_sandbox::{Load, floor, load};

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let Load {
            sandbox,
            send,
            page,
            send_bytes,
            page_bytes,
        } = load().await;
        let url = match which.as_str() {
            "sandbox" => sandbox.base_url().to_owned(),
            "floor" => floor(send_bytes, page_bytes, true).await,
            other => panic!("sandbox-serve sandbox|floor, not {other:?}"),
        };
        println!(
            "{}",
            serde_json::json!({
                "url": url,
                "authorization": format!("api-key {}", sandbox.api_key()),
                "send": {"path": send.path, "body": String::from_utf8_lossy(&send.body)},
                "page": {"path": page.path},
            })
        );
        // Serves (on this thread: nothing else runs) until stdin closes.
        tokio::task::spawn_blocking(|| {
            let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        })
        .await
        .expect("stdin");
    });
}
