//! IDs copied from a pack into a report. A report is rebuilt on every keystroke and names
//! hundreds of indicators; IDs such as `B-01` are short, so they are kept inline and copying
//! one allocates nothing.

use smol_str::SmolStr;
use std::fmt;
use std::ops::Deref;

/// An indicator, group or veto ID as held in a [`crate::Report`]; reads as a `&str`. Up to 23
/// bytes are kept inline (`smol_str`), which covers every ID a pack uses.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Id(SmolStr);

impl Id {
    /// Copies an ID.
    pub fn new(id: &str) -> Id {
        Id(SmolStr::new(id))
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Id {
    fn from(id: &str) -> Id {
        Id::new(id)
    }
}

impl From<&String> for Id {
    fn from(id: &String) -> Id {
        Id::new(id)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_ids_are_kept_inline() {
        assert!(!Id::new("B-01").0.is_heap_allocated());
        assert!(!Id::new(&"x".repeat(23)).0.is_heap_allocated());
    }

    #[test]
    fn short_and_long_ids_read_back_unchanged() {
        for text in [
            "B-01",
            "",
            "指标-长名称-一二三四五六七八",
            "x".repeat(24).as_str(),
        ] {
            let id = Id::new(text);
            assert_eq!(id.as_str(), text);
            assert_eq!(id, text);
            assert_eq!(id.to_string(), text);
        }
    }
}
