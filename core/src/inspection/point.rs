//! An inspection point as the record keeps it, apart from the reading of registers so the
//! record's type does not reach into the spreadsheet reader.

use crate::Decimal;
use serde::{Deserialize, Serialize};

/// One inspection point.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    /// 1, 2, 3 … in register order.
    pub number: u32,
    /// 区县.
    pub area: String,
    /// 街道/乡镇.
    pub street: String,
    /// The 业态's ID, or the text as written when the type list does not know it.
    pub unit_type: String,
    /// 单位名称.
    pub name: String,
    /// 地址.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// 负责人/联系电话.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// 包保单位: who answers for the point (the 责任单位 of its findings).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assigned: String,
    /// Longitude and latitude, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<(Decimal, Decimal)>,
}
