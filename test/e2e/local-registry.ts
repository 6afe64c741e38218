/**
 * An npm registry on 127.0.0.1 behind TLS with a certificate authority of its own, an HTTP
 * proxy (CONNECT) in front of it, and the npm configuration a runner would carry (a global
 * npmrc beside the npm on PATH): what the runtime bootstrap is tested against instead of the
 * public registry. It serves lockfile entries whose tarballs are taken from npm's own cache
 * (filled by `npm ci`), or packages the test packs itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import path from 'node:path';

export interface TlsIdentity {
  /** PEM file of the certificate authority that signed the server certificate. */
  caFile: string;
  key: string;
  cert: string;
}

/** A throwaway CA and a certificate for 127.0.0.1 signed by it (openssl; .ci/run installs it where missing). */
export function makeTlsIdentity(dir: string): TlsIdentity {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=ftbench test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl('req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
  // localhost too: through a proxy tunnel npm's agent names no host, and Node then checks the certificate against "localhost".
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
  );
  return { caFile: file('ca.pem'), key: readFileSync(file('server.key'), 'utf8'), cert: readFileSync(file('server.pem'), 'utf8') };
}

/** One version of a package as the registry serves it: its lockfile entry (the manifest fields npm needs) and tarball. */
export interface RegistryPackage {
  name: string;
  version: string;
  integrity: string;
  tarball: Buffer;
  manifest: Record<string, unknown>;
}

export interface LocalRegistry {
  url: string;
  /** Paths of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)));
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Packuments at /<name> and tarballs at /<name>/-/<file>.tgz, over TLS with `tls`. */
export async function startLocalRegistry(packages: RegistryPackage[], tls: TlsIdentity): Promise<LocalRegistry> {
  const requests: string[] = [];
  let url = '';
  const tarballPath = (p: RegistryPackage) => `/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz`;
  const server = createHttpsServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const requestPath = decodeURIComponent((request.url ?? '/').split('?')[0]);
    requests.push(requestPath);
    const tarball = packages.find((p) => tarballPath(p) === requestPath);
    if (tarball) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': tarball.tarball.length });
      response.end(tarball.tarball);
      return;
    }
    const versions = packages.filter((p) => `/${p.name}` === requestPath);
    if (versions.length === 0) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    const packument = {
      name: versions[0].name,
      'dist-tags': { latest: versions.at(-1)!.version },
      versions: Object.fromEntries(
        versions.map((p) => [
          p.version,
          { ...p.manifest, name: p.name, version: p.version, dist: { tarball: `${url}${tarballPath(p)}`, integrity: p.integrity } },
        ]),
      ),
    };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(packument));
  });
  url = `https://${await listen(server)}`;
  return { url: `${url}/`, requests, close: () => close(server) };
}

export interface ConnectProxy {
  url: string;
  /** host:port of every CONNECT, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that tunnels (CONNECT) to 127.0.0.1 only, as a corporate proxy tunnels TLS. */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const server = createHttpServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '');
    const [host, port] = (request.url ?? '').split(':');
    if (host !== '127.0.0.1') return client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const address = await listen(server);
  const stop = () => {
    server.closeAllConnections();
    return close(server);
  };
  return { url: `http://${address}`, tunnels, close: stop };
}

/** `npm config get cache`: where `npm ci` left the tarballs it installed. */
export function npmCacheDir(): string {
  return execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
}

/** The file cacache keeps a tarball with this integrity in. */
function cachedTarball(cacheDir: string, integrity: string): string {
  const hex = Buffer.from(integrity.replace(/^sha512-/, ''), 'base64').toString('hex');
  return path.join(cacheDir, '_cacache', 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

/** The registry packages of every entry of a lockfile, with tarballs from npm's cache; `missing` names those not there. */
export function lockfilePackages(lockfile: string, cacheDir = npmCacheDir()): { packages: RegistryPackage[]; missing: string[] } {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, { version: string; integrity: string; [field: string]: unknown }> };
  const packages: RegistryPackage[] = [];
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location) continue;
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const file = cachedTarball(cacheDir, entry.integrity);
    if (!existsSync(file)) {
      missing.push(`${name}@${entry.version}`);
      continue;
    }
    const { version, integrity, ...manifest } = entry;
    packages.push({ name, version, integrity, tarball: readFileSync(file), manifest });
  }
  return { packages, missing };
}

/**
 * What to do when npm's cache lacks a tarball the registry must serve: in CI (where `.ci/run`
 * has just filled the cache with `npm ci`) that is a failure; elsewhere the tests skip, saying why.
 */
export function missingTarballs(missing: string[], cacheDir: string): string | null {
  if (missing.length === 0) return null;
  const message = `npm's cache (${cacheDir}) lacks the tarballs of ${missing.join(', ')}: run \`npm ci\` with this cache first`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`skipping the local-registry tests: ${message}`);
  return message;
}

/** `npm pack` of a package made of `files`: the tarball and its integrity, as a registry holds them. */
export function packPackage(dir: string, files: Record<string, string>): RegistryPackage {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, 'package', name)), { recursive: true });
    writeFileSync(path.join(dir, 'package', name), text);
  }
  const result = spawnSync('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], { cwd: path.join(dir, 'package'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`);
  const tgz = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  const tarball = readFileSync(path.join(dir, tgz!));
  const { name, version, ...manifest } = JSON.parse(files['package.json']) as { name: string; version: string };
  return { name, version, integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`, tarball, manifest };
}

/**
 * A prefix laid out as Node installs npm (`bin/npm`, `etc/npmrc`) whose npm is this machine's,
 * with `npmrc` as its global configuration: put `<prefix>/bin` first on PATH and it is the runner's npm.
 */
export function npmPrefixWithGlobalConfig(dir: string, npmrc: string): string {
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  symlinkSync(realpathSync(which), path.join(dir, 'bin', 'npm'));
  writeFileSync(path.join(dir, 'etc', 'npmrc'), npmrc);
  return dir;
}
