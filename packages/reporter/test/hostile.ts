/** The hostile-text corpus (fixtures/hostile-text.json) that every report is tested against. */
import { readFileSync } from 'node:fs';

/** Hostile names, ids, paths and messages: links, images, HTML, mentions, references, invisible characters, block syntax, one very long. */
export const HOSTILE_TEXT: readonly string[] = JSON.parse(readFileSync(new URL('./fixtures/hostile-text.json', import.meta.url), 'utf8'));
