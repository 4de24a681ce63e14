//! GKG theme facts of the format that the projection needs.

use rustc_hash::FxHashSet;

/// Theme taxonomies whose members GDELT also lists under the taxonomy's own name in V1THEMES
/// (a row with `TAX_FNCACT_POLICE` in V2ENHANCEDTHEMES has `TAX_FNCACT` in V1THEMES, never
/// in V2ENHANCEDTHEMES). Observed in real GKG 2.1 files.
const V1_PARENTS: &[&str] = &[
    "DISCRIMINATION_IMMIGRATION",
    "DISCRIMINATION_LGBT",
    "DISCRIMINATION_RACE",
    "DISCRIMINATION_RELIGION",
    "ECON_DEVELOPMENTORGS",
    "ECON_WORLDCURRENCIES",
    "EPU_POLICY",
    "HUMAN_RIGHTS_ABUSES",
    "MANMADE_DISASTER",
    "NATURAL_DISASTER",
    "SOC_POINTSOFINTEREST",
    "TAX_AGRICULHARMINSECTS",
    "TAX_AIDGROUPS",
    "TAX_CHRONICDISEASE",
    "TAX_DISEASE",
    "TAX_ECON_FREETRADEAGREEMENTS",
    "TAX_ETHNICITY",
    "TAX_FNCACT",
    "TAX_FOODSTAPLES",
    "TAX_MILITARY_TITLE",
    "TAX_POLITICAL_PARTY",
    "TAX_RELIGION",
    "TAX_TERROR_GROUP",
    "TAX_WEAPONS",
    "TAX_WORLDARACHNIDS",
    "TAX_WORLDBIRDS",
    "TAX_WORLDFISH",
    "TAX_WORLDINSECTS",
    "TAX_WORLDLANGUAGES",
    "TAX_WORLDMAMMALS",
    "TAX_WORLDREPTILES",
];

/// The taxonomy a label belongs to in V1THEMES (see [`v1_themes`]), if any: the longest of
/// the parent taxonomies that the label extends by `_` and more.
///
/// Such a parent ends where the label has a `_`, so the label's own prefixes before each `_`
/// are looked up (longest first, by binary search; a label has two or three) rather than
/// every parent tested against the label.
pub fn v1_parent(label: &str) -> Option<&'static str> {
    if label == "MANMADE_DISASTER_IMPLIED" {
        return None;
    }
    // A parent's first word is the label's: most labels (`WB_…`, `CRISISLEX_…`, `UNGP_…`) are
    // ruled out by theirs, without the searches.
    let first_word = label.split('_').next().unwrap_or(label);
    if !is_parent_first_word(first_word) {
        return None;
    }
    let bytes = label.as_bytes();
    // (A `_` at the last byte leaves nothing after it.)
    let ends = bytes[..bytes.len().saturating_sub(1)]
        .iter()
        .enumerate()
        .rev();
    ends.filter(|&(_, &b)| b == b'_')
        .find_map(|(k, _)| V1_PARENTS.binary_search(&&label[..k]).ok())
        .map(|i| V1_PARENTS[i])
}

/// The first words (up to the first `_`) of [`V1_PARENTS`].
fn is_parent_first_word(word: &str) -> bool {
    matches!(
        word,
        "DISCRIMINATION" | "ECON" | "EPU" | "HUMAN" | "MANMADE" | "NATURAL" | "SOC" | "TAX"
    )
}

/// V1THEMES from the V2 labels in text order: each label once, in order of first mention,
/// preceded by its taxonomy (`TAX_FNCACT` before the first `TAX_FNCACT_*`) as GDELT writes them.
pub fn v1_themes<'a>(labels: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    // An article mentions a label many times: each distinct label is looked at once.
    // (FxHash: SipHash cost ~400 instructions a label, as much as the themes stage's own
    // lookups of a dozen words.)
    let labels = labels.into_iter();
    // Sized for every label at once: growing the set rehashes every label seen so far.
    let mut seen: FxHashSet<&'a str> =
        FxHashSet::with_capacity_and_hasher(labels.size_hint().0, Default::default());
    let mut out: Vec<&'a str> = Vec::new();
    for label in labels {
        if !seen.insert(label) {
            continue;
        }
        if let Some(p) = v1_parent(label)
            && seen.insert(p)
        {
            out.push(p);
        }
        out.push(label);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_adds_taxonomies_once_before_their_members() {
        let v1 = v1_themes(["LEADER", "TAX_FNCACT_POLICE", "TAX_FNCACT_MAYOR", "LEADER"]);
        assert_eq!(
            v1,
            [
                "LEADER",
                "TAX_FNCACT",
                "TAX_FNCACT_POLICE",
                "TAX_FNCACT_MAYOR"
            ]
        );
        assert_eq!(v1_parent("MANMADE_DISASTER_IMPLIED"), None);
        assert_eq!(
            v1_parent("TAX_MILITARY_TITLE_OFFICERS"),
            Some("TAX_MILITARY_TITLE")
        );
        assert_eq!(v1_parent("TAX_FNCACT"), None);
        assert_eq!(v1_parent("TAX_FNCACT_"), None);
        assert_eq!(
            v1_parent("TAX_ECON_FREETRADEAGREEMENTS_NAFTA"),
            Some("TAX_ECON_FREETRADEAGREEMENTS")
        );
        assert_eq!(v1_parent("_TAX_FNCACT_POLICE"), None);
        assert_eq!(v1_parent(""), None);
    }

    #[test]
    fn parents_are_sorted_for_binary_search() {
        assert!(V1_PARENTS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn parents_first_words_are_known() {
        for parent in V1_PARENTS {
            let first = parent.split('_').next().unwrap_or(parent);
            assert!(is_parent_first_word(first), "{parent}");
        }
    }
}
