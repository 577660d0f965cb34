//! Searching the default pack: IDs however typed, Chinese and English substrings, every term
//! required, and the group, method and department filters alone and together.

use fscity_core::pack::{default_pack, Method, Pack};
use fscity_core::search::{departments, search, search_vetoes, Filters};

fn pack() -> Pack {
    default_pack().expect("default pack loads")
}

fn ids(pack: &Pack, filters: &Filters) -> Vec<String> {
    search(pack, filters).iter().map(|i| i.id.clone()).collect()
}

fn query(q: &str) -> Filters {
    Filters {
        query: q.into(),
        ..Filters::default()
    }
}

#[test]
fn no_filters_and_a_blank_query_find_all_54_and_the_bonus_items_in_pack_order() {
    let pack = pack();
    let all: Vec<String> = pack.indicators().map(|i| i.id.clone()).collect();
    assert_eq!(all.len(), 54 + 3);
    assert_eq!(ids(&pack, &Filters::default()), all);
    assert_eq!(ids(&pack, &query("   \u{3000} ")), all);
}

#[test]
fn a_chinese_substring_finds_names_requirements_and_scoring() {
    let pack = pack();
    let found = ids(&pack, &query("抽检"));
    assert!(found.contains(&"C-02".to_owned()), "{found:?}");
    assert!(found.contains(&"C-03".to_owned()), "{found:?}");
    assert!(!found.contains(&"P-17".to_owned()), "{found:?}");
    assert_eq!(ids(&pack, &query("校园")), ["P-17"]);
}

#[test]
fn english_matches_ignore_case() {
    let pack = pack();
    assert_eq!(ids(&pack, &query("CANTEEN")), ids(&pack, &query("canteen")));
    assert!(ids(&pack, &query("Canteen")).contains(&"P-16".to_owned()));
}

#[test]
fn an_id_matches_however_it_is_typed() {
    let pack = pack();
    for typed in ["C-02", "c-02", "c02", "C02"] {
        assert_eq!(ids(&pack, &query(typed)), ["C-02"], "{typed}");
    }
    let prefix = ids(&pack, &query("c-0"));
    assert_eq!(prefix.len(), 9, "C-01 … C-09: {prefix:?}");
    assert!(prefix.iter().all(|id| id.starts_with("C-0")), "{prefix:?}");
}

#[test]
fn every_term_must_match() {
    let pack = pack();
    let either = ids(&pack, &query("明厨亮灶"));
    assert!(either.len() > 1, "{either:?}");
    assert_eq!(ids(&pack, &query("明厨亮灶 学校")), ["P-16"]);
    assert_eq!(ids(&pack, &query("p-1 校园")), ["P-17"]);
}

#[test]
fn a_query_that_matches_nothing_finds_nothing() {
    let pack = pack();
    assert!(ids(&pack, &query("火星基地")).is_empty());
    assert!(ids(&pack, &query("抽检 校园")).is_empty());
}

#[test]
fn the_group_filter_keeps_one_group() {
    let pack = pack();
    let filters = Filters {
        group: Some("capacity".into()),
        ..Filters::default()
    };
    let found = ids(&pack, &filters);
    assert_eq!(found.len(), 13);
    assert!(found.iter().all(|id| id.starts_with("C-")), "{found:?}");
    let unknown = Filters {
        group: Some("nope".into()),
        ..Filters::default()
    };
    assert!(ids(&pack, &unknown).is_empty());
}

#[test]
fn the_method_filter_keeps_indicators_checked_that_way() {
    let pack = pack();
    let covert = Filters {
        method: Some(Method::CovertInspection),
        ..Filters::default()
    };
    assert_eq!(
        ids(&pack, &covert),
        ["B-12", "P-11", "P-12", "P-13", "P-14", "P-15", "P-17"]
    );
    let survey = Filters {
        method: Some(Method::Survey),
        ..Filters::default()
    };
    assert_eq!(ids(&pack, &survey), ["B-16", "B-17"]);
}

#[test]
fn the_department_filter_takes_the_zh_or_en_name() {
    let pack = pack();
    let by = |name: &str| Filters {
        department: Some(name.into()),
        ..Filters::default()
    };
    let zh = ids(&pack, &by("城市管理综合执法局"));
    assert_eq!(zh, ["P-15", "P-17"]);
    let en = ids(&pack, &by("urban management and law enforcement bureau"));
    assert_eq!(en, zh);
    assert!(ids(&pack, &by("不存在的部门")).is_empty());
}

#[test]
fn filters_combine() {
    let pack = pack();
    let filters = Filters {
        query: "餐饮".into(),
        group: Some("operations".into()),
        method: Some(Method::CovertInspection),
        department: Some("市场监管局".into()),
    };
    assert_eq!(ids(&pack, &filters), ["P-14", "P-15"]);
    let narrower = Filters {
        department: Some("城市管理综合执法局".into()),
        ..filters
    };
    assert_eq!(ids(&pack, &narrower), ["P-15"]);
}

#[test]
fn departments_are_listed_once_in_order_of_first_appearance() {
    let pack = pack();
    let list = departments(&pack);
    let names: Vec<&str> = list.iter().map(|d| d.zh.as_str()).collect();
    assert_eq!(
        &names[..3],
        [
            "市委办公室",
            "市政府办公室",
            "市食品安全委员会办公室（食安办）"
        ]
    );
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "no duplicates");
    // Every department listed finds something, and every indicator's department is listed.
    for dept in &list {
        let filters = Filters {
            department: Some(dept.zh.clone()),
            ..Filters::default()
        };
        assert!(!search(&pack, &filters).is_empty(), "{}", dept.zh);
    }
    for ind in pack.indicators() {
        for d in &ind.departments {
            assert!(names.contains(&d.zh.as_str()), "{}: {}", ind.id, d.zh);
        }
    }
}

#[test]
fn an_id_typed_without_its_leading_zero_finds_the_indicator() {
    let pack = pack();
    for typed in ["c-2", "C2", "c02", "C-02"] {
        assert_eq!(ids(&pack, &query(typed)), ["C-02"], "{typed}");
    }
    // The same letters are needed: "b-2" is B-02, not C-02.
    assert_eq!(ids(&pack, &query("b-2")), ["B-02"]);
}

#[test]
fn the_search_filters_the_veto_items_too() {
    let pack = pack();
    let vetoes = |q: &str| -> Vec<String> {
        search_vetoes(&pack, q)
            .iter()
            .map(|v| v.id.clone())
            .collect()
    };
    assert_eq!(
        vetoes("").len(),
        pack.vetoes.len(),
        "no query: every veto item"
    );
    assert_eq!(vetoes("v-1"), ["V-01"]);
    assert_eq!(vetoes("事故"), ["V-01"]);
    assert!(vetoes("抽检 电视台").is_empty(), "every term must match");
}

#[test]
fn the_jump_box_finds_an_id_however_it_is_typed() {
    let pack = pack();
    for typed in ["C-04", "c04", "C04", "c-4", " c4 ", "C-04 检验检测能力"] {
        assert_eq!(
            fscity_core::search::find(&pack, typed).map(|i| i.id.as_str()),
            Some("C-04"),
            "{typed:?}"
        );
    }
    assert_eq!(
        fscity_core::search::find(&pack, "c02").map(|i| i.id.as_str()),
        Some("C-02")
    );
}

#[test]
fn the_jump_box_finds_a_name_and_nothing_for_blank_or_unknown_text() {
    let pack = pack();
    let found = fscity_core::search::find(&pack, "检验检测").expect("a name finds its indicator");
    assert!(found.name.zh.contains("检验检测") || found.requirement.zh.contains("检验检测"));
    assert!(fscity_core::search::find(&pack, "   ").is_none());
    assert!(fscity_core::search::find(&pack, "Z-99").is_none());
    assert!(fscity_core::search::find(&pack, "完全不存在的词").is_none());
}
