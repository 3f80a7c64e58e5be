package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Exact arithmetic against commons-math3's BigFraction: the gcd-saving sum and
 * product (Knuth, TAOCP 4.5.1) and the pairwise sum give the same reduced fractions.
 */
class RationalProperties {

    @Provide
    Arbitrary<Rational> rationals() {
        // small and multi-word numerators and denominators, with shared factors
        Arbitrary<BigInteger> big = Arbitraries.bigIntegers()
                .between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200));
        Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(BigInteger.valueOf(-60), BigInteger.valueOf(60));
        Arbitrary<BigInteger> any = Arbitraries.oneOf(big, small, big.map(b -> b.multiply(BigInteger.valueOf(720720))));
        return Combinators.combine(any, any.filter(d -> d.signum() != 0)).as(Rational::of);
    }

    @Property(tries = 2000)
    void sumsAreReducedAndExact(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertEquals(exact(fraction(a).add(fraction(b))), a.add(b));
    }

    @Property(tries = 2000)
    void productsAreReducedAndExact(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertEquals(exact(fraction(a).multiply(fraction(b))), a.multiply(b));
    }

    @Property(tries = 300)
    void pairwiseSumIsTheSum(@ForAll("lists") List<Rational> numbers) {
        BigFraction total = BigFraction.ZERO;
        for (Rational r : numbers) total = total.add(fraction(r));
        assertEquals(exact(total), Rational.sum(numbers));
    }

    @Provide
    Arbitrary<List<Rational>> lists() {
        return rationals().list().ofMaxSize(40);
    }

    @Test
    void harmonicNumber() {
        List<Rational> terms = new ArrayList<>();
        BigFraction h = BigFraction.ZERO;
        for (int k = 1; k <= 300; k++) {
            terms.add(Rational.of(1, k));
            h = h.add(new BigFraction(1, k));
        }
        assertEquals(exact(h), Rational.sum(terms));
    }

    private static BigFraction fraction(Rational r) {
        return new BigFraction(r.numerator(), r.denominator());
    }

    /** BigFraction keeps fractions reduced with a positive denominator, as Rational does. */
    private static Rational exact(BigFraction f) {
        return Rational.of(f.getNumerator(), f.getDenominator());
    }
}
