/** How ftbench reads list and yes/no values written as text: CLI flags, action inputs, option values. */

/** The items of a comma- or newline-separated list (a multi-line action input), trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * true or false as YAML 1.2 and the Actions toolkit's getBooleanInput read them (true, True, TRUE,
 * false, False, FALSE); undefined for anything else, which the caller reports with its own name.
 */
export function parseBooleanText(text: string): boolean | undefined {
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  return undefined;
}
