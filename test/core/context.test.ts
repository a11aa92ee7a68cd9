import assert from 'node:assert/strict';
import { enclosingQuote, isMetaMention, isNegated, isNounUse } from '../../core/context.js';

function at(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return [start, start + phrase.length];
}

describe('context filters', () => {
  describe('negation', () => {
    const negated: Array<[string, string]> = [
      ["I'm not calling to move anything forward.", 'move anything forward'],
      ['There is no need to act now.', 'act now'],
      ['not to close the sale, just to bring closure', 'close the sale'],
      ['I’m calling, not to move the sale ahead, but to apologize.', 'move the sale ahead'],
      ['We never say act now to a prospect.', 'act now'],
      ["I dont want to lock this in before you're ready.", 'lock this in'],
      ['Avoid circling back more than once.', 'circling back'],
      ['When you’re not pressuring them to move the sale forward, they relax.', 'move the sale forward'],
      ["It communicates that you're trying to move the sale forward.", 'move the sale forward'],
    ];
    for (const [text, phrase] of negated) {
      it(`disowns: ${text}`, () => assert.equal(isNegated(text, at(text, phrase)[0]), true));
    }
    const said: Array<[string, string]> = [
      ['Act now, spots are limited.', 'Act now'],
      ["Don't hesitate to lock this in today.", 'lock this in'],
      ["If you don't act now, the price goes up.", 'act now'],
      ['No pressure, but act now.', 'act now'],
      ['No worries — just checking in.', 'just checking in'],
      ["Don't forget to lock in your rate.", 'lock in your rate'],
    ];
    for (const [text, phrase] of said) {
      it(`keeps: ${text}`, () => assert.equal(isNegated(text, at(text, phrase)[0]), false));
    }
  });

  describe('meta-mention', () => {
    const quoted: Array<[string, string]> = [
      ["Avoid saying 'just checking in' to a quiet prospect.", 'just checking in'],
      ['Don’t write “just following up” in a subject.', 'just following up'],
      ['messages along the lines of, “Hi, haven’t heard back from you, so I’m just calling to follow up.”', 'just calling to follow up'],
      ['They expect you to call and say, “Hi, I was just wondering where things are at?”', 'wondering where things are at'],
      ['Phrases like *act now* read as pressure.', 'act now'],
      ['Openers like "Quick question for you" or "Did you get a chance to read my note?" ask the buyer for work.', 'Did you get a chance to'],
      ['We have all seen "Act now, this deal will not last!" in a hundred inboxes.', 'Act now'],
      ['"Once you sign, we start Monday" and "Welcome aboard!" read as presumptuous before a yes.', 'Once you sign'],
    ];
    for (const [text, phrase] of quoted) {
      const [start, end] = at(text, phrase);
      it(`is a mention: ${text}`, () => assert.equal(isMetaMention(text, start, end), true));
    }
    const said: Array<[string, string]> = [
      ["Hi Dana, just checking in on the proposal. Don't forget it's due.", 'just checking in'],
      ['REP: "Hi Dana, I wanted to touch base about the renewal and see where your team landed on the numbers."', 'touch base'],
      ["It's a great offer, so act now.", 'act now'],
      ['Our tagline is "Built to last" and "Act now while the spring sale runs through May" is on the banner.', 'Act now'],
    ];
    for (const [text, phrase] of said) {
      const [start, end] = at(text, phrase);
      it(`is said: ${text}`, () => assert.equal(isMetaMention(text, start, end), false));
    }
    it('does not take apostrophes for quotes', () => {
      const text = "Don't wait, it's time to act now, isn't it";
      assert.equal(enclosingQuote(text, ...at(text, 'act now')), undefined);
    });
  });

  describe('noun use', () => {
    it('reads a determiner + verb form as a noun', () => {
      const text = 'Here are our follow-up meeting notes.';
      assert.equal(isNounUse(text, ...at(text, 'follow-up')), true);
      const text2 = 'Book a quick check-in for Friday.';
      assert.equal(isNounUse(text2, ...at(text2, 'check-in')), true);
    });
    it('reads a subject + verb as a move', () => {
      const text = "I'm following up on my last email.";
      assert.equal(isNounUse(text, ...at(text, 'following up')), false);
      const text2 = 'Just wanted to check in.';
      assert.equal(isNounUse(text2, ...at(text2, 'check in')), false);
    });
  });
});
