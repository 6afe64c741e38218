/**
 * When to stop fine-tuning, by the rule fine-tuners write in their notes: stop when the target
 * tasks meet their goal, the general regression is within its limits, and another round gained
 * less than `min-gain` points. Each criterion is reported with its numbers, met or not.
 */
import type { BestBalanceRule, TradeoffPoint } from './tradeoff.js';
import { formatScore } from './format.js';

/** The `stop:` section of ftbench.yml. */
export interface StopSettings {
  /** Below this many points of task gain over the previous iteration, another round is not worth it. */
  minGain: number;
  bestBalance: BestBalanceRule;
}

export const DEFAULT_STOP_SETTINGS: StopSettings = { minGain: 1, bestBalance: 'within-limits' };

export interface StopCriterion {
  name: 'target' | 'general' | 'marginal-gain';
  /** null: the criterion cannot be judged (no goal set, no limits set, no previous iteration). */
  met: boolean | null;
  /** One line with the numbers. */
  text: string;
}

/**
 * stop: all that can be judged says stop. target-met: the goal is reached within limits, but the last
 * round still gained min-gain or more. plateau: the last round gained less than min-gain and the
 * goal is not reached. back-off: a general benchmark dropped past its limit. continue: otherwise.
 */
export type StopVerdict = 'stop' | 'target-met' | 'plateau' | 'back-off' | 'continue';

export interface StopAdvice {
  verdict: StopVerdict;
  /** What to do, in one sentence. */
  summary: string;
  criteria: StopCriterion[];
}

/** Goals and limits a criterion line names; the rest are counted, so a config with many gates keeps the advice short. */
const LISTED = 6;
const listed = (parts: readonly string[], failing: number) =>
  parts.length <= LISTED
    ? parts.join('; ')
    : `${parts.slice(0, LISTED).join('; ')}; and ${parts.length - LISTED} more (${failing} of all ${parts.length} not met)`;

const points = (value: number) => `${value >= 0.05 ? '+' : value <= -0.05 ? '−' : '±'}${Math.abs(value).toFixed(1)}`;
const percent = (value: number, scale: number) => (scale === 100 ? `${(value * 100).toFixed(1)} %` : formatScore(value, scale));

function targetCriterion(current: TradeoffPoint): StopCriterion {
  if (current.goals.length === 0) return { name: 'target', met: null, text: 'Target: no goal set (give a target task `target:` or `min:` in ftbench.yml)' };
  // Unmet goals first: they are what the line is for.
  const goals = [...current.goals].sort((a, b) => Number(a.reached) - Number(b.reached));
  const parts = goals.map(
    (goal) =>
      `${goal.label} ${goal.value === null ? 'missing' : percent(goal.value, goal.pointsScale)} (goal ${percent(goal.goal, goal.pointsScale)}, ${goal.reached ? 'reached' : 'not reached'})`,
  );
  return { name: 'target', met: goals.every((goal) => goal.reached), text: `Target: ${listed(parts, goals.filter((goal) => !goal.reached).length)}` };
}

function generalCriterion(current: TradeoffPoint): StopCriterion {
  if (current.limits.length === 0) {
    const worst = current.worstGeneral === null ? 'no general benchmark dropped' : `worst drop ${current.worstGeneral} ${points(-current.generalDrop)} points`;
    return { name: 'general', met: null, text: `General: no drop limit set on a general benchmark (${worst})` };
  }
  const limits = [...current.limits].sort((a, b) => Number(a.within) - Number(b.within));
  const parts = limits.map(
    (limit) =>
      `${limit.label} ${limit.points === null ? 'not compared' : `${points(limit.points)} points`} (${limit.limits}, ${limit.within ? 'within' : 'past the limit'})`,
  );
  return { name: 'general', met: limits.every((limit) => limit.within), text: `General: ${listed(parts, limits.filter((limit) => !limit.within).length)}` };
}

function marginalCriterion(current: TradeoffPoint, previous: TradeoffPoint | null, minGain: number): StopCriterion {
  if (previous === null) return { name: 'marginal-gain', met: null, text: 'Marginal gain: no previous iteration to compare with' };
  if (current.taskGain === null || previous.taskGain === null) {
    return { name: 'marginal-gain', met: null, text: `Marginal gain: no task gain to compare with ${previous.name} (no target task was compared)` };
  }
  const gain = current.taskGain - previous.taskGain;
  const below = gain < minGain;
  return {
    name: 'marginal-gain',
    met: below,
    text: `Marginal gain: ${points(gain)} points of task gain vs ${previous.name} (${below ? 'below' : 'at or above'} min-gain ${minGain.toFixed(1)})`,
  };
}

/** The advice for `current`, the latest iteration, given the one before it (null for the first). */
export function stopAdvice(current: TradeoffPoint, previous: TradeoffPoint | null, settings: StopSettings = DEFAULT_STOP_SETTINGS): StopAdvice {
  const target = targetCriterion(current);
  const general = generalCriterion(current);
  const marginal = marginalCriterion(current, previous, settings.minGain);
  const criteria = [target, general, marginal];
  const advice = (verdict: StopVerdict, summary: string): StopAdvice => ({ verdict, summary, criteria });
  if (general.met === false)
    return advice(
      'back-off',
      `Back off: ${current.name} costs more general ability than the limits allow; a milder fine-tune (fewer epochs, a lower rank or learning rate) is the next try.`,
    );
  if (target.met === true && marginal.met === false)
    return advice(
      'target-met',
      `Target met within limits; ${current.name} still gained ${settings.minGain.toFixed(1)}+ points over the last round, so one more round may still pay.`,
    );
  if (target.met === true)
    return advice('stop', `Stop: ${current.name} meets the target within the limits${marginal.met === true ? ', and another round gains little' : ''}.`);
  if (marginal.met === true) {
    return target.met === false
      ? advice(
          'plateau',
          `Plateau: the last round gained less than ${settings.minGain.toFixed(1)} point${settings.minGain === 1 ? '' : 's'} and the target is not reached; more of the same will not get there.`,
        )
      : advice('stop', 'Stop: the last round gained less than min-gain, and no goal asks for more.');
  }
  return advice('continue', target.met === false ? 'Continue: the target is not reached yet.' : 'Continue: nothing says stop yet.');
}
