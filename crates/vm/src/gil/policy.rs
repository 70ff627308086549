//! Switch policies: when the thread holding the GIL hands it over, and to whom.
//!
//! The evaluation loop consults the active [`SwitchPolicy`] at an instruction boundary only
//! while the GIL's eval breaker flag is armed (one relaxed atomic load per instruction
//! otherwise), so a single-threaded program never reaches this code.
//!
//! * [`CPython`] reproduces CPython 3.11: a thread waiting for the GIL posts a drop request
//!   after the switch interval (`sys.setswitchinterval`, 5 ms by default), and the running
//!   thread honours it only where CPython's eval loop checks its eval breaker (see
//!   [`crate::gil::checkpoint`] for the list). The operating system decides which waiting
//!   thread gets the GIL.
//! * [`Instruction`] may switch between any two instructions: after a fixed number of
//!   instructions, or after a pseudo-random number drawn from a seed. The policy also chooses
//!   the next thread (a directed hand-off), so a seeded run repeats exactly: the same
//!   interleaving, the same output.

use std::sync::atomic::{AtomicU64, Ordering};

use super::Tid;

/// What the evaluation loop asks at an instruction boundary, and whom the GIL goes to.
pub trait SwitchPolicy: Send + Sync {
    /// The policy's name (`sys._pyvm_switch_policy`).
    fn name(&self) -> &'static str;

    /// Whether the eval breaker stays armed whenever two or more threads are runnable (a
    /// preemptive policy), rather than only when a waiting thread posts a drop request.
    fn preemptive(&self) -> bool;

    /// Whether threads waiting for the GIL post drop requests after the switch interval.
    fn timed_requests(&self) -> bool {
        !self.preemptive()
    }

    /// The hook, called by the GIL holder at an instruction boundary while the breaker is
    /// armed. `checkpoint` says CPython 3.11 would check its eval breaker here;
    /// `drop_requested` whether a waiting thread has asked for the GIL. `true` hands the GIL
    /// over now.
    fn switch_here(&self, checkpoint: bool, drop_requested: bool) -> bool;

    /// The thread that gets the GIL when `me` gives it up, among the runnable `others`
    /// (ordered by thread number); `None` leaves the choice to whichever thread takes it
    /// first (the operating system's choice).
    fn choose(&self, me: Tid, others: &[Tid]) -> Option<Tid>;
}

/// CPython 3.11's GIL: drop requests after the switch interval, honoured at eval-breaker
/// checkpoints; the operating system picks the next holder.
pub struct CPython;

impl SwitchPolicy for CPython {
    fn name(&self) -> &'static str {
        "cpython"
    }

    fn preemptive(&self) -> bool {
        false
    }

    fn switch_here(&self, checkpoint: bool, drop_requested: bool) -> bool {
        checkpoint && drop_requested
    }

    fn choose(&self, _me: Tid, _others: &[Tid]) -> Option<Tid> {
        None
    }
}

/// Switches between any two instructions, after `count` instructions (no seed) or after a
/// pseudo-random number of them averaging `count` (with a seed), and hands the GIL to the
/// next runnable thread in turn (no seed) or to one drawn at random (with a seed).
pub struct Instruction {
    seed: Option<u64>,
    count: u64,
    /// Instructions left before the next switch. Touched only by the GIL holder; atomic
    /// because the policy is shared by all threads.
    left: AtomicU64,
    /// The splitmix64 state.
    rng: AtomicU64,
}

impl Instruction {
    pub fn new(seed: Option<u64>, count: u64) -> Instruction {
        let p = Instruction {
            seed,
            count: count.max(1),
            left: AtomicU64::new(0),
            rng: AtomicU64::new(seed.unwrap_or(0)),
        };
        p.left.store(p.next_gap(), Ordering::Relaxed);
        p
    }

    /// The next random number (splitmix64: one 64-bit state, good enough to spread switch
    /// points and the same on every platform).
    fn next_random(&self) -> u64 {
        let s = self
            .rng
            .load(Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        self.rng.store(s, Ordering::Relaxed);
        let mut z = s;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Instructions until the next switch: `count`, or uniform in `1..=2*count-1` (mean
    /// `count`) with a seed.
    fn next_gap(&self) -> u64 {
        match self.seed {
            None => self.count,
            Some(_) => 1 + self.next_random() % (2 * self.count - 1),
        }
    }
}

impl SwitchPolicy for Instruction {
    fn name(&self) -> &'static str {
        "instruction"
    }

    fn preemptive(&self) -> bool {
        true
    }

    fn switch_here(&self, _checkpoint: bool, _drop_requested: bool) -> bool {
        let left = self.left.load(Ordering::Relaxed);
        if left > 1 {
            self.left.store(left - 1, Ordering::Relaxed);
            return false;
        }
        self.left.store(self.next_gap(), Ordering::Relaxed);
        true
    }

    fn choose(&self, me: Tid, others: &[Tid]) -> Option<Tid> {
        if others.is_empty() {
            return None;
        }
        Some(match self.seed {
            // Round robin: the next thread number after `me`, wrapping around.
            None => others
                .iter()
                .copied()
                .find(|&t| t > me)
                .unwrap_or(others[0]),
            Some(_) => others[(self.next_random() % others.len() as u64) as usize],
        })
    }
}

/// The switch policy settings from `-X switch=...`, `-X switch_seed=N`, `-X switch_count=N`
/// and the `PYVM_SWITCH`, `PYVM_SWITCH_SEED`, `PYVM_SWITCH_COUNT` environment variables
/// (`-X` wins).
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchConfig {
    pub instruction: bool,
    pub seed: Option<u64>,
    pub count: u64,
}

/// Instructions between switches under the instruction policy unless `switch_count` says
/// otherwise: often enough to interleave any loop, rarely enough that hand-offs (a few
/// microseconds each) do not dominate the run.
pub const DEFAULT_COUNT: u64 = 1000;

impl Default for SwitchConfig {
    fn default() -> SwitchConfig {
        SwitchConfig {
            instruction: false,
            seed: None,
            count: DEFAULT_COUNT,
        }
    }
}

impl SwitchConfig {
    /// Reads the settings: `env` looks up an environment variable, `xoptions` are the `-X`
    /// options in order. An invalid value is an error message for the command line.
    pub fn from_options(
        xoptions: &[String],
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<SwitchConfig, String> {
        let mut policy = env("PYVM_SWITCH").map(|v| ("PYVM_SWITCH", v));
        let mut seed = env("PYVM_SWITCH_SEED").map(|v| ("PYVM_SWITCH_SEED", v));
        let mut count = env("PYVM_SWITCH_COUNT").map(|v| ("PYVM_SWITCH_COUNT", v));
        for x in xoptions {
            let (key, value) = x.split_once('=').unwrap_or((x.as_str(), ""));
            let value = value.to_string();
            match key {
                "switch" => policy = Some(("-X switch", value)),
                "switch_seed" => seed = Some(("-X switch_seed", value)),
                "switch_count" => count = Some(("-X switch_count", value)),
                _ => {}
            }
        }
        let mut cfg = SwitchConfig::default();
        if let Some((origin, v)) = policy {
            cfg.instruction = match v.as_str() {
                "cpython" | "" => false,
                "instruction" => true,
                _ => {
                    return Err(format!(
                    "{origin}: unknown switch policy '{v}' (expected 'cpython' or 'instruction')"
                ))
                }
            };
        }
        let number = |origin: &str, v: &str| {
            v.trim()
                .parse::<u64>()
                .map_err(|_| format!("{origin}: expected a non-negative integer, got '{v}'"))
        };
        if let Some((origin, v)) = seed {
            cfg.seed = Some(number(origin, &v)?);
        }
        if let Some((origin, v)) = count {
            let n = number(origin, &v)?;
            if n == 0 {
                return Err(format!("{origin}: the count must be at least 1"));
            }
            cfg.count = n;
        }
        Ok(cfg)
    }

    /// The policy these settings select.
    pub fn policy(&self) -> Box<dyn SwitchPolicy> {
        if self.instruction {
            Box::new(Instruction::new(self.seed, self.count))
        } else {
            Box::new(CPython)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(x: &[&str], env: &[(&str, &str)]) -> Result<SwitchConfig, String> {
        let x: Vec<String> = x.iter().map(|s| s.to_string()).collect();
        SwitchConfig::from_options(&x, |k| {
            env.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn options_and_environment() {
        assert_eq!(cfg(&[], &[]).unwrap(), SwitchConfig::default());
        let c = cfg(&["switch=instruction", "switch_seed=7"], &[]).unwrap();
        assert!(c.instruction);
        assert_eq!(c.seed, Some(7));
        let c = cfg(&["switch=cpython"], &[("PYVM_SWITCH", "instruction")]).unwrap();
        assert!(!c.instruction, "-X wins over the environment");
        let c = cfg(
            &[],
            &[("PYVM_SWITCH", "instruction"), ("PYVM_SWITCH_COUNT", "5")],
        )
        .unwrap();
        assert!(c.instruction);
        assert_eq!(c.count, 5);
        assert!(cfg(&["switch=fair"], &[]).is_err());
        assert!(cfg(&["switch_seed=-1"], &[]).is_err());
        assert!(cfg(&["switch_count=0"], &[]).is_err());
    }

    #[test]
    fn seeded_gaps_repeat_and_average_the_count() {
        let a = Instruction::new(Some(1), 10);
        let b = Instruction::new(Some(1), 10);
        let mut total = 0;
        for _ in 0..1000 {
            let (ga, gb) = (a.next_gap(), b.next_gap());
            assert_eq!(ga, gb);
            assert!((1..=19).contains(&ga));
            total += ga;
        }
        assert!((8_000..12_000).contains(&total), "mean near 10: {total}");
        let c = Instruction::new(Some(2), 10);
        let differs = (0..20).any(|_| a.next_gap() != c.next_gap());
        assert!(differs, "another seed, another sequence");
    }

    #[test]
    fn fixed_count_switches_every_count_instructions() {
        let p = Instruction::new(None, 3);
        let hits: Vec<bool> = (0..9).map(|_| p.switch_here(false, false)).collect();
        assert_eq!(
            hits,
            [false, false, true, false, false, true, false, false, true]
        );
        assert_eq!(p.choose(1, &[2, 3]), Some(2));
        assert_eq!(p.choose(2, &[1, 3]), Some(3));
        assert_eq!(p.choose(3, &[1, 2]), Some(1));
        assert_eq!(p.choose(1, &[]), None);
    }

    #[test]
    fn cpython_switches_only_at_checkpoints_on_request() {
        let p = CPython;
        assert!(!p.switch_here(false, true));
        assert!(!p.switch_here(true, false));
        assert!(p.switch_here(true, true));
        assert_eq!(p.choose(1, &[2]), None);
    }
}
