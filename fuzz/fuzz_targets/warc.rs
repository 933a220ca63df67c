//! WARC reader, plain and gzip (sniffed by magic number): never a panic.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::drive("fuzz.warc", data);
});
