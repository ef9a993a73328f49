// POST /uitloggen ends the session.
import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { currentUser, endSession } from "~/auth.server";
import { audit } from "~/security.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await currentUser(request, context.db);
  if (user) await audit(context.db, { userId: user.user_id, actor: user.email, action: "logout" });
  return redirect("/inloggen", {
    headers: { "Set-Cookie": await endSession(request, context.db) },
  });
}

export function loader() {
  return redirect("/");
}
