/**
 * TEST HOOK — not a feature, undocumented for users.
 *
 * With `CANDOR_TEST_THROWING_RULE=1` in its environment, the server runs one
 * extra rule, `test-throwing-rule`, that always throws. test/server uses it to
 * prove a broken rule is logged once and skipped while the built-in rules
 * still report. Without the variable the built-in registry runs unchanged.
 */
import type { Rule } from '../core/rule.js';
import { builtinRules } from '../rules/index.js';

const throwingRule: Rule = {
  meta: {
    id: 'test-throwing-rule',
    description: 'Always throws (test hook).',
    docsUrl: 'https://example.invalid/test-throwing-rule',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: {},
  },
  check() {
    throw new Error('test-throwing-rule always throws');
  },
};

/** The rules the server runs: undefined means the built-in registry. */
export function rulesFromEnvironment(env: NodeJS.ProcessEnv = process.env): readonly Rule[] | undefined {
  return env.CANDOR_TEST_THROWING_RULE === '1' ? [...builtinRules, throwingRule] : undefined;
}
