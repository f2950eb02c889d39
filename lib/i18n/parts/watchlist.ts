/** The watchlist and portfolio screen. */
import { part } from '../part.ts';

export const watchlistText = part({}, {});
