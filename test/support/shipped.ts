/** The shipped data set, its model and its senders and signatories, loaded once per test process (read, never changed). */
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { loadSenders, type Senders } from '../../src/letters/written/senders.ts';
import { deriveModel, type Model } from '../../src/model/index.ts';
import { DATA } from './helpers.ts';

let loaded: Promise<{ data: Dataset; model: Model; senders: Senders }> | undefined;

export function shipped(): Promise<{ data: Dataset; model: Model; senders: Senders }> {
  loaded ??= (async () => {
    const { data } = await loadDataset(DATA);
    return { data, model: deriveModel(data), senders: loadSenders(DATA, []) };
  })();
  return loaded;
}
