package dev.deriv.cli;

import static dev.deriv.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every JSON line deriv prints is valid JSON (read back by the strict
 * {@link JsonCheck}), whatever the text in it, and numbers are JSON numbers.
 */
class JsonOutputTest {

    /** Text that breaks naive escapers: quotes, backslashes, control characters, U+2028, astral characters. */
    private static String hostileLine() {
        StringBuilder s = new StringBuilder("\"quoted\" back\\slash \\\" \\u0041 / ");
        for (char c = 0; c < 0x20; c++) if (c != '\n' && c != '\r') s.append(c);
        return s.append('\u007f').append('\u2028').append('\u2029').append("𝑥 😀").toString();
    }

    /** The same with line breaks and lone surrogates, which no UTF-8 input can hold but a Java string can. */
    private static String hostile() {
        return hostileLine() + "\n\r" + '\ud800' + " lone " + '\udc00' + '\ud83d'; // a high surrogate at the very end
    }

    @Test
    void theWriterRoundTripsHostileText() {
        String text = hostile();
        String json = new Json().put(text, text).strings("list", List.of(text, "")).toString();
        assertTrue(json.chars().noneMatch(c -> c < 0x20), "no raw control characters");
        Map<String, Object> back = JsonCheck.object(json);
        assertEquals(text, back.keySet().iterator().next());
        assertEquals(text, back.get(text));
        assertEquals(List.of(text, ""), back.get("list"));
    }

    @Test
    void theStrictReaderRejectsWhatANaiveEscaperWrites() {
        // the check is only worth something if it fails on the old mistakes
        assertThrows(IllegalArgumentException.class, () -> JsonCheck.parse("\"a\u0001\""));
        assertThrows(IllegalArgumentException.class, () -> JsonCheck.parse("\"\ud800\""));
        assertThrows(IllegalArgumentException.class, () -> JsonCheck.parse("{\"v\":\"1\"} x"));
        assertThrows(IllegalArgumentException.class, () -> JsonCheck.parse("{\"v\":01}"));
    }

    @Test
    void decimalsAreJsonNumbersWithTheirDigits() {
        assertEquals("{\"a\":1.38629,\"b\":1e-60,\"c\":1e+3,\"d\":null,\"p\":{\"x\":-0.5}}",
                new Json().put("a", new BigDecimal("1.38629")).put("b", new BigDecimal("1e-60"))
                        .put("c", new BigDecimal("1e3")).put("d", (BigDecimal) null)
                        .decimals("p", Map.of("x", new BigDecimal("-0.5"))).toString());
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Double.NEGATIVE_INFINITY));
    }

    private static Map<String, Object> jsonLine(Result r, int exit) {
        assertEquals("", r.err());
        assertEquals(exit, r.exit(), r.out());
        assertTrue(r.out().endsWith("\n") && r.out().indexOf('\n') == r.out().length() - 1, "one line: " + r.out());
        return JsonCheck.object(r.out().strip());
    }

    @Test
    void checkWritesNumbersAsNumbers() {
        Map<String, Object> wrong = jsonLine(run("check", "2^x", "--answer", "2^x*ln(x)", "--format", "json"), 1);
        assertEquals(Map.of("x", 1.0), wrong.get("point"));
        assertEquals(1.38629, wrong.get("derivative_value"));
        assertEquals(0.0, wrong.get("answer_value"));
        assertEquals(List.of(), wrong.get("notes"));

        Map<String, Object> right = jsonLine(run("check", "x^x", "--answer", "x^x*(ln(x)+1)", "--format", "json"), 0);
        assertEquals("correct", right.get("result"));
        assertTrue(!right.containsKey("derivative_value") && !right.containsKey("point"), right.toString());

        // undefined there: null, as eval and grad write values that do not exist
        Map<String, Object> undefined = jsonLine(run("check", "x^2", "--answer", "ln(-x^2)", "--format", "json"), 1);
        assertNull(undefined.get("answer_value"), undefined.toString());
        assertTrue(undefined.get("derivative_value") instanceof Double, undefined.toString());
        assertTrue(undefined.containsKey("answer_value"));

        // agrees where it is defined (issue 17): exit 0, and where it is not
        Map<String, Object> where = jsonLine(run("check", "x^2", "--answer",
                "2*x + asin(x) - atan(x/sqrt(1 - x^2))", "--format", "json"), 0);
        assertEquals("correct-where-defined", where.get("verdict"), where.toString());
        assertEquals(List.of("-1 < x < 1"), where.get("defined_for"), where.toString());
        assertEquals(List.of(Map.of("x", 1.0)), where.get("undefined_at"), where.toString());
    }

    @Test
    void checkKeepsTheDigitsThatTellTheValuesApart() {
        Result r = run("check", "x", "--answer", "1 + 10^(-60)", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        Map<String, Object> json = JsonCheck.object(r.out().strip());
        assertEquals(1.0, json.get("derivative_value"));
        // the text says "1 + 1e-60"; the number is that sum, every digit kept
        assertTrue(r.out().contains("\"derivative_value\":1,\"answer_value\":1." + "0".repeat(59) + "1,"), r.out());
    }

    @Test
    void checkEscapesWhateverTheInputHolds() {
        // whitespace control characters and astral letters are valid expression text; they are echoed as given
        String input = "𝑥^2\t+\n𝑥\r";
        Map<String, Object> json = jsonLine(run("check", input, "--answer", "2*𝑥", "--format", "json"), 1);
        assertEquals(input, json.get("input"));
        assertEquals("2*𝑥", json.get("answer"));
        assertTrue(json.get("derivative_value") instanceof Double, json.toString());
        assertTrue(((List<?>) json.get("notes")).stream().allMatch(n -> n instanceof String));
    }

    @Test
    void everyBatchLineIsValidJsonWhateverItHolds() {
        String hostile = hostileLine();
        String stdin = "x^2\n" + hostile + "\n3*x)\n\"\\\n𝑥*y\n";
        for (String command : List.of("", "simplify", "eval", "grad", "hessian")) {
            List<String> args = new java.util.ArrayList<>(List.of("--batch", "--format", "json"));
            if (!command.isEmpty()) args.add(0, command);
            if (!command.isEmpty() && !command.equals("simplify")) args.addAll(List.of("--at", "x=1,y=2,𝑥=3"));
            Result r = CliRunner.runWithInput(stdin, args.toArray(new String[0]));
            List<String> lines = r.outLines();
            assertEquals(5, lines.size(), command + ": " + r.out());
            for (String line : lines) JsonCheck.object(line);
            assertEquals(hostile, JsonCheck.object(lines.get(1)).get("input"), command);
        }
    }

    @Test
    void stepsJsonIsValid() {
        Map<String, Object> json = jsonLine(run("𝑥^2*sin(𝑥)", "--steps", "--format", "json"), 0);
        assertEquals("steps", json.get("command"));
        assertEquals("𝑥", json.get("wrt"));
        assertTrue(((List<?>) json.get("steps")).size() > 2, json.toString());
    }
}
