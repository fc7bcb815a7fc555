/**
 * Intervals on a line are stored as pairs `[a0, b0, a1, b1, ...]` in a Float64Array, a the start and b the end.
 */

/** Above this many intervals a row is merged by sorting starts and ends apart; insertion sort is quadratic. */
const INSERTION_MAX = 24;
let starts = new Float64Array(64);
let ends = new Float64Array(64);

/**
 * Sorts the first `n` intervals of `buf` by start and merges overlapping (or touching) ones in place.
 * Returns the number of disjoint intervals left at the front of `buf` (mutates `buf`).
 */
export function unionIntervals(buf: Float64Array, n: number): number {
  return n <= INSERTION_MAX ? unionByInsertion(buf, n) : unionBySweep(buf, n);
}

function unionByInsertion(buf: Float64Array, n: number): number {
  for (let i = 1; i < n; i++) {
    const a = buf[2 * i]!;
    const b = buf[2 * i + 1]!;
    let j = i - 1;
    while (j >= 0 && buf[2 * j]! > a) {
      buf[2 * j + 2] = buf[2 * j]!;
      buf[2 * j + 3] = buf[2 * j + 1]!;
      j--;
    }
    buf[2 * j + 2] = a;
    buf[2 * j + 3] = b;
  }
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = buf[2 * i]!;
    const b = buf[2 * i + 1]!;
    if (m > 0 && a <= buf[2 * m - 1]!) {
      if (b > buf[2 * m - 1]!) buf[2 * m - 1] = b;
    } else {
      buf[2 * m] = a;
      buf[2 * m + 1] = b;
      m++;
    }
  }
  return m;
}

/**
 * The same union in O(n log n): starts and ends sorted apart (native typed-array sort), then swept counting how
 * many intervals are open; a start at the same x as an end comes first, so touching intervals merge as above.
 * The k-th smallest start is never after the k-th smallest end, so the sweep never closes more than it opened.
 */
function unionBySweep(buf: Float64Array, n: number): number {
  if (starts.length < n) {
    starts = new Float64Array(2 * n);
    ends = new Float64Array(2 * n);
  }
  for (let i = 0; i < n; i++) {
    starts[i] = buf[2 * i]!;
    ends[i] = buf[2 * i + 1]!;
  }
  const a = starts.subarray(0, n).sort();
  const b = ends.subarray(0, n).sort();
  let m = 0;
  let open = 0;
  let j = 0;
  for (let i = 0; i < n; ) {
    if (a[i]! <= b[j]!) {
      if (open++ === 0) buf[2 * m] = a[i]!;
      i++;
    } else {
      if (--open === 0) buf[2 * m++ + 1] = b[j]!;
      j++;
    }
  }
  buf[2 * m++ + 1] = b[n - 1]!;
  return m;
}

/**
 * Total length of the overlap of two sorted, disjoint interval lists: `a` from index pair `a0` to `a1`
 * (exclusive), `b` its first `nb` pairs. Neither is mutated.
 */
export function overlapLength(a: Float64Array, a0: number, a1: number, b: Float64Array, nb: number): number {
  let i = a0;
  let j = 0;
  let sum = 0;
  while (i < a1 && j < nb) {
    const lo = Math.max(a[2 * i]!, b[2 * j]!);
    const hiA = a[2 * i + 1]!;
    const hiB = b[2 * j + 1]!;
    if (hiA < hiB) {
      if (hiA > lo) sum += hiA - lo;
      i++;
    } else {
      if (hiB > lo) sum += hiB - lo;
      j++;
    }
  }
  return sum;
}

/** A growable interval buffer: `push` keeps capacity, `count` is the number of intervals. */
export class IntervalBuffer {
  data = new Float64Array(64);
  count = 0;

  push(a: number, b: number): void {
    if (2 * this.count + 2 > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[2 * this.count] = a;
    this.data[2 * this.count + 1] = b;
    this.count++;
  }
}
