//! Parsing of the tab-separated knowledge-base files.
//!
//! Every file is UTF-8, one row per line, fields separated by tabs; blank lines
//! and lines starting with `#` are ignored. The format is told by a header line
//! (`#code<TAB>name<TAB>official…` etc., see [`Format::header`]) or else by the
//! file name (`states*.tsv`, `organisations*.tsv`, `titles*.tsv`, `groups*.tsv`,
//! `terms*.tsv` or any file under a `terms/` folder).

use crate::error::KbError;
use crate::records::{GroupRec, OrgRec, Origin, PlaceRec, Records, StateRec, TermRec, TitleRec};
use chrono::NaiveDate;
use readout_model::SharedStr;

/// The six file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    States,
    Organisations,
    Titles,
    Groups,
    Terms,
    Places,
}

impl Format {
    /// Column names, in order, as written in the header line.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            Format::States => &[
                "code",
                "name",
                "official",
                "aliases",
                "adjectives",
                "capital",
                "metonyms",
                "status",
            ],
            Format::Organisations => &["code", "name", "aliases", "sector", "members"],
            Format::Titles => &["title", "aliases", "sector", "office", "country", "kind"],
            Format::Groups => &["name", "aliases", "code", "sector"],
            Format::Terms => &[
                "person", "aliases", "office", "code", "start", "end", "sector", "title",
            ],
            Format::Places => &["place", "aliases", "country", "kind"],
        }
    }

    /// How many leading columns a row must have.
    fn required(self) -> usize {
        match self {
            Format::States => 2,
            Format::Organisations => 2,
            Format::Titles => 1,
            Format::Groups => 4,
            Format::Terms => 5,
            Format::Places => 3,
        }
    }

    const ALL: [Format; 6] = [
        Format::States,
        Format::Organisations,
        Format::Titles,
        Format::Groups,
        Format::Terms,
        Format::Places,
    ];
}

/// Tells a file's format from its first header-like comment line, else from its name.
pub(crate) fn detect_format(name: &str, content: &str) -> Option<Format> {
    for line in content.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some(rest) = line.strip_prefix('#') else {
            break;
        };
        let fields: Vec<String> = rest
            .split('\t')
            .map(|f| f.trim().to_ascii_lowercase())
            .collect();
        for format in Format::ALL {
            let header = format.header();
            if fields.len() >= 2
                && fields.len() <= header.len()
                && fields.iter().zip(header).all(|(a, b)| a == b)
            {
                return Some(format);
            }
        }
    }
    let lower = name.replace('\\', "/").to_ascii_lowercase();
    let base = lower.rsplit('/').next().unwrap_or(&lower);
    if lower.contains("terms/") || base.starts_with("terms") {
        return Some(Format::Terms);
    }
    [
        ("states", Format::States),
        ("organisations", Format::Organisations),
        ("organizations", Format::Organisations),
        ("titles", Format::Titles),
        ("groups", Format::Groups),
        ("places", Format::Places),
    ]
    .into_iter()
    .find(|(prefix, _)| base.starts_with(prefix))
    .map(|(_, f)| f)
}

/// Parses one file into `records`; later rows override earlier ones with the same key.
pub(crate) fn load_file(records: &mut Records, name: &str, content: &str) -> Result<(), KbError> {
    let format = detect_format(name, content).ok_or_else(|| KbError::UnknownFormat {
        file: name.to_string(),
    })?;
    records.files.push(name.to_string());
    for (index, raw) in content.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |reason: String| KbError::Parse {
            file: name.to_string(),
            line: line_no,
            reason,
        };
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let header = format.header();
        if fields.len() < format.required() {
            return Err(fail(format!(
                "expected at least {} tab-separated columns ({}), found {}",
                format.required(),
                header[..format.required()].join(", "),
                fields.len()
            )));
        }
        if fields.len() > header.len() {
            return Err(fail(format!(
                "expected at most {} tab-separated columns ({}), found {}",
                header.len(),
                header.join(", "),
                fields.len()
            )));
        }
        let origin = Origin {
            file: name.to_string(),
            line: line_no,
        };
        match format {
            Format::States => {
                let rec = parse_state(&fields, origin).map_err(fail)?;
                let key = (0, rec.code.as_str().to_owned());
                upsert(&mut records.states, &mut records.keys, key, rec);
            }
            Format::Organisations => {
                let rec = parse_org(&fields, origin).map_err(fail)?;
                let key = (1, rec.code.as_str().to_owned());
                upsert(&mut records.orgs, &mut records.keys, key, rec);
            }
            Format::Titles => {
                let rec = parse_title(&fields, origin).map_err(fail)?;
                let key = (2, crate::fold::fold_str(&rec.title));
                upsert(&mut records.titles, &mut records.keys, key, rec);
            }
            Format::Groups => {
                let rec = parse_group(&fields, origin).map_err(fail)?;
                let key = (3, crate::fold::fold_str(&rec.name));
                upsert(&mut records.groups, &mut records.keys, key, rec);
            }
            Format::Terms => {
                let rec = parse_term(&fields, origin).map_err(fail)?;
                let key = (
                    4,
                    format!(
                        "{}\t{}\t{}\t{}",
                        rec.person, rec.office, rec.code, rec.start_raw
                    ),
                );
                upsert(&mut records.terms, &mut records.keys, key, rec);
            }
            Format::Places => {
                let rec = parse_place(&fields, origin).map_err(fail)?;
                let key = (5, crate::fold::fold_str(&rec.name));
                upsert(&mut records.places, &mut records.keys, key, rec);
            }
        }
    }
    Ok(())
}

/// Replaces the row with the same key (keeping its position) or appends.
fn upsert<T>(
    rows: &mut Vec<T>,
    keys: &mut std::collections::HashMap<(u8, String), usize>,
    key: (u8, String),
    rec: T,
) {
    match keys.get(&key) {
        Some(&i) => rows[i] = rec,
        None => {
            keys.insert(key, rows.len());
            rows.push(rec);
        }
    }
}

/// Splits a `|`-separated list, dropping empty items.
fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn check_sector(s: &str) -> Result<(), String> {
    if readout_model::SECTORS.contains(&s) {
        Ok(())
    } else {
        Err(format!(
            "unknown sector '{s}' (expected one of {})",
            readout_model::SECTORS.join(", ")
        ))
    }
}

fn optional_sector(s: &str) -> Result<Option<SharedStr>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    check_sector(s)?;
    Ok(Some(s.into()))
}

/// A state or organisation code: upper-case ASCII letters/digits, 2–10 chars.
fn check_code(s: &str, what: &str) -> Result<(), String> {
    let ok = (2..=10).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "bad {what} code '{s}' (expected upper-case letters/digits such as CHN or NATO)"
        ))
    }
}

/// Column `i` of a row, empty when the row is shorter.
fn col<'a>(fields: &[&'a str], i: usize) -> &'a str {
    fields.get(i).copied().unwrap_or("")
}

fn parse_state(f: &[&str], origin: Origin) -> Result<StateRec, String> {
    let code = col(f, 0);
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(format!(
            "bad state code '{code}' (expected ISO 3166-1 alpha-3 such as TUR)"
        ));
    }
    let name = col(f, 1);
    if name.is_empty() {
        return Err("empty state name".into());
    }
    let capital_field = col(f, 5);
    let (capitals, capital_is_metonym) = match capital_field.strip_prefix('!') {
        Some(c) => (list(c), false),
        None => (list(capital_field), !capital_field.is_empty()),
    };
    // "Kyiv|Kiev": the first spelling is the capital, the others match as it.
    let mut capitals = capitals.into_iter();
    let capital = capitals.next().unwrap_or_default();
    let capital_aliases: Vec<String> = capitals.collect();
    let mut metonyms = Vec::new();
    for m in list(col(f, 6)) {
        match m.split_once('@') {
            Some((text, sector)) => {
                check_sector(sector.trim())?;
                metonyms.push((text.trim().to_string(), Some(sector.trim().into())));
            }
            None => metonyms.push((m, None)),
        }
    }
    let status = match col(f, 7) {
        "" => "member".to_string(),
        s @ ("member" | "observer" | "other") => s.to_string(),
        other => {
            return Err(format!(
                "bad status '{other}' (expected member, observer or other)"
            ))
        }
    };
    Ok(StateRec {
        code: code.into(),
        name: name.to_string(),
        official: col(f, 2).to_string(),
        aliases: list(col(f, 3)),
        adjectives: list(col(f, 4)),
        capital,
        capital_aliases,
        capital_is_metonym,
        metonyms,
        status,
        origin,
    })
}

fn parse_org(f: &[&str], origin: Origin) -> Result<OrgRec, String> {
    let code = col(f, 0);
    check_code(code, "organisation")?;
    let name = col(f, 1);
    if name.is_empty() {
        return Err("empty organisation name".into());
    }
    let sector = match col(f, 3) {
        "" => "IGO".into(),
        s => {
            check_sector(s)?;
            s.into()
        }
    };
    Ok(OrgRec {
        code: code.into(),
        name: name.to_string(),
        aliases: list(col(f, 2)),
        sector,
        members: list(col(f, 4)),
        origin,
    })
}

fn parse_title(f: &[&str], origin: Origin) -> Result<TitleRec, String> {
    let title = col(f, 0);
    if title.is_empty() {
        return Err("empty title".into());
    }
    let office = col(f, 3);
    if !office.is_empty()
        && !office
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "bad office key '{office}' (expected snake_case such as foreign_minister)"
        ));
    }
    let country = col(f, 4);
    if !country.is_empty() {
        check_code(country, "country")?;
    }
    let takes_name = match col(f, 5) {
        "" | "person" => true,
        "body" => false,
        other => {
            return Err(format!(
                "bad title kind '{other}' (expected person or body)"
            ))
        }
    };
    Ok(TitleRec {
        title: title.to_string(),
        aliases: list(col(f, 1)),
        sector: optional_sector(col(f, 2))?,
        office: (!office.is_empty()).then(|| office.into()),
        country: (!country.is_empty()).then(|| country.into()),
        takes_name,
        origin,
    })
}

fn parse_group(f: &[&str], origin: Origin) -> Result<GroupRec, String> {
    let name = col(f, 0);
    if name.is_empty() {
        return Err("empty group name".into());
    }
    let code = col(f, 2);
    check_code(code, "group country")?;
    let sector = col(f, 3);
    check_sector(sector)?;
    Ok(GroupRec {
        name: name.into(),
        aliases: list(col(f, 1)),
        code: code.into(),
        sector: sector.into(),
        origin,
    })
}

fn parse_place(f: &[&str], origin: Origin) -> Result<PlaceRec, String> {
    let name = col(f, 0);
    if name.is_empty() {
        return Err("empty place name".into());
    }
    let kind = match col(f, 3) {
        "" | "city" => "city",
        "region" => "region",
        "water" => "water",
        other => {
            return Err(format!(
                "bad place kind '{other}' (expected city, region or water)"
            ))
        }
    };
    // seas and regions shared by several states ("South China Sea", "Korean Peninsula")
    // belong to none: they are listed only so that the state names inside them stay unread
    let country = match col(f, 2) {
        "" | "-" if kind != "city" => "",
        c if c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()) => c,
        other => {
            return Err(format!(
                "bad place country '{other}' (expected ISO 3166-1 alpha-3 such as UKR; \
                 '-' only for a region or water shared by several states)"
            ))
        }
    };
    Ok(PlaceRec {
        name: name.to_string(),
        aliases: list(col(f, 1)),
        country: country.into(),
        kind: kind.to_string(),
        origin,
    })
}

fn parse_term(f: &[&str], origin: Origin) -> Result<TermRec, String> {
    let person = col(f, 0);
    if person.is_empty() {
        return Err("empty person name".into());
    }
    let office = col(f, 2);
    if office.is_empty()
        || !office
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "bad office key '{office}' (expected snake_case such as foreign_minister)"
        ));
    }
    let code = col(f, 3);
    check_code(code, "term")?;
    let start_raw = col(f, 4);
    let start = parse_date(start_raw, false).ok_or_else(|| {
        format!("bad start date '{start_raw}' (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    })?;
    let end_raw = col(f, 5);
    let end = if end_raw.is_empty() {
        None
    } else {
        Some(parse_date(end_raw, true).ok_or_else(|| {
            format!("bad end date '{end_raw}' (expected YYYY-MM-DD, YYYY-MM or YYYY, or empty)")
        })?)
    };
    let sector = match col(f, 6) {
        "" => "GOV".into(),
        s => {
            check_sector(s)?;
            s.into()
        }
    };
    Ok(TermRec {
        person: person.to_string(),
        aliases: list(col(f, 1)),
        office: office.into(),
        code: code.into(),
        start_raw: start_raw.into(),
        end_raw: (!end_raw.is_empty()).then(|| end_raw.into()),
        start,
        end,
        start_latest: parse_date(start_raw, true).unwrap_or(start),
        end_earliest: if end_raw.is_empty() {
            None
        } else {
            parse_date(end_raw, false)
        },
        sector,
        title: col(f, 7).to_string(),
        origin,
    })
}

/// Parses YYYY-MM-DD, YYYY-MM or YYYY; partial dates give the first day, or the last when `as_end`.
pub(crate) fn parse_date(s: &str, as_end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.chars().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let year = i32::try_from(num(parts.first()?, 4)?).ok()?;
    match parts.len() {
        1 => {
            if as_end {
                NaiveDate::from_ymd_opt(year, 12, 31)
            } else {
                NaiveDate::from_ymd_opt(year, 1, 1)
            }
        }
        2 => {
            let month = num(parts[1], 2)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            if as_end {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                next.pred_opt()
            } else {
                Some(first)
            }
        }
        3 => NaiveDate::from_ymd_opt(year, num(parts[1], 2)?, num(parts[2], 2)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_expand_to_period_bounds() {
        assert_eq!(
            parse_date("2021", false),
            NaiveDate::from_ymd_opt(2021, 1, 1)
        );
        assert_eq!(
            parse_date("2021-02", true),
            NaiveDate::from_ymd_opt(2021, 2, 28)
        );
        assert_eq!(parse_date("2021-13-01", false), None);
        assert_eq!(parse_date("21-01-01", false), None);
    }

    #[test]
    fn format_from_header_beats_file_name() {
        let content = "# person\taliases\toffice\tcode\tstart\tend\tsector\ttitle\n";
        assert_eq!(detect_format("extra.tsv", content), Some(Format::Terms));
        assert_eq!(
            detect_format("data/kb/terms/chn.tsv", ""),
            Some(Format::Terms)
        );
        assert_eq!(detect_format("my_groups.tsv", ""), None);
        assert_eq!(detect_format("groups_local.tsv", ""), Some(Format::Groups));
    }
}
