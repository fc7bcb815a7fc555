/**
 * Groups the set cells of a `width * height` row-major mask into 4-connected components. Returns each cell's
 * component number (0, 1, ... in order of first cell, row by row; -1 for unset cells) and the count.
 * Does not mutate `mask`.
 */
export function labelComponents(mask: Uint8Array, width: number, height: number): { labels: Int32Array; count: number } {
  const labels = new Int32Array(width * height).fill(-1);
  const stack = new Int32Array(width * height);
  let count = 0;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start] !== -1) continue;
    let top = 0;
    stack[top++] = start;
    labels[start] = count;
    while (top > 0) {
      const cell = stack[--top]!;
      const c = cell % width;
      const visit = (n: number) => {
        if (mask[n] && labels[n] === -1) {
          labels[n] = count;
          stack[top++] = n;
        }
      };
      if (c > 0) visit(cell - 1);
      if (c < width - 1) visit(cell + 1);
      if (cell >= width) visit(cell - width);
      if (cell < (height - 1) * width) visit(cell + width);
    }
    count++;
  }
  return { labels, count };
}
