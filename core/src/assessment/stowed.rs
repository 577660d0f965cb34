//! A part of the record that only a capability loaded on demand reads and writes (the 资料审查
//! rounds) is kept in the assessment as the JSON it is, and typed by that capability when it
//! uses it: the code that reads and writes its fields then loads with the capability, not with
//! the first visit, which only carries the JSON along. Nothing in it is lost: a part that does
//! not read as its type stays exactly as it was, and the capability says so instead of
//! writing over it.
//!
//! The JSON is kept as text, and its typed value is remembered beside it: a part of thousands
//! of entries (a 点位库 of 5,000 points) is then neither re-read on every change elsewhere in
//! the record nor rewritten when the record is saved, which is what made recording a finding
//! slow. The text is always the canonical compact form (keys in order), whether it was read
//! from a file or written here, so two equal parts compare equal as text.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::{to_raw_value, RawValue};
use serde_json::Value;
use std::any::Any;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, OnceLock};

/// A `T` kept as JSON until it is read.
pub struct Stowed<T> {
    json: Option<Arc<RawValue>>,
    /// The typed value (a `T`), once read or written; `None` inside when the JSON is not a
    /// `T`. Held without its type so that only the capabilities that type it carry its code
    /// (to drop one, too), not the first visit, which only carries the record along.
    typed: Arc<OnceLock<Option<Typed>>>,
    kind: PhantomData<fn() -> T>,
}

type Typed = Arc<dyn Any + Send + Sync>;

/// The part holds something that is not its type (edited by hand); it is kept as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// A part of the record kept as JSON and typed by the capability that uses it: one
/// [`Stowed`] value, or a record kept in several (the 现场检查 record).
pub trait Stow {
    /// The part, typed.
    type Value;
    /// The part, typed; `Unreadable` when the file holds something else.
    fn read_value(&self) -> Result<Self::Value, Unreadable>;
    /// Keeps `value` in place of what was there.
    fn write_value(&mut self, value: Self::Value);
}

impl<T> Stow for Stowed<T>
where
    T: DeserializeOwned + Serialize + Default + PartialEq + Clone + Send + Sync + 'static,
{
    type Value = T;

    fn read_value(&self) -> Result<T, Unreadable> {
        self.read().map(|shared| T::clone(&shared))
    }

    fn write_value(&mut self, value: T) {
        self.write(value);
    }
}

impl<T> Stowed<T> {
    /// Whether there is nothing in it (absent, `null`, `{}` or `[]`): left out of the file.
    pub fn is_empty(&self) -> bool {
        self.json.as_deref().is_none_or(|raw| {
            let text = raw.get();
            // Canonical text has no spaces; a hand-made file read elsewhere might.
            text.len() < 16 && matches!(squeeze(text).as_str(), "null" | "{}" | "[]")
        })
    }

    /// The part's JSON as kept (none when absent): what a reader that needs one field of it
    /// looks at without typing the whole part.
    pub fn json_text(&self) -> Option<&str> {
        self.json.as_deref().map(RawValue::get)
    }

    fn text(&self) -> &str {
        self.json.as_deref().map_or("null", RawValue::get)
    }
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

impl<T: DeserializeOwned + Default> Stowed<T> {
    /// The part, typed (read once, then shared); an empty one is `T`'s default. `Unreadable`
    /// when the file holds something that is not a `T`: the JSON is kept as it is.
    pub fn read(&self) -> Result<Arc<T>, Unreadable>
    where
        T: Send + Sync + 'static,
    {
        self.typed
            .get_or_init(|| {
                let typed: Option<T> = if self.is_empty() {
                    Some(T::default())
                } else {
                    serde_json::from_str(self.text()).ok()
                };
                typed.map(|t| Arc::new(t) as Typed)
            })
            .clone()
            .and_then(|typed| typed.downcast::<T>().ok())
            .ok_or(Unreadable)
    }
}

impl<T: Serialize + PartialEq + Send + Sync + 'static> Stowed<T> {
    /// Keeps `value` in place of what was there; nothing is done when it is what the part
    /// already holds (the same value shared, or an equal one).
    pub fn write(&mut self, value: impl Into<Arc<T>>) {
        let value = value.into();
        if self
            .typed
            .get()
            .and_then(Option::as_ref)
            .and_then(|held| held.downcast_ref::<T>())
            .is_some_and(|held| std::ptr::eq(held, &*value) || *held == *value)
        {
            return;
        }
        // Only strings, integers, finite numbers (a `Decimal`), lists and string-keyed maps are
        // written, which serde_json cannot refuse. Through a `Value`, so keys are in the order
        // a file read back gives them.
        self.json = serde_json::to_value(&*value)
            .and_then(|v| to_raw_value(&v))
            .ok()
            .map(Arc::from);
        self.typed = Arc::new(OnceLock::from(Some(value as Typed)));
    }
}

impl<T> Serialize for Stowed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json.as_deref().serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Stowed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Files are read as a `Value` first (to migrate them), so the part is one already.
        Ok(Stowed::from(&Value::deserialize(deserializer)?))
    }
}

impl<T> From<&Value> for Stowed<T> {
    /// The part as a file holds it (`null` is an empty part).
    fn from(json: &Value) -> Self {
        Stowed {
            json: (!json.is_null())
                .then(|| to_raw_value(json).ok().map(Arc::from))
                .flatten(),
            typed: Arc::default(),
            kind: PhantomData,
        }
    }
}

impl<T> Default for Stowed<T> {
    fn default() -> Self {
        Stowed {
            json: None,
            typed: Arc::default(),
            kind: PhantomData,
        }
    }
}

impl<T> Clone for Stowed<T> {
    fn clone(&self) -> Self {
        Stowed {
            json: self.json.clone(),
            typed: self.typed.clone(),
            kind: PhantomData,
        }
    }
}

impl<T> PartialEq for Stowed<T> {
    fn eq(&self, other: &Self) -> bool {
        match (&self.json, &other.json) {
            (Some(a), Some(b)) if Arc::ptr_eq(a, b) => true,
            _ => self.is_empty() && other.is_empty() || self.text() == other.text(),
        }
    }
}

impl<T> Eq for Stowed<T> {}

impl<T> fmt::Debug for Stowed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}
