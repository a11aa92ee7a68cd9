import assert from 'node:assert/strict';
import {
  candorDiagnostics,
  countFindings,
  countWords,
  pressureScore,
  Severity,
  statusView,
} from '../../client/status.js';
import type { DiagnosticLike } from '../../client/status.js';

function diagnostic(line: number, severity: number, source = 'candor', message = 'Chasing `just circling back`'): DiagnosticLike {
  return {
    severity,
    message,
    source,
    code: { value: 'sales-pressure', target: 'https://example.invalid' },
    range: { start: { line, character: 0 }, end: { line, character: 10 } },
  };
}

describe('client/status: the status bar text', () => {
  it('counts words as runs of letters and digits', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords("Hi {{first_name}}, I'm just circling back — 3 times!"), 8);
    assert.equal(countWords('follow-up re-engagement'), 2);
  });

  it('scores pressure as findings per 100 words, one decimal', () => {
    assert.equal(pressureScore(3, 300), 1);
    assert.equal(pressureScore(3, 100), 3);
    assert.equal(pressureScore(2, 30), 6.7);
    assert.equal(pressureScore(0, 100), 0);
    assert.equal(pressureScore(4, 0), 0, 'no words, no score');
  });

  it("counts only Candor's diagnostics, each once", () => {
    const diagnostics = [
      diagnostic(1, Severity.Warning),
      diagnostic(1, Severity.Warning), // the same finding from the "Lint all drafts" collection
      diagnostic(2, Severity.Error),
      diagnostic(3, Severity.Information),
      diagnostic(4, Severity.Warning, 'cSpell'),
    ];
    assert.equal(candorDiagnostics(diagnostics).length, 3);
    assert.deepEqual(countFindings(diagnostics), { errors: 1, warnings: 1, infos: 1, total: 3 });
  });

  it('shows the count and the score, with the worst severity as the icon', () => {
    const view = statusView({ errors: 0, warnings: 2, infos: 1, total: 3 }, 120);
    assert.equal(view.text, '$(warning) Candor 3 · 2.5');
    assert.match(view.tooltip, /3 findings \(2 warnings, 1 info\) in 120 words; pressure score 2\.5/);
    assert.match(view.tooltip, /Problems panel/);
    assert.equal(statusView({ errors: 1, warnings: 0, infos: 0, total: 1 }, 50).text, '$(error) Candor 1 · 2.0');
  });

  it('shows a check mark for a clean draft', () => {
    const view = statusView({ errors: 0, warnings: 0, infos: 0, total: 0 }, 1);
    assert.equal(view.text, '$(check) Candor');
    assert.match(view.tooltip, /no pressure found in 1 word\./);
  });
});
