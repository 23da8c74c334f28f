// Proxies. The action's requests go over node:http/https (github/http-fetch.ts), whose default agents tunnel through
// HTTPS_PROXY / HTTP_PROXY (honouring NO_PROXY) only when Node was started with NODE_USE_ENV_PROXY=1 (Node 24:
// https://nodejs.org/api/cli.html#node_use_env_proxy1), and Node reads that variable at start-up only. So when a proxy
// variable is set without it, the action runs itself once more in a child process with it set, and exits as that
// child does: a proxied run pays one more Node start-up, an unproxied one nothing.
import { spawnSync } from 'node:child_process';
import { warning } from './workflow-commands.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/** The first Node major whose fetch follows the proxy variables under NODE_USE_ENV_PROXY=1. */
const FIRST_PROXY_AWARE_NODE = 24;

/** True when the run happened in a child process (this process only passes on its exit code). */
export function reexecForProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!PROXY_VARIABLES.some((name) => env[name])) return false;
  if (env.NODE_USE_ENV_PROXY === '1' || process.execArgv.includes('--use-env-proxy')) return false;
  if (Number(process.versions.node.split('.')[0]) < FIRST_PROXY_AWARE_NODE) {
    warning(
      `ml-carbon: a proxy variable is set, but Node ${process.version} cannot route its requests through it; requests to GitHub go direct (the action's runtime, node24, can)`,
    );
    return false;
  }
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, NODE_USE_ENV_PROXY: '1' },
  });
  if (child.error) warning(`ml-carbon could not start itself again with the proxy set: ${child.error.message}`);
  process.exitCode = child.status ?? 1;
  return true;
}
