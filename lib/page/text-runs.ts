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
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'svg',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

/** Tags that flow inline: text across them is one run. Everything else breaks a run. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'kbd',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'code',
]);

/** Class names of code editors that render text in ordinary elements. */
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor)(?:\s|$)/;

/** Our own elements' tag names start with this (see entrypoints/highlight.content/ui-host.ts). */
export const OWN_TAG_PREFIX = 'designation-lens';

/**
 * Whether a subtree is not scanned. Runs for every element the walker meets, so it reads only
 * attributes and the local name (no style computation, no allocation on the common path).
 */
export function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || tag.startsWith(OWN_TAG_PREFIX)) return true;
  if (!el.hasAttributes()) return false;
  // Hidden subtrees; display:none set by style sheets is not checked (it would cost a style
  // computation per element): such marks are simply never painted.
  if (el.hasAttribute('hidden')) return true;
  // The attribute, not isContentEditable: that one forces a style computation per element.
  // Editability inherits, so rejecting the subtree at the attribute covers its descendants.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

/** The element whose block of inline flow a node belongs to (for changed nodes; see textRuns). */
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
 *
 * The walk visits elements and text in document order without a filter callback (a call from
 * the browser into script for every node would cost more than the walk itself). A run ends
 * where the next text sits in another block, or where any element that is not inline (a block,
 * a <br>, an image) comes between two texts. Skipped subtrees are stepped over by hand.
 */
export function* textRuns(root: Node): Generator<TextRun, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The block of each parent seen, so that finding a text's block rarely climbs. */
  const blocks = new Map<Node, Node>();
  const blockOfParent = (parent: Node): Node => {
    let b = blocks.get(parent);
    if (b === undefined) {
      b =
        parent === root || parent.nodeType !== Node.ELEMENT_NODE || !isInline(parent as Element)
          ? parent
          : parent.parentNode
            ? blockOfParent(parent.parentNode)
            : parent;
      blocks.set(parent, b);
    }
    return b;
  };

  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Node | null = null;
  let broken = false;
  // join() builds a flat string; `+=` would build a rope that is slow to read character by character.
  const run = (): TextRun | null => {
    const text = parts.join('');
    return /\S/.test(text) ? { nodes, starts, text } : null;
  };

  let n: Node | null = walker.nextNode();
  while (n) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (isSkipped(el)) {
        // Step over the subtree: the next sibling, or the next sibling of an ancestor.
        broken = true;
        let next: Node | null = walker.nextSibling();
        while (!next && walker.currentNode !== root && walker.parentNode())
          next = walker.nextSibling();
        n = next;
        continue;
      }
      if (el.shadowRoot) shadows.push(el.shadowRoot);
      if (!isInline(el)) broken = true;
      n = walker.nextNode();
      continue;
    }
    const t = n as Text;
    const data = t.data;
    if (data) {
      const b = t.parentNode ? blockOfParent(t.parentNode) : root;
      if (b !== block || broken) {
        const done = nodes.length ? run() : null;
        if (done) yield done;
        nodes = [];
        starts = [];
        parts = [];
        length = 0;
        block = b;
        broken = false;
      }
      starts.push(length);
      nodes.push(t);
      parts.push(data);
      length += data.length;
    }
    n = walker.nextNode();
  }
  const last = nodes.length ? run() : null;
  if (last) yield last;
  for (const shadow of shadows) yield* textRuns(shadow);
}
