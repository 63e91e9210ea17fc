//! What JavaScript adds to the report flow: the pin map and photo upload progress. Both are
//! hidden in the server's HTML and appear only once the page has hydrated, so a browser
//! without JavaScript sees the address search and the plain upload form alone.

use fluent_bundle::FluentArgs;
use leptos::{html, prelude::*};

use super::MapSettings;
use crate::i18n::use_localizer;

/// Where the map starts when no location was chosen yet: Toronto City Hall.
pub const CITY_CENTRE: (f64, f64) = (43.6535, -79.3841);

/// A map to drop and drag a pin on, with "use my location" and a form that sends the pin.
#[component]
pub fn PinMap(
    action: String,
    settings: MapSettings,
    initial: Option<(f64, f64)>,
    error: Option<String>,
) -> impl IntoView {
    let i18n = use_localizer();
    let pin = RwSignal::new(initial);
    let centre = RwSignal::new(initial.unwrap_or(CITY_CENTRE));
    let locating = RwSignal::new(None::<String>);
    let section = NodeRef::<html::Section>::new();
    #[cfg(not(feature = "hydrate"))]
    let _ = &settings;
    let map_element = NodeRef::<html::Div>::new();
    #[cfg(feature = "hydrate")]
    {
        let marker_title = i18n.t("report-map-pin");
        let settings = settings.clone();
        let started = std::cell::Cell::new(false);
        Effect::new(move |_| {
            if let (Some(section), Some(element), false) =
                (section.get(), map_element.get(), started.get())
            {
                started.set(true);
                // Shown before Leaflet measures the container.
                let _ = section.remove_attribute("hidden");
                browser::start_map(&element, &settings, pin, centre, marker_title.clone());
            }
        });
    }
    let status = {
        let i18n = i18n.clone();
        move || match pin.get() {
            Some((lat, long)) => {
                let mut args = FluentArgs::new();
                args.set("lat", format!("{lat:.5}"));
                args.set("long", format!("{long:.5}"));
                i18n.t_args("report-map-pin-at", &args)
            }
            None => i18n.t("report-map-no-pin"),
        }
    };
    let locate_failed = i18n.t("report-map-locate-failed");
    let locate = move |_| {
        locating.set(None);
        #[cfg(feature = "hydrate")]
        browser::locate(pin, centre, locating, locate_failed.clone());
        #[cfg(not(feature = "hydrate"))]
        let _ = &locate_failed;
    };
    let has_error = error.is_some();
    view! {
        <section class="pin-map" aria-labelledby="map-heading" node_ref=section hidden=true>
            <h2 id="map-heading">{i18n.t("report-map-heading")}</h2>
            <p class="hint" id="report-map-hint">{i18n.t("report-map-hint")}</p>
            {error.map(|message| view! { <p class="error-message" id="report-map-error">{message}</p> })}
            <div
                id="report-map"
                class=if has_error { "map map-error" } else { "map" }
                node_ref=map_element
                tabindex="0"
                role="region"
                aria-label=i18n.t("report-map-label")
                aria-describedby="report-map-hint"
            ></div>
            <p class="pin-status" aria-live="polite">{status}</p>
            {move || locating.get().map(|message| view! { <p class="error-message" role="alert">{message}</p> })}
            <div class="map-actions">
                <button type="button" class="button secondary" on:click=locate>
                    {i18n.t("report-map-locate")}
                </button>
                <button type="button" class="button secondary" on:click=move |_| pin.set(Some(centre.get_untracked()))>
                    {i18n.t("report-map-centre")}
                </button>
            </div>
            <form method="post" action=action>
                <input type="hidden" name="method" value="pin"/>
                <input type="hidden" name="lat" prop:value=move || pin.get().map(|p| format!("{:.6}", p.0)).unwrap_or_default()/>
                <input type="hidden" name="long" prop:value=move || pin.get().map(|p| format!("{:.6}", p.1)).unwrap_or_default()/>
                <button type="submit" class="button" disabled=move || pin.get().is_none()>
                    {i18n.t("report-map-use")}
                </button>
            </form>
        </section>
    }
}

/// A progress bar for the photo upload; hidden until an upload starts.
#[component]
pub fn UploadProgress(progress: RwSignal<Option<u32>>) -> impl IntoView {
    let i18n = use_localizer();
    view! {
        <div class="upload-progress" hidden=move || progress.get().is_none()>
            <label for="upload-progress">{i18n.t("report-photo-uploading")}</label>
            <progress id="upload-progress" max="100" value=move || progress.get().unwrap_or(0)>
                {move || format!("{}%", progress.get().unwrap_or(0))}
            </progress>
        </div>
    }
}

/// With JavaScript, sends the photo form with a request whose upload progress is shown, then
/// follows the server's redirect as the plain form would have.
pub fn upload_with_progress(event: leptos::ev::SubmitEvent, progress: RwSignal<Option<u32>>) {
    #[cfg(feature = "hydrate")]
    browser::upload(event, progress);
    #[cfg(not(feature = "hydrate"))]
    let _ = (event, progress);
}

#[cfg(feature = "hydrate")]
mod browser {
    use leaflet::{
        DragEvents, LatLng, Map, MapOptions, Marker, MarkerOptions, TileLayer, TileLayerOptions,
    };
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};

    use super::MapSettings;

    pub fn start_map(
        element: &web_sys::HtmlDivElement,
        settings: &MapSettings,
        pin: RwSignal<Option<(f64, f64)>>,
        centre: RwSignal<(f64, f64)>,
        marker_title: String,
    ) {
        let Ok(map) = Map::new_with_element(element, &MapOptions::default()) else {
            leptos::logging::error!("the map could not start");
            return;
        };
        let start = pin.get_untracked().unwrap_or(super::CITY_CENTRE);
        let zoom = if pin.get_untracked().is_some() {
            17.0
        } else {
            12.0
        };
        map.set_view(&LatLng::new(start.0, start.1), zoom);
        let tiles = TileLayerOptions::default();
        tiles.set_attribution(settings.attribution.clone());
        tiles.set_max_zoom(19.0);
        TileLayer::new_options(&settings.tile_url, &tiles).add_to(&map);
        map.on_mouse_click(Box::new(move |event| {
            let at = event.lat_lng();
            pin.set(Some((at.lat(), at.lng())));
        }));
        let map_for_centre = map.clone();
        map.on_move_end(Box::new(move |_| {
            let at = map_for_centre.get_center();
            centre.set((at.lat(), at.lng()));
        }));
        let marker_options = MarkerOptions::default();
        marker_options.set_draggable(true);
        marker_options.set_title(marker_title.clone());
        marker_options.set_alt(marker_title);
        let marker = Marker::new_with_options(&LatLng::new(start.0, start.1), &marker_options);
        let dragged = marker.clone();
        marker.on_drag_end(Box::new(move |_| {
            let at = dragged.get_lat_lng();
            pin.set(Some((at.lat(), at.lng())));
        }));
        let mut shown = false;
        Effect::new(move |_| {
            if let Some((lat, long)) = pin.get() {
                marker.set_lat_lng(&LatLng::new(lat, long));
                if !shown {
                    marker.add_to(&map);
                    shown = true;
                }
                map.pan_to(&LatLng::new(lat, long));
            }
        });
    }

    pub fn locate(
        pin: RwSignal<Option<(f64, f64)>>,
        centre: RwSignal<(f64, f64)>,
        failure: RwSignal<Option<String>>,
        failed_text: String,
    ) {
        let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok())
        else {
            failure.set(Some(failed_text));
            return;
        };
        let found = Closure::once_into_js(move |position: web_sys::Position| {
            let coords = position.coords();
            pin.set(Some((coords.latitude(), coords.longitude())));
            centre.set((coords.latitude(), coords.longitude()));
        });
        let failed = Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
            failure.set(Some(failed_text));
        });
        let _ = geolocation.get_current_position_with_error_callback(
            found.unchecked_ref(),
            Some(failed.unchecked_ref()),
        );
    }

    pub fn upload(event: leptos::ev::SubmitEvent, progress: RwSignal<Option<u32>>) {
        let Some(form) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let (Ok(data), Ok(request)) = (
            web_sys::FormData::new_with_form(&form),
            web_sys::XmlHttpRequest::new(),
        ) else {
            return;
        };
        // From here on the request replaces the plain form submission.
        event.prevent_default();
        progress.set(Some(0));
        if let Ok(upload) = request.upload() {
            let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(
                move |event: web_sys::ProgressEvent| {
                    if event.length_computable() && event.total() > 0.0 {
                        progress.set(Some((event.loaded() / event.total() * 100.0) as u32));
                    }
                },
            );
            upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            on_progress.forget();
        }
        let finished = request.clone();
        let on_done = Closure::<dyn FnMut()>::new(move || {
            // The server answered with the page to show next (its redirect was followed).
            let next = finished.response_url();
            if let Some(window) = web_sys::window() {
                let _ = window
                    .location()
                    .assign(if next.is_empty() { "." } else { &next });
            }
        });
        request.set_onloadend(Some(on_done.as_ref().unchecked_ref()));
        on_done.forget();
        if request.open("POST", &form.action()).is_ok()
            && request.send_with_opt_form_data(Some(&data)).is_ok()
        {
            return;
        }
        progress.set(None);
        let _ = form.submit();
    }
}
