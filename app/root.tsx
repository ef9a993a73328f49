import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { hasDemoData } from "./db.server";
import { languageOf } from "./i18n/language.server";
import { useI18n } from "./i18n/use-i18n";
import stylesheet from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [language, demo] = await Promise.all([languageOf(request), hasDemoData(context.db)]);
  return { language, demo };
}

function LanguageSwitch() {
  const { language, t } = useI18n();
  const location = useLocation();
  const other = language === "nl" ? "en" : "nl";
  return (
    <form method="post" action="/taal" className="language-switch">
      <input type="hidden" name="taal" value={other} />
      <input type="hidden" name="terug" value={location.pathname + location.search} />
      <button type="submit" lang={other} title={t("language.switchHint")}>
        {t("language.switch")}
      </button>
    </form>
  );
}

function Page({ children, demo }: { children: ReactNode; demo: boolean }) {
  const { language, t } = useI18n();
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#inhoud">
          {t("nav.skip")}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link to="/" className="site-title">
              {t("app.name")}
              <span className="site-tagline">{t("app.tagline")}</span>
            </Link>
            <nav aria-label={t("nav.main")}>
              <ul className="nav-list">
                <li>
                  <Link to="/">{t("nav.overview")}</Link>
                </li>
                <li>
                  <Link to="/definities">{t("nav.definitions")}</Link>
                </li>
                <li>
                  <Link to="/import">{t("nav.import")}</Link>
                </li>
                <li>
                  <Link to="/export">{t("nav.export")}</Link>
                </li>
              </ul>
            </nav>
            <LanguageSwitch />
          </div>
        </header>
        {demo ? (
          <p className="demo-banner" role="note">
            {t("demo.banner")}
          </p>
        ) : null}
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">{t("footer.text")}</footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const { demo } = useLoaderData<typeof loader>();
  return (
    <Page demo={demo}>
      <Outlet />
    </Page>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <Page demo={false}>
      <h1>{notFound ? t("error.notFoundTitle") : t("error.title")}</h1>
      <p>{notFound ? t("error.notFoundBody") : t("error.body")}</p>
      <p>
        <Link to="/">{t("error.back")}</Link>
      </p>
    </Page>
  );
}
