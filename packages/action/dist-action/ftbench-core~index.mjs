import { n as __esmMin } from "./rolldown-runtime.mjs";
// packages/core/src/text-values.ts
/** How ftbench reads list and yes/no values written as text: CLI flags, action inputs, option values. */
/** The items of a comma- or newline-separated list (a multi-line action input), trimmed, blanks dropped. */
function splitList(text) {
	return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
/**
* true or false as YAML 1.2 and the Actions toolkit's getBooleanInput read them (true, True, TRUE,
* false, False, FALSE); undefined for anything else, which the caller reports with its own name.
*/
function parseBooleanText(text) {
	if (/^(true|True|TRUE)$/.test(text)) return true;
	if (/^(false|False|FALSE)$/.test(text)) return false;
}
function init_text_values() {
	return (init_text_values = __esmMin((() => {})))();
}
export { parseBooleanText as n, splitList as r, init_text_values as t };
