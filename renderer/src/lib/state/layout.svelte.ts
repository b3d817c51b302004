/** Pane widths, collapsed panes and theme, remembered across launches in the page's storage. */
const KEY = 'dossier.layout.v1';

export type Theme = 'system' | 'light' | 'dark';
type RightTab = 'inspector' | 'brief';
/** What the centre pane shows: the open story, the library's entities, or its stories on a time axis. */
export type CentreView = 'reader' | 'entities' | 'timeline';
const CENTRE_VIEWS: readonly CentreView[] = ['reader', 'entities', 'timeline'];

interface Saved {
  libraryWidth: number;
  inspectorWidth: number;
  libraryOpen: boolean;
  inspectorOpen: boolean;
  theme: Theme;
  rightTab: RightTab;
  centre: CentreView;
}

export class LayoutState {
  libraryWidth = $state(330);
  inspectorWidth = $state(310);
  libraryOpen = $state(true);
  inspectorOpen = $state(true);
  theme = $state<Theme>('system');
  rightTab = $state<RightTab>('inspector');
  centre = $state<CentreView>('reader');

  constructor() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
      if (typeof saved?.libraryWidth === 'number') this.libraryWidth = saved.libraryWidth;
      if (typeof saved?.inspectorWidth === 'number') this.inspectorWidth = saved.inspectorWidth;
      if (typeof saved?.libraryOpen === 'boolean') this.libraryOpen = saved.libraryOpen;
      if (typeof saved?.inspectorOpen === 'boolean') this.inspectorOpen = saved.inspectorOpen;
      if (saved?.rightTab === 'inspector' || saved?.rightTab === 'brief') this.rightTab = saved.rightTab;
      if (CENTRE_VIEWS.includes(saved?.centre as CentreView)) this.centre = saved!.centre!;
      if (saved?.theme === 'light' || saved?.theme === 'dark' || saved?.theme === 'system') this.theme = saved.theme;
    } catch {
      // Unreadable layout: defaults are fine.
    }
    this.applyTheme();
  }

  toggleLibrary(): void {
    this.libraryOpen = !this.libraryOpen;
    this.save();
  }

  toggleInspector(): void {
    this.inspectorOpen = !this.inspectorOpen;
    this.save();
  }

  showRight(tab: RightTab): void {
    this.rightTab = tab;
    this.inspectorOpen = true;
    this.save();
  }

  showCentre(view: CentreView): void {
    this.centre = view;
    this.save();
  }

  /** system → light → dark → system */
  cycleTheme(): void {
    this.theme = this.theme === 'system' ? 'light' : this.theme === 'light' ? 'dark' : 'system';
    this.applyTheme();
    this.save();
  }

  save(): void {
    const s: Saved = {
      libraryWidth: this.libraryWidth,
      inspectorWidth: this.inspectorWidth,
      libraryOpen: this.libraryOpen,
      inspectorOpen: this.inspectorOpen,
      theme: this.theme,
      rightTab: this.rightTab,
      centre: this.centre,
    };
    try {
      localStorage.setItem(KEY, JSON.stringify(s));
    } catch {
      // Storage full or disabled: the layout simply is not remembered.
    }
  }

  private applyTheme(): void {
    if (this.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = this.theme;
  }
}
