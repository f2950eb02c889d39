/** The popup's frame: its tabs and what they share. */
import { part } from '../part.ts';

export const popupText = part(
  {
    'popup.tab.lookup': 'Look up',
    'popup.tab.page': 'This page',
    'popup.tab.watchlist': 'Watchlist',
  },
  {
    'popup.tab.lookup': '查询',
    'popup.tab.page': '本页',
    'popup.tab.watchlist': '关注列表',
  },
);
