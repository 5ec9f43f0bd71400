import type { ReactNode } from 'react';

/** Rows per page in the UI's tables; the API pages with limit and offset. */
export const PAGE_SIZE = 100;

/** The 1-based page number in a URL's `?page=`, 1 when absent or not a page number. */
export const pageFrom = (params: URLSearchParams): number => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
};

export const pageQuery = (page: number): { limit: number; offset: number } => ({
  limit: PAGE_SIZE,
  offset: (page - 1) * PAGE_SIZE,
});

interface PagerProps {
  readonly page: number;
  /** Rows on this page: a full page means there may be more. */
  readonly rows: number;
  /** How to count the rows when they all fit on one page, e.g. "5 statements". */
  readonly count: (rows: number) => ReactNode;
  readonly onPage: (page: number) => void;
  /** Only the buttons, for under a table: the count is said above it. */
  readonly buttonsOnly?: boolean;
}

/**
 * Which rows are shown, with Previous and Next. The API does not count all matches, so a full
 * page is taken to mean there may be another.
 */
export const Pager = ({ page, rows, count, onPage, buttonsOnly = false }: PagerProps) => {
  const first = (page - 1) * PAGE_SIZE + 1;
  const hasNext = rows === PAGE_SIZE;
  const onePage = page === 1 && !hasNext;
  if (buttonsOnly && onePage) return null;
  return (
    <div className="pager">
      {!buttonsOnly && (
        <p className="result-count" aria-live="polite">
          {onePage
            ? count(rows)
            : rows === 0
              ? `Nothing on page ${page}`
              : `Showing ${first}–${first + rows - 1}`}
        </p>
      )}
      {!onePage && (
        <nav className="pager__buttons" aria-label="Pages">
          <button type="button" disabled={page === 1} onClick={() => onPage(page - 1)}>
            Previous
          </button>
          <span className="pager__page">Page {page}</span>
          <button type="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
};
