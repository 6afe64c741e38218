/**
 * The fine-tuner's loop outside GitHub: `ftbench check` (the PR check on two results files) and
 * `ftbench compare` (many variants against one baseline). The CLI loads this module when one of
 * those commands runs (it needs ftbench.yml and the reporter, which depend on core). A check builds
 * its reports with the action's own buildReports, so it prints exactly the comment the action posts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_STOP_SETTINGS,
  FtbenchError,
  HubClient,
  compareVariants,
  loadSuiteAt,
  parseResults,
  parseTaskRef,
  validateGate,
  variantsTradeoff,
  type EvalResults,
  type GateConfig,
  type StopSettings,
  type Variant,
} from '@ftbench/core';
import { markdownForTerminal, renderVariants, tradeoffSvg } from '@ftbench/reporter';
import { checkGateTargets, gateConfigs, loadConfig, registryScores, suiteScores, type FtbenchConfig, type ReportedScores } from './config.js';
import { buildReports, type Reports } from './report.js';
import { assertWholeResults } from './whole-results.js';

/** A loaded suite as results, gates and cache keys name it, with what its results will report. */
export interface LoadedSuite {
  name: string;
  version: string;
  reported: ReportedScores;
}

/** Loads every suite up front (a broken suite fails before any scoring) and names it as results and gates do. */
export async function loadSuites(config: FtbenchConfig): Promise<Map<string, LoadedSuite>> {
  const suites = new Map<string, LoadedSuite>();
  for (const { task } of config.tasks) {
    const ref = parseTaskRef(task);
    if (ref.kind !== 'suite') continue;
    const suite = await loadSuiteAt(ref.location, () => new HubClient());
    suites.set(task, { name: suite.name, version: suite.version, reported: suiteScores(suite, config.options) });
  }
  return suites;
}

/** The config's gates as results name their targets, each target checked against what its task reports. */
export async function configuredGates(config: FtbenchConfig, file: string, suites: ReadonlyMap<string, LoadedSuite>): Promise<GateConfig[]> {
  const registered = await registryScores();
  checkGateTargets(config, file, (task) => suites.get(task)?.reported ?? registered(task));
  const gates = gateConfigs(config.tasks, new Map([...suites].map(([task, suite]) => [task, suite.name])));
  gates.forEach(validateGate);
  return gates;
}

/** A whole run's results file as `ftbench eval --output` writes it; unreadable or invalid files, and shards' files, are a one-line user error. */
export function readResultsFile(file: string): EvalResults {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FtbenchError(`cannot read the results file ${file}${code ? ` (${code})` : ''}`, 'Pass a file that ftbench eval --output wrote.');
  }
  const results = parseResults(text, file);
  assertWholeResults(results, file);
  return results;
}

/** The gates and stop settings of a config file; none without one. */
async function settingsOf(configFile: string | undefined): Promise<{ gates: GateConfig[]; stop: StopSettings }> {
  if (configFile === undefined) return { gates: [], stop: DEFAULT_STOP_SETTINGS };
  const config = loadConfig(configFile);
  return { gates: await configuredGates(config, configFile, await loadSuites(config)), stop: config.stop };
}

/** `ftbench check`: the reports the action builds (buildReports), from two results files and the config. */
export async function checkFiles(options: { baseline: string; candidate: string; config?: string }): Promise<Reports> {
  const baseline = readResultsFile(options.baseline);
  const candidate = readResultsFile(options.candidate);
  const { gates } = await settingsOf(options.config);
  return buildReports({ baseline, candidate, gates, baselineCacheHit: false, withoutBaseline: [], why: '' });
}

/** A comment printed for a person at a terminal (the demo), not for posting. */
export { markdownForTerminal };

/** A variant's name: the `--name` recorded at eval time, else the file's name without .json. */
export function variantName(results: EvalResults, file: string): string {
  return results.name ?? path.basename(file).replace(/\.json$/i, '');
}

export interface CompareOutput {
  terminal: string;
  markdown: string;
  svg: string;
  /** What --json writes: the table, the trade-off and the advice as data. */
  json: unknown;
}

export async function compareFiles(options: { files: readonly string[]; config?: string; categories?: boolean }): Promise<CompareOutput> {
  if (options.files.length < 2) {
    throw new FtbenchError(
      `ftbench compare needs the baseline's results and at least one variant's (got ${options.files.length} file${options.files.length === 1 ? '' : 's'})`,
      'e.g. ftbench compare base.json r8-ep3.json r16-ep3.json',
    );
  }
  const [baseline, ...variants] = options.files.map((file): Variant => {
    const results = readResultsFile(file);
    return { name: variantName(results, file), results };
  });
  const names = [baseline, ...variants].map((variant) => variant.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined)
    throw new FtbenchError(`two results files are both named "${repeated}"`, 'Give each model its own --name at eval time, or rename one of the files.');
  const { gates, stop } = await settingsOf(options.config);
  const table = compareVariants(baseline, variants, gates, { categories: options.categories });
  const tradeoff = variantsTradeoff(table, gates, stop);
  return {
    terminal: renderVariants(table, tradeoff, 'terminal'),
    markdown: renderVariants(table, tradeoff, 'markdown'),
    svg: tradeoffSvg(tradeoff.points, tradeoff.pareto),
    json: {
      baseline: baseline.name,
      columns: table.columns,
      variants: table.rows.slice(1).map((row, i) => ({
        name: row.name,
        cells: row.cells.map((cell, c) => ({ ...table.columns[c], value: cell.value, delta: cell.row?.comparable ? cell.row.delta : null })),
        passed: row.comparison?.passed ?? null,
        tradeoff: tradeoff.points[i],
        pareto: tradeoff.pareto[i],
        bestBalance: tradeoff.best === i,
      })),
      stop: { settings: stop, advice: tradeoff.advice },
    },
  };
}
