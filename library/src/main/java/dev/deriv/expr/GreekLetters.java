package dev.deriv.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Greek letters by their LaTeX names, both ways: {@code \theta} is read as the
 * variable θ, and θ (or a variable spelled {@code theta}) is written as {@code \theta}.
 */
public final class GreekLetters {
    private GreekLetters() {}

    /** Each LaTeX name and its letter; the first name of a letter is the one LaTeX output uses. */
    private static final List<Map.Entry<String, Character>> LETTERS = List.of(
            Map.entry("alpha", 'α'), Map.entry("beta", 'β'), Map.entry("gamma", 'γ'), Map.entry("delta", 'δ'),
            Map.entry("epsilon", 'ε'), Map.entry("varepsilon", 'ε'), Map.entry("zeta", 'ζ'), Map.entry("eta", 'η'),
            Map.entry("theta", 'θ'), Map.entry("vartheta", 'ϑ'), Map.entry("iota", 'ι'), Map.entry("kappa", 'κ'),
            Map.entry("lambda", 'λ'), Map.entry("mu", 'μ'), Map.entry("nu", 'ν'), Map.entry("xi", 'ξ'),
            Map.entry("pi", 'π'), Map.entry("rho", 'ρ'), Map.entry("varrho", 'ϱ'), Map.entry("sigma", 'σ'),
            Map.entry("varsigma", 'ς'), Map.entry("tau", 'τ'), Map.entry("upsilon", 'υ'), Map.entry("phi", 'φ'),
            Map.entry("varphi", 'φ'), Map.entry("chi", 'χ'), Map.entry("psi", 'ψ'), Map.entry("omega", 'ω'),
            Map.entry("Gamma", 'Γ'), Map.entry("Delta", 'Δ'), Map.entry("Theta", 'Θ'), Map.entry("Lambda", 'Λ'),
            Map.entry("Xi", 'Ξ'), Map.entry("Pi", 'Π'), Map.entry("Sigma", 'Σ'), Map.entry("Upsilon", 'Υ'),
            Map.entry("Phi", 'Φ'), Map.entry("Psi", 'Ψ'), Map.entry("Omega", 'Ω'));

    private static final Map<String, Character> BY_NAME = new HashMap<>();
    private static final Map<Character, String> BY_LETTER = new HashMap<>();

    static {
        for (Map.Entry<String, Character> e : LETTERS) {
            BY_NAME.put(e.getKey(), e.getValue());
            BY_LETTER.putIfAbsent(e.getValue(), e.getKey());
        }
    }

    /** The letter a LaTeX command names ({@code theta} gives θ), or null. */
    public static Character letter(String latexName) { return BY_NAME.get(latexName); }

    /** The LaTeX name of a letter (θ gives {@code theta}), or null. */
    public static String latexName(char letter) { return BY_LETTER.get(letter); }

    /** Whether {@code name} is the LaTeX name of a Greek letter ({@code alpha}, {@code varphi}). */
    public static boolean isLatexName(String name) { return BY_NAME.containsKey(name); }
}
