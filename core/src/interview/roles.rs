//! Who is interviewed. The 2019 regulation sets duties per post (党委主要负责人, 政府主要负责人,
//! 党委常委会其他委员, 分管负责人 …) and the seed's interview groups went down to county and
//! township leaders and to member units' heads; a question bank names its roles with these.

use crate::Text;
use serde::{Deserialize, Serialize};

/// The post an interviewee holds, as the question bank sorts questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 党委主要负责人 (市委书记).
    PartySecretary,
    /// 政府主要负责人 (市长).
    GovernmentHead,
    /// 分管负责人 (分管副市长).
    DeputyInCharge,
    /// 党委常委会其他委员.
    StandingCommittee,
    /// 食安委成员单位负责人.
    MemberUnitHead,
    /// 县级党政负责人.
    CountyLeader,
    /// 乡镇（街道）党政负责人或包保干部.
    TownshipLeader,
}

impl Role {
    /// Every role, from the top down.
    pub const ALL: [Role; 7] = [
        Role::PartySecretary,
        Role::GovernmentHead,
        Role::DeputyInCharge,
        Role::StandingCommittee,
        Role::MemberUnitHead,
        Role::CountyLeader,
        Role::TownshipLeader,
    ];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            Role::PartySecretary => "party_secretary",
            Role::GovernmentHead => "government_head",
            Role::DeputyInCharge => "deputy_in_charge",
            Role::StandingCommittee => "standing_committee",
            Role::MemberUnitHead => "member_unit_head",
            Role::CountyLeader => "county_leader",
            Role::TownshipLeader => "township_leader",
        }
    }

    /// The role with this token.
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            Role::PartySecretary => ("党委主要负责人", "Party secretary"),
            Role::GovernmentHead => ("政府主要负责人", "Head of government"),
            Role::DeputyInCharge => ("分管负责人", "Leader in charge of food safety"),
            Role::StandingCommittee => ("党委常委会其他委员", "Other standing-committee member"),
            Role::MemberUnitHead => ("食安委成员单位负责人", "Head of a commission member unit"),
            Role::CountyLeader => ("县级党政负责人", "County Party or government leader"),
            Role::TownshipLeader => (
                "乡镇（街道）党政负责人/包保干部",
                "Township leader or official assigned to businesses",
            ),
        };
        Text::new(zh, en)
    }

    /// The tier a person in this role usually sits at.
    pub fn usual_tier(self) -> Tier {
        match self {
            Role::CountyLeader => Tier::County,
            Role::TownshipLeader => Tier::Township,
            _ => Tier::City,
        }
    }
}

/// The level of government an interviewee works at (市、县、乡).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// 市级.
    #[default]
    City,
    /// 县级.
    County,
    /// 乡级.
    Township,
}

impl Tier {
    /// Every tier, from the top down.
    pub const ALL: [Tier; 3] = [Tier::City, Tier::County, Tier::Township];

    /// Its token in files and forms.
    pub fn id(self) -> &'static str {
        match self {
            Tier::City => "city",
            Tier::County => "county",
            Tier::Township => "township",
        }
    }

    /// The tier with this token.
    pub fn from_id(id: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.id() == id)
    }

    /// Display name.
    pub fn label(self) -> Text {
        match self {
            Tier::City => Text::new("市级", "City"),
            Tier::County => Text::new("县级", "County"),
            Tier::Township => Text::new("乡级", "Township"),
        }
    }
}
