package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import org.junit.jupiter.api.Test;

/** Compiled with module-info (requires dev.deriv) and run on the module path. */
class ModularConsumerTest {

    @Test
    void differentiatesAndCompilesThroughTheModule() {
        assertEquals("2*x", Slopes.derivative("x^2"));
        assertEquals(6.0, Slopes.slopeAt("x^3", Math.sqrt(2)), 1e-12);
    }

    @Test
    void derivIsANamedModuleThatExportsOnlyItsApi() {
        Module deriv = Expr.class.getModule();
        assertTrue(deriv.isNamed(), "on the module path, deriv is a named module");
        assertEquals("dev.deriv", deriv.getName());
        assertTrue(deriv.isExported("dev.deriv"));
        for (String internal : deriv.getPackages()) {
            if (!internal.equals("dev.deriv")) assertFalse(deriv.isExported(internal), internal + " is exported");
        }
        assertTrue(deriv.getPackages().contains("dev.deriv.internal.antlr"), "ANTLR is inside, relocated");
        assertTrue(Slopes.class.getModule().isNamed(), "the consumer itself runs as a module");
    }
}
