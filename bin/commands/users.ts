import { userInfo } from "node:os";
import { createInterface } from "node:readline/promises";
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from "../../core/accounts";
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
    throw new RefusedError(`Een wachtwoord heeft ten minste ${MIN_PASSWORD_LENGTH} tekens.`);
  }
  return password;
}

const actor = () => `cli:${userInfo().username}`;

export const usersCommand: Command = {
  name: "users",
  summary: "beheert accounts: add, list, disable, reset-password",
  usage: [
    "Gebruik: impact users add --email ADRES --name NAAM --role admin|municipality|researcher [--municipality NAAM]...",
    "       impact users list",
    "       impact users disable --email ADRES",
    "       impact users reset-password --email ADRES",
    "",
    "Het wachtwoord (add, reset-password) komt van standaardinvoer, nooit als argument:",
    "  echo 'een lang wachtwoord' | npm run --silent impact -- users add --email a@b.nl --name A --role admin",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      municipality: { type: "string", multiple: true },
    });
    const [action] = positionals;
    const db = await io.db();
    if (action === "list") {
      for (const a of await listAccounts(db)) {
        io.out(
          `${a.email}  ${a.role}  ${a.name}${a.municipalities.length ? `  (${a.municipalities.join(", ")})` : ""}${a.disabled ? "  uitgeschakeld" : ""}`,
        );
      }
      return EXIT.done;
    }
    if (!values.email) throw new UsageError("Geef het account: --email ADRES");
    if (action === "add") {
      const role = values.role as Role;
      if (!ROLES.includes(role)) throw new UsageError(`--role is een van: ${ROLES.join(", ")}.`);
      if (!values.name) throw new UsageError("Geef een naam: --name NAAM");
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
        if (error instanceof AccountError) throw new RefusedError(error.message);
        throw error;
      }
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "user_added",
        details: { email: values.email.toLowerCase(), role },
      });
      io.out(`Account ${values.email.toLowerCase()} (${role}) is aangemaakt.`);
      return EXIT.done;
    }
    if (action === "disable") {
      if (!(await disableAccount(db, values.email)))
        throw new RefusedError(`Geen actief account voor ${values.email}.`);
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "user_disabled",
        details: { email: values.email.toLowerCase() },
      });
      io.out(
        `Account ${values.email.toLowerCase()} is uitgeschakeld; zijn sessies zijn beëindigd.`,
      );
      return EXIT.done;
    }
    if (action === "reset-password") {
      const password = checkedPassword(await readPassword(io.stdin ?? process.stdin));
      if (!(await setPassword(db, values.email, password)))
        throw new RefusedError(`Geen account voor ${values.email}.`);
      await audit(db, {
        userId: null,
        actor: actor(),
        action: "password_changed",
        details: { email: values.email.toLowerCase() },
      });
      io.out(`Het wachtwoord van ${values.email.toLowerCase()} is opnieuw ingesteld.`);
      return EXIT.done;
    }
    throw new UsageError("Kies add, list, disable of reset-password.");
  },
};
