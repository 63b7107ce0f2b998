//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the
//! buffer, its static and dynamic oracles (Goldberg & Nivre 2013), and projectivisation of
//! training trees by arc lifting.
//!
//! Words are numbered `1..=n`; position `n + 1` is the artificial root, which sits at the end
//! of the buffer and is never shifted (Ballesteros & Nivre 2013). LEFT onto the root is only
//! allowed when the stack holds exactly one word, so every parse has exactly one root word, as
//! UD requires.

/// One transition. `Left`/`Right` carry a label index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    /// Move b0 onto the stack.
    Shift,
    /// Attach s0 to b0 and pop s0 (needs a non-empty buffer: b0 is the new head).
    Left(u16),
    /// Attach s0 to s1 and pop s0.
    Right(u16),
}

impl Transition {
    /// Perceptron class of this transition: `0` = SHIFT, `1..=L` = LEFT, `L+1..=2L` = RIGHT.
    pub fn class(self, n_labels: usize) -> usize {
        match self {
            Transition::Shift => 0,
            Transition::Left(l) => 1 + l as usize,
            Transition::Right(l) => 1 + n_labels + l as usize,
        }
    }

    pub fn from_class(class: usize, n_labels: usize) -> Transition {
        if class == 0 {
            Transition::Shift
        } else if class <= n_labels {
            Transition::Left((class - 1) as u16)
        } else {
            Transition::Right((class - 1 - n_labels) as u16)
        }
    }

    pub fn n_classes(n_labels: usize) -> usize {
        1 + 2 * n_labels
    }
}

/// Sentinel for "no such token" in child links.
pub const NONE: u32 = u32::MAX;

/// A parser configuration: stack, buffer front, and the arcs built so far, plus per-token
/// left/right-most children and valencies so features cost O(1).
#[derive(Debug, Clone)]
pub struct Config {
    n: u32,
    pub stack: Vec<u32>,
    /// Front of the buffer; `n + 1` is the root.
    pub b0: u32,
    /// `heads[i]`, `labels[i]` for word `i` (index 0 unused); `NONE` until attached.
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
    /// Two leftmost / rightmost children of each token (`[closest-to-edge, next]`).
    pub left: Vec<[u32; 2]>,
    pub right: Vec<[u32; 2]>,
    pub n_left: Vec<u8>,
    pub n_right: Vec<u8>,
    /// Bit sets of the labels (mod 64) of each token's left and right children.
    pub left_labels: Vec<u64>,
    pub right_labels: Vec<u64>,
}

impl Config {
    pub fn new(n: usize) -> Config {
        let mut c = Config {
            n: 0,
            stack: Vec::new(),
            b0: 1,
            heads: Vec::new(),
            labels: Vec::new(),
            left: Vec::new(),
            right: Vec::new(),
            n_left: Vec::new(),
            n_right: Vec::new(),
            left_labels: Vec::new(),
            right_labels: Vec::new(),
        };
        c.reset(n);
        c
    }

    /// Starts over for a sentence of `n` words, reusing the allocations.
    pub fn reset(&mut self, n: usize) {
        let size = n + 2;
        self.n = n as u32;
        self.stack.clear();
        self.b0 = 1;
        self.heads.clear();
        self.heads.resize(size, NONE);
        self.labels.clear();
        self.labels.resize(size, 0);
        self.left.clear();
        self.left.resize(size, [NONE; 2]);
        self.right.clear();
        self.right.resize(size, [NONE; 2]);
        self.n_left.clear();
        self.n_left.resize(size, 0);
        self.n_right.clear();
        self.n_right.resize(size, 0);
        self.left_labels.clear();
        self.left_labels.resize(size, 0);
        self.right_labels.clear();
        self.right_labels.resize(size, 0);
    }

    /// Becomes a copy of `other`, reusing this configuration's allocations (a beam copies
    /// configurations at every step).
    pub fn copy_from(&mut self, other: &Config) {
        self.n = other.n;
        self.stack.clone_from(&other.stack);
        self.b0 = other.b0;
        self.heads.clone_from(&other.heads);
        self.labels.clone_from(&other.labels);
        self.left.clone_from(&other.left);
        self.right.clone_from(&other.right);
        self.n_left.clone_from(&other.n_left);
        self.n_right.clone_from(&other.n_right);
        self.left_labels.clone_from(&other.left_labels);
        self.right_labels.clone_from(&other.right_labels);
    }

    pub fn n(&self) -> u32 {
        self.n
    }

    pub fn root(&self) -> u32 {
        self.n + 1
    }

    pub fn is_terminal(&self) -> bool {
        self.b0 == self.root() && self.stack.is_empty()
    }

    /// Stack item `i` from the top (0 = top), or `NONE`.
    #[inline]
    pub fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            NONE
        }
    }

    /// Buffer item `i` (0 = front), or `NONE` past the root.
    #[inline]
    pub fn b(&self, i: u32) -> u32 {
        let p = self.b0 + i;
        if p <= self.root() { p } else { NONE }
    }

    /// Is `t` allowed here? LEFT needs a buffer word or, onto the root, a stack of exactly one
    /// word; only LEFT onto the root may carry `root_label`, and nothing else may.
    pub fn is_valid(&self, t: Transition, root_label: u16) -> bool {
        let at_root = self.b0 == self.root();
        match t {
            Transition::Shift => !at_root,
            Transition::Left(l) => {
                if at_root {
                    self.stack.len() == 1 && l == root_label
                } else {
                    !self.stack.is_empty() && l != root_label
                }
            }
            Transition::Right(l) => self.stack.len() >= 2 && l != root_label,
        }
    }

    /// The only valid transition, when there is just one: SHIFT onto an empty stack, or the
    /// final LEFT of the last stack word onto the root. Decoders need not score these.
    #[inline]
    pub fn forced(&self, root_label: u16) -> Option<Transition> {
        if self.stack.is_empty() {
            (self.b0 != self.root()).then_some(Transition::Shift)
        } else if self.b0 == self.root() && self.stack.len() == 1 {
            Some(Transition::Left(root_label))
        } else {
            None
        }
    }

    /// Applies a valid transition.
    pub fn apply(&mut self, t: Transition) {
        match t {
            Transition::Shift => {
                self.stack.push(self.b0);
                self.b0 += 1;
            }
            Transition::Left(l) => {
                let d = self.stack.pop().expect("LEFT needs a non-empty stack");
                self.attach(self.b0, d, l);
            }
            Transition::Right(l) => {
                let d = self.stack.pop().expect("RIGHT needs two stack items");
                let h = *self.stack.last().expect("RIGHT needs two stack items");
                self.attach(h, d, l);
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, l: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.heads[du] = h;
        self.labels[du] = l;
        let bit = 1u64 << (l % 64);
        if d < h {
            // Keep the two outermost children by position, whatever order they arrive in.
            let slot = &mut self.left[hu];
            if slot[0] == NONE || d < slot[0] {
                slot[1] = slot[0];
                slot[0] = d;
            } else if slot[1] == NONE || d < slot[1] {
                slot[1] = d;
            }
            self.n_left[hu] = self.n_left[hu].saturating_add(1);
            self.left_labels[hu] |= bit;
        } else {
            let slot = &mut self.right[hu];
            if slot[0] == NONE || d > slot[0] {
                slot[1] = slot[0];
                slot[0] = d;
            } else if slot[1] == NONE || d > slot[1] {
                slot[1] = d;
            }
            self.n_right[hu] = self.n_right[hu].saturating_add(1);
            self.right_labels[hu] |= bit;
        }
    }
}

/// A gold tree for the oracles: `heads[i]` in `0..=n` (0 = root) and label ids, 1-based.
#[derive(Debug, Clone)]
pub struct Gold {
    /// Index 0 unused; the root is stored as `n + 1` to match [`Config`].
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
}

impl Gold {
    /// `heads` and `labels` for words `1..=n` given 0-based (`heads[0]` is word 1's head).
    pub fn new(heads: &[usize], labels: &[u16]) -> Gold {
        let n = heads.len() as u32;
        let mut h = vec![NONE; heads.len() + 2];
        let mut l = vec![0; heads.len() + 2];
        for (i, (&hd, &lb)) in heads.iter().zip(labels).enumerate() {
            h[i + 1] = if hd == 0 { n + 1 } else { hd as u32 };
            l[i + 1] = lb;
        }
        Gold {
            heads: h,
            labels: l,
        }
    }
}

/// Unlabelled costs of SHIFT, LEFT and RIGHT: how many gold arcs each one makes unreachable
/// (Goldberg & Nivre 2013, arc-hybrid). Exact for projective gold trees. `None` = invalid.
pub fn costs(c: &Config, g: &Gold) -> [Option<u32>; 3] {
    let root = c.root();
    let at_root = c.b0 == root;
    let s0 = c.s(0);
    let s1 = c.s(1);
    let in_buffer = |x: u32| x != NONE && x >= c.b0; // the root counts as in the buffer
    let in_rest_of_buffer = |x: u32| x != NONE && x > c.b0;
    // Buffer dependents of `x` (including the root position, which has no head).
    let buffer_deps = |x: u32| (c.b0..=c.n).filter(|&d| g.heads[d as usize] == x).count() as u32;

    let shift = if at_root {
        None
    } else {
        let b = c.b0;
        // b0 loses its stack dependents and a head below s0 in the stack.
        let deps = c
            .stack
            .iter()
            .filter(|&&d| g.heads[d as usize] == b)
            .count() as u32;
        let h = g.heads[b as usize];
        let head_lost = c.stack.len() > 1 && c.stack[..c.stack.len() - 1].contains(&h);
        Some(deps + head_lost as u32)
    };
    let left = if s0 == NONE || (at_root && c.stack.len() != 1) {
        None
    } else {
        let h = g.heads[s0 as usize];
        let head_lost = h == s1 || in_rest_of_buffer(h);
        Some(buffer_deps(s0) + head_lost as u32)
    };
    let right = if c.stack.len() < 2 {
        None
    } else {
        let h = g.heads[s0 as usize];
        let head_lost = in_buffer(h);
        Some(buffer_deps(s0) + head_lost as u32)
    };
    [shift, left, right]
}

/// Is `t` an optimal (minimum-cost) transition? Arc transitions that build a gold arc must
/// also carry its gold label; an arc that is already wrong may carry any label. The minimum is
/// zero except in the rare dead end where the root constraint forces a loss.
pub fn is_optimal(c: &Config, g: &Gold, costs: &[Option<u32>; 3], t: Transition) -> bool {
    let min = costs.iter().flatten().min().copied().unwrap_or(0);
    match t {
        Transition::Shift => costs[0] == Some(min),
        Transition::Left(l) => {
            let s0 = c.s(0);
            costs[1] == Some(min) && (g.heads[s0 as usize] != c.b0 || g.labels[s0 as usize] == l)
        }
        Transition::Right(l) => {
            let (s0, s1) = (c.s(0), c.s(1));
            costs[2] == Some(min) && (g.heads[s0 as usize] != s1 || g.labels[s0 as usize] == l)
        }
    }
}

/// The static oracle: the gold transition in a configuration reachable from gold.
pub fn static_oracle(c: &Config, g: &Gold) -> Option<Transition> {
    let s0 = c.s(0);
    if s0 != NONE && g.heads[s0 as usize] == c.b0 {
        return Some(Transition::Left(g.labels[s0 as usize]));
    }
    let s1 = c.s(1);
    let done = |x: u32| (c.b0..=c.n).all(|d| g.heads[d as usize] != x);
    if s1 != NONE && g.heads[s0 as usize] == s1 && done(s0) {
        return Some(Transition::Right(g.labels[s0 as usize]));
    }
    if c.b0 <= c.n {
        Some(Transition::Shift)
    } else {
        None
    }
}

/// True if no two arcs cross (heads 0-based per word, 0 = root).
pub fn is_projective(heads: &[usize]) -> bool {
    non_projective_arc(heads).is_none()
}

/// The dependent (1-based) of the shortest non-projective arc, if any. An arc h→d is
/// non-projective when its head does not dominate some word strictly between them; the arc
/// from the root dominates everything, so it is never the one lifted.
fn non_projective_arc(heads: &[usize]) -> Option<usize> {
    let dominates = |h: usize, mut k: usize| {
        // Walk up from k; a tree has no cycles, so this ends at the root within n steps.
        for _ in 0..=heads.len() {
            if k == h {
                return true;
            }
            if k == 0 {
                return false;
            }
            k = heads[k - 1];
        }
        false
    };
    let mut best: Option<(usize, usize)> = None;
    for (i, &h) in heads.iter().enumerate() {
        let d = i + 1;
        let (lo, hi) = if h < d { (h, d) } else { (d, h) };
        if best.is_some_and(|(len, _)| hi - lo >= len) {
            continue;
        }
        if (lo + 1..hi).any(|k| !dominates(h, k)) {
            best = Some((hi - lo, d));
        }
    }
    best.map(|b| b.1)
}

/// Projectivises a tree by lifting (Nivre & Nilsson 2005 without label encoding): while some
/// arc is crossed, reattach the dependent of the shortest crossed arc to its head's head.
/// Returns the number of lifts. Labels are kept, so lifted arcs stay wrong in evaluation;
/// the point is that every other arc of the sentence becomes a usable training signal.
pub fn projectivise(heads: &mut [usize]) -> usize {
    let mut lifts = 0;
    while let Some(d) = non_projective_arc(heads) {
        let h = heads[d - 1];
        debug_assert!(h != 0, "the root arc is never non-projective");
        heads[d - 1] = heads[h - 1];
        lifts += 1;
    }
    lifts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the static oracle and returns the heads/labels it builds (0-based heads, 0 = root).
    fn run_static(heads: &[usize], labels: &[u16]) -> Option<(Vec<usize>, Vec<u16>)> {
        let g = Gold::new(heads, labels);
        let mut c = Config::new(heads.len());
        while !c.is_terminal() {
            let t = static_oracle(&c, &g)?;
            let costs = costs(&c, &g);
            assert_eq!(
                costs.iter().flatten().min(),
                Some(&0),
                "gold path stays zero-cost"
            );
            assert!(
                is_optimal(&c, &g, &costs, t),
                "static oracle step {t:?} has cost"
            );
            c.apply(t);
        }
        let n = heads.len() as u32;
        Some((
            (1..=n as usize)
                .map(|i| {
                    if c.heads[i] == n + 1 {
                        0
                    } else {
                        c.heads[i] as usize
                    }
                })
                .collect(),
            c.labels[1..=n as usize].to_vec(),
        ))
    }

    #[test]
    fn static_oracle_reaches_hand_made_projective_trees() {
        // "She gave him a book ." / "Dogs bark ." / "The man who left smiled ."
        let trees: [&[usize]; 4] = [&[2, 0, 2, 5, 2, 2], &[2, 0, 2], &[2, 5, 4, 2, 0, 5], &[0]];
        for heads in trees {
            let labels: Vec<u16> = (0..heads.len() as u16).map(|i| i % 3 + 1).collect();
            let mut labels = labels;
            let r = heads.iter().position(|&h| h == 0).unwrap();
            labels[r] = 0;
            let (h, l) = run_static(heads, &labels).expect("oracle reaches the tree");
            assert_eq!(h, heads);
            assert_eq!(l, labels);
        }
    }

    #[test]
    fn dynamic_oracle_cost_is_positive_for_a_wrong_arc() {
        // "She eats fish": She ← eats → fish, eats is the root.
        let g = Gold::new(&[2, 0, 2], &[1, 0, 2]);
        let mut c = Config::new(3);
        c.apply(Transition::Shift);
        // Stack [She], b0 = eats: LEFT is gold; SHIFT strands She without her head.
        let k = costs(&c, &g);
        assert_eq!(k[1], Some(0));
        assert_eq!(k[0], Some(1));
        assert_eq!(k[2], None, "RIGHT needs two stack items");
        assert!(
            !is_optimal(&c, &g, &k, Transition::Left(2)),
            "right arc, wrong label"
        );
        assert!(is_optimal(&c, &g, &k, Transition::Left(1)));
        // Off the gold path: stack [She eats], b0 = fish. RIGHT makes She the head of eats,
        // losing eats → fish and eats' root arc.
        c.apply(Transition::Shift);
        let k = costs(&c, &g);
        assert_eq!(k[2], Some(2));
        assert_eq!(k[0], Some(0));
    }

    #[test]
    fn projectivise_lifts_crossing_arcs() {
        // Arcs 3→1 and 2→4 cross; word 1 is lifted to 2.
        let mut heads = vec![3, 0, 2, 2];
        assert!(!is_projective(&heads));
        let lifts = projectivise(&mut heads);
        assert_eq!(lifts, 1);
        assert_eq!(heads, [2, 0, 2, 2]);
        // A crossing with the root's dependent lifts the other arc: 0→2 spans word 1,
        // whose head 3 lies outside; the arc 3→1 is lifted instead.
        let mut heads = vec![3, 0, 2];
        projectivise(&mut heads);
        assert_eq!(heads, [2, 0, 2]);
        assert!(is_projective(&[2, 0, 2]));
    }

    #[test]
    fn forced_is_the_only_valid_transition_or_none() {
        let labels = 4u16;
        let all = |c: &Config| {
            let mut v = vec![Transition::Shift];
            for l in 0..labels {
                v.push(Transition::Left(l));
                v.push(Transition::Right(l));
            }
            v.retain(|&t| c.is_valid(t, 0));
            v
        };
        // "a b c" with a ← c, b ← a (b right of a), c the root: the first SHIFT, the SHIFT
        // onto the stack LEFT emptied and the final LEFT onto the root are forced.
        let mut c = Config::new(3);
        let steps = [
            Transition::Shift,
            Transition::Shift,
            Transition::Right(1),
            Transition::Left(2),
            Transition::Shift,
            Transition::Left(0),
        ];
        let mut forced = 0;
        for t in steps {
            let valid = all(&c);
            match c.forced(0) {
                Some(f) => {
                    assert_eq!(valid, vec![f], "forced {f:?}");
                    assert_eq!(f, t);
                    forced += 1;
                }
                None => assert!(valid.len() > 1, "{valid:?}"),
            }
            c.apply(t);
        }
        assert!(c.is_terminal());
        assert_eq!(forced, 3);
        assert_eq!(c.forced(0), None, "nothing is valid at the end");
    }

    #[test]
    fn validity_forces_a_single_root() {
        let mut c = Config::new(2);
        c.apply(Transition::Shift);
        c.apply(Transition::Shift);
        assert!(
            !c.is_valid(Transition::Left(0), 0),
            "two words on the stack at the root"
        );
        assert!(c.is_valid(Transition::Right(1), 0));
        assert!(
            !c.is_valid(Transition::Right(0), 0),
            "root label only onto the root"
        );
        c.apply(Transition::Right(1));
        assert!(c.is_valid(Transition::Left(0), 0));
        c.apply(Transition::Left(0));
        assert!(c.is_terminal());
    }
}
