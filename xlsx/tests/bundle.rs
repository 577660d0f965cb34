//! A backup with photos: written and read back whole; and every way a .zip can be broken or lie
//! refused with its reason, so an import takes all or nothing.

use fscity_xlsx::bundle::{read_bundle, write_bundle, Bundle, BundleError, BACKUP, MANIFEST};
use std::io::{Cursor, Write};

const BACKUP_JSON: &str = r#"{"format":"fscity-backup","assessments":[{"assessment":{"inspection":{"visits":[{"findings":[{"item":"08","count":1,"photos":["photo-a","photo-b"]}]}]}}}]}"#;

fn photos() -> Vec<(String, Vec<u8>)> {
    vec![
        ("photo-a".into(), vec![0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]),
        ("photo-b".into(), vec![0xff, 0xd8, 9, 9, 0xff, 0xd9]),
    ]
}

/// A zip of exactly these files, for the lying ones.
fn zip_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The files of a good bundle, to tamper with.
fn files_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut out = Vec::new();
            f.read_to_end(&mut out).unwrap();
            (f.name().unwrap().into_owned(), out)
        })
        .collect()
}

fn rezip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    zip_of(&borrowed)
}

#[test]
fn a_backup_with_photos_comes_back_whole() {
    let bytes = write_bundle(BACKUP_JSON, &photos()).unwrap();
    assert_eq!(
        read_bundle(&bytes).unwrap(),
        Bundle {
            backup: BACKUP_JSON.to_owned(),
            photos: photos()
        }
    );
    let names: Vec<String> = files_of(&bytes).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [MANIFEST, BACKUP, "photos/photo-a.jpg", "photos/photo-b.jpg"]
    );
}

#[test]
fn a_broken_or_lying_zip_is_refused_with_its_reason() {
    let good = write_bundle(BACKUP_JSON, &photos()).unwrap();
    let files = files_of(&good);

    // Cut short, as a download that stopped halfway.
    let cut = &good[..good.len() / 2];
    assert!(matches!(read_bundle(cut), Err(BundleError::NotAZip(_))));
    assert!(matches!(
        read_bundle(b"{\"format\":1}"),
        Err(BundleError::NotAZip(_))
    ));

    // No manifest.
    let without: Vec<_> = files
        .iter()
        .filter(|(n, _)| n != MANIFEST)
        .cloned()
        .collect();
    assert_eq!(read_bundle(&rezip(&without)), Err(BundleError::NoManifest));

    // The backup changed after the manifest was written: same size, other bytes.
    let mut changed = files.clone();
    let backup = changed.iter_mut().find(|(n, _)| n == BACKUP).unwrap();
    backup.1 = backup
        .1
        .iter()
        .map(|b| if *b == b'8' { b'9' } else { *b })
        .collect();
    assert_eq!(
        read_bundle(&rezip(&changed)),
        Err(BundleError::WrongChecksum(BACKUP.into()))
    );

    // A photo the manifest names is not there.
    let lost: Vec<_> = files
        .iter()
        .filter(|(n, _)| n != "photos/photo-b.jpg")
        .cloned()
        .collect();
    assert_eq!(
        read_bundle(&rezip(&lost)),
        Err(BundleError::Missing("photos/photo-b.jpg".into()))
    );

    // A photo shorter than the manifest says.
    let mut short = files.clone();
    short
        .iter_mut()
        .find(|(n, _)| n == "photos/photo-a.jpg")
        .unwrap()
        .1
        .pop();
    assert_eq!(
        read_bundle(&rezip(&short)),
        Err(BundleError::WrongSize {
            file: "photos/photo-a.jpg".into(),
            said: 7,
            found: 6
        })
    );

    // A manifest that leaves out a photo the findings name: the whole backup is refused.
    let one = write_bundle(BACKUP_JSON, &photos()[..1]).unwrap();
    assert_eq!(
        read_bundle(&one),
        Err(BundleError::PhotoMissing("photo-b".into()))
    );

    // A manifest of another shape.
    let mut odd = files.clone();
    odd.iter_mut().find(|(n, _)| n == MANIFEST).unwrap().1 = br#"{"format":"other"}"#.to_vec();
    assert!(matches!(
        read_bundle(&rezip(&odd)),
        Err(BundleError::BadManifest(_))
    ));

    let zh = BundleError::WrongChecksum(BACKUP.into()).text().zh;
    assert_eq!(
        zh,
        "文件 backup.json 的内容与清单的校验值不符（文件已被改动或损坏）"
    );
}
