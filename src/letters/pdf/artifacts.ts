/**
 * Marking as artifacts the content Chromium leaves outside the structure tree.
 *
 * Chromium's tagged PDF puts every element of the page body in the structure tree, but the CSS page
 * margin boxes ("Pagina X van Y", the Datum/Ons kenmerk block) and CSS backgrounds are painted
 * outside any marked-content sequence. A PDF/UA checker flags such content ("content shall be marked
 * as Artifact or tagged as real content"). They are page furniture, so every painting operation
 * that is not inside a marked-content sequence is wrapped in `/Artifact BMC … EMC`.
 */
import { contentOps } from './content-stream.ts';

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_START = new Set(['m', 're']);
const SHOW_TEXT = new Set(['Tj', 'TJ', "'", '"']);

/** The graphics objects that paint outside any marked-content sequence, as byte ranges. */
export function unmarkedObjects(s: string): { start: number; end: number; kind: 'text' | 'path' | 'xobject' | 'shading' | 'image' }[] {
  const ops = contentOps(s);
  const out: ReturnType<typeof unmarkedObjects> = [];
  let depth = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.name === 'BMC' || op.name === 'BDC') {
      depth++;
      continue;
    }
    if (op.name === 'EMC') {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (op.name === 'BT') {
      let j = k + 1;
      let shows = false;
      let marks = false;
      while (j < ops.length && ops[j]!.name !== 'ET') {
        if (SHOW_TEXT.has(ops[j]!.name)) shows = true;
        if (ops[j]!.name === 'BMC' || ops[j]!.name === 'BDC' || ops[j]!.name === 'EMC') marks = true;
        j++;
      }
      if (shows && !marks && j < ops.length) out.push({ start: op.start, end: ops[j]!.end, kind: 'text' });
      k = j;
    } else if (PATH_START.has(op.name)) {
      let j = k + 1;
      while (j < ops.length && !PAINT.has(ops[j]!.name) && ops[j]!.name !== 'n' && !/^(BMC|BDC|EMC)$/.test(ops[j]!.name)) j++;
      if (j < ops.length && PAINT.has(ops[j]!.name)) out.push({ start: op.start, end: ops[j]!.end, kind: 'path' });
      k = j < ops.length && /^(BMC|BDC|EMC)$/.test(ops[j]!.name) ? j - 1 : j;
    } else if (op.name === 'Do') {
      out.push({ start: op.start, end: op.end, kind: 'xobject' });
    } else if (op.name === 'sh') {
      out.push({ start: op.start, end: op.end, kind: 'shading' });
    } else if (op.name === 'BI') {
      let j = k + 1;
      while (j < ops.length && ops[j]!.name !== 'EI') j++;
      if (j < ops.length) out.push({ start: op.start, end: ops[j]!.end, kind: 'image' });
      k = j;
    }
  }
  return out;
}

/** Wrap every unmarked graphics object of a content stream in `/Artifact BMC … EMC`. */
export function markArtifacts(content: Uint8Array): { bytes: Uint8Array; marked: number } {
  const s = Buffer.from(content).toString('latin1');
  const objects = unmarkedObjects(s);
  if (objects.length === 0) return { bytes: content, marked: 0 };
  let out = '';
  let at = 0;
  for (const o of objects) {
    out += s.slice(at, o.start) + '/Artifact BMC\n' + s.slice(o.start, o.end) + '\nEMC';
    at = o.end;
  }
  out += s.slice(at);
  return { bytes: new Uint8Array(Buffer.from(out, 'latin1')), marked: objects.length };
}
