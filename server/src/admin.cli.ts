import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLE_LABELS, Role } from '@partnerhub/shared';
import { pino } from 'pino';
import { createServices } from './app.js';
import { type AppConfig, loadConfig } from './config.js';
import { migrate, openOrm, type Orm } from './db/orm.js';
import { type Context, createContext } from './graphql/context.js';
import type { UserError } from './graphql/user-errors.js';
import type { Viewer } from './graphql/viewer.js';
import type { Mailer } from './mail/mailer.js';
import { inviteMember } from './modules/identity/index.js';
import {
  District,
  createDistrict,
  createStateAgency,
  findStateAgency,
  organizationOf,
} from './modules/organizations/index.js';

/** Where the command writes: results to `out`, problems to `err`. */
export interface AdminOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The person at the server's console: no membership, every change audited as "operator". */
const OPERATOR: Viewer = Object.freeze({
  kind: 'user',
  userId: null,
  sessionId: null,
  tokenId: null,
  label: 'operator',
  grants: [],
  readOnly: false,
});

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  required: string[];
  /** `applied`: the migrations this run applied before the command (none on an up-to-date database). */
  run(ctx: Context, values: Record<string, string>, io: AdminOutput, applied: string[]): Promise<UserError[]>;
}

const COMMANDS: Record<string, Command> = {
  migrate: {
    summary: 'Applies pending database migrations, then exits (before starting new server versions).',
    usage: 'migrate',
    options: {},
    required: [],
    run(_ctx, _values, io, applied) {
      io.out(
        applied.length
          ? `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}.`
          : 'The database is up to date: no migration was pending.',
      );
      return Promise.resolve([]);
    },
  },
  'create-state-agency': {
    summary: "Creates a state's education agency (one per state).",
    usage:
      'create-state-agency --state OH --name "Ohio Department of Education and Workforce" [--website URL]',
    options: { state: { type: 'string' }, name: { type: 'string' }, website: { type: 'string' } },
    required: ['state', 'name'],
    async run(ctx, v, io) {
      const { stateAgency, userErrors } = await createStateAgency({
        em: ctx.em,
        audit: ctx,
        input: { state: v.state!, name: v.name!, website: v.website },
      });
      if (stateAgency) io.out(`Created the state agency of ${stateAgency.state}: ${stateAgency.name}.`);
      return userErrors;
    },
  },
  'create-district': {
    summary: 'Creates a district (its NCES LEA ID must start with the state FIPS code).',
    usage:
      'create-district --name "Maple Ridge City School District" --state OH --nces-lea-id 3904712 --slug maple-ridge [--city NAME] [--website URL]',
    options: {
      name: { type: 'string' },
      state: { type: 'string' },
      'nces-lea-id': { type: 'string' },
      slug: { type: 'string' },
      city: { type: 'string' },
      website: { type: 'string' },
    },
    required: ['name', 'state', 'nces-lea-id', 'slug'],
    async run(ctx, v, io) {
      const { district, userErrors } = await createDistrict({
        em: ctx.em,
        audit: ctx,
        input: {
          name: v.name!,
          state: v.state!,
          ncesLeaId: v['nces-lea-id']!,
          slug: v.slug!,
          city: v.city,
          website: v.website,
        },
      });
      if (district)
        io.out(
          `Created ${district.name} (${district.state}, NCES ${district.ncesLeaId}) at /d/${district.slug}.`,
        );
      return userErrors;
    },
  },
  invite: {
    summary: "Invites a district's or a state agency's first admin (or anyone with a role there).",
    usage:
      'invite --email ADDRESS --role DISTRICT_ADMIN --district SLUG\n       invite --email ADDRESS --role STATE_ADMIN --state OH',
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      district: { type: 'string' },
      state: { type: 'string' },
    },
    required: ['email', 'role'],
    async run(ctx, v, io) {
      const role = v.role!.toUpperCase() as Role;
      if (!Object.values(Role).includes(role))
        throw new UsageError(`Unknown role "${v.role}": use one of ${Object.values(Role).join(', ')}.`);
      if (Boolean(v.district) === Boolean(v.state))
        throw new UsageError('Name the organization with either --district SLUG or --state CODE.');
      const org = v.district
        ? await ctx.em.findOne(District, { slug: v.district })
        : await findStateAgency(ctx.em, v.state!);
      if (!org)
        throw new UsageError(
          v.district ? `No district has the slug "${v.district}".` : `${v.state} has no state agency yet.`,
        );
      const ref =
        org instanceof District ? organizationOf({ district: org }) : organizationOf({ stateAgency: org });
      const { invitation, userErrors } = await inviteMember({ ctx, org: ref, email: v.email!, role });
      if (invitation)
        io.out(`Invited ${invitation.email} as ${ROLE_LABELS[role].toLowerCase()} of ${ref.name}.`);
      return userErrors;
    },
  },
};

function usage(): string {
  return [
    'Usage: pnpm admin <command> [options]   (in the image: node server/dist/admin.js <command>)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(22)}${c.summary}`),
    '',
    "Run a command with --help for its options. The database is the server's (DATABASE_URL, or",
    'the SQLite file under DATA_DIR); pending migrations are applied first.',
  ].join('\n');
}

/**
 * Invitation mail as the operator sees it: sent through SMTP when SMTP_URL is set, otherwise printed,
 * since nobody reads a dev mailbox that ends with this process.
 */
function operatorMailer(smtp: Mailer | null, io: AdminOutput): Mailer {
  return {
    devMailbox: null,
    async send(message) {
      if (smtp) {
        await smtp.send(message);
        io.out(`E-mailed the invitation to ${message.to}.`);
        return;
      }
      const link = /https?:\/\/\S+\/invitations\/\S+/.exec(message.text)?.[0] ?? message.text;
      io.out(`No SMTP_URL is set, so nothing was e-mailed. Send this link to ${message.to}:`);
      io.out(link);
    },
  };
}

/** Runs one operator command; resolves to the process exit code (0 done, 1 refused or failed). */
export async function runAdmin(
  argv: readonly string[],
  io: AdminOutput,
  config: AppConfig = loadConfig(),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\nUsage: ${command.usage}`);
    return 1;
  }
  if (values.help) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  const missing = command.required.filter((key) => typeof values[key] !== 'string' || !values[key]);
  if (missing.length) {
    io.err(`Missing ${missing.map((m) => `--${m}`).join(', ')}.\n\nUsage: ${command.usage}`);
    return 1;
  }
  return withDatabase(config, io, (ctx, applied) =>
    runCommand(command, ctx, values as Record<string, string>, io, applied),
  );
}

async function runCommand(
  command: Command,
  ctx: Context,
  values: Record<string, string>,
  io: AdminOutput,
  applied: string[],
) {
  try {
    const problems = await command.run(ctx, values, io, applied);
    for (const p of problems) io.err(`${p.field ? `${optionName(p.field)}: ` : ''}${p.message}`);
    return problems.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    return 1;
  }
}

/** ["input", "ncesLeaId"] -> --nces-lea-id */
function optionName(field: string[]): string {
  const last = field[field.length - 1] ?? '';
  return `--${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

async function withDatabase(
  config: AppConfig,
  io: AdminOutput,
  body: (ctx: Context, applied: string[]) => Promise<number>,
): Promise<number> {
  const log = pino({ level: 'warn' }, pino.destination(2));
  let orm: Orm | null = null;
  try {
    orm = await openOrm(config.database);
    const applied = await migrate(orm);
    const services = createServices(config, log);
    services.mailer = operatorMailer(config.identity.smtpUrl ? services.mailer : null, io);
    const ctx = createContext(orm, log, services, {
      requestId: `operator-${randomUUID()}`,
      viewer: OPERATOR,
    });
    return await body(ctx, applied);
  } catch (error) {
    io.err(`Failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await orm?.close(true);
  }
}
