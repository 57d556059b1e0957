//! How numbers were written in a region before its numbering changed, as
//! data: each rule a row, with why it holds and where that is stated. The
//! numbers a lender's database has kept for years are written so; the
//! current numbering plan (libphonenumber's metadata, which the crate's
//! `phonenumber` reads) calls every one of them invalid. A rule rewrites
//! such a number to its current form before it is parsed; the next region's
//! rule (Argentina's `15` and `+54 9`, say) is one more row.

/// One way a region's numbers were written before its numbering changed.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RegionRule {
    /// The region (ISO 3166 code) whose numbers it reads.
    pub region: &'static str,
    /// What the number starts with, written without spaces, dashes, dots
    /// or brackets (`+521`, `044`).
    pub prefix: &'static str,
    /// How many digits follow the prefix: the rule applies to no other
    /// length, so that a number that merely starts alike is left alone.
    pub digits_after: usize,
    /// What takes the prefix's place.
    pub replacement: &'static str,
    /// What the prefix was, in a person's words (for the rewrite report).
    pub reason: &'static str,
    /// Where that is stated.
    pub source: &'static str,
}

/// Mexico dialled ten digits from 3 August 2019 on, and the prefixes below
/// stopped being part of any number. libphonenumber dropped them in two
/// steps: the `1` of mobiles (v8.10.17, 2019) and then `01`, `02`, `044`,
/// `045` as national prefixes (v8.13.38, 2024), after which its parser
/// keeps them as digits of the number and calls it too long.
const MX_2019: &str = "ITU-T Operational Bulletin notice for Mexico (numbering plan, ten-digit \
     dialling from 2019-08-03), cited by google/libphonenumber#2376 (\"Abolish MX's \
     international mobile token (1)\"); the national prefixes removed from the metadata in \
     libphonenumber v8.13.38 (google/libphonenumber#3535)";

/// Every rule, in the order they are tried (the first that applies wins).
pub const REGION_RULES: &[RegionRule] = &[
    RegionRule {
        region: "MX",
        prefix: "+521",
        digits_after: 10,
        replacement: "+52",
        reason: "the 1 after +52 marked a mobile called from abroad until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "00521",
        digits_after: 10,
        replacement: "+52",
        reason: "00 is Mexico's international prefix, and the 1 after 52 marked a mobile \
                 until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "521",
        digits_after: 10,
        replacement: "+52",
        reason: "52 is Mexico's country code without its +, and the 1 after it marked a \
                 mobile until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "044",
        digits_after: 10,
        replacement: "",
        reason: "044 was dialled before a mobile in the same area until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "045",
        digits_after: 10,
        replacement: "",
        reason: "045 was dialled before a mobile in another area until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "01",
        digits_after: 10,
        replacement: "",
        reason: "01 was dialled before a long-distance number until August 2019",
        source: MX_2019,
    },
    RegionRule {
        region: "MX",
        prefix: "1",
        digits_after: 10,
        replacement: "",
        reason: "1 before the ten digits marked a mobile until August 2019",
        source: MX_2019,
    },
];

/// The number with the first rule of `region` that applies to it rewritten,
/// and that rule; `None` where none applies.
pub(crate) fn apply(region: &str, typed: &str) -> Option<(String, &'static RegionRule)> {
    prefixed(region, typed)
        .find(|(rest, rule)| rest.len() == rule.digits_after)
        .map(|(rest, rule)| (format!("{}{rest}", rule.replacement), rule))
}

/// The rule of `region` whose prefix (of two characters or more: a single
/// `1` starts too many numbers to say so) `typed` starts with, with digits
/// after it, though not as many as the rule reads; and how many there are.
pub(crate) fn near(region: &str, typed: &str) -> Option<(&'static RegionRule, usize)> {
    prefixed(region, typed)
        .find(|(_, rule)| rule.prefix.len() >= 2)
        .map(|(rest, rule)| (rule, rest.len()))
}

/// Each rule of `region` whose prefix `typed` starts with (spaces, dashes,
/// dots and brackets aside), digits alone after it, with those digits.
fn prefixed<'a>(
    region: &'a str,
    typed: &str,
) -> impl Iterator<Item = (String, &'static RegionRule)> + 'a {
    let compact: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}'))
        .collect();
    REGION_RULES
        .iter()
        .filter(move |rule| rule.region.eq_ignore_ascii_case(region))
        .filter_map(move |rule| {
            let rest = compact.strip_prefix(rule.prefix)?;
            (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
                .then(|| (rest.to_owned(), rule))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_mexican_legacy_form_is_rewritten_and_nothing_else() {
        let cases = [
            ("+52 1 55 1234 5678", Some("+525512345678")),
            ("+52 (1) 55-1234-5678", Some("+525512345678")),
            ("0052 1 55 1234 5678", Some("+525512345678")),
            ("521 55 1234 5678", Some("+525512345678")),
            ("044 55 1234 5678", Some("5512345678")),
            ("045 33 1234 5678", Some("3312345678")),
            ("01 55 1234 5678", Some("5512345678")),
            ("1 55 1234 5678", Some("5512345678")),
            // Current forms, and lengths the rules are not about.
            ("55 1234 5678", None),
            ("+52 55 1234 5678", None),
            ("+52 1 55 1234 567", None),
            ("044 55 1234", None),
            ("1 55 1234 56789", None),
        ];
        for (typed, expected) in cases {
            assert_eq!(
                apply("MX", typed).map(|(number, _)| number).as_deref(),
                expected,
                "{typed}"
            );
        }
        assert_eq!(apply("US", "1 55 1234 5678"), None, "rules are per region");
        assert!(
            REGION_RULES
                .iter()
                .all(|rule| !rule.reason.is_empty() && !rule.source.is_empty())
        );
    }
}
