//! gdelt (being written).
