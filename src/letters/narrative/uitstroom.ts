/**
 * The uitstroom section of the letter to the Kamer: what follows the asylum procedure, which the
 * letter tells through the housing of statushouders and the Nidos capacity (huisvesting.ts).
 */
import { housing } from './huisvesting.ts';
import type { Ctx, Statement } from './shared.ts';

export const uitstroom = (ctx: Ctx): Statement[] => housing(ctx, 'uitstroom');
