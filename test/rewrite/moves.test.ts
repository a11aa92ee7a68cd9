/**
 * The rewrite layer's specification: each move on real sentences, as the
 * writer would read the result. Quick fixes are whole sentences; a move that
 * does not fit a sentence offers nothing rather than something broken.
 */
import assert from 'node:assert/strict';
import { lint } from '../../core/engine.js';
import { applyRewrites } from '../../core/fix.js';
import { rewriteDraft } from '../../core/rewrite/draft.js';
import { NO_PRESSURE_QUESTIONS } from '../../core/rewrite/chasing.js';

/** Every option the finding at `phrase` offers, applied alone: fix first, then suggestions. */
function options(text: string, phrase: string, filePath = 'draft.txt'): string[] {
  const at = text.indexOf(phrase);
  const finding = lint(text, { filePath }).find((f) => f.ruleId !== 'missing-apology-opener' && f.start <= at && at < f.end);
  assert.ok(finding, `no finding on "${phrase}" in ${JSON.stringify(text)}`);
  return [...(finding.fix ? [finding.fix] : []), ...finding.suggestions].map((rewrite) => applyRewrites(text, [rewrite]).output);
}

const cases: Array<{ move: string; text: string; phrase: string; first: string }> = [
  {
    move: 'a deadline clause before a date keeps the date as the deadline',
    text: 'Lock in the spring rate before it ends on April 4.',
    phrase: 'before it ends',
    first: 'Lock in the spring rate by April 4.',
  },
  {
    move: 'a modifier before the noun its determiner needs goes without the noun',
    text: 'Our month-end pricing covers the install.',
    phrase: 'month-end pricing',
    first: 'Our pricing covers the install.',
  },
  {
    move: 'a replacement for "I …" after a lead-in keeps sentence case',
    text: "As promised, I'll send over the contract after lunch.",
    phrase: "I'll send over the contract",
    first: 'As promised, if it would help, I can share the terms after lunch.',
  },
  {
    move: 'chasing verb rebuilt around its object, subject and auxiliaries included',
    text: "I'm just checking in on the proposal I sent Tuesday.",
    phrase: 'just checking in',
    first: "I'd value your honest take on the proposal I sent Tuesday.",
  },
  {
    move: 'chasing verb with "to see if": the question it was asking',
    text: 'Just touching base to see if the timing is any better.',
    phrase: 'Just touching base',
    first: 'I wanted to ask if the timing is any better.',
  },
  {
    move: 'chasing verb with something to share',
    text: 'Just wanted to follow up with the pilot numbers.',
    phrase: 'Just wanted to follow up',
    first: 'I wanted to share the pilot numbers.',
  },
  {
    move: 'chasing verb that is its own clause: the clause goes',
    text: 'Hi Tom, it’s Greg from Apex, just following up again.',
    phrase: 'just following up again',
    first: 'Hi Tom, it’s Greg from Apex.',
  },
  {
    move: 'chasing question with nothing else: one question that makes "no" safe',
    text: 'Any update?',
    phrase: 'Any update?',
    first: 'Would you be open to sharing where things stand, even if the answer is no?',
  },
  {
    move: 'chasing question keeps what it asked about',
    text: 'Did you get a chance to review the proposal?',
    phrase: 'Did you get a chance to',
    first: "Whenever it suits you, I'd value your honest take on the proposal.",
  },
  {
    move: 'drop a modifier',
    text: 'Sign up today for free onboarding, for a limited time, on every plan.',
    phrase: 'for a limited time',
    first: 'Sign up today for free onboarding on every plan.',
  },
  {
    move: 'drop a clause with its connective',
    text: 'We can start the pilot in May, so don’t miss out.',
    phrase: 'don’t miss out',
    first: 'We can start the pilot in May.',
  },
  {
    move: 'a count of spots that the sentence stands on: a plain statement of the place',
    text: 'Only 3 spots left in the May cohort.',
    phrase: 'Only 3 spots left',
    first: 'We have openings in the May cohort.',
  },
  {
    move: 'the writer acting before the prospect decided becomes an offer, the verb in its base form',
    text: 'I’ve gone ahead and added our roadside package for $6 a month.',
    phrase: 'I’ve gone ahead and added',
    first: 'If it would help, I can add our roadside package for $6 a month.',
  },
  {
    move: 'same-slot fix for presumption, in the sentence’s case',
    text: 'Once you sign, we can start on Monday.',
    phrase: 'Once you sign',
    first: 'If you decide to go ahead, we can start on Monday.',
  },
  {
    move: 'a sentence that is nothing but pressure goes',
    text: 'We start on Monday. Don’t miss out! Reply with questions.',
    phrase: 'Don’t miss out',
    first: 'We start on Monday. Reply with questions.',
  },
];

describe('rewrite moves', function () {
  this.timeout(30_000);

  for (const { move, text, phrase, first } of cases) {
    it(move, () => {
      const offered = options(text, phrase);
      assert.equal(offered[0], first, `options: ${JSON.stringify(offered)}`);
      assert.ok(offered.length <= 3, 'at most three options');
      assert.equal(new Set(offered).size, offered.length, 'options are distinct');
    });
  }

  it('offers nothing that does not fit: a deadline on a fact with no clause to drop', () => {
    const text = 'Our Q4 pricing on the Growth tier is only good through October 31st.';
    for (const option of options(text, 'is only good through October 31st')) {
      assert.doesNotMatch(option, /\b(?:the|a|an|is|on)\s*\.$/, option);
    }
  });

  it('a sentence with several findings is offered only whole: no option leaves another phrase standing', () => {
    const text = 'Our Q4 pricing ends Friday, so it really is your last chance to lock in the discount.';
    for (const phrase of ['pricing ends Friday', 'your last chance']) {
      const offered = options(text, phrase);
      assert.equal(offered.length, 1, JSON.stringify(offered));
      assert.doesNotMatch(offered[0], /last chance|lock in/i, offered[0]);
    }
  });

  it('does not remove a sentence the next one points back at', () => {
    const text = 'Hi Dana,\n\nThe pilot went well. Don’t miss out on this! If you want it, just reply here.\n';
    assert.ok(options(text, 'miss out', 'a.email').every((option) => option.includes('Don’t miss out')));
  });

  it('keeps a condition with the clause it conditions', () => {
    const text = 'Once they’re gone, we’re booked into September.';
    assert.ok(!options(text, 'Once they’re gone').includes('We’re booked into September.'));
  });

  it('a lead-in left announcing nothing goes with its clause', () => {
    const text = 'The warranty covers the engine. But I have to tell you, this offer expires tonight.';
    assert.equal(options(text, 'offer expires tonight')[0], 'The warranty covers the engine.');
  });

  it('a phrase that is the verb’s object is not dropped as a modifier', () => {
    const text = 'We’ve got limited time on those rates, so give me a call back.';
    const offered = options(text, 'limited time');
    assert.ok(offered.every((option) => !/got on/.test(option)), JSON.stringify(offered));
    assert.equal(offered[0], 'Give me a call back.');
  });

  it('an infinitive never loses its verb', () => {
    const text = 'Want to lock in your current rate for another year?';
    assert.ok(options(text, 'lock in your current rate').every((option) => !/to for/.test(option)));
  });

  it('the opener of a chasing opening rewrites the chase in the same edit', () => {
    const text = 'Hi Sam,\n\nJust following up on my last email about the racking proposal. Any update?\n\nBest,\nLee\n';
    const opener = lint(text, { filePath: 'a.email' }).find((f) => f.ruleId === 'missing-apology-opener');
    assert.ok(opener && !opener.fix && opener.suggestions.length === 1);
    const output = applyRewrites(text, opener.suggestions).output;
    assert.match(output, /^Hi Sam,\n\nI wanted to apologize — .*\n\nI'd value your honest take on the racking proposal\. Would you be open to sharing where things stand, even if the answer is no\?\n\nBest/su);
  });
});

describe('whole-draft rewrite', function () {
  this.timeout(30_000);

  it('a draft with no findings comes back byte-identical', () => {
    const text = 'Hi Dana,\r\n\r\nThanks for the call. The notes are attached.\r\n\r\nBest,\r\nSam\r\n';
    assert.equal(rewriteDraft(text, { filePath: 'a.email' }).output, text);
  });

  it('a re-engagement gets one opener after the greeting and one safe question; rewriting it again changes nothing', () => {
    const text =
      'Hi {{first_name}},\n\nJust checking in on the proposal. Any update? Bumping this to the top of your inbox.\n\nBest,\nSam\n';
    const { output, remaining } = rewriteDraft(text, { filePath: 'a.email' });
    assert.deepEqual(remaining, []);
    assert.ok(output.startsWith('Hi {{first_name}},\n\nI wanted to apologize'), output);
    assert.equal(output.split('I wanted to apologize').length, 2, 'one opener');
    const questions = NO_PRESSURE_QUESTIONS.map((q) => output.split(q).length - 1);
    assert.equal(questions.reduce((a, b) => a + b), 1, 'one safe question');
    // It already asks for the prospect's take: the question makes stepping back safe, not a second ask.
    assert.match(output, /your honest take on the proposal\. Is this still worth exploring for you, or should I step back\?/, output);
    assert.ok(output.endsWith('\n\nBest,\nSam\n'), output);
    assert.equal(rewriteDraft(output, { filePath: 'a.email' }).output, output);
  });

  it('moves an apology the draft makes later to the opening instead of adding another', () => {
    const text = "Hi Sam,\n\nIt's been a few weeks since we last spoke. I wanted to share a case study. Also, I'm sorry I let things go quiet.\n";
    const { output } = rewriteDraft(text, { filePath: 'a.email' });
    assert.ok(output.startsWith("Hi Sam,\n\nI'm sorry I let things go quiet."), output);
    assert.doesNotMatch(output, /I wanted to apologize/);
    assert.equal(output.split("I'm sorry").length, 2);
  });

  it('a voicemail gets the spoken opener after the caller’s introduction', () => {
    const text = "Hi Tom, it's Greg from Apex Staffing. I haven't heard back on the proposal. Call me at 555-0100.";
    const { output } = rewriteDraft(text, { filePath: 'voicemail.txt' });
    assert.ok(output.startsWith("Hi Tom, it's Greg from Apex Staffing. I wanted to apologize. "), output);
    assert.match(output, /this call isn't about the sale/);
    assert.match(output, /555-0100/);
  });

  it('a script question the prospect answers is asked without the pressure, not removed', () => {
    const text =
      'REP: Thanks for making time, Ana.\nPROSPECT: Sure.\nREP: We need this signed before the price increase on May 1st. Can we get the paperwork signed this week?\nPROSPECT: I have to check with legal first.\n';
    const { output } = rewriteDraft(text, { filePath: 'call.script' });
    assert.match(output, /\nREP: [^\n]*\?\nPROSPECT: I have to check with legal first\.\n/, output);
    assert.doesNotMatch(output, /paperwork signed|price increase/, output);
  });

  it('an HTML template is rewritten paragraph by paragraph: inline markup stays on its words, a removed paragraph takes its element', () => {
    const text =
      '<p>Hi {{first_name}},</p>\n<p>I&rsquo;m just following up on my last email about the <strong>Atlas</strong> trial. Did you get a chance to review it?</p>\n<p>Seats are going fast, so act now.</p>\n<p>Best,<br>Rina</p>\n';
    const { output } = rewriteDraft(text, { filePath: 'step-3.html' });
    assert.match(output, /the <strong>Atlas<\/strong> trial/, output);
    assert.doesNotMatch(output, /<p>\s*<\/p>|going fast|act now/i, output);
    assert.match(output, /isn’t about the sale/, 'the draft’s curly apostrophes');
    assert.ok(output.endsWith('<p>Best,<br>Rina</p>\n'), output);
  });

  it('the safe question takes the place of a bare "Any thoughts?" instead of stacking on it', () => {
    const text = 'Hi Chris,\n\nCircling back on the proposal I sent over on the 12th. Any thoughts?\n\nThanks,\nSam\n';
    const { output } = rewriteDraft(text, { filePath: 'a.email' });
    assert.doesNotMatch(output, /Any thoughts/, output);
    assert.match(output, /the proposal I sent over on the 12th\. Is this still worth exploring for you, or should I step back\?\n\nThanks,/, output);
  });

  it('a greeting set off by a dash is a greeting: the opener goes right after it', () => {
    const text = 'Hey Chris - circling back on the proposal I sent over on the 12th.\n\nLet me know what you think.\n';
    const { output } = rewriteDraft(text, { filePath: 'a.txt' });
    assert.ok(output.startsWith('Hey Chris - I wanted to apologize — '), output);
    assert.match(output, /proposal I sent over on the 12th/, output);
  });

  it('a chase with a greeting in the middle of the message keeps the greeting and its merge tag', () => {
    const text = 'Hi Sam,\n\nI sent the pilot plan last week. Hi {{first_name}}, any updates on your end?\n\nThe plan covers two sites and a training day.\n\nBest,\nLee\n';
    const { output } = rewriteDraft(text, { filePath: 'a.email' });
    assert.match(output, /\{\{first_name\}\}/, output);
    assert.doesNotMatch(output, /any updates/, output);
  });

  it('a sentence that opens with a number is a sentence of its own: the one before it stays', () => {
    const text = 'Hi Sam,\n\nThanks for the tour on Tuesday. 12 people have this in their cart right now.\n\nBest,\nLee\n';
    const { output } = rewriteDraft(text, { filePath: 'a.txt' });
    assert.match(output, /Thanks for the tour on Tuesday\./, output);
    assert.doesNotMatch(output, /in their cart/, output);
  });

  it('a fact keeps its sentence when one clause carries every phrase of pressure', () => {
    const text = 'Hi Dana,\n\nYour current rate of $18 per seat expires on March 31, so act now to lock it in.\n\nBest,\nSam\n';
    const { output, remaining } = rewriteDraft(text, { filePath: 'a.email' });
    assert.match(output, /\n\nYour current rate of \$18 per seat expires on March 31\.\n\n/, output);
    assert.deepEqual(remaining, []);
  });

  it('a voicemail under a title line gets the opener after the introduction, never above the title', () => {
    const text = "RENEWAL VOICEMAIL — week 3\n\nHi Ana, this is Lee from Brightway. I haven't heard back about the renewal. Call me at 555-0199.\n";
    const { output } = rewriteDraft(text, { filePath: 'renewal.txt' });
    assert.ok(output.startsWith("RENEWAL VOICEMAIL — week 3\n\nHi Ana, this is Lee from Brightway. I wanted to apologize. "), output);
    assert.equal(output.split('I wanted to apologize').length, 2, 'one opener');
  });

  it('an aside in parentheses belongs to its clause: no option cuts it open', () => {
    const text = 'The bundle (paint, primer, and brushes) is only available this week, and it ships free.';
    for (const option of options(text, 'only available this week')) assert.equal(option.split('(').length, option.split(')').length, option);
  });

  it('a call that opens by asking for the prospect gets the opener after the caller says who they are', () => {
    const text =
      "TOM: Hi, is that Priya? It's Tom Reyes from Northgate Print. I'm ringing about the brochure quote I sent last month. Did you get a chance to look at it?\n\n" +
      'PRIYA: Not yet, it has been a busy month.\n\nTOM: No problem at all. The quote covers the spring catalogue and the flyers.\n';
    const { output } = rewriteDraft(text, { filePath: 'call.txt' });
    assert.ok(output.startsWith("TOM: Hi, is that Priya? It's Tom Reyes from Northgate Print. I wanted to apologize."), output);
  });

  it('a sentence that points back to the date a rewrite took out goes with it', () => {
    const text = 'Hi Dana,\n\nEvery gift is matched by the Ross Fund, but only until midnight on June 30. After that, the match is gone.\n\nThe fund covers school meals.\n\nBest,\nSam\n';
    const { output } = rewriteDraft(text, { filePath: 'a.email' });
    assert.match(output, /Every gift is matched by the Ross Fund\./, output);
    assert.doesNotMatch(output, /After that/, output);
  });

  it('a button keeps its call when only the clock goes, an entity between the words or not', () => {
    const text = '<p>Hi Sam,</p><p>The studio tour is on Friday.</p><p><a href="https://example.com/tour">Book&nbsp;now</a></p>';
    const { output } = rewriteDraft(text, { filePath: 'tour.html' });
    assert.match(output, /<a href="https:\/\/example\.com\/tour">Book<\/a>/, output);
  });

  it('an HTML block whose only text goes leaves no empty inline element behind', () => {
    const text = '<p>Hi Sam,</p><p>The kayaks are in.</p>\n<p><strong>Ends in 6 hours</strong></p>\n<p>See you at the dock.</p>';
    const { output } = rewriteDraft(text, { filePath: 'kayak.html' });
    assert.doesNotMatch(output, /<strong>\s*<\/strong>|<p[^>]*>\s*<\/p>/, output);
    assert.match(output, /See you at the dock\./, output);
  });

  it('the closing question never goes into a mailing footer', () => {
    const text =
      '<p>Hi {{first_name}},</p><p>We sent the studio plans two weeks ago and have not heard back.</p><p>The plans include the loft option.</p>' +
      '<p style="font-size:11px">Brightwork Studio, 4 Quay St. You are receiving this because you asked for a quote. <a href="{{unsubscribe}}">Unsubscribe</a></p>';
    const { output } = rewriteDraft(text, { filePath: 'plans.html' });
    assert.match(output, /The plans include the loft option\. [^<]*\?<\/p>/, output);
    assert.doesNotMatch(output, /a quote\. [^<]*\?/, output);
  });

  it('a sentence closing an emphasis run keeps the closing marks when it goes', () => {
    const text = '# Spring sale\n\n**Every bike in stock. This weekend only.**\n\nCome by the shop.\n';
    const { output } = rewriteDraft(text, { filePath: 'sale.md' });
    assert.match(output, /\*\*Every bike in stock\.\*\*/, output);
  });

  it('what a removed sentence leaves pointing at nothing goes with it', () => {
    const cases: Array<[string, RegExp]> = [
      ['Hi Sam,\n\nThe trellis kit is in. Here is the thing, though. The spring discount wraps up at the end of the month.\n\nBest,\nLee\n', /Here is the thing/],
      ['Hi Sam,\n\nThe trellis kit is in. I can get your order upgraded right now while we are on the phone. Takes two minutes.\n\nBest,\nLee\n', /Takes two minutes/],
    ];
    for (const [text, gone] of cases) {
      const { output } = rewriteDraft(text, { filePath: 'a.txt' });
      assert.match(output, /The trellis kit is in\./, output);
      assert.doesNotMatch(output, gone, output);
    }
  });

  it('a chasing question in a subject line becomes a plain subject that keeps its topic', () => {
    const text = 'Subject: Any update on the pergola quote?\n\nHi Sam,\n\nThe quote covers the cedar option.\n\nBest,\nLee\n';
    const { output } = rewriteDraft(text, { filePath: 'a.email' });
    assert.ok(output.startsWith('Subject: A question about the pergola quote\n'), output);
  });

  it('a bracketed note on a line of its own is not the message: the opener goes after the caller\u2019s introduction', () => {
    const text = "[Voicemail - third attempt, no reply to the last two emails.]\n\nHi Ana, it's Lee from Brightway. Just checking in about the renewal. Call me at 555-0199.\n";
    const { output } = rewriteDraft(text, { filePath: 'renewal.txt' });
    assert.ok(output.startsWith("[Voicemail - third attempt, no reply to the last two emails.]\n\nHi Ana, it's Lee from Brightway. I wanted to apologize"), output);
  });

  it('no option leaves a subject without its verb, a consequence without its cause, or a wrapped line without its verb', () => {
    const suggestions = (text: string): string[] =>
      lint(text, { format: 'text' }).flatMap((finding) =>
        (finding.suggestions ?? []).map((s) => s.edits.reduceRight((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text)),
      );
    for (const out of suggestions('Remind them the rate is only guaranteed if they sign before the end of the month. Thanks.')) {
      assert.doesNotMatch(out, /if they\./, out);
    }
    for (const out of suggestions("Hi Jo, I can hold the price till 5pm tomorrow, then it's gone. Reply YES and I'll book you in.")) {
      assert.doesNotMatch(out, /(?:Jo|^), (?:then )?it's gone|^It's gone/i, out);
    }
    for (const out of suggestions("Hi Sam,\n\nIf gutters are on your list, now's the time to grab\na spot.\n\nBest, Kim")) {
      assert.doesNotMatch(out, /list, a spot/, out);
    }
  });
});
