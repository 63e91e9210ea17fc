//! Which ward a point is in, from boundary polygons in a GeoJSON file.
//!
//! The file is named in configuration so a city can supply its official boundaries; the
//! shipped file holds demo boundaries and says so.

use std::path::Path;

use geo::{Contains, MultiPolygon, Point};

/// One ward's number, name and boundary.
#[derive(Debug)]
struct Ward {
    number: i64,
    name: String,
    boundary: MultiPolygon<f64>,
}

/// A ward found for a point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WardMatch {
    pub number: i64,
    pub name: String,
}

/// Why the boundaries file was refused.
#[derive(Debug, thiserror::Error)]
pub enum WardsError {
    #[error("cannot read the ward boundaries '{path}': {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the ward boundaries '{path}' are not valid: {reason}")]
    Invalid { path: String, reason: String },
}

/// All ward boundaries of the city.
#[derive(Debug)]
pub struct WardMap {
    wards: Vec<Ward>,
}

impl WardMap {
    /// Reads a FeatureCollection whose features carry `ward` (number) and `name` properties.
    pub fn load(path: &Path) -> Result<Self, WardsError> {
        let shown = path.display().to_string();
        let invalid = |reason: String| WardsError::Invalid {
            path: shown.clone(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|source| WardsError::Read {
            path: shown.clone(),
            source,
        })?;
        let collection: geojson::FeatureCollection = text
            .parse()
            .map_err(|e: geojson::Error| invalid(e.to_string()))?;
        let mut wards = Vec::new();
        for (index, feature) in collection.features.into_iter().enumerate() {
            let number = feature
                .property("ward")
                .and_then(|value| value.as_i64())
                .ok_or_else(|| {
                    invalid(format!("feature {index} has no numeric 'ward' property"))
                })?;
            let name = feature
                .property("name")
                .and_then(|value| value.as_str())
                .unwrap_or_default()
                .to_string();
            let geometry = feature
                .geometry
                .ok_or_else(|| invalid(format!("ward {number} has no geometry")))?;
            let boundary = match geo::Geometry::<f64>::try_from(geometry)
                .map_err(|e| invalid(format!("ward {number}: {e}")))?
            {
                geo::Geometry::Polygon(polygon) => MultiPolygon::new(vec![polygon]),
                geo::Geometry::MultiPolygon(polygons) => polygons,
                _ => return Err(invalid(format!("ward {number} is not a polygon"))),
            };
            wards.push(Ward {
                number,
                name,
                boundary,
            });
        }
        if wards.is_empty() {
            return Err(invalid("it has no wards".to_string()));
        }
        Ok(Self { wards })
    }

    /// The ward containing the point, or `None` when it is outside the city.
    pub fn ward_at(&self, latitude: f64, longitude: f64) -> Option<WardMatch> {
        let point = Point::new(longitude, latitude);
        self.wards
            .iter()
            .find(|ward| ward.boundary.contains(&point))
            .map(|ward| WardMatch {
                number: ward.number,
                name: ward.name.clone(),
            })
    }

    /// The name of a ward by number.
    pub fn name_of(&self, number: i64) -> Option<&str> {
        self.wards
            .iter()
            .find(|ward| ward.number == number)
            .map(|ward| ward.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        file
    }

    const TWO_SQUARES: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"ward":1,"name":"West"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"ward":2,"name":"East"},
       "geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}]}"#;

    #[test]
    fn point_is_matched_to_the_polygon_containing_it() {
        let file = write(TWO_SQUARES);
        let wards = WardMap::load(file.path()).unwrap();
        assert_eq!(wards.ward_at(0.5, 1.5).unwrap().number, 2);
        assert_eq!(wards.ward_at(0.5, 0.5).unwrap().name, "West");
        assert_eq!(wards.ward_at(5.0, 5.0), None);
    }

    #[test]
    fn feature_without_ward_number_is_refused() {
        let file = write(&TWO_SQUARES.replace(r#""ward":2,"#, ""));
        let error = WardMap::load(file.path()).unwrap_err().to_string();
        assert!(
            error.contains("feature 1 has no numeric 'ward' property"),
            "{error}"
        );
    }
}
