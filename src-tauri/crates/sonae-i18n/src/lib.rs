//! Fluent messages for the Rust side.
//!
//! The `.ftl` files under `locales/` are compiled into the binary, so the app and the CLI need no
//! files at run time (the product must work air-gapped). The locale is always a parameter: there
//! is no global "current language", so tests can use both side by side.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// A language Sonae speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Parses `ja` / `en` (as given to `--lang`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The Rust side's `.ftl` sources for this language, as `(file name, text)`.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Ja => &[
                ("common.ftl", include_str!("../../../../locales/ja/common.ftl")),
                ("cli.ftl", include_str!("../../../../locales/ja/cli.ftl")),
                ("report.ftl", include_str!("../../../../locales/ja/report.ftl")),
                ("case.ftl", include_str!("../../../../locales/ja/case.ftl")),
                ("playbook.ftl", include_str!("../../../../locales/ja/playbook.ftl")),
                ("obligation.ftl", include_str!("../../../../locales/ja/obligation.ftl")),
                ("forms.ftl", include_str!("../../../../locales/ja/forms.ftl")),
                ("forms-ppc.ftl", include_str!("../../../../locales/ja/forms-ppc.ftl")),
                ("forms-final.ftl", include_str!("../../../../locales/ja/forms-final.ftl")),
                ("forms-public.ftl", include_str!("../../../../locales/ja/forms-public.ftl")),
                ("forms-training.ftl", include_str!("../../../../locales/ja/forms-training.ftl")),
                ("forms-drill.ftl", include_str!("../../../../locales/ja/forms-drill.ftl")),
                ("drill.ftl", include_str!("../../../../locales/ja/drill.ftl")),
                ("exchange.ftl", include_str!("../../../../locales/ja/exchange.ftl")),
                ("stats.ftl", include_str!("../../../../locales/ja/stats.ftl")),
            ],
            Lang::En => &[
                ("common.ftl", include_str!("../../../../locales/en/common.ftl")),
                ("cli.ftl", include_str!("../../../../locales/en/cli.ftl")),
                ("report.ftl", include_str!("../../../../locales/en/report.ftl")),
                ("case.ftl", include_str!("../../../../locales/en/case.ftl")),
                ("playbook.ftl", include_str!("../../../../locales/en/playbook.ftl")),
                ("obligation.ftl", include_str!("../../../../locales/en/obligation.ftl")),
                ("forms.ftl", include_str!("../../../../locales/en/forms.ftl")),
                ("forms-ppc.ftl", include_str!("../../../../locales/en/forms-ppc.ftl")),
                ("forms-final.ftl", include_str!("../../../../locales/en/forms-final.ftl")),
                ("forms-public.ftl", include_str!("../../../../locales/en/forms-public.ftl")),
                ("forms-training.ftl", include_str!("../../../../locales/en/forms-training.ftl")),
                ("forms-drill.ftl", include_str!("../../../../locales/en/forms-drill.ftl")),
                ("drill.ftl", include_str!("../../../../locales/en/drill.ftl")),
                ("exchange.ftl", include_str!("../../../../locales/en/exchange.ftl")),
                ("stats.ftl", include_str!("../../../../locales/en/stats.ftl")),
            ],
        }
    }
}

/// Formats messages of one language.
pub struct Localizer {
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        let langid: LanguageIdentifier = lang.tag().parse().expect("static language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Plain text for terminals and PDFs: no Unicode isolation marks around arguments.
        bundle.set_use_isolating(false);
        bundle
            .add_function("NUMBER", |positional, _named| match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::Number(n.clone()),
                Some(v) => v.clone(),
                None => FluentValue::Error,
            })
            .expect("NUMBER is registered once");
        for (name, text) in lang.sources() {
            let res = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(_, errs)| panic!("{name}: {errs:?}"));
            bundle.add_resource(res).unwrap_or_else(|errs| panic!("{name}: {errs:?}"));
        }
        Localizer { bundle }
    }

    /// The process's one localizer of `lang`, built on first use. Building one parses every
    /// Fluent file (milliseconds); documents, lists and exports ask for one per call.
    pub fn shared(lang: Lang) -> &'static Localizer {
        static JA: OnceLock<Localizer> = OnceLock::new();
        static EN: OnceLock<Localizer> = OnceLock::new();
        match lang {
            Lang::Ja => JA.get_or_init(|| Localizer::new(Lang::Ja)),
            Lang::En => EN.get_or_init(|| Localizer::new(Lang::En)),
        }
    }

    /// Whether the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats message `id` with string arguments. A missing id formats as the id itself
    /// (the tidy test keeps every used id present in both locales).
    pub fn msg(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else { return id.to_owned() };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_both_languages_without_isolation_marks() {
        let ja = Localizer::new(Lang::Ja);
        let en = Localizer::new(Lang::En);
        assert_eq!(ja.msg("case-state-received", &[]), "受付");
        assert_eq!(en.msg("case-state-received", &[]), "Received");
        assert_eq!(ja.msg("error-field-required", &[("field", "件名")]), "「件名」を入力してください。");
        assert_eq!(ja.msg("no-such-message", &[]), "no-such-message");
        assert!(!ja.msg("error-schema-too-new", &[("found", "9"), ("known", "1")]).contains('\u{2068}'));
    }
}
