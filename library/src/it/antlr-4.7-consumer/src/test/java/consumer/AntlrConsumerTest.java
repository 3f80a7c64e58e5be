package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.RuntimeMetaData;
import org.junit.jupiter.api.Test;

/**
 * An application with ANTLR 4.7.2 of its own. Without relocation, deriv's 4.13 grammar
 * would be read by the 4.7 runtime and die with "Could not deserialize ATN with version 4
 * (expected 3)"; relocated, both runtimes work side by side.
 */
class AntlrConsumerTest {

    @Test
    void derivParsesAndDifferentiatesBesideAnOldAntlr() {
        assertEquals("4.7.2", RuntimeMetaData.VERSION);
        assertEquals("abc", CharStreams.fromString("abc").toString());

        Expr f = Expr.parse("3*x^2-4*x");
        assertEquals("6*x - 4", f.diff("x").toString());
        assertEquals("x^x*(ln(x) + 1)", Expr.parse("x^x").diff("x").toString());
        assertEquals(2.0, f.diff("x").eval(java.util.Map.of("x", 1.0)), 0.0);
    }

    /** The resolved test class path is the consumer's dependency tree, flattened: no CLI, no plotting, no second ANTLR. */
    @Test
    void theDependencyTreeHoldsNoCliPlottingOrSecondAntlr() {
        List<String> jars = Arrays.stream(System.getProperty("surefire.test.class.path", "")
                        .split(File.pathSeparator))
                .map(p -> new File(p).getName())
                .filter(n -> n.endsWith(".jar"))
                .collect(Collectors.toList());
        assertTrue(jars.stream().anyMatch(n -> n.startsWith("deriv-")), "deriv itself: " + jars);
        // deriv has no run-time dependencies: ANTLR, ASM and commons-math3 are inside, relocated
        for (String unwanted : List.of("picocli", "xchart", "VectorGraphics2D", "deriv-cli", "antlr4-runtime-4.13",
                "asm-", "commons-math3-")) {
            assertTrue(jars.stream().noneMatch(n -> n.startsWith(unwanted)), unwanted + " in " + jars);
        }
        assertEquals(1, jars.stream().filter(n -> n.startsWith("antlr4-runtime-")).count(), "one ANTLR: " + jars);
    }
}
