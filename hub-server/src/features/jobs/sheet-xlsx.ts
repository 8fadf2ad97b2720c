import { unzipSync } from 'fflate';

/** A spreadsheet's parts are small; anything larger is refused rather than inflated (a zip bomb guard). */
const MAX_PART_BYTES = 20 * 1024 * 1024;

export class SheetError extends Error {}

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!;
  });
}

/** All the text of <t> elements inside a fragment (a shared string may be split into rich-text runs). */
function texts(fragment: string): string {
  let out = '';
  for (const m of fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += decode(m[1]!);
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The first worksheet of an .xlsx file as rows of cell text: shared strings, inline strings, numbers and
 * booleans. Formulas are read as their cached values. Only the parts needed are inflated, each size-checked.
 */
export function readXlsx(data: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => (f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name)) && f.originalSize <= MAX_PART_BYTES,
    });
  } catch (err) {
    throw new SheetError(`not a readable .xlsx file (${(err as Error).message})`);
  }
  const sheetName = Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')).sort((a, b) => parseInt(a.slice(19), 10) - parseInt(b.slice(19), 10))[0];
  if (!sheetName) throw new SheetError('the file has no worksheet');
  const utf8 = new TextDecoder();
  const shared = files['xl/sharedStrings.xml']
    ? [...utf8.decode(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!))
    : [];
  const rows: string[][] = [];
  for (const r of utf8.decode(files[sheetName]!).matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: string[] = [];
    for (const c of r[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const body = c[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = texts(body);
      else if (type === 'b') value = v === '1' ? 'true' : 'false';
      else if (v !== undefined) value = decode(v);
      const at = ref ? columnIndex(ref) : row.length;
      while (row.length < at) row.push('');
      row[at] = value;
    }
    if (row.some((x) => x.trim() !== '')) rows.push(row);
  }
  return rows;
}
