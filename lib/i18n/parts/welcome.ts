/** The first-run page. */
import { part } from '../part.ts';

export const welcomeText = part({}, {});
