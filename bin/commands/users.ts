import { userInfo } from "node:os";
import { createInterface } from "node:readline/promises";
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from "../../core/accounts";
import { translator } from "../../core/i18n/messages";
import { audit } from "../../db/queries/security.server";
import {
  AccountError,
  createAccount,
  disableAccount,
  listAccounts,
  setPassword,
} from "../../db/queries/users.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

/** Passwords come from standard input, never from arguments (they would end up in shell history and `ps`). */
async function readPassword(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, terminal: false });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
  }
}

function checkedPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new RefusedError("cli.users.shortPassword", { n: MIN_PASSWORD_LENGTH });
  }
  return password;
}

const actor = () => `cli:${userInfo().username}`;

export const usersCommand: Command = {
  name: "users",
  summary: "cli.users.summary",
  usage: "cli.users.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      municipality: { type: "string", multiple: true },
    });
    const [action] = positionals;
    const t = translator(io.language);
    const db = await io.db();
    if (action === "list") {
      for (const a of await listAccounts(db)) {
        io.out(
          `${a.email}  ${a.role}  ${a.name}${a.municipalities.length ? `  (${a.municipalities.join(", ")})` : ""}${a.disabled ? `  ${t("cli.users.disabledMark")}` : ""}`,
        );
      }
      return EXIT.done;
    }
    if (!values.email) throw new UsageError("cli.users.giveEmail");
    if (action === "add") {
      const role = values.role as Role;
      if (!ROLES.includes(role))
        throw new UsageError("cli.users.role", { roles: ROLES.join(", ") });
      if (!values.name) throw new UsageError("cli.users.giveName");
      const password = checkedPassword(await readPassword(io.stdin ?? process.stdin));
      try {
        await createAccount(db, {
          email: values.email,
          name: values.name,
          role,
          municipalities: values.municipality ?? [],
          password,
        });
      } catch (error) {
        if (error instanceof AccountError) throw new RefusedError(error.key, error.values);
        throw error;
      }
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "user_added",
        details: { email: values.email.toLowerCase(), role },
      });
      io.out(t("cli.users.added", { email: values.email.toLowerCase(), role }));
      return EXIT.done;
    }
    if (action === "disable") {
      if (!(await disableAccount(db, values.email)))
        throw new RefusedError("cli.users.noActive", { email: values.email });
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "user_disabled",
        details: { email: values.email.toLowerCase() },
      });
      io.out(t("cli.users.disabled", { email: values.email.toLowerCase() }));
      return EXIT.done;
    }
    if (action === "reset-password") {
      const password = checkedPassword(await readPassword(io.stdin ?? process.stdin));
      if (!(await setPassword(db, values.email, password)))
        throw new RefusedError("cli.users.noAccount", { email: values.email });
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "password_changed",
        details: { email: values.email.toLowerCase() },
      });
      io.out(t("cli.users.passwordSet", { email: values.email.toLowerCase() }));
      return EXIT.done;
    }
    throw new UsageError("cli.users.choose");
  },
};
