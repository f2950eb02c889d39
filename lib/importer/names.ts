/**
 * Name comparison for reconciling OFAC entries with the dataset. OFAC writes names in upper
 * case with its own punctuation ("CO., LTD."), the dataset in the company's own style
 * ("Co., Ltd."); both reduce to the same key: width-folded, upper case, straight quotes,
 * punctuation and spacing as single spaces.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/** A readable, stable id for a new entity: "AVIC Xi'an Aircraft" -> "avic-xi-an-aircraft". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
