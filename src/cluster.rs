//! Markers merged into clusters so a dense period stays readable and cheap to draw: however
//! many events fall in the window, the timeline draws one element per cluster.
//!
//! Input: each marker's pixel extent `(left, right)` at the current zoom and how many events it
//! stands for (events of the same day and extent come as one marker), in the order of the
//! query's result (by first day, so lefts are ascending, give or take a dot's half width).
//! Short markers (dots and bars up to `max_width`) chain into one cluster while each begins
//! within `gap` pixels of the cluster's right edge and the cluster stays under `max_width`, so
//! a cluster never hides a stretch of time wider than that. Long bars (a year, a span such as
//! `1910/1945`) merge only with bars of nearly the same extent, so a long bar never swallows the
//! dots over it. One pass over the input: O(n) per render.
//!
//! Limits: a marker that arrives out of left order (more than a dot's width) starts a new
//! cluster rather than joining one further back; long bars are merged with the last long group
//! only.

/// One marker to draw: a single event or several merged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cluster {
    /// Index of its first member in the input.
    pub first: usize,
    /// How many events it holds; 1 for a lone event.
    pub count: usize,
    /// Pixel extent covering every member.
    pub left: f64,
    pub right: f64,
    /// Made of long bars rather than dots and short bars.
    pub long: bool,
}

/// Clusters `spans` (see the module docs); returns the clusters in order of their first
/// member, and for each input marker the index of its cluster.
pub fn cluster(spans: &[(f64, f64, usize)], gap: f64, max_width: f64) -> (Vec<Cluster>, Vec<usize>) {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut of = Vec::with_capacity(spans.len());
    // The cluster still open for short markers and the one for long bars.
    let (mut short, mut long): (Option<usize>, Option<usize>) = (None, None);
    for (i, &(left, right, events)) in spans.iter().enumerate() {
        let is_long = right - left > max_width;
        let open = if is_long { long } else { short };
        let joins = open.is_some_and(|c| {
            let c = &clusters[c];
            if is_long {
                (left - c.left).abs() <= gap && (right - c.right).abs() <= gap
            } else {
                left <= c.right + gap && left >= c.left - gap && right.max(c.right) - c.left <= max_width
            }
        });
        let index = match open {
            Some(c) if joins => {
                let c_ref = &mut clusters[c];
                c_ref.count += events;
                c_ref.left = c_ref.left.min(left);
                c_ref.right = c_ref.right.max(right);
                c
            }
            _ => {
                clusters.push(Cluster { first: i, count: events, left, right, long: is_long });
                clusters.len() - 1
            }
        };
        if is_long {
            long = Some(index);
        } else {
            short = Some(index);
        }
        of.push(index);
    }
    (clusters, of)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dots of width 10 centred on `xs`.
    fn dots(xs: &[f64]) -> Vec<(f64, f64, usize)> {
        xs.iter().map(|&x| (x - 5.0, x + 5.0, 1)).collect()
    }

    fn counts(spans: &[(f64, f64, usize)]) -> Vec<usize> {
        cluster(spans, 3.0, 40.0).0.iter().map(|c| c.count).collect()
    }

    #[test]
    fn dots_apart_stay_apart_and_dots_close_together_merge() {
        assert_eq!(counts(&dots(&[0.0, 20.0, 40.0])), [1, 1, 1]);
        assert_eq!(counts(&dots(&[0.0, 2.0, 4.0, 50.0])), [3, 1]);
        assert_eq!(counts(&dots(&[0.0, 12.0])), [2], "a gap under 3 px merges");
    }

    #[test]
    fn a_cluster_never_grows_wider_than_the_limit() {
        let (clusters, _) =
            cluster(&dots(&(0..100).map(|i| f64::from(i) * 4.0).collect::<Vec<_>>()), 3.0, 40.0);
        assert!(clusters.iter().all(|c| c.right - c.left <= 40.0));
        assert_eq!(clusters.iter().map(|c| c.count).sum::<usize>(), 100);
        assert!(clusters.len() < 20, "{}", clusters.len());
    }

    #[test]
    fn long_bars_do_not_swallow_the_dots_over_them() {
        let spans =
            [(0.0, 500.0, 1), (100.0, 110.0, 1), (101.0, 111.0, 1), (0.5, 500.5, 1), (300.0, 310.0, 1)];
        let (clusters, of) = cluster(&spans, 3.0, 40.0);
        assert_eq!(
            clusters.iter().map(|c| (c.count, c.long)).collect::<Vec<_>>(),
            [(2, true), (2, false), (1, false)]
        );
        assert_eq!(of, [0, 1, 1, 0, 2]);
    }

    #[test]
    fn bars_of_different_lengths_stay_apart() {
        assert_eq!(counts(&[(0.0, 100.0, 1), (0.0, 300.0, 1)]), [1, 1]);
    }

    #[test]
    fn a_hundred_thousand_markers_become_a_few_hundred_clusters() {
        let spans = dots(&(0..100_000).map(|i| f64::from(i) * 0.01).collect::<Vec<_>>());
        let (clusters, of) = cluster(&spans, 3.0, 40.0);
        assert_eq!(of.len(), 100_000);
        assert!(clusters.len() <= 100, "{}", clusters.len());
        assert_eq!(clusters.iter().map(|c| c.count).sum::<usize>(), 100_000);
    }

    #[test]
    fn a_marker_for_several_events_counts_them_all() {
        let spans = [(0.0, 10.0, 40), (2.0, 12.0, 1), (100.0, 110.0, 3)];
        assert_eq!(counts(&spans), [41, 3]);
    }

    #[test]
    fn nothing_in_nothing_out() {
        assert_eq!(cluster(&[], 3.0, 40.0), (vec![], vec![]));
    }
}
