//! Choosing which indicators to improve so the total reaches the pass mark.
//!
//! Each candidate improvement is worth a fixed gain (its best reachable points minus what it
//! has now) and costs either one step or the city's effort estimate.
//!
//! - **Fewest steps.** Every step costs the same, so taking the largest gains first is optimal:
//!   no set of k steps can gain more than the k largest gains. Sorting is all it takes.
//! - **Least effort.** A covering knapsack: least total effort with gain ≥ need, ties broken by
//!   fewer steps. Solved exactly by dynamic programming over gains in tenths, capped at the
//!   need. The table has (items + 1) × (need + 1) cells; for the real packs that is a few tens
//!   of thousands. Beyond [`MAX_CELLS`] (a city-made pack of thousands of indicators) it falls
//!   back to the best effort-per-point ratio first, and says the plan may not be the cheapest.

use std::cmp::Reverse;

/// The largest table built, in cells of 16 bytes: 32 MB and a few milliseconds at worst.
const MAX_CELLS: usize = 2_000_000;

/// A candidate improvement.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item {
    /// Points gained, in tenths (> 0).
    pub gain: i64,
    /// Effort it costs.
    pub cost: u64,
}

/// The fewest items whose gains add up to `need`; `None` if all of them do not.
pub(super) fn fewest(items: &[Item], need: i64) -> Option<Vec<usize>> {
    let mut keys: Vec<(Reverse<i64>, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (Reverse(item.gain), i))
        .collect();
    keys.sort_unstable();
    take_until(items, keys.into_iter().map(|(_, i)| i), need)
}

/// The least-effort items whose gains add up to `need`, and whether that is proven cheapest.
pub(super) fn cheapest(items: &[Item], need: i64) -> Option<(Vec<usize>, bool)> {
    if need <= 0 {
        return Some((Vec::new(), true));
    }
    let width = usize::try_from(need).ok()? + 1;
    if items.len().saturating_add(1).saturating_mul(width) > MAX_CELLS {
        let mut order: Vec<usize> = (0..items.len()).collect();
        // cost_a / gain_a < cost_b / gain_b, compared without division.
        order.sort_unstable_by(|&a, &b| {
            let (x, y) = (&items[a], &items[b]);
            (u128::from(x.cost) * y.gain as u128)
                .cmp(&(u128::from(y.cost) * x.gain as u128))
                .then(y.gain.cmp(&x.gain))
                .then(a.cmp(&b))
        });
        return take_until(items, order, need).map(|chosen| (chosen, false));
    }
    // best[j][x]: least (effort, steps) to gain at least x using items j.. only.
    const NONE: (u64, u32) = (u64::MAX, u32::MAX);
    let n = items.len();
    let mut best = vec![NONE; (n + 1) * width];
    best[n * width] = (0, 0);
    for j in (0..n).rev() {
        let (row, next) = best.split_at_mut((j + 1) * width);
        let row = &mut row[j * width..];
        let item = items[j];
        for x in 0..width {
            let skip = next[x];
            let rest = next[(x as i64 - item.gain).max(0) as usize];
            let take = if rest == NONE {
                NONE
            } else {
                (rest.0.saturating_add(item.cost), rest.1 + 1)
            };
            row[x] = skip.min(take);
        }
    }
    if best[width - 1] == NONE {
        return None;
    }
    let mut chosen = Vec::new();
    let mut x = width - 1;
    for j in 0..n {
        if best[j * width + x] != best[(j + 1) * width + x] {
            chosen.push(j);
            x = (x as i64 - items[j].gain).max(0) as usize;
        }
    }
    Some((chosen, true))
}

fn take_until(
    items: &[Item],
    order: impl IntoIterator<Item = usize>,
    need: i64,
) -> Option<Vec<usize>> {
    let mut got = 0;
    let mut chosen = Vec::new();
    for i in order {
        if got >= need {
            break;
        }
        got += items[i].gain;
        chosen.push(i);
    }
    (got >= need).then_some(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(pairs: &[(i64, u64)]) -> Vec<Item> {
        pairs
            .iter()
            .map(|&(gain, cost)| Item { gain, cost })
            .collect()
    }

    #[test]
    fn fewest_takes_the_largest_gains() {
        let list = items(&[(10, 1), (30, 1), (20, 1), (5, 1)]);
        assert_eq!(fewest(&list, 45), Some(vec![1, 2]));
        assert_eq!(fewest(&list, 66), None);
        assert_eq!(fewest(&list, 0), Some(vec![]));
    }

    #[test]
    fn cheapest_prefers_two_cheap_steps_over_one_dear_one() {
        let list = items(&[(30, 10), (15, 2), (15, 3), (5, 1)]);
        let (chosen, exact) = cheapest(&list, 30).unwrap();
        assert!(exact);
        assert_eq!(chosen, vec![1, 2]);
    }

    #[test]
    fn cheapest_agrees_with_brute_force_on_small_cases() {
        let list = items(&[(7, 4), (3, 1), (5, 2), (9, 6), (2, 1), (4, 3)]);
        for need in 0..=31 {
            let brute = (0u32..1 << list.len())
                .filter(|m| {
                    (0..list.len())
                        .filter(|i| m & (1 << i) != 0)
                        .map(|i| list[i].gain)
                        .sum::<i64>()
                        >= need
                })
                .map(|m| {
                    let cost: u64 = (0..list.len())
                        .filter(|i| m & (1 << i) != 0)
                        .map(|i| list[i].cost)
                        .sum();
                    (cost, m.count_ones())
                })
                .min();
            let dp = cheapest(&list, need).map(|(c, _)| {
                let cost: u64 = c.iter().map(|&i| list[i].cost).sum();
                (cost, c.len() as u32)
            });
            assert_eq!(dp, brute, "need {need}");
        }
    }

    #[test]
    fn a_table_too_large_falls_back_to_effort_per_point_and_says_so() {
        let list: Vec<Item> = (0..3_000)
            .map(|i| Item {
                gain: 10 + i % 7,
                cost: 1 + (i % 5) as u64,
            })
            .collect();
        let (chosen, exact) = cheapest(&list, 5_000).unwrap();
        assert!(!exact);
        assert!(chosen.iter().map(|&i| list[i].gain).sum::<i64>() >= 5_000);
        assert_eq!(cheapest(&list, 1_000_000), None);
    }
}
