//! JSON-lines reader: any bytes, never a panic, every document well-formed.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::drive("fuzz.jsonl", data);
});
