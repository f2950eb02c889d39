/**
 * A slice of the UI text for one screen, in both languages. The Chinese side must carry exactly
 * the English side's keys (the type checker enforces it), so a screen's words live in one file
 * and en.ts / zh-CN.ts only gather the slices.
 */
export function part<const E extends Record<string, string>>(
  en: E,
  zhCN: { [K in keyof E]: string },
): { en: E; zhCN: { [K in keyof E]: string } } {
  return { en, zhCN };
}
