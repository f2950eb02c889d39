/** The saved web pages the benchmarks and the precision check read (never copied into the repository). */
import { fileURLToPath } from 'node:url';

export const SHARED_PAGES = fileURLToPath(new URL('../../../shared/pages', import.meta.url));
