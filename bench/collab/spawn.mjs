import { fork } from 'node:child_process';
import { startFlags } from '../start-flags.mjs';
import { serverScript } from './server.mjs';

/**
 * Forks server.mjs; `call(cmd, args)` runs a command in it over IPC. `cpuProf`: node flags that make
 * it write a CPU profile (it then stops with SIGTERM).
 */
export async function forkServer(impl, db, extra = [], cpuProf = []) {
  const child = fork(serverScript, ['--impl', impl, '--dialect', db.dialect, '--url', db.url, ...extra], {
    // Both with `pnpm start`'s node flags: ours as in production, the reference with the same
    // collector settings, so that no difference comes from the flags.
    execArgv: [...startFlags(), ...cpuProf],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map();
  let nextId = 0;
  const port = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${impl} server exited with ${code}`)));
    child.on('message', (m) => {
      if (m.listening) resolve(m.listening);
      const waiter = pending.get(m.id);
      if (!waiter) return;
      pending.delete(m.id);
      if (m.error) waiter.reject(new Error(m.error));
      else waiter.resolve(m.result);
    });
  });
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`the ${impl} server exited unexpectedly (${code ?? signal}); stopping the benchmark`);
    process.exit(1);
  });
  return {
    pid: child.pid,
    url: `ws://127.0.0.1:${port}/collab`,
    call: (cmd, args) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        child.send({ id, cmd, args });
      }),
    async stop() {
      stopping = true;
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGTERM exits normally, so that --cpu-prof writes its profile.
      child.kill(cpuProf.length ? 'SIGTERM' : 'SIGKILL');
      await exited;
    },
  };
}
