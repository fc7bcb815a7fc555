/**
 * Intervals on a line are stored as pairs `[a0, b0, a1, b1, ...]` in a Float64Array, a the start and b the end.
 */

/**
 * Sorts the first `n` intervals of `buf` by start and merges overlapping ones in place.
 * Returns the number of disjoint intervals left at the front of `buf` (mutates `buf`).
 */
export function unionIntervals(buf: Float64Array, n: number): number {
  // Insertion sort: rows hold few intervals, and typed arrays have no pair sort.
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
