/** The Dutch names the report prints for the ids it meets, each from the vocabulary that owns it. */
import { COST_TYPE, type CostType, SCENARIO, type Scenario } from '../../data/vocabulary.ts';
import { LETTER_LABEL, type LetterKind, SECTION_LABEL, type SectionId } from '../../letters/plan.ts';
import type { DiffReport } from '../types.ts';
import { esc } from './text.ts';

/** Labels, escaped for Markdown; an id without a label is printed as it is. */
export class Labels {
  constructor(private readonly report: DiffReport) {}
  edition(id: string | null): string {
    if (id === null) return '';
    return esc(this.report.labels.editions[id] ?? id);
  }
  indicator(id: string): string {
    return esc(this.report.labels.indicators[id] ?? id);
  }
  scenario(s: string | null): string {
    return s === null ? '' : esc(SCENARIO[s as Scenario]?.label ?? s);
  }
  cost(type: string): string {
    return esc(COST_TYPE[type as CostType]?.label ?? type);
  }
  letter(kind: string): string {
    return esc(LETTER_LABEL[kind as LetterKind] ?? kind);
  }
  section(id: string): string {
    return esc(SECTION_LABEL[id as SectionId] ?? id);
  }
}
