import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { isSafe } from 'redos-detector';
import { PHRASE_PATTERNS } from '../src/generated/phrases.js';
const files = (await import('node:fs')).readdirSync('src', { recursive: true }).filter((f: any) => String(f).endsWith('.ts')).map((f: any) => 'src/' + f);
let n = 0;
for (const f of files) {
  if (f.includes('generated/t2s')) continue;
  const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const last = lit.lastIndexOf('/');
      const re = new RegExp(lit.slice(1, last), lit.slice(last + 1));
      n++;
      let r: any;
      const t = Date.now();
      try { r = isSafe(re, { timeout: 5000 }); } catch (e) { r = { error: String(e) }; }
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (!r.safe) console.log(f + ':' + line, lit.slice(0, 100), JSON.stringify({ safe: r.safe, error: r.error, score: r.score, down: r.patternDowngraded }), Date.now() - t, 'ms');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
console.log('literals', n);
for (const [id, src] of Object.entries(PHRASE_PATTERNS)) {
  const t = Date.now();
  let r: any; try { r = isSafe(new RegExp(src, 'g'), { timeout: 10000 }); } catch (e) { r = { error: String(e) }; }
  console.log('phrase', id, src.length, JSON.stringify({ safe: r.safe, error: r.error, score: r.score, down: r.patternDowngraded }), Date.now() - t, 'ms');
}
