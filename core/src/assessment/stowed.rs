//! A part of the record that only a capability loaded on demand reads and writes (the 资料审查
//! rounds) is kept in the assessment as the JSON it is, and typed by that capability when it
//! uses it: the code that reads and writes its fields then loads with the capability, not with
//! the first visit, which only carries the JSON along. Nothing in it is lost: a part that does
//! not read as its type stays exactly as it was, and the capability says so instead of
//! writing over it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A `T` kept as JSON until it is read.
#[derive(Serialize, Deserialize)]
#[serde(transparent, bound = "")]
pub struct Stowed<T> {
    json: Value,
    #[serde(skip)]
    kind: PhantomData<fn() -> T>,
}

impl<T> Stowed<T> {
    /// Whether there is nothing in it (absent, `null`, `{}` or `[]`): left out of the file.
    pub fn is_empty(&self) -> bool {
        match &self.json {
            Value::Null => true,
            Value::Object(fields) => fields.is_empty(),
            Value::Array(items) => items.is_empty(),
            _ => false,
        }
    }
}

impl<T: DeserializeOwned + Default> Stowed<T> {
    /// The part, typed; an empty one is `T`'s default. An error when the file holds something
    /// that is not a `T` (edited by hand): the JSON is kept as it is.
    pub fn read(&self) -> Result<T, serde_json::Error> {
        if self.is_empty() {
            return Ok(T::default());
        }
        serde_json::from_value(self.json.clone())
    }
}

impl<T: Serialize> Stowed<T> {
    /// Keeps `value` in place of what was there.
    pub fn write(&mut self, value: &T) {
        // Only strings, integers, finite numbers (a `Decimal`), lists and string-keyed maps are
        // written, which serde_json cannot refuse.
        self.json = serde_json::to_value(value).unwrap_or(Value::Null);
    }
}

impl<T> Default for Stowed<T> {
    fn default() -> Self {
        Stowed {
            json: Value::Null,
            kind: PhantomData,
        }
    }
}

impl<T> Clone for Stowed<T> {
    fn clone(&self) -> Self {
        Stowed {
            json: self.json.clone(),
            kind: PhantomData,
        }
    }
}

impl<T> PartialEq for Stowed<T> {
    fn eq(&self, other: &Self) -> bool {
        self.json == other.json
    }
}

// The JSON holds no NaN (see `write`: numbers are finite), so equality is total.
impl<T> Eq for Stowed<T> {}

impl<T> fmt::Debug for Stowed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.json.fmt(f)
    }
}
