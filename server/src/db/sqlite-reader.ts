import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs SQLite reads on a thread of their own, over a second, read-only connection to the file.
 *
 * The driver is synchronous: on the server's thread a read holds the event loop for as long as
 * SQLite works (about 0.4 ms for the public search, a third of its cost), and every other request and
 * collaboration message waits. On PostgreSQL that work happens in the database's own process, on
 * another core. Here it happens on the reader's thread, and the server's thread only sends the
 * statement and takes the rows (about 0.1 ms for the search's 50).
 *
 * With the write-ahead log a reader never waits for the writer, and each statement reads the last
 * committed state: a write committed before a read starts is seen by it. Reads inside a
 * transaction stay on the transaction's connection (see `runPreparedRead`).
 *
 * The thread starts at the first read and stops after a quiet spell, so an idle server holds no
 * second heap. Starting takes 50-100 ms, which no read waits for: until the thread is ready, reads
 * run on the caller's thread as before (see `available`), and so they do if it cannot start.
 */
export class SqliteReader {
  private thread: Worker | null = null;
  /** Resolves once `thread` has exited. */
  private threadExit: Promise<unknown> = Promise.resolve();
  private ready = false;
  /** After a thread that failed before it was ready, no new one starts before this time. */
  private retryAfter = 0;
  private readonly pending = new Map<number, PendingRead>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly options: { mmapBytes: number; idleMs?: number },
  ) {}

  /**
   * Whether the thread is ready to take a read now. When it is stopped this starts it, and the read
   * at hand runs where it is.
   */
  available(): boolean {
    if (this.ready) return true;
    if (!this.thread && Date.now() >= this.retryAfter) this.start();
    return false;
  }

  /** Resolves once the thread is ready to take reads, starting it if it is stopped. */
  async whenReady(): Promise<void> {
    while (!this.available()) {
      if (!this.thread) throw new Error('The SQLite reader could not start.');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Runs a read on the thread, starting it if need be (the read then waits for the start); `keep`
   * keeps its statement prepared on the reader's connection.
   */
  read(text: string, keep: boolean, values: readonly unknown[]): Promise<SqliteRows> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const thread = this.thread ?? this.start();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.postMessage({ id, text, keep, values } satisfies ReadRequest);
    });
  }

  /** Whether the reader's thread is running (it stops when idle). */
  get running(): boolean {
    return this.thread !== null;
  }

  /**
   * Stops the thread, once the statement it is running (if any) is done; reads in flight fail at
   * once. A later read starts a new thread.
   *
   * Terminating the thread during a statement aborted the whole process: the driver's binding
   * asserts when a call into JavaScript fails, and every call fails once termination has begun.
   * So the thread is asked to stop; only a statement still running after `CLOSE_GRACE_MS` is cut
   * short by terminating it, a risk taken to keep a shutdown from hanging.
   */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const thread = this.thread;
    const exited = this.threadExit;
    this.thread = null;
    this.ready = false;
    this.failAll(new Error('The SQLite reader closed while reading.'));
    if (!thread) return;
    thread.postMessage({ stop: true } satisfies StopRequest);
    const cutShort = setTimeout(() => void thread.terminate(), CLOSE_GRACE_MS);
    await exited;
    clearTimeout(cutShort);
  }

  private start(): Worker {
    const thread = new Worker(`(${readerThread.toString()})()`, {
      eval: true,
      // Its garbage is a few rows per read: a small young generation holds it and keeps the thread light.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
      workerData: {
        driver: LIBSQL_PATH,
        file: this.file,
        maxKept: MAX_KEPT_STATEMENTS,
        // Read-only: a statement sent here by mistake can never write.
        pragmas: `pragma query_only = on; pragma busy_timeout = 5000; pragma mmap_size = ${this.options.mmapBytes}`,
      } satisfies ReaderData,
    });
    // A reader never keeps the process alive; `close` stops it at shutdown.
    thread.unref();
    thread.on('message', (reply: ReadReply | { ready: true }) => {
      if ('ready' in reply) {
        this.ready = true;
        this.scheduleIdleStop();
      } else this.settle(reply);
    });
    thread.on('error', (error) => this.stopped(thread, error));
    this.threadExit = new Promise((resolve) => thread.once('exit', resolve));
    thread.on('exit', (code) =>
      this.stopped(thread, new Error(`The SQLite reader stopped (exit code ${code}).`)),
    );
    this.thread = thread;
    return thread;
  }

  private settle(reply: ReadReply): void {
    const read = this.pending.get(reply.id);
    if (!read) return;
    this.pending.delete(reply.id);
    if ('error' in reply) read.reject(Object.assign(new Error(reply.error.message), reply.error.codes));
    else read.resolve({ columns: reply.columns, rows: reply.rows });
    this.scheduleIdleStop();
  }

  private scheduleIdleStop(): void {
    if (this.pending.size > 0 || !this.thread) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.options.idleMs ?? READER_IDLE_MS);
    this.idleTimer.unref();
  }

  private stopped(thread: Worker, error: Error): void {
    if (this.thread !== thread) return;
    if (!this.ready) this.retryAfter = Date.now() + START_RETRY_MS;
    this.thread = null;
    this.ready = false;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const read of this.pending.values()) read.reject(error);
    this.pending.clear();
  }
}

/** A read's rows as arrays, in the order of `columns`. */
export interface SqliteRows {
  columns: string[];
  rows: unknown[][];
}

// Long enough to carry a page's burst of reads, short enough that an idle server drops the thread.
const READER_IDLE_MS = 10_000;
// A thread that could not start is not tried again for this long; reads stay on the caller's thread.
const START_RETRY_MS = 60_000;
// How long `close` waits for the statement the thread is running before it terminates the thread.
const CLOSE_GRACE_MS = 5_000;
// Past this many texts the reader prepares a statement for each read instead of keeping more.
const MAX_KEPT_STATEMENTS = 500;

// The driver MikroORM's SQLite dialect loads: the reader's connection behaves like the others.
const LIBSQL_PATH = createRequire(createRequire(import.meta.url).resolve('@mikro-orm/libsql')).resolve(
  'libsql',
);

interface PendingRead {
  resolve(rows: SqliteRows): void;
  reject(error: Error): void;
}

interface ReaderData {
  driver: string;
  file: string;
  maxKept: number;
  pragmas: string;
}

interface ReadRequest {
  id: number;
  text: string;
  keep: boolean;
  values: readonly unknown[];
}

/** Tells the thread to close its connection and end, after the reads sent before it. */
interface StopRequest {
  stop: true;
}

type ReadReply =
  | { id: number; columns: string[]; rows: unknown[][] }
  | { id: number; error: { message: string; codes: { code?: unknown; rawCode?: unknown } } };

interface ReaderStatement {
  readonly reader: boolean;
  raw(toggle: boolean): ReaderStatement;
  columns(): { name: string }[];
  all(values: readonly unknown[]): unknown[][];
}

/**
 * The reader thread's whole program. It runs from its source text (`eval`), so it uses nothing from
 * this module: only `require` and the thread's own data.
 */
function readerThread(): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- an eval'd thread has `require`, not `import` */
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const data = workerData as ReaderData;
  const Database = require(data.driver) as new (file: string) => {
    exec(sql: string): void;
    prepare(sql: string): ReaderStatement;
    close(): void;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const db = new Database(data.file);
  db.exec(data.pragmas);
  parentPort!.postMessage({ ready: true });
  const kept = new Map<string, { statement: ReaderStatement; columns: string[] }>();
  parentPort!.on('message', (request: ReadRequest | StopRequest) => {
    if ('stop' in request) {
      db.close();
      // With its port closed the thread has nothing left to do, and ends.
      parentPort!.close();
      return;
    }
    const { id, text, keep, values } = request;
    try {
      let read = kept.get(text);
      if (!read) {
        const statement = db.prepare(text);
        if (!statement.reader) throw new Error('The SQLite reader runs only statements that give rows.');
        statement.raw(true);
        read = { statement, columns: statement.columns().map((column) => column.name) };
        if (keep && kept.size < data.maxKept) kept.set(text, read);
      }
      parentPort!.postMessage({ id, columns: read.columns, rows: read.statement.all(values) });
    } catch (error) {
      const { message, code, rawCode } = error as { message?: unknown; code?: unknown; rawCode?: unknown };
      parentPort!.postMessage({ id, error: { message: String(message ?? error), codes: { code, rawCode } } });
    }
  });
}
