/**
 * Reading our closed shadow root the way assistive technology can: through the DevTools
 * protocol, whose DOM view pierces closed shadow roots (page scripts and Playwright locators
 * cannot).
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface UiNode {
  name: string;
  classes: string[];
  /** Own text (of its direct text children). */
  text: string;
  children: UiNode[];
  box?: { x: number; y: number; width: number; height: number };
}

const HOST = 'DESIGNATION-LENS-UI';

function find(node: CdpNode, name: string): CdpNode | null {
  if (node.nodeName === name) return node;
  for (const child of [
    ...(node.shadowRoots ?? []),
    ...(node.children ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return null;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return parts.join(['LI', 'P', 'H2', 'H3'].includes(node.nodeName) ? '\n' : ' ');
}

async function hostNode(page: Page): Promise<{
  host: CdpNode | null;
  detach: () => Promise<void>;
  send: (m: string, p?: object) => Promise<unknown>;
}> {
  const cdp = await page.context().newCDPSession(page);
  const send = (m: string, p?: object) =>
    cdp.send(m as 'DOM.getDocument', p as never) as Promise<unknown>;
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  return { host: find(root, HOST), detach: () => cdp.detach(), send };
}

/** The visible text inside our UI host (popover and banner), whitespace collapsed; '' if absent. */
export async function ownUiText(page: Page): Promise<string> {
  const { host, detach } = await hostNode(page);
  try {
    return host ? textOf(host).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await detach();
  }
}

/** Our UI as a tree of elements with classes, text and on-screen boxes of buttons. */
export async function ownUiTree(page: Page): Promise<UiNode | null> {
  const { host, detach, send } = await hostNode(page);
  try {
    if (!host) return null;
    const convert = async (n: CdpNode): Promise<UiNode> => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      const kids = [...(n.shadowRoots ?? []), ...(n.children ?? [])].filter(
        (c) => c.nodeType === 1 || c.nodeType === 11,
      );
      const node: UiNode = {
        name: n.nodeName,
        classes: attrs.includes('class') && cls ? cls.split(/\s+/) : [],
        text: (n.children ?? [])
          .filter((c) => c.nodeType === 3)
          .map((c) => c.nodeValue ?? '')
          .join(''),
        children: await Promise.all(kids.map(convert)),
      };
      if (n.nodeName === 'BUTTON') {
        // Content quads are in viewport coordinates, which is what a mouse click needs.
        const { quads } = (await send('DOM.getContentQuads', {
          backendNodeId: n.backendNodeId,
        })) as {
          quads: number[][];
        };
        const q = quads[0];
        if (q) node.box = { x: q[0]!, y: q[1]!, width: q[2]! - q[0]!, height: q[5]! - q[1]! };
      }
      return node;
    };
    return await convert(host);
  } finally {
    await detach();
  }
}

/** The text of the open popover only (not the banner or the live region); '' if none. */
export async function popoverText(page: Page): Promise<string> {
  const tree = await ownUiTree(page);
  const find = (n: UiNode): UiNode | null =>
    n.classes.includes('dl-popover') ? n : (n.children.map(find).find((x) => x !== null) ?? null);
  const popover = tree && find(tree);
  const text = (n: UiNode): string => n.text + ' ' + n.children.map(text).join(' ');
  return popover ? text(popover).replace(/\s+/g, ' ').trim() : '';
}
