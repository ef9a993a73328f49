import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "~/i18n/use-i18n";
import { type PageOf, pageHref } from "~/pagination";
import { formatNumber } from "../../core/format";

/** "Editions 51–100 of 350" with links to the previous and next page; nothing for one page. */
export function Pagination({
  page,
  label,
}: {
  page: Omit<PageOf<unknown>, "rows">;
  label: string;
}) {
  const { language, t } = useI18n();
  const count = (n: number) => formatNumber(n, language, 0);
  const location = useLocation();
  if (page.pages <= 1) return null;
  const url = new URL(`${location.pathname}${location.search}`, "http://page.local");
  return (
    <nav className="pagination" aria-label={label}>
      <p>
        {t("pagination.status", {
          first: count(page.first),
          last: count(page.last),
          total: count(page.total),
        })}
      </p>
      <ul>
        <li>
          {page.page > 1 ? (
            <Link to={pageHref(url, page.page - 1)} rel="prev">
              {t("pagination.previous")}
            </Link>
          ) : null}
        </li>
        <li>
          {page.page < page.pages ? (
            <Link to={pageHref(url, page.page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
