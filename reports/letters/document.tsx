// The feedback letter as a document: the same for the review page's view,
// the PDF and the zip. Plain React without Remix, so the command line can
// render it too.
import { formatDate, formatEuro, formatNumber, formatPercent } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { LetterModel, LetterScore } from "./letters";

function ScoreCells({ figure, language }: { figure: LetterScore; language: Language }) {
  const n = (value: number | null | undefined) => formatNumber(value ?? null, language, 1);
  const { cohort } = figure;
  return (
    <>
      <td className="num">{n(figure.score)}</td>
      <td className="num">{n(cohort?.median)}</td>
      <td className="num">{cohort ? `${n(cohort.q1)} – ${n(cohort.q3)}` : n(null)}</td>
    </>
  );
}

export function LetterDocument({ model }: { model: LetterModel }) {
  const { language } = model;
  const t = translator(language);
  const awarded = model.microcredit_eur !== null;
  return (
    <article className="letter" lang={language}>
      <header>
        <p className="kicker">{t("letters.kicker", { edition: model.edition.name })}</p>
        <h1>{t("letters.title", { initiative: model.applicant.initiative })}</h1>
        <p className="dates">{formatDate(model.generatedAt.slice(0, 10), language)}</p>
      </header>
      <p>
        {t("letters.greeting", {
          name: model.applicant.entrepreneur ?? model.applicant.initiative,
        })}
      </p>
      <p>{t("letters.intro", { edition: model.edition.name, assessors: model.assessors })}</p>
      <h2>{t("letters.decision")}</h2>
      <p className="decision">
        {awarded
          ? t("letters.awarded", { amount: formatEuro(model.microcredit_eur, language) })
          : t("letters.notAwarded")}
      </p>
      <table>
        <caption>{t("letters.scores")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("letters.criterion")}</th>
            <th scope="col" className="num">
              {t("letters.weight")}
            </th>
            <th scope="col" className="num">
              {t("letters.yours")}
            </th>
            <th scope="col" className="num">
              {t("letters.median")}
            </th>
            <th scope="col" className="num">
              {t("letters.quartiles")}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.label}</th>
              <td className="num">{formatPercent(c.share, language, 1)}</td>
              <ScoreCells figure={c} language={language} />
            </tr>
          ))}
          <tr className="weighted">
            <th scope="row">{t("letters.weighted")}</th>
            <td className="num">{formatPercent(1, language)}</td>
            <ScoreCells figure={model.weighted} language={language} />
          </tr>
        </tbody>
      </table>
      <p className="method">
        {t("letters.scoresCaption", {
          scale: model.score_scale_max,
          cohort: model.weighted.cohort?.n ?? 0,
        })}{" "}
        {t("letters.method")}
      </p>
      <h2>{t("letters.comments")}</h2>
      {model.comments.length ? (
        <ul className="comments">
          {model.comments.map((c) => (
            <li key={c.number}>
              <strong>{t("letters.assessor", { n: c.number })}</strong>
              <blockquote>{c.text}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("letters.noComments")}</p>
      )}
      <h2>{t("letters.next")}</h2>
      <p>{t(awarded ? "letters.nextAwarded" : "letters.nextNotAwarded")}</p>
      <p className="signature">
        {t("letters.closing")}
        <br />
        {t("letters.sender")}
      </p>
    </article>
  );
}
