/** The numbered notes of a letter: one per source (reused when cited again), one per sentence note. */
import type { Source } from '../data/schema.ts';
import type { LetterNote } from './document.ts';

export class Notes {
  readonly list: LetterNote[] = [];
  private bySource = new Map<string, number>();
  constructor(private sources: Source[]) {}
  source(id: string): number {
    let n = this.bySource.get(id);
    if (n === undefined) {
      const source = this.sources.find((s) => s.id === id);
      if (!source) throw new Error(`source ${id} is not in sources.csv`);
      n = this.list.length + 1;
      this.list.push({ number: n, kind: 'source', source });
      this.bySource.set(id, n);
    }
    return n;
  }
  sentence(text: string): number {
    const n = this.list.length + 1;
    this.list.push({ number: n, kind: 'sentence', text });
    return n;
  }
  /** The notes citing these sources, each once, in number order (numbering new sources in this order). */
  cite(ids: string[]): number[] {
    return noteRefs(ids.map((id) => this.source(id)));
  }
}

/** Note numbers as a reference prints them: each once, ascending. */
export const noteRefs = (numbers: number[]): number[] => [...new Set(numbers)].sort((a, b) => a - b);
