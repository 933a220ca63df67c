//! HTML reader and main-text extraction: never a panic, spans well-formed.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::drive("fuzz.html", data);
});
