package dev.deriv.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON writer of every command: one object per result, on one line. Numbers
 * are JSON numbers; JSON has no NaN or infinity, so a value that is not finite
 * is {@code null}. Strings are escaped so that any text, lone surrogates
 * included, gives valid JSON in valid UTF-8.
 */
final class Json {
    private final StringBuilder sb = new StringBuilder("{");

    Json put(String key, String value) {
        return raw(key, value == null ? "null" : quote(value));
    }

    Json put(String key, double value) {
        return raw(key, number(value));
    }

    /** An exact decimal as a JSON number with the digits it has ({@code 1.38629}, {@code 1e-60}); null as null. */
    Json put(String key, BigDecimal value) {
        return raw(key, value == null ? "null" : number(value));
    }

    Json put(String key, long value) {
        return raw(key, Long.toString(value));
    }

    Json strings(String key, List<String> values) {
        StringBuilder a = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) a.append(',');
            a.append(quote(values.get(i)));
        }
        return raw(key, a.append(']').toString());
    }

    /** A point: {"x":1,"y":-2}. */
    Json point(String key, Map<String, Double> point) {
        StringBuilder o = new StringBuilder("{");
        point.forEach((k, v) -> {
            if (o.length() > 1) o.append(',');
            o.append(quote(k)).append(':').append(number(v));
        });
        return raw(key, o.append('}').toString());
    }

    /** A point with exact coordinates: {"x":0.5,"y":-2}. */
    Json decimals(String key, Map<String, BigDecimal> point) {
        StringBuilder o = new StringBuilder("{");
        point.forEach((k, v) -> {
            if (o.length() > 1) o.append(',');
            o.append(quote(k)).append(':').append(number(v));
        });
        return raw(key, o.append('}').toString());
    }

    Json raw(String key, String json) {
        if (sb.length() > 1) sb.append(',');
        sb.append(quote(key)).append(':').append(json);
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }

    static String array(List<String> jsonValues) {
        return "[" + String.join(",", jsonValues) + "]";
    }

    /** A finite double as a JSON number; JSON has no NaN or infinity, so those are null. */
    static String number(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "null";
    }

    /** BigDecimal writes {@code 1E-7} and {@code 1E+3}, both JSON numbers; lower case as in {@link Numbers#format}. */
    static String number(BigDecimal v) {
        return v.toString().replace('E', 'e');
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': q.append("\\\""); break;
                case '\\': q.append("\\\\"); break;
                case '\n': q.append("\\n"); break;
                case '\r': q.append("\\r"); break;
                case '\t': q.append("\\t"); break;
                case '\b': q.append("\\b"); break;
                case '\f': q.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
            }
        }
        return q.append('"').toString();
    }

    /** A surrogate that is half of a proper pair; a lone one is escaped so that the output stays valid UTF-8. */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
