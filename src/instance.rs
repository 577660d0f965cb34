//! One instance's settings: what it shows, where it stores, how its element ids are prefixed.
//! Plain Rust with no browser API, so the settings a web admin writes into `data-*`
//! attributes are parsed and tested natively (`tidy/tests/instance.rs`); `embed` reads the
//! attributes and `ui::app` runs the instance, so the flow is embed → app → instance.

use fscity_core::Lang;

/// The storage namespace of the standalone app.
pub const DEFAULT_NAMESPACE: &str = "fscity";

/// The element-id prefix of an instance: empty for the standalone page, `<namespace>-` for a
/// widget, so two instances on one page never share an id.
pub fn id_prefix(widget: &Widget) -> String {
    if widget.embedded {
        format!("{}-", widget.namespace)
    } else {
        String::new()
    }
}

/// What an instance shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The whole app: browse, assess, gaps, reports, my assessments.
    Assess,
    /// The criteria browser only; nothing is stored.
    Browse,
    /// The fictional demo city in a sandbox.
    Demo,
}

/// One instance's settings, from the host element's `data-*` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Widget {
    /// Storage keys start with `<namespace>.`.
    pub namespace: String,
    /// The language to start in when the user has not chosen one.
    pub lang: Option<Lang>,
    /// What it shows.
    pub mode: Mode,
    /// False for the standalone page, which owns the document (its `lang`, its title).
    pub embedded: bool,
}

impl Widget {
    /// The standalone page.
    pub fn standalone() -> Widget {
        Widget {
            namespace: DEFAULT_NAMESPACE.to_owned(),
            lang: None,
            mode: Mode::Assess,
            embedded: false,
        }
    }
}

/// Why a host element's settings were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingError {
    /// `data-storage-namespace` is not 1–40 letters, digits, `.`, `_` or `-`.
    Namespace(String),
    /// `data-mode` is not `assess`, `browse` or `demo`.
    Mode(String),
}

/// Reads a host element's settings: `data-lang`, `data-storage-namespace`, `data-mode`.
pub fn widget_settings(
    lang: Option<&str>,
    namespace: Option<&str>,
    mode: Option<&str>,
) -> Result<Widget, SettingError> {
    let namespace = namespace.map(str::trim).unwrap_or(DEFAULT_NAMESPACE);
    let valid = (1..=40).contains(&namespace.len())
        && namespace
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !valid {
        return Err(SettingError::Namespace(namespace.to_owned()));
    }
    let mode = match mode.map(str::trim).unwrap_or("assess") {
        "" | "assess" => Mode::Assess,
        "browse" => Mode::Browse,
        "demo" => Mode::Demo,
        other => return Err(SettingError::Mode(other.to_owned())),
    };
    Ok(Widget {
        namespace: namespace.to_owned(),
        lang: lang.and_then(Lang::from_tag),
        mode,
        embedded: true,
    })
}
