// Entry point of the GitHub Action (bundled to dist/index.js). It stays small: it reads the environment and the inputs
// and starts the GitHub requests the run will certainly make (action/start.ts); the rest of the action (a separate
// chunk: the REST client, the engine, the report) loads while those requests are in flight.
import { reexecForProxy } from './action/proxy.js';
import { startAction } from './action/start.js';
import { info, setFailed } from './action/workflow-commands.js';

const fail = (error: unknown) =>
  setFailed(`ml-carbon failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);

if (!reexecForProxy()) {
  try {
    const started = startAction(process.env, info);
    started.firstRequestSent
      .then(() => import('./action/main.js'))
      .then(({ run }) => run(started))
      .catch(fail);
  } catch (error) {
    fail(error);
  }
}
