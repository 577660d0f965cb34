//! Every way reading a record or an import can fail, each from a crafted input, with its
//! message checked in both languages.

mod saved_support;

use fscity_core::saved::{
    read_import, read_record, Expected, Foreign, NumberProblem, ReadError, MAX_FILE_BYTES,
};
use fscity_core::Pack;
use saved_support::*;
use serde_json::json;

fn import(text: &str) -> Result<fscity_core::Import, ReadError> {
    let pack = pack();
    read_import(text, &[&pack])
}

/// The error of reading `text` both as a record and as an import, which must agree.
fn error_of(text: &str) -> ReadError {
    let as_import = import(text).unwrap_err();
    assert_eq!(read_record(text).unwrap_err(), as_import);
    as_import
}

fn figure_at(text: &str, indicator: &str, input: &str, figure: serde_json::Value) -> String {
    edited(text, |doc| {
        doc["assessment"]["entries"][indicator]["answer"]["values"][input] = figure
    })
}

#[test]
fn a_file_over_five_megabytes_is_refused_before_parsing() {
    let text = " ".repeat(6_500_000);
    assert_eq!(error_of(&text), ReadError::TooLarge { bytes: 6_500_000 });
    assert_eq!(
        both(&error_of(&text)),
        (
            "文件过大（6.2 MB），上限为 5 MB".into(),
            "The file is too large (6.2 MB); the limit is 5 MB".into()
        )
    );
    let just_over = "x".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        both(&error_of(&just_over)).1,
        "The file is too large (5.1 MB); the limit is 5 MB"
    );
    let at_limit = " ".repeat(MAX_FILE_BYTES);
    assert!(matches!(error_of(&at_limit), ReadError::NotABackup));
}

#[test]
fn text_that_is_not_json_names_the_line_and_column() {
    let text = "{\n  \"format\": \"fscity-assessment\",\n  oops\n}";
    let error = error_of(text);
    assert_eq!(error, ReadError::NotJson { line: 3, column: 3 });
    assert_eq!(
        both(&error),
        (
            "文件不是有效的 JSON（第 3 行第 3 列出错）".into(),
            "The file is not valid JSON (error at line 3, column 3)".into()
        )
    );
    assert!(matches!(
        error_of("[1, 2"),
        ReadError::NotJson { line: 1, .. }
    ));
}

#[test]
fn a_file_that_is_not_json_at_all_is_called_what_it_is_not() {
    // A spreadsheet export, a text, an empty file: not "error at line 1, column 1".
    for text in ["指标,得分\nB-01,2", "", "NaN", "   \n"] {
        assert_eq!(error_of(text), ReadError::NotABackup, "{text:?}");
    }
    assert_eq!(
        both(&ReadError::NotABackup),
        (
            "这不是本工具的备份文件：fscity 的备份是它导出的 .json 文件".into(),
            "This is not an fscity backup: fscity backups are the .json files it exports".into()
        )
    );
}

#[test]
fn a_criteria_pack_is_recognised_and_refused_as_an_assessment() {
    let pack_json = fscity_core::pack::embedded_packs()[0].json;
    let error = import(pack_json).unwrap_err();
    assert_eq!(
        error,
        ReadError::NotFscity {
            found: Foreign::Pack,
            expected: Expected::RecordOrBackup
        }
    );
    assert_eq!(
        both(&error),
        (
            "这不是可读取的 fscity 自评数据：它是评价细则数据包，而非自评；应为fscity 自评或备份文件（format 为 fscity-assessment 或 fscity-backup）".into(),
            "This is not fscity assessment data that can be read here: it is a criteria pack, not an assessment; expected an fscity assessment or backup (format \"fscity-assessment\" or \"fscity-backup\")".into()
        )
    );
}

#[test]
fn json_of_another_kind_says_what_it_is_and_what_was_expected() {
    let cases = [
        (
            "[1, 2, 3]",
            Foreign::NotAnObject,
            "its content is not a JSON object",
        ),
        (
            "\"fscity\"",
            Foreign::NotAnObject,
            "its content is not a JSON object",
        ),
        (
            r#"{"format": "wcag-em-report", "schema_version": 2}"#,
            Foreign::OtherFormat {
                format: "wcag-em-report".into(),
            },
            "its format is \"wcag-em-report\"",
        ),
        (
            r#"{"name": "a todo list", "items": []}"#,
            Foreign::Unrecognized,
            "it has no \"format\" field and does not look like an assessment",
        ),
        (
            r#"{"format": 2}"#,
            Foreign::Unrecognized,
            "it has no \"format\" field and does not look like an assessment",
        ),
    ];
    for (text, found, en_part) in cases {
        let error = import(text).unwrap_err();
        assert_eq!(
            error,
            ReadError::NotFscity {
                found: found.clone(),
                expected: Expected::RecordOrBackup
            },
            "{text}"
        );
        assert!(both(&error).1.contains(en_part), "{text}");
    }
    assert_eq!(
        both(&import(r#"{"format": "wcag-em-report"}"#).unwrap_err()).0,
        "这不是可读取的 fscity 自评数据：其格式为“wcag-em-report”；应为fscity 自评或备份文件（format 为 fscity-assessment 或 fscity-backup）"
    );
}

#[test]
fn a_backup_is_not_accepted_where_one_record_is_expected() {
    let error = read_record(V9_BACKUP).unwrap_err();
    assert_eq!(
        error,
        ReadError::NotFscity {
            found: Foreign::Backup,
            expected: Expected::Record
        }
    );
    assert_eq!(
        both(&error),
        (
            "这不是可读取的 fscity 自评数据：它是包含多份自评的备份；应为单份自评（format 为 fscity-assessment）".into(),
            "This is not fscity assessment data that can be read here: it is a backup of several assessments; expected one assessment (format \"fscity-assessment\")".into()
        )
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_with_a_request_to_update() {
    let newer = edited(V9, |doc| doc["schema_version"] = json!(10));
    let error = error_of(&newer);
    assert_eq!(
        error,
        ReadError::NewerVersion {
            found: 10,
            supported: 9
        }
    );
    assert_eq!(
        both(&error),
        (
            "该文件由较新版本的 fscity 保存（格式版本 10，本工具最高支持 9），请先更新本工具".into(),
            "This file was saved by a newer version of fscity (format version 10; this tool reads up to 9); update the tool first".into()
        )
    );
    let newer_record_in_backup = edited(V9_BACKUP, |doc| {
        doc["assessments"][1]["schema_version"] = json!(10)
    });
    assert_eq!(
        import(&newer_record_in_backup),
        Err(ReadError::NewerVersion {
            found: 10,
            supported: 9
        })
    );
    let newer_backup = edited(V9_BACKUP, |doc| doc["schema_version"] = json!(99));
    assert!(matches!(
        import(&newer_backup),
        Err(ReadError::NewerVersion { found: 99, .. })
    ));
    // A newer record is refused even when it would otherwise not parse as today's shape.
    let strange =
        r#"{"format": "fscity-assessment", "schema_version": 10, "everything": "changed"}"#;
    assert!(matches!(
        error_of(strange),
        ReadError::NewerVersion { found: 10, .. }
    ));
}

#[test]
fn an_envelope_claiming_a_version_that_never_had_one_is_refused() {
    let text = edited(V9, |doc| doc["schema_version"] = json!(1));
    let error = error_of(&text);
    assert_eq!(error, ReadError::UnknownVersion { found: 1 });
    assert_eq!(
        both(&error),
        (
            "文件的格式版本 1 无效，fscity 从未写出过这一版本".into(),
            "The file's format version 1 is not valid; no version of fscity writes it".into()
        )
    );
}

#[test]
fn an_import_naming_a_pack_this_tool_lacks_is_refused() {
    let text = edited(V9, |doc| {
        doc["pack_id"] = json!("nfsdc-2030");
        doc["assessment"]["pack_id"] = json!("nfsdc-2030");
    });
    assert!(
        read_record(&text).is_ok(),
        "a record needs no pack to be read"
    );
    let error = import(&text).unwrap_err();
    assert_eq!(
        error,
        ReadError::UnknownPack {
            id: "nfsdc-2030".into()
        }
    );
    assert_eq!(
        both(&error),
        (
            "文件所用的评价细则数据包“nfsdc-2030”在本工具中没有，无法导入".into(),
            "The file uses the criteria pack \"nfsdc-2030\", which this tool does not have, so it cannot be imported".into()
        )
    );
    let no_packs: [&Pack; 0] = [];
    assert!(matches!(
        read_import(V9, &no_packs),
        Err(ReadError::UnknownPack { .. })
    ));
}

#[test]
fn a_wrong_shape_names_the_path_of_the_field() {
    let text = edited(V9, |doc| doc["revision"] = json!("twelve"));
    let error = error_of(&text);
    assert_eq!(
        error,
        ReadError::WrongShape {
            path: "revision".into(),
            detail: "invalid type: string \"twelve\", expected u64".into()
        }
    );
    assert_eq!(
        both(&error),
        (
            "文件结构有误（位置 revision）：invalid type: string \"twelve\", expected u64".into(),
            "The file's structure is wrong at revision: invalid type: string \"twelve\", expected u64".into()
        )
    );

    let text = edited(V9, |doc| {
        doc["assessment"]["entries"]["B-01"]["answer"] = json!({"type": "stars", "stars": 5})
    });
    assert_eq!(
        error_of(&text),
        ReadError::WrongShape {
            path: "assessment.entries.B-01.answer.type".into(),
            detail: "unknown variant `stars`, expected one of `level`, `sub_items`, `findings`, `inputs`, `not_applicable`".into()
        }
    );

    let text = edited(V9, |doc| {
        doc.as_object_mut().unwrap().remove("assessment");
    });
    let error = error_of(&text);
    assert_eq!(
        error,
        ReadError::WrongShape {
            path: "".into(),
            detail: "missing field `assessment`".into()
        }
    );
    assert_eq!(
        both(&error),
        (
            "文件结构有误：missing field `assessment`".into(),
            "The file's structure is wrong: missing field `assessment`".into()
        )
    );
}

#[test]
fn a_wrong_shape_inside_a_backup_names_the_assessment_it_is_in() {
    let text = edited(V9_BACKUP, |doc| {
        doc["assessments"][1]["assessment"]["veto_declarations"]["V-01"] = json!("no")
    });
    assert_eq!(
        import(&text).unwrap_err(),
        ReadError::WrongShape {
            path: "assessments[1].assessment.veto_declarations.V-01".into(),
            detail: "invalid type: string \"no\", expected a boolean".into()
        }
    );
    let text = edited(V9_BACKUP, |doc| doc["assessments"][0] = json!([1]));
    assert_eq!(
        import(&text).unwrap_err(),
        ReadError::WrongShape {
            path: "assessments[0]".into(),
            detail: "expected one assessment (format \"fscity-assessment\")".into()
        }
    );
}

#[test]
fn an_envelope_that_contradicts_its_assessment_is_refused() {
    let text = edited(V9, |doc| doc["pack_version"] = json!(9));
    assert!(matches!(
        error_of(&text),
        ReadError::WrongShape { path, .. } if path == "pack_version"
    ));
    let text = edited(V9, |doc| doc["pack_id"] = json!("other"));
    assert!(matches!(
        read_record(&text),
        Err(ReadError::WrongShape { path, .. }) if path == "pack_id"
    ));
}

#[test]
fn a_negative_figure_is_refused_with_its_path_and_value() {
    let text = figure_at(V9, "C-02", "batches", json!(-4800));
    let error = error_of(&text);
    assert_eq!(
        error,
        ReadError::BadNumber {
            path: "assessment.entries.C-02.answer.values.batches".into(),
            found: "-4800".into(),
            problem: NumberProblem::Negative
        }
    );
    assert_eq!(
        both(&error),
        (
            "数字无效（位置 assessment.entries.C-02.answer.values.batches，值为 -4800）：不能为负数".into(),
            "Invalid number at assessment.entries.C-02.answer.values.batches (the value is -4800): it cannot be negative".into()
        )
    );
    // Figures are checked after migration, so an old version's are checked the same way.
    assert_eq!(
        error_of(&figure_at(V2, "C-02", "batches", json!(-4800))),
        error
    );
}

#[test]
fn nan_like_figures_are_not_numbers() {
    // JSON.stringify writes NaN and Infinity as null; hand-edited files may spell them out.
    for figure in [
        json!(null),
        json!("NaN"),
        json!("Infinity"),
        json!("12"),
        json!(true),
    ] {
        let text = figure_at(V9, "B-16", "awareness", figure.clone());
        let error = error_of(&text);
        assert!(
            matches!(
                &error,
                ReadError::BadNumber { problem: NumberProblem::NotANumber, path, .. }
                    if path == "assessment.entries.B-16.answer.values.awareness"
            ),
            "{figure}: {error:?}"
        );
    }
    let error = error_of(&figure_at(V9, "B-16", "awareness", json!(null)));
    assert_eq!(
        both(&error),
        (
            "数字无效（位置 assessment.entries.B-16.answer.values.awareness，值为 null）：不是数字".into(),
            "Invalid number at assessment.entries.B-16.answer.values.awareness (the value is null): it is not a number".into()
        )
    );
}

#[test]
fn huge_and_over_precise_figures_are_refused() {
    let error = error_of(&figure_at(V9, "B-05", "current", json!(1e13)));
    assert_eq!(
        error,
        ReadError::BadNumber {
            path: "assessment.entries.B-05.answer.values.current".into(),
            found: "10000000000000.0".into(),
            problem: NumberProblem::AboveMax {
                max: 1_000_000_000_000
            }
        }
    );
    assert_eq!(
        both(&error).1,
        "Invalid number at assessment.entries.B-05.answer.values.current (the value is 10000000000000.0): it cannot exceed 1,000,000,000,000"
    );
    assert_eq!(
        both(&error).0,
        "数字无效（位置 assessment.entries.B-05.answer.values.current，值为 10000000000000.0）：不能超过 1,000,000,000,000"
    );
    let error = error_of(&figure_at(V9, "B-05", "current", json!(1.1234567)));
    assert!(matches!(
        error,
        ReadError::BadNumber {
            problem: NumberProblem::TooPrecise,
            ..
        }
    ));
    assert_eq!(
        both(&error).1,
        "Invalid number at assessment.entries.B-05.answer.values.current (the value is 1.1234567): it may have at most six decimal places"
    );
    // 1e400 is beyond any float; the JSON parser refuses it.
    let text = V9.replacen("1250.5", "1e400", 1);
    assert!(matches!(error_of(&text), ReadError::NotJson { .. }));
}

#[test]
fn counts_of_findings_and_effort_are_whole_and_capped() {
    let findings = |count: serde_json::Value| {
        edited(V9, |doc| {
            doc["assessment"]["entries"]["P-07"]["answer"]["count"] = count
        })
    };
    let problem = |text: &str| match error_of(text) {
        ReadError::BadNumber { path, problem, .. } => (path, problem),
        other => panic!("expected a bad number, got {other:?}"),
    };
    let at = "assessment.entries.P-07.answer.count".to_owned();
    assert_eq!(
        problem(&findings(json!(-1))),
        (at.clone(), NumberProblem::Negative)
    );
    assert_eq!(
        problem(&findings(json!(2_000_000))),
        (at.clone(), NumberProblem::AboveMax { max: 1_000_000 })
    );
    assert_eq!(
        problem(&findings(json!(1e300))),
        (at.clone(), NumberProblem::AboveMax { max: 1_000_000 })
    );
    assert_eq!(
        problem(&findings(json!(2.5))),
        (at.clone(), NumberProblem::NotWhole)
    );
    assert_eq!(
        problem(&findings(json!("3"))),
        (at.clone(), NumberProblem::NotANumber)
    );
    let error = error_of(&findings(json!(2_000_000)));
    assert_eq!(
        both(&error),
        (
            "数字无效（位置 assessment.entries.P-07.answer.count，值为 2000000）：不能超过 1,000,000".into(),
            "Invalid number at assessment.entries.P-07.answer.count (the value is 2000000): it cannot exceed 1,000,000".into()
        )
    );
    let effort = edited(V9, |doc| {
        doc["assessment"]["entries"]["P-07"]["effort"] = json!(-5)
    });
    assert_eq!(
        problem(&effort),
        (
            "assessment.entries.P-07.effort".into(),
            NumberProblem::Negative
        )
    );
    let effort = edited(V9, |doc| {
        doc["assessment"]["entries"]["P-07"]["effort"] = json!(null)
    });
    assert!(read_record(&effort).is_ok(), "a null effort means none");
}

#[test]
fn veto_figures_are_checked_like_calculator_figures() {
    let text = edited(V9, |doc| {
        doc["assessment"]["veto_inputs"] = json!({"V-09": {"rate": -3}})
    });
    assert_eq!(
        error_of(&text),
        ReadError::BadNumber {
            path: "assessment.veto_inputs.V-09.rate".into(),
            found: "-3".into(),
            problem: NumberProblem::Negative
        }
    );
}

#[test]
fn archived_figures_are_checked_like_calculator_figures() {
    let archived = |index: usize, edit: &dyn Fn(&mut serde_json::Value)| {
        edited(V9, |doc| {
            edit(&mut doc["assessment"]["archive"][index]["entry"])
        })
    };
    let bad = |path: &str, found: &str, problem: NumberProblem| ReadError::BadNumber {
        path: path.into(),
        found: found.into(),
        problem,
    };

    let text = archived(2, &|entry| {
        entry["answer"]["values"]["licensed"] = json!(-912.5)
    });
    let error = error_of(&text);
    assert_eq!(
        error,
        bad(
            "assessment.archive[2].entry.answer.values.licensed",
            "-912.5",
            NumberProblem::Negative
        )
    );
    assert_eq!(
        both(&error),
        (
            "数字无效（位置 assessment.archive[2].entry.answer.values.licensed，值为 -912.5）：不能为负数".into(),
            "Invalid number at assessment.archive[2].entry.answer.values.licensed (the value is -912.5): it cannot be negative".into()
        )
    );
    let text = archived(2, &|entry| {
        entry["answer"]["values"]["inspected"] = json!(1e13)
    });
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[2].entry.answer.values.inspected",
            "10000000000000.0",
            NumberProblem::AboveMax {
                max: 1_000_000_000_000
            }
        )
    );
    let text = archived(2, &|entry| {
        entry["answer"]["values"]["licensed"] = json!(0.1234567)
    });
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[2].entry.answer.values.licensed",
            "0.1234567",
            NumberProblem::TooPrecise
        )
    );
    let text = archived(2, &|entry| {
        entry["answer"]["values"]["licensed"] = json!("912.5")
    });
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[2].entry.answer.values.licensed",
            "\"912.5\"",
            NumberProblem::NotANumber
        )
    );

    let text = archived(0, &|entry| entry["answer"]["count"] = json!(2.5));
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[0].entry.answer.count",
            "2.5",
            NumberProblem::NotWhole
        )
    );
    let text = archived(0, &|entry| entry["answer"]["count"] = json!(2_000_000));
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[0].entry.answer.count",
            "2000000",
            NumberProblem::AboveMax { max: 1_000_000 }
        )
    );
    let text = archived(0, &|entry| entry["effort"] = json!(-4));
    assert_eq!(
        error_of(&text),
        bad(
            "assessment.archive[0].entry.effort",
            "-4",
            NumberProblem::Negative
        )
    );
    let text = archived(0, &|entry| entry["effort"] = json!(null));
    assert!(read_record(&text).is_ok(), "a null effort means none");
}

#[test]
fn archived_veto_figures_are_checked_like_veto_figures() {
    let veto_figure = |input: &str, figure: serde_json::Value| {
        edited(V9, |doc| {
            doc["assessment"]["veto_archive"][1]["answer"]["values"][input] = figure
        })
    };
    let error = error_of(&veto_figure("population", json!(-1_200_000)));
    assert_eq!(
        error,
        ReadError::BadNumber {
            path: "assessment.veto_archive[1].answer.values.population".into(),
            found: "-1200000".into(),
            problem: NumberProblem::Negative
        }
    );
    assert_eq!(
        both(&error).1,
        "Invalid number at assessment.veto_archive[1].answer.values.population (the value is -1200000): it cannot be negative"
    );
    assert!(matches!(
        error_of(&veto_figure("batches", json!(2e12))),
        ReadError::BadNumber { path, problem: NumberProblem::AboveMax { .. }, .. }
            if path == "assessment.veto_archive[1].answer.values.batches"
    ));
    assert!(matches!(
        error_of(&veto_figure("batches", json!(null))),
        ReadError::BadNumber { path, problem: NumberProblem::NotANumber, .. }
            if path == "assessment.veto_archive[1].answer.values.batches"
    ));
    // A declaration has no figures to check.
    let declaration = edited(V9, |doc| {
        doc["assessment"]["veto_archive"][0]["answer"]["happened"] = json!(true)
    });
    assert!(read_record(&declaration).is_ok());
}

#[test]
fn a_bad_archived_figure_inside_a_backup_names_the_assessment_it_is_in() {
    let text = edited(V9_BACKUP, |doc| {
        doc["assessments"][0]["assessment"]["veto_archive"][1]["answer"]["values"]["batches"] =
            json!(-1)
    });
    assert_eq!(
        import(&text).unwrap_err(),
        ReadError::BadNumber {
            path: "assessments[0].assessment.veto_archive[1].answer.values.batches".into(),
            found: "-1".into(),
            problem: NumberProblem::Negative
        }
    );
    let text = edited(V9_BACKUP, |doc| {
        doc["assessments"][0]["assessment"]["archive"][2]["entry"]["answer"]["values"]
            ["inspected"] = json!(-1)
    });
    assert_eq!(
        import(&text).unwrap_err(),
        ReadError::BadNumber {
            path: "assessments[0].assessment.archive[2].entry.answer.values.inspected".into(),
            found: "-1".into(),
            problem: NumberProblem::Negative
        }
    );
}

#[test]
fn figures_unfit_for_their_input_kind_are_refused_when_the_pack_is_known() {
    let cases = [
        (
            "C-02",
            "population",
            json!(0),
            NumberProblem::Zero,
            "必须大于 0",
            "it must be greater than 0",
        ),
        (
            "C-02",
            "batches",
            json!(2.5),
            NumberProblem::NotWhole,
            "应为整数",
            "it must be a whole number",
        ),
        (
            "B-16",
            "awareness",
            json!(120),
            NumberProblem::PercentAbove100,
            "百分比不能超过 100",
            "a percentage cannot exceed 100",
        ),
    ];
    for (indicator, input, figure, expected, zh, en) in cases {
        let text = figure_at(V9, indicator, input, figure.clone());
        assert!(
            read_record(&text).is_ok(),
            "a record is read without its pack"
        );
        let error = import(&text).unwrap_err();
        assert_eq!(
            error,
            ReadError::BadNumber {
                path: format!("assessment.entries.{indicator}.answer.values.{input}"),
                found: figure.to_string(),
                problem: expected
            }
        );
        let (error_zh, error_en) = both(&error);
        assert!(error_zh.ends_with(zh), "{error_zh}");
        assert!(error_en.ends_with(en), "{error_en}");
    }
    let in_backup = edited(V9_BACKUP, |doc| {
        doc["assessments"][1]["assessment"]["entries"]["B-17"]["answer"]["values"]["score"] =
            json!(-1)
    });
    assert!(matches!(
        import(&in_backup),
        Err(ReadError::BadNumber { path, problem: NumberProblem::Negative, .. })
            if path == "assessments[1].assessment.entries.B-17.answer.values.score"
    ));
}

#[test]
fn a_note_of_a_megabyte_is_refused_with_its_length() {
    let note = "很".repeat(1_000_000 / 3);
    let text = edited(V9, |doc| {
        doc["assessment"]["entries"]["B-01"]["notes"] = json!(note)
    });
    let error = error_of(&text);
    assert_eq!(
        error,
        ReadError::TextTooLong {
            path: "assessment.entries.B-01.notes".into(),
            chars: 333_333
        }
    );
    assert_eq!(
        both(&error),
        (
            "文字过长（位置 assessment.entries.B-01.notes，共 333,333 个字符），上限为 100,000 个字符".into(),
            "A text is too long at assessment.entries.B-01.notes (333,333 characters); the limit is 100,000".into()
        )
    );
    let ascii = "a".repeat(1 << 20);
    let text = edited(V9, |doc| doc["assessment"]["city"] = json!(ascii));
    assert!(matches!(
        error_of(&text),
        ReadError::TextTooLong {
            chars: 1_048_576,
            ..
        }
    ));
    let key = "K".repeat(100_001);
    let text = edited(V9, |doc| {
        doc["assessment"]["entries"][key.as_str()] = json!({})
    });
    assert!(matches!(
        error_of(&text),
        ReadError::TextTooLong { chars: 100_001, .. }
    ));
    let exactly = "字".repeat(100_000);
    let text = edited(V9, |doc| {
        doc["assessment"]["entries"]["B-01"]["notes"] = json!(exactly)
    });
    assert!(
        read_record(&text).is_ok(),
        "100,000 characters is the limit, not over it"
    );
}

#[test]
fn a_long_text_inside_a_backup_is_placed_in_its_assessment() {
    let long = "x".repeat(200_000);
    let text = edited(V9_BACKUP, |doc| {
        doc["assessments"][1]["assessment"]["name"] = json!(long)
    });
    assert_eq!(
        import(&text).unwrap_err(),
        ReadError::TextTooLong {
            path: "assessments[1].assessment.name".into(),
            chars: 200_000
        }
    );
}

#[test]
fn an_empty_backup_is_refused() {
    let text = edited(V9_BACKUP, |doc| doc["assessments"] = json!([]));
    let error = import(&text).unwrap_err();
    assert_eq!(error, ReadError::Empty);
    assert_eq!(
        both(&error),
        (
            "备份中没有任何自评".into(),
            "The backup holds no assessment".into()
        )
    );
}

#[test]
fn errors_display_their_english_message() {
    let error = ReadError::TooLarge { bytes: 6_500_000 };
    assert_eq!(
        error.to_string(),
        "The file is too large (6.2 MB); the limit is 5 MB"
    );
}

#[test]
fn hostile_inputs_fail_cleanly() {
    let deep = "[".repeat(100_000);
    assert!(matches!(error_of(&deep), ReadError::NotJson { .. }));
    let deep_object = format!("{}1{}", "{\"a\":".repeat(5_000), "}".repeat(5_000));
    assert!(matches!(error_of(&deep_object), ReadError::NotJson { .. }));
    for text in ["{}", "null", "0", "{\"format\":null}", "\u{feff}", "\u{0}"] {
        assert!(read_record(text).is_err(), "{text:?}");
        assert!(import(text).is_err(), "{text:?}");
    }
    let huge_version = edited(V9, |doc| doc["schema_version"] = json!(u64::MAX));
    assert!(matches!(
        error_of(&huge_version),
        ReadError::NewerVersion {
            found: u64::MAX,
            ..
        }
    ));
    let huge_revision = edited(V9, |doc| doc["revision"] = json!(1e300));
    assert!(matches!(
        error_of(&huge_revision),
        ReadError::WrongShape { path, .. } if path == "revision"
    ));
}
