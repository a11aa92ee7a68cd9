/**
 * The HTML view of the draft being edited, kept from one version to the next.
 * A keystroke in a 1 MB template used to parse all of it again; here the view
 * of the previous version is patched when the edit provably changes nothing
 * but one run of character data, and the draft is parsed whole otherwise.
 *
 * The view is written (as html.ts writes it) from a list of events (a text
 * node, a paragraph break, a `<br>`, a preview line's markers), in groups of a
 * few dozen; each group keeps the writer's state before and after it and the
 * view it wrote, offsets relative to the group's base. A patch changes one
 * event, writes its group again, then the following groups until the writer's
 * state reaches one a group was written from; the others are only moved.
 *
 * An edit is patched only when the parser (rehype-parse, parse5) would build
 * the same tree with one text node's value changed:
 * - it lies inside a run of character data read as it is (the raw text is the
 *   node's value: no `<`, `&` or CR in it) and writes none of `<`, `&`, CR, NUL,
 *   so the tokenizer emits the same tags, comments and references around it;
 * - the node stays white space or stays text, or its parent reads either the
 *   same way (body content: only the parser's `framesetOk` differs, and the
 *   draft has no `<frameset>`), or it is white space directly inside a table
 *   that becomes text: the parser moves such text before the table (foster
 *   parenting) and appends it to the text node there; that move is modelled
 *   (the table's moved text: the node before it, then each moved run in source
 *   order), and allowed only when no formatting element can be reopened by it
 *   (every one closed by its own end tag, none recreated);
 * - or it lies inside a comment or a `<style>`-like element's text and writes
 *   nothing that could end it: the view does not change, only its offsets;
 * - a change to whether the draft has shown text yet is allowed only where it
 *   cannot change which element is read as the preview line.
 * test/perf/html-incremental.test.ts holds it to the view and findings of a
 * fresh parse over random edits.
 */
import type * as Hast from 'hast';
import { BLOCK, HIDDEN, ViewWriter, encodeHtmlEdit, isPreheader, isQuote, offsets, parseHtml, type Node, type WriterState } from './html.js';
import { detach } from '../memo.js';
import { commonPrefix, commonSuffix } from './markdown-blocks.js';
import { ViewBuilder, type CharMap, type DraftView } from './view.js';

const TEXT = 0;
const BREAK = 1;
const BR = 2;
const SYNTH = 3;
/** A white-space node that moved before its table: it writes nothing. */
const DEAD = 4;

/** How a text node's parent reads it turning from white space to text or back. */
const FREE = 0;
const IN_TABLE = 1;
const FIXED = 2;

const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const FIXED_PARENTS = new Set(['html', 'head', 'colgroup', 'select', 'optgroup', 'option', 'frameset', 'template']);
/** The parser drops a newline that starts these elements' text. */
const LEADING_NEWLINE = new Set(['pre', 'listing', 'textarea']);
/** Elements whose single text child is read raw (or as RCDATA) and never shown. */
const RAW_TEXT = new Set(['style', 'script', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** The active formatting elements (HTML's list): text may reopen one that was closed implicitly. */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Events per group: small enough that writing a group again costs microseconds. */
const GROUP_EVENTS = 48;

interface Ev {
  k: number;
  /** Source offsets relative to the group's base (a `<br>` or marker: `s` only). */
  s: number;
  e: number;
  /** Text node value, or the synthesized text. */
  v: string;
  q: number;
  /** A text node whose raw source is its value, with no `<`, `&` or CR, not moved by the parser. */
  plain?: boolean;
  parent?: number;
  /** The parent drops a newline at the start of its text. */
  leading?: boolean;
  /** White space directly in a table: the table its text would move before. */
  table?: TableInfo;
  /** This event writes the table's moved text (the node before the table, or an empty placeholder). */
  foster?: TableInfo;
  /** The moved text's raw source holds the table's start tag: written as its value at `s`. */
  moved?: boolean;
}

/** The view a group wrote: offsets relative to the group's base at the time. Never changed once made (a view handed out keeps it). */
interface Piece {
  text: string;
  map: CharMap;
}

interface Group {
  index: number;
  base: number;
  evs: Ev[];
  inState: WriterState;
  outState: WriterState;
  piece: Piece;
  /** The lowest and highest source offsets of its events, relative to `base`. */
  min: number;
  max: number;
  dirty: boolean;
}

interface Run {
  s: number;
  e: number;
  v: string;
}

interface TableInfo {
  /** The event writing the table's moved text, and its group. */
  ev: Ev;
  group: Group;
  /** Whether the text before the table is known to be the node before it and nothing moved yet. */
  known: boolean;
  /** Once text has moved (absolute offsets): the node that was before the table, and the moved runs in source order. */
  prefix?: { s: number; e: number; v: string; plain: boolean; parent: number } | null;
  runs: Run[];
}

interface Inert {
  s: number;
  e: number;
  comment: boolean;
}

interface Model {
  /** The text the view was made from, and the draft as given (they differ where it has NUL characters). */
  source: string;
  original: string;
  groups: Group[];
  /** Tables some text has moved before. */
  active: TableInfo[];
  inert: Inert[];
  /** The first `</body` or `</html` in the source: text after it is read in another parser mode. */
  afterBody: number;
  /** No formatting element can be reopened by moved text. */
  fosterSafe: boolean;
  /** The draft has none of the markup whose reading a text edit could change (`<frameset>`, `<template>`, `<plaintext>`), and every marker has a position. */
  patchable: boolean;
  preheader: boolean;
  /** The event at which the view first held text (or the preview line started). */
  first?: { g: Group; ev: Ev };
  view: DraftView;
}

const INITIAL: WriterState = { pending: 0, trailing: 0, atLineStart: true, hasText: false };

/** HTML's white space (the parser's, not JavaScript's `\s`). */
function hasNonSpace(text: string): boolean {
  return /[^\t\n\f\r ]/.test(text);
}

function sameState(a: WriterState, b: WriterState): boolean {
  return a.pending === b.pending && a.trailing === b.trailing && a.atLineStart === b.atLineStart && a.hasText === b.hasText;
}

interface Step {
  node: Node;
  leave?: boolean;
  quote: number;
  parent?: string;
  prev?: Node;
  next?: Node;
  table?: TableInfo;
}

/** Parses `source` whole and writes its view, keeping what a patch needs. */
function build(source: string, original: string): Model {
  const tree = parseHtml(source);
  const writer = new ViewWriter(source);
  const groups: Group[] = [];
  const inert: Inert[] = [];
  const afterBodyMatch = /<\/(?:body|html)\b/i.exec(source);
  const model: Omit<Model, 'view'> & { view?: DraftView } = {
    source,
    original,
    groups,
    active: [],
    inert,
    afterBody: afterBodyMatch ? afterBodyMatch.index : Infinity,
    fosterSafe: fosterSafe(tree, source),
    patchable: !/<(?:frameset|template|plaintext)[\s/>]/i.test(source),
    preheader: false,
  };
  let evs: Ev[] = [];
  let inState = writer.state;
  const close = (): void => {
    const piece = writer.out.arrays();
    piece.text = detach(piece.text);
    const group: Group = {
      index: groups.length,
      base: 0,
      evs,
      inState,
      outState: writer.state,
      piece,
      min: 0,
      max: 0,
      dirty: false,
    };
    bounds(group);
    groups.push(group);
    evs = [];
    inState = group.outState;
    writer.out = new ViewBuilder();
  };
  const emit = (ev: Ev): void => {
    const had = writer.hasText;
    switch (ev.k) {
      case TEXT:
        writer.quote = ev.q;
        writer.text(ev.s, ev.e, ev.v);
        break;
      case BREAK:
        writer.breakBefore(2);
        break;
      case BR:
        writer.lineBreak(ev.s);
        break;
      case SYNTH:
        writer.synthesized(ev.v, ev.s);
        break;
    }
    evs.push(ev);
    if (!had && writer.hasText) model.first = { g: undefined as unknown as Group, ev };
    if (evs.length >= GROUP_EVENTS) close();
  };
  const at = (node: Node): number => {
    const start = offsets(node)?.[0];
    if (start === undefined) model.patchable = false;
    return start ?? 0;
  };
  let lastText: { node: Node; ev: Ev } | undefined;
  let preheader: Hast.Element | undefined;
  const stack: Step[] = [{ node: tree, quote: 0 }];
  while (stack.length) {
    const step = stack.pop()!;
    const { node, leave, quote } = step;
    if (node === preheader && leave) {
      const end = offsets(node)?.[1];
      if (end === undefined) model.patchable = false;
      emit({ k: SYNTH, s: end ?? 0, e: end ?? 0, v: '\n\n', q: quote });
      continue;
    }
    if (node.type === 'text') {
      const range = offsets(node);
      if (range) {
        const [s, e] = range;
        const raw = source.slice(s, e);
        const prevEnd = step.prev ? offsets(step.prev)?.[1] : undefined;
        const nextStart = step.next ? offsets(step.next)?.[0] : undefined;
        const plain =
          raw === node.value && !/[<&\r]/.test(raw) && (prevEnd === undefined || prevEnd <= s) && (nextStart === undefined || nextStart >= e);
        const parent = step.parent === undefined || FIXED_PARENTS.has(step.parent) ? FIXED : TABLE_PARTS.has(step.parent) ? IN_TABLE : FREE;
        const ev: Ev = { k: TEXT, s, e, v: node.value, q: quote, plain, parent };
        if (step.parent && LEADING_NEWLINE.has(step.parent)) ev.leading = true;
        if (parent === IN_TABLE) ev.table = step.table;
        lastText = { node, ev };
        emit(ev);
      }
      continue;
    }
    if (node.type === 'comment') {
      const range = offsets(node);
      if (range && source.slice(range[0], range[1]) === `<!--${node.value}-->` && !/[-<>!\r]/.test(node.value)) {
        inert.push({ s: range[0] + 4, e: range[1] - 3, comment: true });
      }
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    let table: TableInfo | undefined;
    if (node.type === 'element') {
      const name = node.tagName;
      if (HIDDEN.has(name)) {
        hiddenInert(node, source, inert);
        continue;
      }
      if (name === 'br') {
        emit({ k: BR, s: at(node), e: 0, v: '', q: quote });
        continue;
      }
      if (name === 'table' && !leave) {
        table = tableInfo(node, step, lastText, emit, source);
        if (table.runs.length > 0) model.active.push(table);
      }
      if (preheader === undefined && !writer.hasText && isPreheader(node)) {
        preheader = node;
        model.preheader = true;
        const start = at(node);
        emit({ k: SYNTH, s: start, e: start, v: 'Subject: ', q: quote });
        stack.push({ node, leave: true, quote });
      } else {
        if (BLOCK.has(name)) emit({ k: BREAK, s: 0, e: 0, v: '', q: quote });
        if (leave) continue;
        if (BLOCK.has(name)) stack.push({ node, leave: true, quote });
      }
      if (!table && TABLE_PARTS.has(name)) table = step.table;
    }
    const inner = node.type === 'element' && isQuote(node) ? quote + 1 : quote;
    const children = node.type === 'element' && node.tagName === 'template' ? [] : node.children;
    const parent = node.type === 'element' ? node.tagName : undefined;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i], quote: inner, parent, prev: children[i - 1], next: children[i + 1], table });
    }
  }
  close();
  for (const group of groups) for (const ev of group.evs) if (ev.foster) ev.foster.group = group;
  if (model.first) model.first.g = groups.find((g) => g.evs.includes(model.first!.ev))!;
  model.view = assemble(groups);
  return model as Model;
}

/**
 * The table's moved-text event: the text node right before the table when
 * there is one, else an empty placeholder written just before the table.
 * When that node already holds text the parser moved out of the table, it is
 * taken apart (decompose); unknown (no move is patched) when that fails or
 * something else before the table reaches into it.
 */
function tableInfo(
  table: Hast.Element,
  step: Step,
  lastText: { node: Node; ev: Ev } | undefined,
  emit: (ev: Ev) => void,
  source: string,
): TableInfo {
  const range = offsets(table);
  const start = range?.[0];
  const prev = step.prev;
  const prevRange = prev ? offsets(prev) : undefined;
  const prefixEv = prev?.type === 'text' && lastText?.node === prev ? lastText.ev : undefined;
  let ev: Ev;
  if (prefixEv) {
    ev = prefixEv;
  } else {
    ev = { k: TEXT, s: start ?? 0, e: start ?? 0, v: '', q: step.quote };
    emit(ev);
  }
  const info: TableInfo = { ev, group: undefined as unknown as Group, known: false, runs: [] };
  ev.foster = info;
  if (start === undefined || (prev && !prevRange) || (prev?.type === 'text' && !prefixEv)) return info;
  if (!prev || prevRange![1] <= start) {
    info.known = true;
    return info;
  }
  if (prev.type !== 'text' || prevRange![0] >= start) return info;
  // The node before the table reaches into it: the text before the table, then runs moved out of it.
  const prefixRaw = source.slice(prevRange![0], start);
  if (/[<&\r]/.test(prefixRaw)) return info;
  const runs = movedRuns(table, source);
  if (!runs || prefixRaw + runs.map((run) => run.v).join('') !== prev.value) return info;
  info.known = true;
  info.prefix = { s: prevRange![0], e: start, v: prefixRaw, plain: true, parent: ev.parent ?? FIXED };
  info.runs = runs;
  ev.moved = movedText(info).moved;
  return info;
}

/**
 * The runs of character data directly inside a table's parts that the parser
 * moved out (text is not a child there unless it is white space): the source
 * between the children of the table, its sections and rows, where no node
 * is. Undefined when a gap holds anything else (markup that is no node, white
 * space that is no node); the caller checks the runs against the moved text.
 */
function movedRuns(table: Hast.Element, source: string): Run[] | undefined {
  const runs: Run[] = [];
  const walk = (element: Hast.Element): boolean => {
    const range = offsets(element);
    const items = flatChildren(element);
    if (items === undefined) return false;
    let cursor: number | undefined;
    if (range) {
      const first = items.length > 0 ? offsets(items[0])![0] : range[1];
      // The start tag ends at the last `>` before the first child (a moved run holds no `>`, or the check fails).
      const end = source.lastIndexOf('>', first - 1) + 1;
      if (end <= range[0]) return false;
      cursor = end;
    }
    for (let i = 0; i <= items.length; i++) {
      const item = items[i];
      const itemRange = item ? offsets(item)! : undefined;
      if (cursor !== undefined) {
        let gapEnd: number;
        if (itemRange) gapEnd = itemRange[0];
        else {
          // After the last child: up to the next markup (the end tag, or whatever closed the element).
          const lt = source.indexOf('<', cursor);
          gapEnd = lt < 0 ? source.length : lt;
          if (range && gapEnd > range[1]) return false;
        }
        if (gapEnd > cursor) {
          const raw = source.slice(cursor, gapEnd);
          if (/[<&\r]/.test(raw) || !hasNonSpace(raw)) return false;
          runs.push({ s: cursor, e: gapEnd, v: raw });
        }
      }
      if (!item) break;
      if (item.type === 'element' && TABLE_PARTS.has(item.tagName) && item.tagName !== 'table') {
        if (!walk(item)) return false;
      }
      cursor = itemRange![1];
    }
    return true;
  };
  return walk(table) ? runs : undefined;
}

/** An element's children, with sections and rows the parser implied (no position) replaced by theirs; undefined when one has no position. */
function flatChildren(element: Hast.Element): Hast.ElementContent[] | undefined {
  const out: Hast.ElementContent[] = [];
  for (const child of element.children) {
    if (!offsets(child)) {
      if (child.type !== 'element' || !TABLE_PARTS.has(child.tagName) || child.tagName === 'table') return undefined;
      const inner = flatChildren(child);
      if (!inner) return undefined;
      out.push(...inner);
    } else {
      out.push(child);
    }
  }
  return out;
}

/** Comments and raw text inside a hidden element: edits there change no view. */
function hiddenInert(element: Hast.Element, source: string, inert: Inert[]): void {
  const stack: Node[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment') {
      const range = offsets(node);
      if (range && source.slice(range[0], range[1]) === `<!--${node.value}-->` && !/[-<>!\r]/.test(node.value)) {
        inert.push({ s: range[0] + 4, e: range[1] - 3, comment: true });
      }
    } else if (node.type === 'element') {
      if (RAW_TEXT.has(node.tagName) && node.children.length === 1 && node.children[0].type === 'text') {
        const child = node.children[0];
        const range = offsets(child);
        if (range && source.slice(range[0], range[1]) === child.value && !/[<&\r]/.test(child.value)) {
          inert.push({ s: range[0], e: range[1], comment: false });
        }
        continue;
      }
      if (node.tagName !== 'template') for (const child of node.children) stack.push(child);
    }
  }
}

/**
 * Whether text moved before a table can reopen no formatting element: each
 * was closed by its own end tag (so the parser's list of them holds none that
 * is closed but still listed) and none was recreated (a recreated one has no
 * source position, or the position of another).
 */
function fosterSafe(tree: Hast.Root, source: string): boolean {
  const starts = new Set<number>();
  const stack: Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element' && FORMATTING.has(node.tagName)) {
      const range = offsets(node);
      if (!range || starts.has(range[0])) return false;
      starts.add(range[0]);
      const tail = source.slice(Math.max(range[0], range[1] - 64), range[1]);
      if (!new RegExp(`</${node.tagName}[^>]*>$`, 'i').test(tail)) return false;
    }
    const children = node.type === 'element' && node.tagName === 'template' ? [] : node.children;
    for (const child of children) stack.push(child);
  }
  return true;
}

/** A group's lowest and highest event offsets. */
function bounds(group: Group): void {
  let min = Infinity;
  let max = -Infinity;
  for (const ev of group.evs) {
    if (ev.k === BREAK || ev.k === DEAD) continue;
    min = Math.min(min, ev.s);
    max = Math.max(max, ev.k === TEXT ? ev.e : ev.s);
  }
  group.min = min;
  group.max = max;
}

/** Writes a group again from `state`. */
function replay(group: Group, source: string, state: WriterState): void {
  const writer = new ViewWriter(source);
  writer.state = state;
  const base = group.base;
  for (const ev of group.evs) {
    switch (ev.k) {
      case TEXT:
        writer.quote = ev.q;
        if (ev.moved) writer.movedText(base + ev.s, ev.v);
        else writer.text(base + ev.s, base + ev.e, ev.v);
        break;
      case BREAK:
        writer.breakBefore(2);
        break;
      case BR:
        writer.lineBreak(base + ev.s);
        break;
      case SYNTH:
        writer.synthesized(ev.v, base + ev.s);
        break;
    }
  }
  const { text, map } = writer.out.arrays();
  group.piece = { text: detach(text), map: base === 0 ? map : map.shifted(-base) };
  group.inState = state;
  group.outState = writer.state;
}

/**
 * The view of the groups as they are now: their texts joined, and each
 * character's source range looked up in its group's piece (a view keeps the
 * pieces and bases it was made from, so findings of an earlier version still
 * map through the view they were found in).
 */
function assemble(groups: readonly Group[], text?: string): DraftView {
  const pieces: Piece[] = [];
  const basesList: number[] = [];
  for (const group of groups) {
    if (group.piece.text.length === 0) continue;
    pieces.push(group.piece);
    basesList.push(group.base);
  }
  const bases = Int32Array.from(basesList);
  const starts = new Int32Array(pieces.length + 1);
  for (let i = 0; i < pieces.length; i++) starts[i + 1] = starts[i] + pieces[i].text.length;
  let hint = 0;
  // The piece holding view character `i` (the last one found first: lookups come in runs).
  const locate = (i: number): number => {
    if (starts[hint] <= i && i < starts[hint + 1]) return hint;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    hint = lo;
    return lo;
  };
  return {
    text: text ?? pieces.map((piece) => piece.text).join(''),
    format: 'email',
    fromAt: (i) => {
      const g = locate(i);
      return pieces[g].map.fromAt(i - starts[g]) + bases[g];
    },
    toAt: (i) => {
      const g = locate(i);
      return pieces[g].map.toAt(i - starts[g]) + bases[g];
    },
    kindAt: (i) => {
      const g = locate(i);
      return pieces[g].map.kindAt(i - starts[g]);
    },
    encodeEdit: encodeHtmlEdit,
    lockedNotes: [],
  };
}

/** The table's moved text: the node before it, then each moved run. */
function movedText(table: TableInfo): { s: number; e: number; v: string; moved: boolean } {
  const { prefix, runs } = table;
  const v = (prefix?.v ?? '') + runs.map((run) => run.v).join('');
  const s = prefix ? prefix.s : runs[0].s;
  const e = runs.length > 0 ? runs[runs.length - 1].e : prefix!.e;
  // Runs lie inside the table and the node before it outside: with two pieces the raw source holds the table's start tag.
  return { s, e, v, moved: runs.length > 0 && (prefix !== null && prefix !== undefined ? true : runs.length > 1) };
}

type Hit =
  | { kind: 'event'; g: Group; ev: Ev }
  | { kind: 'run'; table: TableInfo; run: Run }
  | { kind: 'prefix'; table: TableInfo }
  | { kind: 'inert'; range: Inert };

function position(g: Group, ev: Ev): [number, number] {
  return [g.index, g.evs.indexOf(ev)];
}

function before(x: [number, number], y: [number, number]): number {
  return x[0] - y[0] || x[1] - y[1];
}

/**
 * Whether the text written at `x` may change from `hadText` to `hasText`
 * without changing which element is the preview line; updates the first text.
 */
function firstTextAllows(model: Model, g: Group, ev: Ev, hasText: boolean): boolean | 'first' {
  const here = position(g, ev);
  const order = model.first ? before(here, position(model.first.g, model.first.ev)) : -1;
  if (order > 0) return true;
  if (order === 0) return hasText;
  // Before the first text: a preview line was chosen there, or this text would end the search sooner.
  if (model.preheader) return false;
  return hasText ? 'first' : true;
}

/** Patches the model to `source`; false when the edit cannot be proven local (the model is then untouched). */
function patch(model: Model, source: string): boolean {
  if (!model.patchable) return false;
  const old = model.source;
  const a = commonPrefix(old, source);
  const suffix = commonSuffix(old, source, a);
  const b = old.length - suffix;
  const t = source.slice(a, source.length - suffix);
  const delta = t.length - (b - a);
  if (a === b && t.length === 0) {
    model.source = source;
    return true;
  }
  if (b - a > 4096 || t.length > 4096 || /[<&\r\0]/.test(t) || /[<&\r]/.test(old.slice(a, b))) return false;
  const hits: Hit[] = [];
  for (const table of model.active) {
    const p = table.prefix;
    if (p && p.s <= b && a <= p.e) hits.push({ kind: 'prefix', table });
    for (const run of table.runs) if (run.s <= b && a <= run.e) hits.push({ kind: 'run', table, run });
  }
  for (const g of model.groups) {
    if (g.base + g.max < a || g.base + g.min > b) continue;
    for (const ev of g.evs) {
      if (ev.k === BREAK || ev.k === DEAD || (ev.foster && ev.foster.runs.length > 0)) continue;
      const s = g.base + ev.s;
      const e = ev.k === TEXT ? g.base + ev.e : s;
      if (s <= b && a <= e) hits.push({ kind: 'event', g, ev });
    }
    if (hits.length > 1) return false;
  }
  for (const range of model.inert) if (range.s <= b && a <= range.e) hits.push({ kind: 'inert', range });
  if (hits.length !== 1) return false;
  const hit = hits[0];

  // What changes, decided before anything is touched.
  let container: { s: number; e: number } | undefined;
  let apply: () => void;
  const touched = new Set<TableInfo>();
  if (hit.kind === 'inert') {
    const { range } = hit;
    if (!(range.s <= a && b <= range.e)) return false;
    if (range.comment && /[-<>!]/.test(t)) return false;
    container = range;
    apply = () => undefined;
  } else if (hit.kind === 'event') {
    const { g, ev } = hit;
    const s = g.base + ev.s;
    const e = g.base + ev.e;
    if (ev.k !== TEXT || !ev.plain || !(s <= a && b <= e) || e > model.afterBody) return false;
    if (ev.leading && a === s) return false;
    const value = ev.v.slice(0, a - s) + t + ev.v.slice(b - s);
    const wasText = hasNonSpace(ev.v);
    const isText = hasNonSpace(value);
    if (wasText === isText || ev.parent === FREE) {
      const first = firstTextAllows(model, g, ev, /\S/.test(value));
      if (!first) return false;
      container = { s, e };
      apply = () => {
        ev.v = value;
        if (first === 'first') model.first = { g, ev };
      };
    } else if (ev.parent === IN_TABLE && !wasText && isText && ev.table?.known && model.fosterSafe) {
      // White space in a table turned text: the parser moves the run before the table.
      const table = ev.table;
      const run: Run = { s, e: e + delta, v: value };
      let prefix = table.prefix;
      if (table.runs.length === 0) {
        const f = table.ev;
        prefix = f.v === '' && f.s === f.e ? null : { s: table.group.base + f.s, e: table.group.base + f.e, v: f.v, plain: !!f.plain, parent: f.parent ?? FIXED };
        if (prefix && prefix.v.includes('<')) return false;
      }
      const first = firstTextAllows(model, table.group, table.ev, /\S/.test((prefix?.v ?? '') + value) || table.runs.length > 0);
      if (!first) return false;
      container = run;
      apply = () => {
        ev.k = DEAD;
        g.dirty = true;
        table.prefix = prefix;
        const at = table.runs.findIndex((other) => other.s > run.s);
        table.runs.splice(at < 0 ? table.runs.length : at, 0, run);
        if (!model.active.includes(table)) model.active.push(table);
        touched.add(table);
        if (first === 'first') model.first = { g: table.group, ev: table.ev };
      };
    } else {
      return false;
    }
  } else if (hit.kind === 'run') {
    const { table, run } = hit;
    if (!(run.s <= a && b <= run.e) || run.e > model.afterBody) return false;
    const value = run.v.slice(0, a - run.s) + t + run.v.slice(b - run.s);
    // Text that turns back into white space stays in the table: not modelled.
    if (!hasNonSpace(value)) return false;
    container = run;
    apply = () => {
      run.v = value;
      touched.add(table);
    };
  } else {
    const { table } = hit;
    const p = table.prefix!;
    if (!p.plain || !(p.s <= a && b <= p.e) || p.e > model.afterBody) return false;
    const value = p.v.slice(0, a - p.s) + t + p.v.slice(b - p.s);
    if (hasNonSpace(value) !== hasNonSpace(p.v) && p.parent !== FREE) return false;
    const first = firstTextAllows(model, table.group, table.ev, /\S/.test(value + table.runs.map((run) => run.v).join('')));
    if (!first) return false;
    container = p;
    apply = () => {
      p.v = value;
      touched.add(table);
      if (first === 'first') model.first = { g: table.group, ev: table.ev };
    };
  }

  // Every offset past the edit moves by `delta`; the container's end moves with its text.
  const box = container;
  const map = (x: number): number => (x > b ? x + delta : x);
  for (const g of model.groups) {
    if (g.base + g.max < a) continue;
    if (g.base + g.min > b) {
      g.base += delta;
      continue;
    }
    for (const ev of g.evs) {
      if (ev.k === BREAK || ev.k === DEAD) continue;
      const s = g.base + ev.s;
      const e = g.base + ev.e;
      ev.s = map(s) - g.base;
      ev.e = (hit.kind === 'event' && ev === hit.ev ? e + delta : map(e)) - g.base;
    }
    g.dirty = true;
  }
  for (const table of model.active) {
    for (const piece of [table.prefix, ...table.runs]) {
      if (!piece || piece === box) continue;
      piece.s = map(piece.s);
      piece.e = map(piece.e);
    }
  }
  for (const range of model.inert) {
    if (range === box) continue;
    range.s = map(range.s);
    range.e = map(range.e);
  }
  if (hit.kind !== 'event') box.e += delta;
  if (model.afterBody >= b) model.afterBody += delta;
  apply();
  model.source = source;
  for (const table of touched) {
    const text = movedText(table);
    const { ev, group } = table;
    ev.k = TEXT;
    ev.s = text.s - group.base;
    ev.e = text.e - group.base;
    ev.v = text.v;
    ev.moved = text.moved;
    group.dirty = true;
  }
  // Write the changed groups again, and the ones after them until the writer's state is one they were written from.
  // The view's text: the previous text's stretches of groups written as they were, and the groups written again.
  const previous = model.view.text;
  const parts: string[] = [];
  let kept = -1;
  let at = 0;
  let state = INITIAL;
  for (const g of model.groups) {
    const start = at;
    at += g.piece.text.length;
    if (g.dirty || !sameState(state, g.inState)) {
      if (kept >= 0) parts.push(previous.slice(kept, start));
      kept = -1;
      replay(g, source, state);
      bounds(g);
      g.dirty = false;
      parts.push(g.piece.text);
    } else if (kept < 0) {
      kept = start;
    }
    state = g.outState;
  }
  if (kept >= 0) parts.push(previous.slice(kept, at));
  model.view = assemble(model.groups, parts.join(''));
  return true;
}

/** The draft being edited: its model, for the next version. One at a time (an editor lints the active document). */
let last: Model | undefined;

/** How many versions were patched and how many parsed whole (tests read it). */
export const htmlViewCounts = { patched: 0, parsed: 0 };

/** Forgets the kept model (tests, and a caller that wants the memory back). */
export function clearHtmlViewCache(): void {
  last = undefined;
}

/**
 * The view of an HTML document, as html.ts's `htmlView` reads it, from the
 * previous version's when the edit between them is local.
 */
export function htmlViewIncremental(original: string): DraftView {
  if (last && last.original === original) return last.view;
  // Forgotten while it is patched: a patch cut short (the language server's lint timeout throws
  // inside it) leaves a model half changed, and the next version is then parsed afresh.
  const previous = last;
  last = undefined;
  // A draft without NUL characters, edited by a text without them (patch refuses any), has none:
  // not looking for them saved a scan of the whole draft per keystroke.
  if (previous && previous.source === previous.original && patch(previous, original)) {
    previous.original = original;
    last = previous;
    htmlViewCounts.patched++;
    return previous.view;
  }
  htmlViewCounts.parsed++;
  const model = build(original.includes('\0') ? original.replace(/\0/g, '\uFFFD') : original, original);
  last = model;
  return model.view;
}
