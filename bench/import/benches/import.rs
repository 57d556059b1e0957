//! `cargo bench -p altur-bench-import`: the client's own cost per row of an
//! import (read the CSV, batch, send, map the answers back, report), with
//! the server answering at once and the pacing lifted, so that what is
//! measured is the client. Compared in one run with the least a user could
//! write, and with the API's ceiling: 12 requests per second of 1,000 rows.

use std::num::NonZeroU32;
use std::path::Path;
use std::time::Instant;

use altur_api::Client;
use altur_api::import::ContactFile;
use altur_api::types::{AddCampaignContactsBody, NewContact};

const ROWS: usize = 100_000;
const API_ROWS_PER_SECOND: f64 = 12.0 * 1000.0;
const RUNS: usize = 5;

fn write_csv(path: &Path) {
    let mut text = String::from("contact,name,f_id,context,plan,due\n");
    for i in 0..ROWS {
        text.push_str(&format!(
            "+52155{i:08},Contacto número {i},user_{i},\"Past-due 30 days, promised to pay\",gold,2026-12-0{}\n",
            i % 9 + 1
        ));
    }
    std::fs::write(path, text).expect("write the CSV");
}

/// What the server answers every batch: 1,000 rows created.
fn answer() -> String {
    let results: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            serde_json::json!({"index": i, "id": (1_000_000 + i).to_string(),
                "contact": format!("+52155{i:08}"), "status": "created", "error": null})
        })
        .collect();
    serde_json::json!({
        "success": true,
        "summary": {"created": 1000, "updated": 0, "skipped_duplicate": 0, "failed": 0},
        "results": results,
    })
    .to_string()
}

/// The least a user could write: csv rows into NewContacts, batches of
/// 1,000 sent one after another, nothing kept.
async fn by_hand(client: &Client, path: &Path) {
    let mut reader = csv::Reader::from_path(path).expect("open");
    let headers = reader.headers().expect("header").clone();
    let mut batch = Vec::with_capacity(1000);
    let send = async |batch: Vec<NewContact>| {
        client
            .add_campaign_contacts()
            .id(1)
            .body(AddCampaignContactsBody::builder().contacts(batch))
            .send()
            .await
            .expect("200");
    };
    for record in reader.records() {
        let record = record.expect("a record");
        let mut contact = NewContact::builder();
        let mut extracted = serde_json::Map::new();
        for (name, value) in headers.iter().zip(record.iter()) {
            contact = match name {
                "contact" => contact.contact(value),
                "name" => contact.name(value),
                "f_id" => contact.f_id(value),
                "context" => contact.context(value),
                other => {
                    extracted.insert(other.to_owned(), value.into());
                    contact
                }
            }
        }
        batch.push(NewContact::try_from(contact.extracted_data(extracted)).expect("a contact"));
        if batch.len() == 1000 {
            send(std::mem::replace(&mut batch, Vec::with_capacity(1000))).await;
        }
    }
    if !batch.is_empty() {
        send(batch).await;
    }
}

/// Median rows per second over `RUNS` runs.
async fn rows_per_second(mut run: impl AsyncFnMut()) -> f64 {
    run().await; // warm: connections, page cache
    let mut samples = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        run().await;
        samples.push(ROWS as f64 / started.elapsed().as_secs_f64());
    }
    samples.sort_by(f64::total_cmp);
    samples[RUNS / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::temp_dir().join(format!("altur-bench-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let path = dir.join("contacts.csv");
    write_csv(&path);
    let url = altur_bench::keep_alive_server(answer()).await;
    // A limit far above anything the server can take: no pacing, so the
    // figures are the client's cost.
    let client = Client::builder()
        .api_key("bench")
        .base_url(url)
        .rate_limit(NonZeroU32::MAX)
        .build()
        .expect("client");

    let hand = rows_per_second(async || by_hand(&client, &path).await).await;
    let import = rows_per_second(async || {
        let file = ContactFile::csv(&path).expect("the file");
        let report = client
            .import_contacts(1)
            .run_file(&file)
            .await
            .expect("import");
        assert_eq!(report.totals.created, ROWS as u64);
    })
    .await;
    let journal = dir.join("import.journal");
    let rejects = dir.join("rejects.csv");
    let durable = rows_per_second(async || {
        let _ = std::fs::remove_file(&journal);
        let file = ContactFile::csv(&path).expect("the file");
        let report = client
            .import_contacts(1)
            .journal(&journal)
            .rejects(&rejects)
            .run_file(&file)
            .await
            .expect("import");
        assert_eq!(report.rows.len(), ROWS);
    })
    .await;
    let resumed = rows_per_second(async || {
        let file = ContactFile::csv(&path).expect("the file");
        let report = client
            .import_contacts(1)
            .journal(&journal)
            .run_file(&file)
            .await
            .expect("import");
        assert_eq!(report.batches_from_journal, 100);
    })
    .await;

    // Where the time goes: the file's fingerprint and row count (read once
    // before the job), and reading the rows alone.
    let prepass = rows_per_second(async || {
        let file = ContactFile::csv(&path).expect("the file");
        assert_eq!(file.rows(), ROWS as u64);
    })
    .await;
    let reading = rows_per_second(async || {
        let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open"));
        let rows = altur_api::import::CsvRows::new(file).expect("header");
        assert_eq!(rows.filter(Result::is_ok).count(), ROWS);
    })
    .await;

    println!("import of {ROWS} CSV rows, batches of 1,000, loopback server answering at once");
    println!(
        "{:<44} {:>12} {:>10} {:>12}",
        "", "rows/s", "vs by hand", "vs API 12k/s"
    );
    for (name, rate) in [
        ("by hand: csv, batches, add_campaign_contacts", hand),
        ("import_contacts (report per row)", import),
        ("  + journal (fsync per batch) + rejects", durable),
        ("  rerun, every batch from the journal", resumed),
        ("parts: ContactFile::csv (fingerprint, count)", prepass),
        ("parts: CsvRows, reading alone", reading),
    ] {
        println!(
            "{name:<44} {rate:>12.0} {:>10.2} {:>12.1}",
            rate / hand,
            rate / API_ROWS_PER_SECOND
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
