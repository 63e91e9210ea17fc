//! Finding a service type from what a resident types, in their language, despite small typos.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// One service type as search sees it: its localized text plus catalogue keywords.
#[derive(Clone, Debug)]
pub struct SearchEntry {
    pub code: String,
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
}

/// Lower-case, without accents, so "Égout" finds "egout".
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How many edits a word of this length may be off by and still count.
fn allowed_typos(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How well one query word matches an entry: name matches count most.
fn word_score(
    query_word: &str,
    name: &str,
    name_words: &[String],
    other_words: &[String],
    all_text: &str,
) -> u32 {
    let close = |word: &String| {
        word == query_word
            || (query_word.chars().count() >= 3 && word.starts_with(query_word))
            || strsim::damerau_levenshtein(word, query_word) <= allowed_typos(query_word)
    };
    if name_words.iter().any(close) || name.contains(query_word) {
        3
    } else if other_words.iter().any(close) {
        2
    } else if all_text.contains(query_word) {
        // Scripts written without spaces (Chinese, Japanese, Thai) match inside the text.
        1
    } else {
        0
    }
}

/// Codes of the entries matching every word of the query, best first.
pub fn search(query: &str, entries: &[SearchEntry]) -> Vec<String> {
    let query_words = words(&fold(query));
    if query_words.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, usize, &str)> = entries
        .iter()
        .enumerate()
        .filter_map(|(position, entry)| {
            let name = fold(&entry.name);
            let name_words = words(&name);
            let other_text = fold(&format!(
                "{} {}",
                entry.description,
                entry.keywords.join(" ")
            ));
            let other_words = words(&other_text);
            let all_text = format!("{name} {other_text}");
            let mut total = 0;
            for query_word in &query_words {
                let score = word_score(query_word, &name, &name_words, &other_words, &all_text);
                if score == 0 {
                    return None;
                }
                total += score;
            }
            Some((total, position, entry.code.as_str()))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .map(|(_, _, code)| code.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str, name: &str, description: &str, keywords: &[&str]) -> SearchEntry {
        SearchEntry {
            code: code.into(),
            name: name.into(),
            description: description.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        }
    }

    fn catalogue() -> Vec<SearchEntry> {
        vec![
            entry(
                "pothole",
                "Pothole",
                "A hole in the road surface.",
                &["road", "crater"],
            ),
            entry(
                "missed-garbage",
                "Missed garbage collection",
                "Your garbage was not picked up.",
                &["trash", "bin"],
            ),
            entry(
                "sewer-backup",
                "Égout refoulé",
                "L'eau remonte par le drain.",
                &["sous-sol"],
            ),
            entry("pothole-zh", "道路坑洼", "路面上的坑洞。", &[]),
        ]
    }

    #[test]
    fn small_typos_still_find_the_service() {
        assert_eq!(search("pothloe", &catalogue())[0], "pothole");
        assert_eq!(search("garbge", &catalogue()), vec!["missed-garbage"]);
    }

    #[test]
    fn every_word_must_match_and_names_rank_first() {
        assert_eq!(search("missed trash", &catalogue()), vec!["missed-garbage"]);
        assert!(search("missed pothole", &catalogue()).is_empty());
        assert_eq!(search("road", &catalogue())[0], "pothole");
    }

    #[test]
    fn accents_and_scripts_without_spaces_are_handled() {
        assert_eq!(search("egout", &catalogue()), vec!["sewer-backup"]);
        assert_eq!(search("坑洼", &catalogue()), vec!["pothole-zh"]);
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(search("  ", &catalogue()).is_empty());
    }
}
