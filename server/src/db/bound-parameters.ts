import { JsonProperty, Utils } from '@mikro-orm/core';
import type { AbstractSqlConnection, AbstractSqlPlatform } from '@mikro-orm/knex';

/** One statement whose values travel beside the SQL text, never inside it. */
export interface BoundQuery {
  sql: string;
  bindings: unknown[];
}

type Platform = Pick<AbstractSqlPlatform, 'quoteIdentifier' | 'isRaw'>;

/**
 * Turns MikroORM's `?` / `??` SQL and its parameters into SQL with `?` placeholders and a flat list
 * of bindings, converting each value the way MikroORM's own formatting does (JSON as text, arrays as
 * lists, raw fragments spliced in as SQL with their own parameters bound). Identifiers (`??`) are
 * quoted into the text, as they are names, not values. The SQL text never contains a value.
 */
export function toBoundQuery(platform: Platform, sql: string, params: readonly unknown[]): BoundQuery {
  if (params.length === 0) return { sql, bindings: [] };
  const bindings: unknown[] = [];
  let out = '';
  let next = 0;
  let pos = 0;
  while (pos < sql.length) {
    const at = sql.indexOf('?', pos);
    if (at === -1) {
      out += sql.slice(pos);
      break;
    }
    if (at > 0 && sql[at - 1] === '\\') {
      // An escaped question mark is SQL (a PostgreSQL JSON operator); the driver unescapes it.
      out += sql.slice(pos, at + 1);
      pos = at + 1;
      continue;
    }
    out += sql.slice(pos, at);
    if (sql[at + 1] === '?') {
      out += platform.quoteIdentifier(String(params[next++]));
      pos = at + 2;
    } else {
      out += placeholderFor(platform, params[next++], bindings);
      pos = at + 1;
    }
  }
  // Knex unescapes "\\?" only while it places bindings.
  return { sql: bindings.length ? out : out.replaceAll('\\?', '?'), bindings };
}

function placeholderFor(platform: Platform, value: unknown, bindings: unknown[]): string {
  if (Utils.isRawSql(value)) {
    const inner = toBoundQuery(platform, value.sql, value.params ?? []);
    bindings.push(...inner.bindings);
    return inner.sql;
  }
  if (value !== null && typeof value === 'object' && platform.isRaw(value)) {
    // A knex Raw: knex splices its SQL and binds its values when it meets it as a binding.
    bindings.push(value);
    return '?';
  }
  if (Utils.isPlainObject(value) || (value as { [JsonProperty]?: unknown } | null)?.[JsonProperty]) {
    bindings.push(JSON.stringify(value));
    return '?';
  }
  if (Array.isArray(value)) {
    return value
      .map((v) =>
        Array.isArray(v)
          ? `(${placeholderFor(platform, v, bindings)})`
          : placeholderFor(platform, v, bindings),
      )
      .join(', ');
  }
  bindings.push(value === undefined ? null : value);
  return '?';
}

/** The parts of MikroORM's connection that its own `execute` uses (protected in its types). */
interface ConnectionInternals {
  ensureConnection(): Promise<void>;
  config: { get(key: 'onQuery'): (sql: string, params: readonly unknown[]) => string };
  getSql(query: string, formatted: string, context?: unknown): string;
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: unknown): Promise<T>;
  transformRawResult<T>(res: unknown, method?: string): T;
}

interface KnexLike {
  toSQL(): { sql: string; bindings?: readonly unknown[] };
  client: { transacting?: boolean };
}

/**
 * Makes the connection send every parameter as a driver binding. MikroORM 6 otherwise escapes values
 * into the SQL text before handing it to knex, which puts data into statements (and into every log
 * line and error message quoting them) and lets text the driver cannot carry (a NUL) break the
 * protocol. Same steps as MikroORM's `execute` otherwise: the `onQuery` hook, logging (of the SQL
 * with placeholders only), the transaction context and result shaping.
 */
export function bindParameters(connection: AbstractSqlConnection): void {
  const internals = connection as unknown as ConnectionInternals;
  const platform = connection.getPlatform() as AbstractSqlPlatform;
  const execute = async (
    queryOrKnex: string | KnexLike,
    params: readonly unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: unknown,
    loggerContext?: Record<string, unknown>,
  ) => {
    await internals.ensureConnection();
    let query: string;
    if (typeof queryOrKnex === 'string') query = queryOrKnex;
    else {
      ctx ??= queryOrKnex.client.transacting ? queryOrKnex : null;
      const q = queryOrKnex.toSQL();
      query = q.sql;
      params = q.bindings ?? [];
    }
    query = internals.config.get('onQuery')(query, params);
    const { sql, bindings } = toBoundQuery(platform, query, params);
    const logged = internals.getSql(query, sql, loggerContext);
    return internals.executeQuery(
      logged,
      async () => {
        // Without bindings knex leaves the text alone (a literal "?" stays one).
        const raw = bindings.length
          ? connection.getKnex().raw(sql, bindings as never[])
          : connection.getKnex().raw(sql);
        if (ctx) raw.transacting(ctx as never);
        return internals.transformRawResult(await raw, method);
      },
      { query, ...loggerContext },
    );
  };
  connection.execute = execute as unknown as AbstractSqlConnection['execute'];
}
