import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS;
function init_html() {
	return (init_html = __esmMin((() => {
		HTML_PATTERNS = [
			{
				id: "html-script-open",
				description: "<script opening tag",
				pattern: /<script[\s>/]/i
			},
			{
				id: "html-script-close",
				description: "<\/script closing tag",
				pattern: /<\/script[\s>]/i
			},
			{
				id: "html-javascript-protocol",
				description: "javascript: URI scheme (with optional whitespace/encoding)",
				pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
			},
			{
				id: "html-vbscript-protocol",
				description: "vbscript: URI scheme",
				pattern: /vbscript[\t\n\r ]*:/i
			},
			{
				id: "html-data-html",
				description: "data:text/html URI — can execute scripts in browsers",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
			},
			{
				id: "html-data-xhtml",
				description: "data:application/xhtml+xml URI",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
			},
			{
				id: "html-data-svg",
				description: "data:image/svg+xml URI — can execute scripts",
				pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
			},
			{
				id: "html-inline-event-handler",
				description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
				pattern: /\bon\w{1,30}\s*=/i
			},
			{
				id: "html-entity-obfuscated-script",
				description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
				pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
			},
			{
				id: "html-entity-obfuscated-javascript",
				description: "HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for \"j\")",
				pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
			},
			{
				id: "html-style-expression",
				description: "CSS expression() — IE-era code execution in style attributes",
				pattern: /style[\s\S]{0,20}expression\s*\(/i
			},
			{
				id: "html-object-embed",
				description: "<object or <embed tags that can load active content",
				pattern: /<(?:object|embed)[\s>/]/i
			},
			{
				id: "html-base-tag",
				description: "<base href= — can hijack all relative URLs on a page",
				pattern: /<base[\s>]/i
			},
			{
				id: "html-meta-refresh",
				description: "<meta http-equiv=\"refresh\" — can redirect users",
				pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
			},
			{
				id: "html-srcdoc",
				description: "srcdoc= attribute on iframes — embeds HTML that can run scripts",
				pattern: /srcdoc\s*=/i
			},
			{
				id: "html-iframe",
				description: "<iframe tag",
				pattern: /<iframe[\s>/]/i
			},
			{
				id: "html-form",
				description: "<form tag — can be used for phishing / credential harvesting injection",
				pattern: /<form[\s>/]/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS;
function init_xml() {
	return (init_xml = __esmMin((() => {
		XML_PATTERNS = [
			{
				id: "xml-cdata-injection",
				description: "CDATA section injection: <![CDATA[ breaks out of text node context",
				pattern: /<!\[CDATA\[/i
			},
			{
				id: "xml-cdata-close",
				description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
				pattern: /\]\]>/
			},
			{
				id: "xml-processing-instruction",
				description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
				pattern: /<\?(?:xml[\- ]|php|asp)/i
			},
			{
				id: "xml-doctype-injection",
				description: "DOCTYPE declaration embedded in content — can define entities",
				pattern: /<!DOCTYPE(?:[\s[]|$)/i
			},
			{
				id: "xml-entity-system",
				description: "SYSTEM keyword — used in external entity declarations (XXE)",
				pattern: /\bSYSTEM\s+["']/i
			},
			{
				id: "xml-entity-public",
				description: "PUBLIC keyword — used in external entity declarations (XXE)",
				pattern: /\bPUBLIC\s+["']/i
			},
			{
				id: "xml-entity-declaration",
				description: "<!ENTITY declaration — defines entities, potential XXE or entity expansion",
				pattern: /<!ENTITY[\s%]/i
			},
			{
				id: "xml-billion-laughs",
				description: "Entity reference chaining / billion laughs: repeated &eX; style references",
				pattern: /(?:&\w{1,20};){3,}/
			},
			{
				id: "xml-namespace-confusion",
				description: "xmlns: attribute injection — can redefine namespaces to confuse parsers",
				pattern: /\bxmlns(?::\w{1,40})?\s*=/i
			},
			{
				id: "xml-comment-injection",
				description: "<!-- comment injection — can hide content from some parsers",
				pattern: /<!--/
			},
			{
				id: "xml-comment-close",
				description: "--> closes an enclosing XML comment",
				pattern: /-->/
			},
			{
				id: "xml-pi-close",
				description: "?> closes an enclosing processing instruction",
				pattern: /\?>/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS;
function init_svg() {
	return (init_svg = __esmMin((() => {
		SVG_PATTERNS = [
			{
				id: "svg-script-element",
				description: "<script element inside SVG executes JavaScript",
				pattern: /<script[\s>/]/i
			},
			{
				id: "svg-xlink-href-javascript",
				description: "xlink:href with javascript: — classic SVG XSS via <a> or <use>",
				pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-href-javascript",
				description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
				pattern: /href\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-foreignobject",
				description: "<foreignObject embeds HTML inside SVG — can execute scripts",
				pattern: /<foreignObject[\s>/]/i
			},
			{
				id: "svg-use-external",
				description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
				pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
			},
			{
				id: "svg-animate-href",
				description: "<animate attributeName=\"href\" — can dynamically change href to javascript:",
				pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
			},
			{
				id: "svg-animate-xlinkhref",
				description: "<animate attributeName=\"xlink:href\"",
				pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
			},
			{
				id: "svg-set-javascript",
				description: "<set to=\"javascript:...\" — sets an attribute to a javascript: URI",
				pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
			},
			{
				id: "svg-event-handler",
				description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
				pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
			},
			{
				id: "svg-handler-generic",
				description: "Generic on* handler catch-all for SVG attributes",
				pattern: /\bon\w{1,30}\s*=/i
			},
			{
				id: "svg-filter-feimage",
				description: "<feImage href= — filter primitive that can load external resources",
				pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
			},
			{
				id: "svg-image-external",
				description: "<image xlink:href with http/https or javascript protocol",
				pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
			},
			{
				id: "svg-style-javascript",
				description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
				pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS;
function init_sql() {
	return (init_sql = __esmMin((() => {
		SQL_PATTERNS = [
			{
				id: "sql-block-comment-open",
				description: "SQL block comment open: /* ... */ — unusual in legitimate user text",
				pattern: /\/\*/
			},
			{
				id: "sql-union-select",
				description: "UNION SELECT — most common SQL injection aggregation attack",
				pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
			},
			{
				id: "sql-drop-table",
				description: "DROP TABLE — destructive DDL injection",
				pattern: /\bDROP\s{1,20}TABLE\b/i
			},
			{
				id: "sql-drop-database",
				description: "DROP DATABASE — destructive DDL injection",
				pattern: /\bDROP\s{1,20}DATABASE\b/i
			},
			{
				id: "sql-insert-into",
				description: "INSERT INTO — data injection",
				pattern: /\bINSERT\s{1,20}INTO\b/i
			},
			{
				id: "sql-delete-from",
				description: "DELETE FROM — data deletion injection",
				pattern: /\bDELETE\s{1,20}FROM\b/i
			},
			{
				id: "sql-update-set",
				description: "UPDATE ... SET — data modification injection",
				pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
			},
			{
				id: "sql-exec-xp",
				description: "EXEC xp_ — MSSQL extended stored procedure execution",
				pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
			},
			{
				id: "sql-tautology-string",
				description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
				pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
			},
			{
				id: "sql-tautology-numeric",
				description: "Numeric tautology: OR 1=1",
				pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
			},
			{
				id: "sql-always-true-zero",
				description: "Numeric tautology: OR 0=0",
				pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
			},
			{
				id: "sql-sleep-benchmark",
				description: "Time-based blind injection: SLEEP() or BENCHMARK()",
				pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
			},
			{
				id: "sql-waitfor-delay",
				description: "MSSQL time-based blind injection: WAITFOR DELAY",
				pattern: /\bWAITFOR\s{1,20}DELAY\b/i
			},
			{
				id: "sql-char-function",
				description: "CHAR() function — used to obfuscate injected strings",
				pattern: /\bCHAR\s*\(\s*\d{1,3}/i
			},
			{
				id: "sql-information-schema",
				description: "INFORMATION_SCHEMA — reconnaissance query for table/column enumeration",
				pattern: /\bINFORMATION_SCHEMA\b/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS;
function init_shell() {
	return (init_shell = __esmMin((() => {
		SHELL_PATTERNS = [
			{
				id: "shell-path-traversal-unix",
				description: "Unix path traversal: ../  — climbing the directory tree",
				pattern: /\.\.\//
			},
			{
				id: "shell-path-traversal-windows",
				description: "Windows path traversal: ..\\ — climbing the directory tree",
				pattern: /\.\.\\/
			},
			{
				id: "shell-path-traversal-encoded",
				description: "URL-encoded path traversal: %2e%2e or %2f variants",
				pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
			},
			{
				id: "shell-null-byte",
				description: "Null byte injection: \\x00 or %00 — truncates strings in C-backed functions",
				pattern: /\x00|%00/
			},
			{
				id: "shell-semicolon",
				description: "Semicolon command separator: cmd1; cmd2",
				pattern: /;/
			},
			{
				id: "shell-pipe",
				description: "Pipe operator: cmd1 | cmd2",
				pattern: /\|/
			},
			{
				id: "shell-and-operator",
				description: "AND operator: cmd1 && cmd2",
				pattern: /&&/
			},
			{
				id: "shell-or-operator",
				description: "OR operator: cmd1 || cmd2",
				pattern: /\|\|/
			},
			{
				id: "shell-backtick",
				description: "Backtick command substitution: `cmd`",
				pattern: /`/
			},
			{
				id: "shell-dollar-paren",
				description: "Dollar-paren command substitution: $(cmd)",
				pattern: /\$\(/
			},
			{
				id: "shell-dollar-brace",
				description: "Dollar-brace variable expansion: ${var} — can be abused for injection",
				pattern: /\$\{/
			},
			{
				id: "shell-redirect-out",
				description: "Output redirection: cmd > file or cmd >> file",
				pattern: />{1,2}/
			},
			{
				id: "shell-redirect-in",
				description: "Input redirection: cmd < file",
				pattern: /</
			},
			{
				id: "shell-newline-injection",
				description: "Newline injection: \\n or \\r — can inject new shell commands",
				pattern: /[\n\r]/
			},
			{
				id: "shell-glob-star",
				description: "Glob expansion: * or ? — can expand to unintended files",
				pattern: /[/\\][*?]/
			},
			{
				id: "shell-absolute-root",
				description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
				pattern: /^(?:\/|\\\\)/
			},
			{
				id: "shell-windows-drive",
				description: "Windows drive letter path injection: C:\\ or D:/",
				pattern: /^[a-zA-Z]:[/\\]/
			},
			{
				id: "shell-curl-wget",
				description: "curl/wget with URL or flags — can exfiltrate data or download payloads",
				pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS;
function init_redos() {
	return (init_redos = __esmMin((() => {
		REDOS_PATTERNS = [
			{
				id: "redos-nested-quantifier-plus",
				description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
				pattern: /\([^)]*\+[^)]*\)[+*]/
			},
			{
				id: "redos-nested-quantifier-star",
				description: "Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking",
				pattern: /\([^)]*\*[^)]*\)[*+]/
			},
			{
				id: "redos-nested-groups",
				description: "Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic",
				pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
			},
			{
				id: "redos-alternation-overlap",
				description: "Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths",
				pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
			},
			{
				id: "redos-star-plus-concat",
				description: "(x*x)+ pattern — triggers super-linear backtracking",
				pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
			},
			{
				id: "redos-dot-star-greedy",
				description: "(.*){n,} or (.+){n,} — repeated greedy dot quantifiers",
				pattern: /\(\.[*+]\)\{?\d/
			},
			{
				id: "redos-large-repetition",
				description: "Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking",
				pattern: /\{\d{4,}(?:,\d*)?\}/
			},
			{
				id: "redos-catastrophic-alternation",
				description: "Long alternation with many similar branches — polynomial backtracking risk",
				pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/nosql.js
var sep, NOSQL_PATTERNS;
function init_nosql() {
	return (init_nosql = __esmMin((() => {
		sep = "[\"'\\s]*:";
		NOSQL_PATTERNS = [
			{
				id: "nosql-where-operator",
				description: "$where — executes arbitrary JavaScript server-side in MongoDB",
				pattern: new RegExp(`\\$where${sep}`, "i")
			},
			{
				id: "nosql-ne-operator",
				description: "$ne — \"not equal\" operator used to bypass equality checks",
				pattern: new RegExp(`\\$ne${sep}`, "i")
			},
			{
				id: "nosql-gt-operator",
				description: "$gt — \"greater than\" used to bypass password/value checks",
				pattern: new RegExp(`\\$gte?${sep}`, "i")
			},
			{
				id: "nosql-lt-operator",
				description: "$lt / $lte — \"less than\" bypass variants",
				pattern: new RegExp(`\\$lte?${sep}`, "i")
			},
			{
				id: "nosql-regex-operator",
				description: "$regex — can be used to extract data character by character (blind injection)",
				pattern: new RegExp(`\\$regex${sep}`, "i")
			},
			{
				id: "nosql-or-operator",
				description: "$or — logical OR; used to create always-true conditions",
				pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-and-operator",
				description: "$and — logical AND operator injection",
				pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-nor-operator",
				description: "$nor — logical NOR operator injection",
				pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-exists-operator",
				description: "$exists — can enumerate fields to determine schema",
				pattern: new RegExp(`\\$exists${sep}`, "i")
			},
			{
				id: "nosql-in-operator",
				description: "$in — matches any value in a list; can enumerate values",
				pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
			},
			{
				id: "nosql-expr-operator",
				description: "$expr — allows aggregation expressions in queries (MongoDB 3.6+)",
				pattern: new RegExp(`\\$expr${sep}`, "i")
			},
			{
				id: "nosql-function-operator",
				description: "$function — executes arbitrary JavaScript in MongoDB 4.4+",
				pattern: new RegExp(`\\$function${sep}`, "i")
			},
			{
				id: "nosql-accumulator-operator",
				description: "$accumulator — custom aggregation with arbitrary JS execution",
				pattern: new RegExp(`\\$accumulator${sep}`, "i")
			},
			{
				id: "nosql-proto-pollution",
				description: "__proto__ — prototype pollution via object key injection",
				pattern: /__proto__/
			},
			{
				id: "nosql-constructor-prototype",
				description: "constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)",
				pattern: /constructor[\s"':.,{\[]*prototype/i
			},
			{
				id: "nosql-proto-bracket",
				description: "[\"__proto__\"] — bracket-notation prototype pollution",
				pattern: /\[["']__proto__["']\]/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS;
function init_log() {
	return (init_log = __esmMin((() => {
		LOG_PATTERNS = [
			{
				id: "log-crlf-injection",
				description: "CRLF injection: literal \\r or \\n embeds fake log lines",
				pattern: /[\r\n]/
			},
			{
				id: "log-url-encoded-crlf",
				description: "URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers",
				pattern: /%0[dDaA]/
			},
			{
				id: "log-unicode-newline",
				description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
				pattern: /[\u2028\u2029]/
			},
			{
				id: "log-log4shell-jndi",
				description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
				pattern: /\$\{jndi\s*:/i
			},
			{
				id: "log-log4shell-obfuscated",
				description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
				pattern: /\$\{::-/
			},
			{
				id: "log-log4j-lookup",
				description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration",
				pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
			},
			{
				id: "log-ssti-double-brace",
				description: "SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.",
				pattern: /\{\{[\s\S]{0,80}\}\}/
			},
			{
				id: "log-ssti-hash-brace",
				description: "SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB",
				pattern: /#\{[\s\S]{0,80}\}/
			},
			{
				id: "log-ssti-dollar-brace",
				description: "SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL",
				pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
			},
			{
				id: "log-ssti-percent-tag",
				description: "SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP",
				pattern: /<%=[\s\S]{0,80}%>/
			},
			{
				id: "log-null-byte",
				description: "Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers",
				pattern: /\x00|%00/
			},
			{
				id: "log-ansi-escape",
				description: "ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed",
				pattern: /\x1b\[/
			}
		];
	})))();
}
// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA, SQL_STRICT_PATTERNS;
function init_sql_strict() {
	return (init_sql_strict = __esmMin((() => {
		init_sql();
		SQL_STRICT_EXTRA = [
			{
				id: "sql-line-comment",
				description: "SQL line comment: -- followed by whitespace or end of string",
				pattern: /--(?:\s|$)/
			},
			{
				id: "sql-stacked-query",
				description: "Stacked queries: semicolon immediately followed by a SQL keyword",
				pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
			},
			{
				id: "sql-hex-encoding",
				description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
				pattern: /\b0x[0-9a-f]{4,}/i
			}
		];
		SQL_STRICT_PATTERNS = [...SQL_PATTERNS, ...SQL_STRICT_EXTRA];
	})))();
}
// node_modules/is-unsafe/src/util/decode-entities.js
function decodeEntities(input) {
	if (input.indexOf("&") === -1) return input;
	return input.replace(ENTITY_RE, (match, hex, dec, name) => {
		if (name !== void 0) return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
		const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
		if (!Number.isFinite(cp) || cp > 1114111) return match;
		return String.fromCodePoint(cp);
	});
}
var NAMED, ENTITY_RE;
function init_decode_entities() {
	return (init_decode_entities = __esmMin((() => {
		NAMED = Object.freeze({
			colon: ":",
			Tab: "	",
			NewLine: "\n"
		});
		ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
	})))();
}
// node_modules/is-unsafe/src/index.js
/**
* @typedef {{ id: string, description: string, pattern: RegExp }} Rule
*/
/**
* @typedef {Rule[]} PatternList
*/
/**
* @typedef {Object} MatchResult
* @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
* @property {string} id          - Rule identifier
* @property {string} description - Human-readable description of what was matched
* @property {RegExp} pattern     - The pattern that matched
*/
/**
* @param {unknown} value
*/
function assertString(value) {
	if (typeof value !== "string") throw new TypeError(`is-unsafe: first argument must be a string, got ${typeof value}`);
}
/**
* @param {unknown} context
*/
function assertContext(context) {
	if (context instanceof RegExp) return;
	if (Array.isArray(context)) {
		if (context.length === 0) throw new TypeError("is-unsafe: context must not be an empty array");
		if (Array.isArray(context[0])) {
			for (const list of context) if (!Array.isArray(list) || list.length === 0) throw new TypeError("is-unsafe: each context in the array must be a non-empty pattern array (PatternList)");
		}
		return;
	}
	throw new TypeError(`is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`);
}
/**
* Normalise any valid context arg into an array of PatternLists.
*
* @param {Rule[]|Rule[][]|RegExp} context
* @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
*/
function normalise(context) {
	if (context instanceof RegExp) return {
		lists: null,
		regex: context
	};
	if (Array.isArray(context[0])) return {
		lists: context,
		regex: null
	};
	return {
		lists: [context],
		regex: null
	};
}
/**
* For markup contexts, return an entity-decoded copy of `value` to test
* alongside the raw input, or null when there is nothing extra to test.
*
* @param {string} value
* @param {Rule[]} list
* @returns {string|null}
*/
function decodedCopy(value, list) {
	if (!list.decodeEntities) return null;
	const decoded = decodeEntities(value);
	return decoded === value ? null : decoded;
}
/**
* Test value against a single PatternList. Returns the first MatchResult or null.
*
* @param {string} value
* @param {Rule[]} list
* @returns {MatchResult|null}
*/
function matchList(value, list) {
	const label = list.label ?? "CUSTOM";
	const decoded = decodedCopy(value, list);
	for (const rule of list) if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) return {
		context: label,
		id: rule.id,
		description: rule.description,
		pattern: rule.pattern
	};
	return null;
}
/**
* Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
*
* @param {string} value - The string to test
* @param {PatternList | PatternList[] | RegExp} context
*   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
*   - An array of PatternLists — returns true if unsafe in **any** of them
*   - A custom RegExp — returns true if the pattern matches
* @returns {boolean}
*
* @example
* import { isUnsafe, HTML, SQL } from 'is-unsafe';
*
* isUnsafe('<script>alert(1)<\/script>', HTML)       // true
* isUnsafe('hello world', HTML)                     // false
* isUnsafe('value', [HTML, SQL])                    // false
* isUnsafe('value', /my-pattern/i)                  // false
*/
function isUnsafe(value, context) {
	assertString(value);
	assertContext(context);
	const { lists, regex } = normalise(context);
	if (regex) return regex.test(value);
	for (const list of lists) if (matchList(value, list) !== null) return true;
	return false;
}
function init_src() {
	return (init_src = __esmMin((() => {
		init_html();
		init_xml();
		init_svg();
		init_sql();
		init_shell();
		init_redos();
		init_nosql();
		init_log();
		init_sql_strict();
		init_decode_entities();
		HTML_PATTERNS.label = "HTML";
		XML_PATTERNS.label = "XML";
		SVG_PATTERNS.label = "SVG";
		HTML_PATTERNS.decodeEntities = true;
		XML_PATTERNS.decodeEntities = true;
		SVG_PATTERNS.decodeEntities = true;
		SQL_PATTERNS.label = "SQL";
		SQL_STRICT_PATTERNS.label = "SQL-STRICT";
		SHELL_PATTERNS.label = "SHELL";
		REDOS_PATTERNS.label = "REDOS";
		NOSQL_PATTERNS.label = "NOSQL";
		LOG_PATTERNS.label = "LOG";
		Object.freeze({
			HTML: HTML_PATTERNS,
			XML: XML_PATTERNS,
			SVG: SVG_PATTERNS,
			SQL: SQL_PATTERNS,
			"SQL-STRICT": SQL_STRICT_PATTERNS,
			SHELL: SHELL_PATTERNS,
			REDOS: REDOS_PATTERNS,
			NOSQL: NOSQL_PATTERNS,
			LOG: LOG_PATTERNS
		});
	})))();
}
export { HTML_PATTERNS as a, init_xml as i, isUnsafe as n, init_html as o, XML_PATTERNS as r, init_src as t };
