//! Tone: the seven values of GKG V1.5TONE from a word lexicon.
