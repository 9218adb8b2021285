import { Migration20261123145646 } from './Migration20261123145646.js';

export const postgresqlMigrations = [{ name: 'Migration20261123145646', class: Migration20261123145646 }];
