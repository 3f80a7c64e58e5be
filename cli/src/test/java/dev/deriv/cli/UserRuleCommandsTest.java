package dev.deriv.cli;

import static dev.deriv.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the command line: a user's changed product rule reaches deriv, grad, hessian and --steps alike. */
class UserRuleCommandsTest {

    private static String out(Result r) {
        assertEquals("", r.err());
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    @Test
    void aChangedProductRuleReachesEveryCommand(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("wrong.rules");
        Files.writeString(rules, "[derivatives]\n# twice the second factor's part\n"
                + "replace product: u*v => D(u)*v + 2*u*D(v)\n");
        String r = rules.toString();
        assertEquals("x*cos(x) + sin(x)\n", out(run("x*sin(x)")), "the standard rule without --rules");
        assertEquals("2*x*cos(x) + sin(x)\n", out(run("--rules", r, "x*sin(x)")));
        assertEquals("x: 2*x*cos(x) + sin(x)\n", out(run("--rules", r, "grad", "x*sin(x)")));
        // d/dx(2*x*cos(x) + sin(x)) by the same rule: 2*(cos(x) - 2*x*sin(x)) + cos(x)
        assertEquals("[3*cos(x) - 4*x*sin(x)]\n", out(run("--rules", r, "hessian", "x*sin(x)")));
        assertEquals(String.join("\n",
                "product rule: d/dx(x*sin(x)) = 2*x*d/dx(sin(x)) + sin(x)",
                "  table entry for sin: d/dx(sin(x)) = cos(x)",
                "so d/dx(x*sin(x)) = 2*x*cos(x) + sin(x)",
                "simplified: 2*x*cos(x) + sin(x)", ""), out(run("--rules", r, "--steps", "x*sin(x)")));
    }

    @Test
    void aShadowedUserRuleStopsTheCommandNamingBothRules(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("mine.rules");
        Files.writeString(rules, "[derivatives]\nmy product: u*v => v*D(u) + u*D(v)\n");
        Result res = run("--rules", rules.toString(), "x*sin(x)");
        assertEquals(2, res.exit(), res.err());
        assertEquals("", res.out());
        assertTrue(res.err().startsWith("error: " + rules + ":2: rule 'my product' (" + rules + ":2) is never reached: "
                + "rule 'product' (derivatives.rules:"), res.err());
        assertTrue(!res.err().contains("Exception"), res.err());
    }
}
