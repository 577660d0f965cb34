//! Meaning checks on a parsed pack: the things JSON shape cannot say (IDs unique, points adding
//! up, thresholds ascending, references resolving). All problems are collected.

use super::error::{Location, PackError, PackErrorKind};
use super::model::*;
use crate::{Points, Text};
use std::collections::HashSet;

/// Checks a parsed pack; every problem found, each with its location.
pub fn validate(pack: &Pack) -> Result<(), Vec<PackError>> {
    let mut c = Checker {
        pack,
        errors: Vec::new(),
    };
    c.pack_fields();
    c.groups();
    c.vetoes();
    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

struct Checker<'p> {
    pack: &'p Pack,
    errors: Vec<PackError>,
}

fn is_good_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && !id.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl Checker<'_> {
    fn push(&mut self, location: Location, kind: PackErrorKind) {
        self.errors.push(PackError::new(location, kind));
    }

    fn text(&mut self, text: &Text, location: impl FnOnce() -> Location) {
        if text.lacks_zh() {
            self.push(location(), PackErrorKind::MissingZhText);
        }
    }

    /// Checks IDs are well formed and unique; `at` builds the location of the n-th one.
    fn ids<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        at: impl Fn(&str, usize) -> Location,
    ) {
        let mut seen = HashSet::new();
        for (n, id) in ids.enumerate() {
            if !is_good_id(id) {
                self.push(at(id, n), PackErrorKind::BadId { id: id.to_owned() });
            } else if !seen.insert(id) {
                self.push(at(id, n), PackErrorKind::DuplicateId { id: id.to_owned() });
            }
        }
    }

    fn sum(&mut self, stated: Points, sum: Points, location: impl FnOnce() -> Location) {
        if stated != sum {
            let kind = PackErrorKind::PointsDoNotSum {
                stated: stated.to_string(),
                sum: sum.to_string(),
            };
            self.push(location(), kind);
        }
    }

    fn pack_fields(&mut self) {
        let pack = self.pack;
        if !is_good_id(&pack.id) {
            self.push(
                Location::pack("id"),
                PackErrorKind::BadId {
                    id: pack.id.clone(),
                },
            );
        }
        for (field, text) in [
            ("title", &pack.title),
            ("issuer", &pack.issuer),
            ("provenance", &pack.provenance),
        ] {
            self.text(text, || Location::pack(field));
        }
        self.text(&pack.pass_rule.summary, || {
            Location::pack("pass_rule.summary")
        });
        self.ids(pack.sources.iter().map(|s| s.id.as_str()), |_, n| {
            Location::pack(format!("sources[{n}].id"))
        });
        for (n, source) in pack.sources.iter().enumerate() {
            for (field, url) in [("url", &source.url), ("copy_url", &source.copy_url)] {
                if !url.trim().is_empty() && super::link::web_link(url).is_none() {
                    self.push(
                        Location::pack(format!("sources[{n}].{field}")),
                        PackErrorKind::UnsafeLink { url: url.clone() },
                    );
                }
            }
        }
        self.ids(pack.retired.iter().map(|r| r.id.as_str()), |_, n| {
            Location::pack(format!("retired[{n}].id"))
        });
        if pack.pass_rule.min_total > pack.total_points || pack.pass_rule.min_total.is_negative() {
            self.push(
                Location::pack("pass_rule.min_total"),
                PackErrorKind::PassMarkAboveTotal,
            );
        }
        if pack.groups.is_empty() {
            self.push(Location::pack("groups"), PackErrorKind::Empty);
        } else if pack.base_groups().next().is_none() {
            self.push(Location::pack("groups"), PackErrorKind::NoBaseGroup);
        }
        let sum = pack.base_groups().map(|g| g.points).sum();
        self.sum(pack.total_points, sum, || Location::pack("total_points"));
    }

    fn groups(&mut self) {
        let pack = self.pack;
        self.ids(pack.groups.iter().map(|g| g.id.as_str()), |id, _| {
            Location::group(id, "id")
        });
        self.ids(pack.indicators().map(|i| i.id.as_str()), |id, _| {
            Location::indicator(id, "id")
        });
        for ind in pack.indicators() {
            self.not_retired(&ind.id, || Location::indicator(&ind.id, "id"));
        }
        for group in &pack.groups {
            self.text(&group.name, || Location::group(&group.id, "name.zh"));
            if group.indicators.is_empty() {
                self.push(
                    Location::group(&group.id, "indicators"),
                    PackErrorKind::Empty,
                );
            }
            let sum = group.indicators.iter().map(|i| i.max_points).sum();
            self.sum(group.points, sum, || Location::group(&group.id, "points"));
            if let Some(bonus) = group.bonus {
                self.bonus(group, bonus);
            }
            for indicator in &group.indicators {
                self.indicator(indicator);
            }
        }
    }

    fn not_retired(&mut self, id: &str, location: impl FnOnce() -> Location) {
        if let Some(retired) = self.pack.retired(id) {
            let kind = PackErrorKind::RetiredIdReused {
                id: id.to_owned(),
                version: retired.version,
            };
            self.push(location(), kind);
        }
    }

    fn bonus(&mut self, group: &Group, bonus: Bonus) {
        if bonus.cap <= Points::ZERO || bonus.cap > group.points {
            let kind = PackErrorKind::BonusCapOutOfRange {
                cap: bonus.cap.to_string(),
                points: group.points.to_string(),
            };
            self.push(Location::group(&group.id, "bonus.cap"), kind);
        }
        for ind in group.indicators.iter().filter(|i| i.key_item.is_some()) {
            self.push(
                Location::indicator(&ind.id, "key_item"),
                PackErrorKind::KeyItemInBonus,
            );
        }
    }

    fn indicator(&mut self, ind: &Indicator) {
        let at = |field: &str| Location::indicator(&ind.id, field);
        for (field, text) in [
            ("name", &ind.name),
            ("requirement", &ind.requirement),
            ("scoring", &ind.scoring),
        ] {
            self.text(text, || at(&format!("{field}.zh")));
        }
        for (n, text) in ind.evidence.iter().enumerate() {
            self.text(text, || at(&format!("evidence[{n}].zh")));
        }
        for (n, text) in ind.departments.iter().enumerate() {
            self.text(text, || at(&format!("departments[{n}].zh")));
        }
        if ind.methods.is_empty() {
            self.push(at("methods"), PackErrorKind::Empty);
        }
        if ind.max_points.is_negative() {
            self.push(at("max_points"), PackErrorKind::NotPositive);
        }
        if let Some(key) = ind.key_item {
            if key.floor_percent > 100 {
                self.push(
                    at("key_item.floor_percent"),
                    PackErrorKind::FloorAbove100 {
                        floor: key.floor_percent,
                    },
                );
            }
        }
        self.provenance(&ind.provenance, |field| Location::indicator(&ind.id, field));
        self.rule(ind);
    }

    fn provenance(&mut self, provenance: &Provenance, at: impl Fn(&str) -> Location) {
        for (n, source) in provenance.sources.iter().enumerate() {
            if self.pack.source(source).is_none() {
                self.push(
                    at(&format!("provenance.sources[{n}]")),
                    PackErrorKind::UnknownSource {
                        source: source.clone(),
                    },
                );
            }
        }
    }

    fn rule(&mut self, ind: &Indicator) {
        let at = |field: String| Location::indicator(&ind.id, field);
        let best = match &ind.rule {
            Rule::Levels { levels } => {
                self.ids(levels.iter().map(|l| l.id.as_str()), |_, n| {
                    at(format!("rule.levels[{n}].id"))
                });
                for (n, level) in levels.iter().enumerate() {
                    self.text(&level.name, || at(format!("rule.levels[{n}].name.zh")));
                    if level.points.is_negative() {
                        self.push(
                            at(format!("rule.levels[{n}].points")),
                            PackErrorKind::NotPositive,
                        );
                    }
                }
                levels.iter().map(|l| l.points).max()
            }
            Rule::SubItems { items, .. } => {
                self.ids(items.iter().map(|i| i.id.as_str()), |_, n| {
                    at(format!("rule.items[{n}].id"))
                });
                for (n, item) in items.iter().enumerate() {
                    self.text(&item.text, || at(format!("rule.items[{n}].text.zh")));
                    if item.points.is_negative() {
                        self.push(
                            at(format!("rule.items[{n}].points")),
                            PackErrorKind::NotPositive,
                        );
                    }
                }
                (!items.is_empty()).then(|| items.iter().map(|i| i.points).sum())
            }
            Rule::Deductions {
                per_finding,
                finding,
            } => {
                self.text(finding, || at("rule.finding.zh".into()));
                if *per_finding <= Points::ZERO {
                    self.push(at("rule.per_finding".into()), PackErrorKind::NotPositive);
                }
                Some(ind.max_points)
            }
            Rule::Calculator(calc) => {
                self.calculator_inputs(&calc.spec, &at);
                self.thresholds(&calc.thresholds, &at);
                calc.thresholds.last().map(|t| t.points)
            }
        };
        match best {
            None => {
                let field = match &ind.rule {
                    Rule::Levels { .. } => "rule.levels",
                    Rule::SubItems { .. } => "rule.items",
                    _ => "rule.thresholds",
                };
                self.push(at(field.into()), PackErrorKind::Empty);
            }
            Some(best) if best != ind.max_points => {
                let kind = PackErrorKind::RuleMaxMismatch {
                    rule_max: best.to_string(),
                    max_points: ind.max_points.to_string(),
                };
                self.push(at("rule".into()), kind);
            }
            Some(_) => {}
        }
    }

    fn calculator_inputs(&mut self, spec: &CalcSpec, at: &dyn Fn(String) -> Location) {
        let CalcSpec {
            inputs,
            formula,
            result_unit: unit,
        } = spec;
        if inputs.is_empty() {
            self.push(at("rule.inputs".into()), PackErrorKind::Empty);
        }
        self.ids(inputs.iter().map(|i| i.id.as_str()), |_, n| {
            at(format!("rule.inputs[{n}].id"))
        });
        for (n, input) in inputs.iter().enumerate() {
            self.text(&input.label, || at(format!("rule.inputs[{n}].label.zh")));
        }
        self.text(unit, || at("rule.result_unit.zh".into()));
        for name in formula.input_ids() {
            if !inputs.iter().any(|i| i.id == name) {
                self.push(
                    at("rule.formula".into()),
                    PackErrorKind::UnknownInput {
                        input: name.to_owned(),
                    },
                );
            }
        }
    }

    fn thresholds(&mut self, thresholds: &[Threshold], at: &dyn Fn(String) -> Location) {
        for (n, pair) in thresholds.windows(2).enumerate() {
            if pair[1].at_least <= pair[0].at_least || pair[1].points < pair[0].points {
                self.push(
                    at(format!("rule.thresholds[{}]", n + 1)),
                    PackErrorKind::ThresholdOutOfOrder { index: n + 1 },
                );
            }
        }
        for (n, t) in thresholds.iter().enumerate() {
            if t.points.is_negative() {
                self.push(
                    at(format!("rule.thresholds[{n}].points")),
                    PackErrorKind::NotPositive,
                );
            }
        }
    }

    fn vetoes(&mut self) {
        let pack = self.pack;
        self.ids(pack.vetoes.iter().map(|v| v.id.as_str()), |id, _| {
            Location::veto(id, "id")
        });
        for veto in &pack.vetoes {
            self.not_retired(&veto.id, || Location::veto(&veto.id, "id"));
            let at = |field: String| Location::veto(&veto.id, field);
            self.text(&veto.name, || at("name.zh".into()));
            self.text(&veto.description, || at("description.zh".into()));
            self.provenance(&veto.provenance, |field| Location::veto(&veto.id, field));
            match &veto.test {
                VetoTest::Declaration { question } => {
                    self.text(question, || at("test.question.zh".into()))
                }
                VetoTest::Threshold {
                    value: VetoValue::Indicator { indicator },
                    ..
                } => {
                    let is_calculator = pack
                        .indicator(indicator)
                        .is_some_and(|i| matches!(i.rule, Rule::Calculator(_)));
                    if !is_calculator {
                        self.push(
                            at("test.value.indicator".into()),
                            PackErrorKind::BadIndicatorRef {
                                id: indicator.clone(),
                            },
                        );
                    } else if pack.is_bonus_indicator(indicator) {
                        self.push(
                            at("test.value.indicator".into()),
                            PackErrorKind::VetoReadsBonus {
                                id: indicator.clone(),
                            },
                        );
                    }
                }
                VetoTest::Threshold {
                    value: VetoValue::Calculator(spec),
                    ..
                } => {
                    let at_test = |field: String| at(field.replacen("rule.", "test.value.", 1));
                    self.calculator_inputs(spec, &at_test);
                }
            }
        }
    }
}
