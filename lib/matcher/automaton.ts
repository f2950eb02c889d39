/**
 * Aho-Corasick automaton over character classes, in flat typed arrays: it serialises into the
 * match pack and loads without rebuilding.
 *
 * States are numbered breadth-first, so the root is 0 and the children of each state have
 * consecutive numbers in class order. That makes the edges implicit: the e-th edge (counting
 * all states' edges in state order) leads to state e + 1. What is stored:
 *   edgeCount[s]  the number of edges out of s
 *   edgeClass[e]  the class each edge reads, ascending within a state
 *   fail[s]       the failure link
 *   termState[t]  the state where term t ends
 * and what expanding derives: edgeStart (prefix sums), term[s], and out[s]: the state to report
 * from, s itself if a term ends there, else the nearest state on its fail chain that ends one (0
 * if none). The next state to report after o is out[fail[o]].
 *
 * Class 0 is "not in any term"; classes 1.. index the alphabet (the sorted distinct code units
 * of all keys).
 */

export interface CompactAutomaton {
  alphabet: string;
  edgeCount: Uint16Array;
  edgeClass: Uint8Array | Uint16Array;
  fail: Uint16Array | Uint32Array;
  termState: Uint16Array | Uint32Array;
}

export interface Automaton {
  alphabet: string;
  edgeStart: Uint16Array | Uint32Array;
  edgeClass: Uint8Array | Uint16Array;
  fail: Uint16Array | Uint32Array;
  out: Uint16Array | Uint32Array;
  /** The term ending at each state, or -1. */
  term: Int16Array | Int32Array;
  termState: Uint16Array | Uint32Array;
}

/** keys must be sorted (by code unit), distinct and non-empty; keys[i] is term i. */
export function buildAutomaton(keys: readonly string[]): CompactAutomaton {
  const units = new Set<number>();
  let totalLength = 0;
  for (const key of keys) {
    totalLength += key.length;
    for (let i = 0; i < key.length; i++) units.add(key.charCodeAt(i));
  }
  const sortedUnits = [...units].sort((a, b) => a - b);
  const alphabet = String.fromCharCode(...sortedUnits);
  const classOf = new Uint16Array(65536);
  sortedUnits.forEach((u, i) => (classOf[u] = i + 1));

  // Trie in insertion order. Keys are sorted, so a key shares a prefix only with the path of
  // the key before it, and children arrive in ascending class order: no lookups needed.
  const cap = totalLength + 1;
  const firstChild = new Int32Array(cap).fill(-1);
  const lastChild = new Int32Array(cap).fill(-1);
  const nextSibling = new Int32Array(cap).fill(-1);
  const nodeClass = new Uint16Array(cap);
  const nodeTerm = new Int32Array(cap).fill(-1);
  let nodes = 1;
  let path: number[] = [0];
  let prev = '';
  keys.forEach((key, t) => {
    if (key <= prev && t > 0)
      throw new Error(`keys must be sorted and distinct: "${prev}" then "${key}"`);
    let lcp = 0;
    while (lcp < key.length && lcp < prev.length && key.charCodeAt(lcp) === prev.charCodeAt(lcp))
      lcp++;
    path = path.slice(0, lcp + 1);
    for (let i = lcp; i < key.length; i++) {
      const parent = path[path.length - 1]!;
      const node = nodes++;
      nodeClass[node] = classOf[key.charCodeAt(i)]!;
      if (lastChild[parent] === -1) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    nodeTerm[path[path.length - 1]!] = t;
    prev = key;
  });

  // Breadth-first numbering.
  const order = new Int32Array(nodes);
  const bfsId = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head]!;
    bfsId[node] = head;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) order[tail++] = c;
  }

  const wide = nodes > 0xffff;
  const edgeCount = new Uint16Array(nodes);
  const edgeClass = alphabet.length < 0xff ? new Uint8Array(nodes - 1) : new Uint16Array(nodes - 1);
  const fail = wide ? new Uint32Array(nodes) : new Uint16Array(nodes);
  const termState = wide ? new Uint32Array(keys.length) : new Uint16Array(keys.length);
  const rootNext = new Int32Array(alphabet.length + 1);
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) rootNext[nodeClass[c]!] = c;

  /** goto(node, k) in trie numbering, or -1. */
  const child = (node: number, k: number): number => {
    if (node === 0) return rootNext[k]! || -1;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
      if (nodeClass[c] === k) return c;
      if (nodeClass[c]! > k) break;
    }
    return -1;
  };

  const failTrie = new Int32Array(nodes);
  let e = 0;
  for (let head = 0; head < nodes; head++) {
    const node = order[head]!;
    let count = 0;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
      count++;
      edgeClass[e++] = nodeClass[c]!;
      if (node === 0) {
        failTrie[c] = 0;
      } else {
        const k = nodeClass[c]!;
        let f = failTrie[node]!;
        let g = child(f, k);
        while (g === -1 && f !== 0) {
          f = failTrie[f]!;
          g = child(f, k);
        }
        failTrie[c] = g === -1 ? 0 : g;
      }
    }
    edgeCount[head] = count;
    fail[head] = bfsId[failTrie[node]!]!;
    if (nodeTerm[node]! >= 0) termState[nodeTerm[node]!] = head;
  }
  return { alphabet, edgeCount, edgeClass, fail, termState };
}

/** Derive the arrays the scanner walks from the compact form (done once, at compile time). */
export function expandAutomaton(c: CompactAutomaton): Automaton {
  const n = c.edgeCount.length;
  const wide = n > 0xffff;
  const edgeStart = wide ? new Uint32Array(n + 1) : new Uint16Array(n + 1);
  for (let s = 0; s < n; s++) edgeStart[s + 1] = edgeStart[s]! + c.edgeCount[s]!;
  const term = termAt(n, c.termState);
  const out = wide ? new Uint32Array(n) : new Uint16Array(n);
  // A state's fail target is shallower, hence numbered earlier: one forward pass suffices.
  for (let s = 1; s < n; s++) out[s] = term[s]! >= 0 ? s : out[c.fail[s]!]!;
  return {
    alphabet: c.alphabet,
    edgeStart,
    edgeClass: c.edgeClass,
    fail: c.fail,
    out,
    term,
    termState: c.termState,
  };
}

/** term[s] for every state: the term that ends there, or -1. */
export function termAt(states: number, termState: ArrayLike<number>): Int32Array {
  const term = new Int32Array(states).fill(-1);
  for (let t = 0; t < termState.length; t++) term[termState[t]!] = t;
  return term;
}
