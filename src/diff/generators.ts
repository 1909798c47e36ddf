/**
 * The generated output the diff compares, wired to the stages that produce it:
 * - letter sentences: `letterSentences(data, model)` of src/letters/narrative/, matched by sentence id,
 *   and the paragraphs of the letters staff wrote (data/letters/), their figures resolved with the
 *   side's own data (src/letters/written/paragraphs.ts), matched by letter, heading and place;
 * - charts: the chart specifications of src/charts (id, title, description and data table). The diff
 *   compares those, never SVG bytes, so it calls the pure spec builder that buildCharts renders from
 *   and skips the rendering (about a second per side).
 * Both run on the old and on the new data with the code of the working tree, so the report shows what
 * the data change does, not what a code change does.
 */
import { chartSpecs } from '../charts/specs.ts';
import { letterSentences } from '../letters/narrative/index.ts';
import { writtenParagraphs } from '../letters/written/paragraphs.ts';
import { generator, type Generators } from './sides.ts';

export const GENERATORS: Generators = {
  sentences: generator('de briefzinnen (src/letters/narrative/, data/letters/)', async (data, model, dir) => [
    ...letterSentences(data, model),
    ...(dir ? await writtenParagraphs(dir, data, model) : []),
  ]),
  charts: generator('de grafieken (src/charts)', chartSpecs),
};
