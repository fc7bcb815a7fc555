import TinyQueue from 'tinyqueue';

export interface GreedyStep<C> {
  candidate: C;
  /** Its gain when it was taken. */
  gain: number;
}

export interface LazyGreedyProblem<C> {
  candidates: readonly C[];
  /** At most this many are taken. */
  budget: number;
  /**
   * A bound the candidate's gain never exceeds, now or after more are taken (the gain itself will do). Gains
   * must shrink as candidates are taken (submodular: covering more never makes a candidate cover more).
   */
  bound(candidate: C): number;
  /** The candidate's gain given what was taken so far. */
  gain(candidate: C): number;
  /** Takes a candidate; returns what it gained. */
  take(candidate: C, gain: number): number;
}

interface Entry {
  /** Index in `candidates`: ties go to the earlier candidate, so the answer does not depend on the queue. */
  index: number;
  value: number;
  /** The round in which `value` was computed as a gain; -1 while it is only the initial bound. */
  round: number;
}

/**
 * Greedy selection with lazy evaluation (CELF, Leskovec et al. 2007): each round takes the candidate of largest
 * gain, evaluating only those whose last known gain (an upper bound, since gains only shrink) could still beat
 * the best fresh one. Takes the same candidates as evaluating every one each round, in the same order, with ties
 * going to the earlier candidate. Stops early when nothing gains more than `minGain`.
 */
export function lazyGreedy<C>(problem: LazyGreedyProblem<C>, minGain = 0): GreedyStep<C>[] {
  const queue = new TinyQueue<Entry>(
    problem.candidates.map((c, index) => ({ index, value: problem.bound(c), round: -1 })),
    (a, b) => b.value - a.value || a.index - b.index,
  );
  const steps: GreedyStep<C>[] = [];
  for (let round = 0; round < problem.budget; round++) {
    let top = queue.pop();
    while (top && top.round !== round) {
      top.value = top.value > minGain ? problem.gain(problem.candidates[top.index]!) : top.value;
      top.round = round;
      queue.push(top);
      top = queue.pop();
    }
    if (!top || !(top.value > minGain)) break;
    const candidate = problem.candidates[top.index]!;
    steps.push({ candidate, gain: problem.take(candidate, top.value) });
  }
  return steps;
}
