package dev.deriv.check;

import dev.deriv.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link AnswerCheck} decided about a proposed derivative.
 *
 * @param correct         whether the answer equals the derivative wherever the derivative is defined
 * @param method          {@code "symbolic"} (the difference simplified to a number) or {@code "numeric"}
 *                        (the two were compared at sample points in high precision)
 * @param derivative      the simplified derivative that the answer was compared with
 * @param point           a point where the two differ, variable name to value as written (empty when correct)
 * @param derivativeValue the derivative's value there, with as many digits as it takes to tell the two apart
 * @param answerValue     the answer's value there, or {@code "undefined"}; when even 50 digits do not tell the
 *                        two apart, the derivative's value and the difference: {@code 2 + 1e-60}
 * @param derivativeNumber {@code derivativeValue} as a number (null when there is no point)
 * @param answerNumber    {@code answerValue} as a number, the difference added (null when undefined or no point)
 * @param notes           further lines: a constant difference, or the part of the domain where they agree
 * @param pointsCompared  how many sample points were compared (0 when decided symbolically)
 * @param whereDefined    for an answer that agrees with the derivative wherever both are defined but is
 *                        undefined, as written, at points where the derivative is defined: where (then
 *                        {@code correct} is true, and {@link #verdict()} is {@code correct-where-defined});
 *                        null otherwise
 */
public record Verdict(boolean correct, String method, Expr derivative, Map<String, String> point,
                      String derivativeValue, String answerValue, BigDecimal derivativeNumber, BigDecimal answerNumber,
                      List<String> notes, int pointsCompared, WhereDefined whereDefined) {

    public Verdict {
        point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
        notes = List.copyOf(notes);
        if (whereDefined != null && !correct) throw new IllegalArgumentException("an incorrect answer has no domain of correctness");
    }

    /** A verdict without {@code whereDefined}: correct everywhere the derivative is defined, or incorrect. */
    public Verdict(boolean correct, String method, Expr derivative, Map<String, String> point,
                   String derivativeValue, String answerValue, BigDecimal derivativeNumber, BigDecimal answerNumber,
                   List<String> notes, int pointsCompared) {
        this(correct, method, derivative, point, derivativeValue, answerValue, derivativeNumber, answerNumber,
                notes, pointsCompared, null);
    }

    /** {@code correct}, {@code correct-where-defined} (also exit 0) or {@code incorrect}. */
    public String verdict() {
        return !correct ? "incorrect" : whereDefined == null ? "correct" : "correct-where-defined";
    }

    static Verdict correct(String method, Expr derivative, int pointsCompared) {
        return new Verdict(true, method, derivative, Map.of(), null, null, null, null, List.of(), pointsCompared);
    }

    /** SPEC exit code: 0 correct (also where the answer is defined), 1 incorrect. */
    public int exitCode() { return correct ? 0 : 1; }

    /** {@code x = 2, y = -1}. */
    public String pointText() { return pointText(point); }

    static String pointText(Map<String, String> point) {
        StringBuilder sb = new StringBuilder();
        point.forEach((k, v) -> {
            if (sb.length() > 0) sb.append(", ");
            sb.append(k).append(" = ").append(v);
        });
        return sb.toString();
    }

    /** The lines printed by {@code deriv check}: {@code correct}, or {@code incorrect} and where and why. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (correct && whereDefined != null) {
            out.add(whereDefined.headline());
            if (whereDefined.reason() != null) out.add("the answer is " + whereDefined.reason());
            out.addAll(notes);
            return out;
        }
        if (correct) {
            out.add("correct");
            return out;
        }
        out.add("incorrect");
        if (!point.isEmpty()) {
            out.add("at " + pointText() + ": the derivative is " + derivativeValue + ", the answer is " + answerValue);
        }
        out.addAll(notes);
        return out;
    }

    public String text() { return String.join("\n", lines()); }

    @Override
    public String toString() { return text(); }
}
