import { describe, expect, it } from 'vitest';
import { canonicalWord, dFold, prepText } from '../src/search/normalize.ts';
import { numberAliases, pageAliases, wordAliases } from '../src/search/aliases.ts';
import { numberToken, rewriteQuery } from '../src/search/query.ts';
import { emptyIgnored, headingText, indexedText, isSearchable, searchedPart, slimForIndex } from '../src/search/html-text.ts';
import { prepareForIndex, pageUrl } from '../src/build/search-index.ts';
import { pagefindFilters, searchFromState, stateFromSearch } from '../src/search/state.ts';

describe('canonicalWord', () => {
  it('canonicalWord moves an old-style tone on oa/oe/uy to the first vowel', () => {
    expect(['hoà', 'thuỷ', 'khoẻ', 'uỷ', 'toạ'].map(canonicalWord)).toEqual(['hòa', 'thủy', 'khỏe', 'ủy', 'tọa']);
    expect(['hòa', 'thủy', 'khỏe'].map(canonicalWord)).toEqual(['hòa', 'thủy', 'khỏe']);
  });
  it('canonicalWord leaves qu+y, closed syllables and other vowels alone', () => {
    expect(['quý', 'quỳ', 'hoàng', 'thuyết', 'ngoài', 'hóa', 'hoa', 'khoẻo'].map(canonicalWord)).toEqual([
      'quý',
      'quỳ',
      'hoàng',
      'thuyết',
      'ngoài',
      'hóa',
      'hoa',
      'khoẻo',
    ]);
  });
  it('canonicalWord writes a final y after a single consonant as i', () => {
    expect(['tỷ', 'kỹ', 'lý', 'mỹ', 'sỹ', 'hy', 'ty'].map(canonicalWord)).toEqual(['tỉ', 'kĩ', 'lí', 'mĩ', 'sĩ', 'hi', 'ti']);
    expect(['ý', 'quy', 'tuy', 'thy', 'tỉ'].map(canonicalWord)).toEqual(['ý', 'quy', 'tuy', 'thy', 'tỉ']);
  });
  it('canonicalWord returns NFC for NFD input', () => {
    expect(canonicalWord('hoà'.normalize('NFD'))).toBe('hòa');
  });
});

describe('prepText and dFold', () => {
  it('prepText makes NFC lowercase and maps Ð (eth) and ð to Đ/đ', () => {
    expect(prepText('\u00D0ẢNG ỦY'.normalize('NFD'))).toBe('đảng ủy');
    expect(prepText('\u00F0ồng')).toBe('đồng');
  });
  it('dFold changes only đ', () => expect(dFold('đảng đoàn')).toBe('dảng doàn'));
});

describe('aliases', () => {
  it('wordAliases gives đ words folded, old tone placement and y spellings in canonical form, nothing else', () => {
    expect([...wordAliases('Đảng uỷ xã hoà nhập, tỷ lệ kiêm nhiệm; thuỷ sản')].sort()).toEqual(['dảng', 'hòa', 'thủy', 'tỉ', 'ủy']);
  });
  it('wordAliases folds a đ word in its canonical spelling', () => expect([...wordAliases('Đoàn, đoà')]).toEqual(['doàn', 'dòa']));
  it('numberAliases gives joined tokens only', () => {
    const a = [...numberAliases('Kết luận số 34-KL/TW')];
    for (const t of ['34kltw', 'kl34', '34kl']) expect(a).toContain(t);
    expect(a.every((t) => /^[a-z0-9]+$/.test(t))).toBe(true);
    expect([...numberAliases('Nghị quyết 02-ĐA/TU')]).toContain('02datu');
  });
  it('pageAliases takes numbers from the heading only and sorts', () => {
    expect(pageAliases('Theo Kết luận 34-KL/TW', '')).toEqual([]);
    const a = pageAliases('Đảng', 'Kết luận số 34-KL/TW');
    expect(a).toContain('dảng');
    expect(a).toContain('kl34');
    expect(a).toEqual([...a].sort());
  });
});

describe('rewriteQuery', () => {
  it.each([
    ['Đảng uỷ', 'đảng ủy'],
    ['dang uy', 'dang uy'],
    ['KIÊM NHIỆM', 'kiêm nhiệm'],
    ['kiêm nhiệm'.normalize('NFD'), 'kiêm nhiệm'],
    ['hoà', 'hòa'],
    ['tỷ lệ', 'tỉ lệ'],
    ['ty le', 'ti le'],
    ['\u00D0ảng', 'đảng'],
    ['  ', ''],
    ['34-KL/TW', '34kltw'],
    ['34 KL TW', '34kltw'],
    ['kl 34', 'kl34'],
    ['KL34', 'kl34'],
    ['34/KL-TW', '34kltw'],
    ['02-NQ/TU', '02nqtu'],
    ['3903/PA-UBND', '3903paubnd'],
    ['01-ĐA/TU', '01datu'],
    ['01-DA/TU', '01datu'],
  ])('rewriteQuery(%j) → %j', (input, out) => expect(rewriteQuery(input)).toBe(out));
  it('numberToken is null for ordinary words and matches an alias of the number', () => {
    expect(numberToken('kiêm nhiệm')).toBeNull();
    expect(pageAliases('', 'Nghị quyết số 02-NQ/TU')).toContain(numberToken('2-NQ/TU'));
  });
});

describe('html-text', () => {
  const html =
    '<html lang="vi"><body><nav>Menu Đảng</nav><main data-pagefind-body=""><h1>Nghị quyết số <b>02-NQ/TU</b></h1><p>Tỷ lệ &amp; thuỷ</p><section data-pagefind-ignore><p>Đoàn bỏ qua <br/> tiếp</p></section><script>var x="Đ"</script><p>cuối</p></main><footer>Đ</footer></body></html>';
  it('indexedText keeps the body element only, minus ignored parts and scripts', () => {
    expect(indexedText(html)).toBe('Nghị quyết số 02-NQ/TU Tỷ lệ & thuỷ cuối');
    expect(isSearchable(html)).toBe(true);
    expect(isSearchable('<main id="x">a</main>')).toBe(false);
  });
  it('headingText reads the first h1', () => expect(headingText(html)).toBe('Nghị quyết số 02-NQ/TU'));
  it("prepareForIndex adds the alias field as the body's first child and makes the page NFC", () => {
    const { html: out, aliases } = prepareForIndex(html.normalize('NFD'));
    expect(out).toBe(out.normalize('NFC'));
    expect(aliases).toEqual(['02nq', '02nqtu', '2nq', '2nqtu', 'nghịquyếtsố02nqtu', 'nq02', 'nq2', 'thủy', 'tỉ']);
    expect(out).toContain('<main data-pagefind-body=""><span data-pagefind-meta="aliases[data-a]" data-a="02nq 02nqtu');
  });
  it('searchedPart keeps the html tag, the head and the body element, nested, past scripts and comments', () => {
    const page =
      '<!doctype html><html lang="vi"><head><title>T</title></head><body><header>Đầu</header>' +
      '<main id="m" data-pagefind-body=""><p>a</p><main>lồng</main><script>if (x) "</main>"</script><!-- </main> --><br/>b</main>' +
      '<footer>Cuối</footer></body></html>';
    expect(searchedPart(page)).toBe(
      '<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body>' +
        '<main id="m" data-pagefind-body=""><p>a</p><main>lồng</main><script>if (x) "</main>"</script><!-- </main> --><br/>b</main></body></html>',
    );
    expect(indexedText(searchedPart(page))).toBe(indexedText(page));
  });
  it('searchedPart leaves a page it cannot read as such unchanged', () => {
    for (const page of [
      html,
      '<html><head></head><body><main>x</main></body></html>',
      '<html><head></head><body><main data-pagefind-body>x</body></html>',
    ])
      expect(searchedPart(page)).toBe(page);
  });
  it('emptyIgnored empties ignored elements, nested and past scripts, unless something inside speaks to Pagefind', () => {
    const page =
      '<body><main data-pagefind-body=""><p>Giữ</p><section data-pagefind-ignore><section>lồng</section><script>"</section>"</script>bỏ</section>' +
      '<aside data-pagefind-ignore><span data-pagefind-filter="năm">2021</span> chữ</aside><br data-pagefind-ignore>sau</main></body>';
    expect(emptyIgnored(page)).toBe(
      '<body><main data-pagefind-body=""><p>Giữ</p><section data-pagefind-ignore></section>' +
        '<aside data-pagefind-ignore><span data-pagefind-filter="năm">2021</span> chữ</aside><br data-pagefind-ignore>sau</main></body>',
    );
    // An element whose end is never found is left as it is.
    expect(emptyIgnored('<div data-pagefind-ignore><div>x</div>')).toBe('<div data-pagefind-ignore><div>x</div>');
  });
  it('slimForIndex keeps of the head the title and what carries data-pagefind-, of the body the attributes Pagefind reads', () => {
    const page =
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/a.css">' +
      '<meta name="description" content="a > b"><meta data-pagefind-meta="ngày" content="2021"><script type="application/ld+json">{"a":"</head>"}</script></head>' +
      '<body><main class="x" data-pagefind-body=""><p class="lead" aria-label="a > b" title=\'t\'>Chữ</p>' +
      '<img class="i" src="/a.png" alt=\'Ảnh > 1\' loading=lazy><span lang="en" class="k" id="k" data-a="x y">z</span></main></body></html>';
    expect(slimForIndex(page)).toBe(
      '<!DOCTYPE html><html lang="vi"><head><title>T</title><meta data-pagefind-meta="ngày" content="2021"></head>' +
        '<body><main class="x" data-pagefind-body=""><p>Chữ</p><img src="/a.png" alt=\'Ảnh > 1\'><span lang="en" id="k" data-a="x y">z</span></main></body></html>',
    );
  });
  it('pageUrl maps a built file to its URL without the base path', () => {
    expect(pageUrl('van-ban/x/index.html')).toBe('/van-ban/x/');
    expect(pageUrl('index.html')).toBe('/');
  });
});

describe('search state', () => {
  it('stateFromSearch and searchFromState round-trip with facets in a fixed order', () => {
    const s = stateFromSearch('?nam=2021&q=kiem+nhiem&loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&loai=K%E1%BA%BFt+lu%E1%BA%ADn');
    expect(s.q).toBe('kiem nhiem');
    expect(s.filters.loai).toEqual(['Kết luận', 'Nghị quyết']);
    expect(searchFromState(s)).toBe('?q=kiem+nhiem&loai=K%E1%BA%BFt+lu%E1%BA%ADn&loai=Ngh%E1%BB%8B+quy%E1%BA%BFt&nam=2021');
    expect(searchFromState(stateFromSearch(''))).toBe('');
  });
  it('pagefindFilters ORs values within a facet and can leave one facet out', () => {
    const s = stateFromSearch('?loai=A&loai=B&nam=2021');
    expect(pagefindFilters(s.filters)).toEqual({ loai: { any: ['A', 'B'] }, nam: { any: ['2021'] } });
    expect(pagefindFilters(s.filters, 'loai')).toEqual({ nam: { any: ['2021'] } });
  });
});
