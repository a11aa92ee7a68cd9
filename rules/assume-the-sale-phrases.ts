/**
 * Phrase data for `assume-the-sale`: language that presumes a purchase the
 * prospect has not made ("once you sign the contract", "which plan should I put
 * you down for", "consider yourself on board"). Every entry's examples run as
 * tests (test/rules/phrase-tables.test.ts).
 *
 * Precision first. Patterns name a presumed purchase, not a product fact:
 * "once you sign in" (product instructions), "the contract template" (an
 * internal doc), "Which plan is right for you?" (a pricing page) and a bare
 * "Welcome aboard!" as a page heading (right for an existing customer) is not flagged; the
 * presumptive forms are ("consider yourself on board", "can't wait to welcome
 * you aboard"). A `fix` exists only where one rewrite is grammatical in every
 * context the patterns can match.
 *
 * Rationale in the seeds' terms: until you know the complete truth you can
 * never assume the sale is yours; presuming it pressures the prospect and
 * hides the "no" they have not said.
 */
import type { PhraseEntry } from '../core/phrase-types.js';
import type { PhraseRewrite } from '../core/rewrite/spec.js';

/** Rewrites that turn presumption into a choice. */
const CHOICE = ['if you decide to go ahead', 'if it turns out to be a fit'];

/** A presumptive step ("I've added you to the customer Slack"): its clause goes, or the sentence when that is all. */
const DROP_CLAUSE: PhraseRewrite = { move: 'drop-clause' };

/** "… for your signature": a modifier that presumes, and can simply go. */
const DROP_MODIFIER: PhraseRewrite = { move: 'drop-modifier' };

/** "We're holding your spot in the April cohort" → "We have openings in the April cohort". */
const ROOM: PhraseRewrite = { move: 'replace-in-frame', frame: 'scarcity-count' };
/** "I've gone ahead and added X" → "If it would help, I can add X". */
const OFFER: PhraseRewrite = { move: 'replace-in-frame', frame: 'offer-instead' };

export const assumeTheSalePhrases: readonly PhraseEntry[] = [
  {
    id: 'once-you-sign',
    category: 'presumption',
    // The guard keeps "once you sign up/in" (product instructions) and leaves
    // "once you sign the contract" to the entry below, so one fix fits them all.
    patterns: ['(once|as soon as|after) you sign !(up|in|into|on|off|out|it|them|the|our|this|that|here|there|your|a|an)'],
    rationale:
      'Talking about what happens once they sign assumes a decision the prospect has not made; until you know the complete truth, the sale is not yours to assume.',
    rewrite: { move: 'replace-in-frame', frame: 'condition', with: ['if you decide to go ahead'], safe: true },
    examples: {
      invalid: [
        { text: 'Hi {{first_name}}, [|once you sign|] we can start on Monday.', output: 'Hi {{first_name}}, if you decide to go ahead we can start on Monday.' },
        { text: '[|Once you sign|], I’ll set up your workspace.', output: 'If you decide to go ahead, I’ll set up your workspace.' },
        { text: '[|As soon as you sign|], onboarding begins.', output: 'If you decide to go ahead, onboarding begins.' },
        { text: '[|After you sign|], we’ll order the panels.', output: 'If you decide to go ahead, we’ll order the panels.' },
        {"text": "[|Once you're signed up|], our driver will call.", "output": "If you decide to go ahead, our driver will call."},
      ],
      valid: [
        'If you decide to sign, onboarding takes a week.',
        'Avoid saying "once you sign" before the prospect has decided.',
        'Once you’ve seen the numbers, tell me honestly whether it fits.',
        'Once you sign up, the dashboard shows your first report.',
        'Once you sign in, click Settings.',
      ],
    },
  },
  {
    id: 'once-you-sign-the-contract',
    category: 'presumption',
    patterns: [
      '(once|when|after|as soon as) you sign (the|our|this|your) (contract|agreement|order form|paperwork|proposal|quote|sow|msa)',
      '(once|when|after|as soon as) you sign (the|our|this|your) * (letter|form|contract|agreement|mandate)',
      '(once|when|after|as soon as) you sign-off on (the|this|our) (proposal|contract|quote|agreement|plan|sow|msa|estimate|order form|paperwork|terms|scope)',
      "(once|when|after|as soon as) (you've|you have) signed (the|our|this|your) (contract|agreement|order form|paperwork|proposal|quote)",
      '(once|when|after|as soon as) (the|our|your) (contract|agreement|paperwork|order form) (is|has been|gets) signed',
      '(once|when|after|as soon as) you (return|send back|send over|send us) the signed (contract|agreement|order form|paperwork|proposal|quote|lease)',
      "(once|when|after|as soon as) (you've|you have) signed (the|our|this|your) * (contract|agreement|order form|paperwork|proposal|quote)",
      "(once|when|after|as soon as) you sign (the|our|this|your) (application|fee agreement|engagement letter|lease|enrollment form|enrolment form|documents|docs|forms)",
      "(once|when|after|as soon as) (the|our|your) (sow|msa|lease|application|proposal|quote|engagement letter) (is|has been|gets) signed",
      "once (you're|you are) signed (off|up)",
    ],
    rationale:
      'Talking about what happens once they sign assumes a decision the prospect has not made; until you know the complete truth, the sale is not yours to assume.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead'], safe: true },
    examples: {
      invalid: [
        { text: '[|Once you sign the contract|], we’ll schedule kickoff.', output: 'If you decide to go ahead, we’ll schedule kickoff.' },
        {
          text: 'I’ll introduce your CSM [|after youve signed the order form|].',
          output: 'I’ll introduce your CSM if you decide to go ahead.',
        },
        {
          text: '[|When the paperwork is signed|], {{first_name}}, you’ll get your logins.',
          output: 'If you decide to go ahead, {{first_name}}, you’ll get your logins.',
        },
        { text: '[|Once you return the signed agreement|], we’ll schedule delivery.', output: 'If you decide to go ahead, we’ll schedule delivery.' },
        { text: '[|Once you’ve signed our fee agreement|], I’ll send the shortlist.', output: 'If you decide to go ahead, I’ll send the shortlist.' },
        {'text': '[|Once you sign the application|], cover starts the next day.', 'output': 'If you decide to go ahead, cover starts the next day.'},
        {'text': '[|Once the SOW is signed|], we book the kickoff.', 'output': 'If you decide to go ahead, we book the kickoff.'},
        { text: "[|Once you sign the broker letter|], we'll handle the rest.", output: "If you decide to go ahead, we'll handle the rest." },
      ],
      valid: [
        'When you sign in, the dashboard shows your usage.',
        'Please review the contract template before our call.',
        'If you decide to sign the contract, I’ll walk you through it.',
      ],
    },
  },
  {
    id: 'once-we-start-working-together',
    category: 'presumption',
    patterns: [
      '(when|once|after) we (start|begin) working together',
      '(when|once|after) we (get started|kick off) (together|with you|on your account|on your rollout|on your onboarding|on your implementation)',
    ],
    rationale:
      'Describing the relationship after the sale presumes the prospect’s yes; making it conditional keeps "no" an easy answer.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if we decide to work together'], safe: true },
    examples: {
      invalid: [
        { text: '[|Once we start working together|], you’ll have a dedicated CSM.', output: 'If we decide to work together, you’ll have a dedicated CSM.' },
        { text: 'I’ll share the plan [|when we kick off on your rollout|].', output: 'I’ll share the plan if we decide to work together.' },
      ],
      valid: ['If we decide to work together, I’ll share the rollout plan.', 'Phrases like “once we start working together” presume the sale.'],
    },
  },
  {
    id: 'when-we-get-started',
    category: 'presumption',
    // A time after it is a scheduled event ("when we get started at 9:00"), not a
    // sale; as a heading it titles an onboarding page for people who bought.
    scope: ['subject', 'greeting', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'speaker-line'],
    patterns: [
      '(when|once|after) we get started !(at|tomorrow|today|tonight|this morning|this afternoon|on monday|on tuesday|on wednesday|on thursday|on friday)',
      '(when|once|after) we kick off !(at|tomorrow|today|tonight|this morning|this afternoon)',
      "(when|once) we (start|begin) (on|with) your (garden|kitchen|roof|home|house|office|project|books|accounts|site|build|renovation)",
      "(when|once) we take over (the management of|your)",
      "(when|once) we take over from your",
      "(when|once) we (put|list) your (house|home|property|flat|apartment) (on the market|up for sale)",
      "when we get your * (up|in|installed|fitted|done)",
      "when (i'm|i am) (shooting|photographing|filming|catering|playing) your",
      "when you come in for your (sessions|session|first|fitting|lessons)",
    ],
    rationale:
      '"When we get started" skips the prospect’s decision; it tells them the sale is assumed, which is the pressure that makes prospects hide their truth.',
    rewrite: { move: 'replace-in-frame', frame: 'condition', with: CHOICE },
    examples: {
      invalid: [
        '[|When we get started|], I’ll introduce you to our team.', '[|Once we kick off|], you’ll get weekly reports.',
        "[|When we start on your roof|], we'll cover the beds.",
        "[|Once we take over the management of|] the flats, rents go to one account.",
        "[|When we take over from your|] current bureau, nothing changes for staff.",
        "[|When we put your house on the market|], we'll stage the kitchen.",
        "[|When we get your boiler fitted|], the old one goes.",
        "[|When I'm filming your|] ceremony, I stay discreet.",
        "[|When you come in for your sessions|], park at the back.",
      ],
      valid: [
        'If you decide to go ahead, we’ll plan a kickoff together.',
        'I’m not assuming we’ll kick off anything.',
        'When we get started at 9:00, grab a coffee in the lobby.',
      ],
    },
  },
  {
    id: 'only-question-is-when',
    category: 'presumption',
    patterns: ['the only question is (when|which plan|how many seats|how soon)', "(it's|it is) not a question of (if|whether)"],
    rationale:
      '"The only question is when" removes the prospect’s right to decide; trust needs "if" to stay a real possibility.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['the real question is whether'] },
    examples: {
      invalid: ['[|The only question is when|] you’d like to start.', '[|It’s not a question of if|] you’ll switch, but when.'],
      valid: ['The only question that matters is whether this is a fit.', 'Sayings like “it’s not a question of if” presume the sale.'],
    },
  },
  {
    id: 'when-not-if',
    category: 'presumption',
    patterns: [
      'when not if',
      'when, not if,',
      'when (and|) not if',
      'when (—|–|--|-) not if (—|–|--|-)',
      'when (—|–|--|-) not if',
    ],
    rationale:
      '"When, not if" removes the prospect’s right to decide; trust needs "if" to stay a real possibility.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if'] },
    examples: {
      invalid: ['[|When, not if,|] you renew, your rate stays locked.', { text: 'We’ll see you in March [|when — not if —|] your board approves it.', suggestions: ['We’ll see you in March if your board approves it.'] }],
      valid: ['Sayings like “when, not if” presume the sale.'],
    },
  },
  {
    id: 'your-new-account',
    category: 'presumption',
    // Only where the writer hands it over: "your new account includes…" on a
    // sign-up page describes the product, it does not presume a purchase.
    patterns: [
      "(i'll|i will|we'll|we will|i've|i have|we've|we have|let me|i can|we can|i'm going to|i am going to|i'm|i am|we're|we are) (set up|setting up|create|creating|created|activate|activated|provision|provisioned|open|opened|configure|configured|spin up|spun up) your new (account|subscription|workspace|licenses|seats|plan)",
      'your new (account|subscription|workspace|licenses|seats|contract|plan) (is|will be|should be) (ready|set up|live|waiting|active|all set)',
      "your new (pro|premium|business|team|enterprise|paid) (workspace|account|plan|subscription)",
      "your (dedicated|own|new|personal|assigned|) (account manager|property manager|event lead|project manager|implementation manager|success manager|onboarding specialist|applications specialist|installer|coordinator|planner) (will be|is going to be)",
      "(who'll|who will) be your (lead|dedicated|account|project|install|crew|onboarding|main) (producer|manager|coordinator|lead|contact|engineer|designer|planner)",
      "your (crew lead|lead producer|install coordinator|producer|site lead|lead designer) will be",
      "(i'll|i will|we'll|we will) set up your (trade|business|wholesale|customer|client) account",
      "will be your (dedicated|own|new|personal) * (specialist|manager|coordinator|lead|contact|engineer|consultant)",
      "your (site manager|account lead|delivery lead) will be",
      "(i've|i have|we've|we have) (spun up|set up|created) your * (workspace|account|instance|portal)",
      "to kick off (implementation|onboarding|the rollout|your onboarding)",
      "your implementation lead will be",
      "(i'll|i will|we'll|we will) set up your account (in the meantime|meanwhile)",
      "your (tech|technician|fitter|installer|engineer|stylist|groomer|tutor|coach|trainer|driver|planner) will be",
    ],
    rationale:
      'Calling it "your new account" hands the prospect something they have not bought; presuming the sale hides whatever truth they have not told you yet.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ll set up your new account|] this afternoon.', '[|Your new workspace will be ready|] Monday.',
        "[|Your new Pro workspace|] keeps every note.",
        "[|Your account manager will be|] Jess Ortega.",
        "Meet Dana, [|who'll be your project manager|].",
        "[|Your crew lead will be|] Sam.",
        "[|I'll set up your trade account|] this afternoon.",
        "Priya [|will be your dedicated payroll specialist|].",
        "[|Your site manager will be|] Lee.",
        "[|I've spun up your HireLoop workspace|].",
        "She'll call Monday [|to kick off implementation|].",
        "[|Your implementation lead will be|] Conor.",
        "[|I'll set up your account in the meantime|].",
        "[|Your groomer will be|] Ellie.",
      ],
      valid: [
        'If you decide to go ahead, I can set up an account for you.',
        'Congrats on your new role, {{first_name}}!',
        'Once you sign up, your new account includes three dashboards.',
        'Day 1: set up your new account and invite your team.',
      ],
    },
  },
  {
    id: 'send-over-the-contract',
    category: 'presumption',
    patterns: [
      "(i'll|i will|i'm going to|i am going to|let me|we'll|we will) (send|shoot|get) (the|your) (contract|contracts|agreement|paperwork|order form|docusign|signing link) (over|across)",
      "(i'll|i will|i'm going to|i am going to|let me) (send|send over|shoot over|get you) (the|your) (contract|contracts|agreement|paperwork|order form|docusign|signing link)",
      "(we'll|we will|we're going to|we are going to) (send|send over|shoot over|get you) (the|your) (contract|contracts|agreement|paperwork|order form|docusign|signing link)",
    ],
    rationale:
      'Sending the contract before the prospect has decided assumes the sale; it confirms their fear that you are pushing toward a signature.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if it would help, I can share the terms'] },
    examples: {
      invalid: [
        '[|I’ll send over the contract|] this afternoon.',
        '[|Let me shoot over the paperwork|] for your review.',
        '[|I’ll send the order form over|] first thing tomorrow.',
      ],
      valid: [
        'If it would help to see the terms, I’m happy to share the contract template.',
        'I won’t send the contract unless you ask for it.',
      ],
    },
  },
  {
    id: 'send-the-invoice',
    category: 'presumption',
    patterns: [
      "(i'll|i will|i'm going to|let me) (send|send over|issue) (the|your) (first invoice|invoice)",
      'your first (invoice|payment|bill) (will|is|goes)',
    ],
    rationale:
      'Talking about the invoice before a decision assumes the purchase; presuming the sale is pressure the prospect can feel.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|I’ll send your first invoice|] on the 1st.', '[|Your first invoice will|] arrive with your logins.'],
      valid: ['There’s nothing to invoice unless you decide to go ahead.', 'Don’t write “I’ll send the invoice” before they’ve said yes.'],
    },
  },
  {
    id: 'which-plan',
    category: 'presumption',
    patterns: [
      'which (plan|package|tier|edition) (should i|shall i|can i) (put you down for|sign you up for|set you up with|set you up on)',
      'which (plan|package|tier|edition) (are you going with|will you be going with|should we go with)',
    ],
    rationale:
      'The alternative-choice close offers every option except "no"; the seeds ask you to make "no" a safe answer.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['would any of the options work for you'], safe: true },
    examples: {
      invalid: [
        { text: '[|Which plan should I put you down for|]?', output: 'Would any of the options work for you?' },
        {
          text: 'So, [|which package are you going with|]: Pro or Team?',
          output: 'So, would any of the options work for you: Pro or Team?',
        },
      ],
      valid: [
        'Which plan is right for you? Compare them below.',
        'Alternative-choice closes like "which plan should I put you down for" assume the sale.',
      ],
    },
  },
  {
    id: 'put-you-down-for',
    category: 'presumption',
    patterns: [
      "(i'll|i will|let me|should i|shall i|i've|i have) (put|pencil|penciled|pencilled) you (down|in) for (the|our|an|a) (annual|monthly|pro|premium|enterprise|starter|business|team|growth|standard) (plan|package|tier|contract|subscription)",
      '(put|sign|signed|penciled|pencilled) you (down|up|in) for # (seats|licenses|licences|users)',
    ],
    rationale:
      'Putting the prospect down for a plan decides for them; presuming the purchase hides the truth about where they stand.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|I’ll put you down for the annual plan|] unless you say otherwise.', 'I’ve [|penciled you in for 25 seats|].'],
      valid: ['I can pencil you in for a call on Tuesday if that helps.', 'If the annual plan fits, I can walk you through it.'],
    },
  },
  {
    id: 'reserved-a-spot',
    category: 'presumption',
    patterns: [
      "(i've|i have|i) (reserved|saved|held) (a|your) (spot|seat|slot|place) for you",
      "(i've|i have|i) (reserved|saved|held) you a (spot|seat|slot|place)",
      "(i've|i have|we've|we have) (already|) (reserved|saved|held|blocked) (a|your|the) (kickoff|onboarding|install|installation|delivery|start) (slot|date|spot|time) for you",
    ],
    rationale:
      'Reserving a place the prospect did not ask for assumes their yes; offering to hold one leaves the decision with them.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ["I'd be glad to hold a spot for you"], safe: true },
    examples: {
      invalid: [
        {
          text: 'Good news: [|I’ve reserved a spot for you|] in the May cohort.',
          output: "Good news: I’d be glad to hold a spot for you in the May cohort.",
        },
        { text: '[|I saved you a seat|] at the workshop.', output: "I'd be glad to hold a spot for you at the workshop." },
      ],
      valid: [
        'If you’d like a seat in the May cohort, I can hold one, with no obligation.',
        'Never write "I\'ve reserved a spot for you" to someone who hasn\'t asked.',
      ],
    },
  },
  {
    id: 'set-aside-for-you',
    category: 'presumption',
    patterns: [
      "(i've|i have|we've|we have|i|we) (already|) (set aside|put aside|blocked off|earmarked) (a|your|the|one) * for you",
      'your (seat|spot|place|slot|table|booth|room|desk|unit|date) (in|at|for) * (is|has been) (saved|reserved|held|waiting|ready)',
      'your (seat|spot|place|slot|table|booth|room|desk|unit|date) (is|has been) (saved|reserved|held|waiting|ready)',
      "(i've|i have|we've|we have) already (reserved|held|saved|blocked|claimed) your",
      '(we|i) (already|) have your * (picked out|chosen|ordered|reserved|lined up)',
      'your * (plan|account|subscription|workspace|license|licence|seat) is (ready to go|all set|ready and waiting)',
      "(set aside|saved|reserved|held|have|got|kept) (a|the|one|your) * with your name on it",
      "(i've|i have|we've|we have) (pencilled|penciled) (her|him|them|your team|your son|your daughter) in (for|on)",
      "(your|the) (install crew|crew|installer|photographer|team|chef|tutor|trainer) (has been|is|'s been) (pencilled|penciled) in",
      "(i've|i have|we've|we have) (even|already) (saved|kept|held|set aside) you a",
      "(i've|i have|we've|we have) already ordered (the|your) * for (you|her|him|them)",
      "your first (lesson|session|class|visit|appointment|delivery|shift|install|consultation|fitting) is (already|) (on|in) (the|her|his|our|their|my) (calendar|schedule|diary|books)",
      "(already|) (asked|told|had) (our|the) * (team|department|crew) to (start|begin|prepare|get going) on your",
      "(i've|i have|we've|we have) taken the liberty of (booking|ordering|reserving|scheduling|setting up|starting|sizing|pencilling|penciling)",
      "your (membership|subscription|plan|account|policy|order) (is|'s) all set to (reactivate|renew|start|begin|restart|go live)",
      "(i've|i have|we've|we have) (already|also|) (pencilled|penciled) in your",
      "(popped|put|pencilled|penciled) you in the (diary|calendar|schedule|books) for",
      "(we've|we have|i've|i have) already reserved the (week|day|date|morning|slot) of",
      "(i've|i have|we've|we have) (already|) (pencilled|penciled) (your|the) * in (for|on)",
      "(i've|i have|we've|we have) (already|) (pencilled|penciled) * into",
      "(pencilled|penciled) you in as",
      "(i've|i have) (already|) put (your|the) (crew|team|install|job|booking) down for",
      "your (standing|first|regular) (appointment|session|booking|slot) is (reserved|booked|set|held) for",
      "(pencilled|penciled) in a (kickoff|kick-off|start date|install date)",
    ],
    rationale:
      'Keeping something aside in the prospect’s name treats their purchase as done; it is the presumption that makes a silent prospect feel cornered.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|We’ve already set aside a Pro seat for you|].', '[|Your seat in the spring cohort is saved|].', '[|Your desk is waiting|] for you.',
        '[|We’ve already reserved your|] storefront name.',
        '[|We already have your shingle color picked out|].',
        '[|Your Pro plan is ready to go|].',
        "We’ve [|saved a table with your name on it|] for the gala.",
        "[|I've pencilled him in for|] Thursdays at five.",
        "[|Your install crew has been pencilled in|] for June.",
        "[|We've even saved you a|] parking space.",
        "[|I've already ordered the starter kit for you|].",
        "[|Your first session is already on her calendar|] for Monday.",
        "I've [|asked our onboarding team to start on your|] welcome pack.",
        "[|I've taken the liberty of booking|] a fitting for Tuesday.",
        "[|Your membership is all set to reactivate|] on the 1st.",
        "[|I've already pencilled in your|] first fitting.",
        "I've [|popped you in the diary for|] a site visit.",
        "[|We've already reserved the week of|] May 4 for your kitchen.",
        "[|I've already pencilled your job in for|] a May start.",
        "[|I've pencilled Liam into|] the blue cabin.",
        "I've [|pencilled you in as|] the next job.",
        "[|I've already put your crew down for|] the 14th.",
        "[|Your standing appointment is reserved for|] Saturdays at ten.",
        "She's [|pencilled in a kickoff|] for the 2nd.",
      ],
      valid: ['If you’d like, I can set aside a seat while you decide.', 'Your seat at the webinar is free, and there’s nothing to buy.'],
    },
  },
  {
    id: 'im-sure-youll-agree',
    category: 'presumption',
    patterns: ["(i'm|i am) (sure|confident|certain) (you'll|you will) agree"],
    rationale:
      'Presuming agreement leaves the prospect no room to disagree; saying it as your own view leaves theirs open.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['I think'], safe: true },
    examples: {
      invalid: [
        { text: '[|I’m sure you’ll agree|] the ROI speaks for itself.', output: 'I think the ROI speaks for itself.' },
        { text: '[|Im confident youll agree|] this is the right fit.', output: 'I think this is the right fit.' },
        { text: 'REP: [|I’m sure you’ll agree|] that’s worth fixing.', output: 'REP: I think that’s worth fixing.' },
      ],
      valid: ['I’m not sure you’ll agree, and that’s okay.', 'I’d be curious whether you agree.'],
    },
  },
  {
    id: 'welcome-aboard',
    category: 'presumption',
    patterns: [
      "(can't wait to|excited to|thrilled to) welcome you (aboard|on board|to the family)",
      'welcome aboard (in advance|early|)',
      'welcome to the family',
      "(excited|thrilled|happy|glad|delighted|can't wait|cannot wait) to have (you|your team|*) (as a|as our) (customer|client|partner)",
      "(excited|thrilled|happy|glad|delighted|can't wait|cannot wait) to have (you|your team|*) (on board|aboard|in the family)",
      'consider (yourself|yourselves|your team) (aboard|on board|part of the family|part of the team)',
      "(you're|you are) (practically|basically|almost|already) (aboard|on board|a customer|part of the family)",
      'welcome to the * family',
      "(can't|cannot) wait to (see you inside|start planning with you|start working with you|get started with you|have you on board|have you aboard|have you inside)",
    ],
    rationale:
      'Welcoming a prospect aboard before they decide presumes the sale; the prospect who is not sure will feel cornered and go quiet.',
    // A heading such as "# Welcome aboard!" titles an onboarding page for people
    // who already bought; in a message to a prospect it presumes the purchase.
    scope: ['subject', 'greeting', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'speaker-line'],
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|Welcome aboard|] - we’re excited to have {{company}} as a customer.',
        '[|Consider yourself on board|]!',
        '[|Can’t wait to welcome you aboard|], {{first_name}}.',
        'Honestly, [|youre practically on board|] already.',
        'We’re [|thrilled to have Ridgeway Dental as a client|].',
        'Everyone here is [|excited to have you in the family|]!',
        '[|Welcome to the Summit family|]!',
        "See you on the first morning. [|Can’t wait to see you inside|]!",
      ],
      valid: [
        'The welcome-aboard email goes out after the contract is countersigned.', 'Don\'t say “consider yourself on board” before they decide.',
        'If you join, we hope you’ll feel at home.',
        "If you do decide to join, we can’t wait to meet you.",
      ],
    },
  },
  {
    id: 'looking-forward-to-having-you',
    category: 'presumption',
    patterns: [
      'forward to (having you on board|having you aboard|having you as a customer|having you as a client|welcoming you aboard|welcoming you as a customer|our partnership|partnering with you)',
      'forward to partnering with (your team|your company|your clinic|your school|your business)',
      // (Not "partnering with {{company}}": its fix would drop the merge tag, and a rewrite keeps every tag.),
    ],
    rationale:
      'Looking forward to the partnership assumes the prospect’s yes; looking forward to their decision, whatever it is, makes "no" safe.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['forward to hearing what you decide'], safe: true },
    examples: {
      invalid: [
        { text: 'I’m looking [|forward to having you on board|].', output: 'I’m looking forward to hearing what you decide.' },
        { text: 'We look [|forward to our partnership|]!', output: 'We look forward to hearing what you decide!' },
      ],
      valid: ['I look forward to hearing what you decide, whatever it is.', 'Looking forward to hearing from you.'],
    },
  },
  {
    id: 'once-youre-live',
    category: 'presumption',
    patterns: [
      "(once|when|after|as soon as) (you're|you are) (live|up and running|fully onboarded)",
      '(once|when|after|as soon as) you go live',
      "(once|when|after|as soon as) (you're|you are) (set up|all set up|onboarded) !(for|to)",
    ],
    rationale:
      'Describing life after go-live to someone who has not bought presumes the sale, and pressures them to live up to your assumption.',
    rewrite: { move: 'replace-in-frame', frame: 'condition', with: ['if you decide to go ahead'] },
    examples: {
      invalid: [
        '[|Once you’re live|], your reps will save hours.', 'We’ll send a report [|after you go live|].',
        { text: '[|Once you’re set up|] on Pro, the reports run nightly.', suggestions: ['If you decide to go ahead on Pro, the reports run nightly.'] },
      ],
      valid: ['If you go ahead, going live usually takes two weeks.', 'Our live demo runs every Tuesday.'],
    },
  },
  {
    id: 'become-a-customer',
    category: 'presumption',
    patterns: [
      '(once|when|after) you become (a customer|a client|one of our customers|one of our clients)',
      "(once|when|after) (you're|you are) (a customer|a client|one of our customers|one of our clients|on board|onboard)",
      '(once|when|after) you (come on board|come aboard|join the family)',
      "(once|when|after|as soon as) (you've|you have|you) (paid|sent|put down|transferred|wired) (the|your) (deposit|retainer|first payment|down payment|payment)",
      "(once|when|after) (it's|it is) (yours|all yours) !(to)",
      '(once|when|after|as soon as) (the|your) (po|purchase order) (is|gets|has been) (issued|signed|approved|raised|through)',
      '(once|when|after|as soon as) you (send|issue|raise) (the|your|a) (po|purchase order)',
      "(once|when|after) your team (is|'s|has been) (onboarded|trained|live)",
      "(once|when|after|as soon as) (the|your) (po|purchase order|deposit|payment|retainer) (clears|goes through|is through|lands|comes through)",
      "(once|when|after) (you're|you are) (a|an) (member|subscriber|patient|student|tenant|resident)",
      "(once|when|after|as soon as) (the|your) (insertion order|io|order form|agreement|contract) (is|has been|gets) signed",
      "(once|when|after|as soon as) (the|your) (insertion order's|order form's|agreement's|contract's) signed",
      "(once|when|after) (your team's|your team is|you're|you are) (registered|signed up|enrolled|onboarded)",
      "(once|when|after) we (get|hand) you (the|your) keys",
    ],
    rationale:
      '"When you become a customer" treats the decision as made; "if" gives the prospect room to tell you the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead'], safe: true },
    examples: {
      invalid: [
        { text: '[|When you become a customer|], you’ll get priority support.', output: 'If you decide to go ahead, you’ll get priority support.' },
        { text: '[|Once youre on board|], I’ll introduce you to the team.', output: 'If you decide to go ahead, I’ll introduce you to the team.' },
        { text: '[|Once you’ve paid the deposit|], we’ll send the timeline.', output: 'If you decide to go ahead, we’ll send the timeline.' },
        { text: '[|Once it’s yours|], the first service is free.', output: 'If you decide to go ahead, the first service is free.' },
        { text: '[|Once the PO is issued|], we’ll ship the kits.', output: 'If you decide to go ahead, we’ll ship the kits.' },
        { text: 'We’ll start casting [|after you send the PO|].', output: 'We’ll start casting if you decide to go ahead.' },
        { text: '[|Once your team is onboarded|], reports run weekly.', output: 'If you decide to go ahead, reports run weekly.' },
        { text: "[|Once your deposit clears|], we’ll order the tiles.", output: "If you decide to go ahead, we’ll order the tiles." },
        { text: "Parking is free [|once you’re a member|].", output: "Parking is free if you decide to go ahead." },
        {'text': '[|Once the insertion order’s signed|], the artwork is due.', 'output': 'If you decide to go ahead, the artwork is due.'},
        {'text': '[|Once your team’s registered|], I’ll send the agenda.', 'output': 'If you decide to go ahead, I’ll send the agenda.'},
        {'text': '[|Once we hand you the keys|], the warranty starts.', 'output': 'If you decide to go ahead, the warranty starts.'},
      ],
      valid: [
        'If you become a customer, you’ll get priority support.', 'Copy like “when you become a customer” assumes the decision.',
        'Once it’s yours to decide, tell me what you need.',
        "If you decide to join, parking is free for members.",
      ],
    },
  },
  {
    id: 'scheduled-your-onboarding',
    category: 'presumption',
    patterns: [
      "(i've|i have|we've|we have) (already|) (scheduled|booked|penciled in|pencilled in|set up) your (onboarding|kickoff|implementation|training)",
      'your (onboarding|kickoff|implementation) (is scheduled|is booked|is set|has been scheduled)',
      "(i'll|i will|let me|i'm going to|we'll|we will) (pencil in|book|schedule|lock in) (a|the|your|our) (kickoff|onboarding|install|installation|implementation|go-live|start date) (for|on)",
      "(i've|i have|we've|we have|i|we) (already|tentatively|) (put|penciled|pencilled|added|slotted) you (on|in|into|onto) (our|the) (install|installation|delivery|production|build|onboarding|launch) (calendar|schedule)",
      "(i've|i have|we've|we have) already (set up|created|built|configured|opened) your",
    ],
    rationale:
      'Scheduling onboarding for a prospect who has not decided assumes the sale; it signals your agenda is already ahead of theirs.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ve already scheduled your onboarding|] for Monday.',
        '[|Your kickoff is booked|] for the 12th.',
        '[|I’ll pencil in a kickoff for|] the week of the 9th.',
        '[|I’ve tentatively put you on our install calendar|] for the 20th.',
        '[|I’ve already set up your|] dashboard.',
      ],
      valid: [
        'If you decide to go ahead, we can schedule onboarding together.', 'Our onboarding guide is linked below.',
        'If you decide to go ahead, we’ll set up your dashboard together.',
      ],
    },
  },
  {
    id: 'have-legal-draft',
    category: 'presumption',
    patterns: [
      "(i'll|i will|i'm going to|let me|i can) have (legal|our legal team|our lawyers|our legal department) (draft|draw up|prepare|send over|start on|start drafting)",
    ],
    rationale:
      'Getting legal drafting before the prospect has said yes presumes the purchase and pushes the paperwork ahead of the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead, I can have legal draft'] },
    examples: {
      invalid: ['[|I’ll have legal draft|] the agreement tonight.', '[|Let me have our legal team prepare|] the paperwork.'],
      valid: ['If you’d like to see terms, our legal team can answer questions.', 'Avoid lines like "I\'ll have legal draft the contract" before a yes.'],
    },
  },
  {
    id: 'gone-ahead-and',
    category: 'presumption',
    patterns: [
      "(i've|i have|we've|we have) gone ahead and (created|set up|opened|provisioned|activated) (your|an|a) (account|workspace|instance|subscription)",
      '(i|we) went ahead and (created|set up|opened|provisioned|activated) (your|an|a) (account|workspace|instance|subscription)',
      "(i've|i have|we've|we have) gone ahead and (drafted|prepared|sent|sent over|drawn up|generated|issued) (the|your|a) (contract|agreement|order form|invoice|paperwork|purchase order)",
      '(i|we) went ahead and (drafted|prepared|sent|sent over|drew up|generated|issued) (the|your|a) (contract|agreement|order form|invoice|paperwork|purchase order)',
      "(i've|i have|we've|we have) gone ahead and (scheduled|booked) (your|the) (onboarding|kickoff|implementation|installation|training)",
      "(i've|i have|we've|we have) (just|) gone ahead and (held|saved|blocked|blocked off|set aside|put aside|reserved) (a|your|the|booth|table|room) * for you",
      "(i've|i have|we've|we have) (gone ahead and|already) (pencilled|penciled|booked|put|slotted) you in for",
      "(i've|i have|we've|we have) (already|) (pencilled|penciled) in (a|the|your) (crew|team|install|installer|installation|date|slot|fitter|engineer)",
      "(went ahead and|gone ahead and) (pencilled|penciled|put|booked|slotted) * in for",
      "(i've|i have|we've|we have) gone ahead and (pencilled|penciled) in",
      "(i've|i have|we've|we have) gone ahead and set you up (on|with|for)",
    ],
    rationale:
      'Going ahead on the prospect’s behalf presumes a decision only they can make; it hides the "no" they have not had a chance to say.',
    rewrite: OFFER,
    examples: {
      invalid: [
        '[|I’ve gone ahead and created your account|].', '[|I went ahead and drafted the contract|] so you can review it.',
        '[|I’ve gone ahead and held booth 12 for you|].',
        "[|I’ve gone ahead and pencilled you in for|] the training day.",
        "[|I’ve already pencilled in a crew|] for the 18th.",
        "I [|went ahead and pencilled your school in for|] the spring issue.",
        "[|I've gone ahead and pencilled in|] two trainers for March.",
        "[|I've gone ahead and set you up on|] the monthly plan.",
      ],
      valid: ['I’ve gone ahead and sent the notes from our call.', 'I haven’t gone ahead and created anything.'],
    },
  },
  {
    id: 'lets-get-you-set-up',
    category: 'presumption',
    patterns: [
      "(let's|let us) get you (set up|signed up|onboarded|up and running)",
      "(let's|let us) get you (on|onto|into) (the|our) (schedule|calendar|books|install schedule|rota)",
    ],
    rationale:
      'Getting the prospect set up before they decide presumes the sale; a condition keeps the decision theirs.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if it turns out to be a fit, we can get you set up'], safe: true },
    examples: {
      invalid: [
        { text: '[|Let’s get you set up|] on the Pro plan.', output: 'If it turns out to be a fit, we can get you set up on the Pro plan.' },
        {
          text: 'Great call today, so [|lets get you onboarded|] next week.',
          output: 'Great call today, so if it turns out to be a fit, we can get you set up next week.',
        },
        { text: "Call me back and [|let’s get you on the schedule|].", output: "Call me back and if it turns out to be a fit, we can get you set up." },
      ],
      valid: ['If it turns out to be a fit, we can get you set up next week.', 'Let’s get your questions answered first.'],
    },
  },
  {
    id: 'first-visit-on-the-calendar',
    category: 'presumption',
    patterns: [
      "(let's|let us|i'll|i will) (get|put) your (first|initial) (visit|session|delivery|install|installation|appointment|lesson|class|service|cleaning|shipment) (on the calendar|booked|scheduled|set up|in)",
      "(i've|i have|we've|we have) attached your (contract|agreement|invoice|deposit invoice|order form)",
      "(i'll|ill|i will|we'll|we will) have (the|your) (paperwork|contract|agreement) (ready|drawn up|waiting)",
      '(when|once|after) we (list|install|onboard|deliver|launch|migrate) your (home|house|system|practice|team|store|site|roof|panels|account|office|clinic)',
    ],
    rationale:
      'Scheduling the first visit before the prospect has decided to buy presumes the sale; the choice of whether there is a first visit is theirs.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        'Great — [|let’s get your first visit on the calendar|].',
        '[|I’ve attached your contract|] and the deposit invoice.',
        '[|I’ll have the paperwork ready|] when you come in.',
        '[|When we list your home|], we’ll stage the living room.',
      ],
      valid: ['If you decide to go ahead, we can find a date for the first visit together.'],
    },
  },
  {
    id: 'schedule-your-kickoff',
    category: 'presumption',
    patterns: [
      'when (should|can|shall|do you want to) we (schedule|book|set up|plan) (your|the) (kickoff|onboarding|implementation|installation|go-live|training)',
      '(what|which) (day|date|time) works (best|) for (your|the) (kickoff|onboarding|implementation|installation)',
    ],
    rationale:
      'Asking when to schedule the kickoff assumes there will be one; the prospect hears that the sale is settled in your mind.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['If you decide to go ahead, when would suit you for a kickoff'] },
    examples: {
      invalid: ['[|When should we schedule your kickoff|]?', '[|What date works best for your onboarding|]?'],
      valid: ['When would be a good time to talk, whatever you decide?', 'Which day works for a short call?'],
    },
  },
  {
    id: 'how-many-seats',
    category: 'presumption',
    patterns: [
      'how many (seats|licenses|licences|users) (should i put you down for|shall i put you down for|will you be needing|should i add to your order|should we start you with|should i include in the contract|do you want on the contract)',
    ],
    rationale:
      'Asking how many seats to put them down for skips whether they want any; presuming the purchase hides the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['How many people would use this, if you went ahead'] },
    examples: {
      invalid: ['[|How many seats should I put you down for|]?', 'So [|how many licenses will you be needing|] for launch?'],
      valid: [
        'How many people would use this day to day? It helps me tell whether it’s a fit.',
        'Questions like "how many seats will you need" can wait for a yes.',
      ],
    },
  },
  {
    id: 'contract-is-ready',
    category: 'presumption',
    patterns: [
      'your (contract|agreement|order form|paperwork) is (ready for your signature|ready for signature|ready to sign|ready|attached|on its way)',
    ],
    rationale:
      'Announcing "your contract" to someone who has not decided presumes the sale and pressures them toward a signature.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['the terms are ready whenever you’d like to see them'] },
    examples: {
      invalid: ['[|Your contract is ready for signature|].', 'Hi {{first_name}}, [|your order form is attached|].'],
      valid: ['If it would help, I can share a sample agreement.', 'The contract template is attached for legal review.'],
    },
  },
  {
    id: 'just-sign-here',
    category: 'presumption',
    patterns: ['(just|simply) sign (here|below|the attached|and return)', 'all (you need|you have) to do is sign'],
    rationale:
      '"Just sign here" makes the decision sound already made and merely clerical; the prospect should feel free to say no.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead, you can sign here'] },
    examples: {
      invalid: ['[|Just sign here|] and we’ll take care of the rest.', '[|All you need to do is sign|] the order form.'],
      valid: ['There’s nothing to sign unless you decide to go ahead.', 'Just sign in with your work email to view the deck.'],
    },
  },
  {
    id: 'need-your-signature',
    category: 'presumption',
    patterns: ['(all i need is|i just need|we just need|all we need is|just need) your (signature|credit card|card details|purchase order|po number)'],
    rationale:
      'Treating the signature as the last formality presumes the prospect’s yes and hides any doubt they still hold.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead, I’d need your signature'] },
    examples: {
      invalid: ['[|I just need your signature|] to get started.', '[|All we need is your purchase order|].'],
      valid: ['I don’t need anything from you right now.', 'Don’t open with “all I need is your signature.”'],
    },
  },
  {
    id: 'paperwork-started',
    category: 'presumption',
    patterns: [
      "(i've|i have|we've|we have) (started|begun) (the|your) (paperwork|contract|onboarding|account setup|implementation)",
      "(let's|let me|i'll|i will) get (the|your) paperwork (started|going|moving)",
      "(already|) (has|have|has got) your paperwork (started|going|ready|drawn up|underway)",
    ],
    rationale:
      'Starting the paperwork before the decision presumes the sale; it signals your focus is on closing, not on the truth.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ve started the paperwork|] on our side.', '[|Let’s get the paperwork started|].',
        "Finance [|already has your paperwork started|].",
      ],
      valid: ['We’ve started a list of questions for our next call.', 'There’s no paperwork until you say so.'],
    },
  },
  {
    id: 'added-you-to-customers',
    category: 'presumption',
    patterns: [
      "(i've|i have|we've|we have) added you to (our|the) (customer|client) (list|portal|community|newsletter|slack|channel)",
      "(i'll|i will) add you to (our|the) (customer|client) (list|portal|community|slack|channel)",
    ],
    rationale:
      'Treating a prospect as a customer before they decide presumes the sale and makes "no" harder to say.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|I’ve added you to our customer portal|].', '[|I’ll add you to the customer Slack|] today.'],
      valid: ['I’ve added you to the invite for Thursday’s call.', 'If you become a customer, you’ll get access to our community.'],
    },
  },
  {
    id: 'take-that-as-a-yes',
    category: 'presumption',
    patterns: ["(i'll|i will|i'm going to) take (that|your silence|silence|this|it) as a yes"],
    rationale:
      'Reading silence as a yes presumes the sale; silence usually means the prospect does not yet feel safe telling you the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ["I'll wait to hear what you decide"], safe: true },
    examples: {
      invalid: [
        { text: 'Quiet week? [|I’ll take that as a yes|].', output: 'Quiet week? I’ll wait to hear what you decide.' },
        { text: '[|I’m going to take your silence as a yes|], {{first_name}}.', output: 'I’ll wait to hear what you decide, {{first_name}}.' },
      ],
      valid: ['I won’t read silence as a yes, or as a no.', 'Never write "I\'ll take that as a yes" to a quiet prospect.'],
    },
  },
  {
    id: 'which-start-date',
    category: 'presumption',
    patterns: ['(which|what) start date (works|would work|suits|do you prefer)'],
    rationale:
      'Asking which start date suits them offers every answer except "no"; it presumes the purchase.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['If you decide to go ahead, which start date would work'] },
    examples: {
      invalid: ['[|Which start date works|] for you, the 1st or the 15th?', '[|What start date would work|] best for your team?'],
      valid: ['If you decide to go ahead, we can pick a start date together.', 'What date works for a short call?'],
    },
  },
  {
    id: 'how-would-you-like-to-pay',
    category: 'presumption',
    patterns: [
      'how (would|will) you (like to|want to|) pay',
      '(what|which) card (would|should|do|will) you (like to|want to|) (put|use|charge|pay) (it|the deposit|the payment|this|that|the balance|the first payment|the first month) (on|with)',
    ],
    rationale:
      'Asking how they will pay skips the question of whether they want to buy; presuming the sale pressures the prospect.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['do you have any questions about pricing'], safe: true },
    examples: {
      invalid: [
        { text: 'So, [|how would you like to pay|]?', output: 'So, do you have any questions about pricing?' },
        { text: '[|How will you pay|] for the annual plan?', output: 'Do you have any questions about pricing for the annual plan?' },
        { text: '[|What card would you like to put the deposit on|]?', output: 'Do you have any questions about pricing?' },
      ],
      valid: ['How do you pay for tools like this today?', 'Closers who ask “how would you like to pay?” skip the decision.'],
    },
  },
  {
    id: 'annual-or-monthly',
    category: 'presumption',
    patterns: [
      'would you (prefer|like) (annual|monthly|the annual|the monthly|yearly) or (monthly|annual|the monthly|the annual|yearly) (billing|payments|plan|)',
    ],
    rationale:
      'An either-or about billing is an alternative-choice close: both answers are yes. The prospect needs "no" on the menu too.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['Would it help to compare annual and monthly billing before you decide'] },
    examples: {
      invalid: ['[|Would you prefer annual or monthly billing|]?', '[|Would you like the annual or the monthly plan|]?'],
      valid: ['Annual and monthly billing are both available if you go ahead.', 'Would you prefer email or a call?'],
    },
  },
  {
    id: 'onboarding-team-reach-out',
    category: 'presumption',
    patterns: [
      "(i'll|i will|i'm going to) have (our|my|the|your) (onboarding|implementation|customer success|success|cs) (team|manager|specialist|lead) (reach out|contact you|get in touch|schedule|set up)",
    ],
    rationale:
      'Handing the prospect to onboarding before they decide presumes the sale; it tells them the outcome is settled in your mind.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['If you decide to go ahead, our onboarding team can reach out'] },
    examples: {
      invalid: ['[|I’ll have our onboarding team reach out|] tomorrow.', '[|I will have your success manager contact you|] Monday.'],
      valid: ['If you decide to go ahead, our onboarding team can help.', 'Our onboarding team wrote a short guide.'],
    },
  },
  {
    id: 'welcome-kit',
    category: 'presumption',
    patterns: [
      "(i'll|i will|we'll|we will) (send|ship|mail) (you|) (your|the|a) (welcome kit|welcome pack|welcome package|starter kit|onboarding kit)",
    ],
    rationale:
      'Promising a welcome kit to someone who has not bought presumes the sale; the gesture reads as pressure, not generosity.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|We’ll ship your welcome kit|] this week.', '[|I’ll send you the welcome pack|] after the paperwork clears.'],
      valid: ['Our welcome kit goes to customers who have already decided.', 'Promising to “send your welcome kit” presumes the purchase.'],
    },
  },
  {
    id: 'contract-details-question',
    category: 'presumption',
    patterns: [
      '(what|which) (name|entity|legal entity|billing address|email address|address) should (i|we) put on the (contract|invoice|agreement|order form)',
      '(who|whom) should (i|we) (send|address|make out) the (contract|invoice|agreement|paperwork|order form) to',
    ],
    rationale:
      'Asking for contract details is the classic assumptive close: it moves past the decision as if the prospect had made it.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['If you decide to go ahead, whose name should go on the contract'] },
    examples: {
      invalid: ['[|Which legal entity should I put on the contract|]?', '[|Who should I send the invoice to|]?'],
      valid: ['If it helps, I can share a sample contract for your legal team.', 'Who else should be part of this conversation, if anyone?'],
    },
  },
  {
    id: 'start-the-engagement',
    category: 'presumption',
    patterns: ["(we'll|we will|i'll|i will) (start|begin|kick off) (your|the) (engagement|implementation|onboarding|rollout)"],
    rationale:
      'Announcing when you will start their implementation presumes the sale; the prospect has not yet said whether there will be one.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead, we can start the implementation'] },
    examples: {
      invalid: ['[|We’ll kick off your implementation|] on Monday.', '[|I will start the onboarding|] next week.'],
      valid: ['If you go ahead, we’d start onboarding whenever suits you.', 'We’ll start the call with your questions.'],
    },
  },
  {
    id: 'finalize-your-order',
    category: 'presumption',
    patterns: ["(let's|let us) finalize your (order|purchase|subscription|contract)"],
    rationale:
      'Finalizing an order the prospect has not placed presumes the sale; talking through their questions leaves the decision with them.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ["let's talk through any open questions"], safe: true },
    examples: {
      invalid: [
        { text: '[|Let’s finalize your order|] today.', output: 'Let’s talk through any open questions today.' },
        { text: 'So [|lets finalize your purchase|].', output: "So let's talk through any open questions." },
      ],
      valid: ['Take your time; nothing is final until you say so.', 'Let’s finalize the agenda for Thursday.'],
    },
  },
  {
    id: 'here-is-your-timeline',
    category: 'presumption',
    patterns: ["(here's|here is|attached is|i've attached) your (implementation|onboarding|rollout|go-live) (timeline|plan|schedule)"],
    rationale:
      'Handing over "your" implementation timeline presumes the purchase; a sample timeline informs without assuming the sale.',
    rewrite: { move: 'replace-in-frame', frame: 'noun-phrase', with: ['here’s a sample implementation timeline'] },
    examples: {
      invalid: ['[|Here’s your implementation timeline|] for Q3.', '[|I’ve attached your onboarding plan|].'],
      valid: ['Here’s a sample implementation timeline, in case it’s useful.', 'Here’s your copy of the case study.'],
    },
  },
  {
    id: 'put-you-down-for-anything',
    category: 'presumption',
    patterns: ['(should|shall|can|may) (i|we) (put|sign|pencil|book) you (down|in) for'],
    rationale: 'Asking where to put them down presumes a yes they have not given; it leaves no room for the truth.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['would it help to talk through'] },
    examples: {
      invalid: ['[|Should I put you down for|] the family plan?', 'So [|can I pencil you in for|] March?'],
      valid: ['If it helps, I can explain each plan before you decide.'],
    },
  },
  {
    id: 'ill-put-you-down',
    category: 'presumption',
    patterns: [
      // (One pattern per verb: the pre-filter anchors each on its verb, not on "for".)
      "(i'll|i will|let me|i'm going to|i am going to) (just|) pencil (you|her|him|them|your team) (down|in) for",
      "(i'll|i will|let me|i'm going to|i am going to) (just|) (put|pop|slot) (you|her|him|them|your team) down for",
      "(i'll|i will|let me|i'm going to|i am going to) (just|) slot (you|her|him|them|your team) in for",
      "(i'll|i will|let me|i'm going to|i am going to) (just|) (book|sign) (you|her|him|them|your team) (down|in) for",
    ],
    rationale:
      'Booking the prospect in before they have said yes decides for them; the seeds ask the seller to leave the decision with the prospect.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: [
        '[|I’ll put you down for|] Thursday morning.', 'Great, [|I’ll just pop her down for|] Tuesdays.',
      ],
      valid: ['If Thursday suits you, tell me and I’ll hold it.', 'Whenever you’re ready, I can walk you through the schedule.'],
    },
  },
  {
    id: 'holding-your-spot',
    category: 'presumption',
    patterns: [
      "(we're|we are|i'm|i am|we've been|i've been) (holding|saving|keeping) (your|a|the) (spot|seat|place|date|slot|room|table|unit|booking|install date) (for you|)",
      "(i'm|i am|we're|we are|i've been|we've been) (holding|saving|keeping) (a|your|the) * for you",
      "(i'm|i am|we're|we are|i've been|we've been|still) (holding|saving|keeping) your * (spot|seat|place|date|slot|room|table|unit|booking|space)",
      "(i've|i have|we've|we have) (held|blocked|blocked off|reserved|saved) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the *) * for you",
      "(i've|i have|we've|we have) (held|saved|reserved|set aside) (#|a|an|one|a few|a couple of) * for (you|your team|your group|your company)",
      "(i've|i have|we've|we have) (already|) (reserved|booked|held|set aside) a * for your",
      "(i've|i have|we've|we have) (pencilled|penciled) in (our|your|a|the|two|three)",
      "(i'll|i will|we'll|we will) (pop|put|stick|pencil) you in (the|my|our) (calendar|diary|schedule|books)",
    ],
    rationale: 'Holding a spot they never asked for presumes the purchase and quietly adds pressure to decide.',
    rewrite: ROOM,
    examples: {
      invalid: [
        '[|We’re holding your spot|] in the April cohort.', 'Good news: [|I’m saving a seat for you|].',
        '[|I’m holding a dock slip for you|] at the marina.',
        'We’re [|still holding your April onboarding slot|].',
        "[|I’ve held Friday the 9th for you|] on the crew calendar.",
        "[|I’ve held two tickets for your team|] at the front.",
        "[|I've already booked a bay for your|] MOT.",
        "[|We've pencilled in our|] two senior editors.",
        "[|I'll pop you in the diary|] for the tasting.",
      ],
      valid: ['We do not hold seats, so there is nothing to decide by any date.'],
    },
  },
  {
    id: 'go-ahead-and',
    category: 'presumption',
    patterns: [
      "(i'll|i will|let me|i'm going to|i am going to|we'll|we will) (just|) go ahead and (set up|start|book|add|schedule|process|put|send|draw up|draft|order|reserve|lock|get|create|open|enroll|sign)",
      "(i've|i have|we've|we have) (just|) gone ahead and (added|set up|started|booked|scheduled|reserved|put|ordered|created|processed|included|enrolled|opened)",
      '(i|we) (just|) went ahead and (added|set up|started|booked|scheduled|reserved|put|ordered|created|processed|included|enrolled|opened)',
    ],
    rationale: 'Going ahead before the prospect decides presumes the sale; the prospect who is not sure feels cornered and goes quiet.',
    rewrite: OFFER,
    examples: {
      invalid: [
        '[|I’ll just go ahead and set up|] your membership.',
        '[|I’ve gone ahead and added|] our roadside package.',
        'Great, [|I’ll go ahead and start|] your paperwork.',
      ],
      valid: ['If you decide to go ahead, I can set up the account in a day.', 'I went ahead and fixed the typo you spotted.'],
    },
  },
  {
    id: 'for-your-signature',
    category: 'presumption',
    patterns: [
      '(agreement|contract|order form|paperwork|purchase order|docusign|sow|msa|lease) (is attached|attached|enclosed|is enclosed|) (for your signature|for you to sign|for signature|ready for your signature)',
      '(get|getting|start|starting|started) (the|your) paperwork (started|going|moving|rolling|underway|)',
    ],
    rationale: 'Sending the agreement for signature before they have said yes presumes the sale and makes “no” harder to say.',
    rewrite: DROP_MODIFIER,
    examples: {
      invalid: [
        'I’ve attached the [|agreement for your signature|].',
        'Great, [|getting the paperwork started|] this week works for us.',
      ],
      valid: ['If you ask for it, I can send the agreement for review.', 'Our paperwork is short, whenever you need it.'],
    },
  },
  {
    id: 'youll-love-your-new',
    category: 'presumption',
    patterns: ["(you'll|you will|you're going to|you are going to) love your new"],
    rationale: 'Describing their life after the purchase presumes a decision the prospect has not made; “if” keeps the choice theirs.',
    scope: ['subject', 'greeting', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'speaker-line'],
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['you may like the new'] },
    examples: {
      invalid: [
        '[|Youll love your new|] kitchen.', '[|You’re going to love your new|] dashboard, I promise.',
      ],
      valid: [
        'Many customers say they love the new dashboard.', 'If you switch, I think you’d like the new reports.',
      ],
    },
  },
  {
    id: 'your-new-thing-is-waiting',
    category: 'presumption',
    patterns: ['your new * (is|are) waiting (for you|)'],
    rationale:
      'Calling the product theirs and waiting for them hands over something they have not decided to buy; the prospect hears the seller’s plan, not a choice.',
    rewrite: DROP_CLAUSE,
    examples: {
      invalid: ['[|Your new truck is waiting for you|].', 'Come see it this weekend: [|your new kitchen is waiting|].'],
      valid: ['Your new password is ready to use.', 'If you decide on the truck, it will be ready the same day.'],
    },
  },  {
    id: 'when-you-join',
    category: 'presumption',
    patterns: ['when you (join|enroll|enrol|become a member|become a customer|become a client|come on board)'],
    rationale: 'Describing their life after joining presumes a decision the prospect has not made; “if” keeps the choice theirs.',
    scope: ['subject', 'greeting', 'paragraph', 'list-item', 'table-cell', 'blockquote', 'speaker-line'],
    rewrite: { move: 'replace-in-frame', frame: 'condition', with: ['if you decide to go ahead'], safe: true },
    examples: {
      invalid: [
        { text: '[|When you join|], you get weekly reviews.', output: 'If you decide to go ahead, you get weekly reviews.' },
        { text: 'You’ll get the first module [|when you enroll|].', output: 'You’ll get the first module if you decide to go ahead.' },
      ],
      valid: ['If you join, you get weekly reviews.', 'When you joined the webinar, you asked about SSO.'],
    },
  },
  {
    id: 'here-is-the-payment-link',
    category: 'presumption',
    patterns: [
      "(here's|here is|below is|i've attached|attached is) (the|your|a) (payment link|checkout link|link to pay|payment page|invoice link|signing link|link to sign)",
    ],
    rationale:
      'Handing over the way to pay before the prospect has said yes presumes the purchase; the seeds keep "no" a real option until they choose.',
    rewrite: { move: 'replace-in-frame', frame: 'clause', with: ['if you decide to go ahead, here’s the payment link'] },
    examples: {
      invalid: ['Thanks for the call. [|Here’s the payment link|] for the annual plan.', '[|Attached is your signing link|].'],
      valid: [
        'You asked how billing works, so I can send a payment link whenever you decide.',
        'Never drop “here’s the payment link” into a first follow-up.',
      ],
    },
  },
];

/**
 * A purchase the writer's own prose confirms: the reader has already bought,
 * so "welcome aboard" or "your new account" presumes nothing (onboarding mail,
 * receipts, a renewal that went through). Said anywhere in a draft, such a
 * phrase settles the draft for assume-the-sale (PhraseRuleSpec.settledBy).
 * Its examples are the context cases of test/rules/assume-the-sale.test.ts.
 */
export const afterPurchasePhrases: readonly PhraseEntry[] = [
  {
    id: 'purchase-confirmed',
    category: 'custom',
    patterns: [
      '(thanks|thank you) (so much|again|) for (your order|your purchase|your payment|your renewal|your subscription|buying|purchasing|subscribing|renewing|becoming a customer|becoming a member|choosing us as your|signing the agreement|signing the contract)',
      'your (order|payment|purchase|subscription|membership|policy|renewal|deposit|booking|plan|account) (is|has been|was|is now) (confirmed|received|processed|active|activated|live|set up|complete|completed|successful)',
      "now that (you've|you have) (signed|purchased|bought|subscribed|joined|paid|renewed|signed the contract|signed the agreement)",
      "now that (you're|you are) (a|an|our) (customer|client|member|subscriber|policyholder)",
      "(here's|here is|attached is|please find|i've attached|we've attached) your (receipt|order confirmation|policy documents|welcome pack)",
      "(thanks|thank you) (so much|again|) for signing up (for|to|with)",
      "your (contract|agreement) (is|has been) (countersigned|signed|executed)",
      "your (workspace|portal|dashboard|account|service) (is|is now) (live|active|ready)",
      "(thanks|thank you) (so much|again|) for (your deposit|your first order|your first payment)",
      "(thanks|thank you) (so much|again|) for opening (a|an|your) * account",
      "(we've|we have) received your (deposit|payment|signed contract|signed agreement)",
      "your * account is (now|) (live|active|open|set up)",
    ],
    rationale: 'The reader has already bought: onboarding language is no presumption.',
    examples: {
      invalid: [
        'Thanks for your order, Sam!',
        'Your subscription is now active.',
        'Now that you’ve signed, here is who to call.',
        'Here’s your receipt for March.',
        "Thanks for your deposit, Amir!",
        "Thank you for opening a trade account with us.",
        "We've received your deposit for the June course.",
        "Your trade account is now live.",
      ],
      valid: ['Thanks for your interest in the plan.', 'Your payment hasn’t been received yet.'],
    },
  },
];
