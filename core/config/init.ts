/**
 * The starter `.candorrc.yaml` that `candor init` writes: every field, each
 * explained in a comment, with the optional ones commented out. A test checks
 * that it parses and validates.
 */
import { SCHEMA_ID } from './schema-id.js';

export function initConfigText(): string {
  return `# yaml-language-server: $schema=${SCHEMA_ID}
#
# Candor configuration. Candor looks for it from each linted file's folder
# upward (.candorrc, .candorrc.json, .candorrc.yaml, .candorrc.yml, or a
# "candor" field in package.json). Configurations in parent folders apply too,
# the nearest one winning, until one says \`root: true\`.
# Reference: docs/configuration.md

# Stop looking for configuration files in parent folders.
root: true

# Start from a preset: candor:recommended, candor:strict, candor:cold-email,
# candor:re-engagement, candor:call-script, candor:landing-page; or a
# candor-config-* package; or a relative .json/.yaml file. Later entries win.
extends: candor:recommended

# Rule id: off | info | warn | error   (or [severity, options])
rules:
  sales-pressure: warn           # chasing, urgency, forward-push, guilt
  missing-apology-opener: warn   # re-engagement emails that don't take responsibility first
  assume-the-sale: warn          # copy that presumes the prospect already said yes

# Settings for some files only. Globs use .gitignore syntax, relative to this
# file's folder; a later override wins.
# overrides:
#   - files: ["landing/**"]
#     excludedFiles: ["landing/drafts/**"]
#     rules:
#       missing-apology-opener: off
#   - files: ["*.voicemail.txt"]
#     format: script

# How drafts are read, by extension: markdown | email | script | text.
# formats:
#   ".txt": email

# Speaker labels in call scripts: the rep's lines are linted, the others' are not.
# speakers:
#   rep: [Rep, SDR, AE]
#   other: [Prospect, Gatekeeper]

# Extra merge-tag syntaxes, as literal opening and closing delimiters
# ({{first_name}}, {!Contact.Name}, *|FNAME|* and similar are already known).
# mergeTags:
#   - ["[[", "]]"]
#   - ["<%", "%>"]

# Terms never flagged (case-insensitive), such as a product named "Act Now".
# allow:
#   - act now

# Files never linted (.gitignore syntax, relative to this file's folder).
# ignorePatterns:
#   - "archive/**"

# Your own phrase rules. Phrases are literal words: \`~verb\` matches every
# form of the verb, \`(a|b)\` picks one, \`(a|)\` makes a word optional, \`#\` is
# a number. Negated and quoted uses are not flagged, as with the built-in rules.
# The examples are checked every time this file loads.
# phrases:
#   - id: no-circle-back
#     message: "\`{{text}}\` reads as chasing; ask a real question instead"
#     phrases: ["~circle back", "(just|) ~bump this"]
#     rewrites: ["ask whether this is still a priority"]
#     severity: warn
#     examples:
#       invalid: ["Circling back on my last note."]
#       valid: ["I won't circle back again."]
`;
}
