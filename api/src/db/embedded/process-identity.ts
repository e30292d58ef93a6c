import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * What identifies a running process beyond its PID, so that a lock left by a dead process is not
 * mistaken for a live one after the PID was reused (a reboot, or a busy machine wrapping PIDs).
 */
export interface ProcessIdentity {
  pid: number;
  hostname: string;
  /** The kernel's id of this boot; a lock from an earlier boot is stale whatever its PID. */
  bootId?: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat, field 22). */
  processStart?: string;
}

export function currentProcessIdentity(): ProcessIdentity {
  const bootId = readBootId();
  const processStart = readProcessStart(process.pid);
  return {
    pid: process.pid,
    hostname: os.hostname(),
    ...(bootId ? { bootId } : {}),
    ...(processStart ? { processStart } : {}),
  };
}

/**
 * Whether the process that wrote `identity` still runs. A process on another host cannot be
 * checked and counts as alive: taking over its lock could corrupt a shared directory.
 */
export function isProcessAlive(identity: ProcessIdentity): boolean {
  if (identity.hostname !== os.hostname()) return true;
  const bootId = readBootId();
  if (identity.bootId && bootId && identity.bootId !== bootId) return false;
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (identity.processStart) {
    const start = readProcessStart(identity.pid);
    if (start && start !== identity.processStart) return false;
  }
  return true;
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function readProcessStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}
