//! Word lists compiled in at build time, behind typed look-ups.
