//! Turning what a resident types ("queen and spadina") into a point, for reporting without
//! the map. [`Geocoder`] is the seam for a real geocoder; [`Gazetteer`] answers from the
//! small tab-separated file the repository ships.

use std::path::Path;

use app::backend::PlaceMatch;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Most matches one search returns.
pub const MAX_MATCHES: usize = 8;

/// Finds places by name.
#[async_trait::async_trait]
pub trait Geocoder: Send + Sync + 'static {
    /// Places matching the words typed, best first.
    async fn search(&self, query: &str) -> Result<Vec<PlaceMatch>, GeocoderError>;

    /// The place with exactly this name, as a search returned it.
    async fn resolve(&self, name: &str) -> Result<Option<PlaceMatch>, GeocoderError>;
}

/// Why a geocoder could not answer or load.
#[derive(Debug, thiserror::Error)]
pub enum GeocoderError {
    #[error("cannot read the gazetteer '{path}' (CIVIC311_GAZETTEER): {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the gazetteer '{path}' line {line} is not valid: {reason}")]
    Invalid {
        path: String,
        line: usize,
        reason: String,
    },
}

struct Entry {
    place: PlaceMatch,
    words: Vec<String>,
}

/// Street, intersection and place names with coordinates, searched in memory.
pub struct Gazetteer {
    entries: Vec<Entry>,
}

impl Gazetteer {
    /// Reads a file with the header `kind name latitude longitude` (tab-separated).
    pub fn load(path: &Path) -> Result<Self, GeocoderError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| GeocoderError::Read {
            path: shown.clone(),
            source,
        })?;
        Self::parse(&text).map_err(|(line, reason)| GeocoderError::Invalid {
            path: shown,
            line,
            reason,
        })
    }

    fn parse(text: &str) -> Result<Self, (usize, String)> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, header)) if header.trim() == "kind\tname\tlatitude\tlongitude" => {}
            _ => {
                return Err((
                    1,
                    "the header must be: kind, name, latitude, longitude".into(),
                ))
            }
        }
        let mut entries = Vec::new();
        for (index, line) in lines.filter(|(_, line)| !line.trim().is_empty()) {
            let number = index + 1;
            let columns: Vec<&str> = line.split('\t').collect();
            let [kind, name, latitude, longitude] = columns[..] else {
                return Err((number, "expected 4 tab-separated columns".into()));
            };
            if !matches!(kind, "street" | "intersection" | "place") {
                return Err((number, format!("unknown kind '{kind}'")));
            }
            let coordinate = |raw: &str| {
                raw.trim()
                    .parse::<f64>()
                    .map_err(|_| (number, format!("'{raw}' is not a number")))
            };
            let place = PlaceMatch {
                name: name.trim().to_string(),
                kind: kind.to_string(),
                latitude: coordinate(latitude)?,
                longitude: coordinate(longitude)?,
            };
            entries.push(Entry {
                words: words(&place.name),
                place,
            });
        }
        Ok(Self { entries })
    }

    fn best_matches(&self, query: &str) -> Vec<PlaceMatch> {
        let wanted = words(query);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(usize, usize, &Entry)> = self
            .entries
            .iter()
            .filter(|entry| wanted.iter().all(|word| matches_any(word, &entry.words)))
            .map(|entry| {
                // Fewer unmatched words first: "queen spadina" prefers the intersection of the
                // two over a longer name that merely contains both.
                let unmatched = entry
                    .words
                    .iter()
                    .filter(|word| !wanted.iter().any(|w| word_matches(w, word)))
                    .count();
                let kind_rank = match entry.place.kind.as_str() {
                    "intersection" if wanted.len() > 1 => 0,
                    "place" => 1,
                    "street" => 2,
                    _ => 3,
                };
                (unmatched, kind_rank, entry)
            })
            .collect();
        scored.sort_by(|a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then(a.2.place.name.cmp(&b.2.place.name))
        });
        scored
            .into_iter()
            .take(MAX_MATCHES)
            .map(|(_, _, entry)| entry.place.clone())
            .collect()
    }
}

#[async_trait::async_trait]
impl Geocoder for Gazetteer {
    async fn search(&self, query: &str) -> Result<Vec<PlaceMatch>, GeocoderError> {
        Ok(self.best_matches(query))
    }

    async fn resolve(&self, name: &str) -> Result<Option<PlaceMatch>, GeocoderError> {
        Ok(self
            .entries
            .iter()
            .find(|entry| entry.place.name == name.trim())
            .map(|entry| entry.place.clone()))
    }
}

/// Lower-case words without accents, with street types and joining words made uniform, so
/// "Queen Street West and Spadina" reads like "queen st w spadina".
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .filter_map(|word| {
            let word = match word {
                "and" | "at" | "et" => return None,
                "street" => "st",
                "avenue" => "ave",
                "road" => "rd",
                "boulevard" => "blvd",
                "drive" => "dr",
                "crescent" => "cres",
                "east" => "e",
                "west" => "w",
                "north" => "n",
                "south" => "s",
                other => other,
            };
            Some(word.to_string())
        })
        .collect()
}

/// A typed word matches a name word when it starts it, or is off by one letter in a word of
/// five letters or more.
fn word_matches(typed: &str, name_word: &str) -> bool {
    name_word.starts_with(typed)
        || (typed.chars().count() >= 5 && strsim::damerau_levenshtein(typed, name_word) <= 1)
}

fn matches_any(typed: &str, name_words: &[String]) -> bool {
    name_words.iter().any(|word| word_matches(typed, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::parse(
            "kind\tname\tlatitude\tlongitude\n\
             street\tQueen St W\t43.64900\t-79.39500\n\
             street\tSpadina Ave\t43.65500\t-79.39900\n\
             intersection\tQueen St W & Spadina Ave\t43.64860\t-79.39650\n\
             intersection\tQueen St E & Broadview Ave\t43.65880\t-79.34930\n\
             place\tNathan Phillips Square\t43.65250\t-79.38350\n",
        )
        .unwrap()
    }

    #[test]
    fn an_intersection_is_found_from_everyday_words() {
        let found = gazetteer().best_matches("queen street west and spadina");
        assert_eq!(found[0].name, "Queen St W & Spadina Ave");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn prefixes_accents_and_small_typos_still_match() {
        let g = gazetteer();
        assert_eq!(
            g.best_matches("nathan phil")[0].name,
            "Nathan Phillips Square"
        );
        assert_eq!(g.best_matches("Spadína")[0].name, "Spadina Ave");
        assert_eq!(g.best_matches("spadnia")[0].name, "Spadina Ave");
        assert!(g.best_matches("yonge").is_empty());
        assert!(g.best_matches("  ").is_empty());
    }

    #[test]
    fn a_street_ranks_before_intersections_that_merely_contain_it() {
        let found = gazetteer().best_matches("queen");
        assert_eq!(found[0].name, "Queen St W");
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let error = Gazetteer::parse("kind\tname\tlatitude\tlongitude\nroad\tX\t1\t2\n")
            .err()
            .unwrap();
        assert_eq!(error.0, 2);
        assert!(Gazetteer::parse("name\n").is_err());
    }

    #[test]
    fn the_shipped_gazetteer_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/gazetteer.tsv");
        let gazetteer = Gazetteer::load(&path).unwrap();
        assert!(gazetteer.entries.len() > 500);
        assert_eq!(
            gazetteer.best_matches("bathurst and bloor")[0].name,
            "Bathurst St & Bloor St W"
        );
    }
}
