//! Exports read back: Parquet (with the parquet crate), GDELT layout, CSV/JSONL/POLECAT,
//! and well-formed SVG, GraphML and GEXF.

mod common;

use arrow_array::{Array, Date32Array, Float64Array, ListArray, StringArray};
use arrow_schema::DataType;
use common::{doc, ev, store, E};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use readout_model::{Aux, EventType};
use readout_store::export::GDELT_COLUMNS;
use readout_store::{export, EventFilter, ExportFormat, Partition, Period, Store};
use std::fs::File;

/// Events over three years, two of them the same call reported by two outlets.
fn filled_store() -> (tempfile::TempDir, Store) {
    let (dir, _path, mut store) = store();
    let mut batch = Vec::new();
    for (i, (date, url)) in [
        ("2019-05-02", "https://a.org/1"),
        ("2020-07-09", "https://b.org/2"),
        ("2021-11-13", "https://c.org/3"),
        ("2021-11-13", "https://d.org/4"),
    ]
    .iter()
    .enumerate()
    {
        let d = doc(
            &format!("d{i}"),
            url,
            date,
            &[
                "China and Turkey held talks, in \"Ankara\".",
                "They signed a deal.",
            ],
        );
        let e1 = ev(
            &d,
            1,
            E {
                actors: &["CHN"],
                recipients: &["TUR"],
                date: Some(date),
                mode: &["visit"],
                context: &["diplomatic", "economic"],
                names: &["Wang Yi"],
                ..E::default()
            },
        );
        let e2 = ev(
            &d,
            2,
            E {
                ty: Some(EventType::Support),
                actors: &["CHN", "TUR"],
                issues: &["trade"],
                ..E::default()
            },
        );
        batch.push((d, vec![e1, e2]));
    }
    let n = doc(
        "neg",
        "https://e.org/5",
        "2021-01-01",
        &["Turkey did not expel diplomats."],
    );
    let n1 = ev(
        &n,
        1,
        E {
            ty: Some(EventType::Sanction),
            actors: &["TUR"],
            recipients: &["CHN"],
            mode: &["expel"],
            aux: Some(Aux::Negated),
            ..E::default()
        },
    );
    batch.push((n, vec![n1]));
    store.ingest(&batch).unwrap();
    (dir, store)
}

#[test]
fn parquet_partitions_read_back_with_types() {
    let (dir, store) = filled_store();
    let out = dir.path().join("pq");
    let report = export(
        &store,
        &EventFilter::default(),
        ExportFormat::Parquet,
        Some(&out),
        Some(Partition::Year),
    )
    .unwrap();
    assert_eq!(report.rows, 8);
    for year in ["2019", "2020", "2021"] {
        assert!(
            out.join(format!("year={year}/part-0.parquet")).is_file(),
            "{year}"
        );
    }
    let mut total = 0;
    for (year, want) in [("2019", 2), ("2020", 2), ("2021", 4)] {
        let file = File::open(out.join(format!("year={year}/part-0.parquet"))).unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap();
        let mut rows = 0;
        for batch in reader {
            let batch = batch.unwrap();
            let schema = batch.schema();
            assert_eq!(
                schema.field_with_name("date_start").unwrap().data_type(),
                &DataType::Date32
            );
            assert_eq!(
                schema.field_with_name("score").unwrap().data_type(),
                &DataType::Float64
            );
            assert!(
                matches!(schema.field_with_name("context").unwrap().data_type(), DataType::List(f) if f.data_type() == &DataType::Utf8)
            );
            assert!(
                schema.field_with_name("year").is_err(),
                "partition column lives in the path"
            );
            let starts = batch
                .column_by_name("date_start")
                .unwrap()
                .as_any()
                .downcast_ref::<Date32Array>()
                .unwrap();
            for i in 0..starts.len() {
                let d = starts.value_as_date(i).unwrap();
                assert_eq!(d.format("%Y").to_string(), year);
            }
            let scores = batch
                .column_by_name("score")
                .unwrap()
                .as_any()
                .downcast_ref::<Float64Array>()
                .unwrap();
            assert!(scores.iter().all(|s| s == Some(4.0) || s == Some(5.0)));
            let ctx = batch
                .column_by_name("context")
                .unwrap()
                .as_any()
                .downcast_ref::<ListArray>()
                .unwrap();
            let first = ctx.value(0);
            let first = first.as_any().downcast_ref::<StringArray>().unwrap();
            assert_eq!(first.value(0), "diplomatic");
            let types = batch
                .column_by_name("event_type")
                .unwrap()
                .as_any()
                .downcast_ref::<StringArray>()
                .unwrap();
            assert_eq!(types.value(0), "CONSULT");
            rows += batch.num_rows();
        }
        assert_eq!(rows, want, "{year}");
        total += rows;
    }
    assert_eq!(total, 8, "negated event excluded by default");
    // Unpartitioned: one file with every row, including negated ones when asked.
    let f = EventFilter {
        include_negated: true,
        ..Default::default()
    };
    let one = dir.path().join("all.parquet");
    assert_eq!(
        export(&store, &f, ExportFormat::Parquet, Some(&one), None)
            .unwrap()
            .rows,
        9
    );
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(&one).unwrap()).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows(), 9);
}

#[test]
fn gdelt_rows_have_61_columns_one_per_story() {
    let (dir, store) = filled_store();
    let out = dir.path().join("g.tsv");
    let report = export(
        &store,
        &EventFilter::default(),
        ExportFormat::Gdelt,
        Some(&out),
        None,
    )
    .unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    // 8 events, but the two 2021-11-13 reports are the same two stories: 6 rows.
    assert_eq!(report.rows, 6);
    assert_eq!(lines.len(), 6);
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(GDELT_COLUMNS.len(), 61);
    assert_eq!(col("SOURCEURL"), 60);
    assert_eq!(col("EventCode"), 26);
    assert_eq!(col("GoldsteinScale"), 30);
    for l in &lines {
        assert_eq!(l.len(), 61, "{l:?}");
    }
    let visit = lines
        .iter()
        .find(|l| l[col("Day")] == "20211113" && l[col("EventCode")] == "042")
        .expect("2021 visit");
    assert_eq!(visit[col("MonthYear")], "202111");
    assert_eq!(visit[col("Year")], "2021");
    assert!(visit[col("FractionDate")].starts_with("2021.8"));
    assert_eq!(visit[col("Actor1Code")], "CHN");
    assert_eq!(visit[col("Actor1CountryCode")], "CHN");
    assert_eq!(visit[col("Actor1Name")], "WANG YI");
    assert_eq!(visit[col("Actor2CountryCode")], "TUR");
    assert_eq!(visit[col("EventBaseCode")], "042");
    assert_eq!(visit[col("EventRootCode")], "04");
    assert_eq!(visit[col("QuadClass")], "1");
    assert_eq!(visit[col("GoldsteinScale")], "4.0");
    assert_eq!(visit[col("NumMentions")], "2");
    assert_eq!(visit[col("NumSources")], "2");
    assert_eq!(visit[col("NumArticles")], "2");
    assert_eq!(visit[col("IsRootEvent")], "1");
    assert_eq!(visit[col("DATEADDED")].len(), 14);
    assert_eq!(visit[col("SOURCEURL")], "https://c.org/3");
    // The reciprocal SUPPORT puts the second participant in Actor2.
    let support = lines.iter().find(|l| l[col("EventCode")] == "050").unwrap();
    assert_eq!(
        (support[col("Actor1Code")], support[col("Actor2Code")]),
        ("CHN", "TUR")
    );
}

#[test]
fn csv_jsonl_and_polecat_exports() {
    let (dir, store) = filled_store();
    let csv = dir.path().join("e.csv");
    export(
        &store,
        &EventFilter::default(),
        ExportFormat::Csv,
        Some(&csv),
        None,
    )
    .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "id");
    assert!(header.contains(&"story_documents"));
    // The sentence has a comma and quotes, so it is quoted with doubled quotes.
    assert!(text.contains("\"China and Turkey held talks, in \"\"Ankara\"\".\""));
    assert_eq!(text.lines().count(), 9);
    assert!(text.contains("diplomatic;economic"));

    let jsonl = dir.path().join("part/e.jsonl");
    export(
        &store,
        &EventFilter {
            dyad: Some(("TUR".into(), "CHN".into())),
            limit: Some(3),
            ..Default::default()
        },
        ExportFormat::Jsonl,
        Some(&jsonl),
        None,
    )
    .unwrap();
    let recs: Vec<serde_json::Value> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3, "limit caps exports");
    assert_eq!(recs[0]["event_type"], "CONSULT");
    assert!(recs[0]["story_id"].is_i64());
    let back: readout_model::Event =
        serde_json::from_value(recs[0].clone()).expect("JSONL rows are SPEC event records");
    assert_eq!(back.actor[0].code, "CHN");

    let pc = dir.path().join("p.jsonl");
    export(
        &store,
        &EventFilter::default(),
        ExportFormat::Polecat,
        Some(&pc),
        None,
    )
    .unwrap();
    let first: serde_json::Value = serde_json::from_str(
        std::fs::read_to_string(&pc)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(first["event_type"], "CONSULT");
    assert_eq!(first["event_mode"][0], "visit");
    assert_eq!(first["actor_country"], "CHN");
    assert_eq!(first["recipient_country"], "TUR");
    assert_eq!(first["event_date"], "2019-05-02");

    let by_month = dir.path().join("m");
    let r = export(
        &store,
        &EventFilter::default(),
        ExportFormat::Csv,
        Some(&by_month),
        Some(Partition::Month),
    )
    .unwrap();
    assert!(by_month.join("year=2021/month=11/part-0.csv").is_file());
    assert_eq!(r.files.len(), 3);
}

fn element_ids(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter_map(|n| n.attribute("id").map(str::to_string))
        .collect()
}

#[test]
fn svg_chart_is_well_formed_with_axes_and_legend() {
    let (_dir, store) = filled_store();
    let rows = store
        .timeline(
            &EventFilter {
                dyad: Some(("CHN".into(), "TUR".into())),
                ..Default::default()
            },
            Period::Year,
        )
        .unwrap();
    assert_eq!(rows.len(), 3);
    let svg = readout_store::plot::timeline_svg(&rows, "CHN–TUR <events>");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let ids = element_ids(&doc);
    for id in [
        "x-axis",
        "y-axis",
        "y2-axis",
        "legend",
        "bars",
        "mean-score",
        "title",
    ] {
        assert!(ids.iter().any(|i| i == id), "missing {id}");
    }
    let bars = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("bars"))
        .unwrap();
    assert_eq!(
        bars.children().filter(|n| n.has_tag_name("rect")).count(),
        3,
        "one verbal-coop segment per year"
    );
    assert!(doc.descendants().any(|n| n.has_tag_name("polyline")));
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for l in [
        "2019",
        "2020",
        "2021",
        "verbal cooperation",
        "CHN–TUR <events>",
    ] {
        assert!(labels.contains(&l), "missing label {l}");
    }
    // An empty timeline still draws a valid chart.
    roxmltree::Document::parse(&readout_store::plot::timeline_svg(&[], "none"))
        .expect("empty chart");
}

#[test]
fn graphml_and_gexf_are_well_formed() {
    let (_dir, store) = filled_store();
    let net = store.network(&EventFilter::default()).unwrap();
    assert_eq!(net.nodes.len(), 2);
    assert_eq!(net.edges.len(), 1);
    assert_eq!(net.edges[0].events, 8);
    let gml = net.to_graphml();
    let doc = roxmltree::Document::parse(&gml).expect("well-formed GraphML");
    assert_eq!(doc.root_element().tag_name().name(), "graphml");
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("node")).count(),
        2
    );
    let edge = doc.descendants().find(|n| n.has_tag_name("edge")).unwrap();
    assert_eq!(
        (edge.attribute("source"), edge.attribute("target")),
        (Some("CHN"), Some("TUR"))
    );
    let keys: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
        assert!(
            keys.contains(&d.attribute("key").unwrap()),
            "data refers to a declared key"
        );
    }
    let gexf = net.to_gexf();
    let doc = roxmltree::Document::parse(&gexf).expect("well-formed GEXF");
    assert_eq!(doc.root_element().tag_name().name(), "gexf");
    let e = doc.descendants().find(|n| n.has_tag_name("edge")).unwrap();
    assert_eq!(e.attribute("weight"), Some("8"));
}
