//! `qianwan-extract ARTICLE.txt [--date YYYY-MM]`: prints the figures the extractor proposes for an article as a
//! JSON array (keys as in assets/facts.json). A maintainer's tool; on wasm it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(json) => {
            print!("{json}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("qianwan-extract: {message}");
            eprintln!("usage: qianwan-extract ARTICLE.txt [--date YYYY-MM]");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<String, String> {
    use qianwan::model::extract::{extract, ArticleDate, Hints};

    let mut file = None;
    let mut date = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--date" => {
                let text = args.next().ok_or("--date needs a value (YYYY or YYYY-MM)")?;
                let parsed = ArticleDate::parse(&text);
                date = Some(parsed.ok_or(format!("bad --date `{text}`: expected YYYY or YYYY-MM (1949–2100)"))?);
            }
            other if other.starts_with('-') && other.len() > 1 => return Err(format!("unknown option `{other}`")),
            _ if file.is_some() => return Err("give one article".to_string()),
            _ => file = Some(arg),
        }
    }
    let file = file.ok_or("no article given")?;
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let text = String::from_utf8(bytes)
        .ok()
        .filter(|t| !t.contains('\0'))
        .ok_or(format!("{file} is not a UTF-8 text file"))?;
    let ds = qianwan::model::embedded();
    let proposals = extract(&text, date, &Hints::from_dataset(&ds));
    Ok(to_json(&proposals))
}

#[cfg(not(target_arch = "wasm32"))]
fn to_json(proposals: &[qianwan::model::extract::Proposal]) -> String {
    use qianwan::narrative::export::{json_string, number};

    let text = |s: Option<&str>| {
        let mut out = String::new();
        match s {
            Some(s) => json_string(&mut out, s),
            None => out.push_str("null"),
        }
        out
    };
    let mut out = String::from("[");
    for (i, p) in proposals.iter().enumerate() {
        let fields = [
            ("written", text(Some(&p.written))),
            ("value", number(p.value)),
            ("unit", text(Some(&p.unit))),
            ("base_value", number(p.base_value)),
            ("base_unit", text(Some(p.base_unit.key()))),
            ("qualifier", text(Some(p.qualifier.key()))),
            ("kind", text(Some(p.kind.key()))),
            ("period", text(Some(&p.period.to_string()))),
            ("period_inferred", p.period_inferred.to_string()),
            ("quote", text(Some(&p.quote))),
            ("region", text(p.region.as_deref())),
            ("indicator", text(p.indicator.as_deref())),
            ("unit_cut", p.unit_cut.to_string()),
            ("start", p.start.to_string()),
            ("end", p.end.to_string()),
        ];
        out.push_str(if i > 0 { ",\n  {" } else { "\n  {" });
        for (j, (key, value)) in fields.iter().enumerate() {
            out.push_str(if j > 0 { ", \"" } else { "\"" });
            out.push_str(key);
            out.push_str("\": ");
            out.push_str(value);
        }
        out.push('}');
    }
    out.push_str(if proposals.is_empty() { "]\n" } else { "\n]\n" });
    out
}
