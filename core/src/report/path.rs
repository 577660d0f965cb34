//! The path to pass as the report holds it: concrete answers to change and veto items to
//! settle, each applicable to an assessment. [`crate::evaluate`] works it out.

use super::id::Id;
use super::reason::Reason;
use crate::assessment::{Answer, Assessment};
use crate::{Decimal, Points, Text};
use std::collections::BTreeMap;

/// What it takes to pass.
#[derive(Clone, Debug, PartialEq)]
pub enum PathToPass {
    /// The assessment already passes.
    AlreadyPassing,
    /// These steps would make it pass.
    Plan(Plan),
    /// No answers can make it pass, for these reasons.
    CannotPass {
        /// Why not.
        reasons: Vec<Reason>,
    },
}

/// Steps that together make the assessment pass.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Indicator answers to change: forced ones (veto, key item) first, then by points gained.
    pub improvements: Vec<Improvement>,
    /// Veto items to confirm or raise.
    pub veto_steps: Vec<VetoStep>,
    /// What was minimised.
    pub basis: PlanBasis,
    /// The summed effort estimates of the improvements, when minimising effort.
    pub total_effort: Option<u64>,
    /// The total on the pack's scale once every step is done.
    pub score_after: Points,
    /// False only when a very large pack made the least-effort search fall back to a heuristic.
    pub exact: bool,
}

/// What a plan minimises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanBasis {
    /// The number of indicators to improve.
    Count,
    /// The sum of the city's effort estimates. An indicator without an estimate is taken to
    /// cost as much as the largest estimate given, so the plan prefers what is known to be cheap.
    Effort,
}

/// One indicator answer to change.
#[derive(Clone, Debug, PartialEq)]
pub struct Improvement {
    /// Indicator ID.
    pub indicator: Id,
    /// Points now.
    pub from: Points,
    /// Points with the target answer.
    pub to: Points,
    /// The answer to reach; applying it as is gives `to`.
    pub target: Answer,
    /// Why this step is in the plan.
    pub needs: Vec<Need>,
    /// The effort estimate, if the city gave one.
    pub effort: Option<u32>,
}

/// Why a step is in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Need {
    /// Its value clears a veto.
    Veto {
        /// Veto ID.
        veto: Id,
    },
    /// It is a key item that must reach its floor.
    KeyItem,
    /// Its points are needed for the total.
    Total,
}

/// One veto item to settle.
#[derive(Clone, Debug, PartialEq)]
pub struct VetoStep {
    /// Veto ID.
    pub veto: Id,
    /// Veto name.
    pub name: Text,
    /// What to record.
    pub target: VetoTarget,
    /// The step in plain words.
    pub text: Text,
}

/// What to record for a veto item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VetoTarget {
    /// Confirm that it did not happen.
    DeclareNo,
    /// Figures for its own calculator that clear it.
    Inputs {
        /// Figures by input ID.
        values: BTreeMap<String, Decimal>,
    },
}

impl Plan {
    /// Applies every step to `assessment`, as a "what if" or to test the plan.
    pub fn apply_to(&self, assessment: &mut Assessment) {
        for step in &self.improvements {
            assessment.set_answer(&step.indicator, step.target.clone());
        }
        for step in &self.veto_steps {
            match &step.target {
                VetoTarget::DeclareNo => assessment.declare_veto(&step.veto, false),
                VetoTarget::Inputs { values } => {
                    assessment
                        .veto_inputs
                        .insert(step.veto.to_string(), values.clone());
                }
            }
        }
    }
}
