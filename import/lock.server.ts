// The lock lives in db/ because the erasure (db/queries/privacy) takes it too.
export { lockEditions, lockFormWrite, lockImports } from "../db/lock.server";
