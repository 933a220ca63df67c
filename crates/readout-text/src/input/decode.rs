//! Bytes to text: binary detection and charset decoding that never fails.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// How much of a file's start is inspected to decide whether it is text.
pub(crate) const SNIFF_BYTES: usize = 8192;

/// Is this the start of a binary file? NUL bytes, or more than a tenth control characters.
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len()
}

/// `<meta charset="...">` or `content="text/html; charset=..."` near the start of a page.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"#)
        .expect("static regex")
});

/// The encoding an HTML page declares in its first kilobytes, if any.
pub(crate) fn html_declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = &head[..head.len().min(4096)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label)
}

/// Decodes `bytes` as `charset` when given and known, else as UTF-8; text that is
/// not valid UTF-8 is read as Windows-1252 when it has no UTF-8 multi-byte
/// sequences at all (an old Latin-1 file), otherwise lossily (U+FFFD). The
/// second value says which fallback was needed, for a warning.
pub(crate) fn decode_text(
    bytes: Vec<u8>,
    charset: Option<&'static Encoding>,
) -> (String, Option<&'static str>) {
    // A UTF-16 label on a byte stream is a mislabelled ASCII-compatible page (as browsers assume).
    if let Some(enc) = charset.filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE) {
        let (text, _, had_errors) = enc.decode(&bytes);
        let note =
            had_errors.then_some("bytes invalid in the declared charset were replaced with U+FFFD");
        return (text.into_owned(), note);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let bytes = e.into_bytes();
            if has_utf8_multibyte(&bytes) {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                (text, Some("invalid UTF-8 bytes were replaced with U+FFFD"))
            } else {
                let (text, _, _) = WINDOWS_1252.decode(&bytes);
                (
                    text.into_owned(),
                    Some("not UTF-8; decoded as Windows-1252"),
                )
            }
        }
    }
}

/// Does `bytes` contain at least one well-formed UTF-8 multi-byte character?
fn has_utf8_multibyte(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(looks_binary(&[1u8, 2, 3, 4, 5, b'a']));
        assert!(!looks_binary(b"plain text\r\nwith lines\t and tabs"));
        assert!(!looks_binary("Çavuşoğlu".as_bytes()));
    }

    #[test]
    fn decoding_falls_back_sensibly() {
        let text = |bytes: &[u8], charset| decode_text(bytes.to_vec(), charset).0;
        assert_eq!(text(b"caf\xe9", None), "café", "Latin-1 file");
        assert_eq!(text("ü\u{0}".as_bytes(), None), "ü\u{0}");
        assert_eq!(
            text(b"\xc3\xbc and \xff", None),
            "ü and \u{FFFD}",
            "mostly UTF-8"
        );
        let koi8 = Encoding::for_label(b"koi8-r");
        assert_eq!(text(&[0xF0, 0xD5, 0xD4, 0xC9, 0xCE], koi8), "Путин");
        assert_eq!(decode_text(b"plain".to_vec(), None).1, None);
        assert!(decode_text(b"caf\xe9".to_vec(), None).1.is_some());
    }

    #[test]
    fn meta_charset() {
        assert_eq!(
            html_declared_charset(br#"<html><head><meta charset="windows-1251">"#),
            Encoding::for_label(b"windows-1251")
        );
        assert_eq!(
            html_declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#
            ),
            Some(WINDOWS_1252)
        );
        assert_eq!(html_declared_charset(b"<html>"), None);
    }
}
