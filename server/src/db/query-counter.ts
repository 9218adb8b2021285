import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

interface Counter {
  statements: number;
}

const scope = new AsyncLocalStorage<Counter>();
let total = 0;

/** Runs `fn` and reports how many SQL statements it sent, however deep they were issued. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: Counter = { statements: 0 };
  const result = await scope.run(counter, fn);
  return { result, statements: counter.statements };
}

/**
 * Runs `fn` outside any counting scope: for work shared by many requests (the collaboration
 * server's write batches), which would otherwise count against whichever request scheduled it.
 * Its statements still count in the process total.
 */
export function outsideStatementScope<T>(fn: () => T): T {
  return scope.exit(fn);
}

/** SQL statements sent since the process started (exported as a metric). */
export function totalStatements(): number {
  return total;
}

/** Records one statement against the current scope and the process total. */
export function recordStatement(): void {
  total++;
  const counter = scope.getStore();
  if (counter) counter.statements++;
}

/** MikroORM logger that counts every statement; it prints them only when SQL logging is on. */
export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    recordStatement();
    super.logQuery(context);
  }
}
