//! Photos residents attach: decoded with safety limits, turned upright, resized, and
//! re-encoded so the stored copy carries no EXIF (and so no GPS, camera or owner details).
//! The GPS position of the original is read first, to offer as the report's location.

use std::io::Cursor;

use image::{
    codecs::jpeg::JpegEncoder, error::ImageError, imageops::FilterType, DynamicImage, ImageDecoder,
    ImageFormat, ImageReader, Limits,
};

pub use app::report::MAX_PHOTO_BYTES;

/// The longest side of a stored photo.
pub const MAX_STORED_SIDE: u32 = 1600;

/// Larger images are refused before decoding, whatever their file size: a few kilobytes of
/// PNG can claim billions of pixels.
const MAX_SIDE: u32 = 12_000;
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// A photo ready to store.
#[derive(Debug)]
pub struct StoredPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// Latitude and longitude from the original's EXIF, when it had them.
    pub gps: Option<(f64, f64)>,
}

/// Why a photo was refused; each maps to a message for the resident.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is larger than {MAX_PHOTO_BYTES} bytes")]
    TooLarge,
    #[error("the file is not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("the image is too large to process")]
    TooManyPixels,
    #[error("the image is damaged and cannot be read")]
    Damaged,
}

impl PhotoError {
    /// The Fluent id of the message shown to the resident.
    pub fn message_id(&self) -> &'static str {
        match self {
            PhotoError::Empty => "report-error-photo-missing",
            PhotoError::TooLarge => "report-error-photo-too-large",
            PhotoError::NotAnImage => "report-error-photo-type",
            PhotoError::TooManyPixels => "report-error-photo-dimensions",
            PhotoError::Damaged => "report-error-photo-damaged",
        }
    }
}

/// Checks, decodes and re-encodes an uploaded file.
pub fn process(bytes: &[u8]) -> Result<StoredPhoto, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge);
    }
    // The content decides, never the file name or the browser's claimed type.
    let format = image::guess_format(bytes).map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(PhotoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let orientation = decoder.orientation().map_err(decode_error)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    image.apply_orientation(orientation);
    if image.width() > MAX_STORED_SIDE || image.height() > MAX_STORED_SIDE {
        image = image.resize(MAX_STORED_SIDE, MAX_STORED_SIDE, FilterType::Triangle);
    }
    let rgb = image.to_rgb8();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&rgb)
        .map_err(|_| PhotoError::Damaged)?;
    Ok(StoredPhoto {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
        gps: gps_position(bytes),
    })
}

fn decode_error(error: ImageError) -> PhotoError {
    match error {
        ImageError::Limits(_) => PhotoError::TooManyPixels,
        ImageError::Unsupported(_) => PhotoError::NotAnImage,
        _ => PhotoError::Damaged,
    }
}

/// The GPS latitude and longitude recorded in the file's EXIF, if any.
pub fn gps_position(bytes: &[u8]) -> Option<(f64, f64)> {
    use exif::{In, Tag, Value};
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    let degrees = |tag: Tag, reference: Tag, negative: &str| -> Option<f64> {
        let field = exif.get_field(tag, In::PRIMARY)?;
        let Value::Rational(parts) = &field.value else {
            return None;
        };
        let [d, m, s] = parts.get(..3)? else {
            return None;
        };
        let value = d.to_f64() + m.to_f64() / 60.0 + s.to_f64() / 3600.0;
        let sign = match exif.get_field(reference, In::PRIMARY).map(|f| &f.value) {
            Some(Value::Ascii(text))
                if text
                    .first()
                    .is_some_and(|t| t.starts_with(negative.as_bytes())) =>
            {
                -1.0
            }
            _ => 1.0,
        };
        value.is_finite().then_some(sign * value)
    };
    let latitude = degrees(Tag::GPSLatitude, Tag::GPSLatitudeRef, "S")?;
    let longitude = degrees(Tag::GPSLongitude, Tag::GPSLongitudeRef, "W")?;
    (latitude.abs() <= 90.0 && longitude.abs() <= 180.0).then_some((latitude, longitude))
}

/// Test images: plain pixels, optionally with EXIF that records a GPS position.
/// Shared by the unit, HTTP and browser tests.
pub mod samples {
    use exif::{experimental::Writer, Field, In, Rational, Tag, Value};

    /// A JPEG of the given size.
    pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new(&mut out)
            .encode_image(&image)
            .expect("encoding a test image");
        out
    }

    /// A JPEG whose EXIF says it was taken at `latitude`, `longitude` (west is negative).
    pub fn jpeg_with_gps(width: u32, height: u32, latitude: f64, longitude: f64) -> Vec<u8> {
        let plain = jpeg(width, height);
        let dms = |value: f64| {
            let value = value.abs();
            let degrees = value.trunc();
            let minutes = ((value - degrees) * 60.0).trunc();
            let seconds = ((value - degrees) * 60.0 - minutes) * 60.0;
            Value::Rational(vec![
                Rational::from((degrees as u32, 1)),
                Rational::from((minutes as u32, 1)),
                Rational::from(((seconds * 10_000.0).round() as u32, 10_000)),
            ])
        };
        let field = |tag, value| Field {
            tag,
            ifd_num: In::PRIMARY,
            value,
        };
        let fields = [
            field(
                Tag::GPSLatitudeRef,
                Value::Ascii(vec![if latitude < 0.0 {
                    b"S".to_vec()
                } else {
                    b"N".to_vec()
                }]),
            ),
            field(Tag::GPSLatitude, dms(latitude)),
            field(
                Tag::GPSLongitudeRef,
                Value::Ascii(vec![if longitude < 0.0 {
                    b"W".to_vec()
                } else {
                    b"E".to_vec()
                }]),
            ),
            field(Tag::GPSLongitude, dms(longitude)),
            field(
                Tag::Make,
                Value::Ascii(vec![b"Civic311 Test Camera".to_vec()]),
            ),
        ];
        let mut writer = Writer::new();
        for f in &fields {
            writer.push_field(f);
        }
        let mut tiff = std::io::Cursor::new(Vec::new());
        writer.write(&mut tiff, false).expect("writing test EXIF");
        let tiff = tiff.into_inner();
        // An APP1 segment right after the JPEG's start-of-image marker.
        let mut segment = b"Exif\0\0".to_vec();
        segment.extend_from_slice(&tiff);
        let length = u16::try_from(segment.len() + 2).expect("small EXIF");
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(&segment);
        out.extend_from_slice(&plain[2..]);
        out
    }

    /// A PNG of a few bytes whose header claims `side` × `side` pixels.
    pub fn png_bomb(side: u32) -> Vec<u8> {
        let mut png = Vec::new();
        image::GrayImage::new(1, 1)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encoding a test image");
        // Signature (8 bytes), then IHDR: length (4), type (4), width (4), height (4), …, CRC.
        png[16..20].copy_from_slice(&side.to_be_bytes());
        png[20..24].copy_from_slice(&side.to_be_bytes());
        let crc = crc32fast::hash(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        png
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gps_is_read_then_stripped_from_the_stored_copy() {
        let original = samples::jpeg_with_gps(64, 48, 43.6525, -79.3835);
        let (lat, long) = gps_position(&original).expect("the sample has GPS");
        assert!((lat - 43.6525).abs() < 1e-4 && (long + 79.3835).abs() < 1e-4);
        let stored = process(&original).unwrap();
        assert_eq!(stored.gps, Some((lat, long)));
        assert_eq!(gps_position(&stored.jpeg), None);
        assert!(exif::Reader::new()
            .read_from_container(&mut Cursor::new(&stored.jpeg))
            .is_err());
        let needle = b"Civic311 Test Camera";
        assert!(original.windows(needle.len()).any(|w| w == needle));
        assert!(!stored.jpeg.windows(needle.len()).any(|w| w == needle));
    }

    /// The browser tests upload this file; `CIVIC311_WRITE_FIXTURES=1 cargo test` rewrites it.
    #[test]
    fn the_browser_tests_photo_is_a_sample_with_gps() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../end2end/fixtures/photo-with-gps.jpg");
        let expected = samples::jpeg_with_gps(640, 480, 43.6487, -79.3966);
        if std::env::var_os("CIVIC311_WRITE_FIXTURES").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &expected).unwrap();
        }
        let committed = std::fs::read(&path).expect("the fixture exists");
        let (lat, long) = gps_position(&committed).expect("the fixture has GPS");
        assert!((lat - 43.6487).abs() < 1e-4 && (long + 79.3966).abs() < 1e-4);
        assert!(
            committed == expected,
            "regenerate with CIVIC311_WRITE_FIXTURES=1"
        );
    }

    #[test]
    fn large_photos_are_resized_keeping_their_shape() {
        let stored = process(&samples::jpeg(2400, 1200)).unwrap();
        assert_eq!((stored.width, stored.height), (1600, 800));
        let small = process(&samples::jpeg(300, 200)).unwrap();
        assert_eq!((small.width, small.height), (300, 200));
    }

    #[test]
    fn non_images_bombs_and_damaged_files_are_refused() {
        assert_eq!(process(b"").unwrap_err(), PhotoError::Empty);
        assert_eq!(
            process(b"%PDF-1.7 not a photo").unwrap_err(),
            PhotoError::NotAnImage
        );
        assert_eq!(
            process(b"GIF89a\x01\x00\x01\x00").unwrap_err(),
            PhotoError::NotAnImage
        );
        let bomb = samples::png_bomb(50_000);
        assert!(bomb.len() < 1024, "the bomb is small on disk");
        assert_eq!(process(&bomb).unwrap_err(), PhotoError::TooManyPixels);
        let mut truncated = samples::jpeg(200, 200);
        truncated.truncate(300);
        assert_eq!(process(&truncated).unwrap_err(), PhotoError::Damaged);
        assert_eq!(
            process(&vec![0xFF; MAX_PHOTO_BYTES + 1]).unwrap_err(),
            PhotoError::TooLarge
        );
    }
}
