import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
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
  useRouteLoaderData,
} from "@remix-run/react";
import alertCss from "@utrecht/alert-css/dist/index.min.css";
import buttonCss from "@utrecht/button-css/dist/index.min.css";
import documentCss from "@utrecht/document-css/dist/html/index.min.css";
import formLabelCss from "@utrecht/form-label-css/dist/index.min.css";
import heading1Css from "@utrecht/heading-1-css/dist/html/index.min.css";
import heading2Css from "@utrecht/heading-2-css/dist/html/index.min.css";
import heading3Css from "@utrecht/heading-3-css/dist/html/index.min.css";
import linkCss from "@utrecht/link-css/dist/html/index.min.css";
import pageHeaderCss from "@utrecht/page-header-css/dist/index.min.css";
import paragraphCss from "@utrecht/paragraph-css/dist/html/index.min.css";
import selectCss from "@utrecht/select-css/dist/index.min.css";
import tableCss from "@utrecht/table-css/dist/index.min.css";
import textboxCss from "@utrecht/textbox-css/dist/index.min.css";
import { type ReactNode, useEffect, useRef } from "react";
import type { Role } from "../core/accounts";
import { errorForLog } from "../core/error-for-log";
import { currentUser } from "./auth.server";
import { hasDemoData } from "./db.server";
import { languageOf } from "./i18n/language.server";
import { useI18n } from "./i18n/use-i18n";
import stylesheet from "./styles/app.css";
import themeCss from "./styles/theme.css";

// The NL Design System components (the Utrecht community's CSS, EUPL-1.2),
// bundled by the Remix build into build assets, so they work offline; then
// our tokens (theme.css) and our own layout (app.css), which win. The
// document, headings, paragraphs and links take the packages' "html"
// variant, which styles the plain elements every page writes.
const NL_DESIGN_SYSTEM = [
  documentCss,
  heading1Css,
  heading2Css,
  heading3Css,
  paragraphCss,
  linkCss,
  pageHeaderCss,
  buttonCss,
  tableCss,
  alertCss,
  textboxCss,
  selectCss,
  formLabelCss,
];

export const links: LinksFunction = () => [
  ...NL_DESIGN_SYSTEM.map((href) => ({ rel: "stylesheet", href })),
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [language, demo, user] = await Promise.all([
    languageOf(request),
    hasDemoData(context.db),
    currentUser(request, context.db),
  ]);
  return {
    language,
    demo,
    user: user ? { name: user.name, role: user.role } : null,
    nonce: context.cspNonce ?? "",
  };
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

interface PageUser {
  name: string;
  role: Role;
}

function Navigation({ user }: { user: PageUser | null }) {
  const { t } = useI18n();
  const admin = user?.role === "admin";
  // An assessor reads nothing of the dashboards: only their own plans (decision 027).
  const reader = user !== null && user.role !== "assessor";
  return (
    <nav aria-label={t("nav.main")}>
      <ul className="nav-list">
        {user?.role === "assessor" ? (
          <li>
            <Link to="/beoordelen">{t("scoring.nav")}</Link>
          </li>
        ) : null}
        {reader ? (
          <li>
            <Link to="/">{t("nav.overview")}</Link>
          </li>
        ) : null}
        {reader ? (
          <li>
            <Link to="/evaluatie">{t("evaluation.page.nav")}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/definities">{t("nav.definitions")}</Link>
        </li>
        {admin ? (
          <li>
            <Link to="/import">{t("nav.import")}</Link>
          </li>
        ) : null}
        {reader ? (
          <li>
            <Link to="/export">{t("nav.export")}</Link>
          </li>
        ) : null}
        {admin ? (
          <li>
            <Link to="/beheer/gebruikers">{t("nav.users")}</Link>
          </li>
        ) : null}
        {admin ? (
          <li>
            <Link to="/beheer/privacy">{t("privacy.nav")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function Account({ user }: { user: PageUser | null }) {
  const { t } = useI18n();
  if (!user) return null;
  return (
    <div className="account">
      <Link to="/account">{user.name}</Link>
      <Form method="post" action="/uitloggen" className="inline-form">
        <button type="submit" className="link-button">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}

function HeaderParts({ user }: { user: PageUser | null }) {
  return (
    <>
      <Navigation user={user} />
      <Account user={user} />
      <LanguageSwitch />
    </>
  );
}

/**
 * On a narrow screen (and at 200% zoom) the header's links fold into a menu
 * (WCAG 1.4.10): a <details> opens with Enter or Space and works without
 * JavaScript. On a wide screen the same links stand in the header and the
 * menu is not shown; one of the two is always display: none, so a screen
 * reader and the Tab key meet the links once.
 */
function SiteMenu({ user }: { user: PageUser | null }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  // after a link in the menu took the scripts to another page, fold it again
  useEffect(() => {
    if (menu.current && pathname) menu.current.open = false;
  }, [pathname]);
  return (
    <details className="site-menu" ref={menu}>
      <summary className="site-menu__button">{t("nav.menu")}</summary>
      <div className="site-menu__panel">
        <HeaderParts user={user} />
      </div>
    </details>
  );
}

function Page({
  children,
  demo,
  user,
  nonce,
}: {
  children: ReactNode;
  demo: boolean;
  user: PageUser | null;
  nonce: string;
}) {
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
        <header className="utrecht-page-header site-header">
          <div className="utrecht-page-header__content site-header__inner">
            <Link to="/" className="site-title">
              {t("app.name")}
              <span className="site-tagline">{t("app.tagline")}</span>
            </Link>
            <div className="site-header__wide">
              <HeaderParts user={user} />
            </div>
            <SiteMenu user={user} />
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
        <footer className="site-footer">
          {t("footer.text")} <Link to="/toegankelijkheid">{t("footer.accessibility")}</Link>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/**
 * After the scripts move to another page, start the keyboard and screen
 * reader at its content, as the skip link would: otherwise the focus stays
 * where the old page's link was, somewhere in the middle of the new page.
 * A page that arrives with the outcome of a form (#melding, after a
 * redirect) starts there instead: this runs after the page's own effects,
 * so it would take the focus away from the notice.
 */
function useFocusContentOnNewPage() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    (document.getElementById("melding") ?? document.getElementById("inhoud"))?.focus();
  }, [pathname]);
}

export default function App() {
  const { demo, user, nonce } = useLoaderData<typeof loader>();
  useFocusContentOnNewPage();
  return (
    <Page demo={demo} user={user} nonce={nonce}>
      <Outlet />
    </Page>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(errorForLog(error));
  return (
    <Page demo={false} user={null} nonce={useRouteLoaderData<typeof loader>("root")?.nonce ?? ""}>
      <h1>{notFound ? t("error.notFoundTitle") : t("error.title")}</h1>
      <p>{notFound ? t("error.notFoundBody") : t("error.body")}</p>
      <p>
        <Link to="/">{t("error.back")}</Link>
      </p>
    </Page>
  );
}
