/**
 * Our one element on the page, created only when first needed (a popover, a banner or an
 * announcement): <designation-lens-ui> with a closed shadow root, so that the page's styles,
 * scripts and events cannot reach inside. It holds three layers: the banner (fixed to the top
 * of the viewport, over the page: no layout shift), the popover, and a live region for screen
 * readers.
 */
import { render, type ComponentChild } from 'preact';
import cardCss from '../../components/card.css?inline';

export const HOST_TAG = 'designation-lens-ui';

const HOST_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; display: block; }
.dl-layer { position: fixed; top: 0; left: 0; visibility: hidden; }
.dl-layer.dl-open { visibility: visible; }
.dl-banner-layer { position: fixed; top: 0; left: 0; right: 0; }
.dl-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export interface UiHost {
  /** Shows content in the popover layer next to `anchor`; focuses it when asked to. */
  showPopover(content: ComponentChild, anchor: DOMRect, focus: boolean): void;
  hidePopover(): void;
  popoverOpen(): boolean;
  showBanner(content: ComponentChild): void;
  hideBanner(): void;
  announce(text: string): void;
  /** Whether an event target or node is our host (events from inside are retargeted to it). */
  isOwn(node: EventTarget | Node | null): boolean;
  destroy(): void;
}

export function createUiHost(doc: Document): UiHost {
  let host: HTMLElement | null = null;
  let popover: HTMLDivElement | null = null;
  let banner: HTMLDivElement | null = null;
  let live: HTMLDivElement | null = null;
  let returnFocus: HTMLElement | null = null;

  const ensure = () => {
    if (host?.isConnected && popover && banner && live) return { popover, banner, live };
    host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss + HOST_CSS;
    banner = doc.createElement('div');
    banner.className = 'dl-banner-layer dl-root';
    popover = doc.createElement('div');
    popover.className = 'dl-layer dl-root';
    live = doc.createElement('div');
    live.className = 'dl-live';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    shadow.append(style, banner, popover, live);
    // Events inside stay inside: the page never sees clicks or keys aimed at our UI.
    for (const type of [
      'click',
      'mousedown',
      'mouseup',
      'pointerdown',
      'pointerup',
      'keydown',
      'keyup',
      'wheel',
      'focusin',
      'focusout',
    ]) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    doc.documentElement.append(host);
    return { popover, banner, live };
  };

  /** Below the anchor if it fits, else above; always inside the viewport. */
  const place = (el: HTMLElement, anchor: DOMRect) => {
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    const box = el.getBoundingClientRect();
    const gap = 6;
    let top = anchor.bottom + gap;
    if (top + box.height > vh - 8 && anchor.top - gap - box.height >= 8)
      top = anchor.top - gap - box.height;
    top = Math.max(8, Math.min(top, vh - box.height - 8));
    const left = Math.max(8, Math.min(anchor.left, vw - box.width - 8));
    el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };

  const ui: UiHost = {
    showPopover(content, anchor, focus) {
      const layers = ensure();
      layers.popover.classList.remove('dl-open');
      render(content, layers.popover);
      place(layers.popover, anchor);
      layers.popover.classList.add('dl-open');
      if (focus) {
        const active = doc.activeElement;
        if (active instanceof HTMLElement && active !== host) returnFocus = active;
        layers.popover.querySelector<HTMLElement>('[role="dialog"]')?.focus();
      }
    },
    hidePopover() {
      if (!popover?.classList.contains('dl-open')) return;
      popover.classList.remove('dl-open');
      render(null, popover);
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    popoverOpen: () => popover?.classList.contains('dl-open') ?? false,
    showBanner(content) {
      render(content, ensure().banner);
    },
    hideBanner() {
      if (banner) render(null, banner);
    },
    announce(text) {
      const layers = ensure();
      // Clear first so that the same words twice are announced twice.
      layers.live.textContent = '';
      doc.defaultView?.setTimeout(() => (layers.live.textContent = text), 50);
    },
    isOwn: (node) => host !== null && node === host,
    destroy() {
      if (popover) render(null, popover);
      if (banner) render(null, banner);
      host?.remove();
      host = popover = banner = live = null;
    },
  };
  return ui;
}
