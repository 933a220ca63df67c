//! A direct JSON writer for [`Event`]: the same bytes as `serde_json::to_writer`,
//! written without serde's per-field dispatch.
//!
//! Serialising is a fixed cost per coded event and the output is larger than the
//! input (every event repeats its evidence sentence), so at corpus scale it is a
//! visible share of `readout code`. The serde derive stays the reference: a test
//! checks that both give identical bytes.

use crate::{Actor, Event, PartialDate};
use chrono::Datelike;

/// What each byte turns into inside a JSON string: 0 = itself, else the escape letter
/// (`u` for `\u00XX`), exactly as serde_json escapes.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Whether any of the eight bytes in `w` must be escaped: a control byte, `"` or `\\`
/// (the exact "has a zero / smaller byte" word tests, so no false answers either way).
fn word_needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    let quote = w ^ (ONES * b'"' as u64);
    let quote = quote.wrapping_sub(ONES) & !quote & HIGHS;
    let backslash = w ^ (ONES * b'\\' as u64);
    let backslash = backslash.wrapping_sub(ONES) & !backslash & HIGHS;
    below_space | quote | backslash != 0
}

/// Offset of the first byte of `bytes` that must be escaped. Evidence sentences rarely need
/// escapes: clean 8-byte words are skipped whole, and the few bytes after the last whole word
/// are looked up without the escaping branch.
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if word_needs_escape(u64::from_le_bytes(word)) {
            break;
        }
        i += 8;
    }
    // after a flagged word this stops inside it: the word test has no false alarms
    bytes[i..]
        .iter()
        .position(|&b| ESCAPE[b as usize] != 0)
        .map(|k| i + k)
}

/// Appends the escape sequence of byte `b` (one [`ESCAPE`] marks).
fn push_escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'\\');
    match ESCAPE[b as usize] {
        b'u' => out.extend_from_slice(&[
            b'u',
            b'0',
            b'0',
            HEX[(b >> 4) as usize],
            HEX[(b & 0xF) as usize],
        ]),
        letter => out.push(letter),
    }
}

/// Appends `s` as a quoted JSON string: each clean stretch copied whole, then its escape.
fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(k) = first_escape(&bytes[start..]) {
        let i = start + k;
        out.extend_from_slice(&bytes[start..i]);
        push_escape(out, bytes[i]);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// `,"key":` as one byte string literal, so each key is a single copy of constant length
/// (keys are plain ASCII field names; the separating comma comes with them).
macro_rules! next_key {
    ($key:literal) => {
        concat!(",\"", $key, "\":").as_bytes()
    };
}

fn push_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn push_usize(out: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Appends `items` as a JSON array, each written by `push_item`.
fn push_list<T>(out: &mut Vec<u8>, items: &[T], push_item: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_item(out, item);
    }
    out.push(b']');
}

fn push_str_list(out: &mut Vec<u8>, items: &[String]) {
    push_list(out, items, |out, s| push_str(out, s));
}

fn push_actor(out: &mut Vec<u8>, a: &Actor) {
    out.extend_from_slice(b"{\"text\":");
    push_str(out, &a.text);
    out.extend_from_slice(next_key!("code"));
    push_str(out, &a.code);
    for (key, value) in [
        (next_key!("sector"), &a.sector),
        (next_key!("name"), &a.name),
        (next_key!("title"), &a.title),
    ] {
        if let Some(v) = value {
            out.extend_from_slice(key);
            push_str(out, v);
        }
    }
    out.push(b'}');
}

fn push_actors(out: &mut Vec<u8>, actors: &[Actor]) {
    push_list(out, actors, push_actor);
}

fn push_date(out: &mut Vec<u8>, date: &PartialDate) {
    match date {
        // The common case without chrono's format-string interpreter.
        PartialDate::Day(d) if (0..=9999).contains(&d.year()) => {
            let (y, m, day) = (d.year() as u32, d.month(), d.day());
            out.extend_from_slice(&[
                b'"',
                b'0' + (y / 1000) as u8,
                b'0' + (y / 100 % 10) as u8,
                b'0' + (y / 10 % 10) as u8,
                b'0' + (y % 10) as u8,
                b'-',
                b'0' + (m / 10) as u8,
                b'0' + (m % 10) as u8,
                b'-',
                b'0' + (day / 10) as u8,
                b'0' + (day % 10) as u8,
                b'"',
            ]);
        }
        other => push_str(out, &other.to_string()),
    }
}

impl Event {
    /// Appends the event as one line of JSON (no newline), byte for byte what
    /// `serde_json::to_writer` writes for it.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        push_str(out, &self.id);
        out.extend_from_slice(next_key!("doc_id"));
        push_str(out, &self.doc_id);
        out.extend_from_slice(next_key!("event_type"));
        push_str(out, self.event_type.name());
        out.extend_from_slice(next_key!("mode"));
        push_str_list(out, &self.mode);
        out.extend_from_slice(next_key!("context"));
        push_str_list(out, &self.context);
        out.extend_from_slice(next_key!("issues"));
        push_str_list(out, &self.issues);
        out.extend_from_slice(next_key!("actor"));
        push_actors(out, &self.actor);
        out.extend_from_slice(next_key!("recipient"));
        push_actors(out, &self.recipient);
        out.extend_from_slice(next_key!("date"));
        match &self.date {
            Some(d) => push_date(out, d),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(next_key!("aux"));
        push_opt_str(out, self.aux.map(|a| a.as_str()));
        out.extend_from_slice(next_key!("initiator"));
        push_opt_str(out, self.initiator.as_deref());
        out.extend_from_slice(next_key!("location"));
        push_opt_str(out, self.location.as_deref());
        out.extend_from_slice(next_key!("score"));
        // serde_json's float formatting (shortest round trip, "2.0" not "2", null for NaN).
        if serde_json::to_writer(&mut *out, &self.score).is_err() {
            out.extend_from_slice(b"null");
        }
        out.extend_from_slice(next_key!("quad"));
        push_str(out, self.quad.name());
        out.extend_from_slice(next_key!("cameo"));
        push_str(out, &self.cameo);
        out.extend_from_slice(next_key!("sentence"));
        push_str(out, &self.sentence);
        out.extend_from_slice(next_key!("sentence_index"));
        push_usize(out, self.sentence_index);
        out.extend_from_slice(next_key!("trigger"));
        push_str(out, &self.trigger);
        out.extend_from_slice(next_key!("span"));
        out.push(b'[');
        push_usize(out, self.span.0);
        out.push(b',');
        push_usize(out, self.span.1);
        out.push(b']');
        if let Some(speaker) = &self.speaker {
            out.extend_from_slice(next_key!("speaker"));
            push_actor(out, speaker);
        }
        out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use crate::{Actor, Aux, Event, EventType, PartialDate};
    use chrono::NaiveDate;

    fn event() -> Event {
        let ty = EventType::Accuse;
        Event {
            id: "doc \"q\"#1".into(),
            doc_id: "doc \"q\"".into(),
            event_type: ty,
            mode: vec!["disapprove".into()],
            context: vec!["diplomatic".into(), "human_rights".into()],
            issues: vec![],
            actor: vec![Actor {
                text: "the Foreign Ministry's spokesperson".into(),
                code: "CHN".into(),
                sector: Some("GOV".into()),
                name: Some("Zhao Lijian".into()),
                title: None,
            }],
            recipient: vec![Actor::code("Washington", "USA")],
            date: Some(PartialDate::Day(
                NaiveDate::from_ymd_opt(2021, 3, 9).expect("valid date"),
            )),
            aux: Some(Aux::Negated),
            initiator: None,
            location: Some("Genève".into()),
            score: ty.score(&[]),
            quad: ty.quad(),
            cameo: "112".into(),
            sentence: "He said:\t\"no\\yes\" — \u{1}\u{8}\u{c}\r\n é 中".into(),
            sentence_index: 12,
            trigger: "accused … of".into(),
            span: (0, 1234567),
            speaker: None,
        }
    }

    fn both(e: &Event) -> (String, String) {
        let mut mine = Vec::new();
        e.write_json(&mut mine);
        let serde = serde_json::to_string(e).expect("serialisable");
        (String::from_utf8(mine).expect("utf-8"), serde)
    }

    #[test]
    fn matches_serde_byte_for_byte() {
        let mut e = event();
        let (mine, serde) = both(&e);
        assert_eq!(mine, serde);
        // every optional field the other way round
        e.aux = None;
        e.location = None;
        e.initiator = Some("TUR".into());
        e.speaker = Some(e.actor[0].clone());
        e.recipient.clear();
        e.score = -7.5;
        for date in [
            None,
            Some(PartialDate::Week {
                year: 2020,
                week: 3,
            }),
            Some(PartialDate::Month {
                year: 2019,
                month: 11,
            }),
            Some(PartialDate::Year(2022)),
        ] {
            e.date = date;
            let (mine, serde) = both(&e);
            assert_eq!(mine, serde);
        }
    }

    #[test]
    fn word_test_finds_every_escape_and_nothing_else() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                let mut word = *b"abcdefgh";
                word[pos] = b;
                let expected = b < 0x20 || b == b'"' || b == b'\\';
                assert_eq!(
                    super::word_needs_escape(u64::from_le_bytes(word)),
                    expected,
                    "byte {b:#04x} at {pos}"
                );
            }
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let pieces = [
            "a", "abcdefgh", "\"", "\\", "\n", "\t", "\u{1}", "\u{1f}", "\u{7f}", "é", "中", " ",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..5000 {
            let mut s = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut mine = Vec::new();
            super::push_str(&mut mine, &s);
            let serde = serde_json::to_string(&s).expect("serialisable");
            assert_eq!(String::from_utf8(mine).expect("utf-8"), serde, "{s:?}");
        }
    }

    #[test]
    fn output_parses_back_to_the_same_event() {
        let e = event();
        let mut out = Vec::new();
        e.write_json(&mut out);
        let back: Event = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(back, e);
    }
}
