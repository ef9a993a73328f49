// What a follow-up link's pages show for a link that was never made
// (`unknown`, 404) or has ended (`ended`, 410): a heading and what to do.
import { useI18n } from "~/i18n/use-i18n";

export function FollowupLinkProblem({ state }: { state: "unknown" | "ended" }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t(`followup.${state}.title`)}</h1>
      <p>{t(`followup.${state}.body`)}</p>
    </>
  );
}
