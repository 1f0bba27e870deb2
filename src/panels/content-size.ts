// The size of an element's content box, reported by a ResizeObserver once the browser has laid the
// element out and whenever it changes. Unlike `bind:clientWidth`, it never reads a size while the
// page is being built, which would make the browser lay the whole page out there and then again
// once the terminal has opened: on the first load that is one full layout fewer.
import type { Attachment } from 'svelte/attachments';

export function contentSize(onsize: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (node) => {
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      onsize(Math.round(box.width), Math.round(box.height));
    });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
