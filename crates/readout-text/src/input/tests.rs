use super::*;
use std::io::Write;
use tempfile::TempDir;

fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_all(paths: &[PathBuf]) -> Vec<Result<RawDocument, InputError>> {
    read_inputs(paths).collect()
}

fn ids(items: &[Result<RawDocument, InputError>]) -> Vec<String> {
    items
        .iter()
        .map(|r| match r {
            Ok(d) => d.id.clone(),
            Err(e) => format!("ERR {}", e.kind().as_str()),
        })
        .collect()
}

#[test]
fn plain_text_file_is_one_document_named_by_stem() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "004_abc.txt", "Wang Yi spoke.\n".as_bytes());
    let items = read_all(std::slice::from_ref(&p));
    let doc = items[0].as_ref().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(doc.id, "004_abc");
    assert_eq!(doc.kind, BodyKind::Text);
    assert_eq!(doc.body, "Wang Yi spoke.\n");
    assert_eq!(doc.origin, p.display().to_string());
}

#[test]
fn invalid_utf8_plain_text_is_decoded_not_dropped() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "latin1.txt", b"Caf\xe9 talks in Ankara.");
    let items = read_all(&[p]);
    assert_eq!(items[0].as_ref().unwrap().body, "Café talks in Ankara.");
}

#[test]
fn binary_and_empty_files_are_errors_and_the_batch_goes_on() {
    let dir = TempDir::new().unwrap();
    let bin = write(&dir, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let empty = write(&dir, "b.txt", b"");
    let blank = write(&dir, "c.txt", b"  \n\n ");
    let missing = dir.path().join("nope.txt");
    let good = write(&dir, "d.txt", b"Fine.");
    let items = read_all(&[bin, empty, blank, missing, good]);
    assert_eq!(
        ids(&items),
        ["ERR binary", "ERR empty", "ERR empty", "ERR io", "d"]
    );
    let msg = items[0].as_ref().unwrap_err().to_string();
    assert!(
        msg.contains("a.txt") && msg.contains("binary file, skipped"),
        "{msg}"
    );
    assert!(items[3]
        .as_ref()
        .unwrap_err()
        .origin()
        .ends_with("nope.txt"));
}

#[test]
fn jsonl_fields_ids_and_dates() {
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "news.jsonl",
        br#"{"id": "x1", "text": "First.", "date": "2021-11-13", "url": "https://a/1", "title": "T", "lang": "en", "extra": {"a": [1]}}
{"text": "No id.", "date": "2021-11-13T09:43:00+08:00"}

{"id": 7, "text": "<html><body><p>Numeric id.</p></body></html>", "date": "not a date"}
{"doc_id": "alt", "content": "Other names.", "published_at": "2020-12-14", "link": "https://b", "headline": "H", "text": 5}
[1, 2]
"#,
    );
    let items = read_all(&[p]);
    assert_eq!(
        ids(&items),
        ["x1", "news:2", "7", "alt", "ERR malformed_json"]
    );
    let alt = items[3].as_ref().unwrap();
    assert_eq!(alt.body, "Other names.");
    assert_eq!(alt.date, NaiveDate::from_ymd_opt(2020, 12, 14));
    assert_eq!(
        (alt.url.as_deref(), alt.title.as_deref()),
        (Some("https://b"), Some("H"))
    );
    let first = items[0].as_ref().unwrap();
    assert_eq!(first.date, NaiveDate::from_ymd_opt(2021, 11, 13));
    assert_eq!(
        (first.url.as_deref(), first.title.as_deref()),
        (Some("https://a/1"), Some("T"))
    );
    assert!(first.origin.ends_with("news.jsonl:1"));
    assert_eq!(
        items[1].as_ref().unwrap().date,
        NaiveDate::from_ymd_opt(2021, 11, 13)
    );
    let third = items[2].as_ref().unwrap();
    assert_eq!((third.kind, third.date), (BodyKind::Html, None));
    assert!(third.origin.ends_with("news.jsonl:4"));
}

#[test]
fn truncated_and_malformed_json_lines_are_skipped_alone() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "t.jsonl", b"{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"C.\"}\n{\"id\":\"d\",\"te");
    let items = read_all(&[p]);
    assert_eq!(
        ids(&items),
        ["a", "ERR malformed_json", "c", "ERR malformed_json"]
    );
    let e = items[1].as_ref().unwrap_err();
    assert!(e.origin().ends_with("t.jsonl:2"), "{}", e.origin());
    assert!(e.to_string().contains("missing field `text`"), "{e}");
    assert!(items[3]
        .as_ref()
        .unwrap_err()
        .origin()
        .ends_with("t.jsonl:4"));
}

#[test]
fn invalid_utf8_in_jsonl_names_line_and_offset() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "u.jsonl", b"{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"\xff\"}\n{\"id\":\"c\",\"text\":\"C.\"}\n");
    let items = read_all(&[p]);
    assert_eq!(ids(&items), ["a", "ERR invalid_utf8", "c"]);
    let msg = items[1].as_ref().unwrap_err().to_string();
    assert!(
        msg.contains("u.jsonl:2") && msg.contains("byte offset 41"),
        "{msg}"
    );
}

#[test]
fn oversized_json_line_is_skipped_and_the_next_read() {
    let dir = TempDir::new().unwrap();
    let long = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "x".repeat(500));
    let body = format!("{long}{{\"id\":\"small\",\"text\":\"ok\"}}\n");
    let p = write(&dir, "big.jsonl", body.as_bytes());
    let items: Vec<_> = read_inputs_with(
        &[p],
        ReaderOptions {
            max_document_bytes: 100,
        },
    )
    .collect();
    assert_eq!(ids(&items), ["ERR too_large", "small"]);
    assert!(items[1].as_ref().unwrap().origin.ends_with("big.jsonl:2"));
}

#[test]
fn gzipped_jsonl() {
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "feed.jsonl.gz",
        &gzip(b"{\"id\":\"g\",\"text\":\"Zipped.\"}\n"),
    );
    assert_eq!(ids(&read_all(&[p])), ["g"]);
}

#[test]
fn html_files_including_malformed_ones() {
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "page.html",
        b"<html><body><p>Broken <b>markup<div></p>still text",
    );
    let items = read_all(&[p]);
    let doc = items[0].as_ref().unwrap();
    assert_eq!((doc.id.as_str(), doc.kind), ("page", BodyKind::Html));
    let prepared = crate::prepare(doc.clone());
    assert!(prepared.text.contains("Broken markup"), "{}", prepared.text);
    assert!(prepared.text.contains("still text"));
}

#[test]
fn html_charset_is_respected() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "cp.htm", b"<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf3\xf2\xe8\xed</p></body></html>");
    let doc = read_all(&[p]).remove(0).unwrap();
    assert!(doc.body.contains("Путин"), "{}", doc.body);
}

#[test]
fn formats_are_sniffed_without_extension() {
    let dir = TempDir::new().unwrap();
    let j = write(&dir, "feed", b"{\"id\":\"j\",\"text\":\"J.\"}\n");
    let h = write(
        &dir,
        "page",
        b"<!DOCTYPE html><html><body><p>H.</p></body></html>",
    );
    let w = write(&dir, "crawl", &small_warc());
    let t = write(&dir, "notes", b"Just text.");
    let items = read_all(&[j, h, w, t]);
    assert_eq!(ids(&items), ["j", "page", "rec-1", "rec-3", "notes"]);
    assert_eq!(items[1].as_ref().unwrap().kind, BodyKind::Html);
}

/// A WARC with a warcinfo record, an HTML response in Latin-1, a request, a
/// plain-text resource, a 404 and an image.
fn small_warc() -> Vec<u8> {
    fn record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2021-11-13T09:43:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }
    let mut html = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n<html><body><p>Caf\xe9 diplomacy.</p></body></html>".to_vec();
    let mut out = record(
        "warcinfo",
        "info",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    );
    out.extend(record(
        "response",
        "rec-1",
        "https://news.example/a",
        "application/http; msgtype=response",
        &html,
    ));
    out.extend(record(
        "request",
        "rec-2",
        "https://news.example/a",
        "application/http; msgtype=request",
        b"GET /a HTTP/1.1\r\n\r\n",
    ));
    out.extend(record(
        "resource",
        "rec-3",
        "https://news.example/b.txt",
        "text/plain",
        b"Plain resource.",
    ));
    html = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>missing</p>".to_vec();
    out.extend(record(
        "response",
        "rec-4",
        "https://news.example/c",
        "application/http; msgtype=response",
        &html,
    ));
    out.extend(record(
        "response",
        "rec-5",
        "https://news.example/d.png",
        "application/http; msgtype=response",
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
    ));
    out
}

#[test]
fn valid_warc_records_become_documents() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "crawl.warc", &small_warc());
    let items = read_all(&[p]);
    assert_eq!(ids(&items), ["rec-1", "rec-3"]);
    let page = items[0].as_ref().unwrap();
    assert_eq!(page.kind, BodyKind::Html);
    assert_eq!(page.url.as_deref(), Some("https://news.example/a"));
    assert_eq!(page.date, NaiveDate::from_ymd_opt(2021, 11, 13));
    assert!(page.body.contains("Café diplomacy."), "{}", page.body);
    assert!(!page.body.contains("HTTP/1.1"));
    assert!(
        page.origin.ends_with("crawl.warc record 2"),
        "{}",
        page.origin
    );
    let text = items[1].as_ref().unwrap();
    assert_eq!(
        (text.kind, text.body.as_str()),
        (BodyKind::Text, "Plain resource.")
    );
}

#[test]
fn gzipped_warc_members_are_read() {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "crawl.warc.gz", &gzip(&small_warc()));
    assert_eq!(ids(&read_all(&[p])), ["rec-1", "rec-3"]);
}

#[test]
fn corrupt_warc_gz_stops_that_file_only() {
    let dir = TempDir::new().unwrap();
    let mut bytes = gzip(&small_warc());
    let cut = bytes.len() / 2;
    bytes.truncate(cut);
    bytes.extend_from_slice(b"garbage that is not gzip");
    let bad = write(&dir, "bad.warc.gz", &bytes);
    let mut junk = gzip(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort");
    junk.extend(gzip(b"more"));
    let short = write(&dir, "short.warc.gz", &junk);
    let notwarc = write(&dir, "not.warc", b"hello world\r\n");
    let good = write(&dir, "z.txt", b"After.");
    let items = read_all(&[bad, short, notwarc, good]);
    let kinds = ids(&items);
    assert_eq!(kinds.last().map(String::as_str), Some("z"), "{kinds:?}");
    assert_eq!(
        kinds
            .iter()
            .filter(|k| k.as_str() == "ERR corrupt_warc")
            .count(),
        3,
        "{kinds:?}"
    );
    let e = items.iter().find_map(|i| i.as_ref().err()).unwrap();
    assert!(e.to_string().contains("bad.warc.gz record"), "{e}");
}

#[test]
fn directory_walk_is_sorted_recursive_and_skips_hidden() {
    let dir = TempDir::new().unwrap();
    write(&dir, "b.txt", b"B.");
    write(&dir, "a.txt", b"A.");
    write(&dir, "sub/c.jsonl", b"{\"id\":\"c\",\"text\":\"C.\"}\n");
    write(&dir, ".hidden.txt", b"H.");
    write(&dir, ".git/config.txt", b"G.");
    write(&dir, "sub/.secret/d.txt", b"D.");
    let items = read_all(&[dir.path().to_path_buf()]);
    assert_eq!(ids(&items), ["a", "b", "c"]);
}

#[test]
fn big_text_file_is_read_in_segments() {
    let dir = TempDir::new().unwrap();
    let paragraph = "China and Turkey agreed to deepen cooperation. ".repeat(4);
    let text = vec![paragraph.trim(); 40].join("\n\n");
    let p = write(&dir, "huge.txt", text.as_bytes());
    let limit = 1000;
    let items: Vec<_> = read_inputs_with(
        &[p],
        ReaderOptions {
            max_document_bytes: limit,
        },
    )
    .collect();
    assert!(items.len() > 5, "{}", items.len());
    let docs: Vec<RawDocument> = items.into_iter().map(Result::unwrap).collect();
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d.id, format!("huge@{}", i + 1));
        assert!(d.body.len() <= limit);
        assert!(
            d.body.trim_end().ends_with("cooperation."),
            "cut at a paragraph: {:?}",
            &d.body[d.body.len().saturating_sub(30)..]
        );
    }
    let joined: Vec<&str> = docs.iter().map(|d| d.body.trim()).collect();
    assert_eq!(joined.join("\n\n"), text, "nothing lost");
}

#[test]
fn oversized_html_is_an_error() {
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "big.html",
        format!("<html><body><p>{}</p></body></html>", "x".repeat(300)).as_bytes(),
    );
    let items: Vec<_> = read_inputs_with(
        &[p],
        ReaderOptions {
            max_document_bytes: 100,
        },
    )
    .collect();
    assert_eq!(ids(&items), ["ERR too_large"]);
}

#[test]
fn inputs_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    assert_send(&read_inputs(&[]));
}

#[test]
fn streams_are_read_by_name_or_sniffed() {
    let stream = |bytes: &[u8]| -> Box<dyn std::io::Read + Send> {
        Box::new(std::io::Cursor::new(bytes.to_vec()))
    };
    let opts = ReaderOptions::default();
    let items: Vec<_> = read_stream("upload.jsonl", stream(b"{\"text\":\"A.\"}\n"), opts).collect();
    assert_eq!(ids(&items), ["upload:1"]);
    let items: Vec<_> = read_stream("blob", stream(&gzip(&small_warc())), opts).collect();
    assert_eq!(ids(&items), ["rec-1", "rec-3"]);
    let items: Vec<_> = read_stream("x.gz", stream(b"not gzip at all"), opts).collect();
    assert_eq!(ids(&items), ["ERR io"]);
}

#[test]
fn decoding_fallbacks_are_reported_as_warnings() {
    let dir = TempDir::new().unwrap();
    let latin = write(&dir, "latin1.txt", b"Caf\xe9.");
    let clean = write(&dir, "clean.txt", b"Fine.");
    let mut inputs = read_inputs(&[latin, clean]);
    let docs: Vec<_> = inputs.by_ref().collect();
    assert_eq!(ids(&docs), ["latin1", "clean"]);
    let warnings = inputs.take_warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("latin1.txt") && warnings[0].contains("Windows-1252"),
        "{warnings:?}"
    );
    assert!(inputs.take_warnings().is_empty(), "taken once");
}
