// The lock lives in db/ because the erasure (db/queries/privacy) takes it too.
export { lockFormWrite, lockImports } from "../db/lock.server";
