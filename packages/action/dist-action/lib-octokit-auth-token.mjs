import { n as __esmMin } from "./rolldown-runtime.mjs";
// node_modules/@octokit/auth-token/dist-bundle/index.js
async function auth(token) {
	const isApp = isJWT(token);
	const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
	const isUserToServer = token.startsWith("ghu_");
	return {
		type: "token",
		token,
		tokenType: isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth"
	};
}
function withAuthorizationPrefix(token) {
	if (token.split(/\./).length === 3) return `bearer ${token}`;
	return `token ${token}`;
}
async function hook(token, request, route, parameters) {
	const endpoint = request.endpoint.merge(route, parameters);
	endpoint.headers.authorization = withAuthorizationPrefix(token);
	return request(endpoint);
}
var b64url, sep, jwtRE, isJWT, createTokenAuth;
function init_dist_bundle() {
	return (init_dist_bundle = __esmMin((() => {
		b64url = "(?:[a-zA-Z0-9_-]+)";
		sep = "\\.";
		jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
		isJWT = jwtRE.test.bind(jwtRE);
		createTokenAuth = function createTokenAuth2(token) {
			if (!token) throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
			if (typeof token !== "string") throw new Error("[@octokit/auth-token] Token passed to createTokenAuth is not a string");
			token = token.replace(/^(token|bearer) +/i, "");
			return Object.assign(auth.bind(null, token), { hook: hook.bind(null, token) });
		};
	})))();
}
export { init_dist_bundle as n, createTokenAuth as t };
