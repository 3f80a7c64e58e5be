/*
 * The expression language of deriv (SPEC section 1).
 *
 * Loops instead of left recursion keep the parse tree flat for long sums and
 * products (a 200,000-term sum is one node with 200,000 children, not a chain
 * 200,000 deep). Precedence, lowest first:
 *   sum      a + b - c
 *   product  a * b / c, and implicit products: 3x, 2 sin(x), 2(x+1), (x+1)(x-1)
 *   unary    -a, +a          (binds weaker than ^: -x^2 = -(x^2))
 *   power    a ^ b, a ** b   (right-associative; the exponent may carry a sign: 2^-1)
 *   primary  numbers, names, calls, ( ... )
 * Whether a name is a variable, a constant or a function is decided when the
 * tree is turned into an expression (dev.deriv.parse.AstBuilder).
 */
grammar Expr;

input   : sum EOF ;

sum     : product (addOp product)* ;

product : unary (mulOp unary | power)* ;

unary   : sign=(PLUS | MINUS) unary      # signed
        | power                          # unsigned
        ;

power   : primary (POW unary)? ;

primary : NUMBER                                        # number
        | CALL (sum (COMMA sum)*)? RPAREN               # call
        | NAME                                          # name
        | LPAREN sum RPAREN                             # parens
        ;

addOp   : PLUS | MINUS ;
mulOp   : STAR | SLASH ;

NUMBER  : DIGITS ('.' DIGIT*)? EXPONENT?
        | '.' DIGITS EXPONENT?
        ;
// A name directly followed by '(' is one token, so that the parser tells a call from a
// name with one token of lookahead. As two tokens, NAME '(' could start a call or the
// implicit product x (x+1), and ANTLR scanned to the matching ')' to decide: quadratic
// time on nested calls (5,000 nested sin( took seconds).
CALL    : LETTER (LETTER | DIGIT | '_')* [ \t\r\n\u00A0]* '(' ;
NAME    : LETTER (LETTER | DIGIT | '_')* ;

POW     : '^' | '**' ;
PLUS    : '+' ;
MINUS   : '-' | '\u2212' ;   // ASCII hyphen-minus, or the Unicode minus sign
STAR    : '*' | '\u00B7' | '\u00D7' ;
SLASH   : '/' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
COMMA   : ',' ;
WS      : [ \t\r\n\u00A0]+ -> skip ;

fragment DIGITS   : DIGIT+ ;
fragment DIGIT    : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment LETTER   : [a-zA-Z] | [\p{L}] ;
