import { Polynomial } from '../numbers/Polynomial.ts';
import { Rational } from '../numbers/Rational.ts';
import { type Atom, isAtomName, NotAlgebraic, type Radical, type RadicalAlgebra } from './radicalField.ts';

const ONE = Polynomial.constant(Rational.ONE);
const asRadical = (p: Polynomial): Radical => ({ num: p, den: ONE });

function atomNamed(A: RadicalAlgebra, name: string): Atom {
  const atom = A.atoms().find((a) => a.name === name);
  if (!atom) throw new RangeError(`no atom ${name}`);
  return atom;
}

/**
 * d/dv of a value of the radical algebra, atoms by the chain rule: d base^(1/e) = t d(base) / (e base),
 * d ln(u) = du / u, d exp(u) = exp(u) du. Exact; used on the diagonal of a lemma to pick its
 * multiplier (separableSplit), e.g. d/dx [y (ln y - ln x)] = -y / x.
 */
export function radicalDerivative(A: RadicalAlgebra, x: Radical, v: string): Radical {
  const { F } = A;
  const memo = new Map<string, Radical>();
  const ofVariable = (w: string): Radical => {
    if (w === v) return F.of(1);
    if (!isAtomName(w)) return F.of(0);
    const known = memo.get(w);
    if (known) return known;
    const atom = atomNamed(A, w);
    if (atom.args) throw new NotAlgebraic(`the derivative of ${atom.kind}`);
    const [t, base, dBase] = [A.variable(w), asRadical(atom.base), ofPolynomial(atom.base)];
    const d = atom.kind === 'root' ? F.div(F.mul(t, dBase), F.mul(F.fromRational(Rational.of(atom.e)), base)) : atom.kind === 'ln' ? F.div(dBase, base) : F.mul(t, dBase);
    memo.set(w, d);
    return d;
  };
  const ofPolynomial = (p: Polynomial): Radical =>
    F.sum(
      p.monomials().flatMap(([m, c]) =>
        [...m].map(([w, k]) => {
          const rest = new Map(m);
          if (k === 1) rest.delete(w);
          else rest.set(w, k - 1);
          return F.mul(asRadical(Polynomial.monomial(rest, c.mul(Rational.of(k)))), ofVariable(w));
        }),
      ),
    );
  const [dn, dd] = [ofPolynomial(x.num), ofPolynomial(x.den)];
  return F.div(F.sub(F.mul(dn, asRadical(x.den)), F.mul(asRadical(x.num), dd)), F.mul(asRadical(x.den), asRadical(x.den)));
}

/**
 * x with variables replaced by values, atoms rebuilt from their substituted arguments (so that
 * ln x and ln y both become the one atom ln t on the diagonal x = y = t).
 */
export function radicalSubstitute(A: RadicalAlgebra, x: Radical, values: Readonly<Record<string, Radical>>): Radical {
  const { F } = A;
  const memo = new Map<string, Radical>();
  const rebuild = (atom: Atom): Radical => {
    if (atom.args) {
      const args = atom.args.map((a) => radicalSubstitute(A, a, values));
      return atom.kind === 'ite' ? F.ifNonNegative(args[0]!, args[1]!, args[2]!) : args.reduce((m, a) => (atom.kind === 'max' ? F.max(m, a) : F.min(m, a)));
    }
    const base = ofPolynomial(atom.base);
    return atom.kind === 'root' ? F.pow(base, `1/${atom.e}`) : atom.kind === 'ln' ? F.ln(base) : F.exp(base);
  };
  const ofVariable = (w: string): Radical => {
    if (!isAtomName(w)) return values[w] ?? A.variable(w);
    const known = memo.get(w);
    if (known) return known;
    const rebuilt = rebuild(atomNamed(A, w));
    memo.set(w, rebuilt);
    return rebuilt;
  };
  const ofPolynomial = (p: Polynomial): Radical =>
    F.sum(p.monomials().map(([m, c]) => [...m].reduce((t, [w, k]) => F.mul(t, F.pow(ofVariable(w), k)), F.fromRational(c))));
  return F.div(ofPolynomial(x.num), ofPolynomial(x.den));
}
