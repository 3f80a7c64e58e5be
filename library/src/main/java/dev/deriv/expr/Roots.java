package dev.deriv.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact powers of positive rationals with fractional exponents:
 * {@code 8^(2/3) = 4}, {@code sqrt(8) = 2*sqrt(2)}, {@code (1/2)^(1/2) = sqrt(2)/2},
 * {@code 4^(1/4) = sqrt(2)}. What stays under the root is a square-free-style
 * integer with the smallest root index.
 */
final class Roots {
    private Roots() {}

    /** Factors below this bound are found by trial division; a larger cofactor stays whole. */
    private static final int TRIAL_DIVISION_BOUND = 10_000;

    static Node rationalPower(Rational b, Rational e) {
        BigInteger p = e.numerator();
        BigInteger q = e.denominator();
        if (q.bitLength() > 20) return Nodes.rawPow(Nodes.num(b), Nodes.num(e));
        int rootIndex = q.intValueExact();
        // e = k + r/q with 0 < r < q
        BigInteger[] qr = p.divideAndRemainder(q);
        BigInteger k = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            r = r.add(q);
            k = k.subtract(BigInteger.ONE);
        }
        if (k.bitLength() > 31 || b.powBits(k.longValue()) > Limits.MAX_INTEGER_BITS
                || b.powBits(rootIndex) > Limits.MAX_INTEGER_BITS) {
            return Nodes.rawPow(Nodes.num(b), Nodes.num(e));
        }
        // b^(r/q) = (n^r * d^(q-r))^(1/q) / d, for b = n/d
        int ri = r.intValueExact();
        BigInteger radicand = b.numerator().pow(ri).multiply(b.denominator().pow(rootIndex - ri));
        Rational outside = b.pow(k.intValueExact()).divide(Rational.of(b.denominator()));

        List<BigInteger[]> factors = factor(radicand); // {prime, multiplicity}
        BigInteger out = BigInteger.ONE;
        int g = rootIndex;
        for (BigInteger[] f : factors) {
            int m = f[1].intValueExact();
            out = out.multiply(f[0].pow(m / rootIndex));
            f[1] = BigInteger.valueOf(m % rootIndex);
            g = gcd(g, m % rootIndex);
        }
        outside = outside.multiply(Rational.of(out));
        int index = rootIndex / Math.max(g, 1);
        BigInteger inside = BigInteger.ONE;
        for (BigInteger[] f : factors) {
            int m = f[1].intValueExact();
            if (m > 0) inside = inside.multiply(f[0].pow(m / g));
        }
        if (inside.equals(BigInteger.ONE)) return Nodes.num(outside);
        Node root = Nodes.rawPow(Nodes.num(Rational.of(inside)), Nodes.num(Rational.of(1, index)));
        return outside.isOne() ? root : new Mul(List.of(Nodes.num(outside), root));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Trial division; a cofactor without small factors is returned as one "prime". */
    private static List<BigInteger[]> factor(BigInteger n) {
        List<BigInteger[]> out = new ArrayList<>();
        for (int d = 2; d < TRIAL_DIVISION_BOUND && n.compareTo(BigInteger.ONE) > 0; d += (d == 2 ? 1 : 2)) {
            BigInteger bd = BigInteger.valueOf(d);
            if (bd.multiply(bd).compareTo(n) > 0) break;
            int m = 0;
            BigInteger[] qr = n.divideAndRemainder(bd);
            while (qr[1].signum() == 0) {
                n = qr[0];
                m++;
                qr = n.divideAndRemainder(bd);
            }
            if (m > 0) out.add(new BigInteger[] {bd, BigInteger.valueOf(m)});
        }
        if (n.compareTo(BigInteger.ONE) > 0) {
            // merge with an equal factor already found (cannot happen for primes, but keep it exact)
            out.add(new BigInteger[] {n, BigInteger.ONE});
        }
        return out;
    }
}
