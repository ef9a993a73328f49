/** Markup the server rendered once for many requests (app/metric-tables.server.tsx). */
export function StaticHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by React on our own server from our own figures
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
