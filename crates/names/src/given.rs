//! One person under two first names: a short form ("Mike Bloomberg", "Chris Nolan"), a pet
//! name ("Bill Shatner") or another spelling ("Mohamed Morsi", "Tsegay Kebede") of a full
//! name the article also gives ("Michael Bloomberg", "William Shatner", "Mohammed Morsi",
//! "Tsegaye Kebede"). News writes both forms of one person far more often than two people
//! whose names differ only so.

/// Pet names whose letters do not start the full name's, as (full name, pet names); written
/// for newsgraph from general knowledge of English usage. (A short form that starts the full
/// name, "Chris" of "Christopher", needs no entry.)
const PET_NAMES: &[(&str, &[&str])] = &[
    ("Albert", &["Bert", "Bertie"]),
    ("Alexander", &["Sandy", "Xander", "Sasha"]),
    ("Anthony", &["Tony"]),
    ("Catherine", &["Kate", "Katie", "Cathy", "Kathy"]),
    ("Charles", &["Chuck", "Chaz"]),
    ("Edward", &["Ted", "Teddy", "Ned"]),
    (
        "Elizabeth",
        &["Liz", "Lizzie", "Beth", "Betsy", "Betty", "Libby"],
    ),
    ("Eugene", &["Gene"]),
    ("Henry", &["Hank", "Harry"]),
    ("James", &["Jim", "Jimmy", "Jamie"]),
    ("John", &["Jack", "Johnny"]),
    ("Katherine", &["Kate", "Katie", "Kathy", "Kat"]),
    ("Lawrence", &["Larry"]),
    ("Margaret", &["Maggie", "Meg", "Peggy", "Greta"]),
    ("Mary", &["Molly", "Polly", "Mae"]),
    ("Michael", &["Mike", "Mikey", "Mick", "Mickey"]),
    ("Oliver", &["Olly", "Ollie"]),
    ("Patricia", &["Patty", "Trish"]),
    ("Rebecca", &["Becky"]),
    ("Richard", &["Dick", "Rick", "Ricky", "Rich"]),
    ("Robert", &["Bob", "Bobby", "Rob", "Robbie", "Bert"]),
    ("Sarah", &["Sally"]),
    ("Theodore", &["Ted", "Teddy"]),
    ("William", &["Bill", "Billy", "Will", "Willie", "Liam"]),
];

/// May `a` and `b`, two different first names, name one person? Not names of the two
/// genders (`gender`: 1 a man's, -1 a woman's, 0 either or unknown); then a pet name of the
/// other, a short form of three letters or more that starts a name the lists give a gender
/// ("Chris", "Christopher"; not "Nigel", "Nigella"), or a spelling one edit away (two for
/// names of seven letters or more) with the same first letter, where an edit adds, drops or
/// swaps a letter or changes a vowel ("Paulo", "Paolo"; not "Maria", "Marta").
pub(crate) fn same_person(a: &str, b: &str, gender: impl Fn(&str) -> i8) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (gs, gl) = (gender(short), gender(long));
    if i32::from(gs) * i32::from(gl) < 0 {
        return false;
    }
    if short.chars().count() >= 3 && long.starts_with(short) && gl != 0 {
        return true;
    }
    let pet = |full: &str, pet: &str| {
        PET_NAMES
            .iter()
            .any(|(f, pets)| *f == full && pets.contains(&pet))
    };
    if pet(a, b) || pet(b, a) {
        return true;
    }
    let n = short.chars().count();
    let edits = match n {
        0..=4 => 0,
        5 | 6 => 1,
        _ => 2,
    };
    edits > 0 && a.chars().next() == b.chars().next() && spelling_distance(a, b) <= edits
}

/// May `single`, a surname written alone, be another spelling of `surname` ("Zelensky",
/// "Zelenskiy"; "Bieker", "Beiker")? Five letters or more, the same first letter, one edit.
pub(crate) fn same_surname(single: &str, surname: &str) -> bool {
    // (The cheap tests first: this is asked of every pair.)
    single.len().abs_diff(surname.len()) <= 1
        && single.as_bytes().first() == surname.as_bytes().first()
        && single != surname
        && single.chars().count() >= 5
        && near_in_bytes(single.as_bytes(), surname.as_bytes())
        && spelling_distance(single, surname) <= 1
}

/// Could `a` and `b` be one edit apart, by their bytes in any case: two differing bytes at most
/// when of one length, one byte more and the rest alike otherwise? (Most pairs are not; the
/// edit distance is computed only for those that may be.)
fn near_in_bytes(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let same = |(x, y): &(&u8, &u8)| x.eq_ignore_ascii_case(y);
    if short.len() == long.len() {
        return short.iter().zip(long).filter(|pair| !same(pair)).count() <= 2;
    }
    let prefix = short.iter().zip(long).take_while(same).count();
    let suffix = short
        .iter()
        .rev()
        .zip(long.iter().rev())
        .take_while(same)
        .count();
    prefix + suffix >= short.len()
}

/// The edits from `a` to `b` (optimal string alignment): a letter added, dropped or swapped
/// with its neighbour costs 1, a vowel for another vowel 1, any other change 2.
fn spelling_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    // d[i][j]: the cost from a[..i] to b[..j], row by row.
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * width + j] = match (i, j) {
                (0, j) => j,
                (i, 0) => i,
                (i, j) => {
                    let change = match (a[i - 1], b[j - 1]) {
                        (x, y) if x == y => 0,
                        (x, y) if vowel(x) && vowel(y) => 1,
                        _ => 2,
                    };
                    let mut best = (d[(i - 1) * width + j] + 1)
                        .min(d[i * width + j - 1] + 1)
                        .min(d[(i - 1) * width + j - 1] + change);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        best = best.min(d[(i - 2) * width + j - 2] + 1);
                    }
                    best
                }
            };
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    fn gender(name: &str) -> i8 {
        lexicon::Lexicon::shared().given_gender(name)
    }

    #[test]
    fn spellings_of_one_surname() {
        assert!(super::same_surname("Zelensky", "Zelenskiy"));
        assert!(super::same_surname("Bieker", "Beiker"));
        assert!(!super::same_surname("Jacobs", "Jacoby"));
        assert!(!super::same_surname("Cole", "Cold"));
    }

    #[test]
    fn forms_of_one_first_name() {
        for (a, b) in [
            ("Chris", "Christopher"),
            ("Pat", "Patrick"),
            ("Mike", "Michael"),
            ("Bill", "William"),
            ("Olly", "Oliver"),
            ("Mohamed", "Mohammed"),
            ("Rhianna", "Rihanna"),
            ("Paulo", "Paolo"),
        ] {
            assert!(super::same_person(a, b, gender), "{a} {b}");
            assert!(super::same_person(b, a, gender), "{b} {a}");
        }
        for (a, b) in [
            ("Kyle", "Kurt"),
            ("Jo", "Joanna"),
            ("Tom", "Tim"),
            ("Eli", "Peyton"),
            ("Maria", "Marta"),
            ("Sean", "Jane"),
            ("Nigel", "Nigella"),
            ("Mario", "Maria"),
        ] {
            assert!(!super::same_person(a, b, gender), "{a} {b}");
        }
    }
}
