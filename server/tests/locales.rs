//! Every language in `locales/languages.tsv` has a complete, well-formed Fluent bundle.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use civic311::locales::read_language_list;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralRuleType, PluralRules};
use support::repo_path;
use unic_langid::LanguageIdentifier;

/// What a message must match across locales.
#[derive(Debug, Default)]
struct MessageShape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    variant_keys: BTreeSet<String>,
    text: String,
}

/// Parses every `.ftl` file of a locale; a syntax error fails with its file name.
fn load_bundle(tag: &str) -> BTreeMap<String, MessageShape> {
    let folder = repo_path("locales").join(tag);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("locale {tag}: no folder {}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "locale {tag}: no .ftl files");
    let mut messages = BTreeMap::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource =
            fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{}: Fluent syntax errors: {errors:?}", file.display())
            });
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut shape = MessageShape::default();
            if let Some(pattern) = &value {
                collect(pattern, &mut shape);
            }
            for attribute in &attributes {
                shape.attributes.insert(attribute.id.name.to_string());
                collect(&attribute.value, &mut shape);
            }
            let duplicate = messages.insert(id.clone(), shape).is_some();
            assert!(!duplicate, "locale {tag}: message '{id}' is defined twice");
        }
    }
    messages
}

fn collect(pattern: &Pattern<&str>, shape: &mut MessageShape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => collect_expression(expression, shape),
        }
    }
}

fn collect_expression(expression: &Expression<&str>, shape: &mut MessageShape) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, shape),
        Expression::Select { selector, variants } => {
            collect_inline(selector, shape);
            for variant in variants {
                if let VariantKey::Identifier { name } = &variant.key {
                    shape.variant_keys.insert(name.to_string());
                }
                collect(&variant.value, shape);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, shape: &mut MessageShape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, shape),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                collect_inline(argument, shape);
            }
        }
        _ => {}
    }
}

/// The CLDR cardinal plural categories of a language, found by asking its rules about a
/// spread of integers and decimals.
fn plural_categories(tag: &str) -> BTreeSet<String> {
    let language: LanguageIdentifier = tag.parse().unwrap();
    let base: LanguageIdentifier = tag.split('-').next().unwrap().parse().unwrap();
    let rules = PluralRules::create(language, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(base, PluralRuleType::CARDINAL));
    let Ok(rules) = rules else {
        // Without rules (e.g. Haitian Creole) Fluent always picks the default variant, so any
        // CLDR category name is harmless.
        return ["zero", "one", "two", "few", "many", "other"]
            .map(String::from)
            .into();
    };
    let mut categories: BTreeSet<String> = (0..=1_000_i64)
        .chain([1_000_000])
        .map(|n| format!("{:?}", rules.select(n).unwrap()).to_lowercase())
        .collect();
    for decimal in ["0.5", "1.5", "2.5", "10.5", "100.5"] {
        categories.insert(format!("{:?}", rules.select(decimal).unwrap()).to_lowercase());
    }
    categories
}

/// Plural selectors use only the language's categories; other selectors (like a status) may
/// use any key as long as English has it too.
fn check_message(
    tag: &str,
    id: &str,
    english: &MessageShape,
    translated: &MessageShape,
) -> Vec<String> {
    let mut problems = Vec::new();
    if english.attributes != translated.attributes {
        problems.push(format!(
            "{id}: attributes {:?}, English has {:?}",
            translated.attributes, english.attributes
        ));
    }
    let unknown: Vec<_> = translated
        .variables
        .difference(&english.variables)
        .collect();
    if !unknown.is_empty() {
        problems.push(format!(
            "{id}: uses variables English does not: {unknown:?}"
        ));
    }
    let cldr = ["zero", "one", "two", "few", "many", "other"];
    let is_plural = english
        .variant_keys
        .iter()
        .all(|key| cldr.contains(&key.as_str()));
    if is_plural && !translated.variant_keys.is_empty() {
        let allowed = plural_categories(tag);
        let wrong: Vec<_> = translated.variant_keys.difference(&allowed).collect();
        if !wrong.is_empty() {
            problems.push(format!(
                "{id}: plural keys {wrong:?} are not categories of {tag} {allowed:?}"
            ));
        }
    }
    problems
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let languages = read_language_list(&repo_path("locales/languages.tsv")).unwrap();
    assert_eq!(languages.len(), 50, "the portal offers 50 languages");
    let english = load_bundle("en");
    let mut problems = Vec::new();
    for language in languages.iter().filter(|l| l.tag != "en") {
        let tag = language.tag.as_str();
        let translated = load_bundle(tag);
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            problems.push(format!("{tag}: missing '{id}'"));
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: extra '{id}' that English does not have"));
        }
        let mut copied = 0;
        for (id, shape) in &translated {
            let Some(source) = english.get(id) else {
                continue;
            };
            problems.extend(
                check_message(tag, id, source, shape)
                    .into_iter()
                    .map(|p| format!("{tag}: {p}")),
            );
            let has_words = shape
                .text
                .split_whitespace()
                .any(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 4);
            if !id.starts_with('-') && has_words && shape.text.trim() == source.text.trim() {
                copied += 1;
            }
        }
        if copied * 20 > english.len() {
            problems.push(format!("{tag}: {copied} messages are identical to English"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} locale problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn plural_categories_follow_cldr() {
    assert_eq!(
        plural_categories("en"),
        ["one", "other"].map(String::from).into()
    );
    assert_eq!(plural_categories("ja"), ["other"].map(String::from).into());
    assert_eq!(
        plural_categories("ar"),
        ["few", "many", "one", "other", "two", "zero"]
            .map(String::from)
            .into()
    );
}

#[test]
fn a_missing_message_or_foreign_variable_is_reported() {
    let english = MessageShape {
        variables: ["count".to_string()].into(),
        variant_keys: ["one".to_string(), "other".to_string()].into(),
        ..MessageShape::default()
    };
    let translated = MessageShape {
        variables: ["count".to_string(), "name".to_string()].into(),
        variant_keys: ["one".to_string(), "few".to_string(), "other".to_string()].into(),
        ..MessageShape::default()
    };
    let problems = check_message("fr", "service-group-count", &english, &translated);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("\"name\""));
    assert!(problems[1].contains("\"few\""));
}

/// Pages name the division and ask each service type's questions in the reader's language, so
/// the English bundle must follow the shipped catalogue: a message per division and per
/// question, with an attribute per answer.
#[test]
fn every_catalogue_division_and_question_has_its_english_text() {
    let english = load_bundle("en");
    let catalogue = support::shipped_catalogue();
    let mut problems = Vec::new();
    let mut expected_ids = BTreeSet::new();
    for service in &catalogue.services {
        for attribute in &service.attributes {
            let id = format!("question-{}-{}", service.code, attribute.code);
            let keys: BTreeSet<String> = attribute
                .values
                .iter()
                .map(|value| {
                    value
                        .key
                        .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_")
                })
                .collect();
            match english.get(&id) {
                None => problems.push(format!("{id} is missing")),
                Some(shape) if shape.attributes != keys => problems.push(format!(
                    "{id} has answers {:?}, the catalogue {keys:?}",
                    shape.attributes
                )),
                Some(_) => {}
            }
            expected_ids.insert(id);
        }
    }
    for service in &catalogue.services {
        let id = app::catalogue::division_message_id(&service.division);
        if !english.contains_key(&id) {
            problems.push(format!(
                "{id} (the division of {}) is missing",
                service.code
            ));
        }
    }
    for id in english.keys().filter(|id| id.starts_with("question-")) {
        if !expected_ids.contains(id) {
            problems.push(format!("{id} is not a question of the catalogue"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
