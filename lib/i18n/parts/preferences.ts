/** The options page's preferences: lists, style, sites, language, settings file. */
import { part } from '../part.ts';

export const preferencesText = part({}, {});
