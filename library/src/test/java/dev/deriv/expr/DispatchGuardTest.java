package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule of {@link NodeVisitor}: a choice among node kinds goes through
 * the visitor, so that a new node kind cannot fall silently into the default of
 * an {@code instanceof} chain. The guard is a source scan, honest about what it
 * sees: it strips comments and string literals, cuts each file at every line
 * that looks like a method (or constructor, or record) declaration, and fails
 * when one piece tests three or more different node kinds with
 * {@code instanceof}. A question about one or two kinds (is this a number? a
 * power's base or the node itself) passes; a lambda or anonymous class counts
 * with the method around it, unless it declares methods of its own. It cannot
 * see a chain spread over helper methods; review still can.
 */
class DispatchGuardTest {
    static final Pattern KIND_TEST = Pattern.compile("instanceof\\s+(?:[\\w.]+\\.)?(Num|Var|Const|Add|Mul|Pow|Call)\\b");
    /** A declaration: modifiers, a type, a name and '(' ; statements that start with a keyword are not. */
    static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(@\\w+\\s+)*((public|protected|private|static|final|abstract|default|synchronized)\\s+)*"
                    + "(<[^>]*>\\s+)?[\\w.<>\\[\\]?, ]+\\s+\\w+\\s*\\(");
    static final Set<String> STATEMENT_WORDS = Set.of(
            "return", "throw", "new", "else", "if", "for", "while", "switch", "case", "do", "try", "yield", "assert");
    static final int MOST_KINDS_PER_METHOD = 2;

    /**
     * Methods that test three or more kinds, each to ask a question about a shape, not
     * to choose what to do per kind: a new kind falls into "no, not this shape", which
     * is right for it. Keyed by file (under dev/deriv/) and method; an entry that no
     * longer matches a finding fails the test, so the list only shrinks.
     */
    static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("check/Derivation.java#inner", "which pattern variable of a rule's Pow or Call left side is the inner function"),
            Map.entry("compile/Lowering.java#product", "is a factor exp(u) used once, or a reciprocal power"),
            Map.entry("expr/Nodes.java#mul", "canonical product: flatten a Mul, fold a Num, split a Pow into base and exponent"),
            Map.entry("expr/Nodes.java#pow", "canonical power: numeric exponent, numeric base, e^u and exp(u)^v"),
            Map.entry("expr/Order.java#degreeOfFactor", "is a factor x or x^n"),
            Map.entry("expr/SpecialValues.java#abs", "exact special values of abs: a number, a constant, abs(u) or exp(u)"),
            Map.entry("expr/SpecialValues.java#sign", "exact special values of sign: a number, a constant, exp(u)"),
            Map.entry("expr/SpecialValues.java#multipleOfPi", "is the argument q*pi"),
            Map.entry("print/Layout.java#fraction", "is a factor a number or a reciprocal power (numerator or denominator)"),
            Map.entry("rules/Matcher.java#matchOperands", "is a pattern operand a variable, 1/variable or a coefficient"),
            Map.entry("simplify/Expand.java#isPowerOfSum", "is it (sum)^n with a small positive integer n"),
            Map.entry("simplify/Exponentials.java#intoPower", "is a factor exp(u) or a numeric power of a sum"),
            Map.entry("simplify/Fractions.java#cancel", "is a factor a numeric power of a sum"),
            Map.entry("simplify/Poly.java#of", "is each term c*g^k"),
            Map.entry("simplify/Strategies.java#isMonomial", "is each factor x or x^n"));

    record Finding(Path file, int line, String method, Set<String> kinds) {
        String key() { return file.toString().replace('\\', '/').replaceFirst(".*dev/deriv/", "") + "#" + method; }

        @Override public String toString() { return file + ":" + line + " " + method + " tests " + kinds; }
    }

    @Test
    void noMethodOfTheMainSourcesChoosesAmongNodeKindsWithInstanceof() {
        List<Finding> findings = new ArrayList<>();
        List<Path> roots = List.of(Path.of("library/src/main/java"), Path.of("cli/src/main/java"));
        int files = 0;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue;
            for (Path file : javaFiles(root)) {
                files++;
                findings.addAll(scan(file, read(file)));
            }
        }
        assertTrue(files > 50, "the scan must see the main sources; it saw " + files + " files");
        Set<String> stale = new TreeSet<>(QUESTIONS.keySet());
        for (Finding f : findings) stale.remove(f.key());
        assertEquals(Set.of(), stale, "QUESTIONS entries that match no method any more: remove them");
        findings.removeIf(f -> QUESTIONS.containsKey(f.key()));
        assertEquals(List.of(), findings,
                "choose among node kinds with a NodeVisitor (see its comment), not a chain of instanceof tests");
    }

    @Test
    void theScanFindsAChainAndLetsAQuestionPass() {
        String chain = """
                class A {
                    static double eval(Node n) {
                        if (n instanceof Num k) return 1; // instanceof Var in a comment does not count
                        else if (n instanceof Var v) return 2;
                        else if (n instanceof Add a) return 3;
                        return "instanceof Mul".length();
                    }
                    static boolean question(Node n) { return n instanceof Num k && k.value().isZero(); }
                    static Node base(Node f) { return f instanceof Pow p ? p.base() : f; }
                }
                """;
        List<Finding> found = scan(Path.of("A.java"), chain);
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).line());
        assertEquals("eval", found.get(0).method());
        assertEquals(Set.of("Add", "Num", "Var"), found.get(0).kinds());

        String questions = """
                class B {
                    static boolean zero(Node n) { return n instanceof Num k && k.value().isZero(); }
                    static boolean leaf(Node n) { return n instanceof Var || n instanceof Const; }
                    static Node base(Node f) { return f instanceof Pow p ? p.base() : f; }
                }
                """;
        assertFalse(scan(Path.of("B.java"), questions).iterator().hasNext());
    }

    static List<Finding> scan(Path file, String source) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = withoutCommentsAndStrings(source).split("\n", -1);
        int start = 0;
        String method = "";
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (isDeclaration(lines[i])) {
                if (kinds.size() > MOST_KINDS_PER_METHOD) findings.add(new Finding(file, start + 1, method, kinds));
                start = i;
                method = declaredName(lines[i]);
                kinds = new TreeSet<>();
            }
            Matcher m = KIND_TEST.matcher(lines[i]);
            while (m.find()) kinds.add(m.group(1));
        }
        if (kinds.size() > MOST_KINDS_PER_METHOD) findings.add(new Finding(file, start + 1, method, kinds));
        return findings;
    }

    static String declaredName(String line) {
        Matcher m = Pattern.compile("(\\w+)\\s*\\(").matcher(line);
        return m.find() ? m.group(1) : "";
    }

    static boolean isDeclaration(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String first = space < 0 ? trimmed : trimmed.substring(0, space);
        if (STATEMENT_WORDS.contains(first) || first.startsWith("return(")) return false;
        Matcher m = DECLARATION.matcher(line);
        return m.find() && !line.substring(0, m.end()).contains("=");
    }

    /** The source with comments and string, text block and character literals blanked, line breaks kept. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                keepLineBreaks(s, i, end, out);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                keepLineBreaks(s, i, end, out);
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                out.append(c).append(c);
                i = Math.min(j + 1, s.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void keepLineBreaks(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) if (s.charAt(k) == '\n') out.append('\n');
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
