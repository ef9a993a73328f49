// /toegankelijkheid: the accessibility statement Dutch government sites carry.
import type { MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/page-title";
import { useI18n } from "~/i18n/use-i18n";

export default function AccessibilityStatement() {
  const { t } = useI18n();
  return (
    <article>
      <h1>{t("a11y.title")}</h1>
      <p className="lead">{t("a11y.intro")}</p>
      <h2>{t("a11y.statusTitle")}</h2>
      <p>{t("a11y.status")}</p>
      <h2>{t("a11y.howTitle")}</h2>
      <ul>
        <li>{t("a11y.how.axe")}</li>
        <li>{t("a11y.how.keyboard")}</li>
        <li>{t("a11y.how.progress")}</li>
        <li>{t("a11y.how.charts")}</li>
        <li>{t("a11y.how.reflow")}</li>
        <li>{t("a11y.how.language")}</li>
      </ul>
      <h2>{t("a11y.knownTitle")}</h2>
      <ul>
        <li>{t("a11y.known.png")}</li>
        <li>{t("a11y.known.upload")}</li>
        <li>{t("a11y.known.audit")}</li>
      </ul>
      <h2>{t("a11y.contactTitle")}</h2>
      <p>{t("a11y.contact")}</p>
    </article>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, (t) => t("footer.accessibility"));
