import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, printAppSchema } from './print-schema.js';

writeFileSync(SCHEMA_FILE, await printAppSchema());
console.log(`wrote ${SCHEMA_FILE}`);
