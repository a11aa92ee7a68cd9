/**
 * The built-in presets, as data validated by the same schema as a user's file
 * (a test checks them). `extends: candor:<name>`.
 */
import type { CandorConfig } from './schema.js';

export const PRESET_PREFIX = 'candor:';

const recommended: CandorConfig = {
  rules: {
    'sales-pressure': 'warn',
    'missing-apology-opener': 'warn',
    'assume-the-sale': 'warn',
  },
};

export const PRESETS: Record<string, { description: string; config: CandorConfig }> = {
  'candor:recommended': {
    description: 'Every rule on at warn: findings show, CI passes unless --max-warnings says otherwise.',
    config: recommended,
  },
  'candor:strict': {
    description: 'Every rule at error: any pressure fails the run.',
    config: {
      rules: {
        'sales-pressure': 'error',
        'missing-apology-opener': 'error',
        'assume-the-sale': 'error',
      },
    },
  },
  'candor:cold-email': {
    description: 'First-touch emails: .txt drafts read as email; presuming the meeting is an error.',
    config: {
      extends: 'candor:recommended',
      formats: { '.txt': 'email' },
      rules: { 'assume-the-sale': 'error' },
    },
  },
  'candor:re-engagement': {
    description: 'Emails to prospects who went quiet: .txt drafts read as email; a missing apology opener is an error.',
    config: {
      extends: 'candor:recommended',
      formats: { '.txt': 'email' },
      rules: { 'missing-apology-opener': 'error', 'sales-pressure': 'error' },
    },
  },
  'candor:call-script': {
    description: 'Call and voicemail scripts: .txt drafts read as scripts (speaker lines; only the rep is linted).',
    config: {
      extends: 'candor:recommended',
      formats: { '.txt': 'script' },
    },
  },
  'candor:landing-page': {
    description: 'Landing pages: no one went quiet, so no apology opener is expected.',
    config: {
      extends: 'candor:recommended',
      rules: { 'missing-apology-opener': 'off' },
    },
  },
};
