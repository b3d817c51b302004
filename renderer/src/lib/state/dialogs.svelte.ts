/** Which of the app's dialogs are open: the shortcut help, the link picker, the variant comparison. */
export class Dialogs {
  #help = $state.raw(false);
  #link = $state.raw(false);
  #compareId = $state.raw<string | null>(null);

  get helpOpen(): boolean {
    return this.#help;
  }

  get linkOpen(): boolean {
    return this.#link;
  }

  /** The story whose near-duplicate variants are being compared, if any. */
  get compareId(): string | null {
    return this.#compareId;
  }

  showHelp(open = true): void {
    this.#help = open;
  }

  toggleHelp(): void {
    this.#help = !this.#help;
  }

  showLink(open = true): void {
    this.#link = open;
  }

  compare(storyId: string | null): void {
    this.#compareId = storyId;
  }
}
