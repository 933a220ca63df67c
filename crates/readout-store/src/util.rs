//! Small helpers: day numbers, content hashing, source hosts, time stamps.

use chrono::{Datelike, NaiveDate};

/// Days from 0001-01-01 (CE day 1) to 1970-01-01, to convert chrono CE days to Unix days.
const UNIX_EPOCH_CE_DAYS: i64 = 719_163;

/// Unix day number (days since 1970-01-01), the unit of stored dates and of Parquet Date32.
pub fn day_number(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64 - UNIX_EPOCH_CE_DAYS
}

/// The date of a Unix day number (`None` when out of chrono's range).
pub fn day_date(n: i64) -> Option<NaiveDate> {
    i32::try_from(n + UNIX_EPOCH_CE_DAYS)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// 128-bit FNV-1a as 32 hex digits: stable across Rust versions (unlike `DefaultHasher`), no dependency.
pub fn fnv128_hex(parts: &[&[u8]]) -> String {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut h = OFFSET;
    for part in parts {
        for &b in *part {
            h ^= b as u128;
            h = h.wrapping_mul(PRIME);
        }
        // Separator so ("ab","c") and ("a","bc") differ.
        h ^= 0xff;
        h = h.wrapping_mul(PRIME);
    }
    format!("{h:032x}")
}

/// Content hash of a document: everything the coder reads (text, date, url, title).
pub fn document_hash(doc: &readout_model::Document) -> String {
    let date = doc.date.map(|d| d.to_string()).unwrap_or_default();
    fnv128_hex(&[
        doc.text.as_bytes(),
        date.as_bytes(),
        doc.url.as_deref().unwrap_or("").as_bytes(),
        doc.title.as_deref().unwrap_or("").as_bytes(),
    ])
}

/// The source of a document for NumSources: the URL host without `www.`, else the origin file
/// (origin without its `:line` suffix), else the document id.
pub fn document_source(doc: &readout_model::Document) -> String {
    if let Some(host) = doc.url.as_deref().and_then(url_host) {
        return host;
    }
    let origin = doc.origin.trim();
    if !origin.is_empty() {
        let file = match origin.rsplit_once(':') {
            Some((f, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => f,
            _ => origin,
        };
        return file.to_string();
    }
    doc.id.clone()
}

/// Lower-case host of a URL (`https://www.Mfa.gov.cn:443/x` → `mfa.gov.cn`), `None` if there is none.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map(|(_, r)| r)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority
        .rsplit_once('@')
        .map(|(_, h)| h)
        .unwrap_or(authority);
    let host = if host_port.starts_with('[') {
        host_port
            .split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or("").to_string()
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Current UTC time as RFC 3339 seconds (`2026-11-22T07:00:00Z`).
pub fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_match_unix_days() {
        let d = NaiveDate::from_ymd_opt(1970, 1, 2).unwrap();
        assert_eq!(day_number(d), 1);
        let d = NaiveDate::from_ymd_opt(2021, 11, 13).unwrap();
        assert_eq!(day_date(day_number(d)), Some(d));
        assert_eq!(
            day_number(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()),
            10957
        );
    }

    #[test]
    fn hosts_ignore_scheme_port_and_www() {
        assert_eq!(
            url_host("https://www.Mfa.gov.cn:443/eng/x.html").as_deref(),
            Some("mfa.gov.cn")
        );
        assert_eq!(
            url_host("http://user@aa.com.tr?x=1").as_deref(),
            Some("aa.com.tr")
        );
        assert_eq!(url_host("no scheme"), None);
        let mut doc = readout_model::Document::new("d", "t");
        doc.origin = "news/a.jsonl:12".into();
        assert_eq!(document_source(&doc), "news/a.jsonl");
        doc.url = Some("https://reuters.com/a".into());
        assert_eq!(document_source(&doc), "reuters.com");
    }

    #[test]
    fn hash_changes_with_any_content_field() {
        let a = readout_model::Document::new("d", "text");
        let mut b = a.clone();
        assert_eq!(document_hash(&a), document_hash(&b));
        b.title = Some("x".into());
        assert_ne!(document_hash(&a), document_hash(&b));
        assert_ne!(fnv128_hex(&[b"ab", b"c"]), fnv128_hex(&[b"a", b"bc"]));
    }
}
