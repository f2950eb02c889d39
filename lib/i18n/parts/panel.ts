/** The popup's page panel: what the current tab contains. */
import { part } from '../part.ts';

export const panelText = part({}, {});
