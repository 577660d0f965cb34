//! A backup with photos (.zip): the JSON backup, every photo its 现场检查 findings name, and a
//! manifest giving each file's size and SHA-256. It lives beside the workbook code because the
//! zip reader and writer are already in the lazy workers; the page's first visit carries none.
//!
//! Reading trusts nothing: a file that is not a zip, a manifest missing or not in this shape, a
//! file the manifest names but the zip lacks, one whose size or checksum differs from the
//! manifest, a photo the backup's findings name but the zip does not hold, or more bytes than a
//! backup can hold — each is refused whole, with its reason, so an import takes all or nothing.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Cursor, Read, Write};

/// The manifest's `format`.
pub const BUNDLE_FORMAT: &str = "fscity-photo-backup";
/// The manifest's file name.
pub const MANIFEST: &str = "manifest.json";
/// The JSON backup's file name.
pub const BACKUP: &str = "backup.json";
/// The most a backup with photos may inflate to (about 1,500 photos of 200 KB).
pub const MAX_BUNDLE_BYTES: u64 = 300 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: String,
    version: u32,
    backup: Part,
    photos: Vec<Photo>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    file: String,
    bytes: u64,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Photo {
    id: String,
    #[serde(flatten)]
    part: Part,
}

/// What a backup with photos holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The JSON backup's text.
    pub backup: String,
    /// Each photo's key and JPEG bytes.
    pub photos: Vec<(String, Vec<u8>)>,
}

/// Why a backup with photos was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not a zip, or a damaged one.
    NotAZip(String),
    /// No manifest.json.
    NoManifest,
    /// A manifest not in this shape (or of another format).
    BadManifest(String),
    /// The manifest names a file the zip does not hold.
    Missing(String),
    /// A file's size differs from the manifest's.
    WrongSize {
        /// The file.
        file: String,
        /// What the manifest says.
        said: u64,
        /// What the file is.
        found: u64,
    },
    /// A file's content differs from the manifest's checksum.
    WrongChecksum(String),
    /// The backup's findings name a photo the zip does not hold.
    PhotoMissing(String),
    /// The backup is not UTF-8 JSON.
    NotABackup(String),
    /// More than [`MAX_BUNDLE_BYTES`] inflated.
    TooLarge,
}

impl BundleError {
    /// The reason, in both languages.
    pub fn text(&self) -> fscity_core::Text {
        use fscity_core::Text;
        match self {
            BundleError::NotAZip(why) => Text::new(
                format!("不是完整的压缩包（可能已损坏）：{why}"),
                format!("Not a complete zip file (it may be damaged): {why}"),
            ),
            BundleError::NoManifest => Text::new(
                "压缩包中没有 manifest.json，不是 fscity 的带照片备份",
                "The zip has no manifest.json; it is not an fscity backup with photos",
            ),
            BundleError::BadManifest(why) => Text::new(
                format!("manifest.json 的格式不对：{why}"),
                format!("manifest.json is not in the expected shape: {why}"),
            ),
            BundleError::Missing(file) => Text::new(
                format!("清单列出的文件 {file} 不在压缩包中"),
                format!("The manifest lists {file}, which the zip does not hold"),
            ),
            BundleError::WrongSize { file, said, found } => Text::new(
                format!("文件 {file} 的大小与清单不符（清单 {said} 字节，实际 {found} 字节）"),
                format!("{file} is {found} bytes, but the manifest says {said}"),
            ),
            BundleError::WrongChecksum(file) => Text::new(
                format!("文件 {file} 的内容与清单的校验值不符（文件已被改动或损坏）"),
                format!("{file} does not match the manifest's checksum (changed or damaged)"),
            ),
            BundleError::PhotoMissing(id) => Text::new(
                format!("备份中的检查记录引用了照片 {id}，但压缩包中没有"),
                format!("The backup's checks name photo {id}, which the zip does not hold"),
            ),
            BundleError::NotABackup(why) => Text::new(
                format!("backup.json 不是有效的备份：{why}"),
                format!("backup.json is not a valid backup: {why}"),
            ),
            BundleError::TooLarge => Text::new(
                "压缩包解压后过大，不是本工具生成的备份",
                "The zip inflates to more than a backup can hold; it is not one this tool made",
            ),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn part(file: String, bytes: &[u8]) -> Part {
    Part {
        file,
        bytes: bytes.len() as u64,
        sha256: hex(bytes),
    }
}

/// The .zip of `backup` (a JSON backup's text) and `photos` (key, JPEG bytes), with its
/// manifest. Photos are stored as they are (JPEG does not deflate); the JSON is deflated.
pub fn write_bundle(backup: &str, photos: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let manifest = Manifest {
        format: BUNDLE_FORMAT.to_owned(),
        version: 1,
        backup: part(BACKUP.to_owned(), backup.as_bytes()),
        photos: photos
            .iter()
            .map(|(id, bytes)| Photo {
                id: id.clone(),
                part: part(format!("photos/{id}.jpg"), bytes),
            })
            .collect(),
    };
    let manifest = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8], options| -> Result<(), String> {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(bytes).map_err(|e| e.to_string())
    };
    add(MANIFEST, manifest.as_bytes(), deflated)?;
    add(BACKUP, backup.as_bytes(), deflated)?;
    for (id, bytes) in photos {
        add(&format!("photos/{id}.jpg"), bytes, stored)?;
    }
    zip.finish()
        .map(Cursor::into_inner)
        .map_err(|e| e.to_string())
}

/// Every photo key the backup's findings name (under `"photos"`, wherever it is).
pub fn photo_ids(backup: &serde_json::Value) -> Vec<String> {
    let mut ids = Vec::new();
    let mut stack = vec![backup];
    while let Some(value) = stack.pop() {
        match value {
            serde_json::Value::Object(fields) => {
                for (key, v) in fields {
                    match (key.as_str(), v) {
                        ("photos", serde_json::Value::Array(list)) => {
                            ids.extend(list.iter().filter_map(|p| p.as_str().map(str::to_owned)))
                        }
                        _ => stack.push(v),
                    }
                }
            }
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Reads a backup with photos, checking every file against the manifest.
pub fn read_bundle(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| BundleError::NotAZip(e.to_string()))?;
    let mut budget = MAX_BUNDLE_BYTES;
    let mut take = |name: &str| -> Result<Vec<u8>, BundleError> {
        let mut file = match zip.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => {
                return Err(BundleError::Missing(name.to_owned()))
            }
            Err(e) => return Err(BundleError::NotAZip(e.to_string())),
        };
        let mut out = Vec::new();
        // Counted while inflating, so an entry that lies about its size cannot slip past.
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| BundleError::NotAZip(e.to_string()))?;
        if out.len() as u64 > budget {
            return Err(BundleError::TooLarge);
        }
        budget -= out.len() as u64;
        Ok(out)
    };
    let manifest = match take(MANIFEST) {
        Err(BundleError::Missing(_)) => return Err(BundleError::NoManifest),
        other => other?,
    };
    let manifest: Manifest =
        serde_json::from_slice(&manifest).map_err(|e| BundleError::BadManifest(e.to_string()))?;
    if manifest.format != BUNDLE_FORMAT || manifest.version != 1 {
        return Err(BundleError::BadManifest(format!(
            "{} {}",
            manifest.format, manifest.version
        )));
    }
    let mut checked = |p: &Part| -> Result<Vec<u8>, BundleError> {
        let bytes = take(&p.file)?;
        if bytes.len() as u64 != p.bytes {
            return Err(BundleError::WrongSize {
                file: p.file.clone(),
                said: p.bytes,
                found: bytes.len() as u64,
            });
        }
        if hex(&bytes) != p.sha256 {
            return Err(BundleError::WrongChecksum(p.file.clone()));
        }
        Ok(bytes)
    };
    let backup = String::from_utf8(checked(&manifest.backup)?)
        .map_err(|e| BundleError::NotABackup(e.to_string()))?;
    let mut photos = Vec::new();
    for photo in &manifest.photos {
        photos.push((photo.id.clone(), checked(&photo.part)?));
    }
    // The findings' photos must all be there: a backup restored without them would show
    // findings whose pictures are gone.
    let parsed: serde_json::Value =
        serde_json::from_str(&backup).map_err(|e| BundleError::NotABackup(e.to_string()))?;
    if let Some(missing) = photo_ids(&parsed)
        .into_iter()
        .find(|id| !photos.iter().any(|(have, _)| have == id))
    {
        return Err(BundleError::PhotoMissing(missing));
    }
    Ok(Bundle { backup, photos })
}
