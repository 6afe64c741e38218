import { n as __esmMin } from "./rolldown-runtime.mjs";
import { t as getUserAgent } from "./lib-universal-user-agent.mjs";
import { n as init_before_after_hook, t as before_after_hook_default } from "./lib-before-after-hook.mjs";
import { n as request, t as init_dist_bundle } from "./lib-octokit-request.mjs";
import { n as withCustomRequest, t as init_dist_bundle$1 } from "./lib-octokit-graphql.mjs";
import { n as init_dist_bundle$2, t as createTokenAuth } from "./lib-octokit-auth-token.mjs";
// node_modules/@octokit/core/dist-src/version.js
var VERSION;
function init_version() {
	return (init_version = __esmMin((() => {
		VERSION = "7.0.8";
	})))();
}
// node_modules/@octokit/core/dist-src/index.js
function createLogger(logger = {}) {
	if (typeof logger.debug !== "function") logger.debug = noop;
	if (typeof logger.info !== "function") logger.info = noop;
	if (typeof logger.warn !== "function") logger.warn = consoleWarn;
	if (typeof logger.error !== "function") logger.error = consoleError;
	return logger;
}
var noop, consoleWarn, consoleError, userAgentTrail, Octokit;
function init_dist_src() {
	return (init_dist_src = __esmMin((() => {
		init_before_after_hook();
		init_dist_bundle();
		init_dist_bundle$1();
		init_dist_bundle$2();
		init_version();
		noop = () => {};
		consoleWarn = console.warn.bind(console);
		consoleError = console.error.bind(console);
		userAgentTrail = `octokit-core.js/${VERSION} ${getUserAgent()}`;
		Octokit = class {
			static VERSION = VERSION;
			static defaults(defaults) {
				const OctokitWithDefaults = class extends this {
					constructor(...args) {
						const options = args[0] || {};
						if (typeof defaults === "function") {
							super(defaults(options));
							return;
						}
						super(Object.assign({}, defaults, options, options.userAgent && defaults.userAgent ? { userAgent: `${options.userAgent} ${defaults.userAgent}` } : null));
					}
				};
				return OctokitWithDefaults;
			}
			static plugins = [];
			/**
			* Attach a plugin (or many) to your Octokit instance.
			*
			* @example
			* const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
			*/
			static plugin(...newPlugins) {
				const currentPlugins = this.plugins;
				const NewOctokit = class extends this {
					static plugins = currentPlugins.concat(newPlugins.filter((plugin) => !currentPlugins.includes(plugin)));
				};
				return NewOctokit;
			}
			constructor(options = {}) {
				const hook = new before_after_hook_default.Collection();
				const requestDefaults = {
					baseUrl: request.endpoint.DEFAULTS.baseUrl,
					headers: {},
					request: Object.assign({}, options.request, { hook: hook.bind(null, "request") }),
					mediaType: {
						previews: [],
						format: ""
					}
				};
				requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
				if (options.baseUrl) requestDefaults.baseUrl = options.baseUrl;
				if (options.previews) requestDefaults.mediaType.previews = options.previews;
				if (options.timeZone) requestDefaults.headers["time-zone"] = options.timeZone;
				this.request = request.defaults(requestDefaults);
				this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
				this.log = createLogger(options.log);
				this.hook = hook;
				if (!options.authStrategy) {
					if (!options.auth) this.auth = async () => ({ type: "unauthenticated" });
					else {
						const auth = createTokenAuth(options.auth);
						hook.wrap("request", auth.hook);
						this.auth = auth;
					}
				} else {
					const { authStrategy, ...otherOptions } = options;
					const auth = authStrategy(Object.assign({
						request: this.request,
						log: this.log,
						octokit: this,
						octokitOptions: otherOptions
					}, options.auth));
					hook.wrap("request", auth.hook);
					this.auth = auth;
				}
				const classConstructor = this.constructor;
				for (let i = 0; i < classConstructor.plugins.length; ++i) Object.assign(this, classConstructor.plugins[i](this, options));
			}
			request;
			graphql;
			log;
			hook;
			auth;
		};
	})))();
}
export { init_dist_src as n, Octokit as t };
