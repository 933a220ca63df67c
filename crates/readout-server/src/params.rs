//! Query-string parsing and validation: every bad parameter becomes a 400 that names it.

use crate::error::{ApiError, ApiResult};
use chrono::NaiveDate;
use readout_model::{EventType, CONTEXTS};
use readout_store::EventFilter;
use std::collections::BTreeMap;

/// Largest page of events a client may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Page size when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Longest free-text parameter accepted (text search, issue, KB phrase).
const MAX_TEXT_LEN: usize = 500;

/// The filter parameters shared by `/api/events` and the aggregates.
pub const FILTER_PARAMS: &[&str] = &[
    "actor",
    "recipient",
    "dyad",
    "type",
    "mode",
    "context",
    "issue",
    "since",
    "until",
    "text",
    "include_negated",
];

/// A parsed query string: each parameter at most once, only the names an endpoint accepts.
#[derive(Debug, Default)]
pub struct Params {
    values: BTreeMap<String, String>,
}

impl Params {
    /// Parses `raw` (may be absent), rejecting unknown and repeated parameters.
    pub fn parse(raw: Option<&str>, allowed: &[&[&str]]) -> ApiResult<Self> {
        let mut values = BTreeMap::new();
        for (key, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            let key = key.into_owned();
            if !allowed.iter().any(|set| set.contains(&key.as_str())) {
                let expected: Vec<&str> = allowed.iter().flat_map(|s| s.iter().copied()).collect();
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {key:?}; expected one of: {}",
                    expected.join(", ")
                )));
            }
            if values.insert(key.clone(), value.into_owned()).is_some() {
                return Err(ApiError::bad_request(format!(
                    "parameter {key:?} given more than once"
                )));
            }
        }
        Ok(Params { values })
    }

    /// The trimmed value of `key`, or `None` when absent or empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values
            .get(key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A free-text value, bounded in length.
    pub fn text(&self, key: &str) -> ApiResult<Option<String>> {
        match self.get(key) {
            Some(v) if v.chars().count() > MAX_TEXT_LEN => Err(ApiError::bad_request(format!(
                "{key} is longer than {MAX_TEXT_LEN} characters"
            ))),
            other => Ok(other.map(str::to_string)),
        }
    }

    /// A calendar date `YYYY-MM-DD`.
    pub fn date(&self, key: &str) -> ApiResult<Option<NaiveDate>> {
        self.get(key).map(|v| parse_date(key, v)).transpose()
    }

    /// An actor code (state, organisation), upper-cased.
    pub fn code(&self, key: &str) -> ApiResult<Option<String>> {
        self.get(key).map(|v| parse_code(key, v)).transpose()
    }

    /// A boolean flag (`true`/`false`/`1`/`0`/`yes`/`no`).
    pub fn flag(&self, key: &str) -> ApiResult<bool> {
        match self.get(key).map(|v| v.to_ascii_lowercase()) {
            None => Ok(false),
            Some(v) if matches!(v.as_str(), "true" | "1" | "yes") => Ok(true),
            Some(v) if matches!(v.as_str(), "false" | "0" | "no") => Ok(false),
            Some(v) => Err(ApiError::bad_request(format!(
                "{key} must be true or false, not {v:?}"
            ))),
        }
    }

    /// A whole number within `min..=max`, `default` when absent.
    pub fn bounded(&self, key: &str, min: usize, max: usize, default: usize) -> ApiResult<usize> {
        let Some(v) = self.get(key) else {
            return Ok(default);
        };
        match v.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request(format!(
                "{key} must be a whole number from {min} to {max}, not {v:?}"
            ))),
        }
    }
}

/// Parses a `YYYY-MM-DD` date, naming the parameter in the error.
pub fn parse_date(key: &str, value: &str) -> ApiResult<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
        ApiError::bad_request(format!(
            "{key} must be a date like 2021-11-13, not {value:?}"
        ))
    })
}

/// Validates an actor code: letters, digits, `-` or `_`, at most 16 characters; upper-cased.
pub fn parse_code(key: &str, value: &str) -> ApiResult<String> {
    let ok = !value.is_empty()
        && value.len() <= 16
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(value.to_ascii_uppercase())
    } else {
        Err(ApiError::bad_request(format!(
            "{key} must be an actor code such as CHN or NATO, not {value:?}"
        )))
    }
}

/// Reads and validates the shared filter parameters into the store's filter (no limit or cursor).
pub fn event_filter(p: &Params) -> ApiResult<EventFilter> {
    let event_type = p
        .get("type")
        .map(|v| {
            v.to_ascii_uppercase()
                .parse::<EventType>()
                .map_err(|e| ApiError::bad_request(format!("type: {e}")))
        })
        .transpose()?;
    let mode = p.get("mode").map(|m| m.to_ascii_lowercase());
    if let Some(m) = &mode {
        let known = match event_type {
            Some(t) => t.has_mode(m),
            None => EventType::ALL.iter().any(|t| t.has_mode(m)),
        };
        if !known {
            let scope = event_type.map_or("any event type".to_string(), |t| t.name().to_string());
            return Err(ApiError::bad_request(format!(
                "mode {m:?} is not a mode of {scope}"
            )));
        }
    }
    let context = p.get("context").map(|c| c.to_ascii_lowercase());
    if let Some(c) = &context {
        if !CONTEXTS.contains(&c.as_str()) {
            return Err(ApiError::bad_request(format!(
                "unknown context {c:?}; expected one of: {}",
                CONTEXTS.join(", ")
            )));
        }
    }
    let dyad = p.get("dyad").map(parse_dyad).transpose()?;
    let since = p.date("since")?;
    let until = p.date("until")?;
    if let (Some(s), Some(u)) = (since, until) {
        if s > u {
            return Err(ApiError::bad_request(format!(
                "since ({s}) is after until ({u})"
            )));
        }
    }
    Ok(EventFilter {
        actor: p.code("actor")?,
        recipient: p.code("recipient")?,
        dyad,
        event_type,
        mode,
        context,
        issue: p.text("issue")?,
        since,
        until,
        text: p.text("text")?,
        include_negated: p.flag("include_negated")?,
        limit: None,
        cursor: None,
    })
}

/// Parses `A,B` into two actor codes.
pub fn parse_dyad(value: &str) -> ApiResult<(String, String)> {
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    match parts.as_slice() {
        [a, b] if !a.is_empty() && !b.is_empty() => {
            Ok((parse_code("dyad", a)?, parse_code("dyad", b)?))
        }
        _ => Err(ApiError::bad_request(format!(
            "dyad must be two actor codes separated by a comma, like CHN,USA, not {value:?}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(raw: &str) -> ApiResult<EventFilter> {
        event_filter(&Params::parse(Some(raw), &[FILTER_PARAMS])?)
    }

    #[test]
    fn parses_a_full_filter() {
        let f = q("dyad=chn,%20usa&type=request&mode=change&context=territory&since=2021-01-01&until=2021-12-31&include_negated=1&text=wrong+signals").unwrap();
        assert_eq!(f.dyad, Some(("CHN".into(), "USA".into())));
        assert_eq!(f.event_type, Some(EventType::Request));
        assert_eq!(f.mode.as_deref(), Some("change"));
        assert_eq!(f.text.as_deref(), Some("wrong signals"));
        assert!(f.include_negated);
    }

    #[test]
    fn rejects_what_is_wrong_and_says_so() {
        let cases = [
            ("since=2021-13-01", "since must be a date"),
            ("type=HUG", "unknown event type"),
            ("dyad=CHN", "dyad must be two actor codes"),
            ("dyad=CHN,USA,RUS", "dyad must be two actor codes"),
            ("dyad=CHN,<b>", "dyad must be an actor code"),
            ("context=sports", "unknown context"),
            ("type=AGREE&mode=phone", "not a mode of AGREE"),
            ("since=2022-01-01&until=2021-01-01", "is after until"),
            (
                "include_negated=maybe",
                "include_negated must be true or false",
            ),
            ("colour=red", "unknown parameter \"colour\""),
            ("actor=CHN&actor=USA", "given more than once"),
        ];
        for (raw, want) in cases {
            let err = q(raw).unwrap_err();
            assert_eq!(err.status, axum::http::StatusCode::BAD_REQUEST, "{raw}");
            assert!(err.message.contains(want), "{raw}: {}", err.message);
        }
    }

    #[test]
    fn limit_bounds_are_enforced() {
        let p = Params::parse(Some("limit=0"), &[&["limit"]]).unwrap();
        assert!(p.bounded("limit", 1, MAX_LIMIT, DEFAULT_LIMIT).is_err());
        let p = Params::parse(Some("limit=1001"), &[&["limit"]]).unwrap();
        assert!(p.bounded("limit", 1, MAX_LIMIT, DEFAULT_LIMIT).is_err());
        let p = Params::parse(Some("limit=-5"), &[&["limit"]]).unwrap();
        assert!(p.bounded("limit", 1, MAX_LIMIT, DEFAULT_LIMIT).is_err());
        let p = Params::parse(None, &[&["limit"]]).unwrap();
        assert_eq!(
            p.bounded("limit", 1, MAX_LIMIT, DEFAULT_LIMIT).unwrap(),
            100
        );
    }

    #[test]
    fn empty_values_count_as_absent() {
        let f = q("actor=&type=").unwrap();
        assert_eq!(f, EventFilter::default());
    }
}
