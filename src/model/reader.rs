//! An article as the reader shows it: paragraphs and headings, with every extracted number located.

use super::types::{Dataset, Fact, Source};

/// One run of text within a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: &'static str,
    /// The facts of the extracted number this run is (one, or several read from one word such as
    /// 全 in "日间照料、乡村学校全提升"); empty for plain text.
    pub facts: Vec<&'static Fact>,
    /// Inside the quote being jumped to.
    pub target: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub index: usize,
    pub text: &'static str,
    /// A short line without closing punctuation: the article's own heading (or a picture caption).
    pub heading: bool,
    /// Garbled by OCR or cut by the page layout.
    pub damaged: bool,
    /// Byte ranges of extracted numbers, in order, never overlapping, each with the facts read from it.
    pub numbers: Vec<(usize, usize, Vec<&'static Fact>)>,
}

fn is_heading(line: &str) -> bool {
    let closing = ['。', '！', '？', '”', '"', '…', '；', '，', ','];
    line.chars().count() <= 24 && !line.ends_with(closing)
}

/// The paragraphs of an article with the numbers of its facts located (where quote and number are found).
pub fn paragraphs(ds: &Dataset, source: &'static Source) -> Vec<Paragraph> {
    let facts: Vec<&'static Fact> = ds.facts.iter().filter(|f| f.article == source.id).collect();
    source
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(index, text)| {
            let mut numbers: Vec<(usize, usize, &'static Fact)> = facts
                .iter()
                .filter_map(|f| {
                    let q = text.find(f.quote)?;
                    let w = f.quote.find(f.written)?;
                    Some((q + w, q + w + f.written.len(), *f))
                })
                .collect();
            super::order::sort_by_key(&mut numbers, |(s, e, _)| (*s, *e));
            // Facts read from the same words share one highlight; a number overlapping another keeps the
            // first (no overlapping highlights).
            let mut kept: Vec<(usize, usize, Vec<&'static Fact>)> = Vec::new();
            for (s, e, f) in numbers {
                match kept.last_mut() {
                    Some(last) if (last.0, last.1) == (s, e) => last.2.push(f),
                    Some(last) if s < last.1 => {}
                    _ => kept.push((s, e, vec![f])),
                }
            }
            let damaged = source.is_damaged(text) || facts.iter().any(|f| f.ocr_damaged && text.contains(f.quote));
            Paragraph {
                index,
                text,
                heading: is_heading(text),
                damaged,
                numbers: kept,
            }
        })
        .collect()
}

impl Paragraph {
    /// The paragraph cut into runs at every number and at the target fact's quote.
    pub fn runs(&self, target: Option<&Fact>) -> Vec<Run> {
        let quote = target.and_then(|t| self.text.find(t.quote).map(|s| (s, s + t.quote.len())));
        let mut cuts: Vec<usize> = vec![0, self.text.len()];
        for (s, e, _) in &self.numbers {
            cuts.extend([*s, *e]);
        }
        if let Some((s, e)) = quote {
            cuts.extend([s, e]);
        }
        super::order::sort_by_key(&mut cuts, |c| *c);
        cuts.dedup();
        cuts.windows(2)
            .filter(|w| w[0] < w[1])
            .map(|w| {
                let (s, e) = (w[0], w[1]);
                Run {
                    text: &self.text[s..e],
                    facts: self
                        .numbers
                        .iter()
                        .find(|(ns, ne, _)| *ns <= s && e <= *ne)
                        .map(|(_, _, f)| f.clone())
                        .unwrap_or_default(),
                    target: quote.is_some_and(|(qs, qe)| qs <= s && e <= qe),
                }
            })
            .collect()
    }
}
