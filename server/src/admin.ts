import 'reflect-metadata';
import { runAdmin } from './admin.cli.js';

process.exitCode = await runAdmin(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
