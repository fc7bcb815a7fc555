/** The query parameter that links straight to a commune's view: `?commune=07210`. */
export const COMMUNE_PARAM = 'commune';

/** The commune code in a location's query string (`location.search`), or null when there is none. */
export function readCommuneParam(search: string): string | null {
  const code = new URLSearchParams(search).get(COMMUNE_PARAM)?.trim();
  return code ? code : null;
}

/** `href` with the commune parameter set to `code`, or removed when `code` is null; other parameters stay. */
export function communeUrl(href: string, code: string | null): string {
  const url = new URL(href);
  if (code) url.searchParams.set(COMMUNE_PARAM, code);
  else url.searchParams.delete(COMMUNE_PARAM);
  return url.toString();
}
