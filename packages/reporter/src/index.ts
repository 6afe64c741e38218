export { escapeMarkdown, MAX_ESCAPED_LENGTH } from './escape.js';
export { runFactsFrom, type RunFacts, type RunSide } from './facts.js';
export { runNotes } from './notes.js';
export { formatDuration, formatPValue, formatScore, formatSignedPoints } from './format.js';
export {
  COMMENT_BUDGET,
  GITHUB_COMMENT_LIMIT,
  JOB_SUMMARY_BUDGET,
  clipToBudget,
  regressionMessage,
  renderComment,
  renderJobSummary,
  renderScoresComment,
  renderScoresSummary,
  type RenderOptions,
  type RunContext,
} from './render.js';
export { adviceLines, markdownForTerminal, renderVariants, terminalSafe, variantsTable, type CompareFormat } from './compare.js';
export { divergingBars, mermaidTradeoffChart, mermaidTrajectoryChart, tradeoffSvg } from './chart.js';
export { SHOWN_ITERATIONS, renderHistory, type HistoryRenderOptions } from './history.js';
