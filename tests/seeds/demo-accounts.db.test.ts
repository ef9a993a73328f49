// The demo's accounts as `impact serve` makes them on a fresh database: one
// per role, and the assessor with the plans of a demo edition to score.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_ASSESSMENT_EDITION } from "../../db/demo-accounts";
import { assessorPlans } from "../../db/queries/assessor-plans.server";
import { checkCredentials } from "../../db/queries/users.server";
import { ensureDemoAccounts, loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";

describe("the demo accounts", () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await loadDemoData(test.db);
    expect(await ensureDemoAccounts(test.db)).toEqual(DEMO_ACCOUNTS);
  });

  it("has one account per role, each with its documented password", async () => {
    const roles = [];
    for (const { email, password, role } of DEMO_ACCOUNTS) {
      expect(await checkCredentials(test.db, email, password), email).toMatchObject({ role });
      roles.push(role);
    }
    expect(roles.sort()).toEqual(["admin", "assessor", "municipality", "researcher"]);
  });

  it("gives the assessor every plan of the demo edition, none scored yet", async () => {
    const assessor = DEMO_ACCOUNTS.find((a) => a.role === "assessor");
    if (!assessor) throw new Error("the demo has no assessor");
    const account = await checkCredentials(test.db, assessor.email, assessor.password);
    if (!account) throw new Error("the demo assessor cannot log in");
    const plans = await assessorPlans(test.db, account.user_id);
    const submitted = await test.db
      .selectFrom("applicants")
      .select("applicant_id")
      .where("edition_id", "=", DEMO_ASSESSMENT_EDITION)
      .where("plan_submitted", "=", true)
      .execute();
    expect(submitted.length).toBeGreaterThan(0);
    expect(plans.map((p) => p.applicant_id).sort()).toEqual(
      submitted.map((p) => p.applicant_id).sort(),
    );
    expect(new Set(plans.map((p) => `${p.edition_id} ${p.state}`))).toEqual(
      new Set([`${DEMO_ASSESSMENT_EDITION} to_do`]),
    );
  });

  it("is made once: a database with accounts keeps its own", async () => {
    expect(await ensureDemoAccounts(test.db)).toEqual([]);
  });
});
