// The 360Giving flat form back to JSON, as 360Giving's converter
// (flatten-tool) reads it: a header is a title of the schema (`Recipient
// Org:Identifier`, parts joined by `:`) or a JSON path (`socImpact/leverage`,
// `classifications/0/code`); arrays of strings are `;`-separated; an empty
// cell is no field. Enough of it for our columns, to test that the
// spreadsheet and the JSON carry the same grants.

export interface SchemaNode {
  $ref?: string;
  title?: string;
  type?: string | string[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
}

type Path = (string | number)[];

/** Title → JSON path, from the grant schema: one level of nesting, arrays at their first item. */
export function titlePaths(schema: SchemaNode): Map<string, Path> {
  const paths = new Map<string, Path>();
  const definition = (ref?: string) =>
    ref ? schema.$defs?.[ref.replace("#/$defs/", "")] : undefined;
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const array = property.type === "array";
    const node = array
      ? (definition(property.items?.$ref) ?? property.items)
      : (definition(property.$ref) ?? property);
    const title = property.title ?? node?.title;
    if (!title) continue;
    paths.set(title, [key]);
    for (const [childKey, child] of Object.entries(node?.properties ?? {})) {
      if (child.title)
        paths.set(`${title}:${child.title}`, array ? [key, 0, childKey] : [key, childKey]);
    }
  }
  return paths;
}

function pathOf(header: string, titles: Map<string, Path>): Path {
  const titled = titles.get(header);
  if (titled) return titled;
  if (!header.includes("/")) throw new Error(`not a title of the schema nor a path: ${header}`);
  return header.split("/").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function put(target: Record<string | number, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = path[i + 1];
    node[key] ??= typeof next === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

/** One row of the flat sheet (header → cell value) as a grant. */
export function unflatten(
  row: Record<string, unknown>,
  titles: Map<string, Path>,
  stringArrays: ReadonlySet<string>,
): Record<string, unknown> {
  const grant: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(row)) {
    if (cell === null || cell === undefined || cell === "") continue;
    const path = pathOf(header, titles);
    let value: unknown = cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
    if (stringArrays.has(path.join("/")) && typeof value === "string") value = value.split(";");
    put(grant, path, value);
  }
  return grant;
}
