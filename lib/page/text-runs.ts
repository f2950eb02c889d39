/**
 * Collects a page's text as runs: the text nodes of one block of inline flow, joined, with the
 * offset where each node starts. Text that flows across inline elements (`<b>Xiao</b>mi`)
 * is one run; a block boundary ends a run, so names never match across paragraphs or cells.
 *
 * Skipped: script, style, noscript, template, form fields, anything editable, code editors,
 * hidden subtrees and our own UI. Open shadow roots are walked as roots of their own.
 */

export interface TextRun {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Tags that flow inline: text across them is one run. Everything else breaks a run. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'CODE',
]);

/** Class names of code editors that render text in ordinary elements. */
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/** Our own elements' tag names start with this (see entrypoints/highlight.content/ui-host.ts). */
export const OWN_TAG_PREFIX = 'DESIGNATION-LENS';

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag.startsWith(OWN_TAG_PREFIX)) return true;
  // Hidden subtrees; display:none set by style sheets is not checked (it would cost a style
  // computation per element): such marks are simply never painted.
  if (el.hasAttribute('hidden')) return true;
  // The attribute, not isContentEditable: that one forces a style computation per element.
  // Editability inherits, so rejecting the subtree at the attribute covers its descendants.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.classList;
  for (const c of EDITOR_CLASSES) if (cls.contains(c)) return true;
  return false;
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

/** The element whose block of inline flow a node belongs to. */
function blockOf(node: Node, root: Node): Node {
  let p = node.parentNode;
  while (p && p !== root && p.nodeType === Node.ELEMENT_NODE && isInline(p as Element))
    p = p.parentNode;
  return p ?? root;
}

/**
 * The block a changed node sits in: the node itself if it is a block element, else its nearest
 * ancestor that is not inline (or `root`). Rescanning it finds names that run across the change.
 */
export function blockContaining(node: Node, root: Node): Node {
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node;
  return blockOf(node, root);
}

/**
 * Walks `root` (an element, document or shadow root) and yields each run. Open shadow roots
 * found on the way are walked too, after the light tree that hosts them. A generator, so that
 * the caller can stop after a time slice and resume later (the TreeWalker keeps its place).
 */
export function* textRuns(root: Node): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot) shadows.push(el.shadowRoot);
      return NodeFilter.FILTER_SKIP;
    },
  });
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Node | null = null;
  let lastNode: Node | null = null;
  // join() builds a flat string; `+=` would build a rope that is slow to read character by character.
  const run = (): TextRun => ({ nodes, starts, text: parts.join('') });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const data = t.data;
    if (!data) continue;
    const b = blockOf(t, root);
    // A new block, or a block element between two text nodes of the same block, ends a run.
    if (b !== block || (lastNode && crossesBlock(lastNode, t, b))) {
      if (nodes.length && parts.some(hasText)) yield run();
      nodes = [];
      starts = [];
      parts = [];
      length = 0;
    }
    block = b;
    lastNode = t;
    starts.push(length);
    nodes.push(t);
    parts.push(data);
    length += data.length;
  }
  if (nodes.length && parts.some(hasText)) yield run();
  for (const shadow of shadows) yield* textRuns(shadow);
}

function hasText(s: string): boolean {
  return /\S/.test(s);
}

/** Whether an element that is not inline sits between two text nodes of one block. */
function crossesBlock(a: Node, b: Node, block: Node): boolean {
  // Climb from b to its child of `block`, and the same for a: if they differ, and anything
  // between them is a block element, the two texts are not in one line of flow.
  const top = (n: Node): Node => {
    let x = n;
    while (x.parentNode && x.parentNode !== block) x = x.parentNode;
    return x;
  };
  const ta = top(a);
  const tb = top(b);
  if (ta === tb) return false;
  for (let x = ta.nextSibling; x && x !== tb; x = x.nextSibling) {
    if (x.nodeType === Node.ELEMENT_NODE && !isInline(x as Element)) return true;
  }
  return false;
}
