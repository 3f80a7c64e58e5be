/*
 * The expression language of deriv (SPEC section 1, docs/syntax.md), plain and LaTeX.
 *
 * Loops instead of left recursion keep the parse tree flat for long sums and
 * products (a 200,000-term sum is one node with 200,000 children, not a chain
 * 200,000 deep). Precedence, lowest first:
 *   sum      a + b - c
 *   product  a * b / c, and implicit products: 3x, 2 sin(x), 2(x+1), (x+1)(x-1)
 *   unary    -a, +a          (binds weaker than ^: -x^2 = -(x^2))
 *   power    a ^ b, a ** b, a²  (right-associative; the exponent is ONE power operand:
 *            a number, name, call, group, a signed operand or another power, so
 *            x^2(x+1) = x^2*(x+1) and 2^3x = 2^3*x)
 *   primary  numbers, names, calls, ( ... ), |...|, √u, LaTeX \frac \sqrt { ... }
 * Whether a name is a variable, a constant or a function is decided before the
 * parser runs (dev.deriv.parse.TokenReading retypes the tokens: FUNC for a known
 * function written without '(', BAR_CLOSE for a closing bar, DDX for a leading d/dx)
 * and when the tree is turned into an expression (dev.deriv.parse.AstBuilder): the
 * argument of a function written without parentheses (sin 2x, ln x + 1) is collected
 * there, from the factors of the product that follow it, so the grammar stays LL(1)
 * where it matters and parses in linear time.
 */
grammar Expr;

tokens { FUNC, BAR_CLOSE, DDX }

input   : lhs? sum EOF ;

// f(x) = ..., y = ..., d/dx ...: what the expression is, said before it
lhs     : DDX                                               # derivativeOf
        | NAME (LPAREN NAME (COMMA NAME)* RPAREN)? EQUALS   # definition
        ;

sum     : product (addOp product)* ;

product : unary (mulOp unary | power)* ;

unary   : sign=(PLUS | MINUS) unary      # signed
        | power                          # unsigned
        ;

power   : primary (POW unary | SUPERSCRIPT)? ;

primary : NUMBER                                        # number
        | CALL (sum (COMMA sum)*)? RPAREN               # call
        | FUNC (SUB subscript)?                         # bareFunction
        | NAME                                          # name
        | LPAREN sum RPAREN                             # parens
        | LBRACE sum RBRACE                             # braces
        | BAR sum BAR_CLOSE                             # abs
        | FRAC LBRACE sum RBRACE LBRACE sum RBRACE      # frac
        | SQRT (LBRACK sum RBRACK)? primary             # root
        | CBRT primary                                  # cubeRoot
        ;

subscript : NUMBER | NAME | LBRACE sum RBRACE ;

addOp   : PLUS | MINUS ;
mulOp   : STAR | SLASH ;

NUMBER  : DIGITS ('.' DIGIT*)? EXPONENT?
        | '.' DIGITS EXPONENT?
        ;
// A name directly followed by '(' is one token, so that the parser tells a call from a
// name with one token of lookahead. As two tokens, NAME '(' could start a call or the
// implicit product x (x+1), and ANTLR scanned to the matching ')' to decide: quadratic
// time on nested calls (5,000 nested sin( took seconds). TokenReading splits the CALL
// tokens of names that are not functions (x(x+1), e(x+1)) back into NAME and LPAREN.
CALL    : LETTER (LETTER | DIGIT | '_')* [ \t\r\n\u00A0]* '(' ;
NAME    : LETTER (LETTER | DIGIT | '_')* ;

// LaTeX, as math editors write it. Commands the grammar does not name (\sin, \theta,
// \cdot, \operatorname, ...) are COMMAND tokens that TokenReading retypes.
FRAC    : '\\' ('frac' | 'dfrac' | 'tfrac') ;
SQRT    : '\\sqrt' | '\u221A' ;            // \sqrt, √
CBRT    : '\u221B' ;                       // ∛
LATEX_SPACE : ('\\' [,;:! ] | '\\quad' | '\\qquad' | '\\left' | '\\right' | '\\displaystyle') -> channel(HIDDEN) ;
COMMAND : '\\' [a-zA-Z]+ ;

SUPERSCRIPT : [\u207A\u207B]? [\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+ ;  // x², x⁻¹
POW     : '^' | '**' ;
PLUS    : '+' ;
MINUS   : '-' | '\u2212' ;   // ASCII hyphen-minus, or the Unicode minus sign
STAR    : '*' | '\u00B7' | '\u00D7' | '\u22C5' ;   // * · × ⋅
SLASH   : '/' | '\u00F7' ;                         // / ÷
LPAREN  : '(' ;
RPAREN  : ')' ;
LBRACE  : '{' ;
RBRACE  : '}' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
BAR     : '|' ;
SUB     : '_' ;
EQUALS  : '=' ;
COMMA   : ',' ;
WS      : [ \t\r\n\u00A0]+ -> skip ;

fragment DIGITS   : DIGIT+ ;
fragment DIGIT    : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment LETTER   : [a-zA-Z] | [\p{L}] ;
