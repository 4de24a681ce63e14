//! Quotations: direct and indirect speech, with the verb that introduces it and its speaker.
