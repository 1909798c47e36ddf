/**
 * Writing the images of one picture that looks different: before and after as they are (PNG bytes
 * from the build or the page drawing), the difference image, and a zoom of each changed region,
 * before and after, at full size. A picture only one side has gets its one image.
 */
import type { OutputFolder } from '../../runtime/output.ts';
import { comparePictures, crop, decodePng, encodePng, zoomRects } from './pixels.ts';
import type { Images, Zoom } from './types.ts';

export interface Comparison {
  images: Images;
  /** Pixels that differ; null when only one side has the picture. */
  changedPixels: number | null;
  regions: Zoom['region'][];
  zooms: Zoom[];
}

/** Write the images of a picture into `out` below `folder` (`charts/<id>`, `letters/<letter>/page-<n>`). */
export async function writeComparison(out: OutputFolder, folder: string, before: Buffer | null, after: Buffer | null): Promise<Comparison> {
  const file = (name: string) => `${folder}/${name}.png`;
  const images: Images = { before: before ? file('before') : null, after: after ? file('after') : null, diff: null };
  if (before) await out.write(images.before!, before);
  if (after) await out.write(images.after!, after);
  if (!before || !after) return { images, changedPixels: null, regions: [], zooms: [] };
  const d = comparePictures(decodePng(before), decodePng(after));
  images.diff = file('diff');
  await out.write(images.diff, encodePng(d.image));
  const zooms: Zoom[] = [];
  for (const [i, { region, rect }] of zoomRects(d.regions, d.image.width, d.image.height).entries()) {
    const zoom: Zoom = { region, rect, before: file(`zoom-${i + 1}-before`), after: file(`zoom-${i + 1}-after`) };
    await out.write(zoom.before, encodePng(crop(d.before, rect)));
    await out.write(zoom.after, encodePng(crop(d.after, rect)));
    zooms.push(zoom);
  }
  return { images, changedPixels: d.changed, regions: d.regions, zooms };
}
