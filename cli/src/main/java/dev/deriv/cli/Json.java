package dev.deriv.cli;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer: one object per result, on one line. */
final class Json {
    private final StringBuilder sb = new StringBuilder("{");

    Json put(String key, String value) {
        return raw(key, value == null ? "null" : quote(value));
    }

    Json put(String key, double value) {
        return raw(key, number(value));
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
