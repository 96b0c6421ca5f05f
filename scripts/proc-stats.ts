// CPU time and memory of processes from Linux's /proc, for the load test and the benchmark's
// experiments: the service's processes (a cluster's primary and workers) and PostgreSQL's
// backends on this machine.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: fields after it start past ')'.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User + system CPU time of a process, in ms; null when it is gone (or not Linux). */
export function cpuMs(pid: number): number | null {
  const f = stat(pid);
  return f ? (Number(f[11]) + Number(f[12])) * TICK_MS : null;
}

/** Resident memory of a process, in MB; null when it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The process and all its descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [root];
  }
  for (const e of entries) {
    const f = stat(Number(e));
    if (!f) continue;
    const ppid = Number(f[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/**
 * CPU seconds of the PostgreSQL backends on this machine serving `database` (a backend's
 * process title names its database): other work on the server is left out. 0 without one.
 */
export function backendCpuSeconds(database: string): number {
  if (!database) return 0;
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `)) continue;
    } catch {
      continue; // exited meanwhile
    }
    sum += (cpuMs(Number(pid)) ?? 0) / 1000;
  }
  return sum;
}
