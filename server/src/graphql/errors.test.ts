import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { DEFAULT_GRAPHQL_LIMITS } from '../config.js';
import { createApollo } from './apollo.js';
import { errorMasker } from './errors.js';
import type { Context } from './context.js';
import { buildAppSchema } from '../schema.js';

describe('error masking', () => {
  it('never shows the client an unexpected error, and logs it with the request id', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const apollo = await createApollo(await buildAppSchema(), DEFAULT_GRAPHQL_LIMITS, log);
    const secret = 'postgres://admin:hunter2@db.internal/partnerhub';
    const brokenEm = new Proxy(
      {},
      {
        get() {
          throw new Error(`connection to ${secret} refused`);
        },
      },
    );
    const context = { em: brokenEm, requestId: 'req-123', log, today: '2026-01-01' } as unknown as Context;
    const response = await apollo.executeOperation(
      // With a client mistake beside the fault, the fault still decides: no 400 that blames the client.
      { query: '{ district(slug: "x") { name } node(id: "garbage") { id } }' },
      { contextValue: context },
    );
    await apollo.stop();
    const body = JSON.stringify(response.body);
    expect(body).not.toContain('hunter2');
    expect(body).toContain('Unexpected error.');
    expect(body).toContain('INTERNAL_SERVER_ERROR');
    expect(body).not.toContain('stacktrace');
    expect(lines.join('')).toContain('hunter2');
    expect(body).toContain('BAD_USER_INPUT');
    expect(response.http.status).not.toBe(400);
  });

  it('masks an exception thrown outside resolvers too (a plugin, before execution)', () => {
    const mask = errorMasker(pino({ level: 'silent' }));
    const thrown = new RangeError('Maximum call stack size exceeded at /srv/partnerhub/secret.js');
    const wrapped = new GraphQLError(thrown.message, { originalError: thrown });
    expect(mask({ message: wrapped.message }, wrapped)).toEqual({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const mistake = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    expect(mask({ message: mistake.message }, mistake)).toEqual({ message: mistake.message });
  });
});
