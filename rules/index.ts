/** The built-in rules, in alphabetical order (one file each, file name = rule id). */
import type { Rule } from '../core/rule.js';
import { assumeTheSale } from './assume-the-sale.js';
import { missingApologyOpener } from './missing-apology-opener.js';
import { salesPressure } from './sales-pressure.js';

export const builtinRules: readonly Rule[] = [assumeTheSale, missingApologyOpener, salesPressure];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
