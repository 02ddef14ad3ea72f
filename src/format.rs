//! Human labels for ISO time values ("19 Nov 2019", "November 2019", "1910 – 1945").
//!
//! Limits: English month names only; a value that does not parse (or a duration) is shown as
//! written, never hidden.

use newsline_extract::TimeValue;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Full or short English name of month 1..=12.
pub fn month_name(month: i8, short: bool) -> &'static str {
    match usize::try_from(month).ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))) {
        Some(name) if short => &name[..3],
        Some(name) => name,
        None => "?",
    }
}

/// A reader's label for an ISO value.
pub fn date_label(iso: &str) -> String {
    TimeValue::parse_iso(iso).map_or_else(|| iso.to_string(), |v| label(&v))
}

fn label(value: &TimeValue) -> String {
    match value {
        TimeValue::Century(c) => format!("{}s", i32::from(*c) * 100),
        TimeValue::Decade(d) => format!("{}s", i32::from(*d) * 10),
        TimeValue::Year(y) => y.to_string(),
        TimeValue::Month(y, m) => format!("{} {y}", month_name(*m, false)),
        TimeValue::Week(y, w) => format!("Week {w}, {y}"),
        TimeValue::Day(d) => format!("{} {} {}", d.day(), month_name(d.month(), true), d.year()),
        TimeValue::Span(a, b) => format!("{} – {}", label(a), label(b)),
        TimeValue::Duration(p) => p.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_every_granularity() {
        let cases = [
            ("19", "1900s"),
            ("199", "1990s"),
            ("2019", "2019"),
            ("2019-11", "November 2019"),
            ("2019-W47", "Week 47, 2019"),
            ("2019-11-19", "19 Nov 2019"),
            ("1910/1945", "1910 – 1945"),
            ("P3M", "P3M"),
            ("soon", "soon"),
        ];
        for (iso, want) in cases {
            assert_eq!(date_label(iso), want, "{iso}");
        }
    }

    #[test]
    fn out_of_range_months_do_not_panic() {
        assert_eq!(month_name(0, false), "?");
        assert_eq!(month_name(13, true), "?");
    }
}
