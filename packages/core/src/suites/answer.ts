/** How far into a generated answer a choice letter is looked for. */
export const ANSWER_SEARCH_WINDOW = 20;

/** A capital A–Z with no letter, digit or underscore on either side (so not the "B" of "Because"). */
const STANDALONE_LETTER = /(?<![\p{L}\p{N}_])[A-Z](?![\p{L}\p{N}_])/gu;

/**
 * The choice a generated answer names: the first standalone choice letter (A.. up to numChoices)
 * within the first 20 characters, so "B", "(B)", "B.", "Answer: B" count and "Because" does not.
 * Null when none is found (unparseable). Leading whitespace is skipped first: after "Answer:"
 * models usually start with a space or newline, which should not eat the window.
 */
export function parseGeneratedAnswer(text: string, numChoices: number): number | null {
  const window = [...text.trimStart()].slice(0, ANSWER_SEARCH_WINDOW).join('');
  for (const match of window.matchAll(STANDALONE_LETTER)) {
    const index = match[0].charCodeAt(0) - 65;
    if (index < numChoices) return index;
  }
  return null;
}
