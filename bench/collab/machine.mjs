// CPU used by everything else on the machine while a scenario runs, from /proc (Linux), so a run
// disturbed by other work can be told apart. 100% = one core.
import { readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function machineBusyMs() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

/** CPU time a process has used so far, in ms (user and system). */
export function processMs(pid) {
  try {
    // Fields after the command name (which may hold spaces), utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Starts measuring; the returned function gives the other processes' CPU in percent of one core. */
export function otherCpu(serverPid) {
  const wall = performance.now();
  const machine = machineBusyMs();
  const self = processMs(process.pid);
  const server = processMs(serverPid);
  return () => {
    const ours = processMs(process.pid) - self + (processMs(serverPid) - server);
    const other = machineBusyMs() - machine - ours;
    return Math.max(0, Math.round((other / (performance.now() - wall)) * 100));
  };
}
