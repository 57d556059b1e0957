//! Spreadsheets as operators keep them, the built `altur` against the
//! sandbox: a workbook imported (`--sheet`, `--map`, `--region`, the
//! journal, the rejects, a dry run) as its CSV would be; lists written as
//! workbooks with typed cells, read back by calamine and by openpyxl (from
//! PyPI, installed by the tests); CSV with `--delimiter`, `--tz`, keys of
//! free-form objects and jq's `@csv`/`@tsv`; `campaigns report`; tables
//! cut to the terminal's width.

mod common;

use std::path::Path;

use altur_api::types::NewContact;
use altur_api_tests::sandbox::{create_campaign, phone_campaign, ran_campaign};
use altur_sandbox::Sandbox;
use calamine::{Data, Reader, Xlsx};
use common::{on, run_async};
use serde_json::{Value, json};

/// How many contacts `ran` adds.
const CONTACTS: usize = 4;

/// A campaign that ran to its end (so that it has calls), its `CONTACTS`
/// contacts with an amount in `extracted_data`.
async fn ran() -> (Sandbox, altur_api::types::CampaignId) {
    let sandbox = Sandbox::builder()
        .seed(36)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .expect("the sandbox starts");
    let contacts = (1..=CONTACTS)
        .map(|i| {
            altur_api_tests::built(
                NewContact::builder()
                    .contact(format!("+5255123456{i:02}"))
                    .name(format!("Cliente {i} Núñez"))
                    .f_id(format!("crm-{i}"))
                    .extracted_data(
                        json!({"Monto": format!("{i}00,50")})
                            .as_object()
                            .unwrap()
                            .clone(),
                    ),
            )
        })
        .collect::<Vec<NewContact>>();
    let campaign = ran_campaign(&sandbox, "Cobranza Ñandú", &contacts).await;
    (sandbox, campaign)
}

/// Every sheet of a workbook as calamine reads it.
fn calamine_sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).expect("calamine opens it");
    book.worksheets()
        .into_iter()
        .map(|(name, range)| (name, range.rows().map(<[Data]>::to_vec).collect()))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_workbook_imports_as_its_csv_does_by_sheet_with_map_region_journal_and_rejects() {
    let sandbox = Sandbox::builder()
        .seed(27)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    let campaign = create_campaign(&sandbox.client(), phone_campaign(&sandbox.agents()[0], "X"))
        .await
        .to_string();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("clientes.xlsx");
    // As an operator's workbook: a notes sheet first, the table under a
    // title row, phone numbers typed as numbers, an amount, a date, a
    // blank row, a row without a phone number.
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet()
        .set_name("Notas")
        .unwrap()
        .write(0, 0, "exportado del CRM")
        .unwrap();
    let sheet = book.add_worksheet().set_name("Clientes").unwrap();
    sheet.write(1, 0, "Nombre").unwrap();
    sheet.write(1, 1, "Teléfono").unwrap();
    sheet.write(1, 2, "Cliente").unwrap();
    sheet.write(1, 3, "Monto").unwrap();
    sheet.write(1, 4, "Vence").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 31).unwrap();
    let day = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let rows: [(&str, Option<f64>, &str, f64); 3] = [
        ("José Núñez", Some(5512345678.0), "crm-1", 1234.5),
        ("Ana", Some(3387654321.0), "crm-2", 100.0),
        ("Eva", None, "crm-3", 7.25),
    ];
    for (at, (name, phone, id, amount)) in rows.iter().enumerate() {
        // Row 4 is left blank: the rows after it keep their numbers.
        let row = if at == 2 { 5 } else { 2 + at as u32 };
        sheet.write(row, 0, *name).unwrap();
        if let Some(phone) = phone {
            sheet.write(row, 1, *phone).unwrap();
        }
        sheet.write(row, 2, *id).unwrap();
        sheet.write(row, 3, *amount).unwrap();
        sheet
            .write_datetime_with_format(row, 4, &date, &day)
            .unwrap();
    }
    book.save(&path).unwrap();
    let file = path.to_str().unwrap();
    let journal = folder.path().join("import.journal");
    let rejects = folder.path().join("rechazados.csv");
    let args = [
        "contacts",
        "import",
        "--campaign",
        &campaign,
        file,
        "--sheet",
        "clientes",
        "--map",
        "contact=Teléfono",
        "--map",
        "name=Nombre",
        "--map",
        "f_id=Cliente",
        "--region",
        "MX",
        "--journal",
        journal.to_str().unwrap(),
        "--rejects",
        rejects.to_str().unwrap(),
    ];
    let run = on(&sandbox, &args).await;
    assert_eq!(run.code, 1, "Eva has no phone number: {run:?}");
    let mut contacts = sandbox.contacts(campaign.parse().unwrap());
    contacts.sort_by_key(|c| c.contact.clone());
    let sent: Vec<Value> = contacts
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[0]["contact"], "+523387654321");
    assert_eq!(sent[1]["contact"], "+525512345678");
    assert_eq!(sent[1]["name"], "José Núñez");
    assert_eq!(sent[1]["f_id"], "crm-1");
    assert_eq!(sent[1]["extracted_data"]["Monto"], "1234.5");
    assert_eq!(sent[1]["extracted_data"]["Vence"], "2026-03-31");
    // The numbers as the sheet shows them, by their rows, in the one line
    // that sums up the rewrites.
    assert!(
        run.stderr.contains(
            "2 phone numbers rewritten to E.164, e.g. row 3: 5512345678 sent as +525512345678; \
             row 4: 3387654321 sent as +523387654321"
        ),
        "{}",
        run.stderr
    );
    let (header, rejected) = common::excel_csv(&rejects);
    assert_eq!(header.last().map(String::as_str), Some("import_row"));
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0][0], "Eva");
    assert_eq!(
        rejected[0].get(header.len() - 1).map(String::as_str),
        Some("6"),
        "its row in the sheet"
    );

    // Again: the journal has it all, nothing is sent twice.
    let again = on(&sandbox, &args).await;
    let summary: Value = serde_json::from_str(&again.stdout).expect("the summary");
    assert_eq!(summary["batches_from_journal"], 1, "{again:?}");

    // The first sheet has no such table: the error names its columns; a
    // sheet the workbook lacks names those it has.
    let first = on(
        &sandbox,
        &["contacts", "import", "--id", &campaign, file, "--dry-run"],
    )
    .await;
    assert_eq!(first.code, 2, "{first:?}");
    assert!(
        first.one_error_line().contains("no `contact` column")
            && first.one_error_line().contains("exportado del CRM"),
        "{first:?}"
    );
    let missing = on(
        &sandbox,
        &[
            "contacts",
            "import",
            "--id",
            &campaign,
            file,
            "--sheet",
            "Hoja1",
            "--dry-run",
        ],
    )
    .await;
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(
        missing
            .one_error_line()
            .contains("no sheet `Hoja1` in the workbook, whose sheets are Notas, Clientes"),
        "{missing:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_list_as_a_workbook_has_typed_cells_filters_and_dates_in_the_time_zone() {
    let (sandbox, campaign) = ran().await;
    let campaign = campaign.to_string();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("contactos.xlsx");
    let list = ["campaigns", "contacts", "list", "--id", &campaign];
    let json = on(&sandbox, &list).await;
    assert_eq!(json.code, 0, "{json:?}");
    let items: Vec<Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), CONTACTS, "the campaign's contacts: {items:?}");
    let run = on(
        &sandbox,
        &[
            &list[..],
            &[
                "--format",
                "xlsx",
                "--output",
                path.to_str().unwrap(),
                "--tz",
                "America/Mexico_City",
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "");

    // calamine: the header, phone numbers as text, counts as numbers,
    // dates as dates, in Mexico City's time.
    let sheets = calamine_sheets(&path);
    let rows = &sheets[0].1;
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let at = |name: &str| header.iter().position(|h| h == name).expect(name);
    assert_eq!(rows.len(), items.len() + 1);
    for (row, item) in rows[1..].iter().zip(&items) {
        assert_eq!(
            row[at("contact")],
            Data::String(item["contact"].as_str().unwrap().into())
        );
        assert_eq!(
            row[at("call_count")],
            Data::Float(item["call_count"].as_f64().unwrap())
        );
        let sent = chrono::DateTime::parse_from_rfc3339(item["last_call_at"].as_str().unwrap())
            .unwrap()
            .with_timezone(&chrono_tz::America::Mexico_City)
            .naive_local();
        let Data::DateTime(cell) = &row[at("last_call_at")] else {
            panic!("a date: {:?}", row[at("last_call_at")]);
        };
        let (y, mo, d, h, mi, s, _) = cell.to_ymd_hms_milli();
        assert_eq!(
            format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"),
            sent.format("%Y-%m-%d %H:%M:%S").to_string()
        );
    }

    // openpyxl, an independent reader: the same types, a filter over the
    // table, the header row frozen.
    let book = altur_api_tests::openpyxl::read(&path);
    let sheet = &book[0];
    let rows = sheet["rows"].as_array().unwrap();
    assert_eq!(rows.len(), items.len() + 1);
    let last = format!("{}", rows.len());
    assert!(
        sheet["filter"].as_str().unwrap().starts_with("A1:")
            && sheet["filter"].as_str().unwrap().ends_with(&last),
        "{sheet}"
    );
    assert_eq!(sheet["frozen"], "A2");
    let header: Vec<&str> = rows[0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    for (row, item) in rows[1..].iter().zip(&items) {
        assert_eq!(row[at("contact")]["type"], "text");
        assert_eq!(row[at("contact")]["value"], item["contact"]);
        assert_eq!(row[at("call_count")]["type"], "number");
        assert_eq!(row[at("last_call_at")]["type"], "datetime", "{row}");
        assert_eq!(row[at("name")]["value"], item["name"], "accents intact");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn csv_takes_a_delimiter_a_time_zone_keys_of_free_form_objects_and_jq_csv() {
    let (sandbox, campaign) = ran().await;
    let campaign = campaign.to_string();
    let list = ["campaigns", "contacts", "list", "--id", &campaign];
    let json = on(&sandbox, &list).await;
    assert_eq!(json.code, 0, "{json:?}");
    let items: Vec<Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.len(), CONTACTS, "the campaign's contacts: {items:?}");
    let run = on(
        &sandbox,
        &[
            &list[..],
            &[
                "--format",
                "csv",
                "--delimiter",
                ";",
                "--tz",
                "America/Mexico_City",
                "--fields",
                "name,extracted_data.Monto,last_call_at",
            ],
        ]
        .concat(),
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let text = run.stdout.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["name", "extracted_data.Monto", "last_call_at"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), items.len(), "a row each: {text}");
    for (row, item) in rows.iter().zip(&items) {
        assert_eq!(&row[0], item["name"].as_str().unwrap());
        // A comma in the amount stays in its cell: the delimiter is `;`.
        assert_eq!(&row[1], item["extracted_data"]["Monto"].as_str().unwrap());
        let local = chrono::DateTime::parse_from_rfc3339(item["last_call_at"].as_str().unwrap())
            .unwrap()
            .with_timezone(&chrono_tz::America::Mexico_City)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string();
        assert_eq!(&row[2], local.as_str(), "as Excel reads a date-time");
    }

    // jq's @csv and @tsv, as jq writes them.
    let jq = on(
        &sandbox,
        &[
            &list[..],
            &["--jq", r#"[.name, .call_count, null, "a \"b\", c"] | @csv"#],
        ]
        .concat(),
    )
    .await;
    assert_eq!(jq.code, 0, "{jq:?}");
    assert_eq!(
        jq.stdout.lines().next().unwrap(),
        format!(
            r#""{}",{},,"a ""b"", c""#,
            items[0]["name"].as_str().unwrap(),
            items[0]["call_count"]
        )
    );
    let tsv = on(
        &sandbox,
        &[&list[..], &["--jq", r#"[.name, "a\tb\\c"] | @tsv"#]].concat(),
    )
    .await;
    assert_eq!(
        tsv.stdout.lines().next().unwrap(),
        format!("{}\ta\\tb\\\\c", items[0]["name"].as_str().unwrap())
    );
    let bad = on(&sandbox, &[&list[..], &["--jq", "{a: 1} | @csv"]].concat()).await;
    assert_eq!(bad.code, 2, "{bad:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_campaign_report_is_one_workbook_with_contacts_last_calls_calls_and_a_chart() {
    let (sandbox, campaign) = ran().await;
    let id = campaign.to_string();
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("reporte.xlsx");
    let run = on(
        &sandbox,
        &[
            "campaigns",
            "report",
            "--id",
            &id,
            "--output",
            path.to_str().unwrap(),
        ],
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let calls: Vec<Value> = on(&sandbox, &["campaigns", "calls", "list", "--id", &id])
        .await
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!calls.is_empty());

    let book = altur_api_tests::openpyxl::read(&path);
    let names: Vec<&str> = book
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Campaign", "Contacts", "Calls", "Outcomes"]);
    let sheet = |name: &str| -> Vec<Vec<Value>> {
        let sheet = book
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap();
        sheet["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["value"].clone())
                    .collect()
            })
            .collect()
    };
    let campaign_rows = sheet("Campaign");
    assert!(campaign_rows.contains(&vec![json!("name"), json!("Cobranza Ñandú")]));
    assert!(
        campaign_rows
            .iter()
            .any(|r| r[0].as_str().unwrap().starts_with("analytics.")),
        "the analytics, a row each: {campaign_rows:?}"
    );
    // Each contact: its attempts and its last call, joined by the report.
    let contacts = sheet("Contacts");
    let header: Vec<&str> = contacts[0].iter().map(|c| c.as_str().unwrap()).collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    assert!(header.contains(&"extracted_data.Monto"), "{header:?}");
    assert_eq!(contacts.len(), CONTACTS + 1);
    for row in &contacts[1..] {
        let contact_id = &row[at("id")];
        let mine: Vec<&Value> = calls
            .iter()
            .filter(|c| c["contact"]["id"] == *contact_id)
            .collect();
        assert_eq!(row[at("attempts")], json!(mine.len()), "{row:?}");
        let last = mine
            .iter()
            .max_by_key(|c| c["ended_at"].as_str().unwrap_or_default().to_owned())
            .unwrap();
        assert_eq!(row[at("last_call.status")], last["status"], "{row:?}");
        assert_eq!(row[at("last_call.recording_url")], last["recording_url"]);
    }
    assert_eq!(sheet("Calls").len(), calls.len() + 1);
    // Contacts by status, and the chart drawn from them.
    let outcomes = sheet("Outcomes");
    let counted: i64 = outcomes[1..].iter().map(|r| r[1].as_i64().unwrap()).sum();
    assert_eq!(counted, CONTACTS as i64);
    let chart_sheet = book
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Outcomes")
        .unwrap();
    assert_eq!(chart_sheet["charts"], json!(["BarChart"]), "{chart_sheet}");
    // calamine reads the same workbook.
    assert_eq!(calamine_sheets(&path).len(), 4);

    let missing = on(&sandbox, &["campaigns", "report", "--id", &id]).await;
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(missing.one_error_line().contains("--output FILE.xlsx"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wide_table_fits_the_terminal_cutting_and_leaving_out_columns() {
    let (sandbox, _) = ran().await;
    let mut whole = common::sandbox_command(&sandbox, &["campaigns", "list", "--format", "table"]);
    // `COLUMNS` fits a table printed to a pipe too: not the shell's here.
    whole.env_remove("COLUMNS");
    let wide = run_async(whole).await;
    assert!(
        wide.stdout.lines().any(|l| l.chars().count() > 100),
        "to a pipe, with no `COLUMNS`, the table is whole"
    );
    let mut command =
        common::sandbox_command(&sandbox, &["campaigns", "list", "--format", "table"]);
    command.env("COLUMNS", "100");
    let fitted = run_async(command).await;
    assert_eq!(fitted.code, 0, "{fitted:?}");
    let lines: Vec<&str> = fitted.stdout.lines().collect();
    assert!(lines.len() >= 2);
    for line in &lines {
        assert!(line.chars().count() <= 100, "{line}");
    }
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("NAME"),
        "{lines:?}"
    );
    assert!(lines[1].contains("Cobranza"), "{lines:?}");
    assert!(
        fitted
            .stderr
            .contains("columns shown, to fit 100 characters"),
        "{fitted:?}"
    );
}
