// mark.js ships no module declaration of its own for `import Mark from 'mark.js'`;
// @types/mark.js declares the jQuery-flavoured global, so re-export its class here.
declare module 'mark.js' {
  interface MarkRangesOptions {
    className?: string;
    each?: (el: HTMLElement, range: { start: number; length: number }) => void;
  }
  interface MarkOptions {
    className?: string;
    separateWordSearch?: boolean;
    diacritics?: boolean;
    acrossElements?: boolean;
    exclude?: string[];
  }
  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    markRanges(ranges: { start: number; length: number }[], options?: MarkRangesOptions): void;
    mark(keyword: string | string[], options?: MarkOptions): void;
    unmark(options?: { className?: string; element?: string }): void;
  }
}
