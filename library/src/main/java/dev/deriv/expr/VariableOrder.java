package dev.deriv.expr;

import java.util.Comparator;

/**
 * The one order of variable names everywhere deriv lists them (the variables of an
 * expression, gradient and Hessian rows, CSV headers, JSON, points in messages):
 * natural order, in which a run of digits counts as a number, so {@code x2} comes
 * before {@code x10} and {@code x1, x2, ..., x10} stay in the order people number them.
 * Other characters compare as in {@link String#compareTo}; names equal but for leading
 * zeros ({@code x1}, {@code x01}) are then ordered by plain comparison, so that the
 * order is consistent with {@code equals}.
 */
public final class VariableOrder {
    private VariableOrder() {}

    /** Natural order of names. */
    public static final Comparator<String> NATURAL = VariableOrder::compare;

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (c != 0) return c;
                i = endA;
                j = endB;
            } else {
                if (ca != cb) return Character.compare(ca, cb);
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) k++;
        return k;
    }

    /** Two runs of digits by their value, however long: without leading zeros, the longer is larger. */
    private static int compareNumbers(String x, String y) {
        String p = stripZeros(x);
        String q = stripZeros(y);
        int c = Integer.compare(p.length(), q.length());
        return c != 0 ? c : p.compareTo(q);
    }

    private static String stripZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') k++;
        return s.substring(k);
    }
}
