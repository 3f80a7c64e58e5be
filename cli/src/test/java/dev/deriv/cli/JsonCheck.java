package dev.deriv.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict JSON reader (RFC 8259) for the tests: returns maps, lists, strings, doubles, booleans, null. */
final class JsonCheck {
    private final String s;
    private int i;

    private JsonCheck(String s) { this.s = s; }

    static Object parse(String text) {
        JsonCheck p = new JsonCheck(text);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) throw p.fail("trailing text");
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) throw new IllegalArgumentException("not an object: " + text);
        return (Map<String, Object>) v;
    }

    private Object value() {
        if (i >= s.length()) throw fail("unexpected end");
        char c = s.charAt(i);
        switch (c) {
            case '{': return obj();
            case '[': return arr();
            case '"': return str();
            case 't': return lit("true", Boolean.TRUE);
            case 'f': return lit("false", Boolean.FALSE);
            case 'n': return lit("null", null);
            default: return num();
        }
    }

    private Map<String, Object> obj() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek() == '}') { i++; return m; }
        while (true) {
            ws();
            if (peek() != '"') throw fail("key expected");
            String k = str();
            ws();
            expect(':');
            ws();
            if (m.containsKey(k)) throw fail("duplicate key " + k);
            m.put(k, value());
            ws();
            if (peek() == ',') { i++; continue; }
            expect('}');
            return m;
        }
    }

    private List<Object> arr() {
        List<Object> l = new ArrayList<>();
        i++;
        ws();
        if (peek() == ']') { i++; return l; }
        while (true) {
            ws();
            l.add(value());
            ws();
            if (peek() == ',') { i++; continue; }
            expect(']');
            return l;
        }
    }

    private String str() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw fail("control character in string");
            if (Character.isHighSurrogate(c) && !(i < s.length() && Character.isLowSurrogate(s.charAt(i)))
                    || Character.isLowSurrogate(c) && !(i >= 2 && Character.isHighSurrogate(s.charAt(i - 2)))) {
                throw fail("lone surrogate: not encodable in UTF-8"); // escaped, it would be valid JSON
            }
            if (c != '\\') { b.append(c); continue; }
            char e = s.charAt(i++);
            switch (e) {
                case '"': case '\\': case '/': b.append(e); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                default: throw fail("bad escape");
            }
        }
    }

    private Double num() {
        int start = i;
        if (peek() == '-') i++;
        if (peek() == '0') i++;
        else if (Character.isDigit(peek())) while (Character.isDigit(peek())) i++;
        else throw fail("value expected");
        if (peek() == '.') { i++; digits(); }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') i++;
            digits();
        }
        return Double.parseDouble(s.substring(start, i));
    }

    private void digits() {
        if (!Character.isDigit(peek())) throw fail("digit expected");
        while (Character.isDigit(peek())) i++;
    }

    private Object lit(String word, Object v) {
        if (!s.startsWith(word, i)) throw fail("bad literal");
        i += word.length();
        return v;
    }

    private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

    private void expect(char c) {
        if (peek() != c) throw fail("'" + c + "' expected");
        i++;
    }

    private void ws() { while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++; }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(why + " at " + i + " in " + s);
    }
}
