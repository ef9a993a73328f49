import type { ReactNode } from "react";

/**
 * The outcome of a form: announced politely when it went well, at once when
 * it did not. With an `id` it can take focus, so that keyboard users land on
 * it after the page answers.
 */
export function FormNotice({
  ok,
  id,
  children,
}: {
  ok: boolean;
  id?: string;
  children: ReactNode;
}) {
  return (
    <p
      id={id}
      tabIndex={id ? -1 : undefined}
      className={`notice notice--${ok ? "ok" : "error"} utrecht-alert utrecht-alert--${ok ? "ok" : "error"}`}
      role={ok ? "status" : "alert"}
    >
      {children}
    </p>
  );
}
