/**
 * Makes text that comes from users or data (task, group and category names, gate targets,
 * reasons quoting them) inert in a GitHub comment, inside table cells and out:
 * - `\` is escaped first, so a name ending in a backslash cannot un-escape the pipe after it;
 * - `|` → `\|`: GFM splits table cells before inline parsing, so this holds even in code spans;
 * - line breaks → a space: a newline would end the table row (and the list item);
 * - `&`, `<`, `>` → entities: no raw HTML, and no HTML comment that could fake the sticky marker;
 * - `` ` `` → `` \` ``: no code span swallowing the rest of the line;
 * - `@` → `@&#8203;` (a zero-width space after the at sign): GitHub no longer sees a mention, so
 *   nobody is pinged, and the text still reads `@team`. Backticks would also stop the mention
 *   but show the entities above literally, since code spans do not decode them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/@/g, '@&#8203;');
}
