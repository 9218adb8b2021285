import { Migration20261123145646 } from './Migration20261123145646.js';
import { Migration20261123162223 } from './Migration20261123162223.js';
import { Migration20261201183304 } from './Migration20261201183304.js';
import { Migration20261201190000 } from './Migration20261201190000.js';
import { Migration20261201210000 } from './Migration20261201210000.js';
import { Migration20261201220000 } from './Migration20261201220000.js';
import { Migration20261201230000 } from './Migration20261201230000.js';
import { Migration20261202100000 } from './Migration20261202100000.js';
import { Migration20261202163000 } from './Migration20261202163000.js';
import { Migration20261202171000 } from './Migration20261202171000.js';
import { Migration20261202172000 } from './Migration20261202172000.js';
import { Migration20261202173000 } from './Migration20261202173000.js';
import { Migration20261203070000 } from './Migration20261203070000.js';
import { Migration20261203071000 } from './Migration20261203071000.js';
import { Migration20261203080000 } from './Migration20261203080000.js';
import { Migration20261203090000 } from './Migration20261203090000.js';
import { Migration20261203092006 } from './Migration20261203092006.js';

export const postgresqlMigrations = [
  { name: 'Migration20261123145646', class: Migration20261123145646 },
  { name: 'Migration20261123162223', class: Migration20261123162223 },
  { name: 'Migration20261201183304', class: Migration20261201183304 },
  { name: 'Migration20261201190000', class: Migration20261201190000 },
  { name: 'Migration20261201210000', class: Migration20261201210000 },
  { name: 'Migration20261201220000', class: Migration20261201220000 },
  { name: 'Migration20261201230000', class: Migration20261201230000 },
  { name: 'Migration20261202100000', class: Migration20261202100000 },
  { name: 'Migration20261202163000', class: Migration20261202163000 },
  { name: 'Migration20261202171000', class: Migration20261202171000 },
  { name: 'Migration20261202172000', class: Migration20261202172000 },
  { name: 'Migration20261202173000', class: Migration20261202173000 },
  { name: 'Migration20261203070000', class: Migration20261203070000 },
  { name: 'Migration20261203071000', class: Migration20261203071000 },
  { name: 'Migration20261203080000', class: Migration20261203080000 },
  { name: 'Migration20261203090000', class: Migration20261203090000 },
  { name: 'Migration20261203092006', class: Migration20261203092006 },
];
