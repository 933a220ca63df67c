//! Shared driver: read a byte stream as the named format, prepare every document
//! and check the invariants the rest of readout relies on.

use readout_text::{prepare, read_stream, DateResolver, ReaderOptions};

/// Reads `data` as a file called `name` with a small size limit (so segmenting
/// and too-large paths are exercised) and checks every prepared document.
pub fn drive(name: &str, data: &[u8]) {
    let options = ReaderOptions {
        max_document_bytes: 4096,
    };
    let stream: Box<dyn std::io::Read + Send> = Box::new(std::io::Cursor::new(data.to_vec()));
    for item in read_stream(name, stream, options).take(10_000) {
        let Ok(raw) = item else { continue };
        let doc = prepare(raw);
        check(&doc);
    }
}

/// Spans are in range, on character boundaries, ordered and trimmed; dates do not panic.
pub fn check(doc: &readout_model::Document) {
    let resolver = DateResolver::new(doc.date.or(chrono::NaiveDate::from_ymd_opt(2021, 11, 13)));
    let mut last_end = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(s.span.0 < s.span.1 && s.span.1 <= doc.text.len());
        assert!(s.span.0 >= last_end, "sentences overlap");
        last_end = s.span.1;
        let text = doc
            .text
            .get(s.span.0..s.span.1)
            .expect("span on char boundaries");
        assert_eq!(text, text.trim());
        for m in resolver.find(text) {
            assert_eq!(text.get(m.span.0..m.span.1), Some(m.text.as_str()));
        }
    }
}
