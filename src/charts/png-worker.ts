/**
 * The thread that draws PNGs with resvg (png.ts starts it). resvg keeps each drawing's pixels in
 * native memory until the garbage collector frees the image object, which on the main thread is
 * long after (V8 does not count that memory): here the thread collects every few drawings, and
 * ending the thread frees the rest. It also keeps the PNG encoding off the main thread.
 * Receives `{ id, svg, scale, fontFiles }`, answers `{ id, png }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync } from '@resvg/resvg-js';

export interface PngJob {
  id: number;
  svg: string;
  scale: number;
  fontFiles: string[];
}
export type PngReply = { id: number; png: Uint8Array } | { id: number; error: string };

// The garbage collector, called every few drawings: V8 cannot see resvg's native memory, so it
// would not collect on its own. (--expose-gc cannot be given to a worker; the flag is set here.)
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 4;
let drawn = 0;

parentPort!.on('message', async (job: PngJob) => {
  try {
    // renderAsync, not new Resvg().render(): in resvg-js 2.6.2 the synchronous render never frees
    // its pixels (measured: 3.6 MB more resident memory per drawing, also after collecting).
    const image = await renderAsync(job.svg, {
      background: '#ffffff',
      fitTo: { mode: 'zoom', value: job.scale },
      font: { loadSystemFonts: false, fontFiles: job.fontFiles, defaultFontFamily: 'Fira Sans', sansSerifFamily: 'Fira Sans' },
      logLevel: 'off',
    });
    const png = new Uint8Array(image.asPng());
    if (++drawn % COLLECT_EVERY === 0) collect();
    parentPort!.postMessage({ id: job.id, png } satisfies PngReply, [png.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies PngReply);
  }
});
