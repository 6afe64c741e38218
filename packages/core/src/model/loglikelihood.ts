/**
 * Log-likelihood requests as lm-evaluation-harness's HF backend defines them (`_encode_pair`, left
 * truncation to the model's length, log-softmax sums over the continuation), and three plans for
 * computing them: lm-eval's own (one full forward pass per distinct model input), and, for graphs
 * with a key/value cache, shared prefixes within each document, or across documents as a prefix tree
 * over token ids (a few-shot primer runs once for every question that starts with it). Every plan
 * scores exactly the same (position, target) pairs of exactly the same model inputs; only the work differs.
 */
import { FtbenchError } from '../errors.js';
import { pyRstrip } from '../tasks/python-str.js';
import type { TextTokenizer } from './tokenizer.js';

export interface LoglikelihoodRequest {
  context: string;
  continuation: string;
}

export interface TokenizedRequest {
  contextIds: number[];
  continuationIds: number[];
}

/**
 * `ids` (the encoding of `text`) after BOS when the tokenizer adds one, unless the text already starts with
 * the prefix token's text (lm-eval's `has_bos_prefix`: a chat template's own BOS is not doubled).
 */
export function withBos(tokenizer: TextTokenizer, text: string, ids: number[]): number[] {
  return tokenizer.addBosToken && tokenizer.bosTokenId !== null && !text.startsWith(tokenizer.prefixTokenText) ? [tokenizer.bosTokenId, ...ids] : ids;
}

/**
 * lm-eval (v0.4.10+) `_encode_pair` and `loglikelihood`: the context's trailing whitespace, as Python's
 * `str.rstrip()` sees it, moves to the continuation, and the continuation's tokens are those of
 * encode(context + continuation) after encode(context), so merges across the boundary are scored as
 * the model would see them. BOS is not added to a text that already starts with the prefix token's
 * text (`has_bos_prefix`). An empty context is the prefix token (BOS, else EOS) before the continuation
 * encoded without special tokens, unless that encoding already starts with the prefix token: then that
 * token is the context. `encodeContext` lets callers reuse the encoding of a context shared by
 * consecutive requests.
 */
export function tokenizeRequest(
  tokenizer: TextTokenizer,
  request: LoglikelihoodRequest,
  encodeContext: (context: string) => number[] = (context) => tokenizer.encode(context),
): TokenizedRequest {
  if (request.context === '') {
    const ids = tokenizer.encode(request.continuation);
    return ids[0] === tokenizer.prefixTokenId
      ? { contextIds: ids.slice(0, 1), continuationIds: ids.slice(1) }
      : { contextIds: [tokenizer.prefixTokenId], continuationIds: ids };
  }
  const context = pyRstrip(request.context);
  const continuation = request.context.slice(context.length) + request.continuation;
  const whole = withBos(tokenizer, context + continuation, tokenizer.encode(context + continuation));
  const contextIds = withBos(tokenizer, context, encodeContext(context));
  return { contextIds, continuationIds: whole.slice(contextIds.length) };
}

/** tokenizeRequest over a request list, encoding each run of identical contexts once. */
export function tokenizeRequests(tokenizer: TextTokenizer, requests: LoglikelihoodRequest[]): TokenizedRequest[] {
  let last: { context: string; ids: number[] } | null = null;
  const encodeContext = (context: string): number[] => {
    if (last?.context !== context) last = { context, ids: tokenizer.encode(context) };
    return last.ids;
  };
  return requests.map((request) => tokenizeRequest(tokenizer, request, encodeContext));
}

/** Score `target` (token `token` of request `request`'s continuation) at `position` of a row's tokens. */
export interface ScoreSlot {
  request: number;
  token: number;
  position: number;
  target: number;
}

/**
 * A node of a plan: tokens that run from position 0 (a top-level row) or from the end of the row it is a
 * suffix of, on that row's key/value cache; slot positions count from the row's first token. Its
 * suffixes continue from its own cache.
 */
export interface PrefixRow {
  tokens: number[];
  slots: ScoreSlot[];
  suffixes: PrefixRow[];
}

/** Whether lm-eval's window (below) cuts the request's context on the left. */
export function isLeftTruncated({ contextIds, continuationIds }: TokenizedRequest, maxLength: number): boolean {
  return contextIds.length + continuationIds.length > maxLength + 1;
}

/** lm-eval's model input for a request: (context + continuation)[-(maxLength+1):][:-1]. */
function modelInput(request: TokenizedRequest, index: number, maxLength: number): number[] {
  const { contextIds, continuationIds } = request;
  if (continuationIds.length === 0) {
    throw new FtbenchError(`request ${index} has an empty continuation: there is nothing to score`, 'Every answer choice must be a non-empty string.');
  }
  if (continuationIds.length > maxLength) {
    throw new FtbenchError(
      `a continuation of ${continuationIds.length} tokens is longer than the model's maximum length ${maxLength}`,
      'Use a model with a longer context or shorten the answer choices.',
    );
  }
  return [...contextIds, ...continuationIds].slice(-(maxLength + 1)).slice(0, -1);
}

/** The continuation is scored at the input's last positions: position p predicts token p + 1. */
function continuationSlots(request: number, inputLength: number, continuationIds: number[]): ScoreSlot[] {
  const first = inputLength - continuationIds.length;
  return continuationIds.map((target, token) => ({ request, token, position: first + token, target }));
}

/** Lexicographic order of token ids, a prefix first. */
export function compareTokens(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Longest first, then by tokens (lm-eval's `-len(tokens), tuple(tokens)`): batches pad little and OOM shows up first. */
function longestFirst(rows: PrefixRow[]): PrefixRow[] {
  return rows.sort((a, b) => b.tokens.length - a.tokens.length || compareTokens(a.tokens, b.tokens));
}

/** lm-eval's plan: one full row per distinct model input, shared by every request whose input it is. */
export function planFullRows(requests: TokenizedRequest[], maxLength: number): PrefixRow[] {
  const rows = new Map<string, PrefixRow>();
  requests.forEach((request, index) => {
    const input = modelInput(request, index, maxLength);
    const key = input.join(',');
    let row = rows.get(key);
    if (!row) {
      row = { tokens: input, slots: [], suffixes: [] };
      rows.set(key, row);
    }
    row.slots.push(...continuationSlots(index, input.length, request.continuationIds));
  });
  return longestFirst([...rows.values()]);
}

const sameTokens = (a: number[], b: number[]) => a.length === b.length && a.every((t, i) => t === b[i]);

function commonPrefixLength(inputs: number[][]): number {
  let length = Math.min(...inputs.map((input) => input.length));
  for (const input of inputs.slice(1)) {
    let i = 0;
    while (i < length && input[i] === inputs[0][i]) i++;
    length = i;
  }
  return length;
}

/**
 * Requests of one document, as the evaluator emits them: consecutive requests with the same context
 * (multiple choice), or with the same continuation after different contexts (winogrande's partial
 * scoring). Grouping only decides what is shared, never what is scored.
 */
function documentGroups(requests: TokenizedRequest[]): number[][] {
  type Shared = 'context' | 'continuation';
  const groups: { members: number[]; shared: Shared | null }[] = [];
  requests.forEach((request, index) => {
    const group = groups.at(-1);
    const first = group && requests[group.members[0]];
    const shared: Shared | null = !first
      ? null
      : sameTokens(first.contextIds, request.contextIds)
        ? 'context'
        : sameTokens(first.continuationIds, request.continuationIds)
          ? 'continuation'
          : null;
    // A group shares one thing throughout: the next question's first option may repeat this one's (" A").
    if (group && shared && (group.shared ?? shared) === shared) {
      group.members.push(index);
      group.shared = shared;
    } else {
      groups.push({ members: [index], shared: null });
    }
  });
  return groups.map((group) => group.members);
}

/** One prefix row for a group: its longest common input prefix; each input's remainder becomes a suffix row. */
function sharedPrefixRows(group: number[], inputs: number[][], requests: TokenizedRequest[]): PrefixRow[] {
  const shared = commonPrefixLength(group.map((i) => inputs[i]));
  if (shared === 0) {
    return group.map((i) => ({ tokens: inputs[i], slots: continuationSlots(i, inputs[i].length, requests[i].continuationIds), suffixes: [] }));
  }
  const row: PrefixRow = { tokens: inputs[group[0]].slice(0, shared), slots: [], suffixes: [] };
  const suffixes = new Map<string, PrefixRow>();
  for (const i of group) {
    for (const slot of continuationSlots(i, inputs[i].length, requests[i].continuationIds)) {
      if (slot.position < shared) {
        row.slots.push(slot);
        continue;
      }
      // Positions inside the prefix were scored above, from the prefix pass: when the prefix is the whole context,
      // that is how the first continuation token gets scored (the prefix's last position predicts it).
      const tokens = inputs[i].slice(shared);
      const key = tokens.join(',');
      let suffix = suffixes.get(key);
      if (!suffix) {
        suffix = { tokens, slots: [], suffixes: [] };
        suffixes.set(key, suffix);
      }
      suffix.slots.push({ ...slot, position: slot.position - shared });
    }
  }
  row.suffixes = longestFirst([...suffixes.values()]);
  return [row];
}

/**
 * Left truncation shifts each request's window by its own length: only requests whose windows start
 * at the same token see the same prefix at the same positions. Partitions a group by window start.
 */
function sameWindowStart(group: number[], requests: TokenizedRequest[], maxLength: number): number[][] {
  const byStart = new Map<number, number[]>();
  for (const i of group) {
    const start = Math.max(0, requests[i].contextIds.length + requests[i].continuationIds.length - (maxLength + 1));
    byStart.set(start, [...(byStart.get(start) ?? []), i]);
  }
  return [...byStart.values()];
}

/** Shared-prefix plan: per document, its common input prefix runs once and every continuation runs from its cache. */
export function planSharedPrefixes(requests: TokenizedRequest[], maxLength: number): PrefixRow[] {
  const inputs = requests.map((request, index) => modelInput(request, index, maxLength));
  return longestFirst(
    documentGroups(requests)
      .flatMap((group) => sameWindowStart(group, requests, maxLength))
      .flatMap((members) => sharedPrefixRows(members, inputs, requests)),
  );
}

/**
 * A shared run of tokens becomes a node of its own only when it saves at least this many forwarded
 * tokens (length x (suffixes - 1)): a node costs one more pass and a copy of its cache into each
 * suffix's row, which a few tokens do not repay.
 */
const MIN_SHARED_TOKENS = 8;

/** Requests (by index) whose inputs share `inputs[members[*]][0, start)`, sorted by their inputs. */
function trieNode(members: number[], start: number, inputs: number[][], slots: ScoreSlot[][]): PrefixRow {
  const first = inputs[members[0]];
  const last = inputs[members[members.length - 1]];
  // Sorted inputs: the common prefix of the first and the last is that of all of them.
  let end = start;
  while (end < first.length && end < last.length && first[end] === last[end]) end++;
  const node: PrefixRow = { tokens: first.slice(start, end), slots: [], suffixes: [] };
  for (const i of members) {
    for (const slot of slots[i]) if (slot.position >= start && slot.position < end) node.slots.push({ ...slot, position: slot.position - start });
  }
  node.suffixes = branches(
    members.filter((i) => inputs[i].length > end),
    end,
    inputs,
  ).map((group) => trieNode(group, end, inputs, slots));
  return node;
}

/** Sorted members split into runs by their token at `position`. */
function branches(members: number[], position: number, inputs: number[][]): number[][] {
  const runs: number[][] = [];
  for (const i of members) {
    const run = runs.at(-1);
    if (run && inputs[run[0]][position] === inputs[i][position]) run.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * The node as planned rows: itself when its shared tokens repay a node (MIN_SHARED_TOKENS), else its
 * tokens folded into each suffix (its own slots ride on the first), which are then judged in turn.
 */
function worthwhileNodes(node: PrefixRow): PrefixRow[] {
  if (node.suffixes.length === 0) return [node];
  if (node.suffixes.length > 1 && node.tokens.length * (node.suffixes.length - 1) >= MIN_SHARED_TOKENS) {
    return [{ ...node, suffixes: longestFirst(node.suffixes.flatMap(worthwhileNodes)) }];
  }
  const shift = node.tokens.length;
  return node.suffixes.flatMap((suffix, k) =>
    worthwhileNodes({
      tokens: [...node.tokens, ...suffix.tokens],
      slots: [...(k === 0 ? node.slots : []), ...suffix.slots.map((slot) => ({ ...slot, position: slot.position + shift }))],
      suffixes: suffix.suffixes,
    }),
  );
}

/**
 * Prefix-tree plan: the model inputs of all requests (after lm-eval's left truncation) as a tree over
 * token ids, so every shared start runs once, across documents: MMLU's subject header and dev examples,
 * TruthfulQA's primer, a document's context before its options. Two inputs share only tokens that are
 * the same at the same positions from position 0: requests whose truncated windows start at different
 * tokens share nothing. Slots go to the node whose tokens hold their position.
 */
export function planPrefixTree(requests: TokenizedRequest[], maxLength: number): PrefixRow[] {
  const inputs = requests.map((request, index) => modelInput(request, index, maxLength));
  const slots = requests.map((request, i) => continuationSlots(i, inputs[i].length, request.continuationIds));
  const sorted = inputs.map((_, i) => i).sort((a, b) => compareTokens(inputs[a], inputs[b]) || a - b);
  return longestFirst(branches(sorted, 0, inputs).flatMap((group) => worthwhileNodes(trieNode(group, 0, inputs, slots))));
}

/** Tokens a plan forwards: every row of the tree once. */
export function plannedTokens(rows: PrefixRow[]): number {
  return rows.reduce((n, row) => n + row.tokens.length + plannedTokens(row.suffixes), 0);
}
