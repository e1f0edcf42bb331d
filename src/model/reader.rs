//! An article as the reader shows it: paragraphs and headings, with every extracted number located.

use super::types::{Dataset, Fact, Source};

/// One run of text within a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: &'static str,
    /// The extracted number this run is, if any.
    pub fact: Option<&'static Fact>,
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
    /// Byte ranges of extracted numbers, in order, never overlapping.
    pub numbers: Vec<(usize, usize, &'static Fact)>,
}

fn is_heading(line: &str) -> bool {
    let closing = ['。', '！', '？', '”', '"', '…', '；', '，', ','];
    line.chars().count() <= 24 && !line.ends_with(closing)
}

/// The paragraphs of an article with the numbers of its facts located (where quote and number are found).
pub fn paragraphs(ds: &Dataset, source: &'static Source) -> Vec<Paragraph> {
    let facts: Vec<&'static Fact> = ds.facts.iter().filter(|f| f.seed == source.seed).collect();
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
            // Two facts on one number (rare) keep the first; no overlapping highlights.
            let mut kept: Vec<(usize, usize, &'static Fact)> = Vec::new();
            for n in numbers {
                if kept.last().is_none_or(|last| n.0 >= last.1) {
                    kept.push(n);
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
                    fact: self
                        .numbers
                        .iter()
                        .find(|(ns, ne, _)| *ns <= s && e <= *ne)
                        .map(|(_, _, f)| *f),
                    target: quote.is_some_and(|(qs, qe)| qs <= s && e <= qe),
                }
            })
            .collect()
    }
}
