//! Which source addresses may become links. A criteria file travels between cities; an address
//! in it that the browser would run (`javascript:`, `data:`, `vbscript:` …) must never be
//! clickable, or opening a shared file could hand its author every assessment in the browser.
//!
//! Only `http` and `https` are links. The scheme is found the way the WHATWG URL parser finds
//! it, not by a prefix test: leading and trailing C0 controls and spaces are stripped, tabs and
//! newlines anywhere are removed, and the scheme is the run of letters, digits, `+`, `-` and
//! `.` (starting with a letter) before the first `:`, compared without case. So
//! `" JaVa\tScRiPt:…"` is `javascript`, and `//example.org` (no scheme) is no link either.

/// The address to link to, when `text` is an `http:` or `https:` URL; `None` otherwise (show
/// it as text).
pub fn web_link(text: &str) -> Option<String> {
    let trimmed = text.trim_matches(|c: char| c <= ' ');
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, rest) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let scheme_chars = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !starts_with_letter || !scheme_chars {
        return None;
    }
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    // A web address names a host: something after the slashes.
    let host = rest.trim_start_matches(['/', '\\']);
    (web && !host.is_empty() && !host.starts_with(['?', '#'])).then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::web_link;

    #[test]
    fn web_addresses_are_links() {
        for url in [
            "https://www.samr.gov.cn/x",
            "http://example.org",
            "HTTPS://A.B/c?d#e",
        ] {
            assert_eq!(web_link(url).as_deref(), Some(url), "{url}");
        }
        assert_eq!(
            web_link("  https://example.org/a  ").as_deref(),
            Some("https://example.org/a")
        );
    }

    #[test]
    fn scripts_and_other_schemes_are_not_links_however_they_are_written() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
            "//example.org/x",
            "/relative/path",
            "example.org",
            "https:",
            "https://",
            "http:?x",
            "",
        ] {
            assert_eq!(web_link(url), None, "{url:?}");
        }
    }
}
