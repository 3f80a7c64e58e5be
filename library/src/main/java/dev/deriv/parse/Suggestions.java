package dev.deriv.parse;

import java.util.Collection;

/** "Did you mean sin?": the closest known name within a small edit distance. */
public final class Suggestions {
    private Suggestions() {}

    public static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(1, Math.min(2, name.length() / 2));
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance || d == bestDistance && (best == null || preferred(name, k, best))) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Between equally close names, one that starts the typed name ({@code sin} for {@code sinn}), then the shorter. */
    private static boolean preferred(String typed, String candidate, String current) {
        boolean a = typed.startsWith(candidate);
        boolean b = typed.startsWith(current);
        if (a != b) return a;
        return candidate.length() < current.length();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
