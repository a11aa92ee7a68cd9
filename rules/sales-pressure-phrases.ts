/**
 * Phrase data for `sales-pressure`: chasing, urgency, scarcity, deadlines,
 * forward-push and guilt. Every entry is its own specification: its examples
 * run as tests (test/rules/phrase-tables.test.ts).
 *
 * Precision first: a pattern belongs here only if it is pressure in nearly every
 * context a real sales draft uses it. Responsive or neutral uses ("I'll follow
 * up with the pricing you asked for", "the price goes up with the number of
 * seats", "move the meeting forward") are kept out by writing the pattern
 * narrowly, and are listed as valid examples. A `fix` exists only where one
 * rewrite is grammatical in every context the patterns can match; everything
 * else offers suggestions.
 *
 * The rationale of every entry speaks in the terms of the source articles
 * (shared/seeds): prospects go quiet because they expect pressure, so copy that
 * pushes the sale forward confirms the fear; copy that steps back, takes
 * responsibility and makes "no" safe invites the truth back.
 */
import type { PhraseEntry } from '../core/phrase-types.js';
import type { PhraseRewrite } from '../core/rewrite/spec.js';

/** Objects that "move … forward" pushes: the sale, never a meeting. */
const PUSHED = '(the sale|the deal|this deal|this sale|the process|the sales process|this process|things|this|it|the conversation|this conversation|the opportunity|this opportunity|the project|this project|the proposal|our conversation)';

/** A chasing verb: rebuilt around what it applies to, or its clause dropped. */
const CHASE: PhraseRewrite = { move: 'replace-in-frame', frame: 'chasing-verb' };

/** A chasing question: one question that makes "no" safe, keeping what it asked about. */
const ASK: PhraseRewrite = { move: 'replace-sentence', frame: 'chasing-question' };

/** A clock, a count or a nudge that carries nothing but pressure: its clause goes (the sentence, when it is all there is). */
const DROP_CLAUSE: PhraseRewrite = { move: 'drop-clause' };

/** "limited-time", "today only": a modifier that can simply go. */
const DROP_MODIFIER: PhraseRewrite = { move: 'drop-modifier' };

/** A count of what is left: the count goes, what it counted stays. */
const ROOM: PhraseRewrite = { move: 'replace-in-frame', frame: 'scarcity-count' };

/** A subject line that only chases: named by what it is about, or closing the loop. */
const CHASING_SUBJECT: PhraseRewrite = { move: 'replace-in-frame', frame: 'subject-line' };

export const salesPressurePhrases: readonly PhraseEntry[] = [
  // ───────────────────────────── chasing ─────────────────────────────
  {
    id: 'just-following-up',
    category: 'chasing',
    patterns: [
      'just ~follow up',
      'just (wanted|want|wanting) to follow up',
      "(i'm|i am|we're|we are) following up",
      '~follow up (again|once more|one more time|one last time)',
      '(just|) (calling|writing|emailing|reaching out|messaging) to follow up',
      "^ (just|) a (quick|gentle|friendly|brief|short) (follow-up|follow up|check-in|check in) (on|about|regarding|re|to|!)",
    ],
    rationale:
      'Following up for its own sake tells the prospect your agenda comes first; it confirms the fear of pressure that made them go quiet.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'Hi {{first_name}}, [|just following up|] on the proposal I sent over.',
        '[|Just wanted to follow up|] with the pilot numbers.',
        '[|Im following up|] since we spoke Tuesday.',
        'Hi Jim, it’s Kristen. I’m [|just calling to follow up|].',
        '[|Following up again|] on the pilot pricing.',
        "[|Just a quick follow-up on|] the boiler quote.",
      ],
      valid: [
        'Our follow-up notes from Tuesday are attached.',
        'I’ll follow up with the pricing sheet you asked for.',
        'Avoid openers like "just following up" because they read as chasing.',
        'I’m not calling to follow up on anything; I wanted to apologize.',
        "A quick follow-up call is booked for the 3rd, as you asked.",
      ],
    },
  },
  {
    id: 'following-up-on-last-email',
    category: 'chasing',
    patterns: [
      "(i'm just|i am just|i'm|i am|just|) ~follow up on my (last|previous|earlier|recent) (email|message|note|voicemail|call)",
      '~follow up on (the|my) (email|message|note|voicemail) i (sent|left)',
      '~follow up on the (below|thread below|email below|note below|message below|attached)',
    ],
    rationale:
      'Pointing back at your own unanswered email makes silence a debt the prospect owes you; it puts your agenda ahead of the realities of their world.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'Hi {{first_name}}, [|just following up on my last email|] about the pilot.',
        '[|I’m following up on my previous message|] with the deck attached.',
        '[|Following up on the email I sent|] Tuesday.',
        '[|Following up on the below|].',
      ],
      valid: [
        'Don’t open with “following up on my last email”; open with an apology.',
        'My last email was too pushy, and I’m sorry about that.',
        'I’m not following up on my last email to push you. I wanted to apologize.',
      ],
    },
  },
  {
    id: 'just-checking-in',
    category: 'chasing',
    patterns: [
      'just checking in',
      "(i'm|i am|we're|we are) checking in",
      'just (wanted|want|wanting) to check in',
      '(just|) checking in (again|one more time|once more)',
      '^ checking in!',
      'just checking back (in|)',
      'checking in (on|about) (the|my|our) (quote|proposal|estimate|contract|offer|demo|deck|pilot|renewal|application|invoice|note|email|message)',
    ],
    rationale:
      'Checking in with nothing to offer is chasing: the prospect hears that you want the sale, which is exactly the pressure they went quiet to avoid.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'Hi {{first_name}}, [|just checking in|] on the proposal.',
        '[|Just wanted to check in|] before the holidays.',
        'Im [|just checking in|] to see where your team landed.',
        '[|Checking in again|] about the renewal quote.',
        'Hi Jo! [|Checking in!|] How was the trade show?',
        '[|Just checking back|] on the offer letter.',
        'Hi Dana, [|checking in on the quote|].',
      ],
      valid: [
        "Avoid saying 'just checking in' because it tells them you're chasing.",
        'I’m not just checking in; I wanted to apologize for how our last call went.',
        'Please use the check-in desk on the second floor.',
        'Our weekly check-in moved to Thursday.',
        'The nurse will be checking in on your dad each morning.',
      ],
    },
  },
  {
    id: 'touching-base',
    category: 'chasing',
    patterns: ['(just|) ~touch base'],
    rationale:
      '"Touching base" is a reason to call that serves the seller, not the prospect; it reads as a nudge toward the sale rather than a search for the truth.',
    rewrite: CHASE,
    examples: {
      invalid: [
        '[|Just touching base|] to see if the timing is any better.',
        'Hi {{first_name}}, I wanted to [|touch base|] about next quarter.',
        'Let’s [|touch base|] Friday.',
      ],
      valid: [
        'I won’t touch base again unless you ask me to.',
        'Phrases like "touching base" make a prospect feel chased.',
        'The base price includes onboarding.',
      ],
    },
  },
  {
    id: 'circling-back',
    category: 'chasing',
    patterns: [
      '(just|) ~circle back',
      '(just|) ~circle round',
      "(just|) ~circle around !(the|a|an|your|our|my|this|that)",
    ],
    rationale:
      'Circling back keeps the sale circling the prospect; it signals that you are still hoping for it, which is the pressure that stopped the conversation.',
    rewrite: CHASE,
    examples: {
      invalid: [
        '[|Just circling back|] on the quote from March.',
        '[|Circling back|] here with one more idea for the SOW.',
        'I wanted to [|circle back|] about the pilot.',
        '[|Circling round|] on the framing quote.',
        "[|Just circling around|] on the fencing estimate.",
      ],
      valid: [
        'I’m not circling back to push you; I owe you an apology.',
        'Cut "circling back" from your templates.',
        'The back office team will circle the date.',
      ],
    },
  },
  {
    id: 'bumping-this',
    category: 'chasing',
    patterns: [
      '~bump (this|this email|this thread|this message|my email|my note|my message|my last email) (up|back up|to the top of your inbox)',
      'bumping this (email|thread|message|note)',
      '(bringing|moving|putting|pushing|floating) this (back to|to) the top of your inbox',
      '(~pop|~jump|~float) back (in|into|up in|to the top of) your inbox',
      '(floating|bringing|moving|pushing|bumping) (this|it|my note|my email|my message) (back|back up|) to the top',
      '(floating|float) (this|it|my note|my email|my message) (back|) up',
      "~bump (this|it) (in case|since) (it|this) (got|was|has been) (buried|lost)",
      "~float (this|it|my note|my email|my message) (back|back up|) to the top",
      "(just|) (resurfacing|re-surfacing|resending|re-sending|bringing back up) (my|this|our|the) (note|email|e-mail|message|thread)",
      "(popping|pop|sliding|slide|nudging|nudge) (this|it|my note|my email|my message) (back|) (into|to the top of|up) your inbox",
      "(resurfacing|re-surfacing) (this|it)",
      "(wanted to|just|quickly) bump my (note|email|message|last note|last email|last message) (from|of|about)",
    ],
    rationale:
      'Bumping a message to the top of someone’s inbox insists on your agenda over theirs and ignores whatever in their world is keeping them from replying.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Bumping this to the top of your inbox|] in case it got buried.',
        'Just [|bumping this thread|] for visibility.',
        'I’ll [|bump this up|] again next week.',
        '[|Popping back into your inbox|] about the catering quote.',
        '[|Just floating this back to the top|] in case it got buried.',
        '[|Just floating this back up|].',
        "[|Bumping this in case it got buried|] under the holidays.",
        "Thought I’d [|float it back to the top|] of the pile.",
        "[|Just resurfacing my email|] from last month.",
        "[|Popping this back into your inbox|] in case it slipped by.",
        "[|Resurfacing this|] in case it got buried.",
        "I [|wanted to bump my note from|] last week.",
      ],
      valid: [
        'Happy to bump this to next quarter if that suits you better.',
        'Don’t write “bumping this to the top of your inbox”.',
        'There’s no need to bump this up; reply whenever suits you.',
        'Our newsletter pops into your inbox once a month.',
      ],
    },
  },
  {
    id: 'havent-heard-back',
    category: 'chasing',
    patterns: [
      "(haven't|have not|didn't|did not|hadn't) (heard|hear) back",
      "(haven't|have not|didn't|did not|hadn't) (seen|gotten|got|received) (anything|a word|a reply) back",
      "(haven't|have not|didn't|did not|hadn't) (seen|gotten|got|received|had) (a|any) (reply|response|answer)",
      "(haven't|have not|hadn't|didn't|did not) (heard|hear) (anything|a thing|a word) back",
      "(it's|it has) been (a while|a bit|some time|ages) since (we've|we have|i've|i have) heard from you",
      "(hadn't|haven't|had not|have not) seen anything come back",
      "(i've|i have|we've|we have) not (had|heard|received|got|gotten) (a reply|a response|an answer|anything back)",
      "did my (last|previous|earlier) (couple of|few|two|) (notes|emails|messages|voicemails) (reach|get to|find) you",
    ],
    rationale:
      'Announcing that they have not replied turns silence into a failing on their part; the seeds suggest assuming the breakdown is something you triggered instead.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'Hi {{first_name}}, I [|havent heard back|] from you, so here is one more idea.',
        'We still [|haven’t heard back|] on the security review.',
        'Since I [|didn’t hear back|] from you, here’s the pricing again.',
        'I [|haven’t seen anything back|] on the estimate.',
        'I [|haven’t seen a reply|] yet, so I’m writing again.',
        'I [|haven’t heard anything back|] since the demo.',
        "[|It’s been a while since we’ve heard from you|], so here is our spring news.",
        "I sent the floor plan on Monday, but I [|hadn't seen anything come back|].",
        "[|Did my last couple of notes reach you|]?",
      ],
      valid: [
        "I haven't heard from you in a few weeks, and I think that's on me.",
        'Skip lines such as "haven\'t heard back from you" in voicemails.',
        'I heard back from your colleague, and I think I owe you an apology.',
      ],
    },
  },
  {
    id: 'any-updates',
    category: 'chasing',
    patterns: [
      '(are there|is there|) any (update|updates|news) (on|from) your (end|side)',
      'any (update|updates|news) on (your decision|the proposal|my proposal|the contract|the quote|my last email|this deal)',
      'any update',
      'any (updates?|update?)',
      'any word (on|about) (the|my|our|your|this|that)',
      '^ any word yet',
      'any (thoughts|feedback|word|news) (yet|so far)',
      'any (movement|progress|news) on your (end|side)',
      "^ any movement?",
      "^ any progress?",
      "^ any (movement|progress) yet?",
    ],
    rationale:
      '"Any updates?" asks the prospect to report progress toward your sale; it makes them feel watched rather than safe to tell you the truth.',
    rewrite: ASK,
    examples: {
      invalid: [
        'Hi {{first_name}}, [|any updates on your end|]?',
        '[|Is there any news from your side|]?',
        '[|Any update on the proposal|]? Happy to jump on a call.',
        'Just curious, [|any update?|]',
        'Hi Jess! [|Any updates?|] We only have June left.',
        'Hey, [|any word on the|] roofing quote?',
        '[|Any thoughts yet|] on the shortlist?',
        '[|Any movement on your end|]?',
        "Thanks again for the demo. [|Any progress?|]",
      ],
      valid: [
        'Replace “any updates on your end?” with a question that makes no an easy answer.',
        'I’ll send any updates on our roadmap as they ship.',
        'Would you be open to sharing where things stand, whatever you decide?',
        'I’ll send word on the shipping date as soon as I have it.',
      ],
    },
  },
  {
    id: 'wondering-where-things-are',
    category: 'chasing',
    patterns: [
      '(just|) wondering where (things|this|we) (are at|stand|stands|are|is at)',
      "(see|check|find out|hear) where your (head is|head's) at",
      'where are (things|we) at',
      "(see|check|find out|hear) where (you're|you are|youre) at",
      "(get|take|grab) (a|the) pulse on (where|how) (you're|you are|things are|your team is)",
      "(see|check|find out|ask) where (things|this|we) (are at|stand|stands|is at)",
    ],
    rationale:
      'The seeds name this exact line as what a disappearing prospect expects to hear: a chase dressed as a question, asked for the seller’s sake.',
    rewrite: ASK,
    examples: {
      invalid: [
        'Hi, I was [|just wondering where things are at|]?',
        '[|Wondering where this stands|] with your board.',
        '[|Where are things at|] with the board?',
        'Wanted to [|see where your head’s at|] on the boat.',
        'So, [|where are we at|] with the decision?',
        'I wanted to [|see where you’re at|] with everything.',
        "I wanted to [|get a pulse on where you’re|] leaning on the renewal.",
        "I wanted to [|check where things stand|] on the kitchen plans.",
      ],
      valid: [
        'They expect you to call and say, “I was just wondering where things are at?”',
        'I was wondering where you’re based these days.',
        'Where do you think we should go from here?',
      ],
    },
  },
  {
    id: 'did-you-get-a-chance',
    category: 'chasing',
    patterns: [
      'did you (get|have) a chance to',
      'have you (had|got|gotten) a chance to',
      "if (you've|you have|you) (had|got|gotten) a chance to",
      'did you manage to !(find|park|get there|make it|get home|sleep|get in)',
      "wondering (if|whether) (you'd|you had|youd) (had|got|gotten) a chance (to|)",
      "(were you able|have you been able) to * yet?",
      "(wanted to|want to|just) (check|see|ask) (whether|if) (you've|you have|you|you'd) (had|got|gotten) a chance to",
    ],
    rationale:
      'Asking whether they "got a chance to" review is a polite chase: it measures the prospect against your timeline instead of inviting the truth.',
    rewrite: ASK,
    examples: {
      invalid: [
        '[|Did you get a chance to|] review the proposal?',
        'Hi {{first_name}}, [|have you had a chance to|] look at the numbers?',
        'Curious [|if youve had a chance to|] read it.',
        { text: '[|Did you manage to|] have a look at the samples?', suggestions: ["Whenever it suits you, I'd value your honest take on the samples.", "No pressure either way, but I'd love to hear what you think of the samples."] },
        'Just [|wondering if youd had a chance|]?',
        {
          text: 'Just [|wondering if youd had a chance to|] look over the quote I dropped off on the 3rd?',
          suggestions: [
            "Whenever it suits you, I'd value your honest take on the quote I dropped off on the 3rd.",
            "No pressure either way, but I'd love to hear what you think of the quote I dropped off on the 3rd.",
          ],
        },
        "[|Were you able to run the numbers with your partner yet?|]",
        "I [|wanted to check whether you had a chance to|] read the offer?",
      ],
      valid: [
        'If you get a chance to try the sandbox, I’d love your honest take.',
        'Opening with "did you get a chance to" reads as chasing.',
        'I never asked whether you had a chance to read it, and I should have.',
        "Were you able to log in? The reset link expires after an hour.",
      ],
    },
  },
  {
    id: 'did-you-see-my-email',
    category: 'chasing',
    patterns: [
      'did you (see|get|receive|read) my (last|previous|earlier|) (email|message|note|voicemail)',
      '(not sure if|not sure whether|wanted to make sure|making sure|to make sure) you (saw|got|received) my (last|previous|earlier|) (email|message|note|voicemail)',
      "(did not|didn't|did n't|have not|haven't) (receive|receive any|get|get any|got) (answer|an answer|a reply|reply|response|a response|any answer|any reply) (from|to|on|about) (my|our) (last|previous|earlier|) (email|message|mail|note)",
      'did you (see|get|receive|read) my (emails|messages|notes|voicemails|texts|text|calls)',
      "did (the|my|our) (quote|proposal|message|note|email|estimate|last message|last note|last email|invoice|plan|samples) land (okay|ok|alright|all right|safely|with you|with your)",
    ],
    rationale:
      'Asking whether they saw your message implies they owe you a reply; it keeps the focus on your sale instead of on what is really going on for them.',
    rewrite: ASK,
    examples: {
      invalid: [
        '[|Did you see my last email|]?',
        'Hi {{first_name}}, [|did you get my voicemail|] from Monday?',
        'Im [|not sure if you saw my previous message|], so here it is again.',
        'I [|did not receive answer from my last email|], so I write again.',
        '[|Did you get my texts|]?',
        "[|Did the estimate land okay|]?",
        "Quick one: [|did my last message land with you|]?",
      ],
      valid: [
        'Please ignore my last email; it was pushier than I meant.',
        'Never start with “Did you see my last email?”',
        'Did you see the webinar recording I mentioned?',
      ],
    },
  },
  {
    id: 'in-case-you-missed',
    category: 'chasing',
    patterns: [
      'in case you missed my (last|previous|earlier) (email|message|note)',
      'in case (my|my last) (email|message|note) got buried',
    ],
    rationale:
      'Resending "in case you missed it" assumes the only reason for silence is a full inbox, and chases the prospect instead of finding out the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|In case you missed my last email|], the deck is attached again.',
        'Resending [|in case my email got buried|].',
      ],
      valid: [
        'In case you missed the webinar, the recording is here.',
        'Cut lines like "in case you missed my last email".',
      ],
    },
  },
  {
    id: 'as-per-my-last-email',
    category: 'chasing',
    patterns: [
      '(as|) per my (last|previous|earlier) (email|message|note)',
      "as (i|i've) (mentioned|said|noted) in my (last|previous|earlier) (email|message|note)",
    ],
    rationale:
      'Pointing to what you already said blames the prospect for not keeping up; trust comes from taking responsibility for the breakdown, not assigning it.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|As per my last email|], the pilot is free for 30 days.',
        'The price, [|as I mentioned in my previous message|], includes onboarding.',
        '[|Per my last email|], I’d love your feedback.',
      ],
      valid: [
        'Phrases such as "as per my last email" sound passive-aggressive.',
        'My last email asked too much of you, and I’m sorry.',
        'As promised in my last email, here are the two case studies.',
      ],
    },
  },
  {
    id: 'tried-to-reach-you-several-times',
    category: 'chasing',
    patterns: [
      "(i've|i have) (tried|been trying) (to reach|reaching|to contact|contacting|to get hold of|to get in touch with|to call|calling) you (several|many|multiple|a number of|#) times",
    ],
    rationale:
      'Counting your attempts makes the prospect feel hunted; the seeds advise assuming the breakdown is something you triggered, and saying so.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ve tried to reach you several times|] this month.',
        '[|I have tried reaching you a few times|], so I’ll keep this short.',
      ],
      valid: [
        'I’ve tried to make this proposal simpler, and I’d value your feedback.',
        'Leave out lines like “I’ve tried to reach you several times.”',
      ],
    },
  },
  {
    id: 'been-trying-to-reach-you',
    category: 'chasing',
    patterns: [
      "(i've|i have) been trying to (reach|contact|get hold of|get in touch with|call) you",
      "(i've|i have) tried to (reach|contact|call) you",
      '^ been trying to (reach|contact|get hold of|get ahold of|call) you',
      "(giving|give|gave) you (another|one more|a quick|one last) (ring|call|buzz|shout|bell)",
      "(just|) ringing (back|again|you back|you again) (about|on|regarding|re|to)",
      "(haven't|have not|hasn't|couldn't|could not) (been able to|managed to) (catch|reach|get hold of|get ahold of|grab) you",
      "(haven't|have not|hasn't|couldn't|could not) (been able to|managed to) (connect with|get through to|speak with|talk to) you",
    ],
    rationale:
      'Telling a silent prospect you have been trying to reach them is chasing: it says the sale matters more to you than whatever is going on in their world.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ve been trying to reach you|] about the renewal.', '[|I have tried to call you|] twice this week.',
        'Hey Mo. [|Been trying to reach you|] about the car.',
        "Hi Sam, [|giving you another ring|] about the boiler.",
        "[|Just ringing back about|] the van hire.",
        "I [|haven’t managed to catch you|] this week.",
        "So far I [|haven't been able to connect with you|] by phone.",
      ],
      valid: [
        'I’ve been trying to understand where I went wrong, and I’d value your feedback.',
        'Training note: avoid saying "I\'ve been trying to reach you".',
        "Give me a ring whenever suits you.",
      ],
    },
  },
  {
    id: 'reaching-out-again',
    category: 'chasing',
    patterns: [
      "(i'm|i am) (just|) reaching out (again|one more time|one last time|once more)",
      '(just|) ~reach out (again|one more time|one last time|once more)',
      "(trying|ringing) you again",
      "(calling|ringing|phoning) (back|) again",
    ],
    rationale:
      'Reaching out "again" reminds the prospect of every unanswered attempt; it reads as persistence toward the sale, which is what they are avoiding.',
    rewrite: CHASE,
    examples: {
      invalid: [
        '[|I’m reaching out again|] about the pilot.',
        'Hi {{first_name}}, [|just reaching out one more time|] with a question.',
        'I wanted to [|reach out again|] with a new case study.',
        "Hi Lee, it's Ana, [|trying you again|] about the boiler quote.",
        "Hi Dev, it's Sam at Brightline, [|calling again|] about the pricing sheet.",
      ],
      valid: [
        'I won’t reach out again unless you’d like me to.',
        'Subject lines like "Reaching out again" get ignored.',
        'Reach out any time if questions come up.',
      ],
    },
  },
  {
    id: 'trying-one-more-time',
    category: 'chasing',
    patterns: [
      '(trying|trying you|reaching out|writing|calling) (one more time|one last time|one final time|one more try|one last try|one final try)',
    ],
    rationale:
      'Another try at reaching them counts the attempts the prospect did not answer; what they need is a reason to answer that is not the sale.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'I’m [|trying one more time|] before the holidays.',
        {
          text: 'Hey Marcus, Dana from Brightline, [|trying you one more time|] about the home insurance quote.',
          suggestions: [
            "Hey Marcus, Dana from Brightline, I'd value your honest take on the home insurance quote.",
            "Hey Marcus, Dana from Brightline, I'd like to hear what you think of the home insurance quote.",
          ],
        },
      ],
      valid: ['I won’t try one more time; I owe you an apology instead.'],
    },
  },
  {
    id: 'pinging-again',
    category: 'chasing',
    patterns: ['just ~ping (you|this thread|this)', '~ping (you|this thread|this) (again|one more time|once more)'],
    rationale:
      'Pinging a prospect is chasing in miniature; each ping tells them you are still pursuing the sale rather than the truth.',
    rewrite: CHASE,
    examples: {
      invalid: ['[|Just pinging you|] on the contract question.', '[|Pinging this thread again|] in case it slipped.'],
      valid: ['Feel free to ping me whenever it suits you.', 'Swap “just pinging you” for an honest question.'],
    },
  },
  {
    id: 'gentle-nudge',
    category: 'chasing',
    patterns: [
      '(just a|a) (gentle|friendly) (nudge|reminder)', 'just a quick nudge', '(gently|just) nudging (you|this)',
      'give (this|it|you|the proposal|my note) (another|a|one more|a little|a gentle|a friendly|a quick) nudge',
    ],
    rationale:
      'A "gentle nudge" is still a push toward the sale; softening the word does not remove the pressure the prospect feels.',
    rewrite: CHASE,
    examples: {
      invalid: [
        '[|Just a gentle nudge|] on the proposal.',
        '[|A friendly reminder|] that the proposal is waiting for your signature.',
        '[|Just nudging this|] in case it got lost.',
        'Thought I’d [|give this another nudge|].',
      ],
      valid: ['No nudges from me; take all the time you need.', 'Don’t send a “gentle nudge” three days later.'],
    },
  },
  {
    id: 'still-waiting',
    category: 'chasing',
    patterns: [
      "(i'm|i am|we're|we are|) still waiting to hear back",
      "(i've|we've|i have|we have) been waiting to hear back",
      '(still|been) waiting (on|for) your (decision|answer|reply|response|signature)',
    ],
    rationale:
      'Saying you are still waiting makes your impatience the prospect’s problem; it signals the decision matters to you more than the truth does.',
    rewrite: CHASE,
    examples: {
      invalid: ['[|I’m still waiting to hear back|] on the pilot.', 'We’ve [|been waiting for your signature|] since Monday.'],
      valid: [
        'There’s no need to keep me posted on your decision; a no is fine.',
        'Cut phrases like "still waiting to hear back".',
      ],
    },
  },
  {
    id: 'sent-several-emails',
    category: 'chasing',
    patterns: [
      "(i've|i have|we've|we have) (sent|left) you (several|many|multiple|a number of|#) (emails|messages|voicemails|notes)",
      'this is my (second|third|fourth|fifth|sixth) (email|message|attempt|voicemail|try)',
    ],
    rationale:
      'Tallying your emails is a guilt-laced chase; it tells the prospect they have fallen behind on your agenda.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ve sent you several emails|] about this, so I’ll keep it short.',
        '[|This is my third attempt|] to reach you.',
      ],
      valid: ['This is my last note on this, and no reply is needed.', 'Never write "I\'ve sent you several emails" to a prospect.'],
    },
  },
  {
    id: 'on-your-radar',
    category: 'chasing',
    patterns: ['(is this|is it) still on your radar'],
    rationale:
      'Asking whether you are still "on their radar" chases attention for the sale; asking whether it is worth exploring lets them say no.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['is this still worth exploring'] },
    examples: {
      invalid: [
        '[|Is this still on your radar|]?',
        'Hi {{first_name}}, [|is it still on your radar|] for Q3?',
      ],
      valid: ['It’s not on my radar to push you; I just want your honest take.', 'Skip subject lines like "Is this still on your radar?"'],
    },
  },

  // ───────────────────────────── urgency ─────────────────────────────
  {
    id: 'act-now',
    category: 'urgency',
    patterns: [
      'act (now|today)', '(buy|order) now !(or)',
      '^ act (fast|quickly|immediately)',
      'so act (fast|quickly|immediately)',
      "(need to|have to|must|should|better|'ll want to|will want to|want to) (act|move|decide) (fast|quickly|immediately|right away)",
      'jump on (it|this|this one|that) (before|now|today|while|fast|quickly)',
      "(want to|wanna|should|better|'d better) jump on (it|this|this one|that)",
      "(i'd|i would|id) (grab|book|reserve|snag) (one|it|yours|a spot|a slot|a seat) (this month|this week|soon)",
    ],
    rationale:
      'Manufactured urgency pressures the prospect into a decision before they trust you; it confirms the fear that the sale matters more than their situation.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Act now|] and get three months free.',
        'You’ll want to [|act today|], since this pricing is for new teams.',
        'The walnut desk is back in stock. [|Order now|] and we’ll deliver it assembled.',
        'Demand is high, [|so act fast|].',
        'If the numbers work, you’ll [|need to move quickly|] on this one.',
        'If you like the unit, I’d [|jump on it before|] the weekend.',
        'Honestly, [|I’d grab one this month|].',
      ],
      valid: [
        'There’s no need to act now; take whatever time you need.',
        'You can order now or after the trial; the price is the same.',
        'Landing pages that scream “Act now!” lose trust.',
        'We’ll act on your feedback right away.',
        'Our team will act quickly on any bug you report.',
        'I’ll jump on a call whenever suits you.',
      ],
    },
  },
  {
    id: 'cta-now',
    category: 'urgency',
    // A call to act with a clock on it; the clock goes and the call stays ("Enroll now →" → "Enroll →").
    patterns: [
      '(grab|secure|reserve|claim|snag) (your|a|my) * (now|today|right now) !(or|and pay later)',
      '^ (enroll|register|sign up|book|buy|order|join|subscribe|apply|reserve|grab yours|claim yours) (now|right now) !(or)',
      '(grab|snag|book|lock) (it|this|one|yours) (now|today|right now) !(or)',
      '(grab|secure|reserve|claim|snag) (your|a|my) * this week !(or)',
      "(claim|grab|get|book|secure|lock in) (my|your) * before (it|they|the offer|the deal|the sale|spots|seats) (expires|expire|runs out|run out|ends|end|sells out|sell out|is gone|are gone)",
      "(grab|get|take|book|lock) (it|one|yours|them) while you (can|still can)",
      "(grab|book|claim|secure|get) (your|my) (seat|spot|place|ticket|tickets|slot) before the doors close",
      "(upgrade|renew|subscribe|buy|order|book) now to (keep|save|lock in|avoid losing|hold on to)",
      "(upgrade|sign up|book|order|buy|register|enroll|enrol|join|subscribe) (in|within) the next %span",
      "lock in * before (it|they) (disappears|disappear|ends|end|goes|go|expires|expire|is gone|are gone)",
      "(get|have) (this|it) (wrapped up|done|signed|finalized|finalised|sorted) before (the|our) (promo|offer|deal|sale|discount|pricing|window) (closes|ends|expires|runs out)",
    ],
    rationale:
      'A button or line that says "now" sets the seller’s clock on the prospect’s decision; the same invitation without the clock leaves them free to take it or not.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        { text: '[|Grab your ticket now|].', suggestions: ['Grab your ticket.'] },
        { text: '[|Secure your spot today|] if the dates work.', suggestions: ['Secure your spot if the dates work.'] },
        { text: '[**[|Enroll now|] →**](https://example.com/enroll)', format: 'markdown', suggestions: ['[**Enroll →**](https://example.com/enroll)'] },
        { text: 'If it fits, I’d [|grab it now|].', suggestions: ['If it fits, I’d grab it.'] },
        { text: 'You can [|reserve your pallets this week|].', suggestions: ['You can reserve your pallets.'] },
        "[|Claim your 30% before it expires|]",
        { text: '[|Claim your 30% before it expires|] on Friday.', suggestions: ['Claim your 30% by Friday.'] },
        "I’d [|grab one while you can|].",
        "[|Book your place before the doors close|].",
        "[|Renew now to keep|] your saved designs.",
        "[|Sign up within the next 24 hours|] and save 15%.",
        "[|Lock in founder pricing before it disappears|].",
        "Let’s [|get this signed before the promo ends|].",
      ],
      valid: ['You can book your spot today or next month; the price is the same.', 'Sign up today for free onboarding on every plan.', 'If the timing works, reserve a table now or later.'],
    },
  },
  {
    id: 'limited-time-offer',
    category: 'urgency',
    patterns: ['(a|an|this|our|the|your|) limited-time (offer|offers|deal|deals|discount|discounts|promotion|promotions|price|prices)'],
    rationale:
      'A clock on the offer pushes the prospect to decide on your timeline; trust grows when they can decide on theirs.',
    rewrite: { move: 'replace-in-frame', frame: 'noun-phrase', with: ['our current offer'], safe: true },
    examples: {
      invalid: [
        { text: 'This is [|a limited time offer|] for new teams.', output: 'This is our current offer for new teams.' },
        { text: '[|Limited-time offer|]: 20% off annual plans.', output: 'Our current offer: 20% off annual plans.' },
      ],
      valid: [
        'Our offer isn’t limited in time; it stands whenever you’re ready.',
        'Phrases like “limited time offer” make buyers suspicious.',
        'Thursday’s call is short, so I’ll send the agenda first.',
      ],
    },
  },
  {
    id: 'for-a-limited-time',
    category: 'urgency',
    patterns: ['for a limited time (only|)', 'limited time (only|)'],
    rationale:
      'Limiting the time limits the prospect’s room to tell you the truth; pressure to decide now is pressure to say yes or disappear.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'Get 20% off [|for a limited time|].',
        '[|Limited time only|]: free onboarding for annual plans.',
        'We’ve got [|limited time|] on those rates, so call me back.',
      ],
      valid: [
        'The pilot isn’t for a limited time; it runs as long as you need.',
        'Remove “for a limited time only” from the hero banner.',
      ],
    },
  },
  {
    id: 'dont-miss-out',
    category: 'urgency',
    patterns: [
      "(don't|do not) miss (out|your chance|this opportunity|this chance|this offer|the boat)",
      "(you won't|you will not|you don't|you do not) want to miss (this|out|it)",
      "(don't|do not|dont) be the (one|only one|last one|last person|person) (who|to) (hears|missed|misses|hear|miss|finds out|find out)",
      "(don't|do not|dont) (want to|wanna) be the (guy|one|person|family|company|business|only one|only shop) (who|calling|stuck|caught|left)",
      "(don't|do not|dont) be the (only|last) * (caught out|left behind|left out|stuck)",
      "(so|so that) you (don't|do not|won't) (lose out|miss out)",
      "(don't|do not) wait (until|till) (it's|it is) too late",
      "(don't|do not) let (this|this one|it|that) (slip past you|slip by|pass you by|get away)",
    ],
    rationale:
      'Fear of missing out is pressure by another name; it pushes the sale forward instead of making it safe for the prospect to say no.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Don’t miss out|] on early-bird pricing.',
        '[|Dont miss your chance|] to join the spring cohort.',
        '[|You won’t want to miss this|] one.',
        "[|Don’t be the last one to hear|] about the new route.",
        "You [|don’t want to be the one stuck|] without heat in January.",
        "[|Don’t be the only firm in your street caught out|].",
        "Reply today [|so you don’t miss out|].",
        "[|Don’t wait until it’s too late|].",
        "[|Don't let this one slip past you|].",
      ],
      valid: ['No pressure, and you won’t miss anything by waiting.', 'Avoid CTAs like "Don\'t miss out!"'],
    },
  },
  {
    id: 'last-chance',
    category: 'urgency',
    patterns: [
      'your (last|final) chance', '(last|final) chance',
      '(last|final) call (for|to|on) !(me|us|you|with)',
      '^ (last|final) call !(me|us|you|with)',
      "(the|this is the|it's the) last time (it'll|it will|this will|we'll|we will) (be offered|be available|run|open)",
    ],
    rationale:
      '"Last chance" threatens loss to force a decision; a prospect who feels cornered will go quiet rather than tell you the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Last chance|] to join the spring cohort.',
        'This is [|your final chance|].',
        'It’s [|your last chance|] to get founder pricing.',
        '[|Last call for|] the spring workshop.',
        "This is genuinely [|the last time it’ll be offered|] at this price.",
      ],
      valid: [
        'This isn’t your last chance; the door stays open.',
        'Subject lines like “Last chance!” read as pressure.',
        'I’ll take my chances with a plain, honest note.',
        'My last call with their team went well.',
      ],
    },
  },
  {
    id: 'before-too-late',
    category: 'urgency',
    patterns: [
      "before (it's|it is|they're|they are) (too late|gone|all gone|sold out)",
      'before (it|they|the cohort|the workshop|the event|the class|the course|the program|seats|spots|tickets) (~sell out|~fill up|~book up)',
      'to avoid (disappointment|missing out)',
      'before (our|the|my) (calendar|schedule|diary) (fills up|books up|is full|fill up|gets full)',
    ],
    rationale:
      'Warning that it will soon be too late is a threat, and it confirms the prospect’s fear that you care about the sale more than about them.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'Book your demo [|before it’s too late|].',
        'Grab a seat [|before theyre gone|]!',
        'Save your place [|before the workshop fills up|].',
        '[|Reserve now|] [|before it sells out|]!',
        'Please order early [|to avoid disappointment|].',
        'Book your tune-up [|before our calendar fills up|].',
      ],
      valid: ['It’s never too late to reach out.', 'Drop lines along the lines of "before it\'s too late".'],
    },
  },
  {
    id: 'time-running-out',
    category: 'urgency',
    patterns: [
      "(time is|time's) running out", "(the clock is|the clock's) ticking",
      'before the (timer|clock|countdown) (runs out|hits zero|ends|expires)',
      "when (it's|they're|it is|they are) gone, (it's|they're|it is|they are) gone",
      '(in|within) (just|only) (a few|#) (hours|minutes)',
      '(still|) available (—|–|-|,|) for now!',
    ],
    rationale:
      'A ticking clock puts the prospect under pressure to decide on your schedule; taking the clock away is what lets the truth come out.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Time is running out|] to claim your discount.',
        'Just so you know, [|the clock is ticking|] on this rate.',
        'Order [|before the timer runs out|].',
        '[|When they’re gone, they’re gone|].',
        'The doors close [|in just a few hours|].',
        'Your favourite blend is [|still available — for now!|]',
      ],
      valid: [
        'Time isn’t running out; take whatever time you need.', 'We cut “Time is running out!” from the banner.',
        'Setup takes just a few hours, and we do it with you.',
      ],
    },
  },
  {
    id: 'let-me-know-asap',
    category: 'urgency',
    patterns: [
      '(let me know|let us know|get back to me|get back to us) (asap|as soon as possible|right away|by end of day|by eod|soon)',
      '(reply|respond|write back|get in touch) (asap|as soon as possible|right away|urgently|immediately)',
      '(revert|reply|respond|get back to me|get back to us) (at your earliest|at the earliest|at your earliest convenience)',
    ],
    rationale:
      'Asking for an answer as soon as possible puts your timeline ahead of theirs; a prospect who feels hurried will not feel safe telling you the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'adverbial', with: ['let me know when you can', 'let me know whenever suits you'] },
    examples: {
      invalid: [
        'Please [|let me know ASAP|].',
        'Can you [|get back to me as soon as possible|] on the redlines?',
        'June is filling in, so [|let me know soon|].',
        'Do [|reply as soon as possible|] so we can hold it.',
        'Kindly [|revert at your earliest|].',
      ],
      valid: [
        'No need to let me know right away; whenever suits you is fine.',
        'Let me know whenever it suits you.',
        'I’ll let you know soon what the engineers find.',
        'If anything breaks, call me right away and we’ll fix it.',
      ],
    },
  },
  {
    id: 'call-back-asap',
    category: 'urgency',
    patterns: ['(call me|call us|give me a call|give us a call|give me a ring|ring me|text me|email me|write me) (back|) (asap|as soon as possible|urgently)'],
    rationale:
      'A call-back wanted as soon as possible is the seller’s hurry, not the prospect’s; the number is enough, and the timing is theirs.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        { text: 'Please [|give me a call back ASAP|] at 555-0142.', suggestions: ['Please give me a call back at 555-0142.'] },
        { text: 'If that works, [|call me as soon as possible|].', suggestions: ['If that works, call me.'] },
      ],
      valid: ['Call me back whenever it suits you.', 'I’ll call you as soon as possible with the numbers.'],
    },
  },
  {
    id: 'sooner-the-better',
    category: 'urgency',
    patterns: [
      'the sooner the better', 'sooner rather than later',
      'the sooner * the better',
    ],
    rationale:
      'Hurrying the reply tells the prospect that your deadline matters more than their decision, which is the pressure that made them go quiet.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Let me know, [|the sooner the better|].',
        'I’d love to hear back [|sooner rather than later|].',
        '[|The sooner we book your install, the better|].',
      ],
      valid: ['Not sooner rather than later, just whenever suits you.', 'Phrases like “the sooner the better” put a clock on them.'],
    },
  },
  {
    id: 'now-or-never',
    category: 'urgency',
    patterns: ["(it's|it is) now or never"],
    rationale:
      'An ultimatum leaves the prospect no safe way to say "not yet" or "no"; the seeds ask you to make that answer easy instead.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|It’s now or never|] on this rate.',
        'Honestly, [|its now or never|].',
      ],
      valid: ['It’s not now or never, and I’m okay either way.', 'Never write "it\'s now or never" to a prospect.'],
    },
  },
  {
    id: 'dont-wait',
    category: 'urgency',
    patterns: [
      "(don't|do not) (wait|delay) (any longer|too long|another day)", "(don't|do not) delay",
      "(don't|do not|dont) (sit on|sleep on) (this|it|this one|that)",
      '(encourage|urge|advise) you (not to|to not) (delay|wait|hesitate)',
      "(i'd|i would|id) hate for you to (wait|delay) (too long|and|until)",
      '(people|families|customers|clients|those|homeowners|owners) who wait (usually|often|always|) (end up paying|pay more|regret)',
      "so you (don't|do not|dont) lose (your|the) (spot|seat|slot|place|date)",
      "(don't|do not) wait (another|one more) (year|season|month|week|summer|winter) (to|for)",
      "before (someone else|somebody else) (does|grabs it|takes it|snaps it up|books it|claims it)",
      "before another (buyer|family|couple|company|business|franchisee|client) (does|grabs it|takes it|snaps it up|books it|claims it)",
    ],
    rationale:
      'Telling a prospect not to wait pushes the sale forward on your timeline; trust needs room for them to take theirs.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Don’t wait any longer|], book your demo.',
        'So [|dont delay|]: [|seats are limited|].',
        '[|Don’t sit on this|] one.',
        'We [|urge you not to delay|] your application.',
        '[|I’d hate for you to wait too long|].',
        'Honestly, [|families who wait usually end up paying|] more.',
        'Let’s book it [|so you don’t lose your spot|].',
        "[|Don't wait another year to|] open your own studio.",
        "Reserve your region [|before someone else does|].",
      ],
      valid: [
        'Please wait until your team has had time to decide.', 'Subject lines like “Don’t wait!” push people away.',
        'No need to decide this week; sit on it as long as you like.',
      ],
    },
  },
  {
    id: 'what-are-you-waiting-for',
    category: 'urgency',
    patterns: [
      'what are you waiting for', '(so|) why wait',
      "(what's|what is) (really|actually|honestly|) holding you back (from|)",
    ],
    rationale:
      'Questioning the prospect’s hesitation treats it as an obstacle to your sale instead of a truth worth hearing.',
    rewrite: ASK,
    examples: {
      invalid: [
        'So [|what are you waiting for|]?', '[|Why wait|]? Start your rollout today.',
        "So [|what’s really holding you back from|] signing up?",
      ],
      valid: [
        'Tell me what you’re waiting on, and I’ll help if I can.',
        'Landing pages that ask "What are you waiting for?" sound desperate.',
        "Our survey asks members what held them back from joining sooner.",
      ],
    },
  },
  {
    id: 'hurry',
    category: 'urgency',
    patterns: ['(hurry|hurry up) (before|while|and|now)', 'better hurry'],
    rationale: 'Hurrying the prospect is pressure in its plainest form; it leaves no room for an honest "not now".',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|Hurry before|] the early-bird rate ends.', 'You’d [|better hurry|], because the cohort is small.'],
      valid: ['There’s no hurry at all.', 'If you’re in a hurry, skip to the pricing table.'],
    },
  },
  {
    id: 'youre-missing-out',
    category: 'urgency',
    patterns: [
      "(you're|you are) missing out",
      "(don't|do not|dont) be the (only|last) (one|firm|company|team|business|shop|practice|agency|school|brand) (who|that|to|on|in)",
      "(don't|do not|dont) (get|be) left behind",
      '(miss|missing) (the|this|that) (window|boat|cutoff|cut-off)',
      "(don't|do not|dont) sit (this|it) (one|) out",
    ],
    rationale:
      'Telling prospects they are missing out works on fear rather than trust; it tells them your agenda matters more than theirs.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Every week on spreadsheets, [|youre missing out|] on revenue.', 'See what [|you are missing out|] on.',
        '[|Don’t be the only firm that|] skips the summit.',
        '[|Don’t get left behind|] by the switch to e-invoicing.',
        'If you wait, you could [|miss the window|] for the tax credit.',
        '[|Don’t sit this one out|].',
      ],
      valid: [
        'You’re not missing out on anything if you pass.', 'Drop lines like "you\'re missing out".',
        'If the window for the grant has passed, we can look at next year.',
      ],
    },
  },
  {
    id: 'every-day-you-wait',
    category: 'urgency',
    patterns: [
      '(every|each) (day|week|month) you (wait|delay)',
      "(waiting|holding off|sitting on it|delaying) is the (riskiest|most expensive|costliest|worst) (move|thing|option|choice|decision)",
      "(those|people|members|folks|buyers|customers|clients|families) who (waited|held off|hesitated|sat on it) (last|this) (round|time|year|season|spring|summer|fall|winter) (ended up|missed|lost|paid)",
      "(if you've|if you have) been waiting for a sign, (this is it|here it is|this is your sign)",
    ],
    rationale:
      'Putting a price on every day of hesitation is guilt-driven urgency; it pushes for the sale instead of the truth about whether it fits.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Every day you wait|] costs your team money.', 'And [|each month you delay|], the backlog grows.',
        "In this market, [|holding off is the costliest choice|] you can make.",
        "[|Families who hesitated last spring ended up|] on the waitlist.",
        "[|If you’ve been waiting for a sign, here it is|].",
      ],
      valid: [
        'Take every day you need.', 'Avoid guilt lines such as "every day you wait costs you".',
        "Holding off is a fine choice if the timing is wrong for you.",
      ],
    },
  },
  {
    id: 'once-in-a-lifetime',
    category: 'urgency',
    patterns: ['once-in-a-lifetime (offer|opportunity|deal|chance|price)'],
    rationale:
      'Inflated urgency sounds like a pitch, not a person; prospects sense the scripted pressure and pull back.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: ['This is a [|once in a lifetime opportunity|].', '[|Once-in-a-lifetime deal|]: 60% off.'],
      valid: [
        'This isn’t a once in a lifetime offer; it will be here when you’re ready.',
        'Buyers tune out copy like “once-in-a-lifetime offer”.',
      ],
    },
  },

  {
    id: 'chasing-subject',
    category: 'chasing',
    // As a whole subject line these are the chase itself; in a body sentence
    // ("following up on your question about SSO") they can be plain reporting.
    scope: ['subject'],
    segmentStart: true,
    patterns: [
      '(re: |)(just|quick|gentle|friendly|) (following up|follow up|follow-up|checking in|check in|check-in|circling back|touching base|bumping this|bump|any update|any updates|still interested)',
    ],
    rationale:
      'A subject line that only chases tells the prospect the email is about your agenda before they open it; it confirms the fear of pressure that made them go quiet.',
    rewrite: CHASING_SUBJECT,
    examples: {
      invalid: [
        'Subject: [|following up|]\n\nhey Dave',
        'Subject: [|Just checking in|]!\n\nHi {{first_name}},\n\nHope the launch went well.',
        'Subject: [|Re: Quick follow-up|]\n\nHi Sam,\n\nThe deck is attached.',
      ],
      valid: [
        'Subject: Your SSO question: following up with the answer\n\nHi Sam,\n\nYes, we support Okta.',
        'Subject: Notes from Tuesday\n\nHi Sam,\n\nHere are our follow-up notes.',
      ],
    },
  },

  // ───────────────────────────── scarcity ─────────────────────────────
  {
    id: 'only-n-left',
    category: 'scarcity',
    patterns: [
      '(only|just) # (spots|seats|slots|places|openings|spaces|tickets|licenses|units|dates|cohort dates|sessions|appointments|saturdays) (are|is|) (left|remaining)',
      '(only|just) (have|has|got) # (spots|seats|slots|places|openings|spaces|tickets|licenses|units|dates|cohort dates|sessions|appointments|saturdays) (left|remaining)',
      '(only|just) # left',
      '(only|just) # * (spots|seats|slots|places|openings|spaces|tickets|licenses|units|dates|sessions|appointments) (are|is|) (left|remaining)',
      "(and|with) # (are|of them are|have been|are already) (already|) (taken|gone|claimed|booked|sold|spoken for)",
      "(we're|we are|i'm) down to (a handful|the last few|our last few|a few|the final few)",
      "(only|just) (available|valid|good) (for|to|on) * (this month|this week|today|tonight)",
      "(only|just) (#|one|two|three|four|five|a few|a handful) (remain|remaining)",
      "(only|just) (have|got) (#|a few|a handful) left (at this price|at that price|at this rate|in stock|at the sale price)",
      "(a third|half|most|two-thirds|three-quarters) (of them|of the spots|of the places|) (are|is) already (spoken for|taken|gone|claimed|booked)",
      "(one|two|three|four|five|#) of (those|the|our|these) (slots|spots|seats|places|desks|units|rooms|dates|pitches|plots) (are|is) (already|) (gone|taken|spoken for|claimed|booked)",
      "already (handed over keys to|sold|booked|allocated|let|leased|rented) # of (the|our) # (desks|units|spots|seats|plots|homes|rooms|apartments|flats|pitches)",
    ],
    rationale:
      'Counting down the spots pressures the prospect to grab one before they know whether it fits; scarcity pushes the sale ahead of the truth.',
    rewrite: ROOM,
    examples: {
      invalid: [
        '[|Only 3 spots left|] in the May cohort.',
        'There are [|just two seats remaining|].',
        '[|Only a handful of openings left|] this quarter.',
        'We’re opening the pilot to five more shippers and [|only 2 spots are left|].',
        'We [|only have 2 Saturdays left|] in June.',
        '[|Just two onboarding slots remaining|] for April.',
        "There are 50 places, [|and 38 are already taken|].",
        "[|We’re down to a handful|] of the blue ones.",
        "The bonus is [|only available for orders placed this week|].",
        "[|Only four remain|] in the north district.",
        "We [|only have 9 left at this price|].",
        "[|Half are already spoken for|].",
        "[|Two of those slots are gone|] already.",
        "We've [|already let 9 of the 12 flats|].",
      ],
      valid: [
        'We have plenty of spots, so there’s no rush.',
        'Skip banners like "Only 3 spots left!"',
        'Only 3 people on your team need access.',
      ],
    },
  },
  {
    id: 'filling-up-fast',
    category: 'scarcity',
    patterns: [
      '(spots|seats|slots|places|tickets|spaces) (are|is) (filling up|going|selling out|running out) (fast|quickly)',
      '(filling up|selling out) (fast|quickly)',
      '(~fill up|~book up|~sell out) (fast|quickly|quick)',
      '(is|are) filling (fast|quickly)',
      '(nearly|almost) (all|) (gone|sold out|spoken for|booked up|booked|taken|snapped up)',
      '(slots|spots|seats|dates|places|tables|stands|booths|desks|units|rooms|appointments|tickets|classes|groups) (go|goes|went|sell|sold|book up|booked up) (fast|quickly|quick)',
      '(do|does|will|always) fill up (fast|quickly|early|after|before|by)',
      '(sold|booked|went|sell|book) out in (under|less than|just|about) (an hour|a day|a week|# hours|# minutes|# days)',
      '(are|is) (almost|nearly) (full|fully booked|booked up)',
      "(our|my|the) * (calendar|schedule|diary|books|roster) (is|are) (filling up|filling|booking up)",
      "(only|just) (have|got) (capacity|room|space|bandwidth) for (one|#|a couple|a few) more",
      '(they|those|these|those slots|those dates|those spots) (always|usually|tend to|typically|often) (go|get snapped up|get taken|get booked) (first|fast|quickly|early)',
      "(being|getting) snapped up",
      "(our|the) (crews|crew|installers|install team|team|teams|calendar|schedule|diary|chefs|drivers) (are|is) (already|) (booked|booked up|booked out|filling up|full) (through|into|until|till|for) %when",
      "(our|the) (crews|crew|installers|install team|team|teams|calendar|schedule|diary|chefs|drivers) (are|is) (already|) (booked|booked up|booked out|filling up|full) (through|into|until|till|for) (most of|all of|) (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|the new year)",
      "(sold|booked) out (two|three|four|a few|several|#) (weeks|days|months) (before|ahead of|early)",
      "(allocation|availability|stock|capacity) (is|are) (getting|running|looking|) (tight|thin|limited)",
      "(our|the|my) (allocation|availability|stock|capacity) (for|in|of|after) * (is|are) (getting|running|looking|) (tight|thin|limited)",
      "(our|the|my) * (allocation|availability|stock|capacity) (for|in|of|after) * (is|are) (getting|running|looking|) (tight|thin|limited)",
      "(we're|we are) (already|) (close to|near|nearly at|almost at) capacity (for|in|on|this)",
      "booked out (most|every|all) (weekends|weekdays|saturdays|evenings|fridays)",
      "(they|these|those|spots|slots|places) (usually|tend to|always) go by (the weekend|friday|thursday|midweek|%when)",
    ],
    rationale:
      'Telling prospects that spots are going fast adds pressure to a decision they have not made; it invites a hurried yes or a quiet no.',
    rewrite: ROOM,
    examples: {
      invalid: [
        '[|Seats are going fast|], so grab yours.', 'The workshop is [|filling up fast|].',
        'My June calendar [|books up quickly|].',
        'These classes [|sold out fast|] last year.',
        'Production capacity [|is filling fast|].',
        'The Friday tee times are open, but [|those usually go first|].',
        'The booths by the entrance are [|almost all spoken for|].',
        'Spring [|slots go fast|], so I’d book soon.',
        'Our evening classes [|do fill up after|] the holidays.',
        'Last spring the course [|sold out in under a day|].',
        'Q3 onboarding slots [|are almost full|].',
        "[|Our autumn calendar is filling up|].",
        "We [|only have room for two more|] clients this quarter.",
        "This year's plots are [|being snapped up|].",
        "[|Our crews are booked through April|], so June is the next start.",
        "The spring camps [|sold out three weeks before|] the first day.",
        "[|Stock is getting tight|] on the oak tables.",
        "[|Our availability for June is looking thin|].",
        "[|We're already close to capacity for|] the holiday lunches.",
        "The hall is [|booked out most weekends|] in May.",
        "Evening lanes open on Monday, and [|they usually go by Thursday|].",
      ],
      valid: [
        'Onboarding goes fast once your data is in.', 'Never claim spots are “filling up fast” unless they are.',
        'The tank is filling up, so check the valve.',
        'The report is almost done, and I’ll send it Friday.',
      ],
    },
  },
  {
    id: 'while-supplies-last',
    category: 'scarcity',
    patterns: [
      'while (supplies|stocks|stock|spots|seats|they) (last|lasts)',
      'while it lasts',
      "once (they're|it's|these are|those are|they are) (gone,|gone) (they're|it's|they are|it is) gone",
      "once (they're|these are|those are|they are|the spots are|the seats are|the slots are) gone",
      'while (the|these|those|our) * (are|is) still available',
      "while (it's|its|it is|they're|they are|theyre) (still|) (there|available|around|in stock)",
      'while you still can',
      "while (there's|there is) still (room|space|time|availability)",
      'while there are still (spots|seats|places|rooms|tickets|slots|dates) (left|available|)',
      "once (they're|these are|those are|they are|the spots are|the seats are|the slots are) (spoken for|snapped up|claimed|sold)",
    ],
    rationale: 'Scarcity framing pushes the prospect to decide before they are sure; pressure of any size makes the truth harder to say.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'Free onboarding [|while supplies last|].',
        { text: 'The kit is free [|while supplies last|], and it ships Monday.', suggestions: ['The kit is free, and it ships Monday.'] },
        { text: 'Offer valid [|while stocks last|], through Sunday.', suggestions: ['Offer valid through Sunday.'] },
        { text: 'Pick your workshop [|while there’s still room|].', suggestions: ['Pick your workshop.'] },
        'Founder pricing, [|while spots last|].',
        '[|Once they’re gone, they’re gone|].',
        'Book [|while the lakeside cabins are still available|].',
        'Honestly, grab it [|while it’s there|].',
        'Grab the founding rate [|while you still can|].',
        "[|Once they're spoken for|], the next batch is in May.",
      ],
      valid: [
        'Retire phrases like “while supplies last”.', 'While the supply chain issue lasts, we’ll ship from Ohio.',
        'You can still switch plans while you’re on the trial.',
      ],
    },
  },
  {
    id: 'almost-sold-out',
    category: 'scarcity',
    patterns: [
      '(almost|nearly) (sold out|fully booked|at capacity)',
      '(spots|seats|tickets|availability|stock) (is|are) (almost|nearly) (gone|full)',
      "(about|nearly|almost|over|already|now) #% (sold|sold out|booked|full|gone|taken)",
    ],
    rationale: '"Almost sold out" is a squeeze toward the sale; it asks the prospect to act from fear instead of from trust.',
    rewrite: ROOM,
    examples: {
      invalid: [
        'The cohort is [|almost sold out|].', '[|Seats are nearly gone|] for June.',
        "The venue is [|nearly 85% booked|].",
      ],
      valid: ['We’re nowhere near capacity, so take your time.', 'The migration is almost finished.'],
    },
  },
  {
    id: 'high-demand',
    category: 'scarcity',
    patterns: ['due to (high|heavy|overwhelming|unprecedented|huge|strong) demand', '(because of|given the) (high|overwhelming|unprecedented|huge) demand'],
    rationale:
      'Citing demand to hurry a prospect is social pressure; it implies they will lose out unless they decide on your timeline.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|Due to overwhelming demand|], we’re opening one more cohort.', '[|Given the high demand|], pricing is under review.'],
      valid: ['Demand for your product is high, and we can help you meet it.', 'Don\'t lean on "due to high demand" to rush anyone.'],
    },
  },
  {
    id: 'can-only-hold',
    category: 'scarcity',
    patterns: [
      '(i|we) can only hold (this|that|the|your) (price|pricing|rate|discount|spot|slot|seat|offer|deal|quote) (until|through|for|till)',
      "(i|we) (can't|cannot) hold (this|that|the|your) (price|pricing|rate|discount|spot|slot|seat|offer|deal|quote) (past|beyond|after)",
      "(i|we) (can't|cannot|can not|won't be able to) (guarantee|promise|hold|honor|honour) (this|that|the|your|today's|these) (price|pricing|rate|rates|discount|spot|slot|seat|offer|deal|quote|terms) (after|past|beyond|once|tomorrow|next)",
      "(can't|cannot|can not) (promise|guarantee) (the same|this|that) (number|price|rate|quote|figure) (after that|after then|past that|beyond that|after %when)",
      "(the|this|that|today's) (price|rate|deal|offer|discount) is (only|just) for (people|those|anyone|members|customers|folks) who (join|sign|buy|book|commit|sign up) (today|tonight|now)",
      "(if|once|when) i (walk|step|head) out (the|that) door, (the|that|this) (price|offer|deal|rate|discount) (walks|goes|leaves)",
      "(can't|cannot|can not) hold (it|them|this|that|your %unit|the %unit) (much|any) longer",
      "(can't|cannot|can not) promise (there will be|there'll be|we'll have) any (left|available|in stock)",
      "(the|your) hold (on|for) * (lapses|expires|ends|runs out|drops)",
      "(it|they|the offer|the price|the deal|the landlord|the seller|the owner|the vendor|the buyer) (won't|will not) wait (forever|indefinitely)",
      "(can't|cannot|can not) (sit on it|hold it|keep it|hold them|keep them) (forever|indefinitely)",
      "(i|we) (can|could) only (guarantee|honor|honour|promise|keep) (the|this|that|your|our) * (until|till|through|for) (%when|the end of the|this)",
      "(don't|do not) know how long (i|we) (can|will be able to|'ll be able to) (keep|hold|guarantee|offer) (you|this|that|the|your)",
      "(comes|goes|is) off the table (once|when|after|as soon as) (i leave|i walk out|we hang up|i'm gone|tonight|today)",
    ],
    rationale:
      'A hold that expires is a deadline in disguise; it pressures the prospect to commit before they have told you the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I can only hold this price until Friday|].', '[|We can’t hold your spot past|] Monday.',
        '[|I can’t guarantee this rate after|] today.',
        "With steel moving, we [|can’t promise the same figure after that|].",
        "[|Today’s rate is only for members who sign up today|].",
        "[|If I walk out the door, the discount goes|] with me.",
        "We [|can’t hold your seat much longer|].",
        "We [|cannot promise there will be any left|] by Friday.",
        "[|The hold on your date lapses|] at noon.",
        "[|The landlord won’t wait forever|].",
        "[|We can only guarantee the price on your quote until the end of the month|].",
        "Honestly, I [|don't know how long I can keep you|] at this rate.",
        "The install discount [|comes off the table once I leave|].",
      ],
      valid: [
        'I can hold the spot for as long as you need, with no deadline.', 'Never say “I can only hold this price until Friday.”',
        "We won’t wait forever to fix the leak; the plumber comes Tuesday.",
      ],
    },
  },

  // ───────────────────────────── deadline ─────────────────────────────
  {
    id: 'need-answer-by',
    category: 'deadline',
    patterns: [
      "(i need|we need|i'll need|we'll need|i will need|we will need) (an|your|a) (answer|decision|reply|response|signature|yes) (by|before) (friday|monday|tuesday|wednesday|thursday|tomorrow|tonight|noon|end of day|eod|the end of the week|end of week|close of business)",
      "(i need|we need|i'll need|we'll need|i will need|we will need) (an|your|a) (answer|decision|reply|response|signature|yes) (by|before|no later than)",
    ],
    rationale:
      'A deadline on the prospect’s answer makes the decision about your calendar; a prospect who cannot say "not yet" safely will say nothing.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I need an answer by Friday|] so I can plan the quarter.',
        '[|We’ll need your signature before end of day|].',
        '[|I need a decision by the 14th|].',
      ],
      valid: ['I don’t need an answer by any particular date.', 'Training note: avoid saying “I need an answer by Friday.”'],
    },
  },
  {
    id: 'offer-expires',
    category: 'deadline',
    patterns: [
      '(offer|deal|discount|promotion|promo|sale|coupon) (expires|ends|runs out|is ending)',
      'expires (tonight|at midnight|today)',
      '(pricing|price|prices|rate|enrollment|enrolment|registration|early-bird pricing|early bird pricing) (ends|closes|expires|changes|goes up|increases) (on|this|next|) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|at midnight|soon)',
      '(offer|deal|discount|pricing|price|rate|quote) (is|) (good|valid) (through|until|till|thru) (the end of|end of) (the|this|) (month|week|quarter|day|year)',
      '(window|offer|deal|opportunity) is closing',
      '(is|are|stays|remains) (good|valid) (through|until|till|thru) (the end of|end of) (the|this|) (month|week|quarter)',
      "(your|the) cart('s| is) (about to expire|expiring)",
    ],
    rationale:
      'An expiring offer sets a clock on the prospect’s decision; urgency from the seller confirms their fear of being pushed.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Offer expires Friday|].',
        'The [|discount ends on the 30th|].',
        'Reply now, because the code [|expires tonight|].',
        'Heads up: [|enrollment closes Sunday|].',
        'This [|pricing is good through the end of the month|].',
        'Your renewal [|window is closing|].',
        "[|Your cart is about to expire|], so finish checking out.",
      ],
      valid: [
        'This offer doesn’t expire.',
        'Skip subject lines such as “Offer expires tonight!”',
        'The offer letter for your new hire is attached.',
      ],
    },
  },
  {
    id: 'prices-go-up',
    category: 'deadline',
    patterns: [
      '(price|prices|pricing|rates) (go|goes|will go|are going|is going) up (on|after|tomorrow|soon|next|at midnight)',
      '(price|prices|pricing|rates) (go|goes|will go|are going|is going) up in # (days|hours|weeks)',
      '(price|prices|pricing|rate|rates|fee|fees) (go|goes|will go|are going|is going) up (by|) (#%|# percent|%price) (on|after|at|from|starting) %when',
      '(price|prices|pricing|rate|rates|fee|fees) (~rise|~increase|~jump) (by|) (#%|# percent|%price) (on|after|at|from|starting) %when',
      "(prices|price|rates|pricing) (go|goes|will go|are going) back up",
      "after that, (our|the) (rates|prices|pricing) (go|goes|will go) up",
      "after that (our|the) (rates|prices|pricing) (go|goes|will go) up",
      "from then on, (our|the) (rates|prices|pricing) (go|goes|will go) up",
      "goes up to %price (on|at|after|from) %when",
      "(tomorrow|from tomorrow|on monday|after today|after tonight) (it's|it is|it goes|the price is|pricing is|it jumps) (back |up |)to %price",
      "(it|the price|the fee) jumps to %price (on|after|from) %when",
      "after which (it|the price|pricing|the rate|the fee) (goes|jumps|rises|reverts|goes back|climbs) (up|back|) to %price",
      "(after that|after then|afterwards) (you're|you are|you'd be|you will be|you'll be) looking at (#%|%price)",
      "(raising|increasing|putting up|hiking) (its|their|our|the|) (list prices|prices|rates|pricing) (in|on|from|after|next) (january|february|march|april|may|june|july|august|september|october|november|december|%when)",
      "(today's|this) (price|rate|pricing) is the best (it'll|it will|it's going to|it is going to) (be|get)",
    ],
    rationale:
      'Announcing a price rise to hurry a decision is pressure; it pushes the prospect to buy before they trust you.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Prices go up on March 1|].', '[|Pricing goes up in 3 days|].', '[|Rates are going up soon|], so now is a good time.',
        'The [|rate goes up 12% on the 1st|].',
        'Our [|fees rise by 8 percent after April 30|].',
        "After the sale, [|prices go back up|].",
        "[|After that, our rates go up|] for new contracts.",
        "The course [|goes up to $399 on Monday|].",
        "Today it's $900. [|Tomorrow it's back to $1,200|].",
        "Enrol at $300 now ([|it jumps to $380 on Friday|]).",
        "Founders pay $18 a month, [|after which it goes to $24|].",
        "The rate is $900 this week; [|after that you're looking at $1,100|].",
        "The mill is [|raising prices in March|].",
        "Honestly, [|today's price is the best it'll be|].",
      ],
      valid: ['The price goes up with the number of seats.', 'Don’t threaten that “prices go up soon.”'],
    },
  },
  {
    id: 'price-wont-last',
    category: 'deadline',
    patterns: [
      "(this|that|the|our|today's) (price|pricing|rate|deal|offer|discount) (won't|will not|isn't going to|is not going to|can't|cannot) last",
      "(this|it) (won't|will not) last (long|forever)",
    ],
    rationale:
      'Warning that the deal will not last is urgency aimed at the sale, not at the prospect’s real situation.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|This price won’t last|].', '[|Grab it now|], [|it wont last long|].'],
      valid: ['Our pricing will stay the same whenever you decide.', 'Landing copy like "this deal won\'t last" erodes trust.'],
    },
  },
  {
    id: 'sign-today',
    category: 'deadline',
    patterns: [
      'sign (today|now|tonight|this week|by friday|before friday|by end of day|by eod|by the end of the week|by the end of the month|by the end of the quarter|before the end of the month|before the end of the quarter)',
      "(now|right now|today) while (we're|we are|i'm|i am|i have you) (on the phone|on the line|on the call|still on the phone)",
    ],
    rationale:
      'Asking for a signature on a deadline pushes the sale forward on your timeline; the prospect who is not ready will simply stop answering.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'If you [|sign today|], I can include onboarding.', 'We’d need you to [|sign by the end of the quarter|].',
        "I can switch your plan over [|right now while we're on the phone|].",
      ],
      valid: ['There’s no need to sign today, or at all.', 'Sign in now to see your dashboard.'],
    },
  },
  {
    id: 'decide-today',
    category: 'deadline',
    patterns: [
      '(decide|make a decision|make your decision|make the call) (today|tonight|right now|by end of day|by tonight|by eod)',
      '(worth|about) deciding (now|today|tonight|right now)',
      'decide (now|right now) !(or|whether|if)',
    ],
    rationale:
      'Demanding a decision today leaves no room for "no" or "not yet"; trust needs the prospect to decide in their own time.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['decide in your own time'] },
    examples: {
      invalid: [
        'You’ll need to [|make a decision today|].',
        'If you [|decide by end of day|], I can waive setup.',
        'I think it’s [|worth deciding now|].',
        'You have to [|decide now|], I’m afraid.',
      ],
      valid: [
        'You don’t have to decide today.', 'Scripts that push “decide right now” backfire.',
        'Nobody has to decide now or even this month.',
      ],
    },
  },
  {
    id: 'today-only',
    category: 'deadline',
    patterns: ['(today|tonight|this week|this weekend|this month) only', '# (days|hours) only'],
    rationale: 'A one-day window is urgency built to rush the decision; it makes the sale, not the fit, the point.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: ['[|Today only|]: free onboarding.', 'Early-bird pricing, [|48 hours only|].'],
      valid: ['Only today did I realize I pushed too hard.', 'Ban banners like "Today only!"'],
    },
  },
  {
    id: 'days-left',
    category: 'deadline',
    patterns: [
      'only # (days|hours) (left|remaining|to go)', '# (days|hours) left to (claim|lock in|save|register|sign up|grab)',
      "^ # (hours|days) left",
    ],
    rationale: 'A countdown pressures the prospect to act before they are sure; it pushes toward the sale rather than the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Only two days left|] for early-bird pricing.', '[|3 hours left to register|].',
        "[|72 hours left|]: early-bird tickets for the summit.",
      ],
      valid: ['We have 3 days left in the pilot, and I’d value your feedback.', 'Avoid countdowns like "only 2 days left".'],
    },
  },
  {
    id: 'end-of-quarter',
    category: 'deadline',
    patterns: [
      '(end-of-quarter|end of the quarter|quarter-end|end-of-year|end of the year|year-end|end-of-month|end of the month|month-end) (discount|pricing|deal|special|offer|price|promotion)',
      "(love to|like to|want to|hoping to|aim to) (get you|have you) (live|started|signed|onboarded|set up) (before|by) (the end of the|end of) (quarter|month|year)",
    ],
    rationale:
      'End-of-period deals tie the prospect’s decision to the seller’s quota; they reveal that the sale, not the fit, is driving the conversation.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'I can offer [|end of quarter pricing|] if we wrap this up.', { text: 'Our [|year-end discount|] applies until the 31st.', suggestions: ['Our discount applies until the 31st.'] },
        "We’d [|love to get you live before the end of the quarter|].",
      ],
      valid: ['We’ll review results at the end of the quarter.', 'Don\'t mention "end of quarter pricing" to a prospect who went quiet.'],
    },
  },

  // ─────────────────────────── forward-push ───────────────────────────
  {
    id: 'move-the-deal-forward',
    category: 'forward-push',
    patterns: [`move ${PUSHED} (forward|ahead|along)`, `push ${PUSHED} (forward|ahead|along)`],
    rationale:
      'Trying to move the sale forward is the move the seeds warn against most: it tells the prospect your agenda comes first. Step back and look for the truth instead.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['figure out whether this is a fit'], safe: true },
    examples: {
      invalid: [
        { text: 'I’d love to [|move the deal forward|] this week.', output: 'I’d love to figure out whether this is a fit this week.' },
        { text: 'Can we [|move things ahead|] on Thursday?', output: 'Can we figure out whether this is a fit on Thursday?' },
        { text: 'What would help [|push this forward|]?', output: 'What would help figure out whether this is a fit?' },
      ],
      valid: [
        'I’m not calling to move anything forward.',
        'I’m calling, not to move the sale ahead, but to apologize.',
        'Please move the meeting forward to 2pm if that helps.',
      ],
    },
  },
  {
    id: 'moving-the-deal-forward',
    category: 'forward-push',
    patterns: [`moving ${PUSHED} (forward|ahead|along)`, `pushing ${PUSHED} (forward|ahead|along)`],
    rationale:
      'Focusing on moving the sale forward communicates that your agenda matters more than theirs; prospects feel the pressure and pull away.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['figuring out whether this is a fit'], safe: true },
    examples: {
      invalid: [
        { text: 'I’m focused on [|moving the process forward|].', output: 'I’m focused on figuring out whether this is a fit.' },
        { text: 'Thanks for [|pushing this forward|] internally.', output: 'Thanks for figuring out whether this is a fit internally.' },
      ],
      valid: [
        'I’m not calling about moving things forward.',
        'We keep leaving messages along the lines of “moving the sale forward.”',
        'Moving the meeting forward works for me.',
      ],
    },
  },
  {
    id: 'close-the-deal',
    category: 'forward-push',
    patterns: ['close (the|this|our) (deal|sale)', 'seal (the|this) deal'],
    rationale:
      'The seeds say to call back for the truth, not to close the sale; the aim is closure either way, not a signature.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['figure out whether this is a fit'] },
    examples: {
      invalid: [
        'I’d like to [|close the deal|] before the holidays.',
        'Let’s [|seal the deal|]!',
      ],
      valid: [
        'Not to close the sale, but simply to bring closure, regardless of what you decide.',
        'Please update the close date field in the CRM.',
        'Don’t try to “close” a sale.',
      ],
    },
  },
  {
    id: 'closing-the-deal',
    category: 'forward-push',
    patterns: ['(closing|sealing) (the|this|our) (deal|sale)'],
    rationale:
      'A focus on closing tells the prospect the sale is what matters to you; closure that accepts either answer is what earns the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['figuring out whether this is a fit'] },
    examples: {
      invalid: [
        'My focus is on [|closing this deal|] by Friday.',
        '[|Sealing the deal|] takes one signature.',
      ],
      valid: ['This call isn’t about closing the sale.', 'Stop writing about “closing the deal” to silent prospects.'],
    },
  },
  {
    id: 'pull-the-trigger',
    category: 'forward-push',
    patterns: ['pull the trigger'],
    rationale:
      'Pushing the prospect to "pull the trigger" frames the decision as a leap you want them to take; a plain decision, either way, is what trust asks for.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['decide'], safe: true },
    examples: {
      invalid: [
        { text: 'Are you ready to [|pull the trigger|]?', output: 'Are you ready to decide?' },
        { text: 'Once you [|pull the trigger|] on the annual plan, we’ll start.', output: 'Once you decide on the annual plan, we’ll start.' },
      ],
      valid: ['No pressure to pull the trigger; I’m okay either way.', 'Never ask a prospect to "pull the trigger."'],
    },
  },
  {
    id: 'pulling-the-trigger',
    category: 'forward-push',
    patterns: ['pulling the trigger'],
    rationale:
      'Talking about "pulling the trigger" pushes toward the sale; the prospect needs room to decide, including to decide no.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['deciding'], safe: true },
    examples: {
      invalid: [
        { text: 'Are you [|pulling the trigger|] this month?', output: 'Are you deciding this month?' },
        { text: 'I know you’re close to [|pulling the trigger|].', output: 'I know you’re close to deciding.' },
      ],
      valid: ['I’m not pulling the trigger on anything for you.', 'Lines such as “pulling the trigger” sound like pressure.'],
    },
  },
  {
    id: 'get-over-the-line',
    category: 'forward-push',
    patterns: [
      '(get|push) (this|it|the deal|this deal|things) (over|across) the (line|finish line)',
      '~get (the|our|your|this) * over the line',
      'push (it|this|the deal|the po|the order|things|the paperwork) through',
    ],
    rationale:
      'Getting the deal "over the line" treats the prospect as an obstacle to your sale; the seeds ask you to seek the truth, whatever it turns out to be.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['figure out whether this is a fit'] },
    examples: {
      invalid: [
        'Let’s [|get this over the line|].',
        'What do we need to [|push the deal across the finish line|]?',
        { text: 'Let’s [|get the pilot over the line|].', suggestions: ['Let’s figure out whether this is a fit.'] },
        { text: 'Is there anyone I can call to help [|push it through|]?', suggestions: ['Is there anyone I can call to help figure out whether this is a fit?'] },
      ],
      valid: ['I’m not here to get this over the line; I want the truth.', 'Managers who say "get it over the line" create pressure.'],
    },
  },
  {
    id: 'lock-this-in',
    category: 'forward-push',
    patterns: [
      '~lock (this|it|that|things) in',
      "~lock in (this|that|the|the current|your|your current|today's|our|current|last year's|this year's) (price|pricing|rate|discount|deal|spot|offer)",
      "~lock in (one of those|one of these|one of the|a|your|the|this|that) (date|dates|spot|spots|slot|slots|seat|seats|time|times)",
      '~lock (you|you two|you both|your team|your spot|your date|the date) in',
      '~get (you two|you both|you all) locked in',
      "~lock in (your|the|these|those|this|today's) (savings|rebate|rebates|discount|discounts|price|rate|bonus)",
      "(let's|let us) lock in (a|the|your) (start date|install date|date|kickoff)",
    ],
    rationale: 'Locking things in pushes for commitment before the prospect has told you the truth about where they stand.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Want to [|lock this in|] before Friday?',
        '[|Lock in your rate|] today.',
        'I’ve [|locked in the discount|] for you.',
        'Renew this week to [|lock in your current rate|].',
        'Let’s [|lock you in|] for the June date.',
        'Let’s [|get you two locked in|].',
        '[|Lock in your savings|] before the rebate changes.',
        "[|Let’s lock in a start date|] this week.",
      ],
      valid: ['No need to lock anything in.', 'Avoid CTAs like “Lock in your rate”.'],
    },
  },
  {
    id: 'get-the-ball-rolling',
    category: 'forward-push',
    patterns: ['~get the ball rolling'],
    rationale:
      'Getting the ball rolling creates forward momentum toward the sale, and momentum is what tells the prospect that the sale is what you care about most.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['Let’s [|get the ball rolling|] on your rollout.', 'Ready to [|get the ball rolling|]?'],
      valid: ['There’s no ball to set rolling; I just want your feedback.', 'Skip lines like "get the ball rolling".'],
    },
  },
  {
    id: 'next-steps-to-close',
    category: 'forward-push',
    patterns: ['next steps (to close|to closing|toward closing|towards closing|to get you signed|to get this signed|to finalize)'],
    rationale:
      'Laying out steps to close assumes the destination; the prospect needs to feel free to say this is not a fit.',
    rewrite: { move: 'replace-in-frame', frame: 'noun-phrase', with: ['possible next steps, if any'] },
    examples: {
      invalid: ['Here are the [|next steps to close|].', 'Can we agree on [|next steps to get this signed|]?'],
      valid: [
        'If you’d like, we can talk about next steps, or not.',
        'Replace “next steps to close” with “Where do you think we should go from here?”',
      ],
    },
  },
  {
    id: 'get-it-signed',
    category: 'forward-push',
    patterns: [
      '~get (this|it|the contract|the agreement|the paperwork|the deal|the order form) (signed|inked)',
      '~get (you|your team) (on the books|locked in)',
      '~get (the|your|our|this) * (contract|agreement|paperwork|order form|proposal|sow|lease) (signed|inked)',
      "(let's|let us) get (your|the) (offer|paperwork|order|application) (written up|drawn up|submitted|in|signed) (tonight|today|now|this week)",
      '(get|start) (the|your) (application|paperwork|order|enrollment|enrolment|policy) (started|going|in) (now|today|tonight|this week)',
      '~get (all|all the|all of the) * (contract|contracts|agreement|agreements|paperwork|order form|forms) (signed|inked)',
      "(all i need|i just need|i only need|just need) (is|) (your|a) (e-signature|signature|sign-off|signoff|thumbprint|initials|autograph)",
      "get the paperwork (knocked out|done|sorted|signed|wrapped up) (tonight|today|now|right now|while i'm here)",
      "(get|have) (the|your) (deposit|paperwork|contract|agreement|order form|po) (squared away|sorted|sorted out|wrapped up) (this week|today|tonight|by %when|before %when)",
      "so we can get (it|this|everything) (all|) (tied up|wrapped up|squared away|locked in|buttoned up)",
      "(what if we|how about we|why don't we) (got|get|start) (the|your) (paperwork|application|order|contract) (started|going|signed) (today|tonight|now|this week)",
    ],
    rationale:
      'Pushing for the signature puts the sale ahead of the truth; a prospect who senses it will keep you at bay to feel safe.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Let’s [|get the contract signed|] this week.', 'I’d love to [|get you on the books|] for Q3.',
        'Could we [|get the renewal agreement signed|] before Friday?',
        '[|Let’s get your offer written up tonight|].',
        'Let’s [|get the application started now|].',
        'Can we [|get all expansion paperwork signed|] by Friday?',
        "[|All I need is your signature|] on page two.",
        "We can [|get the paperwork sorted tonight|].",
        "Let's [|get the deposit squared away this week|].",
        "Shall I book Monday [|so we can get it all tied up|]?",
        "[|What if we got the paperwork started today|]?",
      ],
      valid: ['I’m not trying to get anything signed.', 'Avoid saying "get this signed" in a re-engagement email.'],
    },
  },
  {
    id: 'ready-to-move-forward',
    category: 'forward-push',
    patterns: [
      'are you ready to (move forward|proceed|go ahead|sign|commit|buy)',
      "(if you're|if you are|when you're|when you are) ready to (move forward|proceed|go ahead) (with|on) (the|this|our) (proposal|contract|deal|purchase|order|agreement)",
      "(are we|we are|are you) (good|ready|okay|ok|all set) to (push ahead|push forward|move ahead|proceed)",
      "(if you're|if you are|when you're|when you are) ready to make it official",
      "(let's|let us) (knock out|get through|get) the paperwork (done|sorted|) (while i'm here|today|tonight|now)",
      "^ ready to (sign|move forward|go ahead|get started|commit)?",
    ],
    rationale:
      'Asking whether the prospect is ready to move forward presses for a yes; the seeds suggest asking where they think you should go from here.',
    rewrite: ASK,
    examples: {
      invalid: [
        '[|Are you ready to move forward|]?', '[|If you’re ready to move forward with the proposal|], the link is below.',
        "So, [|are we good to push ahead|] with the install?",
        "Just say the word [|if you’re ready to make it official|].",
        "[|Let’s knock out the paperwork while I’m here|].",
        "The scope is attached. [|Ready to go ahead?|]",
      ],
      valid: [
        'Whenever you’re ready, or not, I’m happy either way.',
        'I’m assuming that you’ve probably moved forward with somebody else.',
        "Ready to sign in? Use the link from your welcome email.",
      ],
    },
  },
  {
    id: 'what-will-it-take',
    category: 'forward-push',
    patterns: [
      'what (will|would|does) it take (to earn your business|to win your business|to get your business|to get you to sign|to get you on board|to get this signed|to get a yes|to close|for you to sign|to get this done|to get you to commit|for you to commit|to make this happen|to move forward)',
      "what (will|would|does) it take to (get this|get it) (approved|signed|done|over the line) (this week|today|by %when|this month)",
      "what (would|will) it take to get you (two|both|all|) (started|signed up|on board|booked in) (today|tonight|now|this week)",
      "(what's|what is) holding you back from (locking|signing|booking|committing|deciding|going ahead|moving ahead) (today|tonight|now|in|this)",
    ],
    rationale:
      '"What will it take" is a closing line: it assumes a yes is available for the right price and treats the prospect’s hesitation as a negotiation.',
    rewrite: ASK,
    examples: {
      invalid: [
        '[|What will it take to earn your business|]?', 'Honestly, [|what would it take for you to sign|] this month?',
        "[|What would it take to get this approved this month|]?",
        "[|What would it take to get you started today|]?",
        "[|What's holding you back from signing today|]?",
      ],
      valid: [
        'What would it take for me to earn your trust back? I’d genuinely like to know.',
        'Scripts that ask “what will it take to earn your business?” add pressure.',
      ],
    },
  },
  {
    id: 'keep-the-momentum',
    category: 'forward-push',
    patterns: [
      'keep (the|this|our) momentum (going|)', 'keep the ball rolling',
      '(lose|losing|lost) (the|our|any|) momentum',
    ],
    rationale:
      'The seeds name the attempt to create forward momentum as the signal that the sale matters most to you; the prospect feels it and backs off.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'I’d love to [|keep the momentum going|].',
        'Let’s [|keep the ball rolling|] next week.',
        'I’d hate for us to [|lose momentum|] now.',
      ],
      valid: [
        'I’m not trying to keep the momentum going; I just want your honest take.',
        'Your attempt to create forward momentum tells them the sale matters most.',
      ],
    },
  },
  {
    id: 'strike-while-hot',
    category: 'forward-push',
    patterns: ['strike while the iron is hot'],
    rationale: 'Striking while the iron is hot is pressure to decide before doubts surface; trust wants those doubts said out loud.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'We should [|strike while the iron is hot|].',
        'Let’s [|strike while the iron is hot|] and book the kickoff.',
      ],
      valid: ['Avoid clichés like "strike while the iron is hot".', 'There’s no need to strike while the iron is hot.'],
    },
  },
  {
    id: 'sign-on-the-dotted-line',
    category: 'forward-push',
    patterns: ['sign on the dotted line'],
    rationale:
      'Talking about the dotted line keeps the signature at the center of the conversation; the prospect needs the truth about fit at the center instead.',
    rewrite: { move: 'replace-in-frame', frame: 'verb-phrase', with: ['decide whether this is right for you'] },
    examples: {
      invalid: [
        'Ready to [|sign on the dotted line|]?',
        'Before you [|sign on the dotted line|], read the FAQ.',
      ],
      valid: ['You don’t have to sign on the dotted line for anything.', 'Skip jokes like “sign on the dotted line” in cold email.'],
    },
  },

  // ─────────────────────────────── guilt ───────────────────────────────
  {
    // "If you're still interested, I can hold Thursday for you": the condition
    // goes, the offer stays, without asking them to defend their silence.
    id: 'if-still-interested-lead-in',
    category: 'guilt',
    patterns: ["^ if (you're|you are|your team is|you all are) still interested,"],
    rationale:
      'Asking whether they are "still interested" puts the prospect on the spot to defend their silence; an offer that stands either way invites the truth instead.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if it would help,'] },
    examples: {
      invalid: ['[|If you’re still interested,|] I can hold Tuesday morning for you.'],
      valid: ['If it would help, I can hold Tuesday morning for you.'],
    },
  },
  {
    id: 'still-interested',
    category: 'guilt',
    patterns: [
      'are you still interested', "(if|whether) (you're|you are|your team is) still interested",
      "^ still thinking it over?",
      "^ still mulling it over?",
      "^ still on the fence?",
      "^ still thinking about it?",
    ],
    rationale:
      'Asking whether they are "still interested" puts the prospect on the spot to defend their silence; an apology and an easy "no" invite the truth instead.',
    rewrite: ASK,
    examples: {
      invalid: [
        '[|Are you still interested|]?', 'Let me know [|if youre still interested|] in the pilot.',
        "[|Still mulling it over?|] The answers to three common questions are below.",
      ],
      valid: [
        'Whatever you decide, I’d value your honest feedback.', 'Don’t end with “Are you still interested?”',
        "We are still deciding which venue to book for our own offsite.",
      ],
    },
  },
  {
    id: 'hate-for-you-to-miss',
    // Fear of loss, not a word about the silence: no re-engagement cue for missing-apology-opener.
    category: 'urgency',
    patterns: [
      "(i'd|i would) hate for you to (miss|lose) (out|this|it)", "(i'd|i would) hate to see you (miss|lose) (out|this|it)",
      "(i'd|i would|id) hate (for you|to see you|) to (lose|miss) (it|this|out|the|your|that)",
      "^ (would|'d) hate (for you|to see you) to (lose|miss) (it|this|out|the|your|that)",
      "(i'd|i would) hate to see you (lose|miss) (the|your|that|this) * (we talked about|we discussed|you qualified for)",
    ],
    rationale: 'Regret on the prospect’s behalf is guilt-driven pressure; it makes your sale their problem.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’d hate for you to miss out|] on this rate.', '[|I would hate to see you lose this|].',
        '[|I’d hate for you to lose it|] to another brand.',
        "The crew is booked solid. [|Would hate for you to lose your|] date.",
      ],
      valid: ['I’d hate for you to feel any pressure from me.', 'Guilt lines like “I’d hate for you to miss out” push people away.'],
    },
  },
  {
    id: 'assume-not-interested',
    category: 'guilt',
    patterns: [
      "(i'll|i will|i'm going to|i am going to) (just|) assume (you're|you are|that you're|that you are) (no longer|not) interested",
      "(i'll|i will|i'm going to|i am going to) (close|be closing) (your|out your) file",
      "(i'll|i will|i'm going to|i am going to) (just|) assume (this|it|that|the timing) (isn't|is not|is no longer|isn't really|is not really) (a priority|a fit|the right time|important|on your radar)",
      "(i'll|i will|i'm going to|i am going to) take (your silence|silence|that|this|no reply|no response) as a no",
    ],
    rationale:
      'The breakup-email threat uses closure as leverage; the seeds offer closure without conditions: you are okay either way.',
    rewrite: ASK,
    examples: {
      invalid: [
        'Since it’s been a while, [|I’ll assume you’re no longer interested|].',
        '[|Im going to close your file|] on Friday.',
        'No word yet, so [|I’ll assume this isn’t a priority|] for your team.',
        'If nothing comes back by Monday, [|I’ll take your silence as a no|].',
      ],
      valid: [
        'I’m assuming you’ve probably moved forward with somebody else, and that’s fine.',
        'Breakup emails that say "I\'ll assume you\'re no longer interested" are a pressure tactic.',
      ],
    },
  },
  {
    id: 'my-quota',
    category: 'guilt',
    patterns: ['(help me|i need to|so i can|to) (hit|make|reach) my (quota|number|numbers|target)', 'my (quarter|fiscal year) (ends|closes|is closing|is ending)'],
    rationale:
      'Bringing your quota into the conversation makes the prospect responsible for your sale; it is exactly the seller-first focus that breaks trust.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['Signing this month would really [|help me hit my quota|].', '[|My quarter ends|] Friday, so timing matters.'],
      valid: ['This isn’t about my quota; it’s about whether it fits.', 'Your quarter ends in June, so budgets may reset then.'],
    },
  },
  {
    id: 'competitors-already',
    category: 'guilt',
    patterns: [
      'your (competitors|competition) (are|is) already',
      '(most of|all of|many of|half of|half) your (neighbors|neighbours|peers|competitors|colleagues|competition) (have|are|has) already',
      "(don't|do not|dont) let (your|the) (competitors|competition|rivals) (get|beat|take)",
      "(your|the) (competitors|competition|rivals) (aren't|are not|won't|will not|don't|do not) (waiting|wait|slow down|sit still)",
      "before your (competitors|competition|rivals) (do|does|get there|beat you to it)",
    ],
    rationale:
      'Invoking competitors plays on fear to push the sale; the prospect should decide on the fit, not on anxiety you created.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Your competitors are already|] using AI to prospect.', '[|Your competition is already|] ahead.',
        '[|Most of your neighbors have already|] signed up.',
        '[|Don’t let your competitors get|] there first.',
        "Remember, [|your rivals aren’t waiting|].",
        "Claim the listing [|before your competition does|].",
      ],
      valid: [
        'I don’t know what your competitors are doing, and it doesn’t matter here.',
        'Fear lines like “your competitors are already ahead” backfire.',
      ],
    },
  },
  // ─────────────── deadlines and scarcity as constructions ───────────────
  // Real drafts rarely use the stock phrase; they name an offer and a date.
  {
    id: 'offer-ends-on-date',
    category: 'deadline',
    patterns: [
      "(offer|deal|discount|promo|promotion|pricing|price|prices|rate|rates|quote|proposal|bundle|bonus|enrollment|enrolment|registration|doors|early-bird pricing|early bird pricing|early-bird rate|sale|savings|special|this price|these prices) (ends|end|closes|close|expires|expire|increases|increase|goes up|go up|rises|rise|changes|jumps|disappears|runs out|will end|will close|will expire|will increase|will go up|is going up|are going up|goes up to|go up to|jumps to|rises to) (on|at|by|after|) %when",
      "(price|prices|pricing|rate|rates|fee|fees) (goes up|go up|jumps|rises|increases|increase) to * (on|at|after) %when",
      "(offer|deal|discount|pricing|price|rate|bundle|early-bird pricing|early bird pricing|early-bird rate) (of|at) (%price|#%|# percent) (ends|closes|expires|goes away|disappears|will end|will expire) (on|at|by|after|) %when",
      "(is|are|it's|its) (only|) (good|valid|available|open|guaranteed) (until|through|thru|till|before) %when",
      "(only|just) (good|valid|available|guaranteed) (if|when) * (today|tonight|now|this week)",
      '(is|are) (only|) (locked|locked in|held|honored|honoured|frozen) (until|through|thru|till) %when',
      '(applications|submissions|sign-ups|signups|orders|bookings|entries|nominations|admissions|pre-orders|preorders) (close|closes|end|ends|are due|will close|will end) (on|at|by|after|) %when',
      '^ (ends|ending|expires|expiring|closes|closing) (on|at|by|) %when',
      '%offer (~expire|~end) (on|at|by|after) %when',
      '(#%|# percent) off (ends|expires|ending|expiring|is ending|will end) (on|at|by|) %when',
      '(code|coupon|promo code|discount code|voucher) * (expires|ends|expire|end|will expire|will end) (on|at|by|) %when',
      '(ends|expires|closes|ending|expiring|closing|end|expire|close) (on|this|) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|tomorrow) at midnight',
      '%offer ~wrap up (on|at|by|) %when',
      '%offer ~run out (on|at|by|) %when',
      '(~wrap up|~run out) (tonight|at midnight)',
      '(price|prices|pricing|rate|rates|fee|fees|ticket|tickets|pass|passes|bundle|membership|cost) (jumps|goes up|rises|increases|climbs|will jump|will go up|will rise|will increase|is going up|are going up) from %price',
      'before (the|our|) (price|prices|pricing|rate|rates|fees) (~jump|~go up|~rise|~increase|~change)',
      '(only|just) (good|valid|available|guaranteed) (if|when) you (book|sign|commit|order|buy|decide|enroll|agree) (on this call|on the call|today|tonight|now)',
      '(offer|deal|price|rate|discount|quote|pricing) (stands|holds|is good|is valid) (until|till|through) %when',
      '^ (ends|ending|expires|expiring|closes|closing) in %span',
      '(early-bird|early bird) (ends|closes|expires|wraps up) (on|at|by|) %when',
      "(prices|pricing|offer|offers|deal|deals|discount|discounts|rate|rates) (vanish|vanishes|disappear|disappears) (at|on|by|after|) ",
      "(scan|consultation|consult|assessment|audit|offer|deal|discount|promo|promotion|rate|pricing|special|sale|trial) (wraps up|winds up) (on|at|by|after|) %when",
      "%offer (sunsets|sunset|will sunset|is sunsetting) (on|at|by|after|) %when",
      "(financing|0% financing|offer|deal|discount|rate|pricing|promo|promotion|special|sale|trial) (wraps up|winds up|sunsets|ends) (at|by) the end of (the|this) (month|week|quarter|year)",
    ],
    rationale:
      'A date on the offer puts a clock on the prospect’s decision; pressure from the seller is what makes prospects hide their truth and go quiet.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Early-bird pricing ends January 31|].',
        'Just so you know, [|prices increase on April 1|].',
        'The quote [|is only good through October 31st|].',
        '[|Doors close Sunday at midnight|].',
        'This rate is [|only good if we bind it today|].',
        'The [|price goes up to $497 on Monday|].',
        'Our [|early-bird rate of $79 expires on Sunday|].',
        'Your quote [|is only locked until the end of the month|].',
        '[|Applications close Thursday|], so send yours soon.',
        'Spring sale. [|Ends Sunday at midnight|]!',
        'Your [|coupon expires at 9 pm|] tonight.',
        'Weekend flash sale: [|30% off ends tonight|].',
        'Heads up: [|code FALL25 expires at 11 pm|] on Sunday.',
        'Member pricing for the retreat [|ends Thursday at midnight|].',
        '[|Launch pricing wraps up tonight|].',
        'After Sunday, the [|bundle jumps from $120|] to $180.',
        'Book [|before prices jump|] next week.',
        'That price is [|only good if you book on this call|].',
        'The [|offer stands until Friday|].',
        'Flash sale: [|ends in 6 hours|]!',
        '[|Early-bird ends Friday|].',
        "These [|prices vanish at|] close of business.",
        "[|Prices go up 1 April|].",
        "The free roof inspection [|offer wraps up on May 2|].",
        "The [|intro rate sunsets on June 2|].",
        "The [|0% financing wraps up at the end of the month|].",
      ],
      valid: [
        'Our offices close Friday for the holiday.',
        'Registration for the webinar is open to everyone.',
        'Pricing is the same all year, so there is no deadline.',
        'The store closes at 6 pm on Sundays.',
        'The meeting wraps up at noon, and lunch follows.',
        'The price rose from $40 to $45 last year when our supplier did.',
      ],
    },
  },
  {
    id: 'hold-until',
    category: 'deadline',
    patterns: [
      "(i|we) can (only|) hold * (until|through|till) %when",
      "(holding|saving|reserving|keeping) * (until|through|till) %when",
      "(need|needs) (a|the|your) (signed|) (order form|contract|agreement|paperwork|signature|deposit|decision|answer|commitment|purchase order) (back|) (by|before) %when",
      'unless (i|we) hear (back|) from you (by|before) %when',
      'if you (sign|commit|book|order|buy|reply|respond|confirm|enroll|register) (by|before) %when',
      "(i|we) (need|would need|'ll need|will need) (an answer|a decision|your decision|your signature|a yes|your answer|to hear back|to hear from you|to know) (from you|) (by|before) %when",
      "(i'll|we'll|i will|we will|i'd|we'd|i would|we would) need to know (by|before) %when",
      "(is|are|'s) only (good|valid|available|guaranteed|on offer) (on this call|today|tonight|this week|this month|for today|for this week)",
      "(is|are|'s) only (available|open|offered) to (teams|customers|shops|clients|those|people|anyone|companies|businesses|members|buyers|families) (who|that) (start|sign|join|book|order|buy|commit|go live|enroll|register)",
      '(i|we) can only (guarantee|hold|keep|offer|honor|honour|promise) * (until|through|till|for) %when',
      '(i|we) can (keep|hold|save) * (for you|) only (until|through|till) %when',
      'only if (we|you) can (write it up|sign|close|book|commit|get it done|finalize) * (by|before) %when',
      '(give me|get me|send me) (a yes or no|an answer|a decision|a yes|your decision) (by|before) %when',
      "if (i|we) (don't|do not) hear (back|) from you (by|before) %when",
      'make the decision (today|tonight|now|right now|this week)',
      'only if you (join|sign|book|order|buy|enroll|register|commit|start|sign up) (by|before) %when',
      '(locked|locked in|frozen|held|guaranteed|honored|honoured|valid|good) only (until|through|till) %when',
      '(~keep|~hold) (your|the|a|this) (soft hold|hold|date|spot|slot|room|table|unit|price|rate|offer|quote|booking|reservation|seat) (for you|) (until|till|through) %when',
      '(after that|after that,|then|then,|otherwise|otherwise,) (it|they|the spot|your spot|the seat|your seat|the slot|the date|the unit) (goes|go|will go|moves|move|is released|will be released) to the (waitlist|wait list|next person|next in line|next family|next buyer)',
      '(agreement|contract|paperwork|deposit|application|signature|retainer) (back|in|returned) (by|before) %when',
      '(need|needs) to get (your|the) (paperwork|deposit|signature|agreement|contract|application|forms|form) (in|signed|back|done) (this week|today|tonight|by %when|before %when)',
      '(only|just) (here|in the neighborhood|in the neighbourhood|in the area|in town|in your area) (through|until|till) %when',
      '(give|giving|release|releasing|offer|offering|pass|passing) (the|your|that|this) (slot|spot|seat|date|unit|table|booth|room) to (the next|someone else|another)',
      '(i|we) really need to hear (back|from you|back from you) (by|before) %when',
      '(can|could) only (hold|keep|save) (it|this|that|them) (for you|) (until|till|through) %when',
      '(can|could) only (hold|keep|save) (it|this|that|them) * (until|till|through) %when',
      '(only|just) (holds|held|good|valid|locked|locked in|guaranteed) (through|till|til|until|thru) %when',
      '(only|just) (locked|held|good|valid|guaranteed) for (another|the next) (few|couple of|#) (days|hours|weeks)',
      "(i'd|i would|we'd|we would) need your * (by|before) %when",
      '(need|needs) (a|the|your) signed (sow|contract|agreement|order form|proposal|po|quote) (from you|back|) (this week|today|tomorrow|by %when|before %when)',
      'goes to the next (brand|client|person|family|buyer|company|couple|one|team|shop|practice) (on|in line|)',
      "(we|i) can (only|) hold (it|them|this|that|these|those|the %unit|your %unit|your date|your order|your cart|your booking|your price|your rate|your quote) for (a few more|another|# more|a couple more|just a few) (hours|days)",
      "(i'll|i will|we'll|we will|i'd|i would|we'd|we would) (need|have) to (release|let go of|give up|open up) (it|the hold|your spot|your date|the slot|the date) (by|after|on|at) %when",
      "(i'd|i would|we'd|we would|i'll|we'll) need (the|your) (order form|contract|agreement|signed copy|deposit|paperwork|po|purchase order) (back|signed|returned|in) (by|before|on|) %when",
      "(we're|we are|i'm|i am) locking (our|the|) * (pricing|prices|rates) (at|on|by) %when",
      "(but|and|yet) only (until|till|through) %when",
      "(need|have) to hear (back|back from you|from you) (one way or the other|either way|) by %when",
      "(if i|if we) (don't|do not) hear (back|from you|back from you) (by|before) %when",
      "(only|just|) keep (it|this|the offer|the rate|the price|the quote|the slot) open (through|until|till) %when",
      "(discount|offer|pricing|price|rate|deal|promo|sale) (only|just|) (runs|lasts) (through|until|till|to) %when",
      "(need|want|have) to move on (it|this|that) (in the next|within|this|by|before|today|soon)",
      "(then|after that|otherwise) (it|the slot|the date|the spot|the booking|the room) (goes|will go|gets released|is released) to (the next|someone else|another|whoever)",
      "after that (i'll|i will|we'll|we will) have to (release|let go of|open up|free up|give up) (it|the|your|that|them)",
      "after that it goes (back in the case|back on sale|to whoever|to the next|back to general sale|back into stock|back on the market)",
    ],
    rationale:
      'Holding something “until Friday” turns the prospect’s decision into a countdown; the seeds’ answer is to make “no” safe, not urgent.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I can only hold the June install date until Friday|].',
        'I’ll release the slot [|unless I hear from you by Friday|].',
        'You keep the discount [|if you sign by the 28th|].',
        '[|I need an answer by Friday|] so I can plan the crew.',
        'I can pencil you in, but [|I’ll need to know by Monday|].',
        'We’re [|holding your spot in the fall cohort until the 30th|].',
        'We’d [|need a signed order form by the 21st|] to keep the window.',
        'This rate [|is only good on this call|].',
        'The offer [|is only available to teams that start|] before May 1.',
        '[|I can only guarantee this price until Monday|].',
        '[|I can keep the slot for you only until Thursday|].',
        'Can you [|give me a yes or no by Friday|]?',
        '[|If I don’t hear back from you by Tuesday|], I’ll release the date.',
        '[|Make the decision today|] and we’ll waive the fee.',
        'The rate applies [|only if you book before Friday|].',
        'Pilot pricing is [|frozen only until the end of this month|].',
        'We can [|keep your soft hold until Friday|].',
        '[|Reply by Friday|]; [|after that, the spot goes to the waitlist|].',
        'Please have the [|deposit in by Monday|].',
        'We really [|need to get your paperwork in this week|].',
        'The crew is [|only in the area until Saturday|].',
        'After Friday we’ll be [|giving the slot to the next|] brand.',
        '[|I really need to hear from you by Friday|].',
        'The owner [|can only hold it for you until tomorrow|].',
        'The trial discount [|only holds through the 30th|].',
        'The rate is [|only locked for another few days|].',
        '[|I’d need your CV by Thursday|] at the latest.',
        'To start in May we’d [|need a signed SOW from you this week|].',
        'After Friday it [|goes to the next brand on|] the list.',
        "[|I can hold them for a few more hours|], then they go back on the shelf.",
        "Happy to keep the date, but [|I’ll need to release it by Thursday|].",
        "To start in May, [|we’d need the signed copy back by the 10th|].",
        "Heads up: [|we’re locking our 2026 pricing at the end of this month|].",
        "The donation match runs, [|but only until Friday|].",
        "I’d [|need to hear back by Thursday|] to keep it.",
        "[|If I don’t hear back by Monday|], I’ll release the rooms.",
        "The carrier will [|only keep the quote open through the 20th|].",
        "The spring [|discount only runs through the end of April|].",
        "You’ll [|need to move on it in the next|] few days.",
        "I can keep Friday for you until noon, [|then it goes to the next|] name on the list.",
        "I'll keep Friday free, but [|after that I'll have to release it|].",
        "Noon works for me; [|after that it goes back in the case|].",
      ],
      valid: [
        'I can hold the date as long as you need; no pressure either way.',
        'If you sign by any date that suits you, we will work around it.',
        'I’ll hear back from the warehouse by Friday and send you the answer.',
        'The discount is only available to nonprofits, and it never expires.',
        'Give me a yes or no whenever you’re ready; there’s no deadline.',
        'We keep the office open until 6 pm on weekdays.',
        "We can hold your mail for a few more days while you travel.",
      ],
    },
  },
  {
    id: 'wont-last',
    category: 'urgency',
    patterns: [
      "(won't|will not|wont) last (the weekend|long|forever|past %when|beyond %when|through %when)",
      "(won't|will not|wont|will never) be (repeated|offered again|available again|this low again)",
      "(won't|will not|wont) (open|be available|be offered|come back|return|run) again (until|before|for)",
      "(won't|will not|wont|aren't|are not|isn't|is not) (be running|be offering|be repeating|running|offering|repeating) (it|this|this offer|this deal|this promo|this promotion|the offer|the deal|the promo|the special|this special|this rate) again",
      "(now's|now is|today is) the time to (decide|act|buy|sign|lock|commit|move|join|book|grab)",
      '(seats|spots|space|spaces|availability|places|slots|inventory|supply|stock) (is|are) limited',
      '(seats|spots|spaces|places|slots) (in|on|at|for) * (is|are) (limited|scarce)',
      '(selling|going|booking|booking up|moving) (fast|quickly)',
      "(won't|will not|wont|don't|do not|doesn't|does not) (stay|remain) (that way|like this|open|available|this low|this cheap) (long|for long|forever|)",
      "(it|this|that|these|they) (won't|will not|wont) last !(the|long|forever|past|beyond|through)",
      "(this|that|these) * (won't|will not|wont) last !(the|long|forever|past|beyond|through)",
      "(isn't|is not|aren't|are not|won't|will not|wont) (going to be|gonna be|be) around (forever|long|for long|much longer)",
      "(won't|will not|wont|isn't|is not) (be|going to be|gonna be|) around (next|after|past|beyond) (quarter|month|week|year|season|%when)",
      "(prices|price|deal|deals|offer|offers|sale|this) (won't|will not|wont) be back",
      "(don't|do not|dont|won't|never) last (long|on the lot|past|beyond|more than)",
      "(won't|will not|wont) be (repeating|running|offering) (this one|it|this|that) !(again)",
      "(now's|now is) (really|truly|honestly|definitely) the (time|moment)",
      "(now's|now is) the (time|moment) to jump",
      "now, but not for long",
      "today, but not for long",
      "(flying|flew) off the (lot|shelves|shelf|racks)",
      "(won't|will not|isn't going to|is not going to) be (on the bench|on the market|around|available|free) for long",
      "before (someone|somebody|anyone|another buyer) else (grabs|takes|books|snaps up|buys|drives|claims)",
      "(i'd|i would) hate (to see|for) (it|them|this|the *|your *) (to|) go to (someone|somebody) else",
      "(they|spots|places|seats|slots) always (go|sell out|fill up|get snapped up) (in|within) the first",
      "(doors|enrollment|enrolment|registration|applications|the cohort|the course|the program|the programme|the offer|they) (won't|will not) (reopen|open again|be back|run again) until",
      "while the (rate's|price's|offer's|deal's|discount's|rate is|price is|offer is|deal is|discount is) still (available|there|on)",
    ],
    rationale:
      'Urgency from the seller is the pressure prospects expect and avoid; it invites a hurried yes or a quiet no instead of the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Honestly, that one [|won’t last the weekend|].',
        'A deal like this [|won’t be repeated|].',
        'We ran this bundle once, and we [|won’t be running it again|] this year.',
        'Honestly, [|now’s the time to decide|].',
        '[|Seats are limited|], so register early.',
        'Sign up soon: [|spots in the Thursday cohort are limited|].',
        'The last few townhomes are [|selling fast|].',
        'Rates are low today, but they [|won’t stay that way|].',
        'Openings like this [|don’t stay open for long|].',
        'Honestly, [|this price won’t last|].',
        'This bundle [|isn’t going to be around forever|].',
        'This rate [|won’t be around next quarter|].',
        'These [|prices won’t be back|].',
        'Trucks like this [|don’t last on the lot|] past a weekend.',
        'Enjoy it: we [|won’t be repeating this one|].',
        "If the kitchen is what you wanted, [|now’s really the time|].",
        "The rate is live [|now, but not for long|].",
        "The e-bikes are [|flying off the shelves|].",
        "That crew [|won’t be on the market for long|].",
        "Book it [|before somebody else grabs|] the Saturday.",
        "[|I’d hate to see the date go to somebody else|].",
        "Places are capped, and [|they always go in the first|] week.",
        "The course sold out in March. [|They won’t reopen until|] spring.",
        "Let’s start [|while the rate’s still available|].",
      ],
      valid: [
        'Our support team answers fast.',
        'We never say a deal won’t be repeated.',
        'Your pricing stays the same for as long as you’re with us.',
        'Our team will be around all week if you have questions.',
        "It rained, but not for long, and the tour went ahead.",
      ],
    },
  },
  {
    id: 'first-n-and-other-buyers',
    category: 'scarcity',
    patterns: [
      'for the first # (teams|customers|buyers|clients|people|sign-ups|signups|subscribers|companies|orders|callers|families|members)',
      "(we've|we have|i've|i have|there are|there's) (got|) # other (buyers|bidders|families|couples|people|companies|clients|teams|offers)",
      '# other (buyers|bidders|families|couples|companies) (are|) (interested|looking|lined up|asking|in line)',
      "before * (raises|raise|increases|increase|hikes|hike) (its|their|our|the|) (prices|price|rates)",
      '(only|just) (have|has|got) # * (left|remaining)',
      'another (client|buyer|customer|family|couple|company|team|owner|shop|person|bride|tenant) (is|was|has been) (also|) (asking about|looking at|interested in|eyeing|considering|viewing|holding)',
      '(had|got|have had|have got|have|had a few|had several) (a couple of|a few|several|#|some) other (inquiries|enquiries|requests|people|buyers|offers|couples|families|calls) (about|for|on|asking|interested)',
      "(i've got|i have|we've got|we have) # other (owners|clients|buyers|prospects|people|families|couples|teams) (booked|lined up|scheduled|waiting|coming)",
      "(there's|there is|i have|i've got|we have|we've got|i had|we had|i've had|we've had|) (another|two other|three other|a few other|a couple of other|# other|other) (buyer|buyers|client|clients|couple|couples|family|families|tenant|tenants|candidate|candidates|operation|operations|company|companies|party|parties|person|people|bidder|bidders|investor|investors|fella|guy|shop|shops|practice|practices|dealer|dealers) (who's|who is|who are|that is|that are|is|are|also|were|was|) (very|really|also|) (interested|keen|asking|enquiring|inquiring|enquire|inquire|enquired|inquired|looking at)",
      '(~expect|~anticipate) (at least|) (one|an|multiple|several|#) (offer|offers|bid|bids) (by|before) %when',
      '# (people|shoppers|others|customers|buyers) (have|are holding) (this|it|these) in (their|your) (cart|carts|basket|baskets)',
      '# (people|shoppers|others|customers|buyers) (are|were) (viewing|looking at|watching) (this|it|these) (right now|now|today)',
      '(had|got|have had) (two|three|a few|several|#) other (folks|people|buyers|families|couples|customers) (ask|asking|call|calling|interested)',
      '(two|three|a few|several|#) other (brands|companies|clients|buyers|teams|shops|practices|families|couples) * (reached out|asked|enquired|inquired|called)',
      "(we've|we have|i've|i have|we|i) had another (couple|family|buyer|client|person|brand|company|team) (ask|asking|enquire|inquire|call|interested)",
      "(two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|2|3|4|5|6|7|8|9|10) other (parties|finalists|bidders|shippers|tenants|renters|applicants|brands|firms|agencies|practices|clinics|dealers|couples) (through|lined up|in the running|eyeing|looking at|interested in|asking about|circling)",
      "(buyers|people|renters|tenants|shoppers|customers|bidders|families) (are|keep) (lining up|queuing up|queueing up|checking out as we speak|snapping them up|snapping these up)",
      "(i've|i have|we've|we have) (already|) (got|had) one (signed|sold|booked|closed) (from|this|earlier|already)",
      "(two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|2|3|4|5|6|7|8|9|10) (companies|firms|teams|practices|brands|clinics|shops|agencies) (in your space|in your area|in your region|like yours|near you) (signed on|signed up|joined|came on board) (this|last) (week|month|quarter)",
      "(had|got|have had|have got) # other * (ask|asking|asked|call|calling|called|enquire|enquiring|inquire|inquiring) about",
      "another (family|couple|buyer|customer|client|company|firm|gym|shop|brand|team|school|practice|clinic) (in|) * (asking|enquiring|inquiring|calling) about",
      "(had|have had|has had|got|have got|there's been|there has been) (some|real|strong|a lot of|) interest from (another|other|# other)",
      "(had|have had|got|have got|we've had|i've had) another (enquiry|inquiry|request|booking request|offer) (for|about|on)",
      "your (neighbors|neighbours|peers|competitors) (are|have) already (booking|booked|signing|signed|buying|bought|switching|switched|signing up|signed up)",
      "(two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|several|2|3|4|5|6|7|8|9|10) (homes|houses|families|neighbors|neighbours|businesses|shops) on your (street|block|road|estate) (have|has) already",
      "(of your|your) (competitors|competition|rivals) (sniffing around|circling|interested|asking about)",
      "(at least|) one other (buyer|bidder|family|couple|company|client|brand|candidate|tenant) (is|was|has been) (writing|putting in|making|submitting|looking at|asking about|interested in|considering)",
      "(is|are|it's|they're) on hold for another (company|client|brand|buyer|team|customer|sponsor|exhibitor|family|couple|firm)",
      "(a couple of|a few|several|some|two|three|four|five|2|3|4|5) other (brands|clients|companies|buyers|teams|agencies|sponsors|exhibitors|families|couples|firms|candidates) (are|were) (looking at|asking about|interested in|considering|eyeing|asking for)",
      "(got|has|have|has got|have got) (two|three|#|a couple of|a few|several) other (final rounds|interviews|offers|final interviews|candidates|second interviews) (this|next|lined up)",
      "(houses|homes|listings|properties|places|units|condos|rentals) * (aren't|are not|don't|do not|won't) (sitting|sit)",
      "for the first # (locations|sites|stores|offices|practices|clinics|shops|restaurants|businesses|accounts|homes|households) (that|who|to)",
      "(another|other) (couple|couples|planner|planners|applicant|applicants|franchisee|franchisees|family|families|buyer|buyers|business|businesses) (viewed|toured|has viewed|have viewed|inquired about|enquired about|asked about|is looking at|are looking at|already looking at) (the same|that|this|it)",
      "(another|other) (couple|couples|planner|planners|family|families|buyer|buyers) (viewed|toured|came by|came in) on %when",
      "(two|three|several|a few|#) (serious|other|qualified) (applicants|buyers|bidders|parties|candidates) (already|are already|are) (looking at|interested in|circling|eyeing)",
      "(already has|already have|has already got|have already got) (two|three|several|a few|#) (test drives|viewings|showings|inquiries|enquiries|offers) (booked|scheduled|lined up|in)",
      "(i've had|we've had|i have had|we have had|had|got) (two|three|several|a few|#) other (clients|customers|buyers|people|couples|families|collectors) ask (about|after) (it|this|them|that)",
      "(two|three|several|#) other (accounts|clients|customers|buyers|dealers|practices|firms|teams|schools) (in|around|across|near) * (are|were) (looking at|interested in|eyeing|asking about) (them|it|this|these)",
      "the other one went to (a|another) (buyer|customer|fella|farmer|family|client|couple)",
    ],
    rationale:
      'Scarcity and rival buyers push the prospect to decide before they are sure; pressure of any kind makes the truth harder to say.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Free setup [|for the first 100 teams|].',
        'Heads up: [|we’ve got 2 other buyers looking at|] this car.',
        'Place your order [|before our steel supplier raises prices|].',
        'We [|only have a few implementation slots left|] this quarter.',
        'We’ve [|only got a handful of memberships left|].',
        '[|Another client is also asking|] about that week.',
        'I’ve [|had a couple of other inquiries about|] that date.',
        '[|I have two other owners booked|] after you today.',
        '[|There’s another tenant who is interested|] in the corner unit.',
        '[|I had two other couples enquire|] about that Saturday.',
        'The agent [|expects at least one offer by Sunday|].',
        '[|12 people have this in their cart|] right now.',
        '[|8 shoppers are viewing this right now|].',
        'I’ve [|had two other folks ask|] about it this week.',
        '[|Two other brands in your category reached out|] this week.',
        '[|We’ve had another couple ask|] about that Saturday.',
        "We showed the loft to [|two other couples lined up|] for Saturday.",
        "Honestly, [|renters are lining up|] for anything near the station.",
        "[|I’ve already got one signed from|] this morning’s visits.",
        "[|Four clinics in your area signed on this month|], and the rest are talking.",
        "I [|had two other builders ask about|] the same site.",
        "There was [|another couple in this morning asking about|] the same date.",
        "The slot [|has had interest from another|] bakery in town.",
        "[|We’ve had another enquiry for|] that weekend.",
        "[|Your neighbours are already booking|] their spring cleans.",
        "[|Three homes on your street have already|] switched.",
        "I’ve got two [|of your competitors sniffing around|] the back page.",
        "[|At least one other family is putting in|] an offer today.",
        "One of the booths [|is on hold for another firm|] in your space.",
        "[|A couple of other agencies are looking at|] the same slot.",
        "She’s [|got two other final rounds this|] week.",
        "[|Homes on this street aren’t sitting|] longer than a weekend.",
        "It’s free [|for the first 10 clinics that|] join.",
        "[|Another couple viewed on Saturday|] and liked the garden room.",
        "We have [|two serious applicants already looking at|] the Leeds patch.",
        "The blue Golf [|already has three test drives booked|] for Sunday.",
        "[|I've had two other clients ask about it|] this week.",
        "[|Three other schools in the district are looking at these|] too.",
        "[|The other one went to a buyer|] from Leeds on Monday.",
      ],
      valid: [
        'Our first 100 customers taught us most of what we know.',
        'Two other teams at your company already use us.',
        'We have plenty of implementation slots this quarter.',
        'Another client is also using the Denver warehouse, so we know the route.',
        'Other teams are asking about exports too, so we’re building it.',
        'Other customers asked for exports, so we built them.',
        "Two other couples recommended us to you, which we loved hearing.",
        "Another couple asked about vegan menus, so we added one for everyone.",
      ],
    },
  },
  {
    id: 'slipped-through-the-cracks',
    category: 'chasing',
    patterns: [
      '(in case|maybe|perhaps) (it|this|my note|my email|my last email|my message) (slipped|fell|got lost|got buried|was buried) (through the cracks|in your inbox|in the shuffle)',
      "(wanted|want|wanting) to see if (you have|you had|you'd|you've) (made a decision|decided|had a chance|thought about it|looked at it)",
      '(just|) checking back in',
      '(just|wanted to|want to) check back in !(january|february|march|april|may|june|july|august|september|october|november|december|a|an|the|next|two|three|#)',
      "(make sure|making sure|to be sure|ensure) (this|it|my note|my email) (didn't|did not|doesn't|does not|hasn't|has not|won't) (slip|fall|get lost) (through the cracks|in your inbox)",
      "(didn't|did not|don't|do not) want (this|it|my note|my email) to (fall|slip|drop) (off your radar|through the cracks)",
    ],
    rationale:
      'Nudging a silent prospect about their inbox tells them your agenda comes first; it confirms the fear of pressure that made them go quiet.',
    rewrite: CHASE,
    examples: {
      invalid: [
        'Forwarding my note [|in case it slipped through the cracks|].',
        '[|Wanted to see if you’d made a decision|] on the heat pump.',
        'Hi Dana, [|checking back in|] on the remodel quote.',
        "Just [|making sure this didn’t fall through the cracks|] with the move.",
        "I [|didn’t want this to slip off your radar|] before the summer.",
      ],
      valid: [
        'Things slip through the cracks on my side too; that one was my fault.',
        'I’ll check back in with our installer and let you know.',
      ],
    },
  },
  {
    id: 'ready-to-move-ahead',
    category: 'forward-push',
    patterns: [
      '(are you|so|) ready to (move|go) ahead?',
      '(get|getting) (things|this|it) moving',
    ],
    rationale:
      'Asking whether they are ready to move ahead pushes the sale forward instead of asking what is true for them.',
    rewrite: ASK,
    examples: {
      invalid: ['[|Ready to move ahead?|]', 'Happy to [|get things moving|] whenever you give the word.'],
      valid: ['Whenever you are ready, we can talk it through.', 'Ready-made templates are in the library.'],
    },
  },
  // ─────────────── families over verbs, classes and counts ───────────────
  // These entries describe a move by its verb and what it applies to (a
  // `%contact`, an `%offer`, a count of `%unit`s), not by one wording, so
  // paraphrases of the same move match. They carry no fix or suggestions yet.
  {
    id: 'follow-up-on-earlier-contact',
    category: 'chasing',
    patterns: [
      '^ following up (on|about|regarding|re) %contact',
      "^ (i wanted|we wanted|wanted|i want|we want|i'd like|we'd like|i would like|we would like|i'm writing|i am writing|i was hoping|i just wanted|we just wanted|i'd love) to (quickly|briefly|just|) (follow up|check in) (on|about|regarding|re) %contact",
      "^ (i wanted|we wanted|wanted|i want|i'd like|we'd like|i would like|i'm writing|i am writing|i just wanted) to (quickly|briefly|just|) (follow up|check in) !(on|about|with|regarding|re|to|and|if|for|after|when|with)",
      "(so|and) (i|we) (just|) (wanted|want|thought i'd|thought i would) to (follow up|check in|touch base|circle back) !(on|about|with|regarding|re|to|and|if|for|after|when|by)",
      '^ following up (here|again|on this|on that) !(morning|afternoon|evening|morning’s|morning\'s|afternoon’s|afternoon\'s|week’s|week\'s|call|meeting|visit)',
      '^ (quick|a quick|just a quick|one quick|gentle|a gentle|friendly|a friendly) (follow-up|check-in|nudge) !(call|meeting|question|questions|notes|email|survey|session|form|on the|about the)',
      '^ (just|) (floating|bumping|bubbling|popping|nudging) (this|my note|my email|this thread|my message) (back up|up|back to the top|to the top)',
      "(writing|I write|I am writing|I'm writing) further to my (previous|last|earlier) (correspondence|email|emails|message|messages|letter|letters|voicemail)",
    ],
    rationale:
      'A follow-up on your own earlier email, call or proposal chases the prospect for the sale, whatever the wording; the seeds trace their silence to exactly that fear of pressure.',
    rewrite: CHASE,
    examples: {
      invalid: [
        '[|Following up on my message|] about the warehouse pilot.',
        '[|Wanted to follow up on the deck|] I shared with your team.',
        'Hi Rosa. [|I’d like to follow up on our call|] from last month.',
        '[|I wanted to follow up on my note|] from the 3rd about the audit.',
        '[|Just wanted to check in|]—would spring suit you better?',
        'The trial ended last month, [|so I wanted to check in|].',
        '[|Quick follow-up|]: is the audit still on your list?',
        '[|Floating this back up|] in case it slipped.',
        "Dear Dr. Hale, [|I am writing further to my previous correspondence|] about the lab bench order.",
      ],
      valid: [
        'I’ll follow up on our call with the pricing you asked for.',
        'Our follow-up notes from the pipeline review are attached.',
        'I’m not following up on my email to push you; I owe you an apology.',
        'Avoid openers like "following up on my last message".',
        'Thanks for your question; I wanted to follow up on your point about SSO.',
        'Your team asked about SSO, so I wanted to follow up with the setup guide.',
        'Quick follow-up call notes are in the shared folder.',
      ],
    },
  },
  {
    id: 'counting-attempts',
    category: 'chasing',
    patterns: [
      "(i|we|i've|we've|i have|we have|i had|we had) (already|now|) (~follow up|~check in|~reach out|~email|~ping|~write|~call|~message) (you|) (# times|twice|more than once|again and again) !(a|per|each|every)",
      "(i|we|i've|we've|i have|we have|i had|we had) (already|now|) (~follow up|~check in|~reach out|~email|~ping|~call|~message) (with|) (you|your team|your colleague|your office|your assistant) (# times|twice|more than once) !(a|per|each|every)",
      "(i|we|i've|we've|i have|we have|i had|we had) (already|) followed up with (you|your team|your colleague|your office|your assistant)",
      "(i|we|i've|we've|i have|we have) (already|now|) left (you|) # (messages|voicemails|notes)",
      '^ just (called|tried you|tried calling|tried to call|tried to reach you|tried reaching you|left you a voicemail|left you a message) (by phone|on the phone|on your cell|on your mobile|at your office|at the office|)',
      '(times|weeks|days|emails|messages|notes|attempts|calls|voicemails) without (hearing back|a reply|a response|hearing from you|any reply|any response)',
      '(~reach out|~follow up|~check in|~email|~write|~ping|~message|~try) (to you|you|) (* |)without (hearing back|a reply|a response|hearing from you|any reply|any response)',
      "(i|i've|i have) left you (a|one|two|#|a couple of) (message|messages|voicemail|voicemails) (last|on|this|earlier) * and (sent|emailed|texted|dropped) (you|)",
      "this is my (second|third|fourth|fifth) (note|email|message|try|attempt|voicemail|call)",
      "(third|second|fourth) time (lucky|'s the charm|is the charm)",
    ],
    rationale:
      'Counting your own attempts turns silence into a debt the prospect owes you; the seeds advise assuming the breakdown is yours and saying so.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I checked in twice|] last month and wanted to try again.',
        '[|I’ve emailed you a couple of times|] about the grant software.',
        '[|I followed up with your colleague|] on Tuesday.',
        '[|We have left three voicemails|] for your office.',
        '[|Just tried you by phone|], so I thought I’d write too.',
        'It’s been three [|weeks without a reply|], so I wanted to check.',
        'I’ve [|written about the roof survey twice now without hearing back|].',
        "[|I left you a message last week and sent|] a text on Monday.",
        "I know [|this is my third note|], so I'll keep it short.",
        "Calling back, [|third time lucky|]!",
      ],
      valid: [
        'I checked in with our installer and the date still works.',
        'Your team followed up twice with great questions, thank you.',
        'Never tell a prospect "I’ve reached out several times".',
        'I emailed the contract you asked for twice, once as a PDF.',
        'You can cancel without a reply from us; it takes effect at once.',
      ],
    },
  },
  {
    id: 'last-touch',
    category: 'guilt',
    patterns: [
      '^ (last|final) (note|email|e-mail|message|one|ping|try|attempt|outreach|reach-out|nudge|follow-up|check-in) from (me|us)',
      "(this is|this'll be|this will be|here's|here is|consider this) (my|the|our|a) (last|final) (note|email|e-mail|message|one|ping|try|attempt|outreach|reach-out|nudge|follow-up|check-in) from (me|us)",
      "(this is|this'll be|this will be|here's|here is|consider this) (my|our) (last|final) (email|e-mail|ping|try|attempt|outreach|reach-out|nudge|follow-up|check-in)",
      "(this is|this will be) the (last|final) (email|message|note) (i'll send|i will send|we'll send|we will send|i send|you'll get from me)",
      '(one|a|my) (last|final) (ping|nudge|attempt|try|outreach|reach-out|follow-up|check-in) !(call|meeting|session|with|form|survey)',
      "(i'd give it|i'll give it|i'm giving it|i am giving it) (one more time|one last time|one final time|one more try|one last try|one final try)",
      '(give|giving|gave) (it|this|you) (one more|one last|one final) (try|shot|go)',
      "before (i|we) (move on|close your file|close this file|close the file|stop reaching out|let this go|take you off) !(to your|to the|to that|to this|to a|to our|to my)",
      "(should i|shall i|do you want me to|would you like me to|want me to) (stop reaching out|stop emailing you|stop following up|stop contacting you|stop writing|stop checking in|take you off)",
      "(i don't want to|i don't mean to|not to) (pester|bug|nag|hound) you, (so|but) if (i|we) (don't|do not) hear",
    ],
    rationale:
      'A last-touch or breakup line uses the end of contact as leverage; the seeds offer closure without conditions, because the prospect must feel safe to say no.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|This is my final nudge|] on the payroll quote.',
        '[|Consider this the last message from me|] on the audit.',
        '[|One final ping|] about the renovation estimate.',
        'I’ll leave it here [|before I move on|] to other projects.',
        '[|Should I stop reaching out|]?',
        'I wanted to [|give this one last shot|] before the season starts.',
        '[|This is the last email I’ll send|] about the upgrade.',
      ],
      valid: [
        'The last email from me had a typo, sorry about that.',
        'My final report is attached, as you asked.',
        'Avoid breakup lines like "one final ping".',
        'Before I move on to the pricing question you asked, a note on timing.',
      ],
    },
  },
  {
    id: 'last-touch-subject',
    category: 'guilt',
    scope: ['subject'],
    segmentStart: true,
    patterns: [
      '(my|the|) (last|final) (email|e-mail|note|message|attempt|try|ping|one|reach-out|outreach)',
    ],
    rationale:
      'A subject line announcing the last attempt is the breakup email’s leverage in a headline; it pushes the prospect to answer out of guilt, not truth.',
    rewrite: CHASING_SUBJECT,
    examples: {
      invalid: ['Subject: [|Final attempt|]\n\nHi Jo,\n\nThe pilot offer stands.', 'Subject: [|Last one|]\n\nHi Jo,\n\nNo need to reply.'],
      valid: ['Subject: Last quarter’s numbers\n\nHi Jo,\n\nThe report is attached.', 'Subject: Final agenda for Thursday\n\nHi Jo,\n\nSee below.'],
    },
  },
  {
    id: 'subject-chase-after-title',
    category: 'chasing',
    scope: ['subject'],
    // The separator is part of the match, so this wins over chasing-subject's
    // segment-start match of the same words.
    patterns: ['(-|–|—|:) (just|quick|gentle|friendly|) (checking in|following up|circling back|touching base)'],
    rationale:
      'A chasing tag on a subject line ("Proposal - checking in") tells the prospect before they open it that the email is about your agenda.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: ['Subject: Roof estimate [|- Checking In|]\n\nHi Jo,\n\nHope spring is treating you well.'],
      valid: ['Subject: Roof estimate - the numbers you asked for\n\nHi Jo,\n\nHere they are.'],
    },
  },
  {
    id: 'offer-ends-soon',
    category: 'deadline',
    patterns: [
      '%offer (is|will|) (~end|~expire|~close|~disappear|~vanish|~go away|~be gone) (in %span|within %span|soon|forever|for good)',
      '%offer (is|) (ending|expiring|closing|disappearing) (soon|in %span|)',
      '(~end|~expire|~lock up|~close) (at midnight|tonight at midnight|forever)',
      '(~self-destruct|~disappear|~vanish|~vanish forever) (at midnight|tonight|forever|in %span)',
      "(it's|it is|they're|they are|this is|these are|%offer is|%offer are) gone (for good|forever|until next year|until next season|until next month|after %when)",
      "before (everything is|these are|the rest are|the last ones are|it all is) (gone|sold out|snapped up|claimed)",
      '(the|your) (reservation|hold|cart|code|discount|offer) (expires|will expire|ends) (in|in:) %span',
      "after (#,|%when,) (it's|it is|it goes to|the price is|pricing is|the price goes to) %price",
      "(this|it|these|this offer|this deal|this price|this pricing|this sale|the offer|the deal|the sale) (won't|will not|wont) last !(long|forever|the|past|beyond|through)",
      'after %when, (the|this|our|) %offer (is|are|will be) (gone|over)',
      'final (hours|few hours|hour|# hours)',
      '(the|its|our|these are the) last (few|#|) hours (of|to|for|before)',
      '(final|last) (days|few days) (to|of|for) (save|get|grab|claim|lock|join|shop|the sale|our sale|the offer)',
      '(your|this is your|the) (final|last) opportunity',
      '(when|before) the clock (strikes|hits|runs out)',
      "(%offer|price|pricing|rate) (goes|jumps|rises|increases|will go|will jump|will rise|reverts|goes back) (up|back up|back|) to %price",
      '# (spots|seats|slots|places|openings|licenses|licences|tickets|passes|invites|memberships|units|tables) only',
      // A countdown in hours: "free shipping for the next 6 hours".
      'for (only|just|) the next # (more|) (hours|hour|hrs|minutes|mins)',
      "after # (customers,|clients,|buyers,|members,|users,|sign-ups,|signups,|subscribers,|orders,|sales,|seats,|spots,|people,) (it's|it is|it goes to|the price is|pricing is|the price goes to|it jumps to|it rises to) %price",
      "(then|after that|afterwards|later|after launch) (it|it'll|it will) (goes|jumps|rises|increases|go|jump|rise|reverts) (up|back up|back|) to %price",
      'before (the|this|our|your) (* |)(sale|offer|deal|discount|code|coupon|collection|drop|bundle|stock|inventory|window|doors|cart|bonus) (~disappear|~vanish|~lock|~lock up|~self-destruct|~close for good|~close forever|~be gone|~sell out)',
    ],
    rationale:
      'An offer with a running clock asks the prospect to decide on your timeline; the seeds treat every manufactured deadline as pressure that drives honest prospects into silence.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Intro pricing ends in three days|], so reply soon.',
        'Reminder: [|DISCOUNT EXPIRES SOON|].',
        'Our [|spring bundle is gone for good|] after Sunday.',
        '[|Book now|] [|before the last ones are claimed|].',
        'The waitlist [|closes forever|] on Sunday.',
        'Founders pay $20 a seat; [|after 100, it’s $45|].',
        'Enjoy the launch rate while you can: [|this won’t last|].',
        '[|After May 3, the bundle is gone|] for the season.',
        'It’s the [|final hours|] of our anniversary sale.',
        'After that the [|price goes up to $80|] a seat.',
        'Only this week: [|30 SEATS ONLY|].',
        'Free shipping is on [|for the next 6 hours|].',
        'Charter members pay $12; [|after 300 members, it jumps to $29|].',
        'Lifetime access is $89 today, and [|then it rises to $149|].',
        'Snag a set [|before the summer collection disappears|].',
      ],
      valid: [
        'The pilot ends in two weeks, and I’d value your feedback either way.',
        'Our offer doesn’t expire; take whatever time you need.',
        'Don’t write subject lines like "ends at midnight".',
        'The trial period is 30 days, and nothing renews without your say-so.',
        'Our last opportunity review meeting moved to Monday.',
        'In the last few hours we shipped the fix you asked for.',
        'Limit 2 items only per household, as required by the supplier.',
        'The old price goes away because we removed a feature, not to rush you.',
        'For the next two weeks I’m out of the office; Dana can help.',
        'Before the old dashboard disappears in June, we’ll move your reports for you.',
      ],
    },
  },
  {
    id: 'opening-up-spots',
    category: 'scarcity',
    patterns: ["(we're|we are|i'm|i am|we've|we have|i've|i have) (opening|opened) (up|) (only|just|) # (more|new|) %unit"],
    rationale:
      'Announcing a handful of openings turns availability into a race; the seeds ask whether the offer fits before anyone hurries to claim it.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['we have openings'], safe: true },
    examples: {
      invalid: [
        { text: '[|We’re opening up 3 slots|] for spring installs.', output: 'We have openings for spring installs.' },
        { text: 'This month [|I’m opening four spots|] for new clients.', output: 'This month we have openings for new clients.' },
      ],
      valid: ['We’re opening up the beta to every customer in June.', 'We have openings for spring installs if the timing suits you.'],
    },
  },
  {
    id: 'count-left',
    category: 'scarcity',
    patterns: [
      '(only|just) # (more|) %unit (are|is|) (left|remain|remaining|available|still available|to go|still open|open|in stock|left in stock)',
      '# (more|) %unit (left|remain|remaining|to go)',
      '%unit: # (left|remaining)',
      '# of (the|our|) # %unit (are|have been|has been|were|) (already|) (taken|claimed|booked|gone|filled|sold|reserved|spoken for)',
      'first # (customers|buyers|sign-ups|signups|subscribers|members|people|orders|clients|teams|families) (get|gets|will get|receive|to sign up|to order|to join|to register|to reply|to book)',
      '(flying|selling) off (the|) shelves',
      "(won't|will not|wont) be (restocked|back in stock|in stock again)",
      '(only|just) # * (left|remaining|left in stock|in stock)',
      '(only|just) # (more|) * %unit (are|is|) (available|still available)',
      'down to (our|the|my|its) (last|final) (#|few|handful of|couple of|couple) (more|) *',
      'down to (our|the|my|its) (last|final) (#|few|handful of|couple of|couple)',
      "(we're|we are|i'm|i am|we'll|we will|we) (only|just) (making|printing|producing|releasing|opening|accepting|taking on|making available) #",
      '# of (the|our|) # (are|have been|has been|were|) (already|) (taken|claimed|booked|gone|filled|sold|sold out|reserved|spoken for)',
      "(that's|that is|this is|it's|it is) (the|our) (last|final) (opening|spot|slot|seat|place|unit|one) (we have|left|available|i have|before)",
      '(only|just) (taking on|onboarding|accepting|adding|admitting) (#|a few|a handful of) (more|new|)',
      '(taking on|onboarding|accepting|adding|admitting) (only|just) (#|a few|a handful of) (more|new|)',
      "(we have|we've got|we have got|there are|there's|with|have|has|got) # (more|) * %unit (left|remaining|remain)",
      '(only|just) # * %unit (remain|remaining)',
      '(only|just) (have|has|got) room for (#|a few|a couple|a couple of) (more|)',
      '(only|just) (a handful|a few|a couple) (left|remaining)',
      'down to # (more|) * (spaces|spots|seats|slots|booths|stands|tables|tickets|units|rooms|places|desks|dates)',
      'down to # %unit',
      '(only|just) (have|has|got) # * (open|available|free)',
      '(tickets|seats|spots|slots|units|rooms|booths|tables|places) (are|is) (over|more than|already|nearly|almost) #% (sold|booked|gone|taken|full)',
    ],
    rationale:
      'A count of what is left squeezes the prospect to grab one before they know it fits; scarcity pushes the sale ahead of the truth.',
    rewrite: ROOM,
    examples: {
      invalid: [
        '[|ONLY 10 SEATS REMAIN|] for the spring cohort.',
        '[|2 of the 5 slots are already taken|].',
        'There are [|4 tables left|] for the gala.',
        'The [|first 50 customers get|] a free case.',
        'These mugs are [|flying off the shelves|].',
        'The workshop has [|only {{seats_left}} seats left|].',
        'Spring cohort. [|Seats: [X] remaining|].',
        'The canvas tote is back, but [|only 6 in navy left|].',
        'We have [|just 12 early-release boxes available|].',
        'The venue is [|down to our last 30 chairs|].',
        { text: 'We’re [|down to our last 12 tickets|] for the gala.', suggestions: ['We have tickets for the gala.'] },
        { text: '[|Only 4 jackets left|] in your size, and they ship free.', suggestions: ['We have jackets in your size, and they ship free.'] },
        'This year [|we’re only printing 250|] calendars.',
        '[|Three of the five are already booked|].',
        'Grab it: [|that’s the last opening we have|] before the holidays.',
        'We’re [|onboarding just three more|] fleets this spring.',
        '[|We have two corner booths left|].',
        '[|Only 9 founding seats remain|].',
        'We [|only have room for three more|] clients.',
        '[|Only a handful left|] in most sizes.',
        'We’re [|down to two booth spaces|].',
        'We’ve [|only got 2 weeks open|] in April.',
        '[|Tickets are over 70% sold|].',
      ],
      valid: [
        'We have 200 seats in the hall, so bring your whole team.',
        'We email you twice a month with product news.',
        'Two of the five integrations you asked about are already built.',
        'Our first customers told us the setup was slow, so we fixed it.',
        'Avoid lines like "only 3 spots left".',
        'Only 3 people on your team need access, so the starter plan fits.',
        'We’re only taking on projects we can deliver well, so tell me if the timing is wrong.',
        'Two of the five integrations are already live.',
        'We’re only taking on work we can do well, so tell me if the timing is off.',
        'We narrowed it down to 3 options for you to compare.',
      ],
    },
  },
  {
    id: 'deadline-to-answer',
    category: 'deadline',
    patterns: [
      '(respond|reply|get back to me|get back to us|decide|sign up|register|enroll|commit) (by|before|no later than) %when',
      // (A date to answer a logistics question is not a deadline on the decision: "let me know by Friday which room you prefer".)
      '(let me know|let us know) (by|before|no later than) %when !(which|what|whether|if|how|who|where)',
      // (A deadline by reference to one said before: "Renew before then and we'll keep your rate".)
      '(renew|order|sign|sign up|book|buy|upgrade|register|enroll|reply|respond|decide|commit) (before|by) then',
      '(sign up|register|enroll|enrol|claim yours|claim your spot|order|subscribe) (this week|tonight|by tonight)',
      '(requires|needs) your (immediate|urgent|prompt|) attention',
      "^ (don't|do not) wait !(for|until|till|to|on|up|around|and|if|long|any|too|another)",
      '^ (hurry|hurry up) !(is|was|up)',
      '^ (urgent:|urgent!|time-sensitive:|time sensitive:)',
      '(follow-up|response|reply|decision) (required|needed)',
      'drop everything',
      "(don't|do not) let (this|it|your|the|that) * (slip away|go to waste|pass you by|get away|expire|win)",
      "(don't|do not) say (we|i) didn't warn you",
      "(don't|do not) let (fomo|the fomo|fear of missing out|the fear of missing out) (win|decide|get you|get to you|stop you)",
      '^ no (exceptions|extensions) !(to|for|are|were|is|was|needed|required)',
      "(now's|now is|today is|today's) (a good|the perfect|the right|a great|the best|the ideal) (time|moment|day) to (get started|sign|sign up|buy|move forward|commit|decide|lock in|jump in|act)",
      '(a|) quick (yes or no|yes/no|yes or a no)',
      '(shop|buy|order|book|join|subscribe) (by|before|no later than) %when',
      '(confirm|reply|respond|decide) by (eod|end of day|cob|close of business) (today|tomorrow|)',
      "(need|get|have) (your|a|the) (sign-off|signoff|signature|e-signature|go-ahead|yes|answer|decision|green light|approval|signed contract|signed agreement) (from you|) (by|before) %when",
      "(give|send|get) me (the|your|a) (go-ahead|green light|yes|answer|decision|signed contract|signed agreement|sign-off) (by|before) %when",
      "(need|have) to hear (back|) from you (one way or the other|either way|) by %when",
      "unless (i|we) hear (otherwise|back|from you) by %when",
      "(like to|want to|need to|hoping to) get (the|your|this) * (letter|contract|agreement|paperwork|order form|form) signed (by|before|no later than) %when",
      "(recommend|suggest|advise) (signing|booking|confirming|committing|deciding|ordering) (by|before|no later than) %when",
      "(great|good|ideal|helpful) to (connect|talk|chat|speak|hear back|hear from you) before (then|the deadline|%when)",
    ],
    rationale:
      'A deadline or a demand for a quick answer makes the prospect decide on your clock; the seeds ask for honest feedback, which needs no date.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'Please [|reply by Friday|] so I can hold the crew.',
        'Can you [|let me know by Thursday|]?',
        '[|Register this week|] to keep the early rate.',
        'Your quote [|requires your immediate attention|].',
        '[|Don’t let your credits go to waste|].',
        'I think [|now’s the perfect time to get started|].',
        'Could you give me [|a quick yes or no|]?',
        'Tickets are moving. [|Don’t let the FOMO get you|].',
        'Enrollment closes with the cohort. [|No exceptions|].',
        'Spring kits are back. [|Don’t wait|]: the first batch sold in a day.',
        '[|Hurry|], the workshop [|is nearly full|].',
        '[|URGENT:|] your cart is about to empty.',
        '[|Shop before midnight|] for the full discount.',
        'Please [|confirm by EOD tomorrow|].',
        "[|We need a yes by end of day Thursday|].",
        "If you can [|give me the go-ahead by Friday|], we’ll start.",
        "I really [|need to hear from you one way or the other by Monday|].",
        "[|Unless I hear otherwise by Friday|], the slot goes back on sale.",
        "I'd [|like to get the lease agreement signed by Thursday|] so the keys are ready.",
        "We'd [|recommend signing by March 3|] to keep that week.",
        "The estimate is yours to keep; it'd be [|great to connect before Friday|].",
      ],
      valid: [
        'Reply whenever it suits you; there is no deadline.',
        'No decision needed on your side.',
        'Please let me know by Friday which room you prefer for the workshop you booked.',
        'Action required: confirm your billing address for the order you placed.',
        'If the page does not load, please try one more time.',
        'Avoid asking for "a quick yes or no".',
        'Don’t wait to ask if anything in the quote is unclear.',
        'Hurry is the enemy of a good decision, so take your time.',
        'No exceptions are needed for nonprofits; the discount applies on its own.',
        'Fear of missing out is a poor reason to buy, so take your time.',
        "We need your sign-off on the artwork by Friday so the printer can run it, as you asked.",
      ],
    },
  },
  {
    id: 'move-forward-question',
    category: 'forward-push',
    patterns: [
      '(would it make sense|does it make sense|is it time|are we ready|is your team ready) to (move forward|proceed|go ahead|get started|sign)',
      "^ (so|) ready to (move forward|go ahead)",
      "(if you're|if you are) ready to (move forward|proceed|go ahead|sign) (now|today|this week)",
    ],
    rationale:
      'Asking whether they are ready to move forward presses for a yes; the seeds suggest asking where the prospect thinks you should go from here.',
    rewrite: ASK,
    examples: {
      invalid: ['[|Would it make sense to move forward|] this month?', '[|Ready to move forward|] this quarter?', '[|If you’re ready to sign today|], reply here.'],
      valid: [
        'Would it make sense to pause until your budget is set?',
        'Whenever you are ready, or not, I’m fine either way.',
        'Ready to get started? Your login is below.',
      ],
    },
  },
];
