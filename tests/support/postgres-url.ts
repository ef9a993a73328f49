export interface PostgresTemplate {
  /** The server as TEST_DATABASE_URL names it; used to create and drop databases. */
  adminUrl: string;
  /** A migrated database that each test file copies. */
  template: string;
  /** Every database of this run starts with it, so teardown finds them all. */
  prefix: string;
}

/** The same server address with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
