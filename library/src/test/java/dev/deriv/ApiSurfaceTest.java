package dev.deriv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is the package dev.deriv alone: no public or protected member
 * of its public types mentions a type of deriv's internal packages, and the
 * calls of the library contract work as written there.
 */
class ApiSurfaceTest {
    /** Every public member's signature, as text, that mentions a type outside the API. */
    @Test
    void noInternalTypeInAnyPublicSignature() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> api = apiClasses();
        assertTrue(api.size() >= 8, "found the API classes: " + api);
        for (Class<?> c : api) {
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) check(c, m, m.getGenericReturnType(), leaks);
                if (visible(m.getModifiers()) && !m.isSynthetic()) checkExecutable(c, m, leaks);
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) checkExecutable(c, k, leaks);
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) check(c, f, f.getGenericType(), leaks);
            }
            if (c.getGenericSuperclass() != null) check(c, "superclass", c.getGenericSuperclass(), leaks);
            for (Type t : c.getGenericInterfaces()) check(c, "interface", t, leaks);
        }
        assertEquals(List.of(), leaks);
    }

    /** The leak test would pass vacuously if it never saw an internal type: it must flag one. */
    @Test
    void theLeakCheckRecognizesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        check(Expr.class, "probe", dev.deriv.expr.Node.class, leaks);
        check(Expr.class, "probe", List.class, leaks);
        check(Expr.class, "probe", org.apache.commons.math3.analysis.MultivariateFunction.class, leaks);
        assertEquals(2, leaks.size(), "an internal type and a relocated library's type: " + leaks);
    }

    @Test
    void theLibraryContractAsWritten() {
        Expr f = Expr.parse("ln(exp(x) + exp(y))");
        Expr dfdx = f.diff("x");
        assertEquals("exp(x)/(exp(x) + exp(y))", dfdx.toString());
        Expr d3 = f.diff("x", 3);
        assertEquals(Expr.parse(d3.toString()), d3);
        List<Expr> g = f.gradient(List.of("x", "y"));
        assertEquals(dfdx, g.get(0));
        Expr s = Expr.parse("x*x + 0").simplify();
        assertEquals("x^2", s.toString());
        assertTrue(dfdx.toLatex().contains("\\frac"), dfdx.toLatex());
        double v = f.eval(Map.of("x", 0.0, "y", Math.log(2)));
        assertEquals(Math.log(3), v, 1e-15);
        Evaluator ev = Evaluator.compile(List.of(f, dfdx), List.of("x", "y"));
        double[] out = ev.evalAt(0.0, Math.log(2));
        assertEquals(Math.log(3), out[0], 1e-15);
        assertEquals(1.0 / 3, out[1], 1e-15);
        double[][] res = new double[2][2];
        ev.eval(new double[][] {{0, 0}, {0, Math.log(2)}}, res);
        assertEquals(1.0 / 3, res[1][1], 1e-15);
    }

    @Test
    void parseErrorsSayWhere() {
        var e = assertThrows(RuntimeException.class, () -> Expr.parse("3*x^2)"));
        assertEquals("unexpected ')' at column 6", e.getMessage());
    }

    @Test
    void aMissingVariableIsAnIllegalArgument() {
        var e = assertThrows(IllegalArgumentException.class, () -> Expr.parse("x + y").eval(Map.of("x", 1.0)));
        assertEquals("no value given for variable 'y'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Evaluator.compile(List.of(Expr.parse("x+z")), List.of("x")));
    }

    @Test
    void simplifyReport() {
        SimplifyReport r = Expr.parse("sin(x)^2 + cos(x)^2 + x*x").simplifyReport();
        assertEquals(Expr.parse("1 + x^2"), r.result());
        assertTrue(r.steps() > 0, r.toString());
        assertFalse(r.exhausted());
        assertEquals(r.result(), Expr.parse("sin(x)^2 + cos(x)^2 + x*x").simplify());
    }

    @Test
    void minimumIsReadable() {
        Map<String, Double> from = new LinkedHashMap<>();
        from.put("y", 0.0);
        from.put("x", 0.0);
        Minimum m = Evaluator.minimize(Expr.parse("(x-1)^2 + (y+2)^2"), from);
        assertTrue(m.converged(), m.message());
        assertEquals(List.of("y", "x"), List.copyOf(m.point().keySet()));
        assertEquals(-2.0, m.point().get("y"), 1e-9);
        assertEquals(1.0, m.point().get("x"), 1e-9);
        String text = m.toString();
        assertTrue(text.matches("minimum [-0-9.E]+ at \\{y=-[0-9.E-]+, x=[0-9.E-]+\\}: converged after \\d+ iterations? "
                + "\\(gradient below tolerance, \\|grad\\| [-0-9.E]+, \\d+ evaluations\\)"), text);
        assertFalse(text.contains("[D@"), text);
        assertThrows(UnsupportedOperationException.class, () -> m.point().put("z", 1.0));
        Minimum.Options d = Minimum.Options.defaults();
        assertEquals(new Minimum.Options(10_000, 1e-10, 1e-16), d);
        assertThrows(IllegalArgumentException.class, () -> new Minimum.Options(-1, 1e-10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Minimum.Options(10, Double.NaN, 0));
    }

    @Test
    void minimizeWithOptionsAndListener() {
        Map<String, Double> from = new LinkedHashMap<>();
        from.put("x", -1.2);
        from.put("y", 1.0);
        List<Integer> seen = new ArrayList<>();
        Minimum m = Evaluator.minimize(Expr.parse("(1-x)^2 + 100*(y-x^2)^2"), from, new Minimum.Options(3, 1e-10, 0),
                (k, value, gradientNorm, point) -> seen.add(k));
        assertFalse(m.converged());
        assertEquals(3, m.iterations());
        assertEquals(List.of(0, 1, 2, 3), seen);
        assertEquals("maximum iterations reached", m.message());
    }

    @Test
    void simdIsReportedAsTheModuleAllows() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!module) assertFalse(Evaluator.simdAvailable());
        Evaluator ev = Evaluator.compile(List.of(Expr.parse("x*x")), List.of("x"));
        assertEquals(Evaluator.simdAvailable(), ev.usesSimd());
        assertFalse(Evaluator.compile(List.of(Expr.parse("x*x")), List.of("x"), CompileOptions.defaults().withSimd(false))
                .usesSimd());
    }

    @Test
    void compileOptions() {
        CompileOptions d = CompileOptions.defaults();
        assertFalse(d.interpreterFallback());
        assertFalse(d.interpret());
        assertTrue(d.withInterpreterFallback().interpreterFallback());
        assertEquals(2, d.withThreads(2).withInterpreterFallback().threads());
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(0));
        Evaluator interpreted = Evaluator.compile(List.of(Expr.parse("x+1")), List.of("x"), d.interpreted());
        assertFalse(interpreted.isCompiled());
        assertEquals("interpreter requested", interpreted.fallbackReason());
        assertEquals(3.0, interpreted.evalAt(2)[0]);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkExecutable(Class<?> c, Executable e, List<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) check(c, e, t, leaks);
        for (Type t : e.getGenericExceptionTypes()) check(c, e, t, leaks);
    }

    private static void check(Class<?> owner, Object member, Type t, List<String> leaks) {
        if (t instanceof Class<?> k) {
            while (k.isArray()) k = k.getComponentType();
            if (!allowed(k)) leaks.add(owner.getSimpleName() + " " + member + ": " + k.getName());
        } else if (t instanceof ParameterizedType p) {
            check(owner, member, p.getRawType(), leaks);
            for (Type a : p.getActualTypeArguments()) check(owner, member, a, leaks);
        } else if (t instanceof GenericArrayType a) {
            check(owner, member, a.getGenericComponentType(), leaks);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) check(owner, member, b, leaks);
            for (Type b : w.getLowerBounds()) check(owner, member, b, leaks);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) check(owner, member, b, leaks);
        }
    }

    /**
     * The JDK and dev.deriv itself: the library has no run-time dependencies (ANTLR, ASM and
     * commons-math3 are relocated inside its jar), so no other type may appear in the API.
     */
    private static boolean allowed(Class<?> k) {
        if (k.isPrimitive()) return true;
        String p = k.getPackageName();
        return p.startsWith("java.") || p.equals("dev.deriv");
    }

    /** The public top-level and nested classes compiled into the package dev.deriv. */
    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Expr.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/deriv");
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            Class<?> c = Class.forName("dev.deriv." + n);
            if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic() && !c.isAnonymousClass()) out.add(c);
        }
        return out;
    }
}
