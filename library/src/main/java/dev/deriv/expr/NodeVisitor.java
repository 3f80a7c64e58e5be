package dev.deriv.expr;

/**
 * One method per kind of {@link Node}: the single way the engine chooses among
 * node kinds. Each node calls the method of its own kind in
 * {@link Node#accept}, so adding a node kind to {@code Node}'s {@code permits}
 * list fails to compile until every stage (printers, interpreter, compiler,
 * checker, simplifier, matcher, ...) says what the new kind means. Java 17 has
 * no pattern-matching switch, and a chain of {@code instanceof} tests ending in
 * a default would take a new kind in silently.
 *
 * <p>The rule: a choice among node kinds goes through a visitor; a question about
 * one kind ({@code n instanceof Num k && k.value().isZero()}, {@code n.isNum()},
 * {@code f instanceof Pow p ? p.base() : f}) may stay an {@code instanceof}.
 * {@code DispatchGuardTest} keeps it so: it fails when one method of the main
 * sources tests three or more different node kinds with {@code instanceof}.
 *
 * <p>Dispatch allocates nothing: visitors without state are singletons, and a
 * visitor with state (a point, a string builder) is made once per top-level call.
 *
 * @param <R> what visiting a node yields
 */
public interface NodeVisitor<R> {
    R num(Num n);

    R var(Var v);

    R constant(Const c);

    R add(Add a);

    R mul(Mul m);

    R pow(Pow p);

    R call(Call c);
}
