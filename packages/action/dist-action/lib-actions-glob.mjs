import { n as __esmMin } from "./rolldown-runtime.mjs";
import { s as init_core, t as debug } from "./lib-actions-core.mjs";
import { n as init_esm, t as Minimatch } from "./lib-minimatch.mjs";
import * as os$1 from "os";
import "crypto";
import * as fs from "fs";
import * as path from "path";
import assert from "assert";
import "util";
import "stream";
// node_modules/@actions/glob/lib/internal-glob-options-helper.js
/**
* Returns a copy with defaults filled in.
*/
function getOptions(copy) {
	const result = {
		followSymbolicLinks: true,
		implicitDescendants: true,
		matchDirectories: true,
		omitBrokenSymbolicLinks: true,
		excludeHiddenFiles: false
	};
	if (copy) {
		if (typeof copy.followSymbolicLinks === "boolean") {
			result.followSymbolicLinks = copy.followSymbolicLinks;
			debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
		}
		if (typeof copy.implicitDescendants === "boolean") {
			result.implicitDescendants = copy.implicitDescendants;
			debug(`implicitDescendants '${result.implicitDescendants}'`);
		}
		if (typeof copy.matchDirectories === "boolean") {
			result.matchDirectories = copy.matchDirectories;
			debug(`matchDirectories '${result.matchDirectories}'`);
		}
		if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
			result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
			debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
		}
		if (typeof copy.excludeHiddenFiles === "boolean") {
			result.excludeHiddenFiles = copy.excludeHiddenFiles;
			debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
		}
	}
	return result;
}
function init_internal_glob_options_helper() {
	return (init_internal_glob_options_helper = __esmMin((() => {
		init_core();
	})))();
}
// node_modules/@actions/glob/lib/internal-path-helper.js
/**
* Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
*
* For example, on Linux/macOS:
* - `/               => /`
* - `/hello          => /`
*
* For example, on Windows:
* - `C:\             => C:\`
* - `C:\hello        => C:\`
* - `C:              => C:`
* - `C:hello         => C:`
* - `\               => \`
* - `\hello          => \`
* - `\\hello         => \\hello`
* - `\\hello\world   => \\hello\world`
*/
function dirname(p) {
	p = safeTrimTrailingSeparator(p);
	if (IS_WINDOWS$4 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) return p;
	let result = path.dirname(p);
	if (IS_WINDOWS$4 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) result = safeTrimTrailingSeparator(result);
	return result;
}
/**
* Roots the path if not already rooted. On Windows, relative roots like `\`
* or `C:` are expanded based on the current working directory.
*/
function ensureAbsoluteRoot(root, itemPath) {
	assert(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
	assert(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
	if (hasAbsoluteRoot(itemPath)) return itemPath;
	if (IS_WINDOWS$4) {
		if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
			let cwd = process.cwd();
			assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
			if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
				if (itemPath.length === 2) return `${itemPath[0]}:\\${cwd.substr(3)}`;
				else {
					if (!cwd.endsWith("\\")) cwd += "\\";
					return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
				}
			} else return `${itemPath[0]}:\\${itemPath.substr(2)}`;
		} else if (normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
			const cwd = process.cwd();
			assert(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
			return `${cwd[0]}:\\${itemPath.substr(1)}`;
		}
	}
	assert(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
	if (root.endsWith("/") || IS_WINDOWS$4 && root.endsWith("\\")) {} else root += path.sep;
	return root + itemPath;
}
/**
* On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
* `\\hello\share` and `C:\hello` (and using alternate separator).
*/
function hasAbsoluteRoot(itemPath) {
	assert(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
	itemPath = normalizeSeparators(itemPath);
	if (IS_WINDOWS$4) return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
	return itemPath.startsWith("/");
}
/**
* On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
* `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
*/
function hasRoot(itemPath) {
	assert(itemPath, `isRooted parameter 'itemPath' must not be empty`);
	itemPath = normalizeSeparators(itemPath);
	if (IS_WINDOWS$4) return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
	return itemPath.startsWith("/");
}
/**
* Removes redundant slashes and converts `/` to `\` on Windows
*/
function normalizeSeparators(p) {
	p = p || "";
	if (IS_WINDOWS$4) {
		p = p.replace(/\//g, "\\");
		return (/^\\\\+[^\\]/.test(p) ? "\\" : "") + p.replace(/\\\\+/g, "\\");
	}
	return p.replace(/\/\/+/g, "/");
}
/**
* Normalizes the path separators and trims the trailing separator (when safe).
* For example, `/foo/ => /foo` but `/ => /`
*/
function safeTrimTrailingSeparator(p) {
	if (!p) return "";
	p = normalizeSeparators(p);
	if (!p.endsWith(path.sep)) return p;
	if (p === path.sep) return p;
	if (IS_WINDOWS$4 && /^[A-Z]:\\$/i.test(p)) return p;
	return p.substr(0, p.length - 1);
}
var IS_WINDOWS$4;
function init_internal_path_helper() {
	return (init_internal_path_helper = __esmMin((() => {
		IS_WINDOWS$4 = process.platform === "win32";
	})))();
}
// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
function init_internal_match_kind() {
	return (init_internal_match_kind = __esmMin((() => {
		(function(MatchKind) {
			/** Not matched */
			MatchKind[MatchKind["None"] = 0] = "None";
			/** Matched if the path is a directory */
			MatchKind[MatchKind["Directory"] = 1] = "Directory";
			/** Matched if the path is a regular file */
			MatchKind[MatchKind["File"] = 2] = "File";
			/** Matched */
			MatchKind[MatchKind["All"] = 3] = "All";
		})(MatchKind || (MatchKind = {}));
	})))();
}
// node_modules/@actions/glob/lib/internal-pattern-helper.js
/**
* Given an array of patterns, returns an array of paths to search.
* Duplicates and paths under other included paths are filtered out.
*/
function getSearchPaths(patterns) {
	patterns = patterns.filter((x) => !x.negate);
	const searchPathMap = {};
	for (const pattern of patterns) {
		const key = IS_WINDOWS$3 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
		searchPathMap[key] = "candidate";
	}
	const result = [];
	for (const pattern of patterns) {
		const key = IS_WINDOWS$3 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
		if (searchPathMap[key] === "included") continue;
		let foundAncestor = false;
		let tempKey = key;
		let parent = dirname(tempKey);
		while (parent !== tempKey) {
			if (searchPathMap[parent]) {
				foundAncestor = true;
				break;
			}
			tempKey = parent;
			parent = dirname(tempKey);
		}
		if (!foundAncestor) {
			result.push(pattern.searchPath);
			searchPathMap[key] = "included";
		}
	}
	return result;
}
/**
* Matches the patterns against the path
*/
function match(patterns, itemPath) {
	let result = MatchKind.None;
	for (const pattern of patterns) if (pattern.negate) result &= ~pattern.match(itemPath);
	else result |= pattern.match(itemPath);
	return result;
}
/**
* Checks whether to descend further into the directory
*/
function partialMatch(patterns, itemPath) {
	return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}
var IS_WINDOWS$3;
function init_internal_pattern_helper() {
	return (init_internal_pattern_helper = __esmMin((() => {
		init_internal_path_helper();
		init_internal_match_kind();
		IS_WINDOWS$3 = process.platform === "win32";
	})))();
}
// node_modules/@actions/glob/lib/internal-path.js
var IS_WINDOWS$2, Path;
function init_internal_path() {
	return (init_internal_path = __esmMin((() => {
		init_internal_path_helper();
		IS_WINDOWS$2 = process.platform === "win32";
		Path = class {
			/**
			* Constructs a Path
			* @param itemPath Path or array of segments
			*/
			constructor(itemPath) {
				this.segments = [];
				if (typeof itemPath === "string") {
					assert(itemPath, `Parameter 'itemPath' must not be empty`);
					itemPath = safeTrimTrailingSeparator(itemPath);
					if (!hasRoot(itemPath)) this.segments = itemPath.split(path.sep);
					else {
						let remaining = itemPath;
						let dir = dirname(remaining);
						while (dir !== remaining) {
							const basename = path.basename(remaining);
							this.segments.unshift(basename);
							remaining = dir;
							dir = dirname(remaining);
						}
						this.segments.unshift(remaining);
					}
				} else {
					assert(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
					for (let i = 0; i < itemPath.length; i++) {
						let segment = itemPath[i];
						assert(segment, `Parameter 'itemPath' must not contain any empty segments`);
						segment = normalizeSeparators(itemPath[i]);
						if (i === 0 && hasRoot(segment)) {
							segment = safeTrimTrailingSeparator(segment);
							assert(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
							this.segments.push(segment);
						} else {
							assert(!segment.includes(path.sep), `Parameter 'itemPath' contains unexpected path separators`);
							this.segments.push(segment);
						}
					}
				}
			}
			/**
			* Converts the path to it's string representation
			*/
			toString() {
				let result = this.segments[0];
				let skipSlash = result.endsWith(path.sep) || IS_WINDOWS$2 && /^[A-Z]:$/i.test(result);
				for (let i = 1; i < this.segments.length; i++) {
					if (skipSlash) skipSlash = false;
					else result += path.sep;
					result += this.segments[i];
				}
				return result;
			}
		};
	})))();
}
// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS$1, Pattern;
function init_internal_pattern() {
	return (init_internal_pattern = __esmMin((() => {
		init_internal_path_helper();
		init_esm();
		init_internal_match_kind();
		init_internal_path();
		IS_WINDOWS$1 = process.platform === "win32";
		Pattern = class Pattern {
			constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
				/**
				* Indicates whether matches should be excluded from the result set
				*/
				this.negate = false;
				let pattern;
				if (typeof patternOrNegate === "string") pattern = patternOrNegate.trim();
				else {
					segments = segments || [];
					assert(segments.length, `Parameter 'segments' must not empty`);
					const root = Pattern.getLiteral(segments[0]);
					assert(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
					pattern = new Path(segments).toString().trim();
					if (patternOrNegate) pattern = `!${pattern}`;
				}
				while (pattern.startsWith("!")) {
					this.negate = !this.negate;
					pattern = pattern.substr(1).trim();
				}
				pattern = Pattern.fixupPattern(pattern, homedir);
				this.segments = new Path(pattern).segments;
				this.trailingSeparator = normalizeSeparators(pattern).endsWith(path.sep);
				pattern = safeTrimTrailingSeparator(pattern);
				let foundGlob = false;
				const searchSegments = this.segments.map((x) => Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
				this.searchPath = new Path(searchSegments).toString();
				this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS$1 ? "i" : "");
				this.isImplicitPattern = isImplicitPattern;
				const minimatchOptions = {
					dot: true,
					nobrace: true,
					nocase: IS_WINDOWS$1,
					nocomment: true,
					noext: true,
					nonegate: true
				};
				pattern = IS_WINDOWS$1 ? pattern.replace(/\\/g, "/") : pattern;
				this.minimatch = new Minimatch(pattern, minimatchOptions);
			}
			/**
			* Matches the pattern against the specified path
			*/
			match(itemPath) {
				if (this.segments[this.segments.length - 1] === "**") {
					itemPath = normalizeSeparators(itemPath);
					if (!itemPath.endsWith(path.sep) && this.isImplicitPattern === false) itemPath = `${itemPath}${path.sep}`;
				} else itemPath = safeTrimTrailingSeparator(itemPath);
				if (this.minimatch.match(itemPath)) return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
				return MatchKind.None;
			}
			/**
			* Indicates whether the pattern may match descendants of the specified path
			*/
			partialMatch(itemPath) {
				itemPath = safeTrimTrailingSeparator(itemPath);
				if (dirname(itemPath) === itemPath) return this.rootRegExp.test(itemPath);
				return this.minimatch.matchOne(itemPath.split(IS_WINDOWS$1 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
			}
			/**
			* Escapes glob patterns within a path
			*/
			static globEscape(s) {
				return (IS_WINDOWS$1 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
			}
			/**
			* Normalizes slashes and ensures absolute root
			*/
			static fixupPattern(pattern, homedir) {
				assert(pattern, "pattern cannot be empty");
				const literalSegments = new Path(pattern).segments.map((x) => Pattern.getLiteral(x));
				assert(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
				assert(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
				pattern = normalizeSeparators(pattern);
				if (pattern === "." || pattern.startsWith(`.${path.sep}`)) pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
				else if (pattern === "~" || pattern.startsWith(`~${path.sep}`)) {
					homedir = homedir || os$1.homedir();
					assert(homedir, "Unable to determine HOME directory");
					assert(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
					pattern = Pattern.globEscape(homedir) + pattern.substr(1);
				} else if (IS_WINDOWS$1 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
					let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
					if (pattern.length > 2 && !root.endsWith("\\")) root += "\\";
					pattern = Pattern.globEscape(root) + pattern.substr(2);
				} else if (IS_WINDOWS$1 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
					let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
					if (!root.endsWith("\\")) root += "\\";
					pattern = Pattern.globEscape(root) + pattern.substr(1);
				} else pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
				return normalizeSeparators(pattern);
			}
			/**
			* Attempts to unescape a pattern segment to create a literal path segment.
			* Otherwise returns empty string.
			*/
			static getLiteral(segment) {
				let literal = "";
				for (let i = 0; i < segment.length; i++) {
					const c = segment[i];
					if (c === "\\" && !IS_WINDOWS$1 && i + 1 < segment.length) {
						literal += segment[++i];
						continue;
					} else if (c === "*" || c === "?") return "";
					else if (c === "[" && i + 1 < segment.length) {
						let set = "";
						let closed = -1;
						for (let i2 = i + 1; i2 < segment.length; i2++) {
							const c2 = segment[i2];
							if (c2 === "\\" && !IS_WINDOWS$1 && i2 + 1 < segment.length) {
								set += segment[++i2];
								continue;
							} else if (c2 === "]") {
								closed = i2;
								break;
							} else set += c2;
						}
						if (closed >= 0) {
							if (set.length > 1) return "";
							if (set) {
								literal += set;
								i = closed;
								continue;
							}
						}
					}
					literal += c;
				}
				return literal;
			}
			/**
			* Escapes regexp special characters
			* https://javascript.info/regexp-escaping
			*/
			static regExpEscape(s) {
				return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
			}
		};
	})))();
}
// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState;
function init_internal_search_state() {
	return (init_internal_search_state = __esmMin((() => {
		SearchState = class {
			constructor(path, level) {
				this.path = path;
				this.level = level;
			}
		};
	})))();
}
// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter$2, __asyncValues$1, __await, __asyncGenerator, IS_WINDOWS, DefaultGlobber;
function init_internal_globber() {
	return (init_internal_globber = __esmMin((() => {
		init_core();
		init_internal_glob_options_helper();
		init_internal_pattern_helper();
		init_internal_match_kind();
		init_internal_pattern();
		init_internal_search_state();
		__awaiter$2 = function(thisArg, _arguments, P, generator) {
			function adopt(value) {
				return value instanceof P ? value : new P(function(resolve) {
					resolve(value);
				});
			}
			return new (P || (P = Promise))(function(resolve, reject) {
				function fulfilled(value) {
					try {
						step(generator.next(value));
					} catch (e) {
						reject(e);
					}
				}
				function rejected(value) {
					try {
						step(generator["throw"](value));
					} catch (e) {
						reject(e);
					}
				}
				function step(result) {
					result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
				}
				step((generator = generator.apply(thisArg, _arguments || [])).next());
			});
		};
		__asyncValues$1 = function(o) {
			if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
			var m = o[Symbol.asyncIterator], i;
			return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
				return this;
			}, i);
			function verb(n) {
				i[n] = o[n] && function(v) {
					return new Promise(function(resolve, reject) {
						v = o[n](v), settle(resolve, reject, v.done, v.value);
					});
				};
			}
			function settle(resolve, reject, d, v) {
				Promise.resolve(v).then(function(v) {
					resolve({
						value: v,
						done: d
					});
				}, reject);
			}
		};
		__await = function(v) {
			return this instanceof __await ? (this.v = v, this) : new __await(v);
		};
		__asyncGenerator = function(thisArg, _arguments, generator) {
			if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
			var g = generator.apply(thisArg, _arguments || []), i, q = [];
			return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
				return this;
			}, i;
			function awaitReturn(f) {
				return function(v) {
					return Promise.resolve(v).then(f, reject);
				};
			}
			function verb(n, f) {
				if (g[n]) {
					i[n] = function(v) {
						return new Promise(function(a, b) {
							q.push([
								n,
								v,
								a,
								b
							]) > 1 || resume(n, v);
						});
					};
					if (f) i[n] = f(i[n]);
				}
			}
			function resume(n, v) {
				try {
					step(g[n](v));
				} catch (e) {
					settle(q[0][3], e);
				}
			}
			function step(r) {
				r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
			}
			function fulfill(value) {
				resume("next", value);
			}
			function reject(value) {
				resume("throw", value);
			}
			function settle(f, v) {
				if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
			}
		};
		IS_WINDOWS = process.platform === "win32";
		DefaultGlobber = class DefaultGlobber {
			constructor(options) {
				this.patterns = [];
				this.searchPaths = [];
				this.options = getOptions(options);
			}
			getSearchPaths() {
				return this.searchPaths.slice();
			}
			glob() {
				return __awaiter$2(this, void 0, void 0, function* () {
					var _a, e_1, _b, _c;
					const result = [];
					try {
						for (var _d = true, _e = __asyncValues$1(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
							_c = _f.value;
							_d = false;
							const itemPath = _c;
							result.push(itemPath);
						}
					} catch (e_1_1) {
						e_1 = { error: e_1_1 };
					} finally {
						try {
							if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
						} finally {
							if (e_1) throw e_1.error;
						}
					}
					return result;
				});
			}
			globGenerator() {
				return __asyncGenerator(this, arguments, function* globGenerator_1() {
					const options = getOptions(this.options);
					const patterns = [];
					for (const pattern of this.patterns) {
						patterns.push(pattern);
						if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
					}
					const stack = [];
					for (const searchPath of getSearchPaths(patterns)) {
						debug(`Search path '${searchPath}'`);
						try {
							yield __await(fs.promises.lstat(searchPath));
						} catch (err) {
							if (err.code === "ENOENT") continue;
							throw err;
						}
						stack.unshift(new SearchState(searchPath, 1));
					}
					const traversalChain = [];
					while (stack.length) {
						const item = stack.pop();
						const match$1 = match(patterns, item.path);
						const partialMatch$1 = !!match$1 || partialMatch(patterns, item.path);
						if (!match$1 && !partialMatch$1) continue;
						const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain));
						if (!stats) continue;
						if (options.excludeHiddenFiles && path.basename(item.path).match(/^\./)) continue;
						if (stats.isDirectory()) {
							if (match$1 & MatchKind.Directory && options.matchDirectories) yield yield __await(item.path);
							else if (!partialMatch$1) continue;
							const childLevel = item.level + 1;
							const childItems = (yield __await(fs.promises.readdir(item.path))).map((x) => new SearchState(path.join(item.path, x), childLevel));
							stack.push(...childItems.reverse());
						} else if (match$1 & MatchKind.File) yield yield __await(item.path);
					}
				});
			}
			/**
			* Constructs a DefaultGlobber
			*/
			static create(patterns, options) {
				return __awaiter$2(this, void 0, void 0, function* () {
					const result = new DefaultGlobber(options);
					if (IS_WINDOWS) {
						patterns = patterns.replace(/\r\n/g, "\n");
						patterns = patterns.replace(/\r/g, "\n");
					}
					const lines = patterns.split("\n").map((x) => x.trim());
					for (const line of lines) if (!line || line.startsWith("#")) continue;
					else result.patterns.push(new Pattern(line));
					result.searchPaths.push(...getSearchPaths(result.patterns));
					return result;
				});
			}
			static stat(item, options, traversalChain) {
				return __awaiter$2(this, void 0, void 0, function* () {
					let stats;
					if (options.followSymbolicLinks) try {
						stats = yield fs.promises.stat(item.path);
					} catch (err) {
						if (err.code === "ENOENT") {
							if (options.omitBrokenSymbolicLinks) {
								debug(`Broken symlink '${item.path}'`);
								return;
							}
							throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
						}
						throw err;
					}
					else stats = yield fs.promises.lstat(item.path);
					if (stats.isDirectory() && options.followSymbolicLinks) {
						const realPath = yield fs.promises.realpath(item.path);
						while (traversalChain.length >= item.level) traversalChain.pop();
						if (traversalChain.some((x) => x === realPath)) {
							debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
							return;
						}
						traversalChain.push(realPath);
					}
					return stats;
				});
			}
		};
	})))();
}
function init_internal_hash_files() {
	return (init_internal_hash_files = __esmMin((() => {
		init_core();
	})))();
}
// node_modules/@actions/glob/lib/glob.js
/**
* Constructs a globber
*
* @param patterns  Patterns separated by newlines
* @param options   Glob options
*/
function create(patterns, options) {
	return __awaiter(this, void 0, void 0, function* () {
		return yield DefaultGlobber.create(patterns, options);
	});
}
var __awaiter;
function init_glob() {
	return (init_glob = __esmMin((() => {
		init_internal_globber();
		init_internal_hash_files();
		__awaiter = function(thisArg, _arguments, P, generator) {
			function adopt(value) {
				return value instanceof P ? value : new P(function(resolve) {
					resolve(value);
				});
			}
			return new (P || (P = Promise))(function(resolve, reject) {
				function fulfilled(value) {
					try {
						step(generator.next(value));
					} catch (e) {
						reject(e);
					}
				}
				function rejected(value) {
					try {
						step(generator["throw"](value));
					} catch (e) {
						reject(e);
					}
				}
				function step(result) {
					result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
				}
				step((generator = generator.apply(thisArg, _arguments || [])).next());
			});
		};
	})))();
}
export { init_glob as n, create as t };
