/**
 * TEST HOOKS — not features, undocumented for users.
 *
 * - `CANDOR_TEST_THROWING_RULE=1` adds `test-throwing-rule`, which always
 *   throws: test/server proves a broken rule is logged once and skipped while
 *   the built-in rules still report.
 * - `CANDOR_TEST_LOOPING_RULE=1` adds `test-looping-rule`, which never returns
 *   on a draft containing `candor-test-loop` (and reports nothing elsewhere):
 *   test/server proves the time budget (`candor.timeBudgetMs`) stops it and
 *   the server keeps serving.
 *
 * The CLI adds them too: test/hardening proves `--time-budget` skips the file.
 * Without the variables no rule is added.
 */
import type { Rule, RuleMeta } from './rule.js';

function meta(id: string, description: string): RuleMeta {
  return {
    id,
    description,
    docsUrl: `https://example.invalid/${id}`,
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: {},
  };
}

const throwingRule: Rule = {
  meta: meta('test-throwing-rule', 'Always throws (test hook).'),
  check() {
    throw new Error('test-throwing-rule always throws');
  },
};

export const LOOP_MARKER = 'candor-test-loop';

const loopingRule: Rule = {
  meta: meta('test-looping-rule', 'Never returns on a draft containing the loop marker (test hook).'),
  check({ draft }) {
    if (!draft.source.includes(LOOP_MARKER)) return;
    for (let spins = 0; spins >= 0; spins = (spins + 1) % 1e9);
  },
};

/** Rules the test environment adds after the configured ones. */
export function extraRulesFromEnvironment(env: NodeJS.ProcessEnv = process.env): Rule[] {
  const extra: Rule[] = [];
  if (env.CANDOR_TEST_THROWING_RULE === '1') extra.push(throwingRule);
  if (env.CANDOR_TEST_LOOPING_RULE === '1') extra.push(loopingRule);
  return extra;
}
