// Long tables in pages: the national overview lists hundreds of editions a
// year, more than anyone reads at once and more than a page should carry.
// The page number lives in the URL (`pagina`), beside the filters.

export const PAGE_PARAM = "pagina";

export interface PageOf<T> {
  rows: T[];
  /** 1-based; out-of-range requests are clamped. */
  page: number;
  pages: number;
  /** Position of the first and last row shown, 1-based; 0 when empty. */
  first: number;
  last: number;
  total: number;
}

export function pageOf<T>(rows: readonly T[], url: URL, pageSize: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const asked = Number.parseInt(url.searchParams.get(PAGE_PARAM) ?? "1", 10);
  const page = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  const start = (page - 1) * pageSize;
  const shown = rows.slice(start, start + pageSize);
  return {
    rows: shown,
    page,
    pages,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: rows.length,
  };
}

/** The same URL (filters and all) at another page. */
export function pageHref(url: URL, page: number): string {
  const params = new URLSearchParams(url.search);
  if (page === 1) params.delete(PAGE_PARAM);
  else params.set(PAGE_PARAM, String(page));
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
