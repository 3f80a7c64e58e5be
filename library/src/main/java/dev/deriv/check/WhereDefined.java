package dev.deriv.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an answer that agrees with the derivative is undefined, as it was written,
 * though the derivative is defined there: a removable 0/0 ({@code (x^2 - 1)/(x - 1)}
 * at 1) or a narrower real domain ({@code sqrt(1 - x)*sqrt(1 + x)/sqrt(1 - x^2)} is
 * real only for -1 &lt; x &lt; 1). Such an answer is correct where it is defined
 * ({@code correct-where-defined}, exit 0): it is not incorrect, since it differs
 * nowhere both are defined, and not plainly correct, since it is not the derivative
 * on the derivative's whole domain. Found at the sample points and the simple points
 * (x = 1, 2, -1, ...), whatever the simplifier cancels.
 *
 * @param undefinedAt points where the answer is undefined and the derivative defined, simplest first
 *                    (variable name to value as written); never empty
 * @param definedFor  the intervals where the answer is defined and agrees ({@code -1 < x < 1}), read off the
 *                    sample points with the ends found by bisection; empty when the answer is undefined only at
 *                    isolated points among those tried, or when there are several variables
 * @param reason      why the answer is undefined at the first of {@code undefinedAt}
 *                    ("undefined at x = 1: division by zero: x - 1 = 0"), or null when no reason can be told
 */
public record WhereDefined(List<Map<String, String>> undefinedAt, List<String> definedFor, String reason) {
    public WhereDefined {
        List<Map<String, String>> points = new ArrayList<>();
        for (Map<String, String> p : undefinedAt) points.add(Collections.unmodifiableMap(new LinkedHashMap<>(p)));
        undefinedAt = List.copyOf(points);
        definedFor = List.copyOf(definedFor);
        if (undefinedAt.isEmpty()) throw new IllegalArgumentException("an answer correct where defined is undefined somewhere");
    }

    /** The verdict's line: {@code correct where the answer is defined; undefined at x = 1}. */
    String headline() {
        String head = "correct where the answer is defined";
        if (!definedFor.isEmpty()) return head + ": for " + String.join(" and for ", definedFor);
        List<String> points = new ArrayList<>();
        for (Map<String, String> p : undefinedAt) points.add(Verdict.pointText(p));
        return head + "; undefined at " + String.join(" and at ", points);
    }
}
