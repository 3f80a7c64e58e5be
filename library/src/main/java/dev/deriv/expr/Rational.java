package dev.deriv.expr;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** An exact rational number p/q in lowest terms with q > 0. Immutable. */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);
    public static final Rational HALF = new Rational(BigInteger.ONE, BigInteger.TWO);
    public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Rational of(long n) {
        return of(BigInteger.valueOf(n));
    }

    public static Rational of(BigInteger n) {
        return new Rational(n, BigInteger.ONE);
    }

    /** p/q in lowest terms; the common case of small numbers stays in long arithmetic. */
    public static Rational of(long p, long q) {
        if (q == 0) throw new MathException("division by zero");
        if (p == Long.MIN_VALUE || q == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(p), BigInteger.valueOf(q));
        }
        if (q < 0) {
            p = -p;
            q = -q;
        }
        long g = gcd(Math.abs(p), q);
        if (g > 1) {
            p /= g;
            q /= g;
        }
        if (p == 0) q = 1;
        return new Rational(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static Rational of(BigInteger p, BigInteger q) {
        if (p.bitLength() < 63 && q.bitLength() < 63) return of(p.longValue(), q.longValue());
        return reduced(p, q);
    }

    private static Rational reduced(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new MathException("division by zero");
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            p = p.divide(g);
            q = q.divide(g);
        }
        if (p.signum() == 0) {
            q = BigInteger.ONE;
        }
        return new Rational(checkedSize(p), checkedSize(q));
    }

    /** Above this many bits, exact arithmetic is slow enough to watch the time budget ({@link Deadline}). */
    private static final int LARGE_BITS = 4_096;

    /**
     * {@code n}, when it is within {@link Limits#MAX_INTEGER_BITS}: sums and products of
     * exact numbers (1 + 1/2 + 1/3 + ... + 1/20000) cannot grow without bound.
     */
    private static BigInteger checkedSize(BigInteger n) {
        int bits = n.bitLength();
        if (bits > LARGE_BITS) {
            if (bits > Limits.MAX_INTEGER_BITS) throw tooLarge();
            Deadline.check();
        }
        return n;
    }

    private static LimitException tooLarge() {
        return new LimitException(TOO_LARGE);
    }

    /** The message of the limit on exact numbers. */
    public static final String TOO_LARGE = "number too large (limit: " + Limits.MAX_INTEGER_BITS
            + " bits, about " + (Limits.MAX_INTEGER_BITS * 30103 / 100000) + " digits)";

    /**
     * Parses a decimal literal such as {@code 3}, {@code 0.25}, {@code 2.5E+4} exactly.
     * A literal whose exact value needs more than {@link Limits#MAX_INTEGER_BITS} bits
     * ({@code 1e1000000000}, {@code 1e-100000000}, 40,000 digits) is refused with a
     * {@link LimitException} before any big number is built.
     */
    public static Rational parseDecimal(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        long significant = 0;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c != '.' && (significant > 0 || c != '0')) significant++;
        }
        if (significant == 0) return ZERO;
        long exponent = 0;
        if (e >= 0) {
            String digits = text.substring(e + 1).replaceFirst("^[+-]?0*", "");
            if (digits.length() > 9) throw tooLarge();
            exponent = digits.isEmpty() ? 0 : Long.parseLong(digits);
            if (text.charAt(e + 1) == '-') exponent = -exponent;
        }
        int dot = mantissa.indexOf('.');
        long scale = (dot < 0 ? 0 : mantissa.length() - dot - 1) - exponent; // value = digits * 10^-scale
        // a quick upper bound on the bits first (log2(10) < 3.3220); the exact size is checked by of()
        if ((significant + Math.abs(scale)) * 3322L / 1000L > Limits.MAX_INTEGER_BITS + 64) throw tooLarge();
        BigDecimal d = new BigDecimal(text);
        if (d.scale() <= 0) {
            return of(d.toBigIntegerExact());
        }
        return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** Numerator and denominator below 2^30: sums and products of two such fit in a long. */
    private boolean isSmall() {
        return num.bitLength() < 31 && den.bitLength() < 31;
    }

    public BigInteger numerator() { return num; }
    public BigInteger denominator() { return den; }
    public boolean isInteger() { return den.equals(BigInteger.ONE); }
    public boolean isZero() { return num.signum() == 0; }
    public boolean isOne() { return isInteger() && num.equals(BigInteger.ONE); }
    public boolean isMinusOne() { return isInteger() && num.equals(BigInteger.ONE.negate()); }
    public int signum() { return num.signum(); }

    public Rational add(Rational o) {
        if (isZero()) return o;
        if (o.isZero()) return this;
        if (isSmall() && o.isSmall()) {
            return of(num.longValue() * o.den.longValue() + o.num.longValue() * den.longValue(),
                    den.longValue() * o.den.longValue());
        }
        if (den.equals(o.den)) return of(num.add(o.num), den);
        return sumOfReduced(num, den, o.num, o.den);
    }

    /**
     * a/b + c/d of two reduced fractions (b, d > 0), reduced with gcds of the
     * denominators' common part only (Knuth, TAOCP 4.5.1): a sum of n fractions
     * whose numbers grow to n digits costs n small gcds, not n gcds of n-digit
     * numbers (1 + 1/2 + ... + 1/20000 took 50 s, cubic in n).
     */
    private static Rational sumOfReduced(BigInteger a, BigInteger b, BigInteger c, BigInteger d) {
        BigInteger d1 = b.gcd(d);
        if (d1.equals(BigInteger.ONE)) {
            // gcd(ad + bc, bd) = 1 when gcd(a, b) = gcd(c, d) = gcd(b, d) = 1
            return new Rational(checkedSize(a.multiply(d).add(c.multiply(b))), checkedSize(b.multiply(d)));
        }
        BigInteger t = a.multiply(d.divide(d1)).add(c.multiply(b.divide(d1)));
        if (t.signum() == 0) return ZERO;
        BigInteger d2 = t.gcd(d1);
        return new Rational(checkedSize(t.divide(d2)), checkedSize(b.divide(d1).multiply(d.divide(d2))));
    }

    /**
     * The sum of the numbers, added in pairs, then pairs of pairs: the operands of
     * each addition stay of like size, so a sum of n fractions whose result has n
     * digits costs about n log n, not n^2 (1 + 1/2 + ... + 1/n term by term).
     */
    public static Rational sum(List<Rational> numbers) {
        if (numbers.isEmpty()) return ZERO;
        List<Rational> level = numbers;
        while (level.size() > 1) {
            List<Rational> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) next.add(level.get(i).add(level.get(i + 1)));
            if (level.size() % 2 == 1) next.add(level.get(level.size() - 1));
            level = next;
        }
        return level.get(0);
    }

    public Rational subtract(Rational o) { return add(o.negate()); }

    public Rational multiply(Rational o) {
        if (isOne()) return o;
        if (o.isOne()) return this;
        if (isSmall() && o.isSmall()) {
            return of(num.longValue() * o.num.longValue(), den.longValue() * o.den.longValue());
        }
        if (isZero() || o.isZero()) return ZERO;
        // cross-cancel first (Knuth, TAOCP 4.5.1): the gcds are of the operands, not of their products
        BigInteger g1 = num.gcd(o.den);
        BigInteger g2 = o.num.gcd(den);
        BigInteger p = num.divide(g1).multiply(o.num.divide(g2));
        BigInteger q = den.divide(g2).multiply(o.den.divide(g1));
        return new Rational(checkedSize(p), checkedSize(q)); // q > 0: denominators are positive
    }

    public Rational divide(Rational o) {
        return multiply(o.reciprocal());
    }

    public Rational negate() { return new Rational(num.negate(), den); }

    public Rational abs() { return num.signum() < 0 ? negate() : this; }

    public Rational reciprocal() {
        if (num.signum() == 0) throw new MathException("division by zero");
        return of(den, num);
    }

    /** Integer power; beyond {@link Limits#MAX_INTEGER_BITS} a {@link LimitException} (see {@link #powBits}). */
    public Rational pow(int n) {
        if (powBits(n) > Limits.MAX_INTEGER_BITS + 1L) throw tooLarge();
        if (n >= 0) return new Rational(checkedSize(num.pow(n)), checkedSize(den.pow(n)));
        return reciprocal().pow(-n);
    }

    /**
     * Bits needed to write {@code this^n} (numerator or denominator, whichever is
     * larger), to check against a limit before computing it: |n|*log2 of the larger,
     * plus one, rounded up, so at most one bit more than the exact size. Exact sizes
     * keep canonical forms consistent: {@code 10^30000} is the number {@code 1e30000}.
     */
    public long powBits(long n) {
        BigInteger larger = num.abs().max(den);
        if (larger.equals(BigInteger.ONE) || n == 0) return 1;
        double log2 = log2(larger) * Math.abs((double) n);
        return log2 > 1e18 ? Long.MAX_VALUE : (long) Math.ceil(log2 * (1 + 1e-12)) + 1;
    }

    private static double log2(BigInteger x) {
        int shift = Math.max(0, x.bitLength() - 60);
        return shift + Math.log(x.shiftRight(shift).doubleValue()) / Math.log(2);
    }

    public int intValueExact() { return num.intValueExact(); }

    public double doubleValue() {
        if (num.bitLength() < 53 && den.bitLength() < 53) {
            return num.doubleValue() / den.doubleValue();
        }
        return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() { return 31 * num.hashCode() + den.hashCode(); }

    @Override
    public String toString() { return isInteger() ? num.toString() : num + "/" + den; }
}
