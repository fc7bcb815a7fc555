/** A file named by a link, read no further than `limit` bytes; why not, in a sentence, when it cannot be had. */
export async function fetchBounded(url: string, limit: number): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return { error: `${url}: ${response.status} ${response.statusText}` };
    const declared = Number(response.headers.get('content-length'));
    const over = () => ({ error: `${url}: the file is over the limit of ${Math.round(limit / 2 ** 20)} MB` });
    if (declared > limit) {
      await response.body.cancel();
      return over();
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return over();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { bytes };
  } catch (e) {
    return { error: `${url}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
