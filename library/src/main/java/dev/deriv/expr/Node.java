package dev.deriv.expr;

import java.util.List;

/**
 * An immutable expression node. Nodes are built only through {@link Nodes},
 * whose constructors keep every node in canonical form (flat n-ary sums and
 * products, folded rational constants, like terms collected, powers of one base
 * combined, a deterministic order of operands). Equality is structural; the hash
 * is computed once, so that equal subtrees can be shared and looked up cheaply:
 * a derivative is a DAG, not a tree.
 */
public sealed interface Node permits Num, Var, Const, Add, Mul, Pow, Call {

    /** Calls the method of {@code visitor} for this node's kind: the one way to choose among kinds (see {@link NodeVisitor}). */
    <R> R accept(NodeVisitor<R> visitor);

    /** The operands, in canonical order; empty for leaves. */
    List<Node> children();

    /** Tree size: the count of nodes when shared subtrees are counted each time they occur. */
    long treeSize();

    default boolean isNum() { return this instanceof Num; }

    default boolean isZero() { return this instanceof Num n && n.value().isZero(); }

    default boolean isOne() { return this instanceof Num n && n.value().isOne(); }

    /** True when the variable {@code v} does not occur in this expression. */
    default boolean freeOf(Var v) { return !dependsOn(v); }

    boolean dependsOn(Var v);

    /** Height of the tree: 0 for a leaf. Deep expressions are processed on a big stack ({@link DeepStack}). */
    default int depth() { return 0; }
}
