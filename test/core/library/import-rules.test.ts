import { describe, expect, it } from 'vitest';
import { cleanSegment, looksBinary, planImport, withSuffix } from '../../../electron/core/library/import-rules';

describe('planImport', () => {
  it.each([
    ['notes.txt', 'copy', 'notes.txt'],
    ['Drop/sub folder/file.TEXT', 'copy', 'Drop/sub folder/file.TEXT'],
    ['readme.md', 'copy', 'readme.md'],
    ['page.html', 'copy', 'page.html'],
    ['site/Index.HTM', 'copy', 'site/Index.HTM'],
    ['feed/entry.xhtml', 'html', 'feed/entry.txt'],
    ['Заявления «пресса».txt', 'copy', 'Заявления «пресса».txt'],
    ['it\'s "quoted".txt', 'copy', 'it\'s "quoted".txt'],
    ['-rf.txt', 'copy', '_rf.txt'],
    ['--help/x.txt', 'copy', '__help/x.txt'],
    ['a\\b.txt', 'copy', 'a/b.txt'],
    ['./a//b.txt', 'copy', 'a/b.txt'],
    ['trailing. .txt', 'copy', 'trailing. .txt'],
  ])('%s → %s %s', (name, kind, target) => {
    expect(planImport(name)).toEqual({ ok: true, kind, target });
  });

  it.each([
    ['../escape.txt', '..'],
    ['a/../../escape.txt', '..'],
    ['/etc/passwd.txt', 'Absolute'],
    ['C:/Windows/x.txt', 'Absolute'],
    ['photo.jpg', 'Unsupported file type .jpg'],
    ['Makefile', 'no extension'],
    ['.hidden.txt', 'Hidden'],
    ['.git/config.txt', 'Hidden'],
    ['~$draft.txt', 'Temporary'],
    ['video.txt.part', 'Temporary'],
    ['nul\0byte.txt', 'NUL'],
    ['', 'no name'],
    ['line\nbreak.txt', 'control character'],
    ['drop/two\r\nlines/x.txt', 'control character'],
    ['tab\there.txt', 'control character'],
    ['next\u0085line.txt', 'control character'],
    ['evil\u202etxt.exe.txt', 'control character'],
    [' .dossier/db.txt', 'Hidden'],
    ['drop/ .dossier/x.txt', 'Hidden'],
    ['x/.DOSSIER/y.txt', 'Hidden'],
    [' .hidden.txt', 'Hidden'],
    ['node_modules/x.txt', 'does not read'],
    ['\\\\server\\share\\x.txt', 'Absolute'],
  ])('refuses %j with a reason', (name, reason) => {
    const plan = planImport(name);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toContain(reason);
  });

  it('avoids Windows reserved names and characters only on Windows', () => {
    expect(planImport('con.txt', 'win32')).toEqual({ ok: true, kind: 'copy', target: '_con.txt' });
    expect(planImport('a:b?.txt', 'linux')).toEqual({ ok: true, kind: 'copy', target: 'a:b?.txt' });
    expect(planImport('a<b>?.txt', 'win32')).toEqual({ ok: true, kind: 'copy', target: 'a_b__.txt' });
  });

  it('caps very long names in bytes, keeping the extension', () => {
    const seg = cleanSegment(`${'ж'.repeat(300)}.txt`);
    expect(new TextEncoder().encode(seg).length).toBeLessThanOrEqual(200);
    expect(seg.endsWith('.txt')).toBe(true);
  });
});

describe('withSuffix', () => {
  it.each([
    ['a.txt', 1, 'a.txt'],
    ['a.txt', 2, 'a (2).txt'],
    ['dir/b.c.md', 3, 'dir/b.c (3).md'],
    ['dir/noext', 2, 'dir/noext (2)'],
  ])('%s #%d → %s', (t, n, out) => expect(withSuffix(t, n)).toBe(out));
});

describe('looksBinary', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['PDF', enc('%PDF-1.7 ...'), true],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]), true],
    ['NUL in text', new Uint8Array([0x41, 0x00, 0x42]), true],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), false],
    ['plain text', enc('Headline\n\nBody'), false],
  ])('%s → %s', (_l, bytes, binary) => expect(looksBinary(bytes)).toBe(binary));
});
