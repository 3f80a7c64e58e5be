/**
 * deriv's library API: symbolic derivatives, simplification and fast compiled
 * evaluation of expressions. This package is the whole API; deriv's other
 * packages are internal and may change in any release.
 *
 * <ul>
 *   <li>{@link dev.deriv.Expr}: parse, differentiate ({@code diff}, {@code gradient},
 *       {@code hessian}), simplify, evaluate and print an expression.</li>
 *   <li>{@link dev.deriv.Engine}: the rule tables; {@link dev.deriv.Engine#standard()},
 *       or extended by a user's rule file.</li>
 *   <li>{@link dev.deriv.Evaluator}: several expressions compiled to JVM bytecode,
 *       evaluated over many points at once (with SIMD when the JVM runs with
 *       {@code --add-modules jdk.incubator.vector}), and {@code minimize}.</li>
 * </ul>
 *
 * <pre>{@code
 * Expr f = Expr.parse("ln(exp(x) + exp(y))");       // throws ParseException with the column
 * Expr dfdx = f.diff("x");                           // simplified: exp(x)/(exp(x) + exp(y))
 * List<Expr> g = f.gradient(List.of("x", "y"));
 * double v = f.eval(Map.of("x", 0.0, "y", Math.log(2)));
 * String tex = dfdx.toLatex();
 *
 * Evaluator ev = Evaluator.compile(List.of(f, dfdx), List.of("x", "y"));
 * double[] out = ev.evalAt(0.0, Math.log(2));        // one value per expression
 * double[][] in = {xs, ys};                          // in[variable][point]
 * double[][] values = new double[2][xs.length];      // out[expression][point]
 * ev.eval(in, values);                               // thread-safe; all cores for large inputs
 * }</pre>
 *
 * All types are immutable and thread-safe, except that a {@link dev.deriv.Tensor}
 * shares the array it was made from. Errors are unchecked exceptions: a syntax
 * error is a {@code ParseException} (with the column), a resource limit a
 * {@code LimitException}, a mathematical error a {@code MathException}, a
 * variable without a value an {@link java.lang.IllegalArgumentException}, a
 * failed compilation a {@link dev.deriv.CompilationException}.
 */
package dev.deriv;
