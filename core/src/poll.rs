//! 满意度、知晓率、支持率 rehearsed from a city's own poll. The national survey is a third-party
//! telephone poll whose formula is not published; the common convention scores five answers
//! 100 / 80 / 60 / 30 / 0 and takes the mean, and a rate is the share answering yes. What a
//! city cannot see from one figure is how sure it is: [`stats`] gives the 95 % intervals (Wilson
//! for a rate, t for the index) and the chance that the true value clears a threshold, worded
//! plainly ([`measure::Measure::sentence`]); [`planner`] says how many answers a margin needs.

pub mod answer_book;
pub mod apply;
pub mod draft;
pub mod kept;
pub mod mapping;
pub mod measure;
pub mod planner;
pub mod questionnaire;
pub mod responses;
pub mod results;
pub mod stats;

pub use draft::{poll_table, read_draft, DraftRead, UnknownText};
pub use kept::{AnswerBook, KeptPoll, NewPoll, PollFigures, Polls};
pub use measure::Measure;
pub use planner::{margin_of, sample_size, SampleSize};
pub use questionnaire::{AnswerOption, Question, Questionnaire, QuestionnaireError, Scale};
pub use responses::{
    is_personal, read_responses, Mapping, Problem, ProblemKind, Response, ResponsesRead,
};
pub use results::{
    book_results, district_weights, results, weighted_results, Figures, PollResults,
};
pub use stats::{
    chance_at_least, mean_interval, weighted_mean_interval, weighted_wilson, wilson, Estimate,
    Level,
};
