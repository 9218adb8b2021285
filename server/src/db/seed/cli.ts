import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { migrate, openOrm } from '../orm.js';
import { seedDemoData } from './seed.js';

const config = loadConfig();
const orm = await openOrm(config.database);
try {
  await migrate(orm);
  await seedDemoData(orm.em.fork());
  console.log(
    `Demo data is in place (${config.database.dialect}: ${config.database.dialect === 'sqlite' ? config.database.url : 'DATABASE_URL'}).`,
  );
} finally {
  await orm.close(true);
}
