//! The app's state and its rules, with no web APIs: what the UI does is decided here and tested natively.

pub mod url;
