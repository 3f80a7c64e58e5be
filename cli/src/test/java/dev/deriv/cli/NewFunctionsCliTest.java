package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/** The functions added through the registry, from the command line: values, exit codes, check. */
class NewFunctionsCliTest {

    @Test
    void signHasNoDerivativeAtZeroExitThree() {
        Result r = CliRunner.run("sign(x)", "--at", "x=0");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("does not exist at x = 0"), r.err());
        Result away = CliRunner.run("sign(x)", "--at", "x=2");
        assertEquals(0, away.exit(), away.err());
        assertEquals("0\n", away.out());
    }

    @Test
    void outsideTheDomainExitThree() {
        for (String[] args : new String[][] {
                {"eval", "acosh(x)", "--at", "x=0"}, {"eval", "atanh(x)", "--at", "x=1"},
                {"eval", "coth(x)", "--at", "x=0"}, {"eval", "csch(x)", "--at", "x=0"},
                {"acosh(x)", "--at", "x=1"}, {"cbrt(x)", "--at", "x=0"}}) {
            Result r = CliRunner.run(args);
            assertEquals(3, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
        }
    }

    @Test
    void valuesAndDerivatives() {
        assertEquals("-2\n", CliRunner.run("eval", "cbrt(x)", "--at", "x=-8").out());
        assertEquals("0\n", CliRunner.run("eval", "asinh(x)", "--at", "x=0").out());
        assertEquals("1/(1 - x^2)\n", CliRunner.run("atanh(x)").out());
        assertEquals("-coth(x)*csch(x)\n", CliRunner.run("csch(x)").out());
        assertEquals("table entry for atanh: d/dx(atanh(x)) = 1/(1 - x^2)\nsimplified: 1/(1 - x^2)\n",
                CliRunner.run("atanh(x)", "--steps").out());
        Result grad = CliRunner.run("grad", "sech(x)*y", "--at", "x=0,y=2");
        assertEquals(0, grad.exit(), grad.err());
        assertEquals("x: 0\ny: 1\n", grad.out());
    }

    @Test
    void checkKnowsTheNewFunctions() {
        assertEquals(0, CliRunner.run("check", "asinh(x)", "--answer", "1/sqrt(x^2+1)").exit());
        assertEquals(0, CliRunner.run("check", "acosh(x)", "--answer", "1/sqrt(x^2-1)").exit());
        assertEquals(0, CliRunner.run("check", "coth(x)", "--answer", "-csch(x)^2").exit());
        assertEquals(0, CliRunner.run("check", "cbrt(x)", "--answer", "1/(3*cbrt(x)^2)").exit());
        Result wrong = CliRunner.run("check", "sech(x)", "--answer", "sech(x)*tanh(x)");
        assertEquals(1, wrong.exit(), wrong.out() + wrong.err());
        assertTrue(wrong.out().startsWith("incorrect"), wrong.out());
        Result wrongSign = CliRunner.run("check", "atanh(x)", "--answer", "1/(1+x^2)");
        assertEquals(1, wrongSign.exit(), wrongSign.out() + wrongSign.err());
    }
}
