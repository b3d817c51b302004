/** Pane widths, remembered across launches in the page's own storage. */
const KEY = 'dossier.layout.v1';

export class LayoutState {
  libraryWidth = $state(320);
  inspectorWidth = $state(300);

  constructor() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { libraryWidth?: number; inspectorWidth?: number } | null;
      if (typeof saved?.libraryWidth === 'number') this.libraryWidth = saved.libraryWidth;
      if (typeof saved?.inspectorWidth === 'number') this.inspectorWidth = saved.inspectorWidth;
    } catch {
      // Unreadable layout: defaults are fine.
    }
  }

  save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ libraryWidth: this.libraryWidth, inspectorWidth: this.inspectorWidth }));
    } catch {
      // Storage full or disabled: the layout simply is not remembered.
    }
  }
}
