/**
 * The popover's host: an element of ours, created only when a popover first opens, holding a
 * closed shadow root so that the page's styles, scripts and events cannot reach inside.
 */
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { Popover, type PopoverProps } from '../../components/Popover.tsx';

const HOST_TAG = 'designation-lens-ui';

const HOST_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; display: block; }
.dl-layer { position: fixed; top: 0; left: 0; visibility: hidden; }
.dl-layer.dl-open { visibility: visible; }
`;

export interface PopoverHost {
  show(props: Omit<PopoverProps, 'onClose'>, anchor: DOMRect): void;
  hide(): void;
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

export function createPopoverHost(doc: Document, onClose: () => void): PopoverHost {
  let host: HTMLElement | null = null;
  let layer: HTMLDivElement | null = null;

  const ensure = (): HTMLDivElement => {
    if (layer && host?.isConnected) return layer;
    host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss + HOST_CSS;
    layer = doc.createElement('div');
    layer.className = 'dl-layer dl-root';
    shadow.append(style, layer);
    // Events inside stay inside: the page never sees clicks or keys aimed at the popover.
    for (const type of [
      'click',
      'mousedown',
      'mouseup',
      'pointerdown',
      'keydown',
      'keyup',
      'wheel',
    ]) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    doc.documentElement.append(host);
    return layer;
  };

  /** Below the mark if it fits, else above; always inside the viewport. */
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

  return {
    show(props, anchor) {
      const el = ensure();
      el.classList.remove('dl-open');
      render(<Popover {...props} onClose={onClose} />, el);
      place(el, anchor);
      el.classList.add('dl-open');
    },
    hide() {
      if (!layer) return;
      layer.classList.remove('dl-open');
      render(null, layer);
    },
    contains(target) {
      return host !== null && target === host;
    },
    destroy() {
      if (layer) render(null, layer);
      host?.remove();
      host = null;
      layer = null;
    },
  };
}
