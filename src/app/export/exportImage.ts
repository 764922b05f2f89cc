import { toPng, toSvg } from 'html-to-image';

/** What html-to-image needs besides the element: the image's size and how to draw into it. */
export interface ImageOptions {
  width?: number;
  height?: number;
  /** CSS applied to the cloned element only (e.g. a transform that frames a graph). */
  style?: Partial<CSSStyleDeclaration>;
  backgroundColor?: string;
  pixelRatio?: number;
  /** Leave out parts of the page (controls, overlays) from the picture. */
  filter?: (node: HTMLElement) => boolean;
}

/** The page's background colour, so exported pictures look as they do on screen in either theme. */
function backgroundOf(element: HTMLElement): string {
  const bg = getComputedStyle(element).getPropertyValue('--bg').trim();
  return bg || getComputedStyle(document.body).backgroundColor || '#ffffff';
}

function withDefaults(element: HTMLElement, options: ImageOptions): ImageOptions {
  return { backgroundColor: backgroundOf(element), pixelRatio: 2, ...options };
}

/** Saves a data: URL as a file, the way a person's "Save as" would. */
export function downloadDataUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Renders an element (and everything inside it) to a PNG and downloads it. */
export async function exportElementAsPng(element: HTMLElement, fileName: string, options: ImageOptions = {}): Promise<void> {
  const url = await toPng(element, withDefaults(element, options));
  downloadDataUrl(url, fileName.endsWith('.png') ? fileName : `${fileName}.png`);
}

/** Renders an element to an SVG (HTML inside a foreignObject) and downloads it. */
export async function exportElementAsSvg(element: HTMLElement, fileName: string, options: ImageOptions = {}): Promise<void> {
  const url = await toSvg(element, withDefaults(element, { ...options, pixelRatio: 1 }));
  downloadDataUrl(url, fileName.endsWith('.svg') ? fileName : `${fileName}.svg`);
}
