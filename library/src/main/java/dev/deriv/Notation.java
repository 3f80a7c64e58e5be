package dev.deriv;

/**
 * How the text given to {@link Engine#parse(String, Notation)} is written.
 */
public enum Notation {
    /** LaTeX when the text has a backslash or a brace ({@code \frac{1}{x}}, {@code e^{x}}), plain otherwise. */
    AUTO,
    /** deriv's plain syntax ({@code x^2*sin(x)}, {@code sin x}, {@code |x|}, {@code x²}); LaTeX commands are errors. */
    PLAIN,
    /** LaTeX as math editors (MathLive, MathQuill) write it: {@code \frac{a}{b}}, {@code \sqrt[3]{x}}, {@code \sin\left(x\right)}. */
    LATEX
}
