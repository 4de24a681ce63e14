//! Themes: GDELT GKG theme labels at the offsets of the words that evoke them.
