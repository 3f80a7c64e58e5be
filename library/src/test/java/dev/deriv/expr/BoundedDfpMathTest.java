package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.LimitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Hangs": commons-math's DfpMath loops forever for exp of arguments whose
 * integer part is between 2^30 and 2^31 (and for pow(x, n) from n = 2^30), and its sin
 * and cos are wrong for large arguments. Every high-precision routine must finish,
 * quickly, at the extremes of its argument.
 */
class BoundedDfpMathTest {
    private static final DfpField FIELD = new DfpField(40);
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static Dfp quickly(UnaryOperator<Dfp> f, String x) {
        return assertTimeoutPreemptively(QUICKLY, () -> f.apply(FIELD.newDfp(x)), x);
    }

    @Test
    void expOfArgumentsBetween2To30And2To31Finishes() {
        for (String x : List.of("1073741825", "1500000000", "2147483647", "3e9", "1e100000")) {
            assertTrue(quickly(BoundedDfpMath::exp, x).isInfinite(), x);
            assertTrue(quickly(BoundedDfpMath::exp, "-" + x).isZero(), x);
        }
        assertEquals(Math.exp(700), quickly(BoundedDfpMath::exp, "700").toDouble(), Math.exp(700) * 1e-13);
    }

    @Test
    void hyperbolicFunctionsOfHugeArgumentsFinish() {
        assertTrue(quickly(BoundedDfpMath::sinh, "1500000000").isInfinite());
        assertTrue(quickly(BoundedDfpMath::sinh, "-1500000000").negativeOrNull());
        assertTrue(quickly(BoundedDfpMath::cosh, "-1500000000").isInfinite());
        assertEquals(-1, quickly(BoundedDfpMath::tanh, "-1500000000").toDouble());
        assertEquals(Math.tanh(3), quickly(BoundedDfpMath::tanh, "3").toDouble(), 1e-15);
    }

    @Test
    void integerPowersBeyond2To30Finish() {
        Dfp p = assertTimeoutPreemptively(QUICKLY, () -> BoundedDfpMath.pow(FIELD.newDfp("1.00000001"), 2_000_000_000L));
        assertEquals(Math.exp(2_000_000_000 * Math.log1p(1e-8)), p.toDouble(), 1e-12 * p.toDouble());
        assertTrue(assertTimeoutPreemptively(QUICKLY, () -> BoundedDfpMath.pow(FIELD.newDfp(10), -2_000_000_000L)).isZero());
        assertEquals(1, assertTimeoutPreemptively(QUICKLY, () -> BoundedDfpMath.pow(FIELD.newDfp(-1), Long.MIN_VALUE)).toDouble());
        assertEquals(-32, BoundedDfpMath.pow(FIELD.newDfp(-2), 5).toDouble());
        assertEquals(1 / 1024.0, BoundedDfpMath.pow(FIELD.newDfp(2), -10).toDouble());
    }

    @Test
    void sineAndCosineOfLargeArgumentsAreReducedExactly() {
        // DfpMath.sin(1e20) gave 0 and DfpMath.cos(1e30) 5e1315; Math.sin reduces exactly
        for (double x : new double[] {1e20, 1e30, 12345678.9, 7}) {
            Dfp a = BoundedDfpMath.dfp(FIELD, new java.math.BigDecimal(x));
            assertEquals(Math.sin(x), assertTimeoutPreemptively(QUICKLY, () -> BoundedDfpMath.sin(a)).toDouble(), 1e-15, "sin " + x);
            assertEquals(Math.cos(x), assertTimeoutPreemptively(QUICKLY, () -> BoundedDfpMath.cos(a)).toDouble(), 1e-15, "cos " + x);
        }
        Dfp s = quickly(BoundedDfpMath::sin, "1e999");
        Dfp c = quickly(BoundedDfpMath::cos, "1e999");
        assertEquals(1, s.multiply(s).add(c.multiply(c)).toDouble(), 1e-30);
        LimitException e = assertThrows(LimitException.class, () -> BoundedDfpMath.sin(FIELD.newDfp("1e5000")));
        assertTrue(e.getMessage().contains("1e" + Limits.MAX_PRECISE_TRIG_EXPONENT), e.getMessage());
    }

    @Test
    void logarithmsAtTheEndsOfTheRangeFinish() {
        Dfp tiny = quickly(BoundedDfpMath::log, "1e-131090"); // DfpMath.log gave NaN (a denormal)
        assertEquals(-131090 * Math.log(10), tiny.toDouble(), 1e-7);
        assertEquals(131000 * Math.log(10), quickly(BoundedDfpMath::log, "1e131000").toDouble(), 1e-7);
        for (String x : List.of("1e131000", "-1e131000", "1e-131000")) {
            quickly(BoundedDfpMath::atan, x);
        }
    }

    @Test
    void onlyBoundedDfpMathCallsDfpMath() throws IOException {
        Path main = Files.isDirectory(Path.of("library")) ? Path.of("library/src/main/java") : Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> callers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("BoundedDfpMath.java"))
                    .filter(BoundedDfpMathTest::callsDfpMath)
                    .collect(Collectors.toList());
            assertEquals(List.of(), callers, "call DfpMath (and Dfp.sinh/cosh/tanh) through BoundedDfpMath");
        }
    }

    private static boolean callsDfpMath(Path p) {
        try {
            String s = Files.readString(p);
            return s.contains("import org.apache.commons.math3.dfp.DfpMath") || s.matches("(?s).*\\.(sinh|cosh|tanh)\\(\\).*");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
