package dev.deriv.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

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
        return new Rational(p, q);
    }

    /** Parses a decimal literal such as {@code 3}, {@code 0.25}, {@code 2.5E+4} exactly. */
    public static Rational parseDecimal(String text) {
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
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) { return add(o.negate()); }

    public Rational multiply(Rational o) {
        if (isOne()) return o;
        if (o.isOne()) return this;
        if (isSmall() && o.isSmall()) {
            return of(num.longValue() * o.num.longValue(), den.longValue() * o.den.longValue());
        }
        return of(num.multiply(o.num), den.multiply(o.den));
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

    /** Integer power; the caller bounds the size of the result (see {@link Limits}). */
    public Rational pow(int n) {
        if (n >= 0) return new Rational(num.pow(n), den.pow(n));
        return reciprocal().pow(-n);
    }

    /** Bits needed to write the result of {@code this^n}, to check against a limit before computing it. */
    public long powBits(long n) {
        long bits = Math.max(num.abs().bitLength(), den.bitLength());
        return bits * Math.abs(n);
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
