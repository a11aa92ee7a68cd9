/**
 * Where a rule's documentation lives. Diagnostics link here
 * (`codeDescription.href`) and the README table links the same pages.
 */
export const REPOSITORY_URL = 'https://github.com/candor-lint/candor';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
