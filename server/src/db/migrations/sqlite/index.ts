import { Migration20261123145646 } from './Migration20261123145646.js';

export const sqliteMigrations = [{ name: 'Migration20261123145646', class: Migration20261123145646 }];
