//! Plain-text reader (segmenting, decoding), normalisation, sentence splitting
//! and date finding: never a panic; normalising twice changes nothing.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::drive("fuzz.txt", data);
    if let Ok(text) = std::str::from_utf8(data) {
        let once = readout_text::normalise(text);
        assert_eq!(
            readout_text::normalise(&once),
            once,
            "normalise is idempotent"
        );
        for s in readout_text::split_sentences(text) {
            assert!(text.get(s.span.0..s.span.1).is_some());
        }
    }
});
