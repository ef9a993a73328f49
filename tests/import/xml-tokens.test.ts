// The fast tokenizer (import/xml-tokens.ts) against saxes, the conformant
// one: the same events (local names, attributes, text with entities decoded)
// on every XML part of the corpus and of the hand-made workbooks, however the
// input is cut into chunks, and the same verdict (well-formed or not) on
// hand-made XML, good and bad.
import { readdir } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { XmlTokenizer } from "../../import/xml-tokens";
import { type HandmadeOptions, workbookParts } from "./handmade";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Adjacent text events joined: both tokenizers may hand text over in pieces. */
function push(events: Event[], event: Event) {
  const last = events[events.length - 1];
  if (event[0] === "text" && last?.[0] === "text") last[1] += event[1];
  else events.push(event);
}

/** saxes' events, as the reader sets it up (no namespaces); "error" when it refuses. */
function bySaxes(chunks: string[]): Event[] | "error" {
  const events: Event[] = [];
  const parser = new SaxesParser({ position: false });
  let failed = false;
  let depth = 0; // text outside the root (white space) the reader never sees
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (tag) => {
    depth += 1;
    push(events, ["open", local(tag.name), { ...(tag.attributes as Record<string, string>) }]);
  });
  parser.on("closetag", (tag) => {
    depth -= 1;
    push(events, ["close", local(tag.name)]);
  });
  parser.on("text", (text) => {
    if (depth > 0) push(events, ["text", text]);
  });
  parser.on("cdata", (text) => push(events, ["text", text]));
  try {
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch {
    failed = true;
  }
  return failed ? "error" : events.filter((e) => e[0] !== "text" || e[1] !== "");
}

function byTokenizer(chunks: string[]): Event[] | "error" {
  const events: Event[] = [];
  const tokenizer = new XmlTokenizer(
    {
      open: (name, attributes) =>
        push(events, ["open", name, Object.fromEntries((attributes as XmlTokenizer).list())]),
      close: (name) => push(events, ["close", name]),
      text: (text) => push(events, ["text", text]),
    },
    (reason) => {
      throw new Error(reason);
    },
  );
  try {
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.close();
  } catch {
    return "error";
  }
  return events.filter((e) => e[0] !== "text" || e[1] !== "");
}

/** `text` cut at `cuts` (positions, any order), never inside a surrogate pair. */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))]
    .filter((c) => !/[\uDC00-\uDFFF]/.test(text[c] ?? ""))
    .sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const c of at) {
    chunks.push(text.slice(from, c));
    from = c;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** Every `.xml` and `.rels` part of a zip, decoded. */
function xmlParts(file: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const parts: Record<string, string> = {};
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (!/\.(xml|rels)$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            parts[entry.fileName] = new TextDecoder().decode(Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(parts));
      zip.readEntry();
    });
  });
}

const corpus = path.join(import.meta.dirname, "corpus");

const HANDMADE: HandmadeOptions = {
  prefix: "x",
  strings: [
    "<x:si><x:t>regel&#13;&#10;twee_x000D_ &amp; &#233; &#x20AC; &#x1F600; _x005F_x000D_</x:t></x:si>",
    '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Buurt</x:t></x:r><x:r><x:t xml:space="preserve"> kamer </x:t></x:r><x:rPh sb="0" eb="1"><x:t>ぶ</x:t></x:rPh></x:si>',
  ],
  customFormats: { 164: 'd "dag" mmm' },
  numFmts: [0, 164],
  sheets: {
    "Blad & <1>": `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r='B1' s="1" ><x:v>44000.5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[<b> & ]]]]></x:t></x:is></x:c></x:row>\r\n<!-- a comment -->\r<?pi data?><x:row r="2" a="1 > 0" b='"q"' c="tab\there&#9;&#10;"><x:c r="A2" t="str"><x:f>A1&amp;"x"</x:f><x:v>a&lt;b&gt;c&quot;d&apos;e</x:v></x:c></x:row>`,
  },
};

describe("the fast tokenizer agrees with saxes", () => {
  it("on every part of the corpus workbooks, chunked as the reader chunks them", async () => {
    const files = (await readdir(corpus)).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      for (const [name, xml] of Object.entries(await xmlParts(path.join(corpus, file)))) {
        const chunks = cut(xml, [4096, 8192, 16384, 65536]);
        const expected = bySaxes(chunks);
        expect(expected, `${file} ${name}`).not.toBe("error");
        expect(byTokenizer(chunks), `${file} ${name}`).toEqual(expected);
      }
    }
  });

  it("on hand-made parts, cut anywhere", () => {
    const parts = Object.entries(workbookParts(HANDMADE)).map(([, xml]) => String(xml));
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.array(fc.nat(), { maxLength: 40 }), (xml, cuts) => {
        const chunks = cut(xml, cuts);
        const expected = bySaxes(chunks);
        expect(expected).not.toBe("error");
        expect(byTokenizer(chunks)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  // Each one cut at every position, one cut and every pair of cuts a few apart.
  const GOOD = [
    '<?xml version="1.0"?>\n<a><b x="1" y=\'2\'/>t&amp;&#x41;&#66;<![CDATA[]]>]</a>',
    "<a:b xmlns:a='u'><a:c a:d=\"&lt;&gt;\">x]]&gt;</a:c></a:b>",
    '<r>\r\n<c  r = "A1"\r\n t="s" ><v>1\r2</v></c ></r>\n<!-- after -->\n',
    "<r><!----><?p?><v>&#x10FFFF;</v></r>",
  ];
  const BAD = [
    "<a><b></a></b>",
    "<a>x</a><b/>",
    "<a>&nbsp;</a>",
    "<a>&amp</a>",
    "<a x='1' x='2'/>",
    "<a x=1/>",
    "<a x='<'/>",
    "<a>]]></a>",
    "<a><!-- -- --></a>",
    "<a>&#0;</a>",
    "<a>\u0001</a>",
    "text<a/>",
    "<a/>text",
    " <?xml version='1.0'?><a/>",
    "<a><",
    "<a",
    "",
    "<a x='1'y='2'/>",
    "<1a/>",
    "</a>",
    "<a></ a>",
    "<![CDATA[x]]><a/>",
  ];

  it("on well-formed and broken XML, cut at every position", () => {
    for (const xml of [...GOOD, ...BAD]) {
      for (let i = 0; i <= xml.length; i += 1) {
        for (const j of [i, i + 1, i + 3]) {
          const chunks = cut(xml, [i, j]);
          expect(byTokenizer(chunks), JSON.stringify(chunks)).toEqual(bySaxes(chunks));
        }
      }
      expect(bySaxes([xml]) === "error", xml).toBe(BAD.includes(xml));
    }
  });

  it("refuses a DOCTYPE, which package parts may not have", () => {
    expect(byTokenizer(["<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"])).toBe("error");
  });

  it("keeps linear time on a long text and a long comment in small chunks", () => {
    const xml = `<a>${"x".repeat(2_000_000)}<!--${"y".repeat(2_000_000)}--></a>`;
    const chunks = cut(
      xml,
      Array.from({ length: xml.length / 1000 }, (_, i) => i * 1000),
    );
    const started = performance.now();
    expect(byTokenizer(chunks)).toEqual([
      ["open", "a", {}],
      ["text", "x".repeat(2_000_000)],
      ["close", "a"],
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
