// The demo accounts of the embedded demo: one per role, with passwords that
// are printed at start and shown on the login page. Never made on a
// PostgreSQL server unless demo data is asked for (IMPACT_DEMO=1). The
// assessor gets the plans of DEMO_ASSESSMENT_EDITION, so that /beoordelen
// has something to score.
import type { Role } from "../core/accounts";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  municipalities: string[];
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "beheer@demo.soc",
    name: "Demo Buro Bries",
    role: "admin",
    municipalities: [],
    password: "demo-beheer-2026",
  },
  {
    email: "groningen@demo.soc",
    name: "Demo gemeente Groningen",
    role: "municipality",
    municipalities: ["Groningen"],
    password: "demo-groningen-2026",
  },
  {
    email: "onderzoek@demo.soc",
    name: "Demo onderzoeker",
    role: "researcher",
    municipalities: [],
    password: "demo-onderzoek-2026",
  },
  {
    email: "beoordelaar@demo.soc",
    // Not a jury name of the demo data ("Jury A", ...): assessments are keyed on the name.
    name: "Demo beoordelaar",
    role: "assessor",
    municipalities: [],
    password: "demo-beoordelaar-2026",
  },
];

/** The demo edition whose plans the demo assessor has to score: the latest of Groningen. */
export const DEMO_ASSESSMENT_EDITION = "groningen-2022";
