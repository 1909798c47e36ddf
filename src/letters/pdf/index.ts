/** Finishing the PDFs Chromium prints (finish.ts), and the readers of their content streams that the tests use. */
export { markArtifacts, unmarkedObjects } from './artifacts.ts';
export { type ContentOp, contentOps, pageContents } from './content-stream.ts';
export { finishPdf } from './finish.ts';
export type { PdfMetadata } from './metadata.ts';
export { fixOutlineTitles } from './outline.ts';
export { normaliseStructureIds } from './structure-ids.ts';
