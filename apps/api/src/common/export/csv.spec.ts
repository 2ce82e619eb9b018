import { csvFile, neutraliseCell } from './csv';

describe('CSV cells', () => {
  it('prefixes text a spreadsheet would run as a formula, and nothing else', () => {
    for (const text of ['=1+2', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(text)).toBe(`'${text}`);
    for (const text of ['Ana', '1-2', 'a=b', '']) expect(neutraliseCell(text)).toBe(text);
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBe(null);
  });

  it('writes UTF-8 with a byte-order mark and quotes what needs quoting', () => {
    const text = csvFile([['name', 'note'], ['José', '=cmd|" /C calc"!A0']]).toString('utf8');
    expect(text).toBe('\ufeffname,note\nJosé,"\'=cmd|"" /C calc""!A0"\n');
  });
});
