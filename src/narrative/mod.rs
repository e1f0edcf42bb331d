//! Wording built from data: the slides' takeaways (`story`), the exported files and their names
//! (`export`), the text the explorer searches (`search`), and the messages the page shows (`messages`).
//! Above `model` and `i18n`, below `chart`: a sentence is composed here from figures and a language's
//! text table, never typed.

pub mod cite;
pub mod export;
pub mod messages;
pub mod search;
pub mod story;
pub mod verdict;
