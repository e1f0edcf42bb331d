//! How to cite a chart: its title, the articles its figures come from (their own headlines, as its source
//! line names them), the app and the link to the view, and the day it was read.

use crate::i18n::{fill, Strings};

/// "“粮食产量”，来源：《…》（千万工程 三地对比）。在线图表：https://…（2026年12月3日访问）。"
/// `url`: the view's link; `date`: the day, as "2026-12-03".
pub fn cite(title: &str, source_line: &str, url: &str, date: &str, t: &Strings) -> String {
    fill(t.cite_text, &[title, source_line, url, &t.date(date)])
}
