/**
 * Reading our closed shadow root the way assistive technology can: through the DevTools
 * protocol, whose DOM view pierces closed shadow roots (page scripts and Playwright locators
 * cannot).
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode, skipStyle = true): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (skipStyle && node.nodeName === 'STYLE') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((n) =>
    textOf(n, skipStyle),
  );
  return parts.join(
    node.nodeName === 'LI' || node.nodeName === 'P' || node.nodeName === 'H2' ? '\n' : ' ',
  );
}

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

/** The visible text inside our UI host (popover or banner), whitespace collapsed; '' if absent. */
export async function ownUiText(page: Page, hostTag = 'DESIGNATION-LENS-UI'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const host = find(root, hostTag);
    return host ? textOf(host).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await cdp.detach();
  }
}
