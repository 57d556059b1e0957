//! A process that imports a contact file into a campaign with a journal, for
//! the test that kills it for real between batches and runs it again:
//! `import_child BASE_URL CAMPAIGN FILE JOURNAL`, the key in `ALTUR_API_KEY`
//! (the sandbox's). Prints one line per batch done (`batches N`), and `done`
//! with the totals as JSON at the end.

use std::io::Write;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base_url, campaign, file, journal] = args.as_slice() else {
        eprintln!("usage: import_child BASE_URL CAMPAIGN FILE JOURNAL");
        return std::process::ExitCode::from(2);
    };
    let client = altur_api::Client::builder()
        .api_key(std::env::var("ALTUR_API_KEY").unwrap_or_default())
        .base_url(base_url)
        .max_retries(0)
        .build()
        .expect("a loopback client builds");
    let campaign: i64 = campaign.parse().expect("a campaign id");
    let file = match altur_api::import::ContactFile::open(file) {
        Ok(file) => file,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let (sender, mut receiver) =
        tokio::sync::mpsc::unbounded_channel::<altur_api::import::Progress>();
    let printer = tokio::spawn(async move {
        while let Some(progress) = receiver.recv().await {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "batches {}", progress.batches_done);
            let _ = out.flush();
        }
    });
    let outcome = client
        .import_contacts(campaign)
        .journal(journal)
        .progress(sender)
        .run_file(&file)
        .await;
    let _ = printer.await;
    match outcome {
        Ok(report) => {
            let t = report.totals;
            println!(
                "done {{\"created\":{},\"updated\":{},\"skipped_duplicate\":{},\"failed\":{},\"rows\":{},\"from_journal\":{}}}",
                t.created,
                t.updated,
                t.skipped_duplicate,
                t.failed,
                report.rows.len(),
                report.batches_from_journal
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
