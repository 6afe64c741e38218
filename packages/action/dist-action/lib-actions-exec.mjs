import { n as __esmMin } from "./rolldown-runtime.mjs";
import { a as exists, i as which, o as init_io_util, s as isRooted, t as init_io } from "./lib-actions-io.mjs";
import * as os$1 from "os";
import * as path from "path";
import * as events from "events";
import "string_decoder";
import * as child from "child_process";
import { setTimeout } from "timers";
// node_modules/@actions/exec/lib/toolrunner.js
/**
* Convert an arg string to an array of args. Handles escaping
*
* @param    argString   string of arguments
* @returns  string[]    array of arguments
*/
function argStringToArray(argString) {
	const args = [];
	let inQuotes = false;
	let escaped = false;
	let arg = "";
	function append(c) {
		if (escaped && c !== "\"") arg += "\\";
		arg += c;
		escaped = false;
	}
	for (let i = 0; i < argString.length; i++) {
		const c = argString.charAt(i);
		if (c === "\"") {
			if (!escaped) inQuotes = !inQuotes;
			else append(c);
			continue;
		}
		if (c === "\\" && escaped) {
			append(c);
			continue;
		}
		if (c === "\\" && inQuotes) {
			escaped = true;
			continue;
		}
		if (c === " " && !inQuotes) {
			if (arg.length > 0) {
				args.push(arg);
				arg = "";
			}
			continue;
		}
		append(c);
	}
	if (arg.length > 0) args.push(arg.trim());
	return args;
}
var __awaiter$1, IS_WINDOWS, ToolRunner, ExecState;
function init_toolrunner() {
	return (init_toolrunner = __esmMin((() => {
		init_io();
		init_io_util();
		__awaiter$1 = function(thisArg, _arguments, P, generator) {
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
		IS_WINDOWS = process.platform === "win32";
		ToolRunner = class extends events.EventEmitter {
			constructor(toolPath, args, options) {
				super();
				if (!toolPath) throw new Error("Parameter 'toolPath' cannot be null or empty.");
				this.toolPath = toolPath;
				this.args = args || [];
				this.options = options || {};
			}
			_debug(message) {
				if (this.options.listeners && this.options.listeners.debug) this.options.listeners.debug(message);
			}
			_getCommandString(options, noPrefix) {
				const toolPath = this._getSpawnFileName();
				const args = this._getSpawnArgs(options);
				let cmd = noPrefix ? "" : "[command]";
				if (IS_WINDOWS) {
					if (this._isCmdFile()) {
						cmd += toolPath;
						for (const a of args) cmd += ` ${a}`;
					} else if (options.windowsVerbatimArguments) {
						cmd += `"${toolPath}"`;
						for (const a of args) cmd += ` ${a}`;
					} else {
						cmd += this._windowsQuoteCmdArg(toolPath);
						for (const a of args) cmd += ` ${this._windowsQuoteCmdArg(a)}`;
					}
				} else {
					cmd += toolPath;
					for (const a of args) cmd += ` ${a}`;
				}
				return cmd;
			}
			_processLineBuffer(data, strBuffer, onLine) {
				try {
					let s = strBuffer + data.toString();
					let n = s.indexOf(os$1.EOL);
					while (n > -1) {
						onLine(s.substring(0, n));
						s = s.substring(n + os$1.EOL.length);
						n = s.indexOf(os$1.EOL);
					}
					return s;
				} catch (err) {
					this._debug(`error processing line. Failed with error ${err}`);
					return "";
				}
			}
			_getSpawnFileName() {
				if (IS_WINDOWS) {
					if (this._isCmdFile()) return process.env["COMSPEC"] || "cmd.exe";
				}
				return this.toolPath;
			}
			_getSpawnArgs(options) {
				if (IS_WINDOWS) {
					if (this._isCmdFile()) {
						let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
						for (const a of this.args) {
							argline += " ";
							argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
						}
						argline += "\"";
						return [argline];
					}
				}
				return this.args;
			}
			_endsWith(str, end) {
				return str.endsWith(end);
			}
			_isCmdFile() {
				const upperToolPath = this.toolPath.toUpperCase();
				return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
			}
			_windowsQuoteCmdArg(arg) {
				if (!this._isCmdFile()) return this._uvQuoteCmdArg(arg);
				if (!arg) return "\"\"";
				const cmdSpecialChars = [
					" ",
					"	",
					"&",
					"(",
					")",
					"[",
					"]",
					"{",
					"}",
					"^",
					"=",
					";",
					"!",
					"'",
					"+",
					",",
					"`",
					"~",
					"|",
					"<",
					">",
					"\""
				];
				let needsQuotes = false;
				for (const char of arg) if (cmdSpecialChars.some((x) => x === char)) {
					needsQuotes = true;
					break;
				}
				if (!needsQuotes) return arg;
				let reverse = "\"";
				let quoteHit = true;
				for (let i = arg.length; i > 0; i--) {
					reverse += arg[i - 1];
					if (quoteHit && arg[i - 1] === "\\") reverse += "\\";
					else if (arg[i - 1] === "\"") {
						quoteHit = true;
						reverse += "\"";
					} else quoteHit = false;
				}
				reverse += "\"";
				return reverse.split("").reverse().join("");
			}
			_uvQuoteCmdArg(arg) {
				if (!arg) return "\"\"";
				if (!arg.includes(" ") && !arg.includes("	") && !arg.includes("\"")) return arg;
				if (!arg.includes("\"") && !arg.includes("\\")) return `"${arg}"`;
				let reverse = "\"";
				let quoteHit = true;
				for (let i = arg.length; i > 0; i--) {
					reverse += arg[i - 1];
					if (quoteHit && arg[i - 1] === "\\") reverse += "\\";
					else if (arg[i - 1] === "\"") {
						quoteHit = true;
						reverse += "\\";
					} else quoteHit = false;
				}
				reverse += "\"";
				return reverse.split("").reverse().join("");
			}
			_cloneExecOptions(options) {
				options = options || {};
				const result = {
					cwd: options.cwd || process.cwd(),
					env: options.env || process.env,
					silent: options.silent || false,
					windowsVerbatimArguments: options.windowsVerbatimArguments || false,
					failOnStdErr: options.failOnStdErr || false,
					ignoreReturnCode: options.ignoreReturnCode || false,
					delay: options.delay || 1e4
				};
				result.outStream = options.outStream || process.stdout;
				result.errStream = options.errStream || process.stderr;
				return result;
			}
			_getSpawnOptions(options, toolPath) {
				options = options || {};
				const result = {};
				result.cwd = options.cwd;
				result.env = options.env;
				result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
				if (options.windowsVerbatimArguments) result.argv0 = `"${toolPath}"`;
				return result;
			}
			/**
			* Exec a tool.
			* Output will be streamed to the live console.
			* Returns promise with return code
			*
			* @param     tool     path to tool to exec
			* @param     options  optional exec options.  See ExecOptions
			* @returns   number
			*/
			exec() {
				return __awaiter$1(this, void 0, void 0, function* () {
					if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS && this.toolPath.includes("\\"))) this.toolPath = path.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
					this.toolPath = yield which(this.toolPath, true);
					return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
						this._debug(`exec tool: ${this.toolPath}`);
						this._debug("arguments:");
						for (const arg of this.args) this._debug(`   ${arg}`);
						const optionsNonNull = this._cloneExecOptions(this.options);
						if (!optionsNonNull.silent && optionsNonNull.outStream) optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os$1.EOL);
						const state = new ExecState(optionsNonNull, this.toolPath);
						state.on("debug", (message) => {
							this._debug(message);
						});
						if (this.options.cwd && !(yield exists(this.options.cwd))) return reject(/* @__PURE__ */ new Error(`The cwd: ${this.options.cwd} does not exist!`));
						const fileName = this._getSpawnFileName();
						const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
						let stdbuffer = "";
						if (cp.stdout) cp.stdout.on("data", (data) => {
							if (this.options.listeners && this.options.listeners.stdout) this.options.listeners.stdout(data);
							if (!optionsNonNull.silent && optionsNonNull.outStream) optionsNonNull.outStream.write(data);
							stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
								if (this.options.listeners && this.options.listeners.stdline) this.options.listeners.stdline(line);
							});
						});
						let errbuffer = "";
						if (cp.stderr) cp.stderr.on("data", (data) => {
							state.processStderr = true;
							if (this.options.listeners && this.options.listeners.stderr) this.options.listeners.stderr(data);
							if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) (optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream).write(data);
							errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
								if (this.options.listeners && this.options.listeners.errline) this.options.listeners.errline(line);
							});
						});
						cp.on("error", (err) => {
							state.processError = err.message;
							state.processExited = true;
							state.processClosed = true;
							state.CheckComplete();
						});
						cp.on("exit", (code) => {
							state.processExitCode = code;
							state.processExited = true;
							this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
							state.CheckComplete();
						});
						cp.on("close", (code) => {
							state.processExitCode = code;
							state.processExited = true;
							state.processClosed = true;
							this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
							state.CheckComplete();
						});
						state.on("done", (error, exitCode) => {
							if (stdbuffer.length > 0) this.emit("stdline", stdbuffer);
							if (errbuffer.length > 0) this.emit("errline", errbuffer);
							cp.removeAllListeners();
							if (error) reject(error);
							else resolve(exitCode);
						});
						if (this.options.input) {
							if (!cp.stdin) throw new Error("child process missing stdin");
							cp.stdin.end(this.options.input);
						}
					}));
				});
			}
		};
		ExecState = class ExecState extends events.EventEmitter {
			constructor(options, toolPath) {
				super();
				this.processClosed = false;
				this.processError = "";
				this.processExitCode = 0;
				this.processExited = false;
				this.processStderr = false;
				this.delay = 1e4;
				this.done = false;
				this.timeout = null;
				if (!toolPath) throw new Error("toolPath must not be empty");
				this.options = options;
				this.toolPath = toolPath;
				if (options.delay) this.delay = options.delay;
			}
			CheckComplete() {
				if (this.done) return;
				if (this.processClosed) this._setResult();
				else if (this.processExited) this.timeout = setTimeout(ExecState.HandleTimeout, this.delay, this);
			}
			_debug(message) {
				this.emit("debug", message);
			}
			_setResult() {
				let error;
				if (this.processExited) {
					if (this.processError) error = /* @__PURE__ */ new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
					else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) error = /* @__PURE__ */ new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
					else if (this.processStderr && this.options.failOnStdErr) error = /* @__PURE__ */ new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
				}
				if (this.timeout) {
					clearTimeout(this.timeout);
					this.timeout = null;
				}
				this.done = true;
				this.emit("done", error, this.processExitCode);
			}
			static HandleTimeout(state) {
				if (state.done) return;
				if (!state.processClosed && state.processExited) {
					const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
					state._debug(message);
				}
				state._setResult();
			}
		};
	})))();
}
// node_modules/@actions/exec/lib/exec.js
/**
* Exec a command.
* Output will be streamed to the live console.
* Returns promise with return code
*
* @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
* @param     args               optional arguments for tool. Escaping is handled by the lib.
* @param     options            optional exec options.  See ExecOptions
* @returns   Promise<number>    exit code
*/
function exec(commandLine, args, options) {
	return __awaiter(this, void 0, void 0, function* () {
		const commandArgs = argStringToArray(commandLine);
		if (commandArgs.length === 0) throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
		const toolPath = commandArgs[0];
		args = commandArgs.slice(1).concat(args || []);
		return new ToolRunner(toolPath, args, options).exec();
	});
}
var __awaiter;
function init_exec() {
	return (init_exec = __esmMin((() => {
		init_toolrunner();
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
export { init_exec as n, exec as t };
