//! A poll's import inside the reader worker: the file read once and kept, each mapping read
//! against it, and the page told plainly when the file is not a table.

use encoding_rs::GB18030;
use fscity_core::poll::{Mapping, Questionnaire};
use fscity_core::Lang;
use fscity_xlsx::protocol::{PollAnswer, PollAsk, PollOpened, PollReader};

const EXPORT: &str = "序号,所在区县,1、您对本市食品安全状况总体是否满意？,3、您是否知道本市正在创建国家食品安全示范城市？\r\n1,东区,很满意,知道\r\n2,西区,不满意,不知道\r\n3,西区,满意,知道\r\n";

fn ask(mapping: &Mapping) -> String {
    serde_json::to_string(&PollAsk {
        questionnaire: Questionnaire::shipped(),
        mapping: mapping.clone(),
    })
    .unwrap()
}

fn read(reader: &PollReader, mapping: &Mapping) -> fscity_core::poll::DraftRead {
    match reader.read(&ask(mapping)) {
        PollAnswer::Read(draft) => *draft,
        PollAnswer::NoTable => panic!("the table was kept"),
    }
}

#[test]
fn a_gb18030_export_is_opened_once_and_read_by_each_mapping() {
    let (bytes, _, _) = GB18030.encode(EXPORT);
    let mut reader = PollReader::default();
    let PollOpened::Table(header) = reader.open(&bytes) else {
        panic!("a table");
    };
    assert_eq!(header[1], "所在区县");
    let q = Questionnaire::shipped();
    let mut mapping = Mapping::guess(&q, &header);
    let draft = read(&reader, &mapping);
    assert_eq!(draft.answers.len(), 3);
    assert_eq!(draft.answers.districts(), ["东区", "西区"]);
    // The city takes the district column away: the same table, read again.
    mapping.district = None;
    let again = read(&reader, &mapping);
    assert_eq!(again.answers.len(), 3);
    assert!(again.answers.districts().is_empty());
}

#[test]
fn a_file_that_is_no_table_or_no_file_is_said_so_and_drops_the_table_kept() {
    let mut reader = PollReader::default();
    let mapping = Mapping::default();
    assert_eq!(
        reader.read(&ask(&mapping)),
        PollAnswer::NoTable,
        "nothing opened yet"
    );
    assert!(matches!(
        reader.open(EXPORT.as_bytes()),
        PollOpened::Table(_)
    ));
    assert_eq!(reader.open(b"\r\n,,\r\n"), PollOpened::NotATable);
    assert_eq!(
        reader.read(&ask(&mapping)),
        PollAnswer::NoTable,
        "the earlier table is gone"
    );
    let PollOpened::Problems(problems) = reader.open(b"PK\x03\x04 not really a workbook") else {
        panic!("a broken workbook is refused");
    };
    assert!(!problems.is_empty());
    assert!(!problems[0].get(Lang::Zh).is_empty());
    assert_eq!(reader.read("{not json"), PollAnswer::NoTable);
}
