// Frozen migration: the data version in 64 rows (shards) instead of one
// (docs/decisions/032). Every write raised the one row, and held its lock
// until it committed: twenty forms writing at once queued there, each for a
// commit. A write now raises one shard, chosen at random; the version is the
// sum, so it still rises by one with every write. The old row's version is
// kept as shard 0's.
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The one-row key (and its check) goes with its column.
  await sql`alter table data_version drop column id`.execute(db);
  await sql`alter table data_version
    add column shard smallint not null default 0 check (shard between 0 and 63)`.execute(db);
  await sql`alter table data_version alter column shard drop default`.execute(db);
  await sql`alter table data_version add primary key (shard)`.execute(db);
  await sql`insert into data_version (shard, version)
    select s, 0 from generate_series(1, 63) as s`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update data_version set version = (select sum(version) from data_version)
    where shard = 0`.execute(db);
  await sql`delete from data_version where shard <> 0`.execute(db);
  await sql`alter table data_version drop column shard`.execute(db);
  await sql`alter table data_version
    add column id boolean primary key default true check (id)`.execute(db);
}
