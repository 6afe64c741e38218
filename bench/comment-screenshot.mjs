// @ts-check
/**
 * The PR comment as a person sees it: the realistic check of test/loop/realistic.ts (MMLU's 57
 * subjects, HellaSwag, ARC, TruthfulQA, a suite with categories) rendered by a GFM renderer
 * (marked) in a 920-px column styled like GitHub's, measured and screenshotted by headless
 * Chromium. Prints each variant's length in characters and rendered height in pixels; writes
 * the Markdown, the HTML and docs/pr-comment.png.
 *
 *   npm run build && node_modules/.bin/node bench/comment-screenshot.mjs [--out DIR]
 *
 * Needs Node >= 22.18 (it imports the TypeScript fixture; the repository's node_modules has Node 24)
 * and a Chromium on PATH (Debian: apt-get install chromium). FTBENCH_BEFORE_REPORTER may name
 * another build of @ftbench/reporter's dist/index.js to measure its comment on the same data.
 * Mermaid blocks show as code here; GitHub draws them as charts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { compareResults, emptyHistory } from '@ftbench/core';
import { runFactsFrom } from '@ftbench/reporter';
import { buildReports } from '../packages/action/dist/report.js';
import { GATES, realisticRuns } from '../test/loop/realistic.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : mkdtempSync(path.join(tmpdir(), 'ftbench-comment-'));
mkdirSync(out, { recursive: true });
const COLUMN = 920;

/** GitHub's comment typography, near enough to judge wrapping and height. */
const CSS = `
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: ${COLUMN}px; padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; word-wrap: break-word; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
h3:first-child { margin-top: 0; }
p, ul, table, details, pre { margin: 0 0 16px; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; font-variant: tabular-nums; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
pre { padding: 16px; background: #f6f8fa; border-radius: 6px; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; overflow: auto; }
summary { cursor: pointer; }
`;

function page(markdown) {
  // The height lands in the title, where --dump-dom can read it.
  return `<!doctype html><html><head><meta charset="utf-8"><title>0</title><style>${CSS}</style></head>
<body><div class="comment">${marked.parse(markdown, { gfm: true })}</div>
<script>document.title = String(document.querySelector('.comment').getBoundingClientRect().height)</script></body></html>`;
}

const chromium = (args) =>
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });

function measure(name, markdown, screenshot) {
  const mdFile = path.join(out, `${name}.md`);
  const htmlFile = path.join(out, `${name}.html`);
  writeFileSync(mdFile, markdown);
  writeFileSync(htmlFile, page(markdown));
  const url = pathToFileURL(htmlFile).href;
  const dom = chromium([`--window-size=${COLUMN},2000`, '--dump-dom', url]);
  const height = Math.ceil(Number(/<title>([\d.]+)<\/title>/.exec(dom)?.[1]));
  if (screenshot) chromium([`--window-size=${COLUMN},${height}`, `--screenshot=${screenshot}`, url]);
  process.stdout.write(`${name}: ${markdown.length} characters, ${height} px high at ${COLUMN} px (${mdFile})\n`);
}

const { baseline, candidate } = await realisticRuns();
const input = { baseline, candidate, gates: GATES, baselineCacheHit: true, withoutBaseline: [], why: '' };

if (process.env.FTBENCH_BEFORE_REPORTER) {
  const before = await import(pathToFileURL(path.resolve(process.env.FTBENCH_BEFORE_REPORTER)).href);
  measure('before', before.renderComment(compareResults(baseline, candidate, GATES), runFactsFrom(baseline, candidate, true)));
}
measure('after', buildReports(input).comment, path.join(repoRoot, 'docs/pr-comment.png'));

let history = emptyHistory(42);
let withHistory = '';
for (let i = 0; i < 20; i++) {
  const sha = i.toString(16).padStart(2, '0').repeat(20);
  /** @type {import('@ftbench/core').StopSettings} */
  const stop = { minGain: 1, bestBalance: 'within-limits' };
  const reports = buildReports({
    ...input,
    history: { before: history, sha, time: `2026-12-01T${String(i).padStart(2, '0')}:00:00.000Z`, stop, commitBaseUrl: 'https://github.com/acme/llm/commit/' },
  });
  history = /** @type {import('@ftbench/core').PrHistory} */ (reports.history);
  withHistory = reports.comment;
}
measure('after-20-pushes', withHistory);
