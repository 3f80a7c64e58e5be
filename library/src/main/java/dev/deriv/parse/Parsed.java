package dev.deriv.parse;

import dev.deriv.expr.Node;
import dev.deriv.expr.WrittenDomain;

/**
 * What the parser read: the expression in canonical form, and where it is defined
 * as written ({@code x/x} is the node {@code 1}, defined where x ≠ 0).
 *
 * @param node   the canonical expression
 * @param domain the conditions the text imposes, which canonicalization may have dropped
 */
public record Parsed(Node node, WrittenDomain domain) {}
