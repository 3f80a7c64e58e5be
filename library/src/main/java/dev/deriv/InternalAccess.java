package dev.deriv;

import dev.deriv.compile.CompiledFunction;
import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Node;
import dev.deriv.internal.Internals;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;

/** The package-private members of the API types, handed to {@link Internals} (and so to deriv's own packages only). */
final class InternalAccess implements Internals.Access {
    @Override
    public Node node(Expr e) { return e.node(); }

    @Override
    public Expr expr(Node n, Engine engine) { return new Expr(n, engine); }

    @Override
    public dev.deriv.expr.WrittenDomain writtenDomain(Expr e) { return e.domain(); }

    @Override
    public Expr expr(Node n, dev.deriv.expr.WrittenDomain domain, Engine engine) { return new Expr(n, domain, engine); }

    @Override
    public RuleBook rules(Engine engine) { return engine.rules(); }

    @Override
    public Differentiator differentiator(Engine engine) { return engine.differentiator(); }

    @Override
    public Simplifier simplifier(Engine engine) { return engine.simplifier(); }

    @Override
    public CompiledFunction compiled(Evaluator evaluator) { return evaluator.compiled(); }
}
