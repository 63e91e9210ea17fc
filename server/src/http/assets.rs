//! The compiled site package (`/pkg`): JS, WASM and CSS.

use axum::http::{header::CACHE_CONTROL, HeaderValue};
use leptos::config::LeptosOptions;
use tower::Layer;
use tower_http::{services::ServeDir, set_header::SetResponseHeaderLayer};

/// Serves `/pkg`, preferring the `.br`/`.gz` files next to the originals when the build wrote
/// them. Hashed file names change with their content, so browsers may keep them for a year;
/// unhashed ones must be revalidated.
pub fn site_package(
    options: &LeptosOptions,
) -> tower_http::set_header::SetResponseHeader<ServeDir, HeaderValue> {
    let folder =
        std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let cache_control = if options.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static(cache_control))
        .layer(
            ServeDir::new(folder)
                .precompressed_br()
                .precompressed_gzip(),
        )
}
