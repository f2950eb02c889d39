/**
 * ISO 6166 check digit: letters become two digits (A=10 ... Z=35), then the Luhn sum over
 * the digit string must be a multiple of 10.
 */
const SHAPE = /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/;

export function isValidIsin(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  let digits = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    digits += code >= 65 ? String(code - 55) : ch;
  }
  let sum = 0;
  // Luhn from the right: double every second digit, starting with the one left of the check.
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
