//! Updates about a request by email or text message: the forms on the status page, and the
//! unsubscribe page every message links to. Everything posts plain forms, so it works without
//! JavaScript; the server answers by coming back here with what to show.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::i18n::{use_localizer, Localizer};

/// What went wrong with an updates form, carried back in `updates_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpdatesProblem {
    Email,
    Phone,
    TooMany,
    CodeFormat,
    CodeWrong,
    CodeExpired,
    CodeAttempts,
    Unknown,
}

impl UpdatesProblem {
    const ALL: [UpdatesProblem; 8] = [
        UpdatesProblem::Email,
        UpdatesProblem::Phone,
        UpdatesProblem::TooMany,
        UpdatesProblem::CodeFormat,
        UpdatesProblem::CodeWrong,
        UpdatesProblem::CodeExpired,
        UpdatesProblem::CodeAttempts,
        UpdatesProblem::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UpdatesProblem::Email => "email",
            UpdatesProblem::Phone => "phone",
            UpdatesProblem::TooMany => "too-many",
            UpdatesProblem::CodeFormat => "code-format",
            UpdatesProblem::CodeWrong => "code-wrong",
            UpdatesProblem::CodeExpired => "code-expired",
            UpdatesProblem::CodeAttempts => "code-attempts",
            UpdatesProblem::Unknown => "unknown",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|problem| problem.as_str() == raw)
    }

    /// The Fluent message that says what to do.
    fn message_id(self) -> String {
        format!("updates-error-{}", self.as_str())
    }

    /// The field the error summary links to.
    fn field(self) -> &'static str {
        match self {
            UpdatesProblem::Email | UpdatesProblem::TooMany | UpdatesProblem::Unknown => {
                "updates-email"
            }
            UpdatesProblem::Phone => "updates-phone",
            _ => "updates-code",
        }
    }
}

/// The updates section's content, already in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdatesView {
    /// Whether text messages are offered (an SMS provider is configured).
    pub sms_offered: bool,
    /// A subscription waiting for its code: its handle and "We sent a code to j•••@example.com".
    pub pending: Option<(String, String)>,
}

/// An unsubscribe link's subscription, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribeView {
    pub sr_number: String,
    /// "Updates go to j•••@example.com."
    pub sent_to: String,
    pub already: bool,
}

/// Hides most of an address: enough for its owner to recognise it, little for anyone else.
pub fn mask_address(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => {
            let digits: Vec<char> = address.chars().filter(char::is_ascii_digit).collect();
            let last: String = digits[digits.len().saturating_sub(4)..].iter().collect();
            format!("••• ••• {last}")
        }
    }
}

/// The masked address of a subscription's channel, as a sentence.
#[cfg(feature = "ssr")]
fn sent_to(i18n: &Localizer, id: &str, channel: &str, address: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("address", mask_address(address));
    let suffix = if channel == "sms" { "sms" } else { "email" };
    i18n.t_args(&format!("{id}-{suffix}"), &args)
}

/// The updates section of request `sr_number`; `confirm` is the handle of a pending
/// subscription from the URL.
#[cfg(feature = "ssr")]
pub async fn updates_view(
    backend: &dyn crate::backend::PortalBackend,
    i18n: &Localizer,
    sr_number: &str,
    confirm: Option<&str>,
) -> Result<UpdatesView, crate::backend::BackendError> {
    let mut pending = None;
    if let Some(handle) = confirm.filter(|h| !h.is_empty()) {
        if let Some(subscription) = backend.subscription_by_handle(handle).await? {
            if !subscription.confirmed && subscription.sr_number == sr_number {
                pending = Some((
                    handle.to_string(),
                    sent_to(
                        i18n,
                        "updates-code-sent",
                        &subscription.channel,
                        &subscription.address,
                    ),
                ));
            }
        }
    }
    Ok(UpdatesView {
        sms_offered: backend.sms_offered(),
        pending,
    })
}

/// The unsubscribe page's content, or `None` for an unknown link.
#[server]
pub async fn unsubscribe_page(token: String) -> Result<Option<UnsubscribeView>, ServerFnError> {
    let backend = crate::backend::use_backend()?;
    let i18n = crate::i18n::request_localizer();
    let subscription = backend
        .subscription_by_token(&token)
        .await
        .map_err(|error| {
            leptos::logging::error!("loading an unsubscribe link failed: {error}");
            ServerFnError::new("the page cannot be shown right now")
        })?;
    Ok(subscription.map(|subscription| UnsubscribeView {
        sent_to: sent_to(
            &i18n,
            "unsubscribe-sent-to",
            &subscription.channel,
            &subscription.address,
        ),
        sr_number: subscription.sr_number,
        already: subscription.unsubscribed,
    }))
}

/// Asking for updates, or typing the code that confirms them.
#[component]
pub fn UpdatesSection(number: String, view: UpdatesView) -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let query_value = |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let problem = UpdatesProblem::parse(&query_value("updates_error"));
    let notice = match query_value("updates").as_str() {
        "on" => Some("updates-on"),
        "already" => Some("updates-already"),
        "resent" => Some("updates-resent"),
        _ => None,
    }
    .map(|id| view! { <p class="notice" role="status">{i18n.t(id)}</p> });
    let summary = problem.map(|problem| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul><li><a href=format!("#{}", problem.field()) rel="external">{i18n.t(&problem.message_id())}</a></li></ul>
            </div>
        }
    });
    let error_on = |field: &str| {
        problem
            .filter(|problem| problem.field() == field)
            .map(|problem| i18n.t(&problem.message_id()))
    };
    let body = match view.pending {
        Some((handle, sent_to)) => view! {
            <p>{sent_to}</p>
            <form method="post" action=format!("/requests/{number}/updates/confirm") novalidate>
                <input type="hidden" name="handle" value=handle.clone()/>
                {text_field(&i18n, "updates-code", "code", "updates-code-label", "updates-code-hint", error_on("updates-code"), "one-time-code", "numeric")}
                <button type="submit" class="button">{i18n.t("updates-confirm-button")}</button>
            </form>
            <form method="post" action=format!("/requests/{number}/updates/resend")>
                <input type="hidden" name="handle" value=handle/>
                <button type="submit" class="button secondary">{i18n.t("updates-resend-button")}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <p>{i18n.t("updates-intro")}</p>
            <form method="post" action=format!("/requests/{number}/updates") novalidate>
                <input type="hidden" name="channel" value="email"/>
                {text_field(&i18n, "updates-email", "email", "updates-email-label", "updates-email-hint", error_on("updates-email"), "email", "email")}
                <button type="submit" class="button">{i18n.t("updates-email-button")}</button>
            </form>
            {view.sms_offered.then(|| view! {
                <form method="post" action=format!("/requests/{number}/updates") novalidate>
                    <input type="hidden" name="channel" value="sms"/>
                    {text_field(&i18n, "updates-phone", "phone", "updates-phone-label", "updates-phone-hint", error_on("updates-phone"), "tel", "tel")}
                    <button type="submit" class="button">{i18n.t("updates-phone-button")}</button>
                </form>
            })}
        }
        .into_any(),
    };
    view! {
        <section id="updates" class="updates" aria-labelledby="updates-heading">
            {summary}
            <h2 id="updates-heading">{i18n.t("updates-heading")}</h2>
            {notice}
            {body}
        </section>
    }
}

/// A labelled text input with its hint and, after a failed post, its error.
#[allow(clippy::too_many_arguments)]
fn text_field(
    i18n: &Localizer,
    id: &str,
    name: &str,
    label: &str,
    hint: &str,
    error: Option<String>,
    autocomplete: &'static str,
    kind: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let (input_type, inputmode) = match kind {
        "numeric" => ("text", Some("numeric")),
        other => (other, None),
    };
    view! {
        <div class=if error.is_some() { "field field-error" } else { "field" }>
            <label for=id.to_string()>{i18n.t(label)}</label>
            <p class="hint" id=hint_id>{i18n.t(hint)}</p>
            {error.clone().map(|message| view! { <p class="error-message" id=error_id>{message}</p> })}
            <input
                id=id.to_string()
                name=name.to_string()
                type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=error.is_some().then_some("true")
            />
        </div>
    }
}

/// `/unsubscribe/{token}`: the link in every message. One button stops the updates (a mail
/// client's own unsubscribe button posts directly, without this page).
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let subscription = Resource::new(token, unsubscribe_page);
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || subscription.get().map(|result| {
                let i18n = use_localizer();
                match result {
                    Ok(Some(view)) => view! { <Unsubscribe view token=token()/> }.into_any(),
                    Ok(None) => {
                        crate::shell::set_not_found_status();
                        view! {
                            <Title text=i18n.t("unsubscribe-title")/>
                            <h1>{i18n.t("unsubscribe-title")}</h1>
                            <p>{i18n.t("unsubscribe-unknown")}</p>
                        }.into_any()
                    }
                    Err(_) => view! { <p class="error-message" role="alert">{i18n.t("request-unavailable")}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Unsubscribe(view: UnsubscribeView, token: String) -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let done = query.read_untracked().get("done").is_some() || view.already;
    let mut args = FluentArgs::new();
    args.set("number", view.sr_number.clone());
    let heading = i18n.t_args("unsubscribe-heading", &args);
    let link = view! { <p><a href=format!("/requests/{}", view.sr_number)>{i18n.t("unsubscribe-back")}</a></p> };
    if done {
        return view! {
            <Title text=heading.clone()/>
            <h1>{heading}</h1>
            <p class="notice" role="status">{i18n.t_args("unsubscribe-done", &args)}</p>
            {link}
        }
        .into_any();
    }
    view! {
        <Title text=heading.clone()/>
        <h1>{heading}</h1>
        <p>{view.sent_to.clone()}</p>
        <form method="post" action=format!("/unsubscribe/{token}")>
            <button type="submit" class="button">{i18n.t("unsubscribe-button")}</button>
        </form>
        {link}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked() {
        assert_eq!(mask_address("jane@example.com"), "j•••@example.com");
        assert_eq!(mask_address("+14165550123"), "••• ••• 0123");
    }

    #[test]
    fn problems_round_trip_through_the_url() {
        for problem in UpdatesProblem::ALL {
            assert_eq!(UpdatesProblem::parse(problem.as_str()), Some(problem));
        }
        assert_eq!(UpdatesProblem::parse("nonsense"), None);
    }
}
