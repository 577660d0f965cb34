//! Finding indicators: the trainer's search box and filters over a pack.
//!
//! A trainer asks "where is 抽检?" or "what does 城管 answer for?" in the middle of a session, so
//! the search is forgiving where people are imprecise and exact where the pack is: an ID matches
//! however it is typed (`c02`, `C-02`, `c-0`, `c-2`), text matches as a plain substring (Chinese has no
//! word boundaries to respect), Latin letters ignore case, and every term of the query must
//! match. Filters narrow by the pack's own structure (group, 测评方式, 责任单位), never by
//! anything the assessment records, so the same query finds the same indicators for every city.
//!
//! Pure and allocation-light: one lowercase copy of an indicator's texts per indicator searched.

use crate::pack::{Indicator, Method, Pack, Veto};
use crate::Text;

/// What to look for. The default finds every indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Words typed by the user; each must match the ID, name, requirement or scoring text.
    pub query: String,
    /// Only indicators of the group with this ID.
    pub group: Option<String>,
    /// Only indicators checked this way.
    pub method: Option<Method>,
    /// Only indicators this department answers for, by its zh or en name as shown.
    pub department: Option<String>,
}

/// The indicators of `pack` that satisfy every filter, in pack order.
pub fn search<'p>(pack: &'p Pack, filters: &Filters) -> Vec<&'p Indicator> {
    let terms: Vec<String> = filters
        .query
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    pack.groups
        .iter()
        .filter(|g| filters.group.as_deref().is_none_or(|id| g.id == id))
        .flat_map(|g| &g.indicators)
        .filter(|ind| filters.method.is_none_or(|m| ind.methods.contains(&m)))
        .filter(|ind| {
            let wanted = filters.department.as_deref();
            wanted.is_none_or(|d| ind.departments.iter().any(|t| names(t, d)))
        })
        .filter(|ind| matches_terms(ind, &terms))
        .collect()
}

/// The one indicator a jump box means by `query`: the indicator whose ID is its first word
/// however it is typed (`c04`, `C04`, `c-4`, `C-04 检验检测能力` from a suggestion), otherwise
/// the first that [`search`] finds for the whole query. One rule for IDs, shared with the
/// criteria browser's search.
pub fn find<'p>(pack: &'p Pack, query: &str) -> Option<&'p Indicator> {
    let key = id_key(query.split_whitespace().next()?);
    pack.indicators()
        .find(|i| {
            let id = id_key(&i.id);
            id == key || same_number(&id, &key)
        })
        .or_else(|| {
            let filters = Filters {
                query: query.to_owned(),
                ..Filters::default()
            };
            search(pack, &filters).into_iter().next()
        })
}

/// Every distinct department of `pack`, in order of first appearance: the filter's choices.
/// Two entries with the same Chinese name are the same department.
pub fn departments(pack: &Pack) -> Vec<Text> {
    let mut seen: Vec<Text> = Vec::new();
    for dept in pack.indicators().flat_map(|i| &i.departments) {
        if !seen.iter().any(|s| s.zh == dept.zh) {
            seen.push(dept.clone());
        }
    }
    seen
}

/// True when `wanted` is the department's zh or en name (ignoring surrounding spaces and, for
/// English, case).
fn names(dept: &Text, wanted: &str) -> bool {
    let wanted = wanted.trim();
    !wanted.is_empty() && (dept.zh.trim() == wanted || dept.en.trim().eq_ignore_ascii_case(wanted))
}

/// True when every term (already lowercased) matches the indicator.
fn matches_terms(ind: &Indicator, terms: &[String]) -> bool {
    terms.is_empty()
        || matches(
            &ind.id,
            &haystack(&[&ind.name, &ind.requirement, &ind.scoring]),
            terms,
        )
}

/// True when every term matches the ID or the lowercased texts.
fn matches(id: &str, text: &str, terms: &[String]) -> bool {
    let id = id_key(id);
    terms.iter().all(|term| {
        let key = id_key(term);
        (!key.is_empty() && (id.contains(&key) || same_number(&id, &key)))
            || text.contains(term.as_str())
    })
}

/// `c2` names `c02`: the same letters and the same number, however many leading zeros.
fn same_number(id: &str, key: &str) -> bool {
    let split = |s: &str| {
        let at = s.find(|c: char| c.is_ascii_digit())?;
        let (letters, digits) = s.split_at(at);
        let number: u64 = digits.parse().ok()?;
        (!letters.is_empty()).then(|| (letters.to_owned(), number))
    };
    matches!((split(id), split(key)), (Some(a), Some(b)) if a == b)
}

/// The veto items whose ID, name or description match every term of `query`, in pack order
/// (the structural filters do not apply: a veto item has no group, method or department).
pub fn search_vetoes<'p>(pack: &'p Pack, query: &str) -> Vec<&'p Veto> {
    let terms: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    pack.vetoes
        .iter()
        .filter(|v| {
            terms.is_empty() || matches(&v.id, &haystack(&[&v.name, &v.description]), &terms)
        })
        .collect()
}

/// An ID or typed term as compared: lowercase, without hyphens, so `C-02`, `c02` and `c-0`
/// line up.
fn id_key(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Searchable texts in both languages, lowercased, one per line so that no match spans two of
/// them.
fn haystack(texts: &[&Text]) -> String {
    texts
        .iter()
        .flat_map(|t| [t.zh.as_str(), t.en.as_str()])
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}
