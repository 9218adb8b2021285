import { Migration20261123145646 } from './Migration20261123145646.js';
import { Migration20261123162222 } from './Migration20261123162222.js';

export const sqliteMigrations = [
  { name: 'Migration20261123145646', class: Migration20261123145646 },
  { name: 'Migration20261123162222', class: Migration20261123162222 },
];
