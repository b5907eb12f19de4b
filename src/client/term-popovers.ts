/**
 * Term definitions for browsers without `interestfor` (Chromium has it and needs none of this):
 * show the definition on hover and focus, keep it open while the pointer is on it, hide it on
 * Escape, blur and leave, and place it under the link. Without JavaScript the link still works.
 */
const SHOW_DELAY = 300;
const HIDE_DELAY = 250;

const openPopovers = () => document.querySelectorAll<HTMLElement>('.term-popover:popover-open');

/** Puts the popover under the link's last line, or above it when there is no room below. */
function place(link: HTMLElement, popover: HTMLElement): void {
  const box = link.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = popover;
  const below = box.bottom + 6;
  const top = below + height > innerHeight && box.top > height + 6 ? box.top - height - 6 : below;
  Object.assign(popover.style, {
    positionArea: 'none',
    inset: 'auto',
    margin: '0',
    top: `${top}px`,
    left: `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`,
  });
}

function enhance(link: HTMLAnchorElement): void {
  const popover = document.getElementById(link.getAttribute('interestfor') ?? '');
  if (!popover) return;
  let timer = 0;
  const later = (action: () => void, delay: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };
  const show = () => {
    if (popover.matches(':popover-open')) return;
    openPopovers().forEach((open) => open.hidePopover());
    popover.showPopover();
    place(link, popover);
  };
  const hide = () => {
    const engaged = link.matches(':hover') || popover.matches(':hover') || document.activeElement === link;
    if (!engaged && popover.matches(':popover-open')) popover.hidePopover();
  };
  link.addEventListener('mouseenter', () => later(show, SHOW_DELAY));
  link.addEventListener('focus', () => later(show, 0));
  for (const element of [link, popover]) element.addEventListener('mouseleave', () => later(hide, HIDE_DELAY));
  popover.addEventListener('mouseenter', () => clearTimeout(timer));
  link.addEventListener('blur', () => later(hide, 0));
}

if (!('interestForElement' in HTMLAnchorElement.prototype) && 'showPopover' in HTMLElement.prototype) {
  document.querySelectorAll<HTMLAnchorElement>('a.term[interestfor]').forEach(enhance);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') openPopovers().forEach((open) => open.hidePopover());
  });
}
