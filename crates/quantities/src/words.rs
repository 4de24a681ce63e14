//! Small closed word classes the stage needs: number words, magnitudes, currencies, units, and
//! the words that stop an object or rule a number out. They are grammar rather than vocabulary,
//! so they live here as `match` tables (compiled to jump tables, no allocation).

/// A short ASCII word in lower case: the word itself when it has no capital and no curly
/// apostrophe (most words: no copy, no UTF-8 check), else a lower-cased copy on the stack (no
/// allocation per token).
pub(crate) enum Lower<'t> {
    Same(&'t str),
    Copy { buf: [u8; 24], len: u8 },
}

impl Lower<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            Lower::Copy { buf, len } => std::str::from_utf8(&buf[..*len as usize]).unwrap_or(""),
        }
    }
}

/// `word` in lower case; empty when it is longer than 24 bytes. A curly apostrophe is read as a
/// straight one, other non-ASCII chars make the word empty (no table holds such words).
pub(crate) fn lower(word: &str) -> Lower<'_> {
    let b = word.as_bytes();
    if b.len() <= 24 && !has_capital_or_non_ascii(b) {
        return Lower::Same(word);
    }
    const EMPTY: Lower<'static> = Lower::Copy {
        buf: [0; 24],
        len: 0,
    };
    let mut buf = [0u8; 24];
    let mut n = 0usize;
    for c in word.chars() {
        let b = match c {
            '’' => b'\'',
            c if c.is_ascii() => (c as u8).to_ascii_lowercase(),
            _ => return EMPTY,
        };
        if n == buf.len() {
            return EMPTY;
        }
        buf[n] = b;
        n += 1;
    }
    Lower::Copy { buf, len: n as u8 }
}

/// Whether `b` (at most 24 bytes) holds an ASCII capital or a non-ASCII byte. Read eight, four
/// or one bytes at a time, in windows that overlap to cover the word: a loop over the bytes
/// ended at a length that varies from word to word, a branch that was often mispredicted
/// (`lower` runs several times for each number the stage reads). The few more instructions
/// cost less.
fn has_capital_or_non_ascii(b: &[u8]) -> bool {
    let n = b.len();
    let at = |i: usize, width: usize| {
        let mut x = [0u8; 8];
        x[..width].copy_from_slice(&b[i..i + width]);
        capital_or_non_ascii_bits(u64::from_le_bytes(x))
    };
    let bits = if n >= 8 {
        // For n ≤ 24: bytes 0–7, 8–15 (or the last eight) and the last eight.
        at(0, 8) | at(n.min(16) - 8, 8) | at(n - 8, 8)
    } else if n >= 4 {
        at(0, 4) | at(n - 4, 4)
    } else if n > 0 {
        at(0, 1) | at(n / 2, 1) | at(n - 1, 1)
    } else {
        0
    };
    bits != 0
}

/// The high bit of each byte of `x` set where that byte is an ASCII capital or not ASCII, the
/// other bits clear; eight bytes at once.
const fn capital_or_non_ascii_bits(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & (ONES * 0x7F);
    // The high bit of each byte: set where its low seven bits are ≥ 'A', resp. > 'Z' (no carry
    // crosses a byte, as 0x7F + 0x3F < 0x100).
    let ge_a = low7 + ONES * (0x80 - b'A') as u64;
    let gt_z = low7 + ONES * (0x80 - b'Z' - 1) as u64;
    ((ge_a & !gt_z) | x) & HIGH
}

/// One to ninety-nine written as words ("seven", "twenty-five").
pub(crate) fn small_number(w: &str) -> Option<f64> {
    if let Some((tens, units)) = w.split_once('-') {
        let t = unit_or_ten(tens)?;
        let u = unit_or_ten(units)?;
        return (t >= 20.0 && t % 10.0 == 0.0 && u < 10.0).then_some(t + u);
    }
    unit_or_ten(w)
}

fn unit_or_ten(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Multipliers written as words after a number ("3.5 billion", "12 thousand", "two dozen").
/// `with_currency` admits the newsroom abbreviations that are ambiguous without one ("$5m").
pub(crate) fn magnitude_word(w: &str, with_currency: bool) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        // The Indian numbering of South Asian news: "Rs 500 crore", "two lakh people".
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        "dozen" => 12.0,
        "m" | "mn" | "k" | "b" if with_currency => match w {
            "k" => 1e3,
            "b" => 1e9,
            _ => 1e6,
        },
        _ => return None,
    })
}

/// A multiplier glued to digits ("1.2m", "€1.1bn", "5k"). Plain "m" is metres unless the
/// number has a currency or a decimal point.
pub(crate) fn magnitude_suffix(s: &str, money_or_decimal: bool) -> Option<f64> {
    Some(match s {
        "bn" | "b" | "bln" => 1e9,
        "mn" | "mln" => 1e6,
        "m" if money_or_decimal => 1e6,
        "k" => 1e3,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// The currency a symbol or code stands for.
pub(crate) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "dollars",
        "€" => "euros",
        "£" => "pounds",
        "¥" => "yen",
        "₹" => "rupees",
        "₽" => "roubles",
        "₩" => "won",
        "USD" => "dollars",
        // (The euro's name is its plural in the EU's usage: "71,350 euro".)
        "EUR" | "euro" => "euros",
        "GBP" => "pounds",
        "JPY" => "yen",
        "CNY" | "RMB" => "yuan",
        "INR" | "Rs" => "rupees",
        _ => return None,
    })
}

/// Is `word` the name of a currency that [`currency_symbol`] or a written currency gives an
/// amount ("dollars", "pounds", "crowns")?
pub(crate) fn is_currency_name(word: &str) -> bool {
    matches!(
        word,
        "dollars"
            | "euros"
            | "pounds"
            | "yen"
            | "rupees"
            | "roubles"
            | "rubles"
            | "won"
            | "yuan"
            | "crowns"
            | "francs"
            | "pesos"
            | "dinars"
            | "rand"
            | "shekels"
            | "lira"
    )
}

/// Country prefixes written before `$` ("US$", "A$", "HK$").
pub(crate) fn dollar_prefix(s: &str) -> bool {
    matches!(
        s,
        "US" | "A" | "AU" | "C" | "CA" | "NZ" | "HK" | "S" | "NT" | "R"
    )
}

/// Units of measure written as abbreviations, glued or not ("15km", "8 km"), with the word the
/// amount's object gets.
pub(crate) fn unit_abbreviation(s: &str) -> Option<&'static str> {
    Some(match s {
        "km" | "kms" => "kilometres",
        "m" => "metres",
        "cm" => "centimetres",
        "mm" => "millimetres",
        "mi" => "miles",
        "ft" => "feet",
        "in" => "inches",
        "kg" | "kgs" => "kilograms",
        "g" => "grams",
        "lb" | "lbs" => "pounds",
        "t" => "tonnes",
        "ha" => "hectares",
        "m2" | "sqm" => "square metres",
        "km2" => "square kilometres",
        "m3" => "cubic metres",
        "l" => "litres",
        "ml" => "millilitres",
        "mph" => "mph",
        "hp" | "bhp" => "horsepower",
        "lb-ft" => "pound-feet",
        "kph" | "kmh" => "km/h",
        "mw" => "megawatts",
        "gw" => "gigawatts",
        "kw" => "kilowatts",
        "kwh" => "kilowatt-hours",
        "mb" => "megabytes",
        "gb" => "gigabytes",
        "tb" => "terabytes",
        _ => return None,
    })
}

/// Month names and their abbreviations: a number next to one is a date.
pub(crate) fn is_month(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words after a number that make it a time of day.
pub(crate) fn is_clock_word(w: &str) -> bool {
    matches!(
        w,
        "a.m."
            | "p.m."
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
            | "gmt"
            | "utc"
            | "bst"
            | "est"
            | "edt"
            | "cet"
            | "cest"
            | "pst"
            | "pdt"
            | "hrs"
            | "o'clock"
            | "h"
    )
}

/// Words after a number that make it a percentage (not an amount).
pub(crate) fn is_percent_word(w: &str) -> bool {
    matches!(
        w,
        "%" | "percent" | "pc" | "pct" | "percentage" | "per" | "percentile" | "bps" | "basis"
    )
}

/// Units of time: a number counting them is a duration (a TIMEX, not an amount).
pub(crate) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "weekend"
            | "weekends"
            | "fortnight"
            | "fortnights"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "night"
            | "nights"
            | "times"
            | "time"
            | "mins"
            | "min"
            | "hrs"
            | "hr"
            | "secs"
            | "sec"
            | "yrs"
            | "wks"
            | "am"
            | "pm"
    )
}

/// Plural nouns of events that a year before them dates: "the 2016 elections", "the 2011
/// protests", "2008 riots" (not "1,500 troops").
pub(crate) fn is_dated_event(w: &str) -> bool {
    matches!(
        w,
        "elections"
            | "midterms"
            | "primaries"
            | "caucuses"
            | "playoffs"
            | "finals"
            | "championships"
            | "olympics"
            | "riots"
            | "attacks"
            | "floods"
            | "wildfires"
            | "protests"
            | "uprisings"
            | "bombings"
            | "games"
    )
}

/// Words before a 4-digit number that make it a year ("in 2014", "since 1990").
pub(crate) fn is_year_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "from"
            | "until"
            | "till"
            | "to"
            | "of"
            | "before"
            | "after"
            | "during"
            | "early"
            | "late"
            | "mid"
            | "through"
            | "between"
            | "and"
            | "year"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "around"
            | "circa"
    )
}

/// Plurals that do not end in -s.
pub(crate) fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "personnel"
            | "staff"
            | "cattle"
            | "aircraft"
            | "livestock"
            | "sheep"
            | "fish"
            | "deer"
            | "crew"
            | "youth"
            | "militia"
            | "data"
            | "media"
            | "feet"
            | "teeth"
            | "geese"
            | "mice"
            | "dead"
            | "wounded"
            | "injured"
            | "homeless"
            | "missing"
            | "faithful"
            | "yen"
            | "yuan"
            | "won"
            | "baht"
            | "rand"
            | "offspring"
            | "clergy"
            | "infantry"
            | "cavalry"
            | "artillery"
            | "bacteria"
            | "criteria"
            | "phenomena"
            | "alumni"
    )
}

/// Words that end an object search: function words, pronouns, auxiliaries and the commonest
/// verbs of reporting. An object is never one of these ("troops along" → troops).
pub(crate) fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "within"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "if"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "above"
            | "below"
            | "across"
            | "along"
            | "around"
            | "against"
            | "between"
            | "among"
            | "amid"
            | "through"
            | "throughout"
            | "toward"
            | "towards"
            | "per"
            | "via"
            | "near"
            | "like"
            | "unlike"
            | "despite"
            | "beyond"
            | "behind"
            | "inside"
            | "outside"
            | "upon"
            | "off"
            | "out"
            | "up"
            | "down"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "you"
            | "i"
            | "them"
            | "us"
            | "him"
            | "her"
            | "his"
            | "its"
            | "their"
            | "our"
            | "your"
            | "my"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "more"
            | "most"
            | "less"
            | "fewer"
            | "other"
            | "others"
            | "another"
            | "each"
            | "every"
            | "all"
            | "both"
            | "some"
            | "any"
            | "such"
            | "so"
            | "too"
            | "very"
            | "also"
            | "only"
            | "just"
            | "even"
            | "still"
            | "yet"
            | "said"
            | "says"
            | "say"
            | "told"
            | "according"
            | "including"
            | "ago"
            | "later"
            | "earlier"
            | "apiece"
            | "respectively"
            | "plus"
            | "minus"
            | "versus"
            | "vs"
            | "vs."
            | "either"
            | "neither"
            | "whether"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "whereas"
            | "thus"
            | "then"
            | "now"
            | "again"
            | "already"
            | "always"
            | "never"
            | "perhaps"
            | "ever"
            | "how"
            | "why"
            | "own"
            | "same"
            | "instead"
            | "rather"
            | "mr"
            | "mr."
            | "mrs"
            | "mrs."
            | "ms"
            | "ms."
            | "dr"
            | "dr."
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "last"
            | "next"
            | "first"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "scores"
            | "tens"
            | "yesterday"
            | "tomorrow"
            | "tonight"
    )
}

/// Singular nouns of money and measure: after them "one" counts ("one dinar", "one mile",
/// "one tonne"), where before other nouns it is as often a determiner ("one man I spoke to").
pub(crate) fn is_unit_noun(w: &str) -> bool {
    matches!(
        w,
        "dollar"
            | "euro"
            | "pound"
            | "dinar"
            | "rupee"
            | "yuan"
            | "yen"
            | "peso"
            | "rouble"
            | "ruble"
            | "franc"
            | "shekel"
            | "lira"
            | "riyal"
            | "dirham"
            | "naira"
            | "krona"
            | "krone"
            | "hryvnia"
            | "cent"
            | "penny"
            | "mile"
            | "kilometre"
            | "kilometer"
            | "metre"
            | "meter"
            | "foot"
            | "inch"
            | "yard"
            | "acre"
            | "hectare"
            | "tonne"
            | "ton"
            | "kilogram"
            | "kilo"
            | "gram"
            | "ounce"
            | "litre"
            | "liter"
            | "gallon"
            | "barrel"
            | "megawatt"
            | "gigawatt"
    )
}

/// Words before "one" that make it a pronoun ("no one", "the one", "each one").
pub(crate) fn makes_one_a_pronoun(w: &str) -> bool {
    matches!(
        w,
        "no" | "the"
            | "any"
            | "every"
            | "each"
            | "this"
            | "that"
            | "which"
            | "someone"
            | "anyone"
            | "everyone"
            | "no-one"
            | "such"
            | "another"
            | "little"
            | "last"
            | "right"
            | "wrong"
            | "big"
            | "new"
            | "old"
            | "loved"
            | "young"
    )
}

/// Words that negate a count ("were not killed", "no one was hurt").
pub(crate) fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "no" | "never" | "without" | "none" | "nobody") || w.ends_with("n't")
}

/// Words that hedge a count into a possibility ("may have died", "feared dead").
pub(crate) fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "may"
            | "might"
            | "could"
            | "would"
            | "feared"
            | "fear"
            | "fears"
            | "threatened"
            | "threatening"
            | "threatens"
            | "threaten"
            | "plan"
            | "plans"
            | "planned"
            | "planning"
            | "if"
            | "unless"
            | "whether"
            | "possibly"
            | "potentially"
            | "risk"
            | "risks"
            | "vowed"
            | "wants"
            | "want"
    )
}

/// Words that may stand between a count verb and its number ("killed at least 20").
pub(crate) fn is_count_filler(w: &str) -> bool {
    matches!(
        w,
        "at" | "least"
            | "more"
            | "than"
            | "over"
            | "nearly"
            | "about"
            | "almost"
            | "around"
            | "some"
            | "up"
            | "to"
            | "roughly"
            | "approximately"
            | "an"
            | "estimated"
            | "another"
            | "further"
            | "additional"
            | "as"
            | "many"
            | "close"
            | "just"
            | "under"
            | "fewer"
            | "less"
            | "only"
            | "rose"
            | "risen"
            | "climbed"
            | "reached"
            | "stood"
            | "stands"
            | "hit"
            | "now"
            | "is"
            | "was"
    )
}

/// Words that name an item by its number ("section 119", "flight 17", "chapter two").
pub(crate) fn is_label_word(w: &str) -> bool {
    matches!(
        w,
        "number"
            | "page"
            | "pages"
            | "section"
            | "sections"
            | "article"
            | "articles"
            | "chapter"
            | "chapters"
            | "paragraph"
            | "clause"
            | "resolution"
            | "resolutions"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "platform"
            | "gate"
            | "level"
            | "phase"
            | "stage"
            | "grade"
            | "category"
            | "type"
            | "version"
            | "model"
            | "size"
            | "channel"
            | "episode"
            | "season"
            | "volume"
            | "vol."
            | "act"
            | "bill"
            | "rule"
            | "district"
            | "ward"
            | "zone"
            | "precinct"
            | "unit"
            | "lane"
            | "row"
            | "seat"
            | "box"
            | "apartment"
            | "suite"
            | "floor"
            | "exit"
            | "junction"
            | "terminal"
            | "line"
            | "bus"
            | "squad"
            | "battalion"
            | "brigade"
            | "division"
            | "regiment"
            | "corps"
            | "week"
            | "day"
            | "year"
            | "pole"
            | "hole"
            | "game"
    )
}

/// Words that may stand between a number and a count word after it ("43 people have been
/// killed", "12 were reportedly arrested"); any other function word ends the search.
pub(crate) fn is_count_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "have"
            | "has"
            | "had"
            | "been"
            | "be"
            | "being"
            | "also"
            | "all"
            | "later"
            | "reportedly"
            | "now"
            | "so"
            | "far"
            | "left"
    )
}
