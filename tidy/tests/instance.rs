//! The app's instance settings (`src/instance.rs`), compiled natively: it uses no browser API,
//! so what a web admin writes into `data-*` attributes is checked without a browser.

#[path = "../../src/instance.rs"]
#[allow(dead_code)]
mod instance;

use fscity_core::Lang;
use instance::{id_prefix, widget_settings, Mode, SettingError, Widget, DEFAULT_NAMESPACE};

#[test]
fn a_bare_host_element_is_the_whole_app_in_the_default_namespace() {
    let widget = widget_settings(None, None, None).unwrap();
    assert_eq!(widget.namespace, DEFAULT_NAMESPACE);
    assert_eq!(widget.mode, Mode::Assess);
    assert_eq!(widget.lang, None);
    assert!(widget.embedded);
}

#[test]
fn settings_are_read_trimmed_and_in_either_language() {
    let widget = widget_settings(Some("en"), Some(" city.a_1 "), Some(" browse ")).unwrap();
    assert_eq!(widget.namespace, "city.a_1");
    assert_eq!(widget.mode, Mode::Browse);
    assert_eq!(widget.lang, Some(Lang::En));
    assert_eq!(
        widget_settings(None, None, Some("demo")).unwrap().mode,
        Mode::Demo
    );
}

#[test]
fn a_bad_namespace_or_mode_is_refused_naming_what_was_written() {
    assert_eq!(
        widget_settings(None, Some("has space"), None),
        Err(SettingError::Namespace("has space".into()))
    );
    assert_eq!(
        widget_settings(None, Some(&"x".repeat(41)), None),
        Err(SettingError::Namespace("x".repeat(41)))
    );
    assert_eq!(
        widget_settings(None, None, Some("edit")),
        Err(SettingError::Mode("edit".into()))
    );
}

#[test]
fn widgets_prefix_their_element_ids_and_the_standalone_page_does_not() {
    assert_eq!(id_prefix(&Widget::standalone()), "");
    let widget = widget_settings(None, Some("cityb"), None).unwrap();
    assert_eq!(id_prefix(&widget), "cityb-");
}
