// Types of local-postgres.mjs, for the TypeScript tests that start a server.
export interface LocalPostgres {
  /** postgres://… of the database `yunbao`, with its password. */
  url: string;
  /** The same server's URL for another database (default `postgres`). */
  adminUrl(database?: string): string;
  /** The postmaster's process id while it runs (its backends are its children). */
  pid(): number | null;
  port: number;
  root: string;
  logFile: string;
  isRunning(): boolean;
  /** Starts it again after stop() (crash recovery after an immediate stop). */
  start(): Promise<void>;
  /** fast: clients disconnected, checkpoint; immediate: SIGQUIT, no checkpoint. */
  stop(options?: { mode?: 'fast' | 'immediate' }): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

export function startLocalPostgres(options?: { parent?: string; port?: number; label?: string }): Promise<LocalPostgres>;
export function findPostgresBin(): string;
