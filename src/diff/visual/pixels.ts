/**
 * Pixels: PNG in and out (pngjs, with fixed options, so the same pixels always give the same bytes)
 * and the difference of two pictures (pixelmatch, with threshold 0 and anti-aliased pixels counted:
 * every pixel that is not exactly the same is marked). Pure functions on RGBA buffers.
 *
 * The difference image is the old picture faded to grey, with the pixels that differ painted
 * `REMOVED` (lighter in the new picture: ink that went) or `ADDED` (darker in the new picture: ink
 * that came), and every cluster of changed pixels framed in `FRAME`, so that a changed figure on a
 * full A4 page is found at a glance. Grey pixels have equal channels, so none of the three colours
 * can be mistaken for the faded picture.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** An RGBA picture: `data` holds width × height × 4 bytes, row by row. */
export interface Picture {
  width: number;
  height: number;
  data: Uint8Array;
}

type Rgb = [number, number, number];
/** Pixels lighter in the new picture than in the old: what disappeared. */
export const REMOVED: Rgb = [214, 0, 28];
/** Pixels darker in the new picture than in the old: what appeared. */
export const ADDED: Rgb = [0, 84, 214];
/** The frame drawn around each cluster of changed pixels. */
export const FRAME: Rgb = [255, 150, 0];
/** How strongly the old picture shows through, greyed, in the difference image. */
const FADE = 0.3;

/** A rectangle in pixels of the picture. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function decodePng(bytes: Uint8Array): Picture {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
}

/**
 * The picture as PNG (RGB, opaque: the pictures are drawn on white), always the same bytes for the
 * same pixels. No row filter: twice as fast to write as the adaptive one, for 3 % more bytes.
 */
export function encodePng(p: Picture): Buffer {
  // RGBA to RGB here, in one pass over typed arrays: pngjs then writes the rows as given, where its
  // own conversion reads each pixel through a function call (three times slower for a whole page).
  // A pixel that is not opaque is laid on white as pngjs lays it (the same rounding), so the bytes
  // are the ones pngjs wrote from the RGBA picture.
  const rgb = Buffer.allocUnsafe(p.width * p.height * 3);
  const d = p.data;
  for (let i = 0, o = 0; i < d.length; i += 4, o += 3) {
    const alpha = d[i + 3]!;
    if (alpha === 255) {
      rgb[o] = d[i]!;
      rgb[o + 1] = d[i + 1]!;
      rgb[o + 2] = d[i + 2]!;
    } else {
      const a = alpha / 255;
      rgb[o] = Math.round((1 - a) * 255 + a * d[i]!);
      rgb[o + 1] = Math.round((1 - a) * 255 + a * d[i + 1]!);
      rgb[o + 2] = Math.round((1 - a) * 255 + a * d[i + 2]!);
    }
  }
  const png = new PNG({ width: p.width, height: p.height, colorType: 2, inputColorType: 2, inputHasAlpha: false });
  png.data = rgb;
  return PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false, deflateLevel: 9, filterType: 0 });
}

/** The size of a PNG, read from its header (IHDR: width and height at bytes 16 and 20). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** `p` on a white canvas of `width` × `height`, at the top left. */
export function padTo(p: Picture, width: number, height: number): Picture {
  if (p.width === width && p.height === height) return p;
  const data = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < p.height; y++) data.set(p.data.subarray(y * p.width * 4, (y + 1) * p.width * 4), y * width * 4);
  return { width, height, data };
}

/** The part `r` of `p` (which must lie inside it). */
export function crop(p: Picture, r: Region): Picture {
  if (r.x < 0 || r.y < 0 || r.x + r.width > p.width || r.y + r.height > p.height) throw new Error('crop: the rectangle is not inside the picture');
  const data = new Uint8Array(r.width * r.height * 4);
  for (let y = 0; y < r.height; y++) {
    const from = ((r.y + y) * p.width + r.x) * 4;
    data.set(p.data.subarray(from, from + r.width * 4), y * r.width * 4);
  }
  return { width: r.width, height: r.height, data };
}

/** Around a zoomed region: this many pixels of what surrounds it. */
const ZOOM_MARGIN = 40;
/** Regions that cover more than this share of the picture are not zoomed: the whole picture is the zoom. */
const ZOOM_MAX_SHARE = 0.35;
/** At most this many regions of one picture are zoomed, the first in reading order. */
export const ZOOMS_MAX = 4;

/**
 * The rectangles to zoom into for `regions` of a `width` × `height` picture: each region with a
 * margin, clipped to the picture; none for a region too large to be worth a zoom.
 */
export function zoomRects(regions: Region[], width: number, height: number): { region: Region; rect: Region }[] {
  return regions
    .filter((r) => r.width * r.height <= ZOOM_MAX_SHARE * width * height)
    .slice(0, ZOOMS_MAX)
    .map((region) => {
      const x = Math.max(0, region.x - ZOOM_MARGIN);
      const y = Math.max(0, region.y - ZOOM_MARGIN);
      const x1 = Math.min(width, region.x + region.width + ZOOM_MARGIN);
      const y1 = Math.min(height, region.y + region.height + ZOOM_MARGIN);
      return { region, rect: { x, y, width: x1 - x, height: y1 - y } };
    });
}

export interface PixelDiff {
  /** How many pixels differ (on the larger of the two sizes, the smaller picture padded with white). */
  changed: number;
  /** The two pictures at the same (the larger) size, as they were compared. */
  before: Picture;
  after: Picture;
  /** The difference image, as the module comment describes it. */
  image: Picture;
  /** The bounding box of each cluster of changed pixels, in reading order. */
  regions: Region[];
  /** Whether the two pictures have different sizes. */
  resized: boolean;
}

/** Changed pixels closer than this (in cells of this many pixels) count as one cluster. */
const CELL = 24;
/** The frame's distance from the changed pixels it surrounds, and its width. */
const FRAME_GAP = 4;
const FRAME_WIDTH = 3;

const isColour = (d: Uint8Array, i: number, c: Rgb) => d[i] === c[0] && d[i + 1] === c[1] && d[i + 2] === c[2];

/** Which pixels of a difference image are painted as changed. */
export function changedMask(image: Picture): Uint8Array {
  const mask = new Uint8Array(image.width * image.height);
  for (let i = 0, pos = 0; i < mask.length; i++, pos += 4) {
    if (isColour(image.data, pos, REMOVED) || isColour(image.data, pos, ADDED)) mask[i] = 1;
  }
  return mask;
}

/**
 * The clusters of marked pixels: the picture is cut into cells of CELL px; cells with a marked pixel
 * that touch (also across a corner) form one cluster, whose box is that of its marked pixels.
 */
export function clusters(mask: Uint8Array, width: number, height: number): Region[] {
  const cols = Math.ceil(width / CELL);
  const rows = Math.ceil(height / CELL);
  // Per cell: the box of its marked pixels, or none.
  const boxes: ({ x0: number; y0: number; x1: number; y1: number } | null)[] = new Array(cols * rows).fill(null);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      const c = Math.floor(y / CELL) * cols + Math.floor(x / CELL);
      const b = boxes[c];
      if (b) {
        b.x0 = Math.min(b.x0, x);
        b.x1 = Math.max(b.x1, x);
        b.y0 = Math.min(b.y0, y);
        b.y1 = Math.max(b.y1, y);
      } else boxes[c] = { x0: x, y0: y, x1: x, y1: y };
    }
  }
  const seen = new Uint8Array(cols * rows);
  const out: Region[] = [];
  for (let start = 0; start < boxes.length; start++) {
    if (!boxes[start] || seen[start]) continue;
    const box = { ...boxes[start]! };
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const c = stack.pop()!;
      const b = boxes[c]!;
      box.x0 = Math.min(box.x0, b.x0);
      box.x1 = Math.max(box.x1, b.x1);
      box.y0 = Math.min(box.y0, b.y0);
      box.y1 = Math.max(box.y1, b.y1);
      const cx = c % cols;
      const cy = Math.floor(c / cols);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
          const n = ny * cols + nx;
          if (boxes[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    out.push({ x: box.x0, y: box.y0, width: box.x1 - box.x0 + 1, height: box.y1 - box.y0 + 1 });
  }
  return out.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Draw a frame around `r` (outside it, FRAME_GAP px away), leaving the changed pixels visible. */
function frame(image: Picture, r: Region): void {
  const x0 = r.x - FRAME_GAP - FRAME_WIDTH;
  const y0 = r.y - FRAME_GAP - FRAME_WIDTH;
  const x1 = r.x + r.width - 1 + FRAME_GAP + FRAME_WIDTH;
  const y1 = r.y + r.height - 1 + FRAME_GAP + FRAME_WIDTH;
  const paint = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
    const pos = (y * image.width + x) * 4;
    if (isColour(image.data, pos, REMOVED) || isColour(image.data, pos, ADDED)) return;
    image.data.set([...FRAME, 255], pos);
  };
  for (let t = 0; t < FRAME_WIDTH; t++) {
    for (let x = x0; x <= x1; x++) {
      paint(x, y0 + t);
      paint(x, y1 - t);
    }
    for (let y = y0; y <= y1; y++) {
      paint(x0 + t, y);
      paint(x1 - t, y);
    }
  }
}

/** Compare two pictures pixel by pixel. */
export function comparePictures(before: Picture, after: Picture): PixelDiff {
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const a = padTo(before, width, height);
  const b = padTo(after, width, height);
  const image: Picture = { width, height, data: new Uint8Array(width * height * 4) };
  const changed = pixelmatch(a.data, b.data, image.data, width, height, {
    threshold: 0,
    includeAA: true,
    alpha: FADE,
    diffColor: REMOVED,
    diffColorAlt: ADDED,
  });
  const regions = changed > 0 ? clusters(changedMask(image), width, height) : [];
  for (const r of regions) frame(image, r);
  return { changed, before: a, after: b, image, regions, resized: before.width !== after.width || before.height !== after.height };
}
